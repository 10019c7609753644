"""Buttons that open a window of the computer's own (a file or folder chooser) are marked, so
tools that press every button (tests, tours) leave them alone: such a window waits outside My Say
until someone closes it."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

OPENS_SYSTEM_WINDOW = "opens_system_window"


def opens_system_window(button: QAbstractButton) -> QAbstractButton:
    button.setProperty(OPENS_SYSTEM_WINDOW, True)
    return button
