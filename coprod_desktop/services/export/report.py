"""What one export holds, already through the consent gate, and its CSV and JSON forms.

File names come from the scope's code (a short hash of its id) and the date, never from a name
somebody typed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from coprod_desktop.services.consent import Audience, AudienceKind, ExportItem
from coprod_desktop.services.disclosure import month_of
from coprod_desktop.services.export.csv_safe import csv_bytes
from coprod_desktop.services.export.sources import Scope

SCHEMA_VERSION = 1
"""Raise when the JSON's shape changes, so programs reading it can tell."""

FILE_PREFIX = "my-say-export"


@dataclass(frozen=True)
class ExportReport:
    generated_at: datetime
    audience: Audience
    scope: Scope
    scope_name: str
    """The ward's name, or the person's for a care-team export: shown in the report, never a file name."""
    start: date
    end: date
    """The last day included."""
    sections: dict[str, list[ExportItem]]
    """Items by kind, in the order the sources are registered."""
    language: str = "en"
    undated: frozenset[str] = frozenset()
    """Kinds that describe how things are now (a profile), shown without a date in the report."""

    def counts(self) -> dict[str, int]:
        return {kind: len(items) for kind, items in self.sections.items()}

    def total(self) -> int:
        return sum(len(items) for items in self.sections.values())


def scope_code(scope: Scope) -> str:
    """'ward-1a2b3c4d': a short hash of the id, so file names carry no name and no raw id."""
    digest = hashlib.sha256(f"{scope.kind.value}:{scope.id}".encode()).hexdigest()[:8]
    return f"{scope.kind.value}-{digest}"


def base_name(report: ExportReport) -> str:
    return f"{FILE_PREFIX}-{scope_code(report.scope)}-{report.generated_at:%Y-%m-%d}"


def _when(item: ExportItem, council: bool) -> str:
    """The item's time; for the council only its month, so it cannot be matched to a meeting."""
    return month_of(item.at) if council else item.at.isoformat()


def _item_json(item: ExportItem, council: bool = False) -> dict[str, object]:
    return {
        "kind": item.kind,
        "owner_id": str(item.owner_id) if item.owner_id else None,
        "owner_name": item.owner_name,
        "ward_id": str(item.ward_id) if item.ward_id else None,
        "at": _when(item, council),
        "sharing": item.sharing.value,
        "fields": dict(item.fields),
    }


def json_bytes(report: ExportReport, tick: Callable[[], None] = lambda: None) -> bytes:
    """The export for programs: a schema version, who it is for, the period and every item."""
    items = []
    council = report.audience.kind is AudienceKind.COUNCIL
    for section in report.sections.values():
        for item in section:
            items.append(_item_json(item, council))
            tick()
    document = {
        "schema_version": SCHEMA_VERSION,
        "generated_at": report.generated_at.isoformat(),
        "audience": report.audience.kind.value,
        "scope": {"kind": report.scope.kind.value, "id": str(report.scope.id), "name": report.scope_name},
        "period": {"from": report.start.isoformat(), "to": report.end.isoformat()},
        "counts": report.counts(),
        "items": items,
    }
    # Compact: indenting uses the pure-Python encoder, several times slower on a ward-year.
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


COMMON_COLUMNS = ("owner_id", "owner_name", "ward_id", "at", "sharing")


def csv_columns(items: Sequence[ExportItem]) -> list[str]:
    """The common columns, then each field in the order it first appears."""
    fields: dict[str, None] = {}
    for item in items:
        fields.update(dict.fromkeys(item.fields))
    return [*COMMON_COLUMNS, *fields]


def section_csv(
    items: Sequence[ExportItem], tick: Callable[[], None] = lambda: None, *, council: bool = False
) -> bytes:
    """One kind's items as a table: one row per item (for the council, with the month only)."""
    columns = csv_columns(items)
    field_names = columns[len(COMMON_COLUMNS) :]

    def rows():  # type: ignore[no-untyped-def]
        for item in items:
            tick()
            yield [
                item.owner_id,
                item.owner_name,
                item.ward_id,
                _when(item, council),
                item.sharing.value,
                *(item.fields.get(name) for name in field_names),
            ]

    return csv_bytes(columns, rows())
