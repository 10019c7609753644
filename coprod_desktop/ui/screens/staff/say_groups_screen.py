"""SAY groups for staff: start the ward's group, see the views as they come in, turn a view into a
You said, we did action in one tap, pass the tablet round, end the group, change the agenda, and look
back at past groups' minutes.

Every change saves at once (the agenda too), so signing out when idle never loses anything.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.say_groups import (
    AGENDA_MAX,
    TITLE_MAX,
    AgendaTopic,
    GroupInfo,
    SayGroupProblem,
    ViewInfo,
)
from coprod_desktop.ui.action_words import said_words
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.meeting_form import to_local
from coprod_desktop.ui.screens.staff.say_minutes_view import SayMinutesView, view_line
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.staff_names import StaffNames
from coprod_desktop.ui.topic_words import DEFAULT_TOPIC_SYMBOL
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.row_button import RowButton
from coprod_desktop.ui.widgets.say_view_panel import say_topic_title, topic_title
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker

PAGE_NOW, PAGE_AGENDA, PAGE_PAST = range(3)
SYMBOL_SIZE = 56
SAVE_PAUSE_MS = 600
"""How long after the last key press a renamed agenda topic saves by itself."""


def _scroll(inner: QWidget, parent: QWidget) -> QScrollArea:
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _clear(layout: QVBoxLayout | QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()  # gone from the screen now, deleted when the event loop next runs
            widget.deleteLater()


class ViewRow(QFrame):
    """One view in the open group: who said what, whose words, and "Make this an action"."""

    action_requested = Signal(object)
    """Emits the view id."""

    def __init__(self, line: str, view: ViewInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.view = view
        self.words = plain_label(self, None, line)
        self.make_action = QPushButton(self)
        self.make_action.setMinimumSize(240, MIN_TARGET)
        self.make_action.clicked.connect(lambda: self.action_requested.emit(self.view.id))
        self.action_made = plain_label(self, "subtitle")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.make_action)
        layout.addWidget(self.action_made)
        self.retranslate()

    @property
    def has_action(self) -> bool:
        return self.view.action_id is not None

    def retranslate(self) -> None:
        self.make_action.setText(self.tr("Make this an action"))
        self.make_action.setAccessibleName(
            self.tr("Make this an action: {view}").format(view=self.words.text())
        )
        self.action_made.setText(self.tr("Action made"))
        self.make_action.setVisible(not self.has_action)
        self.action_made.setVisible(self.has_action)


class AgendaRow(QFrame):
    """One agenda topic: its picture (press to change), its words (saved as you type), Remove."""

    rename_requested = Signal(int, str)
    picture_requested = Signal(int)
    remove_requested = Signal(int)

    def __init__(
        self, context: UiContext, index: int, topic: AgendaTopic, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.index = index
        self.topic = topic
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self._dirty = False
        self.picture = QPushButton(self)
        self.picture.setMinimumSize(MIN_TARGET + 24, MIN_TARGET)
        self.picture.setIcon(context.painter.icon(topic.symbol_id or DEFAULT_TOPIC_SYMBOL, SYMBOL_SIZE))
        self.picture.setIconSize(QSize(SYMBOL_SIZE, SYMBOL_SIZE))
        self.picture.clicked.connect(lambda: self.picture_requested.emit(self.index))
        self.shown_title = say_topic_title(
            topic.title, topic.symbol_id, context.languages.current, context.catalogue
        )
        self.title_edit = QLineEdit(self.shown_title, self)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setMinimumHeight(72)
        self.title_edit.textEdited.connect(self._edited)
        self.title_edit.editingFinished.connect(self.flush)
        self.remove = QPushButton(self)
        self.remove.setMinimumSize(160, MIN_TARGET)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.index))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(12)
        layout.addWidget(self.picture)
        layout.addWidget(self.title_edit, 1)
        layout.addWidget(self.remove)
        self.retranslate()

    def _edited(self) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            self.rename_requested.emit(self.index, self.title_edit.text())

    def retranslate(self) -> None:
        self.picture.setAccessibleName(
            self.tr("Change the picture for {topic}").format(topic=self.shown_title)
        )
        self.title_edit.setAccessibleName(self.tr("Topic name"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setAccessibleName(self.tr("Remove {topic}").format(topic=self.shown_title))


class SayGroupsScreen(StaffScreen):
    round_requested = Signal(object)
    """Emits the open group's id: the main window opens the round screen (passing the tablet)."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.say_groups
        self._group: GroupInfo | None = None
        self._agenda: list[AgendaTopic] = []
        self._picking: int | None = None
        self._staff_name = StaffNames(context.services.people)
        self.view_rows: list[ViewRow] = []
        self.agenda_rows: list[AgendaRow] = []
        self.past_rows: dict[uuid.UUID, RowButton] = {}

        self._title = title_label(self)
        self.message = message_label(self)
        self.confirm = ConfirmPanel(context.painter, context.speaker, self)

        # Three parts, chosen with big buttons: the group on now, the agenda, past groups.
        self._sections = QButtonGroup(self)
        self.now_button, self.agenda_button, self.past_button = (
            SymbolButton(context.painter, context.speaker, symbol, symbol_size=40, max_lines=1, beside=True)
            for symbol in ("say-group", "meeting", "minutes")
        )
        sections = QHBoxLayout()
        sections.setSpacing(12)
        for page, button in enumerate((self.now_button, self.agenda_button, self.past_button)):
            button.setCheckable(True)
            button.setMinimumSize(300, MIN_TARGET)
            button.setMaximumHeight(MIN_TARGET + 12)
            button.clicked.connect(lambda _c=False, p=page: self.show_section(p))
            self._sections.addButton(button)
            sections.addWidget(button)
        sections.addStretch(1)
        self.pages = QStackedWidget(self)

        # --- the group on now --------------------------------------------------------------------
        now = QWidget()
        now_layout = QVBoxLayout(now)
        now_layout.setContentsMargins(0, 0, 16, 0)
        now_layout.setSpacing(12)
        self.status = title_label(now, role="subtitle")
        self.start_button = QPushButton(now)
        self.start_button.setProperty("role", "primary")
        self.round_button = QPushButton(now)
        self.round_button.setProperty("role", "primary")
        self.end_button = QPushButton(now)
        self.refresh_button = QPushButton(now)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        for button in (self.start_button, self.round_button, self.refresh_button, self.end_button):
            button.setMinimumSize(240, MIN_TARGET)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.start_button.clicked.connect(self.start_group)
        self.round_button.clicked.connect(self._ask_round)
        self.end_button.clicked.connect(self._ask_end)
        self.refresh_button.clicked.connect(self.refresh)
        self._views_layout = QVBoxLayout()
        self._views_layout.setSpacing(10)
        now_layout.addWidget(self.status)
        now_layout.addLayout(buttons)
        now_layout.addLayout(self._views_layout)
        now_layout.addStretch(1)
        self.pages.addWidget(_scroll(now, self))

        # --- the agenda --------------------------------------------------------------------------
        agenda = QWidget()
        agenda_layout = QVBoxLayout(agenda)
        agenda_layout.setContentsMargins(0, 0, 16, 0)
        agenda_layout.setSpacing(12)
        self.agenda_intro = title_label(agenda, role="body")
        self._agenda_layout = QVBoxLayout()
        self._agenda_layout.setSpacing(10)
        self.new_topic = QLineEdit(agenda)
        self.new_topic.setMaxLength(TITLE_MAX)
        self.new_topic.setMinimumHeight(72)
        self.new_topic.returnPressed.connect(self.add_agenda_topic)
        self.add_button = QPushButton(agenda)
        self.add_button.setMinimumSize(220, MIN_TARGET)
        self.add_button.clicked.connect(self.add_agenda_topic)
        add_row = QHBoxLayout()
        add_row.setSpacing(12)
        add_row.addWidget(self.new_topic, 1)
        add_row.addWidget(self.add_button)
        self.picker_heading = title_label(agenda, role="subtitle")
        self.picker = SymbolPicker(
            context.catalogue, context.painter, context.speaker, lambda: context.languages.current
        )
        self.picker.setMinimumHeight(420)
        self.picker.chosen.connect(self._picture_chosen)
        self.picker_close = QPushButton(agenda)
        self.picker_close.setMinimumSize(200, MIN_TARGET)
        self.picker_close.clicked.connect(self._close_picker)
        agenda_layout.addWidget(self.agenda_intro)
        agenda_layout.addLayout(self._agenda_layout)
        agenda_layout.addLayout(add_row)
        agenda_layout.addWidget(self.picker_heading)
        agenda_layout.addWidget(self.picker)
        agenda_layout.addWidget(self.picker_close, 0, Qt.AlignmentFlag.AlignLeft)
        agenda_layout.addStretch(1)
        self.pages.addWidget(_scroll(agenda, self))

        # --- past groups ---------------------------------------------------------------------------
        past = QWidget()
        past_layout = QHBoxLayout(past)
        past_layout.setContentsMargins(0, 0, 0, 0)
        past_layout.setSpacing(24)
        past_list = QWidget()
        self._past_layout = QVBoxLayout(past_list)
        self._past_layout.setSpacing(10)
        self.minutes_view = SayMinutesView(context)
        past_layout.addWidget(_scroll(past_list, self), 2)
        past_layout.addWidget(_scroll(self.minutes_view, self), 3)
        self.pages.addWidget(past)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(sections)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        self._close_picker()
        self.refresh()
        self.show_section(PAGE_NOW)

    # --- Screen ----------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("SAY groups")

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self.status.text())

    def on_shown(self) -> None:
        self.refresh()

    def hideEvent(self, event: object) -> None:
        for row in self.agenda_rows:
            row.flush()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.now_button.set_words(self.tr("The group now"))
        self.agenda_button.set_words(self.tr("Agenda"))
        self.past_button.set_words(self.tr("Past groups"))
        self.start_button.setText(self.tr("Start a SAY group"))
        self.round_button.setText(self.tr("Pass the tablet round"))
        self.end_button.setText(self.tr("End the group"))
        self.refresh_button.setText(self.tr("Show new views"))
        self.agenda_intro.setText(
            self.tr("The topics each new SAY group starts with. A group already on keeps its own topics.")
        )
        self.new_topic.setPlaceholderText(self.tr("A new topic"))
        self.new_topic.setAccessibleName(self.tr("A new topic"))
        self.add_button.setText(self.tr("Add this topic"))
        self.picker_close.setText(self.tr("Close the pictures"))
        for button in (
            self.start_button,
            self.round_button,
            self.end_button,
            self.refresh_button,
            self.add_button,
            self.picker_close,
        ):
            button.setAccessibleName(button.text())
        self.confirm.retranslate()
        self._show_status()
        self._fill_agenda()
        self._fill_views()
        self._fill_past()

    # --- what is shown -------------------------------------------------------------------------------
    def _ward(self) -> uuid.UUID | None:
        ward_id = self.ward_id()
        if ward_id is not None:
            return ward_id
        wards = self.context.services.wards.active()
        return wards[0].id if wards else None

    @property
    def group(self) -> GroupInfo | None:
        return self._group

    def refresh(self) -> None:
        """Reads the group, its views, the agenda and past groups again."""
        ward_id = self._ward()
        self._group = self._service.open_group(ward_id) if ward_id else None
        self._agenda = self._service.agenda(ward_id) if ward_id else []
        self.retranslate()

    def show_section(self, page: int) -> None:
        for index, button in enumerate((self.now_button, self.agenda_button, self.past_button)):
            button.setChecked(index == page)
        self.pages.setCurrentIndex(page)
        self.confirm.close_question()

    def _show_status(self) -> None:
        group = self._group
        if group is None:
            self.status.setText(self.tr("No SAY group is on now. Start one when the group meets."))
        else:
            started = to_local(group.started_at)
            self.status.setText(
                self.tr("A SAY group is on now. It started at {time}.").format(time=f"{started:%H:%M}")
            )
        self.start_button.setVisible(group is None and self._ward() is not None)
        for button in (self.round_button, self.end_button, self.refresh_button):
            button.setVisible(group is not None)

    def _fill_views(self) -> None:
        _clear(self._views_layout)
        self.view_rows = []
        group = self._group
        if group is None:
            return
        views = self._service.views(group.id)
        for topic in group.topics:
            given = views.get(topic.id, [])
            heading = title_label(role="subtitle")
            if given:
                heading.setText(
                    self.tr("{topic}: {count} views").format(
                        topic=topic_title(self.context, topic), count=len(given)
                    )
                )
            else:
                heading.setText(
                    self.tr("{topic}: no views yet").format(topic=topic_title(self.context, topic))
                )
            self._views_layout.addWidget(heading)
            heading.show()  # at once, not on the next turn of the event loop
            for view in given:
                row = ViewRow(view_line(self.context, view, self._staff_name), view)
                row.action_requested.connect(self.make_action)
                self._views_layout.addWidget(row)
                row.show()
                self.view_rows.append(row)

    def row_for(self, view_id: uuid.UUID) -> ViewRow:
        return next(row for row in self.view_rows if row.view.id == view_id)

    # --- the group -------------------------------------------------------------------------------------
    def start_group(self) -> None:
        ward_id = self._ward()
        if ward_id is None:
            return
        try:
            self._group = self._service.start(ward_id, self.staff.id)
        except SayGroupProblem as problem:
            self._tell_problem(problem)
            self.refresh()
            return
        self.refresh()
        self.message.setText(self.tr("The SAY group has started. People can give their views now."))

    def _ask_round(self) -> None:
        if self._group is not None:
            self.round_requested.emit(self._group.id)

    def _ask_end(self) -> None:
        if self._group is None:
            return
        self.confirm.ask(self.tr("End the SAY group? People cannot add views after this."), self.end_group)

    def end_group(self) -> None:
        group = self._group
        if group is None:
            return
        try:
            self._service.end(group.id, self.staff.id)
        except SayGroupProblem as problem:
            self._tell_problem(problem)
        self.refresh()
        self.message.setText(self.tr("The SAY group has ended. Its minutes are in Past groups."))

    def make_action(self, view_id: uuid.UUID) -> None:
        """One tap: the view becomes an Amber You said, we did action (tapping again changes nothing)."""
        try:
            action = self._service.to_action(view_id, self.staff.id)
        except SayGroupProblem as problem:
            self._tell_problem(problem)
            self.refresh()
            return
        self.refresh()
        self.message.setText(
            self.tr("Action made: {said}. It is on You said, we did.").format(said=said_words(action))
        )

    # --- the agenda ---------------------------------------------------------------------------------
    def _fill_agenda(self) -> None:
        _clear(self._agenda_layout)
        self.agenda_rows = []
        for index, topic in enumerate(self._agenda):
            row = AgendaRow(self.context, index, topic)
            row.rename_requested.connect(self._rename)
            row.picture_requested.connect(self._open_picker)
            row.remove_requested.connect(self._ask_remove)
            self._agenda_layout.addWidget(row)
            row.show()
            self.agenda_rows.append(row)
        self.add_button.setEnabled(len(self._agenda) < AGENDA_MAX)

    def _save_agenda(self, topics: list[AgendaTopic]) -> bool:
        ward_id = self._ward()
        if ward_id is None:
            return False
        try:
            self._service.set_agenda(ward_id, topics, self.staff.id)
        except SayGroupProblem as problem:
            self._tell_problem(problem)
            return False
        self._agenda = self._service.agenda(ward_id)
        self.message.setText(self.tr("Agenda saved."))
        return True

    def add_agenda_topic(self) -> None:
        title = self.new_topic.text().strip()
        if not title:
            self.message.setText(self.tr("Type the new topic's name first."))
            return
        if self._save_agenda([*self._agenda, AgendaTopic(title, DEFAULT_TOPIC_SYMBOL)]):
            self.new_topic.clear()
            self._fill_agenda()

    def _rename(self, index: int, text: str) -> None:
        if not 0 <= index < len(self._agenda):
            return
        old = self._agenda[index]
        row = self.agenda_rows[index] if index < len(self.agenda_rows) else None
        # Unchanged words keep the stored title, so a default topic stays translatable.
        title = old.title if row is not None and text.strip() == row.shown_title else text
        if title == old.title:
            return
        topics = list(self._agenda)
        topics[index] = AgendaTopic(title, old.symbol_id)
        self._save_agenda(topics)
        if row is not None:
            row.topic = self._agenda[index] if index < len(self._agenda) else row.topic

    def _open_picker(self, index: int) -> None:
        self._flush_rows()
        self._picking = index
        topic = self._agenda[index]
        shown = say_topic_title(
            topic.title, topic.symbol_id, self.context.languages.current, self.context.catalogue
        )
        self.picker_heading.setText(self.tr("Choose a picture for {topic}").format(topic=shown))
        for widget in (self.picker_heading, self.picker, self.picker_close):
            widget.show()
        self.picker.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_picker(self) -> None:
        self._picking = None
        for widget in (self.picker_heading, self.picker, self.picker_close):
            widget.hide()

    def _picture_chosen(self, symbol_id: str) -> None:
        index = self._picking
        self._close_picker()
        if index is None or not 0 <= index < len(self._agenda):
            return
        topics = list(self._agenda)
        topics[index] = AgendaTopic(topics[index].title, symbol_id)
        if self._save_agenda(topics):
            self._fill_agenda()

    def _ask_remove(self, index: int) -> None:
        if not 0 <= index < len(self._agenda):
            return
        self._flush_rows()
        topic = self._agenda[index]
        shown = say_topic_title(
            topic.title, topic.symbol_id, self.context.languages.current, self.context.catalogue
        )
        self.confirm.ask(
            self.tr("Remove “{topic}” from the agenda?").format(topic=shown),
            lambda: self.remove_agenda_topic(index),
        )

    def remove_agenda_topic(self, index: int) -> None:
        topics = [t for i, t in enumerate(self._agenda) if i != index]
        if self._save_agenda(topics):
            self._fill_agenda()

    def _flush_rows(self) -> None:
        for row in self.agenda_rows:
            row.flush()

    # --- past groups -------------------------------------------------------------------------------------
    def _fill_past(self) -> None:
        _clear(self._past_layout)
        self.past_rows = {}
        ward_id = self._ward()
        held = [g for g in self._service.held(ward_id) if not g.is_open] if ward_id else []
        if not held:
            empty = title_label(role="body")
            empty.setText(self.tr("No SAY groups have ended yet."))
            self._past_layout.addWidget(empty)
            empty.show()
        for group in held:
            row = RowButton(self.context.painter, "minutes")
            local = to_local(group.started_at)
            day = self.context.languages.locale().toString(
                QDate(local.year, local.month, local.day), "ddd d MMM yyyy"
            )
            row.set_words(day, self.tr("{count} topics").format(count=len(group.topics)))
            row.clicked.connect(lambda _c=False, g=group.id: self.show_minutes(g))
            self._past_layout.addWidget(row)
            row.show()
            self.past_rows[group.id] = row
        self._past_layout.addStretch(1)
        shown = self.minutes_view.minutes
        if shown is not None and shown.group.id in self.past_rows:
            self.show_minutes(shown.group.id)
        elif held:
            self.show_minutes(held[0].id)
        else:
            self.minutes_view.show_minutes(None)

    def show_minutes(self, group_id: uuid.UUID) -> None:
        try:
            minutes = self._service.minutes(group_id)
        except SayGroupProblem as problem:
            self._tell_problem(problem)
            return
        for each, row in self.past_rows.items():
            row.setChecked(each == group_id)
        self.minutes_view.show_minutes(minutes)

    # --- problems ------------------------------------------------------------------------------------
    def _tell_problem(self, problem: SayGroupProblem) -> None:
        """The service's English message, put in the screen's own translated words."""
        text = str(problem)
        if "already open" in text:
            shown = self.tr("A SAY group is already on. End it first.")
        elif "at least one" in text:
            shown = self.tr("A SAY group needs at least one topic.")
        elif "short" in text:
            shown = self.tr("Keep the agenda short: at most {count} topics.").format(count=AGENDA_MAX)
        elif "name" in text:
            shown = self.tr("Give each topic a name.")
        elif "finished" in text:
            shown = self.tr("This SAY group has finished.")
        else:
            shown = self.tr("That could not be done. The group may have changed on another screen.")
        self.message.setText(shown)
