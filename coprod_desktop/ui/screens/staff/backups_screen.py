"""Backups for staff: where they go, Back up now, and going back to one (asked twice, current data kept).
Anyone signed in may back up; only a ward manager may restore (others are told kindly, and audited).

Copying and checking a large store takes a moment, so it runs on a pool thread and the screen says
what it is doing; the list refreshes when the answer comes back.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.backups import BackupProblem, BackupProblemKind, BackupService
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.staff_roles import ManagerAction, NotAllowed
from coprod_desktop.store.backup import BackupFile, RestoreResult
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.manager_only import manager_only_words
from coprod_desktop.ui.widgets.restore_offer import ConfirmWords, TwoStepConfirm, local_time_words

RESTORE_BUTTON_SIZE = (200, 88)


class BackupRow(QFrame):
    """One backup: when, how big, why it was made, and its Restore button."""

    def __init__(self, backup: BackupFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup = backup
        self.setProperty("role", "card")
        self.words = plain_label(self)
        self.restore_button = QPushButton(self)
        self.restore_button.setMinimumSize(*RESTORE_BUTTON_SIZE)
        self.restore_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.setSpacing(16)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.restore_button)


class BackupsScreen(StaffScreen):
    data_restored = Signal()
    """The store now holds a backup's data: whatever the app shows from before is out of date."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        services = context.services
        self.service = BackupService(
            services.session_factory, context.paths.store_file, context.paths.backups, services.clock
        )
        self._jobs = JobRunner(self)
        self._status: tuple[str, dict[str, str]] = ("", {})
        self._choosing: BackupRow | None = None
        self._restoring_when = ""
        self.rows: list[BackupRow] = []

        self._title = title_label(self)
        self.where = plain_label(self, "muted")
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_up_button = QPushButton(self)
        self.back_up_button.setProperty("role", "primary")
        self.back_up_button.setMinimumSize(360, 96)
        self.back_up_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.back_up_button.clicked.connect(self.back_up_now)
        self.status = message_label(self)
        self.confirm = TwoStepConfirm(self)
        self.confirm.confirmed.connect(self._restore_confirmed)
        self.confirm.cancelled.connect(self._restore_cancelled)
        self.list_heading = title_label(self, role="subtitle")
        self.empty = plain_label(self)
        self._list_widget = QWidget()
        self._list_layout = QVBoxLayout(self._list_widget)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.setSpacing(12)
        self._list_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._list_widget)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self.where)
        layout.addWidget(self.back_up_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm)
        layout.addWidget(self.list_heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        layout.addStretch(0)  # takes the room instead while the list is hidden
        self._layout = layout
        self.refresh()

    # What the screen shows

    def title(self) -> str:
        return self.tr("Backups")

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self.where.text(), self.status.text())

    def on_shown(self) -> None:
        self.refresh()

    def ward_id(self) -> uuid.UUID | None:
        return self.staff.ward_id or self.context.services.device.ward_id()

    def folder(self) -> Path:
        return self.service.folder_for(self.ward_id())

    def busy(self) -> bool:
        return self._jobs.busy()

    def refresh(self) -> None:
        """Reads the folder again and rebuilds the list."""
        for row in self.rows:
            self._list_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for backup in self.service.list(self.ward_id()):
            row = BackupRow(backup, self._list_widget)
            row.restore_button.clicked.connect(lambda _checked=False, r=row: self._ask_restore(r))
            self._list_layout.insertWidget(self._list_layout.count() - 1, row)
            self.rows.append(row)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.title())
        folder = self.folder()
        self.where.setText(self.tr("Backups are saved in: {folder}").format(folder=str(folder)))
        words = self.tr("Back up now")
        self.back_up_button.setText(words)
        self.back_up_button.setAccessibleName(words)
        self.list_heading.setText(self.tr("Backups you can go back to"))
        if not folder.is_dir() and folder != self.context.paths.backups:
            self.empty.setText(
                self.tr("This folder is not there now. Check the drive or network is connected.")
            )
        else:
            self.empty.setText(self.tr("There are no backups yet."))
        locale = self._locale()
        for row in self.rows:
            date = local_time_words(row.backup.made_at, locale)
            row.words.setText(
                "\n".join(
                    (
                        date,
                        self.tr("{size}. {why}").format(
                            size=locale.formattedDataSize(
                                row.backup.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat
                            ),
                            why=self._reason_words(row.backup.reason),
                        ),
                    )
                )
            )
            restore = self.tr("Restore")
            row.restore_button.setText(restore)
            row.restore_button.setAccessibleName(self.tr("Restore the backup from {date}").format(date=date))
        self.status.setText(self._status_words())
        self.status.setVisible(bool(self.status.text()))
        self.confirm.retranslate()
        self._enable()

    def _locale(self) -> QLocale:
        return self.context.languages.locale()

    def _reason_words(self, reason: str) -> str:
        words = {
            "manual": self.tr("Made with Back up now"),
            "daily": self.tr("Daily backup"),
            "before-restore": self.tr("Copy kept before a restore"),
            "before-update": self.tr("Copy kept before an update"),
        }
        return words.get(reason, reason)

    def _status_words(self) -> str:
        """Kept as a key and values, so a language change re-words the last message too."""
        key, values = self._status
        if "when" in values:
            values = {
                **values,
                "date": local_time_words(datetime.fromisoformat(values["when"]), self._locale()),
            }
        words = {
            "": "",
            "backing_up": self.tr("Making a backup. Please wait."),
            "backed_up": self.tr("Backup made: {date}. It has been checked."),
            "restoring": self.tr("Keeping a copy of the data as it is now, then restoring. Please wait."),
            "restored": self.tr(
                "Done. The data is now as it was on {date}. The data from before is kept as a copy."
            ),
            "problem": self._problem_words(values),
            "not_allowed": manager_only_words(ManagerAction.RESTORE),
        }
        return words[key] if key == "problem" else words[key].format(date=values.get("date", ""))

    def _problem_words(self, values: dict[str, str]) -> str:
        kind = values.get("kind", "")
        folder, file, detail = values.get("place", ""), values.get("place", ""), values.get("detail", "")
        if kind == BackupProblemKind.FOLDER_MISSING:
            return self.tr(
                "The backup folder {folder} cannot be used: it is not there. "
                "Check the drive or network is connected."
            ).format(folder=folder)
        if kind == BackupProblemKind.FOLDER_NOT_WRITABLE:
            return self.tr(
                "The backup folder {folder} cannot be used: My Say is not allowed to save files in it. "
                "Ask IT for help."
            ).format(folder=folder)
        if kind == BackupProblemKind.DISK_FULL:
            return self.tr(
                "The backup folder {folder} cannot be used: the disk is full. "
                "Choose another folder in Ward settings, or ask IT for help."
            ).format(folder=folder)
        if kind == BackupProblemKind.CHECK_FAILED:
            return self.tr("The backup {file} did not pass its check, so it was not used.").format(file=file)
        if kind == BackupProblemKind.NOT_OURS:
            return self.tr("{file} is not a My Say backup in the backup folder.").format(file=file)
        return self.tr("That did not work. Nothing was deleted. Details: {detail}").format(detail=detail)

    def _enable(self) -> None:
        free = not self.busy() and not self.confirm.step
        self.back_up_button.setEnabled(free)
        for row in self.rows:
            row.restore_button.setEnabled(free)
        # While asking, only the question shows: no list to scroll past or pick from by mistake.
        listing = not self.confirm.step
        self.list_heading.setVisible(listing)
        self.scroll.setVisible(listing)
        self.empty.setVisible(listing and not self.rows)
        self._layout.setStretch(self._layout.count() - 1, 0 if listing else 1)

    def _show(self, key: str, **values: str) -> None:
        self._status = (key, values)
        self.status.setText(self._status_words())
        self.status.setVisible(bool(self.status.text()))

    # Back up now

    def back_up_now(self) -> None:
        if self.busy() or self.confirm.step:
            return
        ward_id, actor_id = self.ward_id(), self.staff.id
        self._show("backing_up")
        self._jobs.start(lambda: self.service.back_up_now(ward_id, actor_id), self._backed_up, self._problem)
        self._enable()

    def _backed_up(self, _path: object) -> None:
        newest = self.service.list(self.ward_id())[:1]
        self._status = ("backed_up", {"when": newest[0].made_at.isoformat()} if newest else {})
        self.refresh()
        self.back_up_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _problem(self, error: object) -> None:
        if isinstance(error, NotAllowed):  # the role changed since the question was asked
            self._status = ("not_allowed", {})
            self.refresh()
            return
        if isinstance(error, BackupProblem):
            values = {"kind": error.kind.value, "place": error.place, "detail": error.detail}
        else:
            values = {"kind": BackupProblemKind.FAILED.value, "place": "", "detail": str(error)}
        self._status = ("problem", values)
        self.refresh()

    # Restore

    def _ask_restore(self, row: BackupRow) -> None:
        if self.busy():
            return
        try:
            self.context.services.staff_roles.require(self.staff.id, ManagerAction.RESTORE, self.ward_id())
        except NotAllowed:
            self._show("not_allowed")
            return
        self._choosing = row
        self._show("")
        self.confirm.ask(self._confirm_words)
        self._enable()

    def _confirm_words(self) -> ConfirmWords:
        date = local_time_words(self._choosing.backup.made_at, self._locale()) if self._choosing else ""
        return ConfirmWords(
            self.tr("Go back to the backup from {date}?").format(date=date),
            self.tr(
                "Everything saved after {date} will be replaced by the backup. "
                "First, My Say keeps a copy of the data as it is now."
            ).format(date=date),
            self.tr("Are you sure?"),
            self.tr(
                "This changes the data for everyone on this computer. "
                "A copy of the data as it is now is kept first."
            ),
        )

    def _restore_cancelled(self) -> None:
        row, self._choosing = self._choosing, None
        self._enable()
        if row is not None:
            row.restore_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore_confirmed(self) -> None:
        row, self._choosing = self._choosing, None
        if row is None or self.busy():
            self._enable()
            return
        backup, ward_id, actor_id = row.backup.path, self.ward_id(), self.staff.id
        self._restoring_when = row.backup.made_at.isoformat()
        self._show("restoring")
        # Answers go to bound methods, which Qt disconnects if the screen has gone.
        self._jobs.start(
            lambda: self.service.restore(ward_id, backup, actor_id), self._restored, self._problem
        )
        self._enable()

    def _restored(self, result: object) -> None:
        assert isinstance(result, RestoreResult)
        self._status = ("restored", {"when": self._restoring_when})
        self.refresh()
        self.back_up_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.data_restored.emit()
