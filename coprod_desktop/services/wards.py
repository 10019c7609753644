"""Wards: the unit everything on a tablet belongs to."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import WardInfo
from coprod_desktop.services.text import clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Ward


class WardInUse(ValueError):
    """A ward that still has people on it cannot be archived."""


def _info(ward: Ward) -> WardInfo:
    return WardInfo(ward.id, ward.name)


class WardService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def add(self, name: str) -> WardInfo:
        with self._sessions.begin() as session:
            ward = Ward(name=clean_name(name))
            session.add(ward)
            session.flush()
            add_event(session, self._clock, "ward_added", subject_id=ward.id)
            return _info(ward)

    def active(self) -> list[WardInfo]:
        query = select(Ward).where(Ward.archived.is_(False)).order_by(Ward.name, Ward.created_at)
        with self._sessions() as session:
            return [_info(ward) for ward in session.scalars(query)]

    def get(self, ward_id: uuid.UUID) -> WardInfo | None:
        with self._sessions() as session:
            ward = session.get(Ward, ward_id)
            return _info(ward) if ward else None

    def rename(self, ward_id: uuid.UUID, name: str, actor_id: uuid.UUID | None = None) -> WardInfo:
        with self._sessions.begin() as session:
            ward = session.get(Ward, ward_id)
            if ward is None:
                raise LookupError("no such ward")
            ward.name = clean_name(name, limit=200)
            add_event(session, self._clock, "ward_renamed", actor_id=actor_id, subject_id=ward_id)
            return _info(ward)

    def archive(self, ward_id: uuid.UUID, actor_id: uuid.UUID | None = None) -> None:
        """Hides a ward that nobody is on any more; its people must be moved or archived first."""
        with self._sessions.begin() as session:
            ward = session.get(Ward, ward_id)
            if ward is None:
                raise LookupError("no such ward")
            if any(not person.archived for person in ward.people):
                raise WardInUse("Move or archive the people on this ward first.")
            ward.archived = True
            add_event(session, self._clock, "ward_archived", actor_id=actor_id, subject_id=ward_id)

    def find_by_name(self, name: str) -> WardInfo | None:
        with self._sessions() as session:
            ward = session.scalars(select(Ward).where(Ward.name == name)).first()
            return _info(ward) if ward else None
