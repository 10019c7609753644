"""Making a copy of a person's slideshow for someone they said may have one.

"My mam can have a copy of my presentation if I say it's ok": who may have a copy comes only from
the person's latest "How I want to take part" choice. Just me (or no choice yet) means nobody; sharing
with the care team means the care team; each family member they named may have their own copy. Any
other request is refused before anything is made.

Each copy is written whole or not at all (a hidden partial file, flushed, then renamed), its name
names only this person, and the rename happens inside the transaction that records the share in the
audit log, so no copy exists that the log does not know about. The log says who made it, for whom,
in which format and how many slides; never the person's words.
"""

from __future__ import annotations

import enum
import errno
import logging
import os
import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.export.pdf_report import ReportFontMissing
from coprod_desktop.services.share.slides import Deck, DeckMissing, build_deck
from coprod_desktop.services.share.symbol_images import SymbolImages
from coprod_desktop.services.share.words import LANGUAGES, DeckWords
from coprod_desktop.services.taking_part import TakingPartService
from coprod_desktop.store.durable import fsync_folder
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Sharing
from coprod_desktop.store.models import CommunicationPreferences, Person, Preparation
from coprod_desktop.symbols.catalogue import SymbolCatalogue

log = logging.getLogger(__name__)

NAME_PART_LIMIT = 40
PARTIAL = ".partial"


class ShareFormat(enum.StrEnum):
    PPTX = "pptx"
    """PowerPoint slides, to show at the meeting or open in any slideshow program."""
    PDF = "pdf"
    """A handout to print or read."""


class AudienceKind(enum.StrEnum):
    CARE_TEAM = "care_team"
    FAMILY = "family"


@dataclass(frozen=True)
class ShareAudience:
    """Who a copy is for: the person's care team, or one family member they named."""

    kind: AudienceKind
    family_name: str | None = None

    @classmethod
    def care_team(cls) -> ShareAudience:
        return cls(AudienceKind.CARE_TEAM)

    @classmethod
    def family(cls, name: str) -> ShareAudience:
        return cls(AudienceKind.FAMILY, name)


class ShareRefused(Exception):
    """The person has not allowed this copy (or there is nothing to share). The message is for staff;
    nothing was written."""


class ShareProblemKind(enum.StrEnum):
    NOT_WRITABLE = "not_writable"
    DISK_FULL = "disk_full"
    FAILED = "failed"


@dataclass(eq=False)  # not frozen: Python sets __traceback__ on exceptions
class ShareProblem(Exception):
    """The copy could not be saved; no part of it was left behind."""

    kind: ShareProblemKind
    place: str
    detail: str = ""

    def __str__(self) -> str:
        return self.message()

    def message(self) -> str:
        if self.kind is ShareProblemKind.DISK_FULL:
            return (
                f"The disk holding {self.place} is full. The copy was not saved. "
                "Free some space and try again."
            )
        if self.kind is ShareProblemKind.NOT_WRITABLE:
            return (
                f"The copy could not be saved: My Say is not allowed to save files in {self.place}. "
                "Please tell the ward's IT contact."
            )
        return f"The copy could not be saved in {self.place}. Nothing was kept. Details: {self.detail}"


def _problem(error: OSError, place: Path) -> ShareProblem:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ShareProblem(ShareProblemKind.DISK_FULL, str(place), str(error))
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST):
        return ShareProblem(ShareProblemKind.NOT_WRITABLE, str(place), str(error))
    return ShareProblem(ShareProblemKind.FAILED, str(place), str(error))


def file_part(text: str, fallback: str) -> str:
    """Letters and digits of any script, joined by "-": safe on every file system and in a zip."""
    letters = unicodedata.normalize("NFC", text)
    cleaned = re.sub(r"-+", "-", "".join(ch if ch.isalnum() else "-" for ch in letters)).strip("-")
    return cleaned[:NAME_PART_LIMIT].strip("-") or fallback


def file_stem(deck: Deck, audience: ShareAudience, made: date) -> str:
    """'Sam-cpa-2026-12-01-care-team': the person, the meeting, its day and who the copy is for."""
    kind = deck.meeting_kind.value.replace("_", "-") if deck.meeting_kind else "next-meeting"
    day = (deck.meeting_day or made).isoformat()
    for_whom = (
        "care-team"
        if audience.kind is AudienceKind.CARE_TEAM
        else f"family-{file_part(audience.family_name or '', 'member')}"
    )
    return f"{file_part(deck.person, 'person')}-{kind}-{day}-{for_whom}"


def audiences_for(sharing: Sharing, family_names: tuple[str, ...]) -> tuple[ShareAudience, ...]:
    """Who may have a copy under one choice. A council-only choice shares without names, and a
    slideshow carries the person's name, so it lets only the named family members have one."""
    if sharing is Sharing.JUST_ME:
        return ()
    family = tuple(ShareAudience.family(name) for name in family_names)
    if sharing is Sharing.CARE_TEAM:
        return (ShareAudience.care_team(), *family)
    return family


