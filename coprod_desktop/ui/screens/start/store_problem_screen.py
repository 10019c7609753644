"""For staff, when the store cannot be opened safely: what happened and what to do.

Shown instead of the app; the store file has not been changed, moved or deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from coprod_desktop.store.problems import ProblemKind, StoreProblem
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import Screen, title_label


class StoreProblemScreen(Screen):
    quit_requested = Signal()

    def __init__(self, problem: StoreProblem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem = problem
        self._for_staff = title_label(self, role="muted")
        self._headline = title_label(self)
        self._what = plain_label(self)
        self._todo = plain_label(self)
        self._where = plain_label(self)
        self._where.setProperty("role", "muted")
        self._where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.setMinimumSize(260, 96)
        self.close_button.clicked.connect(self.quit_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 48, 64, 48)
        layout.setSpacing(24)
        for widget in (self._for_staff, self._headline, self._what, self._todo, self._where):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate()

    @property
    def problem(self) -> StoreProblem:
        return self._problem

    def title(self) -> str:
        return self._headline.text()

    def retranslate(self) -> None:
        headline, what, todo = self._words(self._problem.kind)
        self._for_staff.setText(self.tr("For staff"))
        self._headline.setText(headline)
        self._what.setText(what)
        self._todo.setText(todo)
        self._where.setText(self.tr("Where: {place}").format(place=self._problem.location))
        if self._problem.detail:
            self._where.setText(
                self._where.text() + "\n" + self.tr("Details: {detail}").format(detail=self._problem.detail)
            )
        self.close_button.setText(self.tr("Close My Say"))

    def _words(self, kind: ProblemKind) -> tuple[str, str, str]:
        nothing_changed = self.tr("Nothing has been changed, moved or deleted.")
        if kind is ProblemKind.NOT_WRITABLE:
            return (
                self.tr("My Say cannot save its work here"),
                self.tr("The data folder cannot be written to. {unchanged}").format(
                    unchanged=nothing_changed
                ),
                self.tr(
                    "Ask IT to let this user account write to the folder, "
                    "or start My Say with --data-dir and a folder it can write to."
                ),
            )
        if kind is ProblemKind.LOCKED:
            return (
                self.tr("My Say is already open"),
                self.tr("Another copy of My Say, or another program, is using the store."),
                self.tr(
                    "Close the other copy and start My Say again. If none is open, restart the computer."
                ),
            )
        if kind is ProblemKind.TOO_NEW:
            return (
                self.tr("This store is from a newer My Say"),
                self.tr("A newer version of My Say made this store. {unchanged}").format(
                    unchanged=nothing_changed
                ),
                self.tr("Install the newer version of My Say on this computer."),
            )
        if kind is ProblemKind.MIGRATION_FAILED:
            return (
                self.tr("My Say could not update its store"),
                self.tr("The update stopped before it changed anything. A backup was kept if one was made."),
                self.tr("Do not delete any files. Ask IT for help and give them the details below."),
            )
        if kind is ProblemKind.UNREACHABLE:
            return (
                self.tr("My Say cannot reach its database"),
                self.tr("The database server did not answer. {unchanged}").format(unchanged=nothing_changed),
                self.tr("Check the network and the server, then start My Say again."),
            )
        return (
            self.tr("The My Say store is damaged"),
            self.tr("The store file is damaged or is not a My Say store. {unchanged}").format(
                unchanged=nothing_changed
            ),
            self.tr(
                "Do not delete it. Ask IT to restore the last good backup from the backups folder "
                "beside it, or start My Say with --data-dir and another folder."
            ),
        )
