"""Whether the chosen person's private things may show on this shared screen right now.

Private to a person: what was agreed at their meeting, staff notes, their own words, their worries
and the thank-yous sent to them. They show only after the person has confirmed who they are: with
their picture password where they have one, otherwise by pressing Show. Ending the session (time
out, "This is not me", the next person) closes the gate again, so nobody inherits it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal


class PrivacyGate(QObject):
    changed = Signal()
    open_requested = Signal()
    """A Show button was pressed: the main window checks the picture password, if any, then opens."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._person_id: uuid.UUID | None = None
        self._open = False

    def start(self, person_id: uuid.UUID, open_now: bool) -> None:
        """A new person's session: open only if they have just proved who they are."""
        self._person_id = person_id
        self._open = open_now
        self.changed.emit()

    def close(self) -> None:
        self._person_id = None
        self._open = False
        self.changed.emit()

    def open(self, person_id: uuid.UUID) -> None:
        if person_id != self._person_id:
            return
        self._open = True
        self.changed.emit()

    def is_open(self, person_id: uuid.UUID) -> bool:
        return self._open and self._person_id == person_id

    def request_open(self) -> None:
        self.open_requested.emit()
