"""Screens as named panes for screen readers. A plain widget reaches the accessibility bus as an
unnamed "filler", which Orca passes over in silence: on a new screen a blind person heard only the
first button ("Food, push button") and not where they were. As a named pane, the screen's title is
said as focus enters it ("Have my say panel. Food push button"), as a sighted person reads the
heading first."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from coprod_desktop.ui.kit.accessible_factory import install_once
from coprod_desktop.ui.screens.screen import Screen


def name_screens_for_readers() -> None:
    """Installs the factory before the first screen is made, once for the application."""
    install_once("mySayScreensNamed", _screen_interface)


def _screen_interface(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, Screen):
        return QAccessibleWidget(obj, QAccessible.Role.Pane)
    return None
