"""People on a ward: patients and staff, shown by the name they like to be called.

Every change saves at once and is written to the audit log by kind only: the log never holds a name.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import StaffRole
from coprod_desktop.store.models import CommunicationPreferences, Person, Role, Ward

log = logging.getLogger(__name__)


class _Unset:
    """Marks "leave as it is", since None is a real value for a ward."""

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = _Unset()


class UnknownPerson(LookupError):
    """No person has this id (perhaps erased meanwhile)."""


class UnknownWard(LookupError):
    """No open ward has this id."""


class NotForYourself(ValueError):
    """Staff cannot archive or erase themselves while signed in: they would lock themselves out."""


@dataclass(frozen=True)
class PersonEntry:
    """A person as staff see them in a list: including whether they are archived."""

    person: PersonInfo
    archived: bool


def person_info(person: Person) -> PersonInfo:
    return PersonInfo(
        id=person.id,
        called=person.called,
        role=person.role,
        ward_id=person.ward_id,
        is_ward_rep=person.is_ward_rep,
        picture_symbol=person.picture_symbol,
        picture_file=person.picture_file,
        staff_role=_staff_role(person),
    )


def _staff_role(person: Person) -> StaffRole:
    """Only staff hold a role; a patient's credential is never looked up."""
    if person.role is Role.STAFF and person.credential is not None:
        return person.credential.staff_role
    return StaffRole.WARD_STAFF


def _plain_file_name(name: str) -> str:
    """Picture names are ours (generated), so anything with a folder in it is refused."""
    if not name or Path(name).name != name or name in (".", ".."):
        raise ValueError("a picture is kept by its plain file name inside the pictures folder")
    return name


def _delete_picture(pictures_dir: Path, name: str | None) -> None:
    if not name:
        return
    try:
        (pictures_dir / Path(name).name).unlink(missing_ok=True)
    except OSError as error:  # the row no longer points at it; a leftover file is harmless
        log.warning("Could not delete an old picture: %s", error)


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

    def listing(self, ward_id: uuid.UUID | None, *, include_archived: bool = False) -> list[PersonEntry]:
        """For staff: a ward's people, patients first, then by name. ward_id None lists people with
        no ward (their ward was removed), so nobody is ever out of reach."""
        where = Person.ward_id.is_(None) if ward_id is None else Person.ward_id == ward_id
        query = select(Person).where(where).order_by(Person.role, Person.called, Person.created_at)
        if not include_archived:
            query = query.where(Person.archived.is_(False))
        with self._sessions() as session:
            return [PersonEntry(person_info(p), p.archived) for p in session.scalars(query)]

    def get(self, person_id: uuid.UUID) -> PersonInfo | None:
        with self._sessions() as session:
            person = session.get(Person, person_id)
            return person_info(person) if person else None

    def is_archived(self, person_id: uuid.UUID) -> bool:
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None:
                raise UnknownPerson(str(person_id))
            return person.archived

    def update(
        self,
        person_id: uuid.UUID,
        actor_id: uuid.UUID | None = None,
        *,
        called: str | _Unset = UNSET,
        ward_id: uuid.UUID | _Unset | None = UNSET,
        is_ward_rep: bool | _Unset = UNSET,
    ) -> PersonInfo:
        """Changes what is given and saves at once. A role never changes: add the person again instead.

        The audit entry names which fields changed, never their values.
        """
        with self._sessions.begin() as session:
            person = self._person(session, person_id)
            changed: list[str] = []
            if not isinstance(called, _Unset):
                name = clean_name(called)
                if name != person.called:
                    person.called = name
                    changed.append("called")
            if not isinstance(ward_id, _Unset) and ward_id != person.ward_id:
                self._check_ward(session, ward_id)
                person.ward_id = ward_id
                changed.append("ward")
                if person.is_ward_rep:  # a rep speaks for one ward: a new ward chooses its own
                    person.is_ward_rep = False
                    changed.append("ward_rep")
            if not isinstance(is_ward_rep, _Unset):
                wanted = bool(is_ward_rep) and person.role is Role.PATIENT
                if wanted != person.is_ward_rep:
                    person.is_ward_rep = wanted
                    changed.append("ward_rep")
            moved = "ward" in changed
            others = sorted(set(changed) - {"ward"})
            if moved:
                add_event(session, self._clock, "person_moved", actor_id=actor_id, subject_id=person_id)
            if others:
                add_event(
                    session,
                    self._clock,
                    "person_changed",
                    actor_id=actor_id,
                    subject_id=person_id,
                    detail={"changed": others},
                )
            return person_info(person)

    def move(
        self, person_id: uuid.UUID, ward_id: uuid.UUID | None, actor_id: uuid.UUID | None = None
    ) -> PersonInfo:
        """Moves a person to another ward (their ward-rep role stays behind)."""
        return self.update(person_id, actor_id, ward_id=ward_id)

    def archive(self, person_id: uuid.UUID, actor_id: uuid.UUID | None = None) -> PersonInfo:
        """Hides a person from the ward (discharged, moved on) but keeps everything, so they can come back."""
        if actor_id is not None and actor_id == person_id:
            raise NotForYourself("You cannot archive yourself while you are signed in.")
        return self._set_archived(person_id, actor_id, True)

    def unarchive(self, person_id: uuid.UUID, actor_id: uuid.UUID | None = None) -> PersonInfo:
        return self._set_archived(person_id, actor_id, False)

    def set_picture(
        self,
        person_id: uuid.UUID,
        file_name: str,
        *,
        pictures_dir: Path,
        actor_id: uuid.UUID | None = None,
    ) -> PersonInfo:
        """Points the person at a picture already imported (services.pictures), then deletes the old one."""
        file_name = _plain_file_name(file_name)
        with self._sessions.begin() as session:
            person = self._person(session, person_id)
            old = person.picture_file
            person.picture_file = file_name
            add_event(session, self._clock, "picture_set", actor_id=actor_id, subject_id=person_id)
            info = person_info(person)
        if old != file_name:
            _delete_picture(pictures_dir, old)
        return info

    def clear_picture(
        self, person_id: uuid.UUID, *, pictures_dir: Path, actor_id: uuid.UUID | None = None
    ) -> PersonInfo:
        """Back to their symbol; the photo file is deleted."""
        with self._sessions.begin() as session:
            person = self._person(session, person_id)
            old = person.picture_file
            person.picture_file = None
            if old:
                add_event(session, self._clock, "picture_removed", actor_id=actor_id, subject_id=person_id)
            info = person_info(person)
        _delete_picture(pictures_dir, old)
        return info

    def _set_archived(self, person_id: uuid.UUID, actor_id: uuid.UUID | None, archived: bool) -> PersonInfo:
        with self._sessions.begin() as session:
            person = self._person(session, person_id)
            if person.archived != archived:
                person.archived = archived
                kind = "person_archived" if archived else "person_unarchived"
                add_event(session, self._clock, kind, actor_id=actor_id, subject_id=person_id)
            return person_info(person)

    @staticmethod
    def _person(session: Session, person_id: uuid.UUID) -> Person:
        person = session.get(Person, person_id)
        if person is None:
            raise UnknownPerson(str(person_id))
        return person

    @staticmethod
    def _check_ward(session: Session, ward_id: uuid.UUID | None) -> None:
        if ward_id is None:
            return
        ward = session.get(Ward, ward_id)
        if ward is None or ward.archived:
            raise UnknownWard(str(ward_id))
