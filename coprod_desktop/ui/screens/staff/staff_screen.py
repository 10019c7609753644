"""What every staff screen shares: who is signed in, and form fields that save as you type.

Staff screens sit behind a PIN. They keep the large type and big targets of patient screens, and
they save every change at once, so signing out when idle never loses anything typed.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.screens.screen import Screen


class StaffScreen(Screen):
    """Base for screens in the staff area. Subclasses take exactly (context, staff, parent=None)."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.staff = staff

    def ward_id(self) -> uuid.UUID | None:
        """The ward this device serves, else the signed-in staff member's ward."""
        return self.context.services.device.ward_id() or self.staff.ward_id


def message_label(parent: QWidget | None = None) -> QLabel:
    """A line for results and problems in plain words (never markup), read out as an alert."""
    return MessageLine(parent)
