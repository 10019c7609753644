"""The person's own phrases for the "help me say it" board, added by them or by staff with them.

Using a phrase is speech, not a record, so nothing about its use is logged.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import SavedPhrase

PHRASE_MAX = 300


@dataclass(frozen=True)
class Phrase:
    id: uuid.UUID
    words: str
    symbol_id: str | None
    recording_file: str | None


def _phrase(row: SavedPhrase) -> Phrase:
    return Phrase(row.id, row.words, row.symbol_id, row.recording_file)


class PhraseService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def add(self, person_id: uuid.UUID, words: str, symbol_id: str | None = None) -> Phrase:
        with self._sessions.begin() as session:
            last = session.scalar(
                select(func.max(SavedPhrase.position)).where(SavedPhrase.person_id == person_id)
            )
            row = SavedPhrase(
                person_id=person_id,
                position=(last if last is not None else -1) + 1,
                words=clean_text(words, limit=PHRASE_MAX),
                symbol_id=symbol_id,
            )
            session.add(row)
            session.flush()
            return _phrase(row)

    def for_person(self, person_id: uuid.UUID) -> list[Phrase]:
        query = select(SavedPhrase).where(SavedPhrase.person_id == person_id).order_by(SavedPhrase.position)
        with self._sessions() as session:
            return [_phrase(row) for row in session.scalars(query)]

    def set_recording(self, phrase_id: uuid.UUID, file_name: str | None) -> Phrase:
        with self._sessions.begin() as session:
            row = session.get(SavedPhrase, phrase_id)
            if row is None:
                raise LookupError("no such phrase")
            row.recording_file = file_name
            return _phrase(row)

    def remove(self, phrase_id: uuid.UUID) -> None:
        with self._sessions.begin() as session:
            row = session.get(SavedPhrase, phrase_id)
            if row is not None:
                session.delete(row)
