"""Going back to a backup: a two-step Yes/No, work off the UI thread, the start-up offer for a damaged store.

RestoreOfferPanel sits on the store-problem screen. It finds the newest backup that passes its check and
offers it; the damaged store is moved aside (never deleted), and the backup put in its place.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.store.backup import BackupFailed, BackupFile, DamagedStoreRestore, last_good_backup
from coprod_desktop.store.backup import restore_damaged_store as put_backup_in_place
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.kit.labels import plain_label

log = logging.getLogger(__name__)

ANSWER_SIZE = (220, 96)
"""Yes and No are big: well past the 88 px minimum, and far apart."""


def local_time_words(when: datetime, locale: QLocale) -> str:
    """A UTC time as staff read it: local time, day and month in words, in the interface language."""
    local = when.astimezone()
    moment = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return locale.toString(moment, "dddd d MMMM yyyy, HH:mm")


@dataclass(frozen=True)
class ConfirmWords:
    question: str
    explanation: str
    sure_question: str
    sure_explanation: str


class TwoStepConfirm(QFrame):
    """Asks twice, with big Yes and No. No (or Escape) at either step stops and changes nothing.
    Focus starts on No, so a stray Enter is the safe answer."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._words: Callable[[], ConfirmWords] | None = None
        self._step = 0
        self.question = plain_label(self, "subtitle")
        self.explanation = plain_label(self)
        self.yes_button = QPushButton(self)
        self.no_button = QPushButton(self)
        for button in (self.yes_button, self.no_button):
            button.setMinimumSize(*ANSWER_SIZE)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.yes_button.setProperty("role", "primary")
        self.yes_button.clicked.connect(self._yes)
        self.no_button.clicked.connect(self._no)
        answers = QHBoxLayout()
        answers.setSpacing(48)
        answers.addWidget(self.yes_button)
        answers.addWidget(self.no_button)
        answers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.question)
        layout.addWidget(self.explanation)
        layout.addLayout(answers)
        self.setVisible(False)

    @property
    def step(self) -> int:
        """0 when not asking, then 1 and 2."""
        return self._step

    def ask(self, words: Callable[[], ConfirmWords]) -> None:
        """Starts at step 1. `words` is called again when the language changes."""
        self._words = words
        self._step = 1
        self.retranslate()
        self.setVisible(True)
        self.no_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        if self._step == 2:
            self._set_answers(self.tr("Yes, I am sure"), self.tr("No, stop"))
        else:
            self._set_answers(self.tr("Yes"), self.tr("No"))
        if self._words is None or self._step == 0:
            return
        words = self._words()
        first = self._step == 1
        self.question.setText(words.question if first else words.sure_question)
        self.explanation.setText(words.explanation if first else words.sure_explanation)

    def _set_answers(self, yes: str, no: str) -> None:
        self.yes_button.setText(yes)
        self.yes_button.setAccessibleName(yes)
        self.no_button.setText(no)
        self.no_button.setAccessibleName(no)

    def _yes(self) -> None:
        if self._step == 1:
            self._step = 2
            self.retranslate()
            self.no_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._step == 2:
            self._close()
            self.confirmed.emit()

    def _no(self) -> None:
        if self._step:
            self._close()
            self.cancelled.emit()

    def _close(self) -> None:
        self._step = 0
        self.setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._step:
            self._no()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RestoreOfferPanel(QWidget):
    """For the store-problem screen: "Use the last good backup from {date}", asked twice, done off the UI
    thread. Emits restored() once the backup is in place and checked; the app can then start again."""

    restored = Signal()

    def __init__(
        self,
        problem_store_file: Path,
        backups_folder: Path,
        parent: QWidget | None = None,
        *,
        locale: Callable[[], QLocale] | None = None,
    ) -> None:
        super().__init__(parent)
        self._locale = locale or (lambda: QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self._store_file = problem_store_file
        self._folder = backups_folder
        self._backup: BackupFile | None = None
        self._result: DamagedStoreRestore | None = None
        self._state = "searching"
        self._failure = ""
        self._jobs = JobRunner(self)
        self.heading = plain_label(self, "subtitle")
        self.message = plain_label(self, "message")
        self.use_button = QPushButton(self)
        self.use_button.setMinimumSize(360, 96)
        self.use_button.setProperty("role", "primary")
        self.use_button.clicked.connect(self._ask)
        self.confirm = TwoStepConfirm(self)
        self.confirm.confirmed.connect(self._restore)
        self.confirm.cancelled.connect(self._cancelled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.confirm)
        self.retranslate()
        self._jobs.start(lambda: last_good_backup(self._folder), self._found, self._search_failed)

    @property
    def backup(self) -> BackupFile | None:
        """The backup on offer, once the search has finished."""
        return self._backup

    @property
    def result(self) -> DamagedStoreRestore | None:
        return self._result

    def busy(self) -> bool:
        return self._jobs.busy()

    def _date(self) -> str:
        return local_time_words(self._backup.made_at, self._locale()) if self._backup else ""

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Go back to a backup"))
        date = self._date()
        words = {
            "searching": self.tr("Looking for the last good backup. Please wait."),
            "none": self.tr("No good backup was found in {folder}. Ask IT for help.").format(
                folder=str(self._folder)
            ),
            "offer": self.tr("The backup from {date} is whole and can be used.").format(date=date),
            "working": self.tr("Putting the backup in place. Please wait."),
            "done": self.tr(
                "Done. The backup from {date} is in place. The damaged file is kept as {file}."
            ).format(
                date=date,
                file=self._result.moved_aside[0].name if self._result and self._result.moved_aside else "",
            ),
            "failed": self.tr("The backup could not be put in place. Nothing was deleted. {detail}").format(
                detail=self._failure
            ),
        }
        self.message.setText(words[self._state])
        use = self.tr("Use the last good backup from {date}").format(date=date)
        self.use_button.setText(use)
        self.use_button.setAccessibleName(use)
        self.use_button.setVisible(self._state in ("offer", "failed") and self._backup is not None)
        self.use_button.setEnabled(not self.confirm.step)

    def _confirm_words(self) -> ConfirmWords:
        date = self._date()
        return ConfirmWords(
            self.tr("Use the backup from {date}?").format(date=date),
            self.tr(
                "The damaged file is not deleted. It is moved aside and kept. "
                "Anything saved after {date} is not in the backup."
            ).format(date=date),
            self.tr("Are you sure?"),
            self.tr("My Say will put the backup from {date} in place of the damaged file.").format(date=date),
        )

    def _set_state(self, state: str) -> None:
        self._state = state
        self.retranslate()

    def _found(self, backup: object) -> None:
        self._backup = backup if isinstance(backup, BackupFile) else None
        self._set_state("offer" if self._backup else "none")

    def _search_failed(self, error: object) -> None:
        self._set_state("none")

    def _ask(self) -> None:
        self.use_button.setEnabled(False)
        self.confirm.ask(self._confirm_words)

    def _cancelled(self) -> None:
        self.use_button.setEnabled(True)
        self.use_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore(self) -> None:
        backup = self._backup
        if backup is None or self._jobs.busy():
            return
        self._set_state("working")
        self._jobs.start(lambda: put_backup_in_place(backup.path, self._store_file), self._done, self._failed)

    def _done(self, result: object) -> None:
        self._result = result if isinstance(result, DamagedStoreRestore) else None
        self._set_state("done")
        self.restored.emit()

    def _failed(self, error: object) -> None:
        self._failure = str(error) if isinstance(error, BackupFailed | OSError) else ""
        self._set_state("failed")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
