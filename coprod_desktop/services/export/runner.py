"""One export, start to finish: collect, pass every item through consent, write, publish, audit.

The screen and the command line both call `export()`, so they share the consent rules, the files
and the audit entry. The audit entry is written in the same transaction as the final rename: an
export that is not in the log is removed again.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.consent import Audience, AudienceKind, ExportItem, Scrub, allowed
from coprod_desktop.services.disclosure import NameScrubber, every_name
from coprod_desktop.services.export.bundle import (
    BundleFile,
    BundleProblem,
    BundleProblemKind,
    ExportCancelled,
    PreparedBundle,
    Progress,
    Steps,
    prepare_bundle,
)
from coprod_desktop.services.export.for_council import council_sections
from coprod_desktop.services.export.measures_files import measures_files
from coprod_desktop.services.export.pdf_report import ReportFontMissing, pdf_bytes
from coprod_desktop.services.export.report import ExportReport, base_name, json_bytes, section_csv
from coprod_desktop.services.export.sources import Scope, ScopeKind, registered, source_for
from coprod_desktop.services.export.ward_voice_files import ward_voice_files
from coprod_desktop.services.share.bundle_decks import (
    SlideshowCandidate,
    data_paths_of,
    slideshow_candidates,
    slideshow_files,
)
from coprod_desktop.services.share.bundle_decks import consented as consented_slideshows
from coprod_desktop.services.share.symbol_images import SymbolImages
from coprod_desktop.services.staff_roles import ManagerAction, require_manager
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Person, Ward

log = logging.getLogger(__name__)

UNDATED_KINDS = frozenset({"person", "preferences"})
"""Kinds that are how things are now, so the report shows them without a date."""
SLIDESHOW_KIND = "topic"
"""Slideshows (PowerPoint and PDF handout) come with the prepared topics they show."""


class UnknownScope(LookupError):
    """The ward or person to export was not found (perhaps erased meanwhile)."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    """Items written, by kind (after consent)."""
    slideshows: int = 0
    """Slideshows written (each as a PowerPoint file and a PDF handout)."""
    minutes: int = 0
    """SAY group minutes written (each as a PDF and a CSV)."""
    council_packs: int = 0
    """Recovery council packs written (each as a PDF and a PowerPoint file)."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def day_range(start: date, end: date) -> tuple[datetime, datetime]:
    """From the start of `start` to the end of `end` (the last day included), in local time."""
    if end < start:
        raise ValueError("the end date is before the start date")
    first = datetime.combine(start, time()).astimezone()
    after = datetime.combine(end + timedelta(days=1), time()).astimezone()
    return first, after


def audience_for(scope: Scope, *, council: bool = False) -> Audience:
    """A person's export goes to their care team; a ward's to the ward team, or to the council."""
    if council:
        if scope.kind is not ScopeKind.WARD:
            raise ValueError("a council export covers a ward, never one named person")
        return Audience.for_council()
    if scope.kind is ScopeKind.PERSON:
        return Audience.for_person_care_team(scope.id)
    return Audience.for_ward_team(scope.id)


def _scope_name(session_factory: SessionFactory, scope: Scope) -> str:
    with session_factory() as session:
        row = session.get(Person if scope.kind is ScopeKind.PERSON else Ward, scope.id)
        if row is None:
            raise UnknownScope(f"{scope.kind.value} {scope.id}")
        return row.called if isinstance(row, Person) else row.name


def collect(
    session_factory: SessionFactory,
    scope: Scope,
    start: datetime,
    end: datetime,
    kinds: Sequence[str],
    cancel: threading.Event | None = None,
) -> dict[str, list[ExportItem]]:
    """Every item in scope by kind, before consent: only `write_export` may look at these."""
    wanted = set(kinds)
    for kind in wanted:
        source_for(kind)  # an unknown kind is a mistake, not an empty section
    sections: dict[str, list[ExportItem]] = {}
    for source in registered():
        if source.kind in wanted:
            sections[source.kind] = list(source.collect(session_factory, scope, start, end))
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
    return sections


