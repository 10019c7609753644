"""Thank-yous and You said, we did, on a real SQLite store seeded with the demo ward."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coprod_desktop.services.actions import ActionProblem, ActionService
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.thanks import ThanksProblem, ThanksProblemKind, ThanksService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, ActionStatus, ThankDelivery, ThankReason, WhoseWords
from tests.conftest import FixedClock
from tests.managers import make_manager


@pytest.fixture
def people(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    return {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}


def test_a_thank_you_to_someone_on_the_ward_is_kept_without_its_words_in_the_log(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    thanks = ThanksService(store.session_factory, clock)
    ward = people["Sam"].ward_id
    waiting = [t.id for t in thanks.to_read_out(ward)]  # the demo ward's own thank-yous
    on_wall = [t.id for t in thanks.wall(ward)]
    to_jo = [t.id for t in thanks.to_person(people["Jo"].id)]
    clock.now += timedelta(minutes=1)
    said = thanks.say(
        people["Sam"].id,
        (ThankReason.LISTENED, ThankReason.WAS_KIND, ThankReason.LISTENED),
        ThankDelivery.READ_OUT,
        to_person_id=people["Jo"].id,
        words="Thank you for listening on Sunday",
        show_on_wall=True,
    )
    assert said.reasons == (ThankReason.LISTENED, ThankReason.WAS_KIND)
    assert said.to_name == "Jo" and said.author_name == "Sam" and said.whose is WhoseWords.MINE
    assert [t.id for t in thanks.to_read_out(ward)] == [*waiting, said.id]  # read out in the order said
    assert [t.id for t in thanks.wall(ward)] == [said.id, *on_wall]  # the wall shows the newest first
    assert [t.id for t in thanks.to_person(people["Jo"].id)] == [said.id, *to_jo]
    event = AuditService(store.session_factory).recent(kind="thank_you_said")[0]
    assert "Sunday" not in str(event.detail) and event.actor_id == people["Sam"].id
    thanks.mark_read_out(said.id, people["Jo"].id)
    assert [t.id for t in thanks.to_read_out(ward)] == waiting


def test_thanking_yourself_or_someone_who_has_left_is_refused_kindly(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    thanks = ThanksService(store.session_factory, clock)
    with pytest.raises(ThanksProblem, match="cannot thank yourself") as yourself:
        thanks.say(
            people["Lee"].id, (ThankReason.HELPED_ME,), ThankDelivery.JUST_SEND, to_person_id=people["Lee"].id
        )
    assert yourself.value.kind is ThanksProblemKind.THANKING_YOURSELF  # screens say it in their own words
    PeopleService(store.session_factory).archive(people["Priya"].id)
    with pytest.raises(ThanksProblem, match="not on your ward"):
        thanks.say(
            people["Lee"].id,
            (ThankReason.HELPED_ME,),
            ThankDelivery.JUST_SEND,
            to_person_id=people["Priya"].id,
        )
    other = WardService(store.session_factory).add("Oak Ward")
    moved = PeopleService(store.session_factory).add("Kim", ward_id=other.id)
    with pytest.raises(ThanksProblem, match="not on your ward") as left:
        thanks.say(people["Lee"].id, (ThankReason.HELPED_ME,), ThankDelivery.JUST_SEND, to_person_id=moved.id)
    assert left.value.kind is ThanksProblemKind.RECIPIENT_NOT_ON_WARD
    why_left_out = thanks.say(people["Lee"].id, (), ThankDelivery.JUST_SEND, to_name="My sister")
    assert why_left_out.reasons == ()  # why is the author's to give: never required
    # Someone else, typed by staff for the person: kept as typed, not a person on the ward.
    sent = thanks.say(
        people["Lee"].id,
        (ThankReason.SOMETHING_ELSE,),
        ThankDelivery.JUST_SEND,
        to_name="  The   bus driver ",
        words="Lee said the driver waited for him",
        whose=WhoseWords.STAFF_TYPED,
        written_by_id=people["Jo"].id,
    )
    assert sent.to_person_id is None and sent.to_name == "The bus driver"
    assert sent.id not in {t.id for t in thanks.wall(sent.ward_id)}  # the author did not agree to show it


def test_red_needs_a_reason_and_every_change_is_kept(store: Store, clock: FixedClock, people) -> None:  # type: ignore[no-untyped-def]
    actions = ActionService(store.session_factory, clock)
    jo = people["Jo"].id
    idea = actions.raise_action(
        people["Sam"].ward_id, ActionSource.IDEA, "Can we have a pool table?", raised_by_id=people["Sam"].id
    )
    assert idea.status is ActionStatus.AMBER
    with pytest.raises(ActionProblem, match="Say why"):
        actions.update(idea.id, ActionStatus.RED, "We can't get a pool table.", by_id=jo)
    with pytest.raises(ActionProblem, match="Say why"):
        actions.update(idea.id, ActionStatus.RED, "We can't get a pool table.", by_id=jo, reason="   ")
    assert actions.get(idea.id).status is ActionStatus.AMBER  # the refused change left nothing behind
    clock.now += timedelta(days=1)
    actions.update(
        idea.id, ActionStatus.RED, "We can't get a pool table.", by_id=jo, reason="The room is too small."
    )
    clock.now += timedelta(days=1)
    done = actions.update(
        idea.id, ActionStatus.GREEN, "We found a smaller table. It is in the lounge.", by_id=jo
    )
    assert done.reason is None
    history = actions.history(idea.id)
    assert [h.status for h in history] == [ActionStatus.AMBER, ActionStatus.RED, ActionStatus.GREEN]
    assert history[1].reason == "The room is too small." and history[1].by_id == jo
    assert idea.id not in [a.id for a in actions.raised_by(people["Sam"].id)]  # not looked at yet
    assert idea.id in [a.id for a in actions.raised_by(people["Sam"].id, waiting_too=True)]
    with pytest.raises(ActionProblem, match="reply"):
        actions.update(idea.id, ActionStatus.AMBER, "  ", by_id=jo)
    events = AuditService(store.session_factory).recent(kind="action_updated")
    assert [e.detail["to"] for e in events if e.subject_id == idea.id] == ["green", "red"]  # newest first


def test_two_tablets_raising_the_same_thing_keep_both_in_order(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    actions = ActionService(store.session_factory, clock)
    ward = people["Sam"].ward_id
    already = [a.id for a in actions.board(ward)]  # the demo ward's own board
    clock.now += timedelta(minutes=1)
    first = actions.raise_action(ward, ActionSource.STAFF, "The TV is too loud", by_id=people["Jo"].id)
    clock.now += timedelta(seconds=5)
    second = actions.raise_action(ward, ActionSource.STAFF, "The TV is too loud", by_id=people["Jo"].id)
    assert first.id != second.id
    assert [a.id for a in actions.board(ward)] == [second.id, first.id, *already]  # newest first, both kept
    assert actions.count(ward) == len(already) + 2


def test_erasing_a_person_takes_their_thank_yous_and_what_they_raised(
    store: Store, clock: FixedClock, people, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.services.erasure import erase_person

    thanks = ThanksService(store.session_factory, clock)
    actions = ActionService(store.session_factory, clock)
    ward = people["Sam"].ward_id
    clock.now += timedelta(minutes=1)
    thanks.say(
        people["Sam"].id, (ThankReason.HELPED_ME,), ThankDelivery.READ_OUT, to_person_id=people["Lee"].id
    )
    to_sam = thanks.say(
        people["Lee"].id, (ThankReason.WAS_KIND,), ThankDelivery.JUST_SEND, to_person_id=people["Sam"].id
    )
    actions.put_on_board(
        actions.raise_action(ward, ActionSource.IDEA, "More films", raised_by_id=people["Sam"].id).id,
        by_id=people["Jo"].id,
    )
    kept = actions.raise_action(ward, ActionSource.IDEA, "A quiz night", raised_by_id=people["Lee"].id)
    kept = actions.put_on_board(kept.id, by_id=people["Jo"].id)
    make_manager(store.session_factory, people["Jo"].id)  # erasing needs a ward manager
    erase_person(store.session_factory, people["Sam"].id, people["Jo"].id, tmp_path, clock)
    sam = people["Sam"].id
    assert all(t.author_id != sam for t in thanks.to_read_out(ward))
    assert all(t.author_id != sam for t in thanks.wall(ward))
    board = actions.board(ward)
    assert kept.id in {a.id for a in board} and all(a.raised_by_id != sam for a in board)
    # Lee's own thank-you stays (it is Lee's), but no longer points at Sam.
    from coprod_desktop.store.models import ThankYou

    with store.session_factory() as session:
        row = session.get(ThankYou, to_sam.id)
        assert row is not None and row.to_person_id is None and row.author_id == people["Lee"].id


def test_someone_else_is_shown_by_a_picture_or_named_in_the_authors_voice(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    """Who without reading or typing: a picture, a recording of the name, or both; never nobody."""
    thanks = ThanksService(store.session_factory, clock)
    lee = people["Lee"].id
    pictured = thanks.say(
        lee,
        (),
        ThankDelivery.READ_OUT,
        to_symbol_id="family",
        words="I like family.",
        symbols=["core-i", "core-like", "family", "core-more", "core-more"],
        show_on_wall=True,
    )
    assert pictured.to_person_id is None and pictured.to_name == "" and pictured.to_symbol_id == "family"
    # A sentence keeps its order and its repeats ("more more").
    assert pictured.said_symbols == ("core-i", "core-like", "family", "core-more", "core-more")
    assert pictured.words == "I like family." and pictured.whose is WhoseWords.MINE
    voiced = thanks.say(lee, (ThankReason.HELPED_ME,), ThankDelivery.JUST_SEND, to_recording_file="name.wav")
    assert voiced.to_recording_file == "name.wav" and voiced.to_symbol_id is None and voiced.to_name == ""
    both = thanks.say(
        lee, (), ThankDelivery.JUST_SEND, to_name="Nan", to_symbol_id="family", to_recording_file="nan.wav"
    )
    assert (both.to_name, both.to_symbol_id, both.to_recording_file) == ("Nan", "family", "nan.wav")
    with pytest.raises(ThanksProblem) as nobody:
        thanks.say(lee, (), ThankDelivery.JUST_SEND, to_name="   ")
    assert nobody.value.kind is ThanksProblemKind.NO_RECIPIENT
    with pytest.raises(ThanksProblem):  # one person: someone on the ward, or someone else
        thanks.say(lee, (), ThankDelivery.JUST_SEND, to_person_id=people["Jo"].id, to_name="Jo")
    # A person on the ward is shown by their own picture: a chosen one is not kept beside it.
    to_jo = thanks.say(lee, (), ThankDelivery.JUST_SEND, to_person_id=people["Jo"].id, to_symbol_id="nurse")
    assert to_jo.to_name == "Jo" and to_jo.to_symbol_id is None


def test_erasing_the_author_deletes_the_name_they_recorded(
    store: Store, clock: FixedClock, people, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.services.erasure import erase_person

    recordings = tmp_path / "recordings"
    recordings.mkdir()
    for name in ("their-name.wav", "their-words.wav"):
        (recordings / name).write_bytes(b"RIFF")
    thanks = ThanksService(store.session_factory, clock)
    thanks.say(
        people["Sam"].id,
        (),
        ThankDelivery.READ_OUT,
        to_recording_file="their-name.wav",
        recording_file="their-words.wav",
    )
    make_manager(store.session_factory, people["Jo"].id)
    erase_person(
        store.session_factory, people["Sam"].id, people["Jo"].id, tmp_path, clock, recordings_dir=recordings
    )
    assert not (recordings / "their-name.wav").exists() and not (recordings / "their-words.wav").exists()
