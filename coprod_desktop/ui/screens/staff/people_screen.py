"""People and wards: staff add, edit, archive, move and erase patients and staff.

The list shows one ward's people (archived ones on request); choosing someone opens the editor
beside it. Erasing goes through a two-step confirmation that replaces the editor.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.erasure import erase_person
from coprod_desktop.services.people import NotForYourself, PersonEntry, UnknownPerson
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.staff_roles import ManagerAction, NotAllowed
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.people_erase import EraseConfirm
from coprod_desktop.ui.screens.staff.people_prefs import big, short_name
from coprod_desktop.ui.screens.staff.person_editor import PersonEditor
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.manager_only import manager_only_words

ICON = 56
LIST_WIDTH = 440
NO_WARD = "no-ward"


class PeopleScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._entries: list[PersonEntry] = []

        self._title = title_label(self)
        self.ward_label = plain_label(self)
        self.ward_filter = big(QComboBox(self))
        self.show_archived = big(QCheckBox(self))
        self.people_list = QListWidget(self)
        self.people_list.setIconSize(QSize(ICON, ICON))
        self.people_list.setUniformItemSizes(True)
        self.people_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.people_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_patient = big(QPushButton(self))
        self.add_staff = big(QPushButton(self))
        self.add_patient.setProperty("role", "primary")
        self.empty_note = plain_label(self)

        self.editor = PersonEditor(context, staff)
        self.confirm = EraseConfirm()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.editor)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty_note)
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.confirm)
        self._editor_page = scroll
        self.message = message_label(self)

        self.ward_filter.activated.connect(lambda _index: self.refresh())
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.people_list.currentRowChanged.connect(self._row_chosen)
        self.add_patient.clicked.connect(lambda: self.start_new(Role.PATIENT))
        self.add_staff.clicked.connect(lambda: self.start_new(Role.STAFF))
        self.editor.saved.connect(self._person_saved)
        self.editor.message.connect(self.show_message)
        self.editor.erase_requested.connect(self._ask_erase)
        self.confirm.cancelled.connect(self._erase_cancelled)
        self.confirm.confirmed.connect(self.erase)

        # The list gets the height: the two Add buttons share a row, so a ward of people fits.
        adding = QHBoxLayout()
        adding.setSpacing(12)
        adding.addWidget(self.add_patient)
        adding.addWidget(self.add_staff)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.ward_label)
        left.addWidget(self.ward_filter)
        left.addLayout(adding)
        left.addWidget(self.people_list, 1)
        left.addWidget(self.show_archived)
        left_box = QWidget(self)
        left_box.setLayout(left)
        left_box.setFixedWidth(LIST_WIDTH)
        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(left_box)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)

        self.retranslate()
        self._fill_ward_filter(staff.ward_id)
        self.refresh()

    # --- the list ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("People")

    def spoken_summary(self) -> str:
        return join_sentences(
            self.title(), self.add_patient.text(), self.add_staff.text(), self.message.text()
        )

    def on_shown(self) -> None:
        self._fill_ward_filter(self.current_ward())
        self.refresh()

    def current_ward(self) -> uuid.UUID | None:
        data = self.ward_filter.currentData()
        return uuid.UUID(data) if data and data != NO_WARD else None

    def _fill_ward_filter(self, ward_id: uuid.UUID | None) -> None:
        self.ward_filter.clear()
        for ward in self.context.services.wards.active():
            self.ward_filter.addItem(ward.name, str(ward.id))  # strings: findData() cannot match UUIDs
        if self.context.services.people.listing(None, include_archived=True):
            self.ward_filter.addItem(self.tr("People with no ward"), NO_WARD)
        index = self.ward_filter.findData(str(ward_id) if ward_id is not None else NO_WARD)
        self.ward_filter.setCurrentIndex(max(0, index))

    def refresh(self, keep: uuid.UUID | None = None) -> None:
        """Reloads the list from the store, keeping the chosen person chosen if still shown."""
        if keep is None and self.editor.person is not None:
            keep = self.editor.person.id
        entries = self.context.services.people.listing(
            self.current_ward(), include_archived=self.show_archived.isChecked()
        )
        self._entries = entries
        blocked = self.people_list.blockSignals(True)
        try:
            self.people_list.clear()
            for entry in entries:
                item = QListWidgetItem(self._item_words(entry))
                item.setIcon(
                    QIcon(
                        person_pixmap(self.context.painter, entry.person, ICON, self.context.paths.pictures)
                    )
                )
                item.setSizeHint(QSize(LIST_WIDTH - 40, ICON + 24))
                self.people_list.addItem(item)
                if entry.person.id == keep:
                    self.people_list.setCurrentItem(item)
        finally:
            self.people_list.blockSignals(blocked)

    def _item_words(self, entry: PersonEntry) -> str:
        words = entry.person.called
        if entry.person.is_manager:
            words = self.tr("{name} (ward manager)").format(name=words)
        elif entry.person.role is Role.STAFF:
            words = self.tr("{name} (staff)").format(name=words)
        if entry.archived:
            words = self.tr("{name} (archived)").format(name=words)
        return words

    def _row_chosen(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            self.open_person(self._entries[row].person.id)

    def open_person(self, person_id: uuid.UUID) -> None:
        people = self.context.services.people
        person = people.get(person_id)
        if person is None:
            self.show_message(self.tr("This person is no longer here. Someone may have erased them."))
            self.refresh()
            return
        self.editor.load(person, people.is_archived(person_id))
        self.pages.setCurrentWidget(self._editor_page)
        rows = [e.person.id for e in self._entries]
        if person_id in rows and self.people_list.currentRow() != rows.index(person_id):
            blocked = self.people_list.blockSignals(True)
            self.people_list.setCurrentRow(rows.index(person_id))
            self.people_list.blockSignals(blocked)

    def start_new(self, role: Role) -> None:
        self.people_list.clearSelection()
        self.people_list.setCurrentRow(-1)
        self.editor.start_new(role, self.current_ward())
        self.pages.setCurrentWidget(self._editor_page)
        self.show_message("")

    def _person_saved(self, person: PersonInfo) -> None:
        self.refresh(keep=person.id)

    def show_message(self, words: str) -> None:
        self.message.setText(words)

    # --- erasing -----------------------------------------------------------------------------
    def _ask_erase(self, person: PersonInfo) -> None:
        """Only a ward manager is asked; anyone else is told kindly, and the try is audited."""
        try:
            self.context.services.staff_roles.require(self.staff.id, ManagerAction.ERASE, person.id)
        except NotAllowed as refused:
            self.show_message(manager_only_words(refused.action))
            return
        self.confirm.ask(person)
        self.pages.setCurrentWidget(self.confirm)
        self.show_message("")

    def _erase_cancelled(self) -> None:
        self.pages.setCurrentWidget(self._editor_page)
        self.show_message(self.tr("Nothing was erased."))

    def erase(self, person: PersonInfo) -> None:
        """Called only by the confirmation's second step."""
        services = self.context.services
        try:
            erase_person(
                services.session_factory,
                person.id,
                self.staff.id,
                self.context.paths.pictures,
                services.clock,
                recordings_dir=self.context.paths.recordings,
            )
        except NotForYourself:
            self.show_message(self.tr("You cannot erase yourself while you are signed in."))
            self.pages.setCurrentWidget(self._editor_page)
            return
        except NotAllowed as refused:  # the role changed since the question was asked
            self.show_message(manager_only_words(refused.action))
            self.pages.setCurrentWidget(self._editor_page)
            return
        except UnknownPerson:
            pass  # already gone: the outcome is the same
        self.editor.start_new(Role.PATIENT, self.current_ward())
        self.pages.setCurrentWidget(self.empty_note)
        self.refresh()
        self.show_message(
            self.tr("{name} has been erased. The audit log keeps only that it happened.").format(
                name=short_name(person.called)
            )
        )

    # --- words -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.ward_label.setText(self.tr("Show people on"))
        self.ward_label.setBuddy(self.ward_filter)
        self.ward_filter.setAccessibleName(self.tr("Show people on"))
        for widget, words in (
            (self.show_archived, self.tr("Show archived people too")),
            (self.add_patient, self.tr("New patient")),
            (self.add_staff, self.tr("New staff")),
        ):
            widget.setText(words)
            widget.setAccessibleName(words)
        self.people_list.setAccessibleName(self.tr("People on this ward"))
        self.empty_note.setText(self.tr("Choose a person from the list, or add someone new."))
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        index = self.ward_filter.findData(NO_WARD)
        if index >= 0:
            self.ward_filter.setItemText(index, self.tr("People with no ward"))
        if self._entries:
            for row, entry in enumerate(self._entries):
                item = self.people_list.item(row)
                if item is not None:
                    item.setText(self._item_words(entry))


__all__ = ["PeopleScreen"]