def consented(
    sections: dict[str, list[ExportItem]], audience: Audience, scrub: Scrub | None = None
) -> dict[str, list[ExportItem]]:
    """Items as this audience may see them; nothing else is ever handed to a writer."""
    kept: dict[str, list[ExportItem]] = {}
    for kind, items in sections.items():
        kept[kind] = [shown for item in items if (shown := allowed(item, audience, scrub)) is not None]
    return kept


def name_scrubber(session_factory: SessionFactory) -> Scrub:
    """Takes every person's name on the store out of anonymous words."""
    with session_factory() as session:
        return NameScrubber(every_name(session)).scrub


def gated(
    session_factory: SessionFactory,
    raw_sections: dict[str, list[ExportItem]],
    audience: Audience,
    scope: Scope,
    start: date,
    end: date,
    language: str = "en",
) -> dict[str, list[ExportItem]]:
    """The consent gate, and for the council the disclosure rule on top (services.export.for_council)."""
    if audience.kind is AudienceKind.COUNCIL:
        return council_sections(session_factory, scope.id, *day_range(start, end), raw_sections, language)
    return consented(raw_sections, audience, name_scrubber(session_factory))


def bundle_files(report: ExportReport) -> list[BundleFile]:
    """The report, the JSON and one CSV per kind, all named from the generated base name."""
    name = base_name(report)
    files = [
        BundleFile(f"{name}.pdf", lambda tick: pdf_bytes(report, tick)),
        BundleFile(f"{name}.json", lambda tick: json_bytes(report, tick)),
    ]
    council = report.audience.kind is AudienceKind.COUNCIL
    for kind, items in report.sections.items():
        files.append(
            BundleFile(
                f"{name}-{kind}.csv", lambda tick, items=items: section_csv(items, tick, council=council)
            )
        )
    return files


def export(
    session_factory: SessionFactory,
    scope: Scope,
    start: date,
    end: date,
    kinds: Sequence[str],
    out_dir: Path,
    actor_id: uuid.UUID | None,
    *,
    zip_password: str | None = None,
    as_zip: bool = False,
    council: bool = False,
    language: str = "en",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    clock: Clock = system_clock,
    from_cli: bool = False,
    data_paths: DataPaths | None = None,
    symbol_images: SymbolImages | None = None,
) -> ExportResult:
    """Writes one export bundle and its audit entry. Raises BundleProblem, ExportCancelled,
    UnknownScope or ValueError (bad dates or kinds); in every case nothing is left looking complete.

    With prepared topics, the bundle also holds each slideshow whose owner shared it with the care
    team. `data_paths` is where their pictures are (default: the folder of a SQLite store file);
    `symbol_images` draws their symbols (default: none drawn, the words stay)."""
    if scope.kind is ScopeKind.WARD:
        # A whole ward's export needs a ward manager; None is the device's owner (the command line).
        require_manager(session_factory, clock, actor_id, ManagerAction.EXPORT_WARD, scope.id)
    audience = audience_for(scope, council=council)
    first, after = day_range(start, end)
    scope_name = _scope_name(session_factory, scope)
    raw = collect(session_factory, scope, first, after, kinds, cancel)
    slideshows: list[SlideshowCandidate] = []
    if SLIDESHOW_KIND in kinds and not council:
        slideshows = slideshow_candidates(session_factory, scope, first, after)
    return write_export(
        session_factory,
        raw,
        audience,
        scope,
        scope_name,
        start,
        end,
        out_dir,
        actor_id,
        zip_password=zip_password,
        as_zip=as_zip,
        language=language,
        progress=progress,
        cancel=cancel,
        clock=clock,
        from_cli=from_cli,
        slideshows=slideshows,
        data_paths=data_paths if data_paths is not None else data_paths_of(session_factory),
        symbol_images=symbol_images,
    )


