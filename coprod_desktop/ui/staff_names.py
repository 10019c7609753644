"""Staff names for "Jo wrote down what Sam said": looked up once per screen, as a screen may name the
same member of staff on every card, and a name no longer in the store is simply left out."""

from __future__ import annotations

import uuid
from typing import Protocol

from coprod_desktop.services.records import PersonInfo


class _People(Protocol):
    def get(self, person_id: uuid.UUID) -> PersonInfo | None: ...


class StaffNames:
    def __init__(self, people: _People) -> None:
        self._people = people
        self._names: dict[uuid.UUID, str] = {}

    def __call__(self, staff_id: uuid.UUID | None) -> str | None:
        if staff_id is None:
            return None
        if staff_id not in self._names:
            person = self._people.get(staff_id)
            self._names[staff_id] = person.called if person else ""
        return self._names[staff_id] or None
