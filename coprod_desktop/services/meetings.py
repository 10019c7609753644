"""Care meetings about a person (CPA, Care and Treatment Review, ward round, tribunal)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import MeetingInfo
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Meeting, MeetingKind


def _info(meeting: Meeting) -> MeetingInfo:
    return MeetingInfo(meeting.id, meeting.person_id, meeting.kind, meeting.starts_at, meeting.title)


class MeetingService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def schedule(
        self, person_id: uuid.UUID, kind: MeetingKind, starts_at: datetime, title: str | None = None
    ) -> MeetingInfo:
        if starts_at.tzinfo is None:
            raise ValueError("a meeting time needs a time zone")
        with self._sessions.begin() as session:
            meeting = Meeting(person_id=person_id, kind=kind, starts_at=starts_at, title=title)
            session.add(meeting)
            session.flush()
            add_event(session, self._clock, "meeting_scheduled", subject_id=person_id)
            return _info(meeting)

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
