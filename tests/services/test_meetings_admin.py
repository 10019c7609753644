"""Changing and cancelling meetings, and listing them per person and per ward, all audited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.templates import TemplateService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import MeetingKind
from tests.conftest import FixedClock


def test_reschedule_changes_everything_and_audits_which_fields(store: Store, clock: FixedClock) -> None:
    ward = WardService(store.session_factory).add("Oak")
    amy = PeopleService(store.session_factory).add("Amy", ward_id=ward.id)
    meetings = MeetingService(store.session_factory, clock)
    booked = meetings.schedule(amy.id, MeetingKind.CPA, clock() + timedelta(days=3), "About my leave")
    assert booked.template_id is None and booked.title == "About my leave"
    template = TemplateService(store.session_factory).default()
    summer = datetime(2027, 6, 1, 14, 30, tzinfo=timezone(timedelta(hours=1)))
    changed = meetings.reschedule(
        booked.id, summer, MeetingKind.TRIBUNAL, "  ", template_id=template.id, actor_id=amy.id
    )
    assert changed.starts_at == datetime(2027, 6, 1, 13, 30, tzinfo=UTC)
    assert changed.kind is MeetingKind.TRIBUNAL and changed.title is None
    assert meetings.get(booked.id) == changed
    [event] = AuditService(store.session_factory).recent(kind="meeting_changed")
    assert event.subject_id == amy.id and event.actor_id == amy.id
    assert event.detail["changed"] == ["kind", "starts_at", "template_id", "title"]
    assert "About my leave" not in str(event.detail)
    # Saving the same values again writes no new audit entry.
    meetings.reschedule(booked.id, summer, MeetingKind.TRIBUNAL, None, template_id=template.id)
    assert len(AuditService(store.session_factory).recent(kind="meeting_changed")) == 1


def test_cancel_deletes_and_is_audited_without_the_title(store: Store, clock: FixedClock) -> None:
    ward = WardService(store.session_factory).add("Oak")
    amy = PeopleService(store.session_factory).add("Amy", ward_id=ward.id)
    meetings = MeetingService(store.session_factory, clock)
    booked = meetings.schedule(amy.id, MeetingKind.WARD_ROUND, clock() + timedelta(days=1), "Secret words")
    meetings.cancel(booked.id)
    meetings.cancel(booked.id)  # already gone: no error, no second entry
    assert meetings.get(booked.id) is None and meetings.for_person(amy.id) == []
    audit = AuditService(store.session_factory)
    [event] = audit.recent(kind="meeting_cancelled")
    assert event.subject_id == amy.id and event.detail["kind"] == "ward_round"
    assert all("Secret" not in str(e.detail) for e in audit.recent())
    assert audit.recent(kind="meeting_scheduled")[0].detail["meeting_id"] == str(booked.id)


def test_for_person_lists_past_and_future_soonest_first(store: Store, clock: FixedClock) -> None:
    ward = WardService(store.session_factory).add("Oak")
    people = PeopleService(store.session_factory)
    amy, ben = people.add("Amy", ward_id=ward.id), people.add("Ben", ward_id=ward.id)
    meetings = MeetingService(store.session_factory, clock)
    now = clock()
    meetings.schedule(amy.id, MeetingKind.CPA, now + timedelta(days=5))
    meetings.schedule(amy.id, MeetingKind.OTHER, now - timedelta(days=30))
    meetings.schedule(amy.id, MeetingKind.TRIBUNAL, now + timedelta(hours=2))
    meetings.schedule(ben.id, MeetingKind.WARD_ROUND, now + timedelta(days=1))
    kinds = [m.kind for m in meetings.for_person(amy.id)]
    assert kinds == [MeetingKind.OTHER, MeetingKind.TRIBUNAL, MeetingKind.CPA]


def test_for_ward_is_limited_to_the_ward_and_the_window(store: Store, clock: FixedClock) -> None:
    wards = WardService(store.session_factory)
    oak, elm = wards.add("Oak"), wards.add("Elm")
    people = PeopleService(store.session_factory)
    amy, ben = people.add("Amy", ward_id=oak.id), people.add("Ben", ward_id=elm.id)
    meetings = MeetingService(store.session_factory, clock)
    now = clock()
    inside = meetings.schedule(amy.id, MeetingKind.CPA, now + timedelta(days=1))
    meetings.schedule(amy.id, MeetingKind.CPA, now + timedelta(days=8))
    meetings.schedule(ben.id, MeetingKind.CPA, now + timedelta(days=1))
    found = meetings.for_ward(oak.id, now, now + timedelta(days=7))
    assert [m.id for m in found] == [inside.id]
    with pytest.raises(ValueError, match="time zone"):
        meetings.for_ward(oak.id, now.replace(tzinfo=None), now)
