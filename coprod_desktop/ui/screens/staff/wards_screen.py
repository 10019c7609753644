"""Wards: add, rename and archive them, and choose which ward this device serves."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.wards import WardInUse
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.row_button import RowButton

TYPING_PAUSE_MS = 800


class WardsScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._wards = context.services.wards
        self._chosen: WardInfo | None = None
        self._title = title_label(self)
        self._message = message_label(self)
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        self.rows: dict[uuid.UUID, RowButton] = {}

        self.new_name = QLineEdit(self)
        self.add = QPushButton(self)
        self.add.setMinimumSize(220, 88)
        self.add.clicked.connect(self.add_ward)
        adding = QHBoxLayout()
        adding.addWidget(self.new_name, 1)
        adding.addWidget(self.add)

        self._editing = QLabel(self)
        self.name = QLineEdit(self)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.save_name)
        self.name.textEdited.connect(self._pause.start)
        self.name.editingFinished.connect(self.save_name)
        self.use_here = QPushButton(self)
        self.archive = QPushButton(self)
        for button in (self.use_here, self.archive):
            button.setMinimumSize(280, 88)
        self.use_here.clicked.connect(self.use_on_this_device)
        self.archive.clicked.connect(self._ask_archive)
        self.confirm = ConfirmPanel(context.painter, context.speaker, self)
        actions = QHBoxLayout()
        actions.addWidget(self.use_here)
        actions.addWidget(self.archive)
        actions.addStretch(1)

        left = QVBoxLayout()
        left.addLayout(self._list)
        left.addLayout(adding)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._editing)
        right.addWidget(self.name)
        right.addLayout(actions)
        right.addWidget(self.confirm)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(40)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addLayout(columns, 1)
        layout.addWidget(self._message)
        self.retranslate()
        self._load()

    def title(self) -> str:
        return self.tr("Wards")

    def _load(self) -> None:
        for row in self.rows.values():
            self._list.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        here = self.context.services.device.ward_id()
        for ward in self._wards.active():
            row = RowButton(self.context.painter, "hospital")
            words = ward.name if ward.id != here else self.tr("{name} (this device)").format(name=ward.name)
            row.set_words(words)
            row.clicked.connect(lambda _checked=False, w=ward: self.choose(w))
            self._list.insertWidget(self._list.count(), row)
            self.rows[ward.id] = row
        if self._chosen is not None and self._chosen.id not in self.rows:
            self._chosen = None
        self._show_chosen()

    def choose(self, ward: WardInfo) -> None:
        self.save_name()
        self._chosen = ward
        self.name.setText(ward.name)
        for ward_id, row in self.rows.items():
            row.setChecked(ward_id == ward.id)
        self._show_chosen()

    def _show_chosen(self) -> None:
        chosen = self._chosen is not None
        for widget in (self._editing, self.name, self.use_here, self.archive):
            widget.setVisible(chosen)

    def add_ward(self) -> None:
        try:
            ward = self._wards.add(self.new_name.text())
        except InvalidText:
            self._message.setText(self.tr("Please type the new ward's name."))
            return
        self.new_name.clear()
        self._load()
        self.choose(ward)
        self._message.setText(self.tr("Ward added."))

    def save_name(self) -> None:
        self._pause.stop()
        if self._chosen is None or self.name.text() == self._chosen.name:
            return
        try:
            self._chosen = self._wards.rename(self._chosen.id, self.name.text(), actor_id=self.staff.id)
        except InvalidText:
            self._message.setText(self.tr("A ward needs a name. The last name typed is kept."))
            return
        row = self.rows.get(self._chosen.id)
        if row is not None:
            row.set_words(self._chosen.name)
        self._message.setText(self.tr("Saved."))

    def use_on_this_device(self) -> None:
        if self._chosen is not None:
            self.context.services.device.set_ward(self._chosen.id)
            self._load()
            self._message.setText(self.tr("This device now shows {name}.").format(name=self._chosen.name))

    def _ask_archive(self) -> None:
        if self._chosen is not None:
            question = self.tr("Archive {name}? It will be hidden.").format(name=self._chosen.name)
            self.confirm.ask(question, self._archive)

    def _archive(self) -> None:
        if self._chosen is None:
            return
        try:
            self._wards.archive(self._chosen.id, actor_id=self.staff.id)
        except WardInUse:
            self._message.setText(self.tr("Move or archive the people on this ward first."))
            return
        self._chosen = None
        self._load()
        self._message.setText(self.tr("The ward is archived."))

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.save_name()  # leaving or being signed out keeps what was typed
        super().hideEvent(event)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.add.setText(self.tr("Add a ward"))
        self.new_name.setAccessibleName(self.tr("New ward's name"))
        self.new_name.setPlaceholderText(self.tr("New ward's name"))
        self._editing.setText(self.tr("Ward name"))
        self.name.setAccessibleName(self.tr("Ward name"))
        self.use_here.setText(self.tr("Use this ward on this device"))
        self.archive.setText(self.tr("Archive this ward"))
