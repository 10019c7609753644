"""Meetings: staff choose a patient, see all their meetings, and add, change or cancel one.

A new meeting is stored when staff press "Add this meeting". After that, like every staff screen,
each change saves by itself a moment after it is made, so signing out never loses anything.
Times are typed in local time and stored as aware UTC.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.meetings import MeetingDetail, MeetingNotFound
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.templates import TemplateService
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.meeting_words import SYMBOLS, kind_words
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.meeting_form import MeetingForm, to_local
from coprod_desktop.ui.screens.staff.outcome_form import OutcomeForm
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.row_button import RowButton
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

SAVE_PAUSE_MS = 700
PEOPLE_STRIP_HEIGHT = 136
"""How long after the last change a meeting saves by itself."""


class MeetingsScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._meetings = context.services.meetings
        self._templates = TemplateService(context.services.session_factory, context.services.clock)
        self._person: PersonInfo | None = None
        self._editing: MeetingDetail | None = None
        self._rows: dict[uuid.UUID, RowButton] = {}
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_PAUSE_MS)
        self._save_timer.timeout.connect(self._save_changes)

        self._title = title_label(self)
        self.people_buttons: dict[uuid.UUID, SymbolButton] = {}
        self._people_group = QButtonGroup(self)
        self._people_row = QHBoxLayout()
        self._people_row.setSpacing(12)
        people_inner = QWidget()
        people_inner.setLayout(self._people_row)
        self._people_row.setContentsMargins(4, 4, 4, 4)
        people_scroll = QScrollArea(self)
        people_scroll.setWidgetResizable(True)
        people_scroll.setWidget(people_inner)
        people_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        people_scroll.setFixedHeight(PEOPLE_STRIP_HEIGHT)
        people_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # Left: the chosen person's meetings.
        self._list_heading = title_label(self, role="subtitle")
        self.add_button = QPushButton(self)
        self.add_button.setMinimumSize(220, MIN_TARGET)
        self.add_button.clicked.connect(self.start_new)
        self._list_layout = QVBoxLayout()
        self._list_layout.setSpacing(10)
        list_inner = QWidget()
        list_inner.setLayout(self._list_layout)
        list_scroll = QScrollArea(self)
        list_scroll.setWidgetResizable(True)
        list_scroll.setWidget(list_inner)
        list_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self._list_heading)
        left.addWidget(self.add_button)
        left.addWidget(list_scroll, 1)

        # Right: the form.
        self._form_heading = title_label(self, role="subtitle")
        self.form = MeetingForm(context, self)
        self.form.changed.connect(self._form_changed)
        self.form.title_edit.editingFinished.connect(self._flush)
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.cancel_button = QPushButton(self)
        for button in (self.save_button, self.cancel_button):
            button.setMinimumSize(260, MIN_TARGET)
        self.save_button.clicked.connect(self._add)
        self.cancel_button.clicked.connect(self._ask_cancel)
        # After a meeting has happened: what was agreed, for the person to hear.
        self.outcome_button = QPushButton(self)
        self.outcome_button.setMinimumSize(260, MIN_TARGET)
        self.outcome_button.clicked.connect(self.open_outcome)
        self.outcome_form = OutcomeForm(context, staff, self)
        self.outcome_form.hide()
        self.confirm = ConfirmPanel(context.painter, context.speaker, self)
        self.message = message_label(self)
        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.save_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.outcome_button)
        actions.addStretch(1)
        form_inner = QWidget()
        right = QVBoxLayout(form_inner)
        right.setContentsMargins(0, 0, 16, 0)
        right.setSpacing(12)
        right.addWidget(self._form_heading)
        right.addWidget(self.form)
        right.addLayout(actions)
        right.addWidget(self.confirm)
        right.addWidget(self.message)
        right.addWidget(self.outcome_form)
        right.addStretch(1)
        self._form_scroll = QScrollArea(self)
        self._form_scroll.setWidgetResizable(True)
        self._form_scroll.setWidget(form_inner)
        self._form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._form_area = form_inner

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 2)
        body.addWidget(self._form_scroll, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(people_scroll)
        layout.addLayout(body, 1)

        self._load_people()
        self.retranslate()

    # Screen

    def title(self) -> str:
        return self.tr("Meetings")

    def spoken_summary(self) -> str:
        person = self._person.called if self._person else self.tr("Choose a person.")
        return join_sentences(self.title(), person, self._form_heading.text())

    def on_shown(self) -> None:
        self._load_people()

    def hideEvent(self, event: object) -> None:
        self._flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.add_button.setText(self.tr("Add a meeting"))
        self.save_button.setText(self.tr("Add this meeting"))
        self.cancel_button.setText(self.tr("Cancel this meeting"))
        self.outcome_button.setText(self.tr("Write what was agreed"))
        for button in (self.add_button, self.save_button, self.cancel_button, self.outcome_button):
            button.setAccessibleName(button.text())
        self.form.retranslate()
        self.outcome_form.retranslate()
        self.confirm.retranslate()
        self._show_heading()
        self._fill_list()

    # People

    def _ward_id(self) -> uuid.UUID | None:
        if self.staff.ward_id is not None:
            return self.staff.ward_id
        wards = self.context.services.wards.active()
        return wards[0].id if wards else None

    def _load_people(self) -> None:
        ward_id = self._ward_id()
        people = self.context.services.people.on_ward(ward_id, Role.PATIENT) if ward_id else []
        if [p.id for p in people] == list(self.people_buttons):
            return
        for button in self.people_buttons.values():
            self._people_group.removeButton(button)
            button.hide()
            button.deleteLater()
        self.people_buttons = {}
        while self._people_row.count():
            self._people_row.takeAt(0)
        for person in people:
            button = SymbolButton(
                self.context.painter,
                self.context.speaker,
                person.picture_symbol,
                person.called,
                symbol_size=48,
            )
            button.setCheckable(True)
            button.setFixedSize(170, 124)
            button.clicked.connect(lambda _checked=False, p=person: self.choose_person(p))
            self._people_group.addButton(button)
            self.people_buttons[person.id] = button
            self._people_row.addWidget(button)
        self._people_row.addStretch(1)
        if ward_id is not None:
            templates = self._templates.list_templates(ward_id)
            ward = self.context.services.wards.get(ward_id)
            names = {p.id: p.called for p in people} | ({ward.id: ward.name} if ward else {})
            self.form.set_templates(templates, names)
        if self._person is not None and self._person.id not in self.people_buttons:
            self._person = None
        if self._person is None and people:
            self.choose_person(people[0])
        self._show_heading()

    def button_for(self, called: str) -> SymbolButton:
        return next(b for b in self.people_buttons.values() if b.words == called)

    def choose_person(self, person: PersonInfo) -> None:
        self._flush()
        self._person = person
        self.people_buttons[person.id].setChecked(True)
        self.start_new()
        self._fill_list()

    # The list

    def _fill_list(self) -> None:
        self._rows = {}
        while self._list_layout.count():
            widget = self._list_layout.takeAt(0).widget()
            if widget is not None:
                # Hidden at once: deleteLater waits for the event loop.
                widget.hide()
                widget.deleteLater()
        if self._person is None:
            return
        meetings = self._meetings.for_person(self._person.id)
        now = self.context.clock()
        start_of_today = to_local(now).replace(hour=0, minute=0, second=0, microsecond=0)
        coming = [m for m in meetings if m.starts_at >= start_of_today]
        past = [m for m in meetings if m.starts_at < start_of_today][::-1]
        if not meetings:
            empty = QLabel(self.tr("No meetings yet."))
            empty.setTextFormat(Qt.TextFormat.PlainText)
            self._list_layout.addWidget(empty)
        for meeting in coming:
            self._add_row(meeting)
        if past:
            heading = title_label(role="subtitle")
            heading.setText(self.tr("Meetings that have happened"))
            self._list_layout.addWidget(heading)
            for meeting in past:
                self._add_row(meeting)
        self._list_layout.addStretch(1)
        if self._editing is not None and self._editing.id in self._rows:
            self._rows[self._editing.id].setChecked(True)

    def _add_row(self, meeting: MeetingDetail) -> None:
        row = RowButton(self.context.painter, SYMBOLS[meeting.kind])
        row.set_words(*self.meeting_words(meeting))
        row.clicked.connect(lambda _checked=False, m=meeting: self.edit(m.id))
        self._rows[meeting.id] = row
        self._list_layout.addWidget(row)
        row.show()  # at once, not on the next turn of the event loop

    def meeting_words(self, meeting: MeetingDetail) -> tuple[str, str]:
        """(what, when): the kind and any title, then the local day and time."""
        local = to_local(meeting.starts_at)
        day = self.context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "ddd d MMMM yyyy"
        )
        when = QCoreApplication.translate("MeetingWords", "{date} at {time}").format(
            date=day, time=f"{local:%H:%M}"
        )
        first = kind_words(meeting.kind) + (f": {meeting.title}" if meeting.title else "")
        return first, when

    def rows(self) -> list[RowButton]:
        return list(self._rows.values())

    # The form

    def start_new(self) -> None:
        self._flush()
        self._editing = None
        self.confirm.close_question()
        self.form.show_new(self.context.clock())
        for row in self._rows.values():
            row.setChecked(False)
        self.message.clear()
        self._show_heading()

    def edit(self, meeting_id: uuid.UUID) -> None:
        self._flush()
        meeting = self._meetings.get(meeting_id)
        if meeting is None:
            self._fill_list()
            return
        self._editing = meeting
        self.confirm.close_question()
        self.form.show_meeting(meeting)
        for each, row in self._rows.items():
            row.setChecked(each == meeting_id)
        self.message.clear()
        self._show_heading()

    def _show_heading(self) -> None:
        enabled = self._person is not None
        self._form_area.setEnabled(enabled)
        self.add_button.setEnabled(enabled)
        if self._person is None:
            self._list_heading.setText(self.tr("Choose a person."))
        else:
            self._list_heading.setText(self.tr("Meetings for {name}").format(name=self._person.called))
        editing = self._editing is not None
        self._form_heading.setText(self.tr("Change this meeting") if editing else self.tr("Add a meeting"))
        self.save_button.setVisible(not editing)
        self.cancel_button.setVisible(editing)
        happened = self._editing is not None and self._editing.starts_at <= self.context.clock()
        self.outcome_button.setVisible(happened)
        shown_for = self.outcome_form.meeting
        if not happened or shown_for is None or self._editing is None or shown_for.id != self._editing.id:
            self.outcome_form.hide()

    def _add(self) -> None:
        if self._person is None:
            return
        kind = self.form.kind()
        if kind is None:
            self.message.setText(self.tr("Choose what kind of meeting it is."))
            return
        meeting = self._meetings.schedule(
            self._person.id,
            kind,
            self.form.starts_at(),
            self.form.title_text(),
            template_id=self.form.template_id(),
            actor_id=self.staff.id,
        )
        self._editing = meeting
        self._fill_list()
        self._show_heading()
        self.message.setText(self.tr("Meeting added. Changes now save by themselves."))

    def _form_changed(self) -> None:
        if self._editing is not None:
            self._save_timer.start()
        else:
            self.message.clear()

    def _flush(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self._save_changes()

    def _save_changes(self) -> None:
        meeting, kind = self._editing, self.form.kind()
        if meeting is None or kind is None:
            return
        try:
            saved = self._meetings.reschedule(
                meeting.id,
                self.form.starts_at(),
                kind,
                self.form.title_text(),
                template_id=self.form.template_id(),
                actor_id=self.staff.id,
            )
        except MeetingNotFound:
            self._editing = None
            self.message.setText(self.tr("This meeting was cancelled somewhere else."))
            self._fill_list()
            self._show_heading()
            return
        changed_order = saved.starts_at != meeting.starts_at
        self._editing = saved
        row = self._rows.get(saved.id)
        if changed_order or row is None:
            self._fill_list()
        else:
            row.set_words(*self.meeting_words(saved))
            row.set_symbol(SYMBOLS[saved.kind])
        self.message.setText(self.tr("Saved."))

    def _ask_cancel(self) -> None:
        meeting = self._editing
        if meeting is None:
            return
        self._flush()
        what, when = self.meeting_words(self._editing or meeting)
        question = self.tr("Cancel this meeting? {meeting}").format(meeting=f"{what}, {when}.")
        self.confirm.ask(question, self._cancel)
        # Once the panel has its size: then the whole question and both answers scroll into view.
        QTimer.singleShot(0, lambda: self._form_scroll.ensureWidgetVisible(self.confirm))

    def open_outcome(self) -> None:
        """The form for what was agreed at the meeting being changed, below the meeting's details."""
        if self._editing is None:
            return
        self._flush()
        self.outcome_form.show_meeting(self._editing)
        self.outcome_form.show()
        self.outcome_form.words.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self._form_scroll.ensureWidgetVisible(self.outcome_form.words))

    def _cancel(self) -> None:
        if self._editing is None:
            return
        self._meetings.cancel(self._editing.id, actor_id=self.staff.id)
        self.start_new()
        self._fill_list()
        self.message.setText(self.tr("The meeting is cancelled."))
