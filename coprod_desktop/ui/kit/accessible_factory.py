"""Installing an accessibility factory once per application. Qt keeps every factory it is given and
asks each in turn, so a second install of the same one would only repeat the work; whether it is in
is kept on the application itself, not in a module global."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface

Factory = Callable[[str, QObject], QAccessibleInterface | None]


def install_once(key: str, factory: Factory) -> None:
    """Installs `factory` unless the application already has the one known by `key`."""
    app = QCoreApplication.instance()
    if app is None or app.property(key):
        return
    QAccessible.installFactory(factory)
    app.setProperty(key, True)
