"""Ward settings: idle sign-out, backups, kiosk, language, how long a patient's screens stay open,
picture passwords, whether ideas wait for staff, and the advocate (or IMHA) every "I am not happy"
shows: name, photo, phone and when they visit.

Every change saves at once (text after a short pause), so nothing typed is lost. Each setting that
changes what patients see says so in plain words beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.pictures import PictureProblem, import_picture, remove_picture
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.ward_settings import (
    ADVOCATE_NAME_MAX,
    ADVOCATE_PHONE_MAX,
    BACKUP_KEEP_RANGE,
    IDLE_MINUTES_RANGE,
    PATIENT_IDLE_MINUTES_RANGE,
    WardSettingsInfo,
)
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.screens.ward.advocate_card import advocate_pixmap
from coprod_desktop.ui.system_window import opens_system_window

TYPING_PAUSE_MS = 800
LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}
PHOTO = 96


class WardSettingsScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._ward = self.ward_id()
        self._service = context.services.ward_settings
        info = self._service.get(self._ward) if self._ward else WardSettingsInfo()
        self._info = info
        self._title = title_label(self)
        self._message = message_label(self)
        inner = QWidget()

        self.idle = QSpinBox(inner)
        self.idle.setRange(*IDLE_MINUTES_RANGE)
        self.idle.setValue(info.idle_minutes)
        self.idle.valueChanged.connect(lambda value: self._save(idle_minutes=value))
        self.patient_idle = QSpinBox(inner)
        self.patient_idle.setRange(*PATIENT_IDLE_MINUTES_RANGE)
        self.patient_idle.setValue(info.patient_idle_minutes)
        self.patient_idle.valueChanged.connect(lambda value: self._save(patient_idle_minutes=value))
        self.keep = QSpinBox(inner)
        self.keep.setRange(*BACKUP_KEEP_RANGE)
        self.keep.setValue(info.backup_keep)
        self.keep.valueChanged.connect(lambda value: self._save(backup_keep=value))
        self.folder = QLineEdit(info.backup_folder or "", inner)
        self.folder.editingFinished.connect(lambda: self._save(backup_folder=self.folder.text()))
        self.choose_folder = QPushButton(inner)
        self.choose_folder.setMinimumHeight(88)
        self.choose_folder.clicked.connect(self._choose_folder)
        opens_system_window(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder)
        self.kiosk = QCheckBox(inner)
        self.kiosk.setChecked(info.kiosk)
        self.kiosk.toggled.connect(lambda on: self._save(kiosk=on))
        self.picture_passwords = QCheckBox(inner)
        self.picture_passwords.setChecked(info.picture_password_for_all)
        self.picture_passwords.toggled.connect(lambda on: self._save(picture_password_for_all=on))
        self.ideas_at_once = QCheckBox(inner)
        self.ideas_at_once.setChecked(info.ideas_show_at_once)
        self.ideas_at_once.toggled.connect(lambda on: self._save(ideas_show_at_once=on))
        self.start_scanning = QCheckBox(inner)
        self.start_scanning.setChecked(info.start_scanning)
        self.start_scanning.toggled.connect(lambda on: self._save(start_scanning=on))
        self.ask_is_this_you = QCheckBox(inner)
        self.ask_is_this_you.setChecked(info.ask_is_this_you)
        self.ask_is_this_you.toggled.connect(lambda on: self._save(ask_is_this_you=on))
        self.language = QComboBox(inner)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(info.default_language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self._save(default_language=self.language.currentData())
        )

        # The advocate: saved after a short pause in typing, and on leaving the screen.
        self.advocate_name = QLineEdit(info.advocate_name or "", inner)
        self.advocate_name.setMaxLength(ADVOCATE_NAME_MAX)
        self.advocate_phone = QLineEdit(info.advocate_phone or "", inner)
        self.advocate_phone.setMaxLength(ADVOCATE_PHONE_MAX)
        self.advocate_visits = QPlainTextEdit(info.advocate_visits or "", inner)
        self.advocate_visits.setTabChangesFocus(True)
        self.advocate_visits.setMinimumHeight(100)
        self.contact = QPlainTextEdit(info.advocate_contact or "", inner)
        self.contact.setTabChangesFocus(True)
        self.contact.setMinimumHeight(100)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.save_contact)
        for box in (self.advocate_name, self.advocate_phone, self.advocate_visits, self.contact):
            box.textChanged.connect(self._pause.start)
        self.advocate_photo = QLabel(inner)
        self.advocate_photo.setFixedSize(PHOTO, PHOTO)
        self.advocate_photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_photo = QPushButton(inner)
        self.remove_photo = QPushButton(inner)
        for button in (self.choose_photo, self.remove_photo):
            button.setMinimumHeight(88)
        self.choose_photo.clicked.connect(self._choose_photo)
        opens_system_window(self.choose_photo)
        self.remove_photo.clicked.connect(self._remove_photo)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.advocate_photo)
        photo_row.addWidget(self.choose_photo)
        photo_row.addWidget(self.remove_photo)
        photo_row.addStretch(1)

        # Each label sits above its field (and plain words about what it means below), in two
        # columns: long words in big type never get clipped.
        self._fields: list[tuple[QWidget, QLabel]] = []
        self._helps: dict[QWidget, QLabel] = {}
        cells: list[tuple[QWidget | QLayout, QWidget]] = [
            (self.idle, self.idle),
            (self.patient_idle, self.patient_idle),
            (self.picture_passwords, self.picture_passwords),
            (self.ideas_at_once, self.ideas_at_once),
            (self.start_scanning, self.start_scanning),
            (self.ask_is_this_you, self.ask_is_this_you),
            (self.advocate_name, self.advocate_name),
            (self.advocate_phone, self.advocate_phone),
            (self.advocate_visits, self.advocate_visits),
            (photo_row, self.choose_photo),
            (self.contact, self.contact),
            (self.language, self.language),
            (folder_row, self.folder),
            (self.keep, self.keep),
            (self.kiosk, self.kiosk),
        ]
        self._labels = [plain_label(inner) for _ in cells]
        form = QGridLayout()
        form.setVerticalSpacing(24)
        form.setHorizontalSpacing(40)
        for index, (label, (field, named)) in enumerate(zip(self._labels, cells, strict=True)):
            cell = QVBoxLayout()
            cell.setSpacing(8)
            cell.addWidget(label)
            if isinstance(field, QLayout):
                cell.addLayout(field)
            else:
                cell.addWidget(field)
            if named in (
                self.patient_idle,
                self.picture_passwords,
                self.ideas_at_once,
                self.start_scanning,
                self.ask_is_this_you,
                self.choose_photo,
            ):
                help_words = plain_label(inner, "muted")
                cell.addWidget(help_words)
                self._helps[named] = help_words
            cell.addStretch(1)
            # One column: a switch's words are one line each ("Ask “Is this you?” after a picture is
            # pressed"), too long for two side by side on a ward PC's screen.
            form.addLayout(cell, index, 0)
            self._fields.append((named, label))
        form.setColumnStretch(0, 1)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 16, 0)
        inner_layout.addLayout(form)
        inner_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(inner)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self._message)
        self.setEnabled(self._ward is not None)
        self._show_photo()
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ward settings")

    def save_contact(self) -> None:
        self._pause.stop()
        self._save(
            advocate_contact=self.contact.toPlainText(),
            advocate_name=self.advocate_name.text(),
            advocate_phone=self.advocate_phone.text(),
            advocate_visits=self.advocate_visits.toPlainText(),
        )

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)
            self._save(backup_folder=chosen)

    def _choose_photo(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo of the advocate"),
            "",
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp)"),
        )
        if chosen:
            self.use_photo(Path(chosen))

    def use_photo(self, source: Path) -> None:
        """Copies the photo in (re-encoded, no metadata) and shows it to patients with the advocate."""
        try:
            name = import_picture(source, self.context.paths.pictures)
        except PictureProblem:
            self._message.setText(self.tr("This photo cannot be used. Please choose another."))
            return
        old = self._info.advocate_picture_file
        self._save(advocate_picture_file=name)
        if old and old != name:
            remove_picture(old, self.context.paths.pictures)
        self._show_photo()

    def _remove_photo(self) -> None:
        old = self._info.advocate_picture_file
        self._save(advocate_picture_file=None)
        if old:
            remove_picture(old, self.context.paths.pictures)
        self._show_photo()

    def _show_photo(self) -> None:
        self.advocate_photo.setPixmap(
            advocate_pixmap(self.context, self._info, PHOTO, self.devicePixelRatioF())
        )
        self.remove_photo.setVisible(self._info.advocate_picture_file is not None)

    def _save(self, **changes: object) -> None:
        if self._ward is None:
            return
        self._info = self._service.update(self._ward, actor_id=self.staff.id, **changes)
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
        words = {
            self.idle: self.tr("Sign staff out after this many idle minutes"),
            self.patient_idle: self.tr("Patient screens: minutes before \u201cAre you still there?\u201d"),
            self.picture_passwords: self.tr("Picture passwords"),
            self.ideas_at_once: self.tr("Ideas on You said, we did"),
            self.start_scanning: self.tr("One switch on Who are you?"),
            self.ask_is_this_you: self.tr("Ask \u201cIs this you?\u201d"),
            self.advocate_name: self.tr("Advocate's name (or IMHA)"),
            self.advocate_phone: self.tr("Advocate's phone number"),
            self.advocate_visits: self.tr("When the advocate visits, in easy words"),
            self.choose_photo: self.tr("Advocate's photo"),
            self.contact: self.tr("Other ways to complain, in easy words"),
            self.language: self.tr("Language before a person is chosen"),
            self.folder: self.tr("Backup folder (empty: the data folder)"),
            self.keep: self.tr("How many backups to keep"),
            self.kiosk: self.tr("Kiosk mode"),
        }
        for field, label in self._fields:
            label.setText(words[field])
        self.choose_folder.setText(self.tr("Choose…"))
        self.kiosk.setText(self.tr("Full screen, and only staff can close My Say"))
        self.picture_passwords.setText(self.tr("Everyone uses a picture password"))
        self.ideas_at_once.setText(self.tr("Ideas go on the board at once"))
        self.start_scanning.setText(self.tr("Who are you? moves by itself"))
        self.ask_is_this_you.setText(self.tr("Ask \u201cIs this you?\u201d after a picture is pressed"))
        self.choose_photo.setText(self.tr("Choose a photo"))
        self.remove_photo.setText(self.tr("Remove the photo"))
        self._helps[self.patient_idle].setText(
            self.tr("After this many quiet minutes (1 to 60), the app asks, then goes back to the start.")
        )
        self._helps[self.picture_passwords].setText(
            self.tr(
                "Without a picture password, a person's private things stay hidden until they press Show."
            )
        )
        self._helps[self.ideas_at_once].setText(
            self.tr(
                "When this is off, an idea waits until a member of staff has looked at it. "
                "Worries always go to staff first, never to the board."
            )
        )
        self._helps[self.start_scanning].setText(
            self.tr(
                "For someone with one switch: the pictures light up one by one and any press picks. "
                "After that, each person's own way of pressing is used."
            )
        )
        self._helps[self.ask_is_this_you].setText(
            self.tr(
                "One more press for everyone, for when pictures are often pressed by mistake. "
                "When this is off, a picture opens that person's Home with \u201cThis is not me\u201d "
                "on it, and their private things still wait for Show."
            )
        )
        self._helps[self.choose_photo].setText(
            self.tr("Everyone who says \u201cI am not happy\u201d sees the advocate's photo, name and phone.")
        )
        for field, label in self._fields:
            field.setAccessibleName(label.text())
        self.picture_passwords.setAccessibleName(self.picture_passwords.text())
        self.ideas_at_once.setAccessibleName(self.ideas_at_once.text())
        self.start_scanning.setAccessibleName(self.start_scanning.text())
        self.ask_is_this_you.setAccessibleName(self.ask_is_this_you.text())
        self.kiosk.setAccessibleName(self.kiosk.text())
        self.choose_photo.setAccessibleName(self.choose_photo.text())
        self.remove_photo.setAccessibleName(self.remove_photo.text())
        self.choose_folder.setAccessibleName(self.choose_folder.text())
        self.scroll.setAccessibleName(self.title())
