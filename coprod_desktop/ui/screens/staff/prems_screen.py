"""Experience questions (PREMs) for staff: who is asked and how often, the ward's questions, and
the results.

Schedule: each patient's "how often" saves the moment it is pressed. Questions: staff edit the
words and pictures, then press Save; once anyone has answered, Save keeps the old questions as they
were and makes a new version, so old answers keep the words people saw (the screen says so before
and after). Results: one person's answers over time, and the ward's trend per question with the
number of answers. The ward trend has no names, so any count under 3 shows as "fewer than 3".
Every chart has its numbers in words in a table beside it, and a friendly note replaces a chart
that would be empty.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.prems import (
    ITEMS_MAX,
    TEXT_MAX,
    ItemDraft,
    ItemInfo,
    ItemSetInfo,
    PremProblem,
    TrendPoint,
    WardTrend,
)
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import Rating, Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.prem_words import DEFAULT_SYMBOL, every_words, item_words, text_words
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.prem_charts import count_words, history_chart, trend_has_line, ward_trend_chart
from coprod_desktop.ui.widgets.rating_scale import rating_words
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

SECTION_SCHEDULE, SECTION_QUESTIONS, SECTION_RESULTS = range(3)
HOW_OFTEN: tuple[int | None, ...] = (None, 14, 28, 56)
"""The choices offered: not asked, every 2, 4 or 8 weeks."""
PERIODS: tuple[tuple[str, int, int], ...] = (
    ("3-months", 91, 14),
    ("12-months", 365, 30),
    ("5-years", 5 * 365, 91),
)
"""(key, days shown, days per point) for the ward trend."""
CHART_HEIGHT = 440
SCORE_RATINGS = {3: Rating.GOOD, 2: Rating.NOT_SURE, 1: Rating.NOT_GOOD}


def _table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setMinimumHeight(200)
    return table


def _cell(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


class ScheduleRow(QFrame):
    """One patient: how often they are asked (four big choices) and when next."""

    chosen = Signal(object, object)
    """(person, every_days or None)."""
    ask_now = Signal(object)

    def __init__(self, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.person = person
        self.name = QLabel(person.called, self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setProperty("role", "subtitle")
        self.next_label = plain_label(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int | None, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(10)
        for days in HOW_OFTEN:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setMinimumSize(150, MIN_TARGET)
            button.clicked.connect(lambda _c=False, d=days: self.chosen.emit(self.person, d))
            self.group.addButton(button)
            self.buttons[days] = button
            row.addWidget(button)
        self.other = QPushButton(self)  # an "every N days" set some other way, shown as it is
        self.other.setCheckable(True)
        self.other.setMinimumSize(150, MIN_TARGET)
        self.other.setEnabled(False)
        self.other.hide()
        self.group.addButton(self.other)
        row.addWidget(self.other)
        self.ask = QPushButton(self)
        self.ask.setMinimumSize(160, MIN_TARGET)
        self.ask.clicked.connect(lambda: self.ask_now.emit(self.person))
        row.addStretch(1)
        row.addWidget(self.ask)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name)
        who.addWidget(self.next_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(16)
        layout.addLayout(who, 1)
        layout.addLayout(row, 3)

    def fit_words(self) -> None:
        """Each choice at least as wide as its words ("Every 30 days", longer in Welsh)."""
        for button in (*self.buttons.values(), self.other, self.ask):
            least = 160 if button is self.ask else 150
            button.setMinimumWidth(max(least, button.sizeHint().width()))


class QuestionRow(QFrame):
    """One question being edited: its picture, its words, and move / remove."""

    picture_requested = Signal(object)
    move_requested = Signal(object, int)
    remove_requested = Signal(object)
    changed = Signal()

    def __init__(self, context: UiContext, draft: ItemDraft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._context = context
        self.draft = draft
        self.shown = text_words(draft.text)
        self.symbol_id = draft.symbol_id
        self.picture = QPushButton(self)
        self.picture.setMinimumSize(MIN_TARGET + 12, MIN_TARGET)
        self.picture.setIconSize(self.picture.minimumSize() * 0.7)
        self.picture.clicked.connect(lambda: self.picture_requested.emit(self))
        self.words = QLineEdit(self.shown, self)
        self.words.setMaxLength(TEXT_MAX)
        self.words.setMinimumHeight(72)
        self.words.textEdited.connect(lambda _t: self.changed.emit())
        self.up, self.down, self.remove = (QPushButton(self) for _ in range(3))
        for button in (self.up, self.down, self.remove):
            button.setMinimumSize(MIN_TARGET + 12, MIN_TARGET)
        self.up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(12)
        layout.addWidget(self.picture)
        layout.addWidget(self.words, 1)
        for button in (self.up, self.down, self.remove):
            layout.addWidget(button)
        self.set_symbol(draft.symbol_id)

    def set_symbol(self, symbol_id: str | None) -> None:
        self.symbol_id = symbol_id
        pixmap = self._context.painter.pixmap(symbol_id or DEFAULT_SYMBOL, 64, self.devicePixelRatioF())
        self.picture.setIcon(pixmap)
        self.changed.emit()

    def current(self) -> ItemDraft:
        """The question as typed. Our default wording shown translated and left alone stays ours,
        so it is still translated for each person (and no new version is made for nothing)."""
        typed = self.words.text().strip()
        text = self.draft.text if typed == self.shown.strip() else typed
        return ItemDraft(text, self.symbol_id, self.draft.key)


class PremsScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.prems
        self._ward = self.ward_id()
        self._title = title_label(self)

        self.section_buttons: list[QPushButton] = []
        sections = QButtonGroup(self)
        sections.setExclusive(True)
        section_row = QHBoxLayout()
        section_row.setSpacing(12)
        for index in range(3):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setMinimumSize(220, MIN_TARGET)
            button.clicked.connect(lambda _c=False, i=index: self.show_section(i))
            sections.addButton(button)
            section_row.addWidget(button)
            self.section_buttons.append(button)
        section_row.addStretch(1)
        self.sections = QStackedWidget(self)
        self.sections.addWidget(self._build_schedule())
        self.sections.addWidget(self._build_questions())
        self.sections.addWidget(self._build_results())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(section_row)
        layout.addWidget(self.sections, 1)
        self.setEnabled(self._ward is not None)
        self._current_set: ItemSetInfo | None = None
        self._answered = False
        self._questions_loaded = False  # read when first opened: finding answers costs a query
        self._load_schedule()
        self.retranslate()
        self.show_section(SECTION_SCHEDULE)

    # --- sections ------------------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        self.section_buttons[index].setChecked(True)
        self.sections.setCurrentIndex(index)
        if index == SECTION_SCHEDULE:
            self._load_schedule()
        elif index == SECTION_QUESTIONS and not self._questions_loaded:
            self._load_questions()
        elif index == SECTION_RESULTS:
            self.refresh_results()

    def _patients(self) -> list[PersonInfo]:
        return self.context.services.people.on_ward(self._ward, Role.PATIENT) if self._ward else []

    @staticmethod
    def _scroll(inner: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    def _day_words(self, moment: datetime) -> str:
        local = moment.astimezone()
        return self.context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "ddd d MMM yyyy"
        )

    # --- (a) schedule ------------------------------------------------------------------------------
    def _build_schedule(self) -> QWidget:
        page = QWidget()
        self._schedule_intro = plain_label(page)
        self.schedule_message = message_label(page)
        inner = QWidget()
        self._schedule_layout = QVBoxLayout(inner)
        self._schedule_layout.setContentsMargins(0, 0, 12, 0)
        self._schedule_layout.setSpacing(10)
        self.schedule_rows: dict[uuid.UUID, ScheduleRow] = {}
        self._schedule_empty = message_label(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._schedule_intro)
        layout.addWidget(self.schedule_message)
        layout.addWidget(self._scroll(inner), 1)
        return page

    def _load_schedule(self) -> None:
        people = self._patients()
        if [p.id for p in people] != list(self.schedule_rows):
            for row in self.schedule_rows.values():
                row.hide()
                row.deleteLater()
            while self._schedule_layout.count():
                self._schedule_layout.takeAt(0)
            self.schedule_rows = {}
            for person in people:
                row = ScheduleRow(person)
                row.chosen.connect(self.set_how_often)
                row.ask_now.connect(self.ask_now)
                self._schedule_layout.addWidget(row)
                self.schedule_rows[person.id] = row
            self._schedule_layout.addWidget(self._schedule_empty)
            self._schedule_layout.addStretch(1)
        self._schedule_empty.setVisible(not people)
        for row in self.schedule_rows.values():
            self._show_schedule(row)
            self._schedule_row_words(row)

    def row_for(self, called: str) -> ScheduleRow:
        return next(row for row in self.schedule_rows.values() if row.person.called == called)

    def _show_schedule(self, row: ScheduleRow) -> None:
        schedule = self._service.schedule_for(row.person.id)
        every = schedule.every_days if schedule else None
        if every in row.buttons:
            row.other.hide()
            row.buttons[every].setChecked(True)
        else:
            row.other.setText(every_words(every))
            row.other.setAccessibleName(
                self.tr("{name}: {how_often}").format(name=row.person.called, how_often=every_words(every))
            )
            row.other.show()
            row.other.setChecked(True)
            row.fit_words()
        if schedule is None:
            row.next_label.setText(self.tr("Not asked"))
        elif schedule.next_due_at <= self.context.clock():
            row.next_label.setText(self.tr("Due now"))
        else:
            row.next_label.setText(self.tr("Next: {day}").format(day=self._day_words(schedule.next_due_at)))

    def _schedule_row_words(self, row: ScheduleRow) -> None:
        for days, button in row.buttons.items():
            button.setText(self.tr("{weeks} weeks").format(weeks=days // 7) if days else every_words(days))
            button.setAccessibleName(
                self.tr("{name}: {how_often}").format(name=row.person.called, how_often=every_words(days))
            )
        row.ask.setText(self.tr("Ask now"))
        row.ask.setAccessibleName(self.tr("Ask {name} now").format(name=row.person.called))
        row.fit_words()

    def set_how_often(self, person: PersonInfo, every_days: int | None) -> None:
        """Saves at once. A new schedule starts now (the person sees the questions on Home); a
        changed one keeps its next day."""
        try:
            if every_days is None:
                self._service.stop(person.id, self.staff.id)
                said = self.tr("{name} will not be asked.").format(name=person.called)
            else:
                existing = self._service.schedule_for(person.id)
                first = existing.next_due_at if existing else self.context.clock()
                self._service.schedule(person.id, every_days, first, self.staff.id)
                said = self.tr("Saved. {name}: {how_often}.").format(
                    name=person.called, how_often=every_words(every_days)
                )
        except PremProblem as problem:
            said = str(problem)
        self.schedule_message.setText(said)
        self._show_schedule(self.schedule_rows[person.id])

    def ask_now(self, person: PersonInfo) -> None:
        existing = self._service.schedule_for(person.id)
        every = existing.every_days if existing else 28
        try:
            self._service.schedule(person.id, every, self.context.clock(), self.staff.id)
            said = self.tr("{name} will see the questions on their Home screen now.").format(
                name=person.called
            )
        except PremProblem as problem:
            said = str(problem)
        self.schedule_message.setText(said)
        self._show_schedule(self.schedule_rows[person.id])

    # --- (b) the questions -----------------------------------------------------------------------
    def _build_questions(self) -> QWidget:
        page = QWidget()
        self._questions_note = plain_label(page, "message")
        inner = QWidget()
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(8)
        self.question_rows: list[QuestionRow] = []
        self.add_question = QPushButton(inner)
        self.save_questions = QPushButton(inner)
        self.save_questions.setProperty("role", "primary")
        self.undo_questions = QPushButton(inner)
        for button in (self.add_question, self.save_questions, self.undo_questions):
            button.setMinimumSize(240, MIN_TARGET)
        self.add_question.clicked.connect(self._add_question)
        self.save_questions.clicked.connect(self.save_items)
        self.undo_questions.clicked.connect(self._undo_questions)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.add_question)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_questions)
        buttons.addWidget(self.save_questions)
        self.questions_message = message_label(inner)
        # The picture chooser, made the first time it is wanted.
        self._picker_box = QFrame(inner)
        self._picker_box.setProperty("role", "card")
        self._picker_layout = QVBoxLayout(self._picker_box)
        self._picker_heading = title_label(self._picker_box, role="subtitle")
        self._picker_layout.addWidget(self._picker_heading)
        self.picker = None
        self.picker_cancel = QPushButton(self._picker_box)
        self.picker_cancel.setMinimumSize(200, MIN_TARGET)
        self.picker_cancel.clicked.connect(self._close_picker)
        self._picker_layout.addWidget(self.picker_cancel, 0, Qt.AlignmentFlag.AlignLeft)
        self._picker_box.hide()
        self._picking: QuestionRow | None = None
        self._versions_heading = title_label(inner, role="subtitle")
        self.versions_list = plain_label(inner)
        self.versions_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(12)
        column.addLayout(self._rows_layout)
        column.addLayout(buttons)
        column.addWidget(self.questions_message)
        column.addWidget(self._picker_box)
        column.addWidget(self._versions_heading)
        column.addWidget(self.versions_list)
        column.addStretch(1)
        self._questions_scroll = self._scroll(inner)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._questions_note)
        layout.addWidget(self._questions_scroll, 1)
        return page

    def _current_items(self) -> ItemSetInfo | None:
        if self._ward is None:
            return None
        try:
            return self._service.items(self._ward)
        except PremProblem:
            return None

    def has_answers(self, item_set: ItemSetInfo) -> bool:
        """Whether anyone has answered this version yet (its first answers come after it was made)."""
        if self._ward is None:
            return False
        rows = self._service.results_rows(
            ward_id=self._ward, start=item_set.made_at, end=self.context.clock() + timedelta(days=1)
        )
        return any(row.version == item_set.version for row in rows)

    def _items_draft_key(self) -> str:
        return f"prem-items:{self._ward}"

    def _undo_questions(self) -> None:
        """Drops the edits not saved (and their draft) and shows the ward's questions again."""
        self.context.services.drafts.clear(self.staff.id, self._items_draft_key())
        self._load_questions()

    def _saved_edits(self) -> list[ItemDraft] | None:
        """Edits this staff member made and did not save yet (kept as a draft), if any."""
        draft = self.context.services.drafts.get(self.staff.id, self._items_draft_key()) or {}
        items = draft.get("items")
        if not isinstance(items, list):
            return None
        return [
            ItemDraft(str(item.get("text", "")), item.get("symbol_id"), item.get("key"))
            for item in items
            if isinstance(item, dict)
        ]

    def _load_questions(self) -> None:
        """Reads the ward's questions again, with any edits not yet saved laid back over them."""
        self._questions_loaded = True
        self._close_picker()
        current = self._current_items()
        unsaved = self._saved_edits() if self._ward is not None else None
        self._set_rows(unsaved if unsaved else current.drafts() if current else [])
        self._current_set = current
        self._answered = current is not None and self.has_answers(current)
        self.questions_message.setText(self.tr("Not saved yet. Press Save the questions.") if unsaved else "")
        self._show_versions()
        self._questions_words()

    def _set_rows(self, drafts: list[ItemDraft]) -> None:
        for row in self.question_rows:
            row.hide()
            row.deleteLater()
        while self._rows_layout.count():
            self._rows_layout.takeAt(0)
        self.question_rows = []
        for draft in drafts:
            self._append_row(draft)
        self._row_words()

    def _append_row(self, draft: ItemDraft) -> QuestionRow:
        row = QuestionRow(self.context, draft)
        row.picture_requested.connect(self._open_picker)
        row.move_requested.connect(self._move_row)
        row.remove_requested.connect(self._remove_row)
        row.changed.connect(self._edited)
        self._rows_layout.addWidget(row)
        self.question_rows.append(row)
        return row

    def drafts(self) -> list[ItemDraft]:
        return [row.current() for row in self.question_rows]

    def _edited(self) -> None:
        self.questions_message.setText(self.tr("Not saved yet. Press Save the questions."))
        if self._ward is not None:
            # Kept as typed under this staff member's name: signing out loses nothing.
            items = [{"text": d.text, "symbol_id": d.symbol_id, "key": d.key} for d in self.drafts()]
            self.context.services.drafts.save(self.staff.id, self._items_draft_key(), {"items": items})

    def _add_question(self) -> None:
        if len(self.question_rows) >= ITEMS_MAX:
            self.questions_message.setText(self.tr("There are enough questions. Keep it short."))
            return
        row = self._append_row(ItemDraft("", None, None))
        self._row_words()
        self._edited()
        row.words.setFocus(Qt.FocusReason.OtherFocusReason)
        self._questions_scroll.ensureWidgetVisible(row)

    def _move_row(self, row: QuestionRow, step: int) -> None:
        drafts = self.drafts()
        at = self.question_rows.index(row)
        to = at + step
        if not 0 <= to < len(drafts):
            return
        rows = self.question_rows
        rows[at], rows[to] = rows[to], rows[at]
        for index, each in enumerate(rows):
            self._rows_layout.insertWidget(index, each)
        self._row_words()
        self._edited()

    def _remove_row(self, row: QuestionRow) -> None:
        if len(self.question_rows) <= 1:
            self.questions_message.setText(self.tr("Keep at least one question."))
            return
        self.question_rows.remove(row)
        row.hide()
        row.deleteLater()
        self._row_words()
        self._edited()

    def _open_picker(self, row: QuestionRow) -> None:
        from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker

        if self.picker is None:
            context = self.context
            self.picker = SymbolPicker(
                context.catalogue, context.painter, context.speaker, lambda: context.languages.current
            )
            self.picker.setMinimumHeight(420)
            self.picker.chosen.connect(self._picked)
            self._picker_layout.insertWidget(1, self.picker, 1)
        self._picking = row
        self._picker_heading.setText(
            self.tr("Choose a picture for: {question}").format(question=row.words.text())
        )
        self._picker_box.show()
        self._questions_scroll.ensureWidgetVisible(self._picker_box)

    def _picked(self, symbol_id: str) -> None:
        if self._picking is not None and self._picking in self.question_rows:
            self._picking.set_symbol(symbol_id)
        self._close_picker()

    def _close_picker(self) -> None:
        self._picking = None
        self._picker_box.hide()

    def save_items(self) -> None:
        if self._ward is None:
            return
        before = self._current_set
        try:
            saved = self._service.set_items(self._ward, self.drafts(), self.staff.id)
        except PremProblem as problem:
            self.questions_message.setText(str(problem))
            return
        self.context.services.drafts.clear(self.staff.id, self._items_draft_key())
        self._load_questions()
        if before is not None and saved.version > before.version:
            said = self.tr(
                "Saved as a new version ({version}). The answers people gave before keep the old words."
            ).format(version=saved.version)
        elif before is not None and saved.id == before.id and saved.items == before.items:
            said = self.tr("Nothing changed.")
        else:
            said = self.tr("Saved.")
        self.questions_message.setText(said)

    def _show_versions(self) -> None:
        if self._ward is None:
            self.versions_list.setText("")
            return
        older = self._service.versions(self._ward)[1:]
        if not older:
            self.versions_list.setText(self.tr("There are no earlier versions."))
            return
        blocks = []
        for version in older:
            heading = self.tr("Version {version}, made {day}").format(
                version=version.version, day=self._day_words(version.made_at)
            )
            lines = [f"  {i + 1}. {item_words(item)}" for i, item in enumerate(version.items)]
            blocks.append("\n".join([heading, *lines]))
        self.versions_list.setText("\n\n".join(blocks))

    def _questions_words(self) -> None:
        if self._current_set is None:
            self._questions_note.setText("")
        elif self._answered:
            self._questions_note.setText(
                self.tr(
                    "Version {version}. People have answered these questions. Saving a change makes a "
                    "new version. The answers people gave keep the old words."
                ).format(version=self._current_set.version)
            )
        else:
            self._questions_note.setText(
                self.tr("Version {version}. Nobody has answered these yet, so changes replace them.").format(
                    version=self._current_set.version
                )
            )

    def _row_words(self) -> None:
        for index, row in enumerate(self.question_rows):
            number = index + 1
            row.words.setAccessibleName(self.tr("Question {number}").format(number=number))
            row.words.setPlaceholderText(self.tr("Write the question in easy words"))
            row.picture.setAccessibleName(
                self.tr("Change the picture for question {number}").format(number=number)
            )
            row.up.setText(self.tr("Up"))
            row.up.setAccessibleName(self.tr("Move question {number} up").format(number=number))
            row.down.setText(self.tr("Down"))
            row.down.setAccessibleName(self.tr("Move question {number} down").format(number=number))
            row.remove.setText(self.tr("Remove"))
            row.remove.setAccessibleName(self.tr("Remove question {number}").format(number=number))
            row.up.setEnabled(index > 0)
            row.down.setEnabled(index < len(self.question_rows) - 1)

    # --- (c) results -----------------------------------------------------------------------------
    def _build_results(self) -> QWidget:
        inner = QWidget()
        self._which_heading = title_label(inner, role="subtitle")
        self.question_buttons: dict[str | None, QPushButton] = {}
        self._question_group = QButtonGroup(self)
        self._question_group.setExclusive(True)
        self._question_grid = QGridLayout()
        self._question_grid.setSpacing(10)
        self._question_key: str | None = ""  # not chosen yet: the first question
        self._person_heading = title_label(inner, role="subtitle")
        self.person_buttons: dict[uuid.UUID, QPushButton] = {}
        self._person_group = QButtonGroup(self)
        self._person_group.setExclusive(True)
        self._person_row = QGridLayout()
        self._person_row.setSpacing(10)
        self._chosen_person: PersonInfo | None = None
        self.person_view = QChartView(inner)
        self.person_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.person_view.setMinimumHeight(CHART_HEIGHT)
        self.person_table = _table(inner)
        self.person_empty = message_label(inner)

        self._ward_heading = title_label(inner, role="subtitle")
        self.period_buttons: dict[str, QPushButton] = {}
        periods = QButtonGroup(self)
        periods.setExclusive(True)
        period_row = QHBoxLayout()
        period_row.setSpacing(10)
        for key, _days, _bucket in PERIODS:
            button = QPushButton(inner)
            button.setCheckable(True)
            button.setMinimumSize(200, MIN_TARGET)
            button.clicked.connect(lambda _c=False, k=key: self.choose_period(k))
            periods.addButton(button)
            period_row.addWidget(button)
            self.period_buttons[key] = button
        period_row.addStretch(1)
        self._period = PERIODS[1][0]
        self.period_buttons[self._period].setChecked(True)
        self.ward_view = QChartView(inner)
        self.ward_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.ward_view.setMinimumHeight(CHART_HEIGHT)
        self.ward_table = _table(inner)
        self.ward_empty = message_label(inner)
        self._ward_note = plain_label(inner)
        self._charts: dict[str, QChart] = {}
        self.ward_trend: WardTrend | None = None

        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(12)
        column.addWidget(self._which_heading)
        column.addLayout(self._question_grid)
        column.addSpacing(8)
        column.addWidget(self._person_heading)
        column.addLayout(self._person_row)
        column.addWidget(self.person_empty)
        column.addWidget(self.person_view)
        column.addWidget(self.person_table)
        column.addSpacing(16)
        column.addWidget(self._ward_heading)
        column.addWidget(self._ward_note)
        column.addLayout(period_row)
        column.addWidget(self.ward_empty)
        column.addWidget(self.ward_view)
        column.addWidget(self.ward_table)
        column.addStretch(1)
        return self._scroll(inner)

    def _set_chart(self, name: str, view: QChartView, chart: QChart) -> None:
        old = self._charts.get(name)
        view.setChart(chart)
        self._charts[name] = chart  # a reference kept, so Python does not delete it under the view
        if old is not None and old is not chart:
            old.deleteLater()

    def _load_person_buttons(self) -> None:
        people = self._patients()
        if [p.id for p in people] == list(self.person_buttons):
            return
        for button in self.person_buttons.values():
            self._person_group.removeButton(button)
            button.hide()
            button.deleteLater()
        while self._person_row.count():
            self._person_row.takeAt(0)
        self.person_buttons = {}
        for index, person in enumerate(people):
            button = QPushButton(person.called)
            button.setCheckable(True)
            button.setMinimumSize(160, MIN_TARGET)
            button.setAccessibleName(self.tr("Answers from {name}").format(name=person.called))
            button.clicked.connect(lambda _c=False, p=person: self.choose_person(p))
            self._person_group.addButton(button)
            self._person_row.addWidget(button, index // 6, index % 6)
            self.person_buttons[person.id] = button
        if self._chosen_person is not None and self._chosen_person.id not in self.person_buttons:
            self._chosen_person = None

    def _load_question_buttons(self) -> None:
        """All questions, or one at a time: eight lines on one chart are hard to read."""
        labels = self._labels()
        keys: list[str | None] = [None, *labels]
        if keys == list(self.question_buttons):
            for key, button in self.question_buttons.items():
                self._question_words(button, labels.get(key) if key else None)
            return
        for button in self.question_buttons.values():
            self._question_group.removeButton(button)
            button.hide()
            button.deleteLater()
        while self._question_grid.count():
            self._question_grid.takeAt(0)
        self.question_buttons = {}
        for index, key in enumerate(keys):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumSize(200, MIN_TARGET)
            button.clicked.connect(lambda _c=False, k=key: self.choose_question(k))
            self._question_words(button, labels.get(key) if key else None)
            self._question_group.addButton(button)
            self._question_grid.addWidget(button, index // 2, index % 2)  # room for the words
            self.question_buttons[key] = button
        if self._question_key not in self.question_buttons:
            self._question_key = keys[1] if len(keys) > 1 else None
        self.question_buttons[self._question_key].setChecked(True)

    def _question_words(self, button: QPushButton, item: ItemInfo | None) -> None:
        words = item_words(item) if item is not None else self.tr("All questions")
        button.setText(words if len(words) <= 34 else words[:33].rstrip() + "…")
        button.setAccessibleName(self.tr("Show: {question}").format(question=words))

    def choose_question(self, key: str | None) -> None:
        self._question_key = key
        self.question_buttons[key].setChecked(True)
        self._show_person()
        self._show_ward()

    def _chosen_keys(self, keys: list[str]) -> list[str]:
        return keys if self._question_key is None else [k for k in keys if k == self._question_key]

    def refresh_results(self) -> None:
        self._load_question_buttons()
        self._load_person_buttons()
        if self._chosen_person is None and self.person_buttons:
            first = self._patients()[0]
            self._chosen_person = first
        if self._chosen_person is not None:
            self.person_buttons[self._chosen_person.id].setChecked(True)
        self._show_person()
        self._show_ward()

    def choose_person(self, person: PersonInfo) -> None:
        self._chosen_person = person
        self.person_buttons[person.id].setChecked(True)
        self._show_person()

    def _labels(self) -> dict[str, ItemInfo]:
        """Every question's newest wording by key, so an old answer's line carries a name."""
        labels: dict[str, ItemInfo] = {}
        if self._ward is None:
            return labels
        for version in self._service.versions(self._ward):
            for item in version.items:
                labels.setdefault(item.key, item)
        return labels

    def _show_person(self) -> None:
        person = self._chosen_person
        history = self._service.person_history(person.id) if person else {}
        if person is None or not history:
            name = person.called if person else ""
            self.person_empty.setText(
                self.tr("No answers from {name} yet. When they answer, their answers show here.").format(
                    name=name
                )
                if person
                else self.tr("There is nobody on this ward yet.")
            )
            self.person_empty.show()
            self.person_view.hide()
            self.person_table.hide()
            return
        labels = self._labels()
        items = [labels[key] for key in labels if key in history]
        items += [ItemInfo(uuid.uuid4(), key, 99, key, None) for key in history if key not in labels]
        keys = self._chosen_keys([item.key for item in items])
        chart = history_chart(
            {key: history[key] for key in keys},
            [item for item in items if item.key in keys],
            self.tr("{name}: answers over time").format(name=person.called),
        )
        self._set_chart("person", self.person_view, chart)
        self.person_empty.hide()
        self.person_view.show()
        # The same in words: a row per question, a column per sitting.
        moments = sorted({point.answered_at for points in history.values() for point in points})
        table = self.person_table
        table.clear()
        table.setRowCount(len(items))
        table.setColumnCount(1 + len(moments))
        table.setHorizontalHeaderLabels([self.tr("Question"), *(self._day_words(m) for m in moments)])
        for row, item in enumerate(items):
            table.setItem(row, 0, _cell(item_words(item)))
            given = {point.answered_at: point.score for point in history.get(item.key, [])}
            for column, moment in enumerate(moments, start=1):
                score = given.get(moment)
                words = rating_words(SCORE_RATINGS[score]) if score in SCORE_RATINGS else "—"
                table.setItem(row, column, _cell(words))
        table.resizeRowsToContents()
        table.show()

    def choose_period(self, key: str) -> None:
        self._period = key
        self.period_buttons[key].setChecked(True)
        self._show_ward()

    def _period_range(self) -> tuple[datetime, datetime, int]:
        _key, days, bucket = next(p for p in PERIODS if p[0] == self._period)
        end = self.context.clock() + timedelta(seconds=1)
        return end - timedelta(days=days), end, bucket

    def point_words(self, point: TrendPoint | None) -> str:
        """One period of the ward trend in words; counts under 3 never shown."""
        if point is None or point.n == 0:
            return "—"
        if point.mean is not None:
            return self.tr("{mean} ({count})").format(mean=f"{point.mean:.1f}", count=count_words(point))
        if point.shown_n is None:
            return self.tr("fewer than 3 answers")
        return self.tr("{count}, fewer than 3 people").format(count=count_words(point))

    def _show_ward(self) -> None:
        if self._ward is None:
            return
        start, end, bucket = self._period_range()
        trend = self._service.ward_trend(self._ward, start, end, bucket_days=bucket)
        self.ward_trend = trend
        keys = self._chosen_keys([item.key for item in trend.items])
        chosen = replace(
            trend,
            items=tuple(i for i in trend.items if i.key in keys),
            points={key: points for key, points in trend.points.items() if key in keys},
        )
        drawable = trend_has_line(chosen)
        if trend.is_empty:
            self.ward_empty.setText(
                self.tr("No answers in this time. Try a longer time, or ask people first.")
            )
        elif chosen.is_empty:
            self.ward_empty.setText(self.tr("No answers to this question in this time. Try a longer time."))
        elif not drawable:
            self.ward_empty.setText(
                self.tr("Too few answers to draw without names yet. The numbers are below, as fewer than 3.")
            )
        self.ward_empty.setVisible(not drawable)
        self.ward_view.setVisible(drawable)
        if drawable:
            title = self.tr("The ward: how it is going")
            labels = self._question_key is not None
            self._set_chart("ward", self.ward_view, ward_trend_chart(chosen, title, point_labels=labels))
        if trend.is_empty:
            self.ward_table.hide()
            return
        starts = sorted({p.start for points in trend.points.values() for p in points})
        table = self.ward_table
        table.clear()
        table.setRowCount(len(trend.items))
        table.setColumnCount(2 + len(starts))
        table.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Answers"), *(self._day_words(s) for s in starts)]
        )
        for row, item in enumerate(trend.items):
            table.setItem(row, 0, _cell(item_words(item)))
            total = trend.answers(item.key)
            shown = trend.shown_count(total)
            table.setItem(row, 1, _cell(str(shown) if shown is not None else self.tr("fewer than 3")))
            by_start = {p.start: p for p in trend.points.get(item.key, ())}
            for column, at in enumerate(starts, start=2):
                table.setItem(row, column, _cell(self.point_words(by_start.get(at))))
        table.resizeRowsToContents()
        table.show()

    # --- screen ------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        index = self.sections.currentIndex()
        if index == SECTION_SCHEDULE:
            self._load_schedule()
        elif index == SECTION_RESULTS:
            self.refresh_results()

    def title(self) -> str:
        return self.tr("Experience questions")

    def spoken_summary(self) -> str:
        section = self.section_buttons[self.sections.currentIndex()].text()
        parts = [self.title(), section]
        if self.sections.currentIndex() == SECTION_RESULTS:
            if self.person_empty.isVisible():
                parts.append(self.person_empty.text())
            if self.ward_empty.isVisible():
                parts.append(self.ward_empty.text())
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        words = (self.tr("Who is asked"), self.tr("The questions"), self.tr("Results"))
        for button, text in zip(self.section_buttons, words, strict=True):
            button.setText(text)
            button.setAccessibleName(text)
        self._schedule_intro.setText(
            self.tr(
                "Choose how often each person is asked. It saves at once. When it is time, the person "
                "sees Questions for me on their Home screen."
            )
        )
        self._schedule_empty.setText(self.tr("There is nobody on this ward yet."))
        for row in self.schedule_rows.values():
            self._show_schedule(row)
            self._schedule_row_words(row)
        self.add_question.setText(self.tr("Add a question"))
        self.save_questions.setText(self.tr("Save the questions"))
        self.undo_questions.setText(self.tr("Undo my changes"))
        for button in (self.add_question, self.save_questions, self.undo_questions):
            button.setAccessibleName(button.text())
        self.picker_cancel.setText(self.tr("Keep the picture"))
        self.picker_cancel.setAccessibleName(self.picker_cancel.text())
        self._versions_heading.setText(self.tr("Earlier versions (kept as they were)"))
        self._row_words()
        self._questions_words()
        self._which_heading.setText(self.tr("Which question"))
        self._person_heading.setText(self.tr("One person's answers over time"))
        self._ward_heading.setText(self.tr("The whole ward, without names"))
        self._ward_note.setText(
            self.tr(
                "Scores: good 3, not sure 2, not good 1. Skipped questions are left out. Where fewer "
                "than 3 people answered, the score is hidden so nobody can be picked out."
            )
        )
        period_words = {
            "3-months": self.tr("Last 3 months"),
            "12-months": self.tr("Last 12 months"),
            "5-years": self.tr("Last 5 years"),
        }
        for key, button in self.period_buttons.items():
            button.setText(period_words[key])
            button.setAccessibleName(period_words[key])
        if self.sections.currentIndex() == SECTION_RESULTS:
            self.refresh_results()
