"""How a You said, we did status is shown and said: a symbol with its own shape and plain words, so
the status never rests on colour alone; and what the person said, in their words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.services.say_groups import DEFAULT_AGENDA
from coprod_desktop.store.kinds import ActionSource, ActionStatus

AGENDA_TITLES = frozenset(title for title, _symbol in DEFAULT_AGENDA)

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


def said_words(action: ActionRecord) -> str:
    """What the person said, as written. A view with only a face becomes an action named by its SAY
    group topic: a default topic's title is the app's words, not theirs, so it shows in the reader's
    language ("Bwyd" for "Food")."""
    if action.source is ActionSource.SAY_GROUP and action.you_said in AGENDA_TITLES:
        return QCoreApplication.translate("SayGroupTopics", action.you_said)
    return action.you_said
