"""Slideshows in the staff export: a PowerPoint file and a PDF handout per preparation, as the owner chose.

A slideshow carries the person's name and their words, so it goes only where their care team may see
it: the same consent gate as every export item (services.consent.allowed), and only when their latest
choice is "my care team". Anonymous (council) sharing never takes a slideshow, since one cannot be
made without naming them. A preparation is in a period when any of its topics changed in it.

File names inside the bundle carry a code for the person (a short hash of their id), the meeting kind
and day: never a name.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.consent import Audience, ExportItem, allowed
from coprod_desktop.services.export.bundle import BundleFile
from coprod_desktop.services.export.report import scope_code
from coprod_desktop.services.export.sources import Scope, people_in_scope
from coprod_desktop.services.share.share_service import ShareFormat, render
from coprod_desktop.services.share.slides import Deck, build_deck
from coprod_desktop.services.share.symbol_images import NoSymbolImages, SymbolImages
from coprod_desktop.services.share.words import DeckWords
from coprod_desktop.store.engine import SessionFactory, sqlite_path_of
from coprod_desktop.store.kinds import Sharing, TopicState
from coprod_desktop.store.models import Meeting, Preparation, TakingPartChoice
from coprod_desktop.symbols.catalogue import SymbolCatalogue

KIND = "slideshow"


@dataclass(frozen=True)
class SlideshowCandidate:
    """A preparation that may go in the bundle, with what the consent gate needs to decide."""

    preparation_id: uuid.UUID
    item: ExportItem
    stem: str
    """'person-1a2b3c4d-cpa-2026-12-01': no name in it."""


def slideshow_candidates(
    session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
) -> list[SlideshowCandidate]:
    """Preparations in scope with a finished topic and a change in the period, before consent."""
    found: list[SlideshowCandidate] = []
    with session_factory() as session:
        people = {person.id: person for person in people_in_scope(session, scope)}
        preparations = session.scalars(
            select(Preparation)
            .where(Preparation.person_id.in_(list(people)))
            .order_by(Preparation.person_id, Preparation.created_at)
        ).all()
        for preparation in preparations:
            topics = [t for t in preparation.topics if t.removed_at is None]
            if not any(t.state is TopicState.DONE for t in topics):
                continue
            if not any(start <= t.updated_at < end for t in topics):
                continue
            person = people[preparation.person_id]
            latest = session.scalars(
                select(TakingPartChoice)
                .where(TakingPartChoice.preparation_id == preparation.id)
                .order_by(TakingPartChoice.decided_at.desc(), TakingPartChoice.created_at.desc())
            ).first()
            meeting = session.get(Meeting, preparation.meeting_id) if preparation.meeting_id else None
            kind = meeting.kind.value.replace("_", "-") if meeting else "next-meeting"
            day = f"-{meeting.starts_at.astimezone().date().isoformat()}" if meeting else ""
            found.append(
                SlideshowCandidate(
                    preparation.id,
                    ExportItem(
                        kind=KIND,
                        owner_id=person.id,
                        owner_name=person.called,
                        ward_id=person.ward_id,
                        at=max(t.updated_at for t in topics),
                        sharing=latest.sharing if latest is not None else Sharing.JUST_ME,
                    ),
                    f"{scope_code(Scope.person(person.id))}-{kind}{day}",
                )
            )
    return found


def consented(candidates: Sequence[SlideshowCandidate], audience: Audience) -> list[SlideshowCandidate]:
    """Only slideshows the owner shared with their care team, and only for that care team."""
    return [
        candidate
        for candidate in candidates
        if candidate.item.sharing is Sharing.CARE_TEAM and allowed(candidate.item, audience) is not None
    ]


def data_paths_of(session_factory: SessionFactory) -> DataPaths | None:
    """The data folder around a SQLite store file, where the pictures are; None for other stores."""
    bind = session_factory.kw.get("bind")
    url = getattr(bind, "url", None)
    path = sqlite_path_of(str(url)) if url is not None else None
    if path is None:
        return None
    paths = DataPaths(path.parent)
    return paths if paths.store_file.name == path.name else None


def slideshow_files(
    session_factory: SessionFactory,
    candidates: Sequence[SlideshowCandidate],
    base: str,
    made: date,
    *,
    data_paths: DataPaths | None,
    symbol_images: SymbolImages | None,
    language: str = "en",
) -> list[BundleFile]:
    """Two files per slideshow (PowerPoint and PDF handout), made only when the bundle writes them."""
    images = symbol_images or NoSymbolImages()
    decks: dict[uuid.UUID, Deck] = {}
    catalogue: list[SymbolCatalogue] = []

    def deck(preparation_id: uuid.UUID) -> Deck:
        if preparation_id not in decks:
            if not catalogue:
                catalogue.append(SymbolCatalogue.load())
            with session_factory() as session:
                decks[preparation_id] = build_deck(
                    session,
                    preparation_id,
                    data_paths.pictures if data_paths is not None else None,
                    DeckWords(language)("for.care_team"),
                    language=language,
                    label=catalogue[0].label,
                )
        return decks[preparation_id]

    def maker(preparation_id: uuid.UUID, fmt: ShareFormat) -> Callable[[Callable[[], None]], bytes]:
        return lambda _tick: render(deck(preparation_id), fmt, images, made)[0]

    files: list[BundleFile] = []
    used: set[str] = set()
    for candidate in candidates:
        stem, number = f"{base}-slides-{candidate.stem}", 2
        while stem in used:
            stem, number = f"{base}-slides-{candidate.stem}-{number}", number + 1
        used.add(stem)
        for fmt in ShareFormat:
            files.append(BundleFile(f"{stem}.{fmt.value}", maker(candidate.preparation_id, fmt)))
    return files
