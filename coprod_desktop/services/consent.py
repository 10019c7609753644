"""Consent decides every export: "nothing about me without me".

Each item that may leave the app is an `ExportItem` with an owner and the owner's `Sharing` choice.
`allowed(item, audience)` is the only gate between the store and an export file:

- JUST_ME never leaves, whoever asks.
- CARE_TEAM goes only to that person's care team: an export about that one person, or an export for
  the ward the person is on now. On these secure wards the ward's staff *are* the care team (the
  multidisciplinary team works from the ward), so a ward export is a care-team export for every person
  on it. A person who has moved on is no longer in their old ward's exports: their new ward's are.
  A council export never holds care-team items.
- COUNCIL_ANONYMOUS may go to any audience but always without the owner: no name, no id, no field that
  names or points at a person, and the time cut to the day so it cannot be matched to a meeting.
- Items with no owner (facts about the ward) pass as they are, unless marked JUST_ME.

Stripping is structural: `anonymised()` builds a new record from the parts that do not identify
anybody; nothing searches text for names.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from types import MappingProxyType

from coprod_desktop.store.kinds import Sharing

FieldValue = str | int | float | None
"""Plain values only, so every writer (CSV, JSON, PDF) can show every field the same way."""


@dataclass(frozen=True)
class ExportItem:
    """One thing about a person (or a ward) that an export may hold."""

    kind: str
    owner_id: uuid.UUID | None
    owner_name: str | None
    ward_id: uuid.UUID | None
    at: datetime
    sharing: Sharing
    fields: Mapping[str, FieldValue] = field(default_factory=dict)
    identifying: frozenset[str] = frozenset()
    """Keys of `fields` that name or point at a person (another name, a person's id, a record id);
    they are dropped when the item is anonymised."""

    def __post_init__(self) -> None:
        # A read-only copy: a record handed to a writer cannot be changed back into a named one.
        for key, value in self.fields.items():
            if not isinstance(key, str) or not isinstance(value, str | int | float | type(None)):
                raise TypeError(f"export field {key!r} must hold a plain value")
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        object.__setattr__(self, "identifying", frozenset(self.identifying))

    @property
    def anonymous(self) -> bool:
        return self.owner_id is None and self.owner_name is None


class AudienceKind(enum.StrEnum):
    PERSON_CARE_TEAM = "person_care_team"
    WARD_TEAM = "ward_team"
    COUNCIL = "council"


@dataclass(frozen=True)
class Audience:
    """Who will read an export. Build one with the class methods."""

    kind: AudienceKind
    person_id: uuid.UUID | None = None
    ward_id: uuid.UUID | None = None

    @classmethod
    def for_person_care_team(cls, person_id: uuid.UUID) -> Audience:
        return cls(AudienceKind.PERSON_CARE_TEAM, person_id=person_id)

    @classmethod
    def for_ward_team(cls, ward_id: uuid.UUID) -> Audience:
        return cls(AudienceKind.WARD_TEAM, ward_id=ward_id)

    @classmethod
    def for_council(cls) -> Audience:
        return cls(AudienceKind.COUNCIL)


def anonymised(item: ExportItem) -> ExportItem:
    """A new record without its owner, without identifying fields, and with the day only."""
    at = item.at.replace(hour=0, minute=0, second=0, microsecond=0)
    kept = {key: value for key, value in item.fields.items() if key not in item.identifying}
    return replace(item, owner_id=None, owner_name=None, at=at, fields=kept, identifying=frozenset())


def _is_care_team(item: ExportItem, audience: Audience) -> bool:
    if audience.kind is AudienceKind.PERSON_CARE_TEAM:
        return item.owner_id is not None and item.owner_id == audience.person_id
    if audience.kind is AudienceKind.WARD_TEAM:
        return item.ward_id is not None and item.ward_id == audience.ward_id
    return False


def allowed(item: ExportItem, audience: Audience) -> ExportItem | None:
    """The item as this audience may see it, or None when it must not leave."""
    if item.sharing is Sharing.JUST_ME:
        return None
    if item.sharing is Sharing.COUNCIL_ANONYMOUS:
        return anonymised(item)
    if item.owner_id is None and item.owner_name is None:
        return item  # a fact about the ward, not about a person
    if item.sharing is Sharing.CARE_TEAM and _is_care_team(item, audience):
        return item
    return None
