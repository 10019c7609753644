"""One person, edited by staff: name, ward, ward rep, picture, communication preferences, PIN, and
for staff their role (ward staff or ward manager, which only a manager may change).

Everything saves by itself: the name when typing pauses or the field is left, the rest the moment it
is chosen. So an idle sign-out (which hides the screen) never loses what was typed.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.people import NotForYourself, UnknownPerson
from coprod_desktop.services.pictures import PictureProblem, ProblemKind, import_picture
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.staff_auth import WeakPin
from coprod_desktop.services.staff_roles import LastManager, NoPinYet, NotAllowed
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import Role, StaffRole
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.pin_words import weak_pin_words
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.people_prefs import PreferencesPanel, big
from coprod_desktop.ui.system_window import opens_system_window
from coprod_desktop.ui.widgets.manager_only import manager_only_words

NAME_PAUSE_MS = 800
"""Typing that pauses this long is saved."""
PREVIEW = 160


class PersonEditor(QWidget):
    saved = Signal(object)
    """Emits the PersonInfo after any change to it (name, ward, picture, archived)."""
    erase_requested = Signal(object)
    message = Signal(str)
    """A result or problem in plain words, for the screen's message line."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._staff = staff
        self._person: PersonInfo | None = None
        self._archived = False
        self._new_role = Role.PATIENT
        self._filling = False

        self.heading = title_label(self, role="subtitle")
        self.name_label = plain_label(self)
        self.name = big(QLineEdit(self))
        self.name.setMaxLength(500)
        self._name_timer = QTimer(self)
        self._name_timer.setSingleShot(True)
        self._name_timer.setInterval(NAME_PAUSE_MS)
        self._name_timer.timeout.connect(self.save_name)
        self.name.textEdited.connect(lambda _text: self._name_timer.start())
        self.name.editingFinished.connect(self.save_name)

        self.ward_label = plain_label(self)
        self.ward = big(QComboBox(self))
        self.ward.activated.connect(self._ward_chosen)
        self.ward_rep = big(QCheckBox(self))
        self.ward_rep.toggled.connect(self._ward_rep_toggled)
        self.ward_rep_note = plain_label(self)
        self.ward_rep_note.setProperty("role", "muted")

        self.picture_label = plain_label(self)
        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW, PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_picture = big(QPushButton(self))
        self.remove_picture = big(QPushButton(self))
        self.choose_picture.clicked.connect(self._pick_picture)
        opens_system_window(self.choose_picture)
        self.remove_picture.clicked.connect(self._remove_picture)

        self.preferences = PreferencesPanel(context, staff, self)

        self.pin_heading = title_label(self, role="subtitle")
        self.pin_label = plain_label(self)
        self.pin = big(QLineEdit(self))
        self.pin_again_label = plain_label(self)
        self.pin_again = big(QLineEdit(self))
        for field in (self.pin, self.pin_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(8)
            field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        self.save_pin = big(QPushButton(self))
        self.save_pin.clicked.connect(self._save_pin)
        self.pin_again.returnPressed.connect(self._save_pin)

        self.role_heading = title_label(self, role="subtitle")
        self.role_words = plain_label(self)
        self.role_note = plain_label(self)
        self.role_note.setProperty("role", "muted")
        self.change_role = big(QPushButton(self))
        self.change_role.clicked.connect(self._change_role)

        self.actions_heading = title_label(self, role="subtitle")
        self.archive = big(QPushButton(self))
        self.archive.clicked.connect(self._toggle_archived)
        self.erase = big(QPushButton(self))
        self.erase.clicked.connect(self._ask_erase)
        self.self_note = plain_label(self)
        self.self_note.setProperty("role", "muted")

        picture_buttons = QVBoxLayout()
        picture_buttons.addWidget(self.choose_picture)
        picture_buttons.addWidget(self.remove_picture)
        picture_buttons.addStretch(1)
        picture_row = QHBoxLayout()
        picture_row.setSpacing(16)
        picture_row.addWidget(self.preview)
        picture_row.addLayout(picture_buttons, 1)
        self._pin_box = QWidget(self)
        pin_layout = QVBoxLayout(self._pin_box)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_layout.addWidget(self.pin_heading)
        for label, field in ((self.pin_label, self.pin), (self.pin_again_label, self.pin_again)):
            pin_layout.addWidget(label)
            pin_layout.addWidget(field)
        pin_layout.addWidget(self.save_pin, 0, Qt.AlignmentFlag.AlignLeft)
        self._role_box = QWidget(self)
        role_layout = QVBoxLayout(self._role_box)
        role_layout.setContentsMargins(0, 16, 0, 0)
        role_layout.addWidget(self.role_heading)
        role_layout.addWidget(self.role_words)
        role_layout.addWidget(self.role_note)
        role_layout.addWidget(self.change_role, 0, Qt.AlignmentFlag.AlignLeft)
        action_row = QHBoxLayout()
        action_row.setSpacing(24)
        action_row.addWidget(self.archive)
        action_row.addWidget(self.erase)
        action_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 16, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.name_label)
        layout.addWidget(self.name)
        layout.addWidget(self.ward_label)
        layout.addWidget(self.ward)
        layout.addWidget(self.ward_rep)
        layout.addWidget(self.ward_rep_note)
        layout.addWidget(self.picture_label)
        layout.addLayout(picture_row)
        layout.addSpacing(16)
        layout.addWidget(self.preferences)
        layout.addSpacing(16)
        layout.addWidget(self._pin_box)
        layout.addWidget(self._role_box)
        layout.addSpacing(16)
        layout.addWidget(self.actions_heading)
        layout.addLayout(action_row)
        layout.addWidget(self.self_note)
        layout.addStretch(1)
        self.retranslate()

    # --- what is being edited ----------------------------------------------------------------
    @property
    def person(self) -> PersonInfo | None:
        return self._person

    def load(self, person: PersonInfo, archived: bool = False) -> None:
        self.save_name()
        self._person = person
        self._archived = archived
        self.name.setText(person.called)
        self._fill_wards(person.ward_id)
        self.preferences.load(person.id)
        self._show()

    def start_new(self, role: Role, ward_id: uuid.UUID | None) -> None:
        """An empty form; the person is added as soon as a name is typed (no Save button to forget)."""
        self.save_name()
        self._person = None
        self._archived = False
        self._new_role = role
        self.name.clear()
        self._fill_wards(ward_id)
        self.preferences.load(None)
        self._show()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def _role(self) -> Role:
        return self._person.role if self._person else self._new_role

    def _ward_id(self) -> uuid.UUID | None:
        data = self.ward.currentData()
        return uuid.UUID(data) if data else None

    def _fill_wards(self, ward_id: uuid.UUID | None) -> None:
        # Item data are strings: a uuid.UUID in a QVariant cannot be found again with findData().
        self._filling = True
        try:
            self.ward.clear()
            for ward in self._context.services.wards.active():
                self.ward.addItem(ward.name, str(ward.id))
            wanted = str(ward_id) if ward_id else ""
            if self.ward.findData(wanted) < 0:
                self.ward.insertItem(0, self.tr("No ward"), "")
            self.ward.setCurrentIndex(max(0, self.ward.findData(wanted)))
        finally:
            self._filling = False

    # --- saving ----------------------------------------------------------------------------
    def flush(self) -> None:
        """Saves anything typed but not yet saved."""
        self.save_name()

    def save_name(self) -> None:
        self._name_timer.stop()
        typed = self.name.text()
        if self._person is not None and typed == self._person.called:
            return
        if self._person is None and not typed.strip():
            return
        people = self._context.services.people
        try:
            if self._person is None:
                person = people.add(
                    typed, ward_id=self._ward_id(), role=self._new_role, actor_id=self._staff.id
                )
                self.preferences.load(person.id)
            else:
                person = people.update(self._person.id, self._staff.id, called=typed)
        except InvalidText:
            self.message.emit(self.tr("A name cannot be empty. The last name typed is kept."))
            return
        except UnknownPerson:
            self._gone()
            return
        self._person = person
        self._show()
        self.message.emit(self.tr("Saved."))
        self.saved.emit(person)

    def _ward_chosen(self, _index: int) -> None:
        if self._filling or self._person is None:
            return
        self._change(lambda p: self._context.services.people.move(p.id, self._ward_id(), self._staff.id))
        ward = self.ward.currentText()
        self.message.emit(self.tr("Moved to {ward}.").format(ward=ward))

    def _ward_rep_toggled(self, on: bool) -> None:
        if self._filling or self._person is None:
            return
        people = self._context.services.people
        self._change(lambda p: people.update(p.id, self._staff.id, is_ward_rep=on))

    def _change(self, action: Callable[[PersonInfo], PersonInfo]) -> None:
        """Runs one change on the saved person and shows the result."""
        assert self._person is not None
        try:
            self._person = action(self._person)
        except UnknownPerson:
            self._gone()
            return
        except NotForYourself:
            self.message.emit(self.tr("You cannot do that to yourself while you are signed in."))
            return
        self._show()
        self.saved.emit(self._person)

    def _gone(self) -> None:
        self.message.emit(self.tr("This person is no longer here. Someone may have erased them."))
        self._person = None
        self.setEnabled(False)

    # --- picture ---------------------------------------------------------------------------
    def _pick_picture(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            QDir.homePath(),
            self.tr("Pictures (*.jpg *.jpeg *.png *.webp *.gif *.bmp)"),
        )
        if chosen:
            self.use_picture(Path(chosen))

    def use_picture(self, source: Path) -> bool:
        """Checks and copies the picture in, then shows it. Returns False (with a message) if refused."""
        if self._person is None:
            return False
        pictures = self._context.paths.pictures
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            name = import_picture(source, pictures)
        except PictureProblem as problem:
            self.message.emit(self._picture_problem(problem))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        people = self._context.services.people
        self._change(lambda p: people.set_picture(p.id, name, pictures_dir=pictures, actor_id=self._staff.id))
        self.message.emit(self.tr("The picture is saved."))
        return True

    def _picture_problem(self, problem: PictureProblem) -> str:
        if problem.kind is ProblemKind.TOO_BIG and problem.size:
            width, height = problem.size
            return self.tr(
                "This picture is too big ({width} × {height}). Please choose a smaller one: at most "
                "10000 on each side and 40 megapixels in all."
            ).format(width=width, height=height)
        if problem.kind is ProblemKind.FILE_TOO_BIG:
            return self.tr("This file is too big. Please choose a picture under 60 MB.")
        if problem.kind is ProblemKind.CANNOT_SAVE:
            return self.tr("The picture could not be saved. Please tell the ward's IT contact.")
        return self.tr("This file is not a picture we can use, or it is damaged.")

    def _remove_picture(self) -> None:
        pictures = self._context.paths.pictures
        people = self._context.services.people
        self._change(lambda p: people.clear_picture(p.id, pictures_dir=pictures, actor_id=self._staff.id))
        self.message.emit(self.tr("The picture is removed."))

    # --- PIN, archive, erase ----------------------------------------------------------------
    def _save_pin(self) -> None:
        if self._person is None:
            return
        pin, again = self.pin.text(), self.pin_again.text()
        if pin != again:
            self.pin.clear()
            self.pin_again.clear()
            self.message.emit(self.tr("The two PINs are not the same. Please type them again."))
            return
        try:
            self._context.services.staff_auth.set_pin(self._person.id, pin, self._staff.id)
        except WeakPin as weak:
            self.message.emit(weak_pin_words(str(weak)))
            return
        except NotAllowed as refused:
            self.message.emit(manager_only_words(refused.action))
            return
        finally:
            self.pin.clear()
            self.pin_again.clear()
        self.message.emit(self.tr("The new PIN is saved."))

    def _change_role(self) -> None:
        """Ward staff become a ward manager, or the other way; only a manager may (audited)."""
        if self._person is None or self._person.role is not Role.STAFF:
            return
        wanted = StaffRole.WARD_STAFF if self._person.is_manager else StaffRole.MANAGER
        try:
            person = self._context.services.staff_roles.set_role(self._person.id, wanted, self._staff.id)
        except NotAllowed as refused:
            self.message.emit(manager_only_words(refused.action))
            return
        except NoPinYet:
            self.message.emit(self.tr("Save a PIN for them first. Then you can change their role."))
            return
        except LastManager:
            self.message.emit(
                self.tr("The ward must always have a ward manager. Make someone else a ward manager first.")
            )
            return
        except UnknownPerson:
            self._gone()
            return
        self._person = person
        self._show()
        self.saved.emit(person)
        self.message.emit(
            self.tr("{name} is now a ward manager.").format(name=person.called)
            if person.is_manager
            else self.tr("{name} is now ward staff.").format(name=person.called)
        )

    def _toggle_archived(self) -> None:
        if self._person is None:
            return
        people = self._context.services.people
        archiving = not self._archived
        if archiving:
            self._change(lambda p: people.archive(p.id, self._staff.id))
        else:
            self._change(lambda p: people.unarchive(p.id, self._staff.id))
        if self._person is not None:
            self._archived = people.is_archived(self._person.id)
            self._show()
            self.message.emit(
                self.tr("Archived. They are hidden from the ward until brought back.")
                if self._archived
                else self.tr("Brought back to the ward.")
            )

    def _ask_erase(self) -> None:
        self.save_name()
        if self._person is not None:
            self.erase_requested.emit(self._person)

    # --- showing ---------------------------------------------------------------------------
    def _show(self) -> None:
        person = self._person
        saved = person is not None
        is_me = saved and person.id == self._staff.id
        self.setEnabled(True)
        self.heading.setText(self._heading())
        self._filling = True
        try:
            self.ward_rep.setChecked(bool(person and person.is_ward_rep))
        finally:
            self._filling = False
        self.ward_rep.setVisible(self._role() is Role.PATIENT)
        self.ward_rep_note.setVisible(self._role() is Role.PATIENT)
        for widget in (
            self.ward,
            self.ward_rep,
            self.choose_picture,
            self.archive,
            self.erase,
            self.save_pin,
        ):
            widget.setEnabled(saved)
        self.remove_picture.setEnabled(bool(person and person.picture_file))
        self._pin_box.setVisible(self._role() is Role.STAFF)
        self._role_box.setVisible(saved and self._role() is Role.STAFF)
        self._show_role()
        self.archive.setVisible(not is_me)
        self.erase.setVisible(not is_me)
        self.self_note.setVisible(is_me)
        self.archive.setText(self.tr("Bring back") if self._archived else self.tr("Archive"))
        self.archive.setAccessibleName(self.archive.text())
        self._show_picture()

    def _show_role(self) -> None:
        manager = bool(self._person and self._person.is_manager)
        self.role_words.setText(self.tr("Role: ward manager") if manager else self.tr("Role: ward staff"))
        words = self.tr("Make ward staff") if manager else self.tr("Make ward manager")
        self.change_role.setText(words)
        self.change_role.setAccessibleName(words)

    def _heading(self) -> str:
        if self._person is None:
            if self._new_role is Role.STAFF:
                return self.tr("New staff member: type their name. It saves by itself.")
            return self.tr("New patient: type their name. It saves by itself.")
        if self._archived:
            return self.tr("Archived: hidden from the ward")
        return self.tr("Staff member") if self._person.role is Role.STAFF else self.tr("Patient")

    def _show_picture(self) -> None:
        if self._person is None:
            self.preview.clear()
            return
        ratio = self.devicePixelRatioF()
        pixmap = person_pixmap(
            self._context.painter, self._person, int(PREVIEW * ratio), self._context.paths.pictures
        )
        pixmap.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pixmap)
        self.preview.setAccessibleName(self.tr("Their picture"))

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # signing out or leaving the screen keeps what was typed
        super().hideEvent(event)

    def retranslate(self) -> None:
        for label, field, words in (
            (self.name_label, self.name, self.tr("Name they like to be called")),
            (self.ward_label, self.ward, self.tr("Ward")),
            (self.pin_label, self.pin, self.tr("New PIN (4 to 8 numbers)")),
            (self.pin_again_label, self.pin_again, self.tr("The same PIN again")),
        ):
            label.setText(words)
            label.setBuddy(field)
            field.setAccessibleName(words)
        self.picture_label.setText(self.tr("Picture"))
        self.ward_rep_note.setText(self.tr("A ward rep speaks for the ward at the recovery council."))
        self.pin_heading.setText(self.tr("PIN for signing in"))
        self.role_heading.setText(self.tr("Role"))
        self.role_note.setText(
            self.tr(
                "A ward manager can also erase people, restore backups, export the whole ward, "
                "change ward settings and change roles. Only a ward manager can change a role."
            )
        )
        self.actions_heading.setText(self.tr("Archive or erase"))
        self.self_note.setText(
            self.tr("You are signed in as this person, so you cannot archive or erase yourself.")
        )
        for button, words in (
            (self.ward_rep, self.tr("Ward rep")),
            (self.choose_picture, self.tr("Choose a picture…")),
            (self.remove_picture, self.tr("Remove picture")),
            (self.save_pin, self.tr("Save PIN")),
            (self.erase, self.tr("Erase this person…")),
        ):
            button.setText(words)
            button.setAccessibleName(words)
        if self.ward.count() and self.ward.itemData(0) == "":
            self.ward.setItemText(0, self.tr("No ward"))
        self.preferences.retranslate()
        self._show()