class ShareService:
    def __init__(
        self,
        session_factory: SessionFactory,
        paths: DataPaths,
        symbol_images: SymbolImages,
        clock: Clock = system_clock,
        catalogue: SymbolCatalogue | None = None,
    ) -> None:
        self._sessions = session_factory
        self._paths = paths
        self._images = symbol_images
        self._clock = clock
        self._catalogue = catalogue

    def allowed_audiences(self, preparation_id: uuid.UUID) -> tuple[ShareAudience, ...]:
        """Who the person lets have a copy now, in the order to offer them; empty means nobody."""
        choice = TakingPartService(self._sessions, self._clock).current(preparation_id)
        if choice is None:
            return ()
        return audiences_for(choice.sharing, choice.family_names)

    def share(
        self,
        preparation_id: uuid.UUID,
        audience: ShareAudience,
        fmt: ShareFormat,
        actor_id: uuid.UUID | None = None,
        *,
        language: str | None = None,
    ) -> Path:
        """Writes one copy under DataPaths.shares and records it; returns the file's path.

        Raises ShareRefused when the person has not allowed it (or there is nothing finished to
        share), ShareProblem when the file cannot be saved. `language` defaults to the person's own."""
        if audience not in self.allowed_audiences(preparation_id):
            raise ShareRefused(self._refusal(preparation_id, audience))
        deck = self._deck(preparation_id, audience, language)
        if not deck.topics:
            raise ShareRefused(
                f"{deck.person} has not finished any topics yet, so there is nothing to share. "
                "Nothing was saved."
            )
        made = self._clock().astimezone().date()
        data, pages = self._render(deck, fmt, made)
        folder = self._paths.shares
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise _problem(error, folder) from error
        final = _free_name(folder, file_stem(deck, audience, made), f".{fmt.value}")
        partial = folder / f".{uuid.uuid4().hex}{PARTIAL}"
        detail: dict[str, object] = {
            "audience": audience.kind.value,
            "format": fmt.value,
            "slides": deck.slide_count,
            "pages": pages,
            "preparation_id": str(preparation_id),
        }
        if audience.family_name:
            detail["family_name"] = audience.family_name
        try:
            _write_new(partial, data)
            with self._sessions.begin() as session:
                add_event(
                    session,
                    self._clock,
                    "share_made",
                    actor_id=actor_id,
                    subject_id=deck.person_id,
                    detail=detail,
                )
                session.flush()
                os.rename(partial, final)
        except OSError as error:
            _remove(partial)
            raise _problem(error, folder) from error
        except BaseException:
            _remove(partial)
            if final.exists():
                _remove(final)  # renamed, but the audit entry did not commit: no copy without its record
            raise
        try:
            fsync_folder(folder)
        except OSError as error:  # the copy is whole and recorded; only the folder's own sync failed
            log.warning("could not sync the shares folder %s: %s", folder, error)
        return final

    def _refusal(self, preparation_id: uuid.UUID, audience: ShareAudience) -> str:
        with self._sessions() as session:
            preparation = session.get(Preparation, preparation_id)
            person = session.get(Person, preparation.person_id) if preparation is not None else None
            if person is None:
                return "These slides are no longer here. Nothing was saved."
            name = person.called
        if audience.kind is AudienceKind.CARE_TEAM:
            return f"{name} has not said the care team may have a copy of these slides. Ask {name} first."
        return (
            f"{name} has not said {audience.family_name} may have a copy of these slides. Ask {name} first."
        )

    def _deck(self, preparation_id: uuid.UUID, audience: ShareAudience, language: str | None) -> Deck:
        catalogue = self._catalogue or SymbolCatalogue.load()
        with self._sessions() as session:
            preparation = session.get(Preparation, preparation_id)
            if preparation is None:
                raise ShareRefused("These slides are no longer here. Nothing was saved.")
            language = language or self._language(session, preparation.person_id)
            words = DeckWords(language)
            if audience.kind is AudienceKind.CARE_TEAM:
                for_whom = words("for.care_team")
            else:
                for_whom = words("for.family", name=audience.family_name)
            try:
                return build_deck(
                    session,
                    preparation_id,
                    self._paths.pictures,
                    for_whom,
                    language=language,
                    label=catalogue.label,
                    staff_notes=audience.kind is AudienceKind.CARE_TEAM,
                )
            except DeckMissing:
                raise ShareRefused("These slides are no longer here. Nothing was saved.") from None

    @staticmethod
    def _language(session: Session, person_id: uuid.UUID) -> str:
        """The person's own language, else English (the ward's is the screen's to pass in)."""
        chosen = session.scalar(
            select(CommunicationPreferences.language).where(CommunicationPreferences.person_id == person_id)
        )
        return chosen if chosen in LANGUAGES else "en"

    def _render(self, deck: Deck, fmt: ShareFormat, made: date) -> tuple[bytes, int]:
        try:
            return render(deck, fmt, self._images, made)
        except ReportFontMissing as error:
            raise ShareProblem(ShareProblemKind.FAILED, str(self._paths.shares), str(error)) from error


def render(deck: Deck, fmt: ShareFormat, images: SymbolImages, made: date) -> tuple[bytes, int]:
    """The file's bytes and its slide or page count. python-pptx loads here, on first use only."""
    if fmt is ShareFormat.PPTX:
        from coprod_desktop.services.share.pptx_deck import pptx_bytes

        return pptx_bytes(deck, images)
    from coprod_desktop.services.share.pdf_handout import pdf_bytes

    return pdf_bytes(deck, images, made)


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """The first of stem, stem-2, stem-3 … not already there: an earlier copy is never overwritten."""
    number = 1
    while True:
        path = folder / f"{stem if number == 1 else f'{stem}-{number}'}{suffix}"
        if not path.exists():
            return path
        number += 1


def _write_new(path: Path, data: bytes) -> None:
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.error("could not remove the unfinished copy %s: %s", path, error)