def write_export(
    session_factory: SessionFactory,
    raw_sections: dict[str, list[ExportItem]],
    audience: Audience,
    scope: Scope,
    scope_name: str,
    start: date,
    end: date,
    out_dir: Path,
    actor_id: uuid.UUID | None,
    *,
    zip_password: str | None = None,
    as_zip: bool = False,
    language: str = "en",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    clock: Clock = system_clock,
    from_cli: bool = False,
    slideshows: Sequence[SlideshowCandidate] = (),
    data_paths: DataPaths | None = None,
    symbol_images: SymbolImages | None = None,
) -> ExportResult:
    """Consent, then the files, then the audit entry with the final rename."""
    report = ExportReport(
        generated_at=clock(),
        audience=audience,
        scope=scope,
        scope_name=scope_name,
        start=start,
        end=end,
        sections=gated(session_factory, raw_sections, audience, scope, start, end, language),
        language=language,
        undated=UNDATED_KINDS,
    )
    shown = consented_slideshows(slideshows, audience)
    ward_voice = ward_voice_files(session_factory, report, *day_range(start, end))
    measures = measures_files(session_factory, report, *day_range(start, end), symbol_images=symbol_images)
    files = (
        bundle_files(report)
        + ward_voice.files
        + measures.files
        + slideshow_files(
            session_factory,
            shown,
            base_name(report),
            report.generated_at.astimezone().date(),
            data_paths=data_paths,
            symbol_images=symbol_images,
            language=language,
        )
    )
    steps = Steps(3 * report.total() + len(files), progress, cancel)
    try:
        bundle = prepare_bundle(
            out_dir, base_name(report), files, steps, as_zip=as_zip, password=zip_password
        )
    except ReportFontMissing as error:
        raise BundleProblem(BundleProblemKind.FAILED, str(out_dir), str(error)) from error
    counts = report.counts()
    whose = whose_items(raw_sections, audience, shown)
    _publish_with_audit(
        session_factory,
        clock,
        bundle,
        actor_id,
        scope,
        audience,
        counts,
        len(shown),
        from_cli,
        steps,
        minutes=ward_voice.minutes,
        whose=whose,
    )
    if progress is not None:
        progress(steps.total, steps.total)
    return ExportResult(bundle.final, counts, len(shown), ward_voice.minutes, measures.council_packs)


def whose_items(
    raw_sections: dict[str, list[ExportItem]],
    audience: Audience,
    slideshows: Sequence[SlideshowCandidate] = (),
) -> dict[str, list[str]]:
    """Whose things went out, by id only, so a person can later hear who had a copy of them:
    "person_ids" went with the owner's name, "unnamed_person_ids" went without it."""
    named: set[str] = {str(candidate.item.owner_id) for candidate in slideshows if candidate.item.owner_id}
    unnamed: set[str] = set()
    for items in raw_sections.values():
        for item in items:
            shown = allowed(item, audience) if item.owner_id is not None else None
            if shown is not None:
                (named if shown.owner_id is not None else unnamed).add(str(item.owner_id))
    return {"person_ids": sorted(named), "unnamed_person_ids": sorted(unnamed - named)}


def _publish_with_audit(
    session_factory: SessionFactory,
    clock: Clock,
    bundle: PreparedBundle,
    actor_id: uuid.UUID | None,
    scope: Scope,
    audience: Audience,
    counts: dict[str, int],
    slideshows: int,
    from_cli: bool,
    steps: Steps,
    *,
    minutes: int = 0,
    whose: dict[str, list[str]] | None = None,
) -> None:
    detail: dict[str, object] = {
        "audience": audience.kind.value,
        "scope": scope.kind.value,
        "scope_id": str(scope.id),
        "kinds": counts,
        "zip": bundle.final.suffix == ".zip",
        "password": bundle.encrypted,
    }
    if slideshows:
        detail["slideshows"] = slideshows
    if minutes:
        detail["say_group_minutes"] = minutes
    if from_cli:
        detail["cli"] = True
    detail.update(whose or {})
    try:
        steps.check()  # the last moment Cancel can still stop it
        with session_factory.begin() as session:
            add_event(session, clock, "export_made", actor_id=actor_id, subject_id=scope.id, detail=detail)
            session.flush()
            bundle.publish()
    except BaseException:
        bundle.discard()
        raise
