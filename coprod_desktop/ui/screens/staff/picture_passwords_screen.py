"""Picture passwords: staff sit with a patient while they choose 9 pictures they like and then press
their 3 in order, twice. A forgotten password is removed here, and the person chooses again.

Every setting and removal is audited (services/picture_passwords). The password is not shown or
spoken back: only the person knows the order.
"""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.picture_passwords import (
    PICTURES_IN_SECRET,
    PICTURES_SHOWN,
    PicturePasswordProblem,
)
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.scrolling import KineticScrollArea
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.picture_grid import PictureGrid
from coprod_desktop.ui.widgets.row_button import RowButton

CANDIDATES = [
    "football", "music", "tv", "garden", "fruit", "cooking", "art", "bus", "weather",
    "reading", "games", "walk", "computer", "snack", "drink", "exercise", "letter", "shop",
]  # fmt: skip
"""Everyday adult pictures to choose the 9 from (one meaning each; none is an app control)."""

CHOOSE, FIRST, AGAIN = range(3)


class PicturePasswordsScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.picture_passwords
        self._person: PersonInfo | None = None
        self._step = CHOOSE
        self._nine: list[str] = []
        self._first: list[str] = []
        self._second: list[str] = []
        self._title = title_label(self)
        self._intro = message_label(self)
        self._message = message_label(self)
        self.rows: dict[uuid.UUID, RowButton] = {}
        people_list = QWidget(self)
        people = QVBoxLayout(people_list)
        people.setContentsMargins(0, 0, 8, 0)
        people.setSpacing(8)
        ward_id = self.ward_id()
        patients = context.services.people.on_ward(ward_id, role=Role.PATIENT) if ward_id else []
        self._people = {person.id: person for person in patients}
        for person in patients:
            row = RowButton(context.painter, None, symbol_size=48)
            row._icon.setPixmap(person_pixmap(context.painter, person, 48, context.paths.pictures))
            row.clicked.connect(lambda _c=False, p=person: self.choose(p))
            self.rows[person.id] = row
            people.addWidget(row)
        people.addStretch(1)

        self.grid = PictureGrid(context.painter, context.speaker, context.catalogue, columns=6)
        self.grid.pressed.connect(self._pressed)
        self.set_new = QPushButton(self)
        self.remove = QPushButton(self)
        self.next_step = QPushButton(self)
        self.start_again = QPushButton(self)
        for button in (self.set_new, self.remove, self.next_step, self.start_again):
            button.setMinimumSize(240, 88)
        self.set_new.clicked.connect(self.start_setting)
        self.remove.clicked.connect(self._ask_remove)
        self.next_step.clicked.connect(self._after_choosing)
        self.start_again.clicked.connect(self.start_setting)
        self.confirm = ConfirmPanel(context.painter, context.speaker, self)
        actions = QHBoxLayout()
        for button in (self.set_new, self.remove, self.next_step, self.start_again):
            actions.addWidget(button)
        actions.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self._message)
        right.addLayout(actions)
        right.addWidget(self.grid, 1)
        right.addWidget(self.confirm)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(KineticScrollArea(people_list, self), 2)  # room for "No picture password"
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addLayout(body, 1)
        self.confirm.hide()
        self._show_person()
        self.retranslate()

    # --- who -------------------------------------------------------------------------------------
    def choose(self, person: PersonInfo) -> None:
        self._person = person
        for person_id, row in self.rows.items():
            row.setChecked(person_id == person.id)
        self._step = CHOOSE
        self.grid.set_pictures([], self._language())
        self._show_person()
        self.retranslate()

    def _language(self) -> str:
        return self.context.languages.current or "en"

    def _show_person(self) -> None:
        chosen = self._person is not None
        self.set_new.setVisible(chosen)
        self.remove.setVisible(chosen and self._service.has_password(self._person.id))  # type: ignore[union-attr]
        self.next_step.hide()
        self.start_again.hide()
        self.grid.setVisible(False)

    # --- setting a new one -------------------------------------------------------------------------
    def start_setting(self) -> None:
        if self._person is None:
            return
        self._step = CHOOSE
        self._nine, self._first, self._second = [], [], []
        self.grid.set_pictures(CANDIDATES, self._language(), checkable=True)
        self.grid.setVisible(True)
        self.set_new.hide()
        self.remove.hide()
        self.next_step.show()
        self.next_step.setEnabled(False)
        self.start_again.show()
        self.retranslate()

    def _pressed(self, symbol_id: str) -> None:
        if self._step == CHOOSE:
            if symbol_id in self._nine:
                self._nine.remove(symbol_id)
            elif len(self._nine) < PICTURES_SHOWN:
                self._nine.append(symbol_id)
            for key, button in self.grid.buttons.items():
                button.setChecked(key in self._nine)
            self.next_step.setEnabled(len(self._nine) == PICTURES_SHOWN)
        elif self._step == FIRST:
            self._first.append(symbol_id)
            if len(self._first) == PICTURES_IN_SECRET:
                self._step = AGAIN
        elif self._step == AGAIN:
            self._second.append(symbol_id)
            if len(self._second) == PICTURES_IN_SECRET:
                self._save()
                return
        self.retranslate()

    def _after_choosing(self) -> None:
        """The 9 are chosen: now the person presses their 3, in order, in the places they will see."""
        self._step = FIRST
        self.grid.set_pictures(list(self._nine), self._language())
        self.next_step.hide()
        self.retranslate()

    def _save(self) -> None:
        assert self._person is not None
        if self._first != self._second:
            self._first, self._second = [], []
            self._step = FIRST
            self.retranslate()
            self._message.setText(self.tr("The two tries were not the same. Press the 3 pictures again."))
            return
        try:
            self._service.set_password(self._person.id, list(self._nine), self._first, self.staff.id)
        except PicturePasswordProblem as problem:
            self._message.setText(str(problem))
            return
        name = self._person.called
        self._show_person()
        self.retranslate()
        self._message.setText(self.tr("{name}'s picture password is saved.").format(name=name))

    # --- forgotten ---------------------------------------------------------------------------------
    def _ask_remove(self) -> None:
        if self._person is None:
            return
        self.confirm.show()
        self.confirm.ask(
            self.tr("Remove {name}'s picture password? They can choose a new one with you.").format(
                name=self._person.called
            ),
            self._remove,
        )

    def _remove(self) -> None:
        assert self._person is not None
        self._service.reset(self._person.id, self.staff.id)
        self.confirm.hide()
        self._show_person()
        self.retranslate()
        self._message.setText(
            self.tr("Removed. {name} can choose a new one now.").format(name=self._person.called)
        )

    # --- words -------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Picture passwords")

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "A picture password keeps a person's private things (what was agreed, staff notes, their "
                "words) hidden from other patients. Sit with the person: they choose it, not you."
            )
        )
        for person_id, row in self.rows.items():
            has = self._service.has_password(person_id)
            words = self.tr("Has a picture password") if has else self.tr("No picture password")
            row.set_words(self._people[person_id].called, words)
        if self._person is None:
            self._message.setText(self.tr("Choose a person."))
        elif self._step == CHOOSE and self.grid.isVisible():
            self._message.setText(
                self.tr("{name} chooses 9 pictures they like: {count} of 9 chosen.").format(
                    name=self._person.called, count=len(self._nine)
                )
            )
        elif self._step == FIRST:
            self._message.setText(
                self.tr("{name} presses their 3 pictures in order: {count} of 3.").format(
                    name=self._person.called, count=len(self._first)
                )
            )
        elif self._step == AGAIN:
            self._message.setText(
                self.tr("Once more, to be sure: {count} of 3.").format(count=len(self._second))
            )
        else:
            self._message.setText("")
        self.set_new.setText(self.tr("Set a new picture password"))
        self.set_new.setAccessibleName(self.set_new.text())
        self.remove.setText(self.tr("Remove it (forgotten)"))
        self.remove.setAccessibleName(self.remove.text())
        self.next_step.setText(self.tr("Next: press 3 in order"))
        self.next_step.setAccessibleName(self.next_step.text())
        self.start_again.setText(self.tr("Start again"))
        self.start_again.setAccessibleName(self.start_again.text())
