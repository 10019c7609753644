"""How a You said, we did status is shown and said: a symbol with its own shape and plain words, so
the status never rests on colour alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coprod_desktop.store.kinds import ActionStatus

STATUS_SYMBOLS = {
    ActionStatus.RED: "status-red",
    ActionStatus.AMBER: "status-amber",
    ActionStatus.GREEN: "status-green",
}


def status_words(status: ActionStatus) -> str:
    if status is ActionStatus.GREEN:
        return QCoreApplication.translate("ActionWords", "Done")
    if status is ActionStatus.RED:
        return QCoreApplication.translate("ActionWords", "We can't do this")
    return QCoreApplication.translate("ActionWords", "We are working on it")
