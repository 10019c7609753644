"""What I want to say, on a real store: topics from the template, ratings, whose words, undo."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preparation import PreparationProblem, PreparationService
from coprod_desktop.services.taking_part import ChoiceProblem, TakingPartService
from coprod_desktop.services.templates import DEFAULT_TOPICS, TemplateService, ensure_default
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.engine import Store, open_store
from coprod_desktop.store.kinds import (
    MeetingKind,
    PieceKind,
    Presenter,
    Rating,
    Role,
    Sharing,
    TakingPart,
    TopicState,
    WhoseWords,
)
from tests.conftest import FixedClock


@pytest.fixture
def demo(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    people = {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}
    return ward, people


def test_a_new_preparation_starts_from_the_persons_template(store: Store, clock: FixedClock, demo) -> None:  # type: ignore[no-untyped-def]
    _ward, people = demo
    preparation = PreparationService(store.session_factory, clock).for_meeting(people["Lee"].id, None)
    assert [t.title for t in preparation.topics] == [title for title, _symbol in DEFAULT_TOPICS]
    assert all(t.state is TopicState.OPEN and t.rating is None for t in preparation.topics)
    again = PreparationService(store.session_factory, clock).for_meeting(people["Lee"].id, None)
    assert again.id == preparation.id


def test_a_person_template_is_used_when_there_is_one(store: Store, clock: FixedClock, demo) -> None:  # type: ignore[no-untyped-def]
    _ward, people = demo
    templates = TemplateService(store.session_factory, clock)
    copy = templates.copy_for_person(ensure_default(store.session_factory), people["Aisha"].id)
    templates.add_topic(copy.id, "My garden plot", "garden")
    preparation = PreparationService(store.session_factory, clock).for_meeting(people["Aisha"].id, None)
    assert preparation.topics[-1].title == "My garden plot"


def test_work_for_my_next_meeting_moves_to_the_meeting_once_booked(
    store: Store, clock: FixedClock, demo
) -> None:  # type: ignore[no-untyped-def]
    _ward, people = demo
    service = PreparationService(store.session_factory, clock)
    early = service.for_meeting(people["Lee"].id, None)
    service.rate(early.topics[0].id, Rating.GOOD)
    meeting = MeetingService(store.session_factory, clock).schedule(
        people["Lee"].id, MeetingKind.CPA, clock() + timedelta(days=5)
    )
    booked = service.for_meeting(people["Lee"].id, meeting.id)
    assert booked.id == early.id and booked.meeting_id == meeting.id
    assert booked.topics[0].rating is Rating.GOOD


def test_ratings_words_and_whose_words_are_kept_across_a_restart(
    store: Store, clock: FixedClock, demo
) -> None:  # type: ignore[no-untyped-def]
    _ward, people = demo
    sam, jo = people["Sam"], people["Jo"]
    service = PreparationService(store.session_factory, clock)
    topic = service.for_meeting(sam.id, None).topics[0]
    service.rate(topic.id, Rating.NOT_SURE)
    service.add_words(topic.id, "I feel safe on the ward\nmost days", WhoseWords.MINE)
    service.add_words(topic.id, "Sam said nights are noisy", WhoseWords.STAFF_TYPED, written_by_id=jo.id)
    service.add_words(topic.id, "Check the night checks", WhoseWords.STAFF_NOTE, written_by_id=jo.id)
    service.add_symbol(topic.id, "sleep")
    service.set_state(topic.id, TopicState.DONE)
    with pytest.raises(PreparationProblem):
        service.add_words(topic.id, "no author", WhoseWords.STAFF_TYPED)
    with pytest.raises(InvalidText):
        service.add_words(topic.id, " \n\t ", WhoseWords.MINE)
    store.dispose()
    reopened = open_store(f"sqlite:///{store.sqlite_path}")
    again = PreparationService(reopened.session_factory, clock).for_meeting(sam.id, None).topics[0]
    assert again.rating is Rating.NOT_SURE and again.done
    words = [(p.words, p.whose, p.written_by_id) for p in again.pieces if p.kind is PieceKind.WORDS]
    assert words == [
        ("I feel safe on the ward\nmost days", WhoseWords.MINE, None),
        ("Sam said nights are noisy", WhoseWords.STAFF_TYPED, jo.id),
        ("Check the night checks", WhoseWords.STAFF_NOTE, jo.id),
    ]
    assert [p.symbol_id for p in again.pieces if p.kind is PieceKind.SYMBOL] == ["sleep"]
    reopened.dispose()


def test_a_10000_word_text_is_kept_whole(store: Store, clock: FixedClock, demo) -> None:  # type: ignore[no-untyped-def]
    _ward, people = demo
    service = PreparationService(store.session_factory, clock)
    topic = service.for_meeting(people["Sam"].id, None).topics[1]
    long_text = " ".join(["word"] * 10_000)
    piece = service.add_words(topic.id, long_text, WhoseWords.MINE)
    assert piece.words == long_text


def test_removing_a_topic_can_be_undone_with_what_was_said(store: Store, clock: FixedClock, demo) -> None:  # type: ignore[no-untyped-def]
    _ward, people = demo
    service = PreparationService(store.session_factory, clock)
    preparation = service.for_meeting(people["Priya"].id, None)
    own = service.add_own_topic(preparation.id, "Music on the ward", "music")
    service.add_words(own.id, "Can we have a radio", WhoseWords.MINE)
    service.remove_topic(own.id)
    assert own.id not in [t.id for t in service.get(preparation.id).topics]
    back = service.undo_remove(own.id)
    assert back.own and back.pieces[0].words == "Can we have a radio"
    assert service.get(preparation.id).topics[-1].id == own.id


def test_taking_part_choices_are_kept_in_order_and_locked_after_the_meeting(
    store: Store, clock: FixedClock, demo
) -> None:  # type: ignore[no-untyped-def]
    _ward, people = demo
    sam, jo = people["Dafydd"], people["Jo"]  # the demo has no choice for Dafydd's review yet
    meeting = MeetingService(store.session_factory, clock).upcoming(sam.id)[0]
    preparation = PreparationService(store.session_factory, clock).for_meeting(sam.id, meeting.id)
    choices = TakingPartService(store.session_factory, clock)
    with pytest.raises(ChoiceProblem):
        choices.choose(preparation.id, TakingPart.GO, Presenter.STAFF, Sharing.CARE_TEAM)
    choices.choose(
        preparation.id,
        TakingPart.GO,
        Presenter.STAFF,
        Sharing.CARE_TEAM,
        presenter_staff_id=jo.id,
        family_names=("Mam", "  "),
        with_staff_id=jo.id,
    )
    clock.now += timedelta(days=1)
    choices.choose(
        preparation.id,
        TakingPart.SLIDES_WITHOUT_ME,
        Presenter.STAFF,
        Sharing.JUST_ME,
        presenter_staff_id=jo.id,
    )
    history = choices.history(preparation.id)
    assert [c.taking_part for c in history] == [TakingPart.GO, TakingPart.SLIDES_WITHOUT_ME]
    assert history[0].family_names == ("Mam",) and history[0].with_staff_id == jo.id
    assert choices.current(preparation.id) == history[-1]
    clock.now = meeting.starts_at + timedelta(hours=1)
    with pytest.raises(ChoiceProblem):
        choices.choose(preparation.id, TakingPart.GO, Presenter.ME, Sharing.CARE_TEAM)
    assert Role.PATIENT is sam.role
