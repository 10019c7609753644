"""SAY groups on a real SQLite store seeded with the demo ward: agendas, views, actions, minutes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coprod_desktop.services.actions import ActionService
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.services.say_groups import DEFAULT_AGENDA, AgendaTopic, SayGroupProblem, SayGroupService
from coprod_desktop.services.thanks import ThanksService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import (
    ActionSource,
    ActionStatus,
    Rating,
    ThankDelivery,
    ThankReason,
    WhoseWords,
)
from tests.conftest import FixedClock
from tests.managers import make_manager


@pytest.fixture
def people(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    groups = SayGroupService(store.session_factory, clock)
    demo_group = groups.open_group(ward.id)
    assert demo_group is not None  # the demo ward's group is on now: these tests start their own
    groups.end(demo_group.id, None)
    clock.now += timedelta(hours=1)
    return {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}


def test_a_group_copies_the_wards_agenda_and_changing_it_later_leaves_the_group_alone(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    groups = SayGroupService(store.session_factory, clock)
    ward, jo = people["Jo"].ward_id, people["Jo"].id
    assert [t.title for t in groups.agenda(ward)] == [title for title, _ in DEFAULT_AGENDA]
    groups.set_agenda(ward, [AgendaTopic("Food", "food"), AgendaTopic("  The   garden ", "garden")], jo)
    assert groups.agenda(ward) == [AgendaTopic("Food", "food"), AgendaTopic("The garden", "garden")]
    group = groups.start(ward, jo)
    assert [t.title for t in group.topics] == ["Food", "The garden"] and group.is_open
    groups.set_agenda(ward, [AgendaTopic("Rules", "rules")], jo)
    assert [t.title for t in groups.get(group.id).topics] == ["Food", "The garden"]
    with pytest.raises(SayGroupProblem, match="already open"):
        groups.start(ward, jo)
    with pytest.raises(SayGroupProblem, match="at least one"):
        groups.set_agenda(ward, [], jo)
    with pytest.raises(SayGroupProblem, match="name"):
        groups.set_agenda(ward, [AgendaTopic("   ")], jo)
    assert groups.agenda(ward) == [AgendaTopic("Rules", "rules")]  # a refused change left it as it was
    extra = groups.add_topic(group.id, "Music on the ward", "music", jo)
    assert groups.open_group(ward).topics[-1] == extra


def test_two_tablets_views_for_the_same_person_and_topic_are_both_kept_in_order(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    groups = SayGroupService(store.session_factory, clock)
    group = groups.start(people["Jo"].ward_id, people["Jo"].id)
    food = group.topics[0]
    sam = people["Sam"].id
    first = groups.start_view(food.id, sam)
    clock.now += timedelta(seconds=30)
    second = groups.start_view(food.id, sam, whose=WhoseWords.STAFF_TYPED, written_by_id=people["Jo"].id)
    groups.update_view(second.id, words="More curry please", rating=Rating.NOT_SURE)
    groups.update_view(first.id, rating=Rating.NOT_GOOD, symbols=("food", "sad", "food"))
    groups.start_view(food.id, people["Lee"].id)  # started, nothing said: not a view yet
    views = groups.views(group.id)[food.id]
    assert [v.id for v in views] == [first.id, second.id]
    # A sentence of symbols keeps its order and its repeats.
    assert views[0].symbols == ("food", "sad", "food") and views[1].whose is WhoseWords.STAFF_TYPED
    assert set(groups.views_by(group.id, sam)) == {food.id}
    assert groups.views_by(group.id, people["Lee"].id) == {}
    events = [
        e
        for e in AuditService(store.session_factory).recent(kind="say_view_given")
        if e.subject_id == group.id
    ]
    assert len(events) == 3 and all("curry" not in str(e.detail) for e in events)


def test_views_only_from_people_on_the_ward_and_only_while_the_group_is_open(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    groups = SayGroupService(store.session_factory, clock)
    group = groups.start(people["Jo"].ward_id, people["Jo"].id)
    topic = group.topics[0].id
    other = WardService(store.session_factory, clock).add("Oak Ward")
    visitor = PeopleService(store.session_factory, clock).add("Kim", ward_id=other.id)
    with pytest.raises(SayGroupProblem, match="on this ward"):
        groups.start_view(topic, visitor.id)
    view = groups.start_view(topic, people["Sam"].id)
    groups.end(group.id, people["Jo"].id)
    assert groups.open_group(people["Jo"].ward_id) is None
    with pytest.raises(SayGroupProblem, match="finished"):
        groups.update_view(view.id, words="Too late")
    with pytest.raises(SayGroupProblem, match="finished"):
        groups.start_view(topic, people["Sam"].id)
    clock.now += timedelta(days=7)
    again = groups.start(people["Jo"].ward_id, people["Jo"].id)  # a new one can start once it ended
    assert again.id != group.id and groups.held(people["Jo"].ward_id)[0].id == again.id


def test_one_tap_makes_an_action_raised_by_the_person_and_the_minutes_hold_it(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    groups = SayGroupService(store.session_factory, clock)
    actions = ActionService(store.session_factory, clock)
    ward, jo = people["Jo"].ward_id, people["Jo"].id
    group = groups.start(ward, jo)
    food, activities = group.topics[0], group.topics[1]
    for name, rating in (("Sam", Rating.NOT_GOOD), ("Lee", Rating.NOT_GOOD), ("Priya", Rating.GOOD)):
        clock.now += timedelta(seconds=20)
        view = groups.start_view(food.id, people[name].id)
        groups.update_view(view.id, rating=rating, words=f"{name} thinks the food is {rating.value}")
    quiet = groups.start_view(activities.id, people["Aisha"].id)
    groups.update_view(quiet.id, rating=Rating.NOT_SURE)
    sams = groups.views(group.id)[food.id][0]
    made = groups.to_action(sams.id, jo)
    assert made.source is ActionSource.SAY_GROUP and made.status is ActionStatus.AMBER
    assert made.raised_by_id == people["Sam"].id and made.you_said == "Sam thinks the food is not_good"
    assert groups.to_action(sams.id, jo).id == made.id  # a second tap gives the same action
    no_words = groups.to_action(quiet.id, jo)
    assert no_words.you_said == "Activities" and no_words.symbol_id == activities.symbol_id
    assert {a.id for a in actions.board(ward)} >= {made.id, no_words.id}
    actions.update(made.id, ActionStatus.GREEN, "There is a curry night every Thursday now.", by_id=jo)

    minutes = groups.minutes(group.id)
    assert minutes.people == 4 and minutes.facilitator_name == "Jo" and minutes.ward_name
    food_minutes = minutes.topics[0]
    assert food_minutes.count(Rating.NOT_GOOD) == 2 and food_minutes.count(Rating.GOOD) == 1
    assert [a.status for a in food_minutes.actions] == [ActionStatus.GREEN]
    assert [len(t.views) for t in minutes.topics][:3] == [3, 1, 0]


def test_erasing_a_person_takes_their_views_and_the_files_of_their_voice_and_pictures(
    store: Store, clock: FixedClock, people, data_paths
) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.services.erasure import erase_person

    sessions = store.session_factory
    recordings, pictures = data_paths.recordings, data_paths.pictures
    recordings.mkdir(parents=True)
    pictures.mkdir(parents=True, exist_ok=True)
    lee, jo = people["Lee"], people["Jo"]
    make_manager(sessions, jo.id)  # erasing needs a ward manager
    files = {name: recordings / name for name in ("view.wav", "thanks.wav", "phrase.wav", "topic.wav")}
    for path in files.values():
        path.write_bytes(b"RIFF")
    (pictures / "topic.jpg").write_bytes(b"jpeg")
    kept = recordings / "someone-else.wav"
    kept.write_bytes(b"RIFF")

    groups = SayGroupService(sessions, clock)
    group = groups.start(lee.ward_id, jo.id)
    view = groups.start_view(group.topics[0].id, lee.id)
    groups.update_view(view.id, recording_file="view.wav", words="Lee's view")
    ThanksService(sessions, clock).say(
        lee.id,
        (ThankReason.HELPED_ME,),
        ThankDelivery.READ_OUT,
        to_person_id=jo.id,
        recording_file="thanks.wav",
    )
    from coprod_desktop.services.phrases import PhraseService

    phrase = PhraseService(sessions, clock).add(lee.id, "I need a drink")
    PhraseService(sessions, clock).set_recording(phrase.id, "phrase.wav")
    prep = PreparationService(sessions, clock)
    topic = prep.for_meeting(lee.id, None).topics[0]
    prep.add_recording(topic.id, "topic.wav")
    prep.add_picture(topic.id, "topic.jpg")

    erase_person(sessions, lee.id, jo.id, pictures, clock, recordings_dir=recordings)
    assert groups.views(group.id) == {}
    assert [name for name, path in files.items() if path.exists()] == []
    assert not (pictures / "topic.jpg").exists()
    assert kept.exists()  # nobody else's voice is touched
