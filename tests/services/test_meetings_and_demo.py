"""Upcoming meetings by date, and the demo ward that shows the app working."""

from __future__ import annotations

from datetime import timedelta

from coprod_desktop.services.demo import DEMO_PEOPLE, DEMO_WARD_NAME, seed_demo_ward
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preferences import PreferencesService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import MeetingKind, Role
from tests.conftest import FixedClock


def test_upcoming_meetings_are_soonest_first_and_include_today(store: Store, clock: FixedClock) -> None:
    ward = WardService(store.session_factory, clock).add("Oak")
    amy = PeopleService(store.session_factory, clock).add("Amy", ward_id=ward.id)
    meetings = MeetingService(store.session_factory, clock)
    now = clock()
    meetings.schedule(amy.id, MeetingKind.WARD_ROUND, now + timedelta(days=7))
    meetings.schedule(amy.id, MeetingKind.CPA, now + timedelta(days=2))
    meetings.schedule(amy.id, MeetingKind.OTHER, now - timedelta(days=3))
    meetings.schedule(amy.id, MeetingKind.TRIBUNAL, now - timedelta(hours=1))
    kinds = [m.kind for m in meetings.upcoming(amy.id)]
    assert kinds == [MeetingKind.TRIBUNAL, MeetingKind.CPA, MeetingKind.WARD_ROUND]
    clock.now = now + timedelta(days=3)
    assert [m.kind for m in meetings.upcoming(amy.id)] == [MeetingKind.WARD_ROUND]


def test_meeting_times_come_back_in_utc(store: Store, clock: FixedClock) -> None:
    ward = WardService(store.session_factory, clock).add("Oak")
    amy = PeopleService(store.session_factory, clock).add("Amy", ward_id=ward.id)
    when = clock() + timedelta(days=1)
    MeetingService(store.session_factory, clock).schedule(amy.id, MeetingKind.CPA, when)
    [meeting] = MeetingService(store.session_factory, clock).upcoming(amy.id)
    assert meeting.starts_at == when and meeting.starts_at.tzinfo is not None


def test_demo_ward_is_seeded_once_with_people_meetings_and_preferences(
    store: Store, clock: FixedClock
) -> None:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None and ward.name == DEMO_WARD_NAME
    assert seed_demo_ward(store.session_factory, clock) is None
    people = PeopleService(store.session_factory).on_ward(ward.id)
    assert sorted(p.called for p in people) == sorted(p.called for p in DEMO_PEOPLE)
    assert any(p.role is Role.STAFF for p in people)
    assert all(p.picture_symbol for p in people)
    sam = next(p for p in people if p.called == "Sam")
    assert sam.is_ward_rep
    assert MeetingService(store.session_factory, clock).upcoming(sam.id)[0].kind is MeetingKind.CPA
    dafydd = next(p for p in people if p.called == "Dafydd")
    assert PreferencesService(store.session_factory).get(dafydd.id).language == "cy"


def test_the_demo_shows_a_meeting_being_prepared_with_sharing_allowed(
    store: Store, clock: FixedClock
) -> None:
    from coprod_desktop.services.preparation import PreparationService
    from coprod_desktop.services.taking_part import TakingPartService
    from coprod_desktop.store.kinds import Sharing, WhoseWords

    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    sam = next(p for p in PeopleService(store.session_factory).on_ward(ward.id) if p.called == "Sam")
    cpa = MeetingService(store.session_factory, clock).upcoming(sam.id)[0]
    preparation = PreparationService(store.session_factory, clock).for_meeting(sam.id, cpa.id)
    done = [t for t in preparation.topics if t.done]
    assert len(done) == 2
    whose = {piece.whose for topic in done for piece in topic.pieces if piece.words}
    assert whose == {WhoseWords.MINE, WhoseWords.STAFF_TYPED, WhoseWords.STAFF_NOTE}
    choice = TakingPartService(store.session_factory, clock).current(preparation.id)
    assert choice is not None and choice.sharing is Sharing.CARE_TEAM and choice.family_names == ("Mam",)
