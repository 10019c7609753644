"""Worries on a real SQLite store seeded with the demo ward: read by staff first, never on the board
unread; a worry that names someone stays with staff; triage records safeguarding with when and to
whom; the person hears the answer; ideas wait for a look unless the ward says otherwise."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coprod_desktop.services.actions import ActionProblem, ActionService
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.setup import AdvocateContact, first_run
from coprod_desktop.services.ward_settings import WardSettingsService
from coprod_desktop.services.worries import NamesSomeone, WorryProblem, WorryService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, ActionStatus, WhoMayKnow, WhoseWords
from tests.conftest import FixedClock


@pytest.fixture
def people(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    return {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}


def board_words(store: Store, ward_id) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.you_said for a in ActionService(store.session_factory).board(ward_id)]


def test_a_worry_never_reaches_the_board_unread(store: Store, clock: FixedClock, people) -> None:  # type: ignore[no-untyped-def]
    worries = WorryService(store.session_factory, clock)
    ward = people["Priya"].ward_id
    before = board_words(store, ward)
    worry = worries.raise_worry(
        ward,
        "It is too noisy at night",
        WhoMayKnow.WARD_WITHOUT_NAME,
        raised_by_id=people["Priya"].id,
        about="  The ward ",
    )
    assert worry.whose is WhoseWords.MINE and not worry.triaged and not worry.published
    (queued,) = [w for w in worries.queue(ward) if w.id == worry.id]
    assert queued.about == "The ward", "staff see what the person said it was about"
    assert board_words(store, ward) == before
    assert worries.queue(ward)[0].id == worry.id or not worries.queue(ward)[0].triaged
    assert worry.id in [w.id for w in worries.queue(ward) if not w.triaged]
    with pytest.raises(WorryProblem, match="two questions first"):
        worries.publish(worry.id, "It is too noisy at night", by_id=people["Jo"].id)
    assert board_words(store, ward) == before
    # Raising "not happy" as an action (an old path) never puts it on the board either.
    action = ActionService(store.session_factory, clock).raise_action(
        ward, ActionSource.NOT_HAPPY, "It is too noisy", raised_by_id=people["Priya"].id
    )
    assert not action.on_board and board_words(store, ward) == before
    with pytest.raises(ActionProblem):
        ActionService(store.session_factory, clock).put_on_board(action.id, by_id=people["Jo"].id)
    event = AuditService(store.session_factory).recent(kind="worry_raised")[0]
    assert event.detail == {"who_may_know": "ward_without_name"} and "noisy" not in str(event.detail)


def test_only_the_agreed_words_are_published_without_a_name(store: Store, clock: FixedClock, people) -> None:  # type: ignore[no-untyped-def]
    worries = WorryService(store.session_factory, clock)
    ward, jo = people["Sam"].ward_id, people["Jo"].id
    worry = worries.raise_worry(
        ward, "Jo shouted at me in the lounge", WhoMayKnow.WARD_WITHOUT_NAME, raised_by_id=people["Sam"].id
    )
    worries.triage(worry.id, action_today=True, safeguarding=False, by_id=jo)
    with pytest.raises(NamesSomeone) as named:
        worries.publish(worry.id, "Jo shouted at me in the lounge", by_id=jo)
    assert named.value.names == ["Jo"]
    with pytest.raises(NamesSomeone):
        worries.publish(worry.id, "sam felt shouted at", by_id=jo)  # any case, patients too
    assert all("shouted" not in words for words in board_words(store, ward))
    clock.now += timedelta(minutes=5)
    published = worries.publish(worry.id, "Staff should speak calmly in the lounge.", by_id=jo, language="en")
    assert published.published and published.board_words == "Staff should speak calmly in the lounge."
    action = ActionService(store.session_factory).get(published.action_id)
    assert action is not None and action.on_board and action.source is ActionSource.NOT_HAPPY
    assert action.you_said == "Staff should speak calmly in the lounge." and action.words_language == "en"
    assert not action.council_may_quote  # a worry goes to the council only if the person says so
    assert board_words(store, ward)[0] == "Staff should speak calmly in the lounge."
    assert all("shouted" not in words for words in board_words(store, ward))
    assert worries.get(worry.id).words == "Jo shouted at me in the lounge"  # kept in the staff queue


def test_a_worry_naming_staff_kept_staff_only_can_never_be_published(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    worries = WorryService(store.session_factory, clock)
    ward, jo = people["Lee"].ward_id, people["Jo"].id
    for who in (WhoMayKnow.STAFF_ONLY, WhoMayKnow.STAFF_AND_ADVOCATE):
        worry = worries.raise_worry(ward, "Jo was rude to me", who, raised_by_id=people["Lee"].id)
        worries.triage(worry.id, action_today=False, safeguarding=False, by_id=jo)
        with pytest.raises(WorryProblem, match="did not choose to tell the ward"):
            worries.publish(worry.id, "Staff should be kind", by_id=jo)
        assert worries.get(worry.id).action_id is None
    assert all("rude" not in words and "kind" not in words for words in board_words(store, ward))
    mine = [
        a.you_said for a in ActionService(store.session_factory).raised_by(people["Lee"].id, waiting_too=True)
    ]
    assert "Jo was rude to me" not in mine


def test_triage_records_safeguarding_with_when_and_to_whom(store: Store, clock: FixedClock, people) -> None:  # type: ignore[no-untyped-def]
    worries = WorryService(store.session_factory, clock)
    ward, jo = people["Aisha"].ward_id, people["Jo"].id
    [waiting] = [w for w in worries.queue(ward) if not w.triaged]  # the demo ward's own
    assert "headphones" in waiting.words and waiting.who_may_know is WhoMayKnow.STAFF_AND_ADVOCATE
    assert worries.waiting_count(ward) == 1
    with pytest.raises(WorryProblem, match="passed on to"):
        worries.triage(waiting.id, action_today=True, safeguarding=True, by_id=jo, passed_on_to="  ")
    clock.now += timedelta(minutes=20)
    done = worries.triage(
        waiting.id, action_today=True, safeguarding=True, by_id=jo, passed_on_to="Safeguarding lead (Ann)"
    )
    assert done.triaged_at == clock.now and done.triaged_by_id == jo
    assert done.safeguarding and done.action_today
    assert done.passed_on_to == "Safeguarding lead (Ann)" and done.passed_on_at == clock.now
    assert worries.waiting_count(ward) == 0
    event = AuditService(store.session_factory).recent(kind="worry_triaged")[0]
    assert event.detail == {"action_today": True, "safeguarding": True, "passed_on": True}
    assert event.actor_id == jo and "Ann" not in str(event.detail)


def test_the_person_hears_the_answer_once_and_only_their_own(store: Store, clock: FixedClock, people) -> None:  # type: ignore[no-untyped-def]
    worries = WorryService(store.session_factory, clock)
    ward, jo = people["Priya"].ward_id, people["Jo"].id
    worry = worries.raise_worry(
        ward, "My room is cold", WhoMayKnow.STAFF_ONLY, raised_by_id=people["Priya"].id
    )
    with pytest.raises(WorryProblem, match="two questions first"):
        worries.answer(worry.id, "We will fix the heater.", by_id=jo)
    worries.triage(worry.id, action_today=False, safeguarding=False, by_id=jo)
    answered = worries.answer(worry.id, "We will fix the heater today.", by_id=jo)
    assert answered.answer_waiting
    assert worries.heard(worry.id, people["Sam"].id) is None  # not Sam's worry
    clock.now += timedelta(minutes=1)
    heard = worries.heard(worry.id, people["Priya"].id)
    assert heard is not None and heard.answer_heard_at == clock.now and not heard.answer_waiting
    clock.now += timedelta(minutes=1)
    assert worries.heard(worry.id, people["Priya"].id).answer_heard_at == clock.now - timedelta(minutes=1)
    again = worries.answer(worry.id, "The heater is fixed.", by_id=jo)
    assert again.answer_waiting  # a new answer is new to her
    assert [w.id for w in worries.mine(people["Priya"].id)] == [worry.id]


def test_ideas_wait_for_a_look_unless_the_ward_says_otherwise(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    actions = ActionService(store.session_factory, clock)
    ward, jo = people["Sam"].ward_id, people["Jo"].id
    assert actions.waiting(ward) == []  # the demo ward's ideas have been looked at
    idea = actions.raise_action(
        ward, ActionSource.IDEA, "A quiz night", raised_by_id=people["Sam"].id, words_language="cy"
    )
    assert idea.waiting_for_staff and idea.words_language == "cy"
    assert idea.id not in [a.id for a in actions.board(ward)]
    assert idea.id in [a.id for a in actions.board(ward, for_staff=True)]
    assert [a.id for a in actions.waiting(ward)] == [idea.id]
    clock.now += timedelta(minutes=3)
    looked = actions.put_on_board(idea.id, by_id=jo)
    assert looked.on_board and looked.looked_at == clock.now and not looked.waiting_for_staff
    assert idea.id in [a.id for a in actions.board(ward)] and actions.waiting(ward) == []
    assert AuditService(store.session_factory).recent(kind="action_looked_at")[0].actor_id == jo
    WardSettingsService(store.session_factory).update(ward, ideas_show_at_once=True)
    at_once = actions.raise_action(ward, ActionSource.IDEA, "Pizza", raised_by_id=people["Lee"].id)
    assert at_once.on_board and at_once.id in [a.id for a in actions.board(ward)]
    staff_added = actions.raise_action(ward, ActionSource.STAFF, "New chairs", by_id=jo)
    assert staff_added.on_board and staff_added.looked_at == clock.now


def test_the_demo_board_shows_every_status_and_the_agreed_tv_words(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    actions = ActionService(store.session_factory, clock)
    ward = people["Sam"].ward_id
    board = actions.board(ward)
    assert {a.status for a in board} == set(ActionStatus)
    [tv] = [a for a in board if a.source is ActionSource.NOT_HAPPY]
    assert tv.you_said == "The TV is too loud at night." and tv.on_board
    worries = WorryService(store.session_factory, clock)
    [aisha_tv] = [w for w in worries.mine(people["Aisha"].id) if w.published]
    assert aisha_tv.words == "The TV is too loud at night. I can't sleep." and aisha_tv.action_id == tv.id
    [lee] = worries.mine(people["Lee"].id)
    assert lee.answer_waiting and not lee.published
    assert all("Dafydd" not in a.you_said for a in board)
    settings = WardSettingsService(store.session_factory).get(ward)
    assert settings.advocate_name and settings.advocate_phone and settings.advocate_visits


def test_the_advocate_is_a_ward_setting_kept_tidy(store: Store, clock: FixedClock) -> None:
    made = first_run(
        store.session_factory,
        "Birch",
        "Rhian",
        "4831",
        clock,
        advocate=AdvocateContact("  Mary\nJones ", "01234\t567890", "Tuesdays "),
    )
    service = WardSettingsService(store.session_factory, clock)
    saved = service.get(made.ward.id)
    assert (saved.advocate_name, saved.advocate_phone, saved.advocate_visits) == (
        "Mary Jones",
        "01234 567890",
        "Tuesdays",
    )
    changed = service.update(
        made.ward.id, patient_idle_minutes=500, advocate_picture_file="../../etc/passwd", ideas_show_at_once=1
    )
    assert changed.patient_idle_minutes == 60 and changed.advocate_picture_file is None
    assert changed.ideas_show_at_once is True and not changed.picture_password_for_all
    assert service.update(made.ward.id, patient_idle_minutes=0).patient_idle_minutes == 1
    skipped = first_run(store.session_factory, "Ash", "Tom", "5927", clock)
    assert not service.get(skipped.ward.id).has_advocate


def test_a_worry_from_before_the_queue_is_published_in_agreed_words_only(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    """What migration 0007 leaves: the old action, off the board with the worry's own words."""
    from coprod_desktop.store.models import Worry

    actions = ActionService(store.session_factory, clock)
    ward, jo = people["Dafydd"].ward_id, people["Jo"].id
    old = actions.raise_action(
        ward, ActionSource.NOT_HAPPY, "Lee took my radio", raised_by_id=people["Dafydd"].id
    )
    assert not old.on_board and old.id not in [a.id for a in actions.board(ward)]
    with store.session_factory.begin() as session:
        row = Worry(
            ward_id=ward,
            raised_by_id=people["Dafydd"].id,
            words="Lee took my radio",
            whose=WhoseWords.MINE,
            who_may_know=WhoMayKnow.WARD_WITHOUT_NAME,
            action_id=old.id,
            created_at=clock.now,
            updated_at=clock.now,
        )
        session.add(row)
        session.flush()
        worry_id = row.id
    worries = WorryService(store.session_factory, clock)
    worries.triage(worry_id, action_today=False, safeguarding=False, by_id=jo)
    published = worries.publish(worry_id, "Things go missing on the ward.", by_id=jo)
    assert published.action_id == old.id and published.published
    shown = actions.get(old.id)
    assert shown.on_board and shown.you_said == "Things go missing on the ward."
    assert all("radio" not in a.you_said for a in actions.board(ward, for_staff=True))
