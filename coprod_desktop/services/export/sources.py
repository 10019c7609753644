"""Where export items come from: one source per kind, registered by name.

Today: "person" (profile), "meeting" and "preferences"; "topic", "thank_you", "action", "say_view",
"prem", "council_pack" and "partnership" register themselves from their own modules with
`register()`; every source's items pass the consent
gate (services.consent) before any writer sees them.

Profiles and preferences are how things are now, so they are included whatever the dates; dated
items (meetings and later views) are included when they fall in the period.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.consent import ExportItem
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Role, Sharing
from coprod_desktop.store.models import CommunicationPreferences, Meeting, Person, Ward


class ScopeKind(enum.StrEnum):
    PERSON = "person"
    WARD = "ward"


@dataclass(frozen=True)
class Scope:
    """What an export is about: one person, or everyone on one ward."""

    kind: ScopeKind
    id: uuid.UUID

    @classmethod
    def person(cls, person_id: uuid.UUID) -> Scope:
        return cls(ScopeKind.PERSON, person_id)

    @classmethod
    def ward(cls, ward_id: uuid.UUID) -> Scope:
        return cls(ScopeKind.WARD, ward_id)


class ItemSource(Protocol):
    kind: str
    """A short lower-case name, used in file names and the JSON: never user text."""

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterable[ExportItem]:
        """Items in scope; dated ones from `start` (included) to `end` (not included)."""
        ...


_REGISTRY: dict[str, ItemSource] = {}


def register(source: ItemSource) -> ItemSource:
    """Adds a source; a kind is a plain identifier so it is safe in a file name."""
    if not source.kind.isidentifier() or source.kind != source.kind.lower():
        raise ValueError(f"an export kind must be a lower-case identifier: {source.kind!r}")
    _REGISTRY[source.kind] = source
    return source


def registered() -> list[ItemSource]:
    """Every source, in the order registered (the order of the report's sections)."""
    return list(_REGISTRY.values())


def source_for(kind: str) -> ItemSource:
    try:
        return _REGISTRY[kind]
    except KeyError:
        raise KeyError(f"no export source called {kind!r}") from None


def people_in_scope(session: Session, scope: Scope) -> list[Person]:
    """The person, or the ward's patients (archived ones too: they were on the ward in the period)."""
    if scope.kind is ScopeKind.PERSON:
        person = session.get(Person, scope.id)
        return [person] if person is not None else []
    query = (
        select(Person)
        .where(Person.ward_id == scope.id, Person.role == Role.PATIENT)
        .order_by(Person.called, Person.created_at)
    )
    return list(session.scalars(query))


def _yes_no(value: bool) -> str:
    return "yes" if value else "no"


class PersonSource:
    """The profile staff keep: the name people like to be called, role, ward, ward rep."""

    kind = "person"

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        with session_factory() as session:
            ward_names = {ward.id: ward.name for ward in session.scalars(select(Ward))}
            for person in people_in_scope(session, scope):
                yield ExportItem(
                    kind=self.kind,
                    owner_id=person.id,
                    owner_name=person.called,
                    ward_id=person.ward_id,
                    at=person.created_at,
                    sharing=Sharing.CARE_TEAM,  # staff hold the profile for the care team
                    fields={
                        "role": person.role.value,
                        "ward": ward_names.get(person.ward_id) if person.ward_id else None,
                        "ward_rep": _yes_no(person.is_ward_rep),
                        "archived": _yes_no(person.archived),
                    },
                )


class MeetingSource:
    """Care meetings in the period: kind, when, and the title staff gave it."""

    kind = "meeting"

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        query = (
            select(Meeting, Person)
            .join(Person, Person.id == Meeting.person_id)
            .where(Meeting.starts_at >= start, Meeting.starts_at < end)
            .order_by(Meeting.starts_at, Meeting.id)
        )
        if scope.kind is ScopeKind.PERSON:
            query = query.where(Meeting.person_id == scope.id)
        else:
            query = query.where(Person.ward_id == scope.id, Person.role == Role.PATIENT)
        with session_factory() as session:
            for meeting, person in session.execute(query):
                yield ExportItem(
                    kind=self.kind,
                    owner_id=person.id,
                    owner_name=person.called,
                    ward_id=person.ward_id,
                    at=meeting.starts_at,
                    sharing=Sharing.CARE_TEAM,
                    fields={
                        "meeting_id": str(meeting.id),
                        "meeting_kind": meeting.kind.value,
                        "starts_at": meeting.starts_at.isoformat(),
                        "title": meeting.title,
                    },
                    identifying=frozenset({"meeting_id"}),
                )


class PreferencesSource:
    """How each person likes the app to talk and look, so staff can do the same."""

    kind = "preferences"

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        with session_factory() as session:
            people = people_in_scope(session, scope)
            ids = [person.id for person in people]
            query = select(CommunicationPreferences).where(CommunicationPreferences.person_id.in_(ids))
            rows = {row.person_id: row for row in session.scalars(query)}
            for person in people:
                row = rows.get(person.id)
                if row is None:
                    continue
                yield ExportItem(
                    kind=self.kind,
                    owner_id=person.id,
                    owner_name=person.called,
                    ward_id=person.ward_id,
                    at=row.updated_at,
                    sharing=Sharing.CARE_TEAM,
                    fields={
                        "speech_on": _yes_no(row.speech_on),
                        "voice": row.voice,
                        "words_per_minute": row.rate,
                        "text_size": row.text_size.value,
                        "high_contrast": _yes_no(row.high_contrast),
                        "language": row.language,
                        "symbols_on": _yes_no(row.symbols_on),
                    },
                )


for _source in (PersonSource(), MeetingSource(), PreferencesSource()):
    register(_source)

# Sources kept in their own modules register themselves when imported.
from coprod_desktop.services.export import topic_source, ward_voice_files  # noqa: E402, F401

# isort: split
# The measures (PREMs, council packs, self-checks) come last in the report and on the Export screen.
from coprod_desktop.services.export import measures_files  # noqa: E402, F401
