"""A line that tells the person something happened (a wrong PIN, a picture too big, "Saved"): plain
words, never markup, and an alert to a screen reader, so it is heard the moment it shows and not
only if the person happens to move onto it.

On the accessibility bus the line has the alert role (Orca reads an alert as it appears), and each
new message is also sent as an assertive announcement (read out at once by screen readers that
take announcements).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QShowEvent
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget


class MessageLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setProperty("role", "message")

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed and self.isVisible():
            self._announce()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._announce()

    def _announce(self) -> None:
        if not self.text() or not QAccessible.isActive():
            return
        event = QAccessibleAnnouncementEvent(self, self.text())
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
        QAccessible.updateAccessibility(event)


class MessageAccessible(QAccessibleWidget):
    """The message line as an alert, named by its words."""

    def __init__(self, line: QWidget) -> None:
        super().__init__(line, QAccessible.Role.AlertMessage)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or widget.text()
        return super().text(kind)
