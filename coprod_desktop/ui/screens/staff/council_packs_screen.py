"""The recovery council for staff: the ward's packs, what each holds, its files made again, marking it
taken, and recording what the council said.

Each answer is saved on its own (Save under it) and goes onto You said, we did: an answer about a
quote from something raised updates that action; any other answer becomes a new council action with
the answer as its reply. Red needs a reason, so people are told why not (the service refuses too).
What the pack shows is drawn from `pack_contents`, so staff see the same "fewer than 3" as the council.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.council import (
    AnswerInfo,
    CouncilProblem,
    PackContents,
    PackInfo,
    PackPoint,
    Quote,
    Themes,
    raised_key,
)
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import ActionStatus, PackStatus
from coprod_desktop.ui.action_words import STATUS_SYMBOLS, status_words
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.council.council_words import (
    make_pack_files,
    pack_problem_words,
    period_words,
    raised_words,
    rating_counts,
    status_line,
    symbol_words,
    topic_words,
)
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.action_form import colour_words
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.row_button import RowButton
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

ANSWER_ORDER = (ActionStatus.GREEN, ActionStatus.AMBER, ActionStatus.RED)
BOX_HEIGHT = 110


@dataclass(frozen=True)
class AnswerItem:
    """One thing taken to the council that can be answered."""

    key: str
    about: str
    """What was asked, as it will read on You said, we did (no names: from the pack's own words)."""
    symbol_id: str | None
    point_id: uuid.UUID | None = None
    action_id: uuid.UUID | None = None


class AnswerRow(QFrame):
    """What the council said about one thing: the answer, Red / Amber / Green, why not, and Save."""

    saved = Signal(object)

    def __init__(
        self,
        context: UiContext,
        staff: PersonInfo,
        pack_id: uuid.UUID,
        item: AnswerItem,
        answers: list[AnswerInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._context = context
        self._staff = staff
        self._pack_id = pack_id
        self.item = item
        self._answers = answers
        self.status: ActionStatus | None = None
        painter, speaker = context.painter, context.speaker
        self.about = title_label(self, role="subtitle")
        self.about.setText(item.about)
        self.answered = title_label(self, role="muted")
        self.answer_label = QLabel(self)
        self.answer_label.setWordWrap(True)
        self.answer = QPlainTextEdit(self)
        self.answer.setMinimumHeight(BOX_HEIGHT)
        self.answer.setTabChangesFocus(True)
        self.answer_label.setBuddy(self.answer)
        self.status_buttons: dict[ActionStatus, SymbolButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        statuses = QHBoxLayout()
        statuses.setSpacing(12)
        for status in ANSWER_ORDER:
            button = SymbolButton(painter, speaker, STATUS_SYMBOLS[status], symbol_size=40, max_lines=3)
            button.setObjectName(f"status-{status.value}")
            button.setCheckable(True)
            button.setMinimumSize(190, 150)
            button.setMaximumHeight(170)
            button.clicked.connect(lambda _c=False, s=status: self.choose_status(s))
            group.addButton(button)
            statuses.addWidget(button)
            self.status_buttons[status] = button
        statuses.addStretch(1)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setMinimumHeight(BOX_HEIGHT)
        self.reason.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason)
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumSize(260, MIN_TARGET)
        self.save_button.clicked.connect(self.save)
        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.about)
        layout.addWidget(self.answered)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.answer)
        layout.addLayout(statuses)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        self.retranslate()

    def choose_status(self, status: ActionStatus) -> None:
        self.status = status
        self.status_buttons[status].setChecked(True)
        self._show_reason()

    def _show_reason(self) -> None:
        red = self.status is ActionStatus.RED
        self.reason_label.setVisible(red)
        self.reason.setVisible(red)

    def save(self) -> None:
        if not self.answer.toPlainText().strip():
            self._problem(self.tr("Write the council's answer in easy words: people will hear it."))
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self.status is None:
            self._problem(self.tr("Choose Green, Amber or Red for the answer."))
            return
        red = self.status is ActionStatus.RED
        if red and not self.reason.toPlainText().strip():
            self._problem(self.tr("Red means the council can't do this. Say why, so people know the reason."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            saved = self._context.services.council.record_answer(
                self._pack_id,
                self.item.about,
                self.answer.toPlainText(),
                self.status,
                by_id=self._staff.id,
                point_id=self.item.point_id,
                action_id=self.item.action_id,
                reason=self.reason.toPlainText() if red else None,
            )
        except CouncilProblem as problem:
            self._problem(str(problem))
            return
        self._answers.append(saved)
        self.answer.clear()
        self.reason.clear()
        self.message.setText(self.tr("Saved. People see and hear this answer on You said, we did."))
        self.retranslate()
        self.saved.emit(saved)

    def _problem(self, text: str) -> None:
        self.message.setText(text)
        self._context.speaker.say(text)

    def retranslate(self) -> None:
        if self._answers:
            said = "\n".join(
                self.tr("The council said: {answer}").format(answer=a.answer) for a in self._answers
            )
            self.answered.setText(said)
        self.answered.setVisible(bool(self._answers))
        self.answer_label.setText(self.tr("The council's answer, in easy words (people hear it read aloud)"))
        self.answer.setAccessibleName(join_sentences(self.answer_label.text(), self.item.about))
        for status, button in self.status_buttons.items():
            words = f"{colour_words(status)}\n{status_words(status)}"
            button.set_words(words, join_sentences(colour_words(status), status_words(status)))
            button.setChecked(status is self.status)
        self.reason_label.setText(self.tr("Why the council can't do this (needed for Red)"))
        self.reason.setAccessibleName(self.reason_label.text())
        self._show_reason()
        self.save_button.setText(self.tr("Save this answer"))
        self.save_button.setAccessibleName(join_sentences(self.save_button.text(), self.item.about))


class CouncilPacksScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.council
        self._jobs = JobRunner(self)
        self.pack: PackInfo | None = None
        self.files: tuple[Path, Path] | None = None
        self.pack_rows: dict[uuid.UUID, RowButton] = {}
        self.answer_rows: list[AnswerRow] = []
        self._packs: list[PackInfo] = []
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        self._title = title_label(self)
        self.intro = title_label(self, role="body")
        self._list_heading = title_label(self, role="subtitle")
        self.no_packs = title_label(self, role="body")
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
        left.addWidget(self.no_packs)
        left.addWidget(list_scroll, 1)

        self.detail_heading = title_label(self, role="subtitle")
        self.status_words = title_label(self, role="muted")
        self.contents = title_label(self, role="body")
        self.contents.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.remake = QPushButton(self)
        self.mark_taken = QPushButton(self)
        for button in (self.remake, self.mark_taken):
            button.setMinimumSize(280, MIN_TARGET)
        self.remake.clicked.connect(self.make_files)
        self.mark_taken.clicked.connect(self.take_it)
        # One above the other: side by side, their words are wider than the pack's column.
        buttons = QVBoxLayout()
        buttons.setSpacing(16)
        buttons.addWidget(self.remake, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.mark_taken, 0, Qt.AlignmentFlag.AlignLeft)
        self.message = message_label(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answers_heading = title_label(self, role="subtitle")
        self.answers_intro = title_label(self, role="body")
        self._answers_layout = QVBoxLayout()
        self._answers_layout.setSpacing(12)
        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 16, 0)
        right.setSpacing(12)
        right.addWidget(self.detail_heading)
        right.addWidget(self.status_words)
        right.addWidget(self.contents)
        right.addLayout(buttons)
        right.addWidget(self.message)
        right.addWidget(self.answers_heading)
        right.addWidget(self.answers_intro)
        right.addLayout(self._answers_layout)
        right.addStretch(1)
        self._detail = detail
        detail_scroll = QScrollArea(self)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(detail)
        detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 2)
        body.addWidget(detail_scroll, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self.intro)
        layout.addLayout(body, 1)
        self._load()
        self.retranslate()

    # --- the list ----------------------------------------------------------------------------------
    def _load(self) -> None:
        ward_id = self.ward_id()
        self._packs = self._service.packs(ward_id) if ward_id else []
        for row in self.pack_rows.values():
            self._group.removeButton(row)
            self._list_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.pack_rows = {}
        while self._list_layout.count():
            self._list_layout.takeAt(0)
        for pack in self._packs:
            row = RowButton(self.context.painter, "recovery-council")
            row.setObjectName(f"pack-{pack.id}")
            row.clicked.connect(lambda _c=False, p=pack.id: self.open_pack(p))
            self._group.addButton(row)
            self._list_layout.addWidget(row)
            row.show()  # added to a screen already showing: children are not shown by themselves
            self.pack_rows[pack.id] = row
        self._list_layout.addStretch(1)
        if self.pack is not None:
            self.pack = next((p for p in self._packs if p.id == self.pack.id), None)
        if self.pack is not None:
            self.pack_rows[self.pack.id].setChecked(True)

    def pack_status_words(self, pack: PackInfo) -> str:
        if pack.status is PackStatus.ANSWERED:
            return self.tr("The council has answered")
        if pack.status is PackStatus.TAKEN:
            return self.tr("Taken to the council")
        return self.tr("Being got ready")

    # --- one pack -------------------------------------------------------------------------------------
    def open_pack(self, pack_id: uuid.UUID) -> None:
        self.pack = self._service.get(pack_id)
        self.files = None
        self.message.clear()
        if self.pack is not None and pack_id in self.pack_rows:
            self.pack_rows[pack_id].setChecked(True)
        self._show_pack()

    def _contents(self) -> tuple[PackContents, Themes] | None:
        pack = self.pack
        if pack is None:
            return None
        try:
            contents = self._service.pack_contents(pack.id, self.context.languages.current)
            themes = self._service.themes(pack.ward_id, pack.start, pack.end)
        except CouncilProblem as problem:
            self.message.setText(str(problem))
            return None
        return contents, themes

    def contents_words(self, contents: PackContents) -> str:
        """What the pack holds, in the same words (and the same "fewer than 3") as the pack."""
        lines: list[str] = []
        for topic in contents.topics:
            title, _details = topic_words(topic)
            lines.append(f"{title}: {rating_counts(topic)}")
        for raised in contents.raised:
            title, details = raised_words(self.context, raised)
            lines.append(f"{title}. {details}")
        for status, count in contents.statuses:
            title, details = status_line(status, count)
            lines.append(f"{colour_words(status)}, {title}. {details}")
        for quote in contents.quotes:
            lines.append(f"\u201c{quote.text}\u201d")
        for number, point in enumerate(contents.points, start=1):
            lines.append(
                self.tr("The ward rep's point {n}: {words}").format(n=number, words=self._point_about(point))
            )
        if not lines:
            lines.append(self.tr("Nothing has been chosen for this pack yet."))
        return "\n".join(lines)

    def _point_about(self, point: PackPoint) -> str:
        if point.words:
            return point.words
        if point.symbols:
            return self.tr("Symbols: {symbols}").format(
                symbols=", ".join(symbol_words(self.context, s) for s in point.symbols)
            )
        return self.tr("A recording by the ward rep")

    def answer_items(self, contents: PackContents, themes: Themes) -> list[AnswerItem]:
        """Every chosen theme, quote and point, each once, with what to tie its answer to."""
        pack = self.pack
        assert pack is not None
        items: list[AnswerItem] = []
        chosen = set(pack.topics)
        for topic in themes.topics:
            if topic.key in chosen:
                title, _details = topic_words(topic)
                about = self.tr("What people said about {topic}").format(topic=title)
                items.append(AnswerItem(f"topic:{topic.key}", about, topic.symbol_id))
        for raised in themes.raised:
            if raised.key in chosen:
                title, _details = raised_words(self.context, raised)
                items.append(AnswerItem(raised_key(raised.source, raised.symbol_id), title, raised.symbol_id))
        quotes: dict[uuid.UUID, Quote] = {q.id: q for q in themes.quotes}
        for quote_id in pack.quotes:
            quote = quotes.get(quote_id)
            if quote is None:
                continue  # the person no longer agrees: nothing to answer here
            action_id = quote.id if quote.source is not None else None
            items.append(AnswerItem(f"quote:{quote.id}", quote.text, quote.symbol_id, action_id=action_id))
        shown = [p for p in pack.points if not p.is_empty]
        # pack_contents keeps the non-empty points in order, with names scrubbed from their words.
        for point, scrubbed in zip(shown, contents.points, strict=False):
            about = self._point_about(scrubbed)
            symbol = point.symbols[0] if point.symbols else None
            items.append(AnswerItem(f"point:{point.id}", about, symbol, point_id=point.id))
        return items

    def _answers_for(self, item: AnswerItem) -> list[AnswerInfo]:
        pack = self.pack
        if pack is None:
            return []
        if item.point_id is not None:
            return [a for a in pack.answers if a.point_id == item.point_id]
        if item.action_id is not None:
            return [a for a in pack.answers if a.action_id == item.action_id]
        return [a for a in pack.answers if a.point_id is None and a.about == item.about]

    def _show_pack(self) -> None:
        for row in self.answer_rows:
            self._answers_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.answer_rows = []
        found = self._contents()
        pack = self.pack
        if pack is None or found is None:
            self.retranslate()
            return
        contents, themes = found
        self.contents.setText(self.contents_words(contents))
        for item in self.answer_items(contents, themes):
            row = AnswerRow(self.context, self.staff, pack.id, item, self._answers_for(item), self._detail)
            row.saved.connect(self._answer_saved)
            self._answers_layout.addWidget(row)
            row.show()
            self.answer_rows.append(row)
        self.retranslate()

    def _answer_saved(self, _answer: object) -> None:
        self._load()
        self.retranslate()

    def take_it(self) -> None:
        if self.pack is None:
            return
        try:
            self.pack = self._service.mark_taken(self.pack.id, by_id=self.staff.id)
        except CouncilProblem as problem:
            self.message.setText(str(problem))
            return
        self.message.setText(self.tr("Marked as taken to the council. The pack stays as it was taken."))
        self._load()
        self.retranslate()

    def make_files(self) -> None:
        if self.pack is None or self._jobs.busy():
            return
        self.message.setText(self.tr("Making the files. Please wait."))
        context, pack_id, language = self.context, self.pack.id, self.context.languages.current
        self._jobs.start(lambda: make_pack_files(context, pack_id, language), self._made, self._failed)

    def wait(self) -> None:
        self._jobs.wait()

    def _made(self, files: object) -> None:
        assert isinstance(files, tuple)
        pdf, pptx = Path(files[0]), Path(files[1])
        self.files = (pdf, pptx)
        self.message.setText(
            self.tr("The pack is made again. The files are in {folder}:").format(folder=str(pdf.parent))
            + f"\n{pdf.name}\n{pptx.name}"
        )

    def _failed(self, error: object) -> None:
        self.message.setText(pack_problem_words(error))

    # --- screen ----------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Recovery council")

    def on_shown(self) -> None:
        self._load()
        self.retranslate()

    def spoken_summary(self) -> str:
        parts = [self.title(), self.intro.text()]
        if self.pack is not None:
            parts += [self.detail_heading.text(), self.status_words.text()]
        else:
            parts += [row.accessibleName() for row in self.pack_rows.values()]
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.intro.setText(
            self.tr(
                "The ward rep's packs for the recovery council. Open one to see it and record the answers."
            )
        )
        self._list_heading.setText(self.tr("Packs"))
        self.no_packs.setText(self.tr("No packs yet. The ward rep makes one from their Home."))
        self.no_packs.setVisible(not self._packs)
        for pack in self._packs:
            row = self.pack_rows.get(pack.id)
            if row is not None:
                row.set_words(period_words(self.context, pack.start, pack.end), self.pack_status_words(pack))
        pack = self.pack
        has_pack = pack is not None
        for widget in (
            self.status_words,
            self.contents,
            self.remake,
            self.answers_heading,
            self.answers_intro,
        ):
            widget.setVisible(has_pack)
        if pack is None:
            self.detail_heading.setText(self.tr("Choose a pack"))
            self.mark_taken.hide()
        else:
            self.detail_heading.setText(period_words(self.context, pack.start, pack.end))
            self.status_words.setText(self.pack_status_words(pack))
            self.mark_taken.setVisible(pack.status is PackStatus.DRAFT)
        self.remake.setText(self.tr("Make the files again"))
        self.mark_taken.setText(self.tr("Mark it taken to the council"))
        for button in (self.remake, self.mark_taken):
            button.setAccessibleName(button.text())
            button.setMinimumWidth(max(280, button.sizeHint().width()))  # its words whole
        self.answers_heading.setText(self.tr("Record the council's answers"))
        if self.answer_rows:
            self.answers_intro.setText(
                self.tr("Each answer goes on You said, we did, so the ward hears what the council said.")
            )
        else:
            self.answers_intro.setText(self.tr("Nothing was chosen to answer in this pack."))
        for row in self.answer_rows:
            row.retranslate()
