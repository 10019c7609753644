"""Ward settings: idle sign-out, backups, kiosk, the advocate or complaints contact, language.

Every change saves at once (text after a short pause), so nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.ward_settings import BACKUP_KEEP_RANGE, IDLE_MINUTES_RANGE, WardSettingsInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label

TYPING_PAUSE_MS = 800
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}


class WardSettingsScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._ward = self.ward_id()
        self._service = context.services.ward_settings
        info = self._service.get(self._ward) if self._ward else WardSettingsInfo()
        self._title = title_label(self)
        self._message = message_label(self)

        self.idle = QSpinBox(self)
        self.idle.setRange(*IDLE_MINUTES_RANGE)
        self.idle.setValue(info.idle_minutes)
        self.idle.valueChanged.connect(lambda value: self._save(idle_minutes=value))
        self.keep = QSpinBox(self)
        self.keep.setRange(*BACKUP_KEEP_RANGE)
        self.keep.setValue(info.backup_keep)
        self.keep.valueChanged.connect(lambda value: self._save(backup_keep=value))
        self.folder = QLineEdit(info.backup_folder or "", self)
        self.folder.editingFinished.connect(lambda: self._save(backup_folder=self.folder.text()))
        self.choose_folder = QPushButton(self)
        self.choose_folder.setMinimumHeight(88)
        self.choose_folder.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.kiosk = QCheckBox(self)
        self.kiosk.setChecked(info.kiosk)
        self.kiosk.toggled.connect(lambda on: self._save(kiosk=on))
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(info.default_language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self._save(default_language=self.language.currentData())
        )
        self.contact = QPlainTextEdit(info.advocate_contact or "", self)
        self.contact.setMinimumHeight(120)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.save_contact)
        self.contact.textChanged.connect(self._pause.start)

        # Each label sits above its field, in two columns: long words in big type never get clipped.
        self._labels = [QLabel(self) for _ in range(6)]
        form = QGridLayout()
        form.setVerticalSpacing(24)
        form.setHorizontalSpacing(40)
        fields = (self.idle, folder_row, self.keep, self.kiosk, self.language, self.contact)
        for index, (label, field) in enumerate(zip(self._labels, fields, strict=True)):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            cell = QVBoxLayout()
            cell.setSpacing(8)
            cell.addWidget(label)
            if isinstance(field, QHBoxLayout):
                cell.addLayout(field)
            else:
                cell.addWidget(field)
            form.addLayout(cell, index // 2, index % 2)
        form.setColumnStretch(0, 1)
        form.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addLayout(form)
        layout.addWidget(self._message)
        layout.addStretch(1)
        self.setEnabled(self._ward is not None)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ward settings")

    def save_contact(self) -> None:
        self._pause.stop()
        self._save(advocate_contact=self.contact.toPlainText())

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self._save(backup_folder=chosen)

    def _save(self, **changes: object) -> None:
        if self._ward is None:
            return
        self._service.update(self._ward, actor_id=self.staff.id, **changes)
        self._message.setText(self.tr("Saved."))

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._pause.isActive():
            self.save_contact()
        super().focusOutEvent(event)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Leaving the screen (or being signed out) saves any text still waiting for its pause.
        if self._pause.isActive():
            self.save_contact()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        words = (
            self.tr("Sign staff out after this many idle minutes"),
            self.tr("Backup folder (empty: the data folder)"),
            self.tr("How many backups to keep"),
            self.tr("Kiosk mode"),
            self.tr("Language before a person is chosen"),
            self.tr("Advocate or complaints contact, in easy words"),
        )
        for label, text in zip(self._labels, words, strict=True):
            label.setText(text)
        self.choose_folder.setText(self.tr("Choose…"))
        self.kiosk.setText(self.tr("Full screen, and only staff can close My Say"))
        for field, text in zip(
            (self.idle, self.folder, self.keep, self.kiosk, self.language, self.contact), words, strict=True
        ):
            field.setAccessibleName(text)
