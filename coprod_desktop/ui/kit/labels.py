"""The one way words go on a screen as a label: shown exactly as typed (never as markup, so a name
like "<b>Sam</b>" is just letters), wrapped rather than cut, and styled by its role in theme.py
("title", "subtitle", "body", "muted")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(parent: QWidget | None = None, role: str | None = None, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label


def title_label(parent: QWidget | None = None, role: str = "title") -> QLabel:
    """A heading (or any label with a role): the same helper with a role to style it."""
    return plain_label(parent, role)
