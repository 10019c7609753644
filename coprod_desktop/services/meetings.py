"""Care meetings about a person (CPA, Care and Treatment Review, ward round, tribunal).

Audit entries name the meeting kind only: a title may say something personal, so it never goes in.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import MeetingInfo
from coprod_desktop.services.text import InvalidText, clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Meeting, MeetingKind, Person

TITLE_MAX = 300


@dataclass(frozen=True)
class MeetingDetail(MeetingInfo):
    """A meeting with the topic template it starts from (None: the person's usual topics)."""

    template_id: uuid.UUID | None = None


class MeetingNotFound(LookupError):
    """The meeting was cancelled or never existed (another screen may have removed it)."""


def _info(meeting: Meeting) -> MeetingDetail:
    return MeetingDetail(
        meeting.id, meeting.person_id, meeting.kind, meeting.starts_at, meeting.title, meeting.template_id
    )


def _clean_title(title: str | None) -> str | None:
    if title is None:
        return None
    try:
        return clean_name(title, TITLE_MAX)
    except InvalidText:
        return None


def _checked_time(starts_at: datetime) -> datetime:
    if starts_at.tzinfo is None:
        raise ValueError("a meeting time needs a time zone")
    return starts_at


class MeetingService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def schedule(
        self,
        person_id: uuid.UUID,
        kind: MeetingKind,
        starts_at: datetime,
        title: str | None = None,
        *,
        template_id: uuid.UUID | None = None,
        actor_id: uuid.UUID | None = None,
    ) -> MeetingDetail:
        _checked_time(starts_at)
        with self._sessions.begin() as session:
            meeting = Meeting(
                person_id=person_id,
                kind=kind,
                starts_at=starts_at,
                title=_clean_title(title),
                template_id=template_id,
            )
            session.add(meeting)
            session.flush()
            add_event(
                session,
                self._clock,
                "meeting_scheduled",
                actor_id=actor_id,
                subject_id=person_id,
                detail={"meeting_id": str(meeting.id), "kind": kind.value},
            )
            return _info(meeting)

    def reschedule(
        self,
        meeting_id: uuid.UUID,
        starts_at: datetime,
        kind: MeetingKind,
        title: str | None,
        *,
        template_id: uuid.UUID | None = None,
        actor_id: uuid.UUID | None = None,
    ) -> MeetingDetail:
        """Replaces the time, kind, title and template together: the form always sends all four.
        The audit entry names which of them changed, never the new words."""
        _checked_time(starts_at)
        with self._sessions.begin() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise MeetingNotFound(str(meeting_id))
            new = {
                "starts_at": starts_at,
                "kind": kind,
                "title": _clean_title(title),
                "template_id": template_id,
            }
            changed = sorted(name for name, value in new.items() if getattr(meeting, name) != value)
            if not changed:
                return _info(meeting)
            for name, value in new.items():
                setattr(meeting, name, value)
            session.flush()
            add_event(
                session,
                self._clock,
                "meeting_changed",
                actor_id=actor_id,
                subject_id=meeting.person_id,
                detail={"meeting_id": str(meeting.id), "kind": kind.value, "changed": changed},
            )
            return _info(meeting)

    def cancel(self, meeting_id: uuid.UUID, *, actor_id: uuid.UUID | None = None) -> None:
        """Deletes the meeting. Cancelling one that is already gone does nothing (two screens may race)."""
        with self._sessions.begin() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                return
            add_event(
                session,
                self._clock,
                "meeting_cancelled",
                actor_id=actor_id,
                subject_id=meeting.person_id,
                detail={"meeting_id": str(meeting.id), "kind": meeting.kind.value},
            )
            session.delete(meeting)

    def get(self, meeting_id: uuid.UUID) -> MeetingDetail | None:
        with self._sessions() as session:
            meeting = session.get(Meeting, meeting_id)
            return _info(meeting) if meeting else None

    def upcoming(self, person_id: uuid.UUID, limit: int = 3) -> list[MeetingInfo]:
        """The person's next meetings, soonest first, counting today's as still to come."""
        now = self._clock()
        start_of_today = now.replace(hour=0, minute=0, second=0, microsecond=0)
        query = (
            select(Meeting)
            .where(Meeting.person_id == person_id, Meeting.starts_at >= start_of_today)
            .order_by(Meeting.starts_at)
            .limit(limit)
        )
        with self._sessions() as session:
            return [_info(m) for m in session.scalars(query)]

    def for_person(self, person_id: uuid.UUID) -> list[MeetingDetail]:
        """All the person's meetings, past and future, soonest first (oldest at the top), so a list
        reads like a calendar; screens split off the past ones with the clock."""
        query = select(Meeting).where(Meeting.person_id == person_id).order_by(Meeting.starts_at, Meeting.id)
        with self._sessions() as session:
            return [_info(m) for m in session.scalars(query)]

    def for_ward(self, ward_id: uuid.UUID, start: datetime, end: datetime) -> list[MeetingDetail]:
        """Meetings of the ward's people from `start` (included) to `end` (not included), soonest first."""
        _checked_time(start)
        _checked_time(end)
        query = (
            select(Meeting)
            .join(Person, Person.id == Meeting.person_id)
            .where(Person.ward_id == ward_id, Meeting.starts_at >= start, Meeting.starts_at < end)
            .order_by(Meeting.starts_at, Meeting.id)
        )
        with self._sessions() as session:
            return [_info(m) for m in session.scalars(query)]
