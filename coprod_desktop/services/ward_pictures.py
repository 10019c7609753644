"""The ward's own picture library: photos staff checked (our safe import: re-encoded, no metadata,
size-capped) with a word and a group, which patients choose as symbols anywhere a symbol can go.

Ids are "picture:<uuid>", so a library picture is stored in a topic, a phrase or a sentence like any
symbol. Removing one deletes our copy; where it was used, the app shows its stand-in and the words.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.pictures import import_picture, remove_picture
from coprod_desktop.services.text import clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Ward, WardPicture

ID_PREFIX = "picture:"
GROUPS = ("places", "people", "things", "activities", "food", "care", "ward")
"""The picker groups a library picture can go in (the same names as the symbol catalogue's)."""
WORD_MAX = 120


class WardPictureProblem(ValueError):
    """Plain words for staff: the picture or its word cannot be used."""


@dataclass(frozen=True)
class WardPictureRecord:
    id: uuid.UUID
    ward_id: uuid.UUID
    file_name: str
    word: str
    group: str

    @property
    def symbol_id(self) -> str:
        return f"{ID_PREFIX}{self.id}"


def _record(row: WardPicture) -> WardPictureRecord:
    return WardPictureRecord(row.id, row.ward_id, row.file_name, row.word, row.group)


def picture_uuid(symbol_id: str) -> uuid.UUID | None:
    if not symbol_id.startswith(ID_PREFIX):
        return None
    try:
        return uuid.UUID(symbol_id[len(ID_PREFIX) :])
    except ValueError:
        return None


class WardPictureService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def add(
        self, ward_id: uuid.UUID, source: Path, word: str, group: str, pictures_dir: Path, *, by_id: uuid.UUID
    ) -> WardPictureRecord:
        """Checks and re-encodes the photo (PictureProblem if it cannot be used), then adds it."""
        word = self._word(word)
        group = self._group(group)
        file_name = import_picture(source, pictures_dir)
        try:
            with self._sessions.begin() as session:
                if session.get(Ward, ward_id) is None:
                    raise WardPictureProblem("This ward is no longer here.")
                row = WardPicture(
                    ward_id=ward_id, file_name=file_name, word=word, group=group, added_by_id=by_id
                )
                session.add(row)
                session.flush()
                add_event(session, self._clock, "ward_picture_added", actor_id=by_id, subject_id=row.id)
                return _record(row)
        except Exception:
            remove_picture(file_name, pictures_dir)  # nothing half-added is left behind
            raise

    def on_ward(self, ward_id: uuid.UUID) -> list[WardPictureRecord]:
        query = select(WardPicture).where(WardPicture.ward_id == ward_id).order_by(WardPicture.word)
        with self._sessions() as session:
            return [_record(row) for row in session.scalars(query)]

    def change(self, picture_id: uuid.UUID, word: str, group: str, *, by_id: uuid.UUID) -> WardPictureRecord:
        word, group = self._word(word), self._group(group)
        with self._sessions.begin() as session:
            row = session.get(WardPicture, picture_id)
            if row is None:
                raise WardPictureProblem("This picture is no longer here.")
            row.word, row.group = word, group
            add_event(session, self._clock, "ward_picture_changed", actor_id=by_id, subject_id=row.id)
            return _record(row)

    def remove(self, picture_id: uuid.UUID, pictures_dir: Path, *, by_id: uuid.UUID) -> None:
        with self._sessions.begin() as session:
            row = session.get(WardPicture, picture_id)
            if row is None:
                return
            file_name = row.file_name
            session.delete(row)
            add_event(session, self._clock, "ward_picture_removed", actor_id=by_id, subject_id=picture_id)
        remove_picture(file_name, pictures_dir)

    @staticmethod
    def _word(word: str) -> str:
        try:
            return clean_name(word, limit=WORD_MAX)
        except ValueError as error:
            raise WardPictureProblem("Give the picture a word first.") from error

    @staticmethod
    def _group(group: str) -> str:
        if group not in GROUPS:
            raise WardPictureProblem(f"Unknown group {group!r}.")
        return group
