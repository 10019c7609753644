"""People on a ward: patients and staff, shown by the name they like to be called."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import CommunicationPreferences, Person, Role


def person_info(person: Person) -> PersonInfo:
    return PersonInfo(
        id=person.id,
        called=person.called,
        role=person.role,
        ward_id=person.ward_id,
        is_ward_rep=person.is_ward_rep,
        picture_symbol=person.picture_symbol,
        picture_file=person.picture_file,
    )


class PeopleService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def add(
        self,
        called: str,
        *,
        ward_id: uuid.UUID | None,
        role: Role = Role.PATIENT,
        is_ward_rep: bool = False,
        picture_symbol: str | None = None,
        actor_id: uuid.UUID | None = None,
    ) -> PersonInfo:
        """Adds a person with default communication preferences."""
        with self._sessions.begin() as session:
            person = Person(
                called=clean_name(called),
                ward_id=ward_id,
                role=role,
                is_ward_rep=is_ward_rep and role is Role.PATIENT,
                picture_symbol=picture_symbol,
            )
            person.preferences = CommunicationPreferences()
            session.add(person)
            session.flush()
            add_event(session, self._clock, "person_added", actor_id=actor_id, subject_id=person.id)
            return person_info(person)

    def on_ward(self, ward_id: uuid.UUID, role: Role | None = None) -> list[PersonInfo]:
        """Everyone active on a ward, in a stable order (by name, then when added)."""
        query = (
            select(Person)
            .where(Person.ward_id == ward_id, Person.archived.is_(False))
            .order_by(Person.called, Person.created_at)
        )
        if role is not None:
            query = query.where(Person.role == role)
        with self._sessions() as session:
            return [person_info(p) for p in session.scalars(query)]

    def get(self, person_id: uuid.UUID) -> PersonInfo | None:
        with self._sessions() as session:
            person = session.get(Person, person_id)
            return person_info(person) if person else None
