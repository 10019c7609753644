"""The audit log: who did what and when, never what personal content said."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import AuditRecord
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import AuditEvent


def add_event(
    session: Session,
    at_clock: Clock,
    kind: str,
    *,
    actor_id: uuid.UUID | None = None,
    subject_id: uuid.UUID | None = None,
    detail: dict[str, object] | None = None,
) -> None:
    """Adds an event inside the caller's transaction, so the change and its record commit together."""
    session.add(
        AuditEvent(at=at_clock(), kind=kind, actor_id=actor_id, subject_id=subject_id, detail=detail or {})
    )


def _record(event: AuditEvent) -> AuditRecord:
    return AuditRecord(event.id, event.at, event.kind, event.actor_id, event.subject_id, dict(event.detail))


class AuditService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def record(self, kind: str, **fields: object) -> None:
        with self._sessions.begin() as session:
            add_event(session, self._clock, kind, **fields)  # type: ignore[arg-type]

    def search(
        self,
        kinds: set[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        limit: int = 1000,
    ) -> list[AuditRecord]:
        """Newest first; `kinds` None means every kind, `end` is exclusive."""
        query = select(AuditEvent).order_by(AuditEvent.at.desc()).limit(limit)
        if kinds is not None:
            query = query.where(AuditEvent.kind.in_(sorted(kinds)))
        if start is not None:
            query = query.where(AuditEvent.at >= start)
        if end is not None:
            query = query.where(AuditEvent.at < end)
        with self._sessions() as session:
            return [_record(e) for e in session.scalars(query)]

    def recent(self, limit: int = 100, kind: str | None = None) -> list[AuditRecord]:
        query = select(AuditEvent).order_by(AuditEvent.at.desc()).limit(limit)
        if kind is not None:
            query = query.where(AuditEvent.kind == kind)
        with self._sessions() as session:
            return [_record(e) for e in session.scalars(query)]
