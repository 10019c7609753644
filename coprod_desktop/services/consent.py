"""Consent decides every export: "nothing about me without me".

Each item that may leave the app is an `ExportItem` with an owner and the owner's `Sharing` choice.
`allowed(item, audience)` is the only gate between the store and an export file:

- JUST_ME never leaves, whoever asks.
- CARE_TEAM goes only to that person's care team: an export about that one person, or an export for
  the ward the person is on now. On these secure wards the ward's staff *are* the care team (the
  multidisciplinary team works from the ward), so a ward export is a care-team export for every person
  on it. A person who has moved on is no longer in their old ward's exports: their new ward's are.
  A council export never holds care-team items.
- COUNCIL_ANONYMOUS ("for the council, without my name") goes to the council, never to anyone's care
  team: not in the person's own export, nor their ward's. The one exception is what was said in the
  open on the ward (`ward_shared`: SAY group views, You said, we did), which the ward's own staff see
  without the name, as on the ward's wall.
- Either way it goes without the owner: no name, no id, no field that names or points at a person,
  every person's name taken out of its typed words (`scrub`, from services.disclosure), and the time
  cut to the day. For the council it carries only the owner's own words and the month: words staff
  typed for them, staff notes and anything that ties it to a meeting or a day (`not_for_council`)
  are left out.
- Items with no owner (facts about the ward) pass as they are, unless marked JUST_ME.

Stripping is structural: `anonymised()` builds a new record from the parts that do not identify
anybody, then takes names out of the fields that hold typed words (`free_text`).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Mapping
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
    free_text: frozenset[str] = frozenset()
    """Keys of `fields` holding words someone typed: names are taken out of them when anonymised."""
    not_for_council: frozenset[str] = frozenset()
    """Keys of `fields` the council never gets: words that are not the owner's own (typed by staff,
    staff notes), and what ties an item to a meeting or a day or can be counted beside a hidden count."""
    ward_shared: bool = False
    """Said in the open on the ward (a SAY group, You said, we did): the ward's staff may see it
    without the name. A person's own council-only item is never ward_shared."""

    def __post_init__(self) -> None:
        # A read-only copy: a record handed to a writer cannot be changed back into a named one.
        for key, value in self.fields.items():
            if not isinstance(key, str) or not isinstance(value, str | int | float | type(None)):
                raise TypeError(f"export field {key!r} must hold a plain value")
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))
        for name in ("identifying", "free_text", "not_for_council"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))

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


Scrub = Callable[[str], str]
"""Takes every person's name out of some words (services.disclosure.NameScrubber.scrub)."""


def anonymised(item: ExportItem, scrub: Scrub | None = None, *, for_council: bool = False) -> ExportItem:
    """A new record without its owner, without identifying fields, names taken out of its words, and
    with the day only; for the council, only the owner's own words and the month."""
    at = item.at.replace(hour=0, minute=0, second=0, microsecond=0)
    dropped = item.identifying | (item.not_for_council if for_council else frozenset())
    if for_council:
        at = at.replace(day=1)
    kept: dict[str, FieldValue] = {}
    for key, value in item.fields.items():
        if key in dropped:
            continue
        if scrub is not None and key in item.free_text and isinstance(value, str):
            value = scrub(value)
        kept[key] = value
    return replace(
        item,
        owner_id=None,
        owner_name=None,
        at=at,
        fields=kept,
        identifying=frozenset(),
        not_for_council=frozenset(),
    )


def _is_care_team(item: ExportItem, audience: Audience) -> bool:
    if audience.kind is AudienceKind.PERSON_CARE_TEAM:
        return item.owner_id is not None and item.owner_id == audience.person_id
    if audience.kind is AudienceKind.WARD_TEAM:
        return item.ward_id is not None and item.ward_id == audience.ward_id
    return False


def allowed(item: ExportItem, audience: Audience, scrub: Scrub | None = None) -> ExportItem | None:
    """The item as this audience may see it, or None when it must not leave."""
    if item.sharing is Sharing.JUST_ME:
        return None
    if item.sharing is Sharing.COUNCIL_ANONYMOUS:
        if audience.kind is AudienceKind.COUNCIL:
            return anonymised(item, scrub, for_council=True)
        on_this_ward = audience.kind is AudienceKind.WARD_TEAM and item.ward_id == audience.ward_id
        if item.ward_shared and on_this_ward:
            return anonymised(item, scrub)
        return None  # "for the council" is not for the care team
    if item.owner_id is None and item.owner_name is None:
        return item  # a fact about the ward, not about a person
    if item.sharing is Sharing.CARE_TEAM and _is_care_team(item, audience):
        return item
    return None
