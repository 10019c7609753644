"""Drafts: what a person has started but not yet sent, saved as it is typed or chosen.

"Nothing lost": a thank-you half made, an idea half typed or a phrase half written is on screen, so
closing the app must not lose it. Each place in the app keeps one draft per person under a fixed key;
sending or cancelling clears it. Drafts hold plain values only (text, ids as text, lists of them).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping

from sqlalchemy import delete, select

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import Draft

DRAFT_MAX_BYTES = 100_000
"""A draft is a few choices and some words; anything bigger is not a draft and is refused."""

DraftData = Mapping[str, object]


class DraftTooBig(ValueError):
    pass


class DraftService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def get(self, person_id: uuid.UUID, key: str) -> dict[str, object] | None:
        query = select(Draft.data).where(Draft.person_id == person_id, Draft.key == key)
        with self._sessions() as session:
            data = session.scalar(query)
        return dict(data) if data else None

    def save(self, person_id: uuid.UUID, key: str, data: DraftData) -> None:
        """Replaces the draft (an empty one is removed). Values must be plain JSON."""
        if not data:
            self.clear(person_id, key)
            return
        size = len(json.dumps(dict(data), ensure_ascii=False).encode())  # also checks it is plain JSON
        if size > DRAFT_MAX_BYTES:
            raise DraftTooBig(key)
        with self._sessions.begin() as session:
            row = session.scalars(select(Draft).where(Draft.person_id == person_id, Draft.key == key)).first()
            if row is None:
                session.add(Draft(person_id=person_id, key=key, data=dict(data)))
            else:
                row.data = dict(data)
                row.updated_at = self._clock()

    def clear(self, person_id: uuid.UUID, key: str) -> None:
        with self._sessions.begin() as session:
            session.execute(delete(Draft).where(Draft.person_id == person_id, Draft.key == key))
