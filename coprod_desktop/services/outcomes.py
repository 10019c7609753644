"""After the meeting: staff write down what was agreed in plain words, and the person hears it the
next time they open My meeting."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Meeting, MeetingOutcome


@dataclass(frozen=True)
class Outcome:
    id: uuid.UUID
    meeting_id: uuid.UUID
    words: str
    written_by_id: uuid.UUID | None
    written_at: datetime
    seen_at: datetime | None


def _outcome(row: MeetingOutcome) -> Outcome:
    return Outcome(row.id, row.meeting_id, row.words, row.written_by_id, row.created_at, row.seen_at)


class OutcomeService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def write(self, meeting_id: uuid.UUID, words: str, written_by_id: uuid.UUID) -> Outcome:
        with self._sessions.begin() as session:
            meeting = session.get(Meeting, meeting_id)
            if meeting is None:
                raise LookupError("no such meeting")
            row = MeetingOutcome(
                meeting_id=meeting_id,
                words=clean_text(words),
                written_by_id=written_by_id,
                created_at=self._clock(),
            )
            session.add(row)
            add_event(
                session, self._clock, "outcome_written", actor_id=written_by_id, subject_id=meeting.person_id
            )
            session.flush()
            return _outcome(row)

    def for_person(self, person_id: uuid.UUID, unseen_only: bool = False) -> list[Outcome]:
        """Newest first, so the person hears the latest agreement first."""
        query = (
            select(MeetingOutcome)
            .join(Meeting, Meeting.id == MeetingOutcome.meeting_id)
            .where(Meeting.person_id == person_id)
            .order_by(MeetingOutcome.created_at.desc())
        )
        if unseen_only:
            query = query.where(MeetingOutcome.seen_at.is_(None))
        with self._sessions() as session:
            return [_outcome(row) for row in session.scalars(query)]

    def mark_seen(self, outcome_id: uuid.UUID) -> None:
        with self._sessions.begin() as session:
            row = session.get(MeetingOutcome, outcome_id)
            if row is not None and row.seen_at is None:
                row.seen_at = self._clock()
