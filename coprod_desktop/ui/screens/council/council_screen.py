"""The recovery council, for the ward rep: choose a time, see what the ward said, choose what to take,
add my own points, and make the pack (PDF and PowerPoint, with no names in it).

Four steps, one at a time, each read aloud (DESIGN.md section 3): big symbol buttons with words,
short sentences, and every choice saved the moment it is made, so going Home loses nothing: the
same time reopens the same draft pack. Counts show as services.disclosure decides, the same as in the
pack: "fewer than 3", no total beside a hidden count, and only "a few people" for a topic fewer than
3 people talked about, so nothing here can point at one person. Quotes are only what the rule offers.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.council import (
    CouncilProblem,
    PackInfo,
    PointInfo,
    Themes,
)
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import ActionSource, ActionStatus, PackStatus, Rating, WhoseWords
from coprod_desktop.ui.action_words import STATUS_SYMBOLS
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.screens.council.council_cards import PointCard, ThemeCard, plain_label
from coprod_desktop.ui.screens.council.council_words import (
    council_periods,
    make_pack_files,
    pack_problem_words,
    period_words,
    quote_label,
    raised_words,
    status_line,
    symbol_words,
    topic_words,
)
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.topic_words import DEFAULT_TOPIC_SYMBOL, whose_words
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker
from coprod_desktop.ui.widgets.words_editor import WordsEditor

STEP_PERIOD, STEP_THEMES, STEP_POINTS, STEP_PACK = range(4)
PERIODS = ("month", "quarter", "since")
PERIOD_SYMBOLS = {"month": "calendar", "quarter": "clock", "since": "recovery-council"}
RATING_SYMBOLS = {
    Rating.GOOD: "rating-good",
    Rating.NOT_SURE: "rating-not-sure",
    Rating.NOT_GOOD: "rating-not-good",
}


class CouncilScreen(Screen):
    finished = Signal()

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._alongside = alongside
        self._service = context.services.council
        self._jobs = JobRunner(self)
        self._staff_names: dict[uuid.UUID, str] = {}
        self.pack: PackInfo | None = None
        self.themes: Themes | None = None
        self.period_key: str | None = None
        self.files: tuple[Path, Path] | None = None
        self._editing: PointInfo | None = None
        self._periods: dict[str, tuple[datetime, datetime]] = {}
        self._greeted = False
        painter, speaker = context.painter, context.speaker

        self._heading = title_label(self)
        self._step_words = title_label(self, role="muted")
        self.message = MessageLine(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.confirm = ConfirmPanel(painter, speaker, self)
        self.steps = QStackedWidget(self)

        # (a) Which time?
        period_page = QWidget()
        self._period_question = title_label(period_page, role="subtitle")
        self.period_buttons: dict[str, SymbolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(24)
        for index, key in enumerate(PERIODS):
            button = SymbolButton(painter, speaker, PERIOD_SYMBOLS[key], symbol_size=96, max_lines=3)
            button.setObjectName(f"period-{key}")
            button.setMinimumSize(260, 210)
            button.clicked.connect(lambda _c=False, k=key: self.choose_period(k))
            grid.addWidget(button, 0, index)
            self.period_buttons[key] = button
        period_layout = QVBoxLayout(period_page)
        period_layout.setContentsMargins(0, 0, 0, 0)
        period_layout.setSpacing(16)
        period_layout.addWidget(self._period_question)
        period_layout.addLayout(grid, 1)
        self.steps.addWidget(period_page)

        # (b) What people said: made afresh for each time chosen.
        themes_page = QWidget()
        self._themes_intro = title_label(themes_page, role="subtitle")
        self.themes_scroll = QScrollArea(themes_page)
        self.themes_scroll.setWidgetResizable(True)
        self.themes_scroll.setFrameShape(QFrame.Shape.NoFrame)
        themes_layout = QVBoxLayout(themes_page)
        themes_layout.setContentsMargins(0, 0, 0, 0)
        themes_layout.addWidget(self._themes_intro)
        themes_layout.addWidget(self.themes_scroll, 1)
        self.steps.addWidget(themes_page)
        self.topic_cards: dict[str, ThemeCard] = {}
        self.status_cards: dict[ActionStatus, ThemeCard] = {}
        self.quote_cards: dict[uuid.UUID, ThemeCard] = {}
        self.empty: QFrame | None = None
        self._section_labels: list[tuple[QLabel, Callable[[], str]]] = []

        # (c) My points.
        points_page = QWidget()
        self._points_intro = title_label(points_page, role="subtitle")
        self.add_words = SymbolButton(painter, speaker, "words", symbol_size=48)
        self.add_symbol = SymbolButton(painter, speaker, "symbol-choose", symbol_size=48)
        self.add_voice = SymbolButton(painter, speaker, "microphone", symbol_size=48)
        adds = QVBoxLayout()
        adds.setSpacing(12)
        for button in (self.add_words, self.add_symbol, self.add_voice):
            button.setMinimumSize(170, 110)
            button.setMaximumWidth(230)
            adds.addWidget(button)
        adds.addStretch(1)
        self.add_words.clicked.connect(lambda: self.start_words())
        self.add_symbol.clicked.connect(self.start_symbol)
        self.add_voice.clicked.connect(self.start_recording)
        self._points_box = QWidget()
        self._points_layout = QVBoxLayout(self._points_box)
        self._points_layout.setContentsMargins(0, 0, 0, 0)
        self._points_layout.setSpacing(10)
        self.no_points = plain_label(self._points_box, "body")
        self._points_layout.addWidget(self.no_points)
        self._points_layout.addStretch(1)
        points_scroll = QScrollArea()
        points_scroll.setWidgetResizable(True)
        points_scroll.setFrameShape(QFrame.Shape.NoFrame)
        points_scroll.setWidget(self._points_box)
        self.point_cards: list[PointCard] = []
        # Words, symbols and my voice are added on pages of their own; the bar's Back comes back here.
        self.point_pages = PiecesEditor(context, points_scroll, parent=points_page)
        self.point_pages.words_changed.connect(self._save_words)
        self.point_pages.symbol_chosen.connect(self._add_symbol)
        self.point_pages.recorded.connect(self._recorded)
        self.point_pages.closed.connect(self._editor_closed)
        points_body = QHBoxLayout()
        points_body.setSpacing(20)
        points_body.addLayout(adds, 0)
        points_body.addWidget(self.point_pages, 1)
        points_layout = QVBoxLayout(points_page)
        points_layout.setContentsMargins(0, 0, 0, 0)
        points_layout.addWidget(self._points_intro)
        points_layout.addLayout(points_body, 1)
        self.steps.addWidget(points_page)

        # (d) Make the pack.
        pack_page = QWidget()
        self._pack_intro = title_label(pack_page, role="subtitle")
        self._pack_summary = title_label(pack_page, role="body")
        self.make = SymbolButton(painter, speaker, "slides-file", symbol_size=64, max_lines=2, beside=True)
        self.make.setObjectName("make-pack")
        self.make.setProperty("role", "primary")
        self.make.setMinimumSize(340, 120)
        self.make.setMaximumHeight(140)
        self.make.clicked.connect(self.make_pack)
        self.pack_message = MessageLine(pack_page)
        self.pack_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pack_message.hide()
        self.done = SymbolButton(painter, speaker, "done", symbol_size=64, max_lines=1, beside=True)
        self.done.setObjectName("finished")
        self.done.setMinimumSize(300, 120)
        self.done.setMaximumHeight(140)
        self.done.clicked.connect(self._finish)
        pack_buttons = QHBoxLayout()
        pack_buttons.setSpacing(24)
        pack_buttons.addWidget(self.make)
        pack_buttons.addWidget(self.done)
        pack_buttons.addStretch(1)
        pack_layout = QVBoxLayout(pack_page)
        pack_layout.setContentsMargins(0, 0, 0, 0)
        pack_layout.setSpacing(16)
        pack_layout.addWidget(self._pack_intro)
        pack_layout.addWidget(self._pack_summary)
        pack_layout.addLayout(pack_buttons)
        pack_layout.addWidget(self.pack_message)
        pack_layout.addStretch(1)
        self.steps.addWidget(pack_page)

        # Moving between steps.
        # Back one step is the bar's Back (see back_a_step).
        self.next = SymbolButton(painter, speaker, "next", symbol_size=44, max_lines=2, beside=True)
        self.next.setMinimumSize(280, 96)
        self.next.setMaximumHeight(112)
        self.next.setObjectName("step-next")
        self.next.clicked.connect(lambda: self.show_step(self.step + 1))
        moves = QHBoxLayout()
        moves.addStretch(1)
        moves.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self._heading)
        layout.addWidget(self._step_words)
        layout.addWidget(self.confirm)
        layout.addWidget(self.message)
        layout.addWidget(self.steps, 1)
        layout.addLayout(moves)
        self._load_periods()
        self.show_step(STEP_PERIOD, speak=False)

    # --- steps -------------------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def back_a_step(self) -> bool:
        """The bar's Back: what people said goes back to choosing the time, my points to what
        people said, the pack to my points (nothing chosen or written is lost); then it leaves.
        Adding a point (words, symbols, my voice) goes back to the list of points first."""
        if self.step == STEP_POINTS and self.point_pages.back_a_step():
            return True
        if self.step > STEP_PERIOD:
            self.show_step(self.step - 1)
            return True
        return False

    def show_step(self, step: int, speak: bool = True) -> None:
        if step > STEP_PERIOD and self.pack is None:
            step = STEP_PERIOD
        step = max(STEP_PERIOD, min(STEP_PACK, step))
        self.steps.setCurrentIndex(step)
        self.confirm.close_question()
        self.message.hide()
        if step == STEP_POINTS:
            self.point_pages.show_own_page()
            self._show_points()
        if step == STEP_PACK:
            self.pack_message.setVisible(self.files is not None)
        self.retranslate()
        if speak:
            self._context.speaker.say(self._step_spoken())

    def _load_periods(self) -> None:
        ward_id = self._person.ward_id
        packs = self._service.packs(ward_id) if ward_id else []
        self._periods = council_periods(self._context.services.clock(), packs)
        for key, button in self.period_buttons.items():
            button.setVisible(key in self._periods)

    def choose_period(self, key: str) -> None:
        """Starts a draft pack for the time, or reopens the draft already made for it."""
        ward_id = self._person.ward_id
        if ward_id is None or key not in self._periods:
            self._say_message(self.tr("You are not on a ward yet. Please ask staff for help."))
            return
        start, end = self._periods[key]
        try:
            draft = next(
                (
                    p
                    for p in self._service.packs(ward_id)
                    if p.status is PackStatus.DRAFT and p.start == start and p.end == end
                ),
                None,
            )
            self.pack = draft or self._service.start_pack(ward_id, self._person.id, start, end)
            self.themes = self._service.themes(ward_id, start, end)
        except CouncilProblem:
            self._say_message(self.tr("This did not work. Please ask staff for help."))
            return
        self.period_key = key
        self.files = None
        self._build_themes()
        self.show_step(STEP_THEMES)

    # --- (b) what people said -----------------------------------------------------------------------
    def _section(self, layout: QVBoxLayout, parent: QWidget, words: Callable[[], str]) -> None:
        label = title_label(parent, role="subtitle")
        label.setText(words())
        layout.addWidget(label)
        self._section_labels.append((label, words))

    def _build_themes(self) -> None:
        themes, pack = self.themes, self.pack
        assert themes is not None and pack is not None
        context = self._context
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(12)
        self.topic_cards, self.status_cards, self.quote_cards = {}, {}, {}
        self._section_labels = []
        self.empty = None
        chosen = set(pack.topics)
        if themes.is_empty:
            self.empty = self._empty_card(body)
            layout.addWidget(self.empty)
        if themes.topics:
            self._section(layout, body, lambda: self.tr("What people said in SAY groups"))
            for topic in themes.topics:
                card = ThemeCard(
                    context, topic.symbol_id or DEFAULT_TOPIC_SYMBOL, lambda t=topic: topic_words(t), body
                )
                self._add_topic_card(layout, card, topic.key, chosen)
        if themes.raised:
            self._section(layout, body, lambda: self.tr("Ideas, and things people are not happy about"))
            for raised in themes.raised:
                symbol = raised.symbol_id or ("idea" if raised.source is ActionSource.IDEA else "not-happy")
                card = ThemeCard(context, symbol, lambda r=raised: raised_words(context, r), body)
                self._add_topic_card(layout, card, raised.key, chosen)
        if any(count.number for _, count in themes.statuses):
            self._section(layout, body, lambda: self.tr("You said, we did"))
            row = themes.status_row()
            for status, count in themes.statuses:
                if not count.number:
                    continue
                card = ThemeCard(
                    context, STATUS_SYMBOLS[status], lambda s=status, n=row[status]: status_line(s, n), body
                )
                card.set_taken(status in pack.statuses)
                card.take.clicked.connect(self._statuses_changed)
                layout.addWidget(card)
                self.status_cards[status] = card
        if not themes.is_empty:
            self._section(layout, body, lambda: self.tr("In people's own words"))
            if not themes.quotes:
                self._section(
                    layout, body, lambda: self.tr("Nobody said yes to sharing their words this time.")
                )
            for quote in themes.quotes:
                card = ThemeCard(
                    context,
                    quote.symbol_id or "want-to-say",
                    lambda q=quote: (f"\u201c{q.text}\u201d", quote_label(q)),
                    body,
                )
                card.set_taken(quote.id in pack.quotes)
                card.take.clicked.connect(self._quotes_changed)
                layout.addWidget(card)
                self.quote_cards[quote.id] = card
        layout.addStretch(1)
        self.themes_scroll.setWidget(body)  # the old cards go with the old widget

    def _add_topic_card(self, layout: QVBoxLayout, card: ThemeCard, key: str, chosen: set[str]) -> None:
        card.set_taken(key in chosen)
        card.take.clicked.connect(self._topics_changed)
        layout.addWidget(card)
        self.topic_cards[key] = card

    def _empty_card(self, parent: QWidget) -> QFrame:
        """Nothing happened in this time: said kindly, with where to go next (no empty chart)."""
        card = QFrame(parent)
        card.setObjectName("empty-period")
        card.setProperty("role", "card")
        picture = QLabel(card)
        picture.setObjectName("symbol")
        picture.setPixmap(self._context.painter.pixmap("calendar", 96, self.devicePixelRatioF()))
        self.empty_words = title_label(card, role="subtitle")
        self.empty_other_time = SymbolButton(
            self._context.painter, self._context.speaker, "calendar", symbol_size=44, beside=True
        )
        self.empty_points = SymbolButton(
            self._context.painter, self._context.speaker, "words", symbol_size=44, beside=True
        )
        for button in (self.empty_other_time, self.empty_points):
            button.setMinimumSize(280, 100)
            button.setMaximumHeight(120)
        self.empty_other_time.clicked.connect(lambda: self.show_step(STEP_PERIOD))
        self.empty_points.clicked.connect(lambda: self.show_step(STEP_POINTS))
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_other_time)
        buttons.addWidget(self.empty_points)
        buttons.addStretch(1)
        text = QVBoxLayout()
        text.addWidget(self.empty_words)
        text.addLayout(buttons)
        row = QHBoxLayout(card)
        row.setContentsMargins(20, 16, 20, 16)
        row.setSpacing(20)
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        return card

    def _choose(self, card: ThemeCard, **chosen: object) -> None:
        """Saves the choice at once; if it cannot be saved the card goes back and the rep is told."""
        assert self.pack is not None
        staff = self._alongside.staff
        try:
            self.pack = self._service.choose(
                self.pack.id,
                by_id=staff.id if staff is not None else self._person.id,
                **chosen,  # type: ignore[arg-type]
            )
        except CouncilProblem:
            card.take.setChecked(not card.take.isChecked())
            card.refresh()
            self._say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self.files = None  # the files made before no longer match
        card.refresh()
        card.take.speak()

    def _sender_card(self, cards: list[ThemeCard]) -> ThemeCard | None:
        button = self.sender()
        return next((card for card in cards if card.take is button), None)

    def _topics_changed(self) -> None:
        card = self._sender_card(list(self.topic_cards.values()))
        if card is not None:
            keys = [key for key, c in self.topic_cards.items() if c.take.isChecked()]
            self._choose(card, topics=keys)

    def _statuses_changed(self) -> None:
        card = self._sender_card(list(self.status_cards.values()))
        if card is not None:
            statuses = [status for status, c in self.status_cards.items() if c.take.isChecked()]
            self._choose(card, statuses=statuses)

    def _quotes_changed(self) -> None:
        card = self._sender_card(list(self.quote_cards.values()))
        if card is not None:
            quotes = [quote_id for quote_id, c in self.quote_cards.items() if c.take.isChecked()]
            self._choose(card, quotes=quotes)

    # --- (c) my points --------------------------------------------------------------------------------
    def _reload_pack(self) -> None:
        if self.pack is not None:
            self.pack = self._service.get(self.pack.id) or self.pack

    def _staff_name(self, staff_id: uuid.UUID | None) -> str | None:
        if staff_id is None:
            return None
        if staff_id not in self._staff_names:
            person = self._context.services.people.get(staff_id)
            self._staff_names[staff_id] = person.called if person else ""
        return self._staff_names[staff_id] or None

    def point_words(self, number: int, point: PointInfo) -> tuple[str, str]:
        heading = self.tr("My point {n}").format(n=number)
        lines = []
        if point.words:
            if point.whose is not None:
                lines.append(
                    whose_words(point.whose, self._person.called, self._staff_name(point.written_by_id))
                )
            lines.append(point.words)
        if point.symbols:
            symbols = ", ".join(symbol_words(self._context, s) for s in point.symbols)
            lines.append(self.tr("Symbols: {symbols}").format(symbols=symbols))
        if point.recording_file:
            lines.append(self.tr("My voice is recorded."))
        return heading, "\n".join(lines)

    def _show_points(self) -> None:
        self._reload_pack()
        for card in self.point_cards:
            self._points_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.point_cards = []
        points = [p for p in (self.pack.points if self.pack else ()) if not p.is_empty]
        for number, point in enumerate(points, start=1):
            heading, body = self.point_words(number, point)
            card = PointCard(self._context, point, heading, body, self._points_box)
            card.hear.set_words(self.tr("Hear it"), join_sentences(self.tr("Hear it"), heading))
            card.change.set_words(self.tr("Change"), join_sentences(self.tr("Change"), heading))
            card.remove.set_words(self.tr("Remove"), join_sentences(self.tr("Remove"), heading))
            card.hear_requested.connect(self._hear_point)
            card.change_requested.connect(self.start_words)
            card.remove_requested.connect(self._ask_remove_point)
            self._points_layout.insertWidget(self._points_layout.count() - 2, card)
            card.show()  # added to a screen already showing: children are not shown by themselves
            self.point_cards.append(card)
        self.no_points.setVisible(not points)

    @property
    def words_editor(self) -> WordsEditor:
        editor = self.point_pages.words_editor
        self._retranslate_editor()
        return editor

    def start_words(self, point: PointInfo | None = None) -> WordsEditor:
        self._editing = point
        staff = self._alongside.staff is not None
        editor = self.words_editor  # made with the council's own words on its Done first
        self.point_pages.start_words(
            staff, point.words or "" if point else "", point.whose if point else None
        )
        return editor

    def _save_words(self, text: str) -> None:
        """Saved on every change: closing the app mid-sentence keeps what is on the screen."""
        if self.pack is None:
            return
        try:
            if self._editing is None:
                if not text.strip():
                    return
                whose = self.words_editor.whose_words
                staff = self._alongside.staff
                writer = staff.id if staff is not None and whose is not WhoseWords.MINE else None
                if writer is None:
                    whose = WhoseWords.MINE
                self._editing = self._service.add_point(
                    self.pack.id, words=text, whose=whose, written_by_id=writer
                )
                self.words_editor.lock_whose()
            elif text.strip() or self._editing.symbols or self._editing.recording_file:
                self._editing = self._service.update_point(self._editing.id, words=text)
            else:
                self._service.remove_point(self._editing.id)
                self._editing = None
        except (CouncilProblem, InvalidText):
            return
        self.files = None

    def show_points_list(self) -> None:
        self.point_pages.show_own_page()
        self._editor_closed()

    def _editor_closed(self) -> None:
        self._editing = None
        self._show_points()
        self.retranslate()

    def start_symbol(self) -> SymbolPicker:
        return self.point_pages.start_symbols()

    def _add_symbol(self, symbol_id: str) -> None:
        if self.pack is None:
            return
        try:
            self._service.add_point(self.pack.id, symbols=(symbol_id,))
        except CouncilProblem:
            self._say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self.files = None

    def start_recording(self) -> QWidget:
        """The recorder; with no microphone its Record button is hidden and a note says why."""
        return self.point_pages.start_recording()

    def _recorded(self, file_name: str) -> None:
        # The panel itself says the recording is saved; the point is listed when the rep goes back.
        if self.pack is None:
            return
        try:
            self._service.add_point(self.pack.id, recording_file=file_name)
        except CouncilProblem:
            self._say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self.files = None

    def _hear_point(self, point: PointInfo) -> None:
        if point.recording_file and not point.words:
            path = self._context.paths.recordings / Path(point.recording_file).name
            if not self._context.speaker.play_file(path):
                self._say_message(self.tr("This recording will not play. It may be damaged."))
            return
        number = next((i for i, c in enumerate(self.point_cards, start=1) if c.point.id == point.id), 1)
        heading, body = self.point_words(number, point)
        self._context.speaker.say(join_sentences(heading, *body.split("\n")))

    def _ask_remove_point(self, point: PointInfo) -> None:
        question = self.tr("Remove this point?")
        self._context.speaker.say(question)
        self.confirm.ask(question, lambda: self._remove_point(point))

    def _remove_point(self, point: PointInfo) -> None:
        try:
            self._service.remove_point(point.id)
        except CouncilProblem:
            self._say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self.files = None
        self._show_points()
        self._context.speaker.say(self.tr("The point is removed."))

    # --- (d) make the pack ---------------------------------------------------------------------------
    def make_pack(self) -> None:
        if self.pack is None or self._jobs.busy():
            return
        self._tell_pack(self.tr("Making the pack. Please wait."))
        context, pack_id = self._context, self.pack.id
        language = context.languages.current
        self._jobs.start(lambda: make_pack_files(context, pack_id, language), self._made, self._failed)

    def wait(self) -> None:
        """Waits for the pack to be made (tests, and closing)."""
        self._jobs.wait()

    def _made(self, files: object) -> None:
        assert isinstance(files, tuple)
        pdf, pptx = files
        self.files = (Path(pdf), Path(pptx))
        spoken = self.tr("The pack is ready. Staff can print it or show it on a screen.")
        where = self.tr("It is in this folder: {folder}").format(folder=str(Path(pdf).parent))
        self.pack_message.setText(f"{spoken}\n{where}\n{Path(pdf).name}\n{Path(pptx).name}")
        self.pack_message.show()
        self._context.speaker.say(spoken)

    def _failed(self, error: object) -> None:
        self._tell_pack(pack_problem_words(error))

    def _tell_pack(self, words: str) -> None:
        self.pack_message.setText(words)
        self.pack_message.show()
        self._context.speaker.say(words)

    def _finish(self) -> None:
        self._context.speaker.say(self.tr("Thank you. Well done."))
        self.finished.emit()

    # --- screen ----------------------------------------------------------------------------------------
    def _say_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._context.speaker.say(text)

    def on_shown(self) -> None:
        if not self._greeted:  # the first step is said as the screen opens; later ones as they come
            self._greeted = True
            self._context.speaker.say(f"{join_sentences(self.title())} {self._step_spoken()}")
        if self.step == STEP_POINTS:
            self._show_points()

    def title(self) -> str:
        return self.tr("Recovery council")

    def _period_title(self) -> str:
        if self.pack is None:
            return ""
        return period_words(self._context, self.pack.start, self.pack.end)

    def _step_spoken(self) -> str:
        step = self.step
        if step == STEP_PERIOD:
            visible = [b.spoken for k, b in self.period_buttons.items() if k in self._periods]
            return f"{self._period_question.text()} {join_sentences(*visible)}"  # no "?." in speech
        if step == STEP_THEMES:
            if self.empty is not None:
                return join_sentences(self._themes_intro.text(), self.empty_words.text())
            return join_sentences(self._themes_intro.text(), self.tr("Press Take this for each one."))
        if step == STEP_POINTS:
            return join_sentences(self._points_intro.text())
        return join_sentences(self._pack_intro.text(), self._pack_summary.text())

    def spoken_summary(self) -> str:
        parts = [self.title(), self._step_words.text()]
        step = self.step
        if step == STEP_THEMES:
            parts.append(self._themes_intro.text())
            if self.empty is not None:
                parts.append(self.empty_words.text())
            cards = [*self.topic_cards.values(), *self.status_cards.values(), *self.quote_cards.values()]
            parts.extend(card.spoken() for card in cards)
        elif step == STEP_POINTS:
            parts.append(self._points_intro.text())
            for card in self.point_cards:
                parts.append(card.heading.text())
                parts.extend(card.body.text().split("\n"))
            if not self.point_cards:
                parts.append(self.no_points.text())
        else:
            parts.append(self._step_spoken())
            if step == STEP_PACK and self.pack_message.isVisibleTo(self):
                parts.append(self.pack_message.text().split("\n")[0])
        return join_sentences(*parts)

    def _pack_summary_words(self) -> str:
        pack = self.pack
        if pack is None:
            return ""
        themes = len(pack.topics) + len(pack.statuses)
        points = len([p for p in pack.points if not p.is_empty])
        return self.tr("You chose {themes} things, {quotes} quotes and {points} of your own points.").format(
            themes=themes, quotes=len(pack.quotes), points=points
        )

    def _retranslate_editor(self) -> None:
        editor = self.point_pages.words_editor if self.point_pages.has_words_editor else None
        if editor is not None:
            editor.retranslate()
            editor.done.set_words(
                self.tr("Back to my points"), self.tr("Back to my points. Your words are saved.")
            )

    def retranslate(self) -> None:
        step = self.step
        self._heading.setText(self.title())
        step_words = self.tr("Step {n} of 4").format(n=step + 1)
        if self.pack is not None and step > STEP_PERIOD:
            step_words = f"{step_words}. {self._period_title()}"
        self._step_words.setText(step_words)
        self._period_question.setText(self.tr("Which time do you want to talk about?"))
        period_words_ = {
            "month": (self.tr("This month"), self.tr("Talk about this month")),
            "quarter": (self.tr("The last 3 months"), self.tr("Talk about the last 3 months")),
            "since": (
                self.tr("Since the last council"),
                self.tr("Talk about the time since the last council"),
            ),
        }
        for key, button in self.period_buttons.items():
            words, spoken = period_words_[key]
            if key in self._periods:
                start, end = self._periods[key]
                spoken = join_sentences(spoken, period_words(self._context, start, end))
            button.set_words(words, spoken)
        self._themes_intro.setText(self.tr("What people on the ward said. Choose what to take."))
        for label, words in self._section_labels:
            label.setText(words())
        for card in [*self.topic_cards.values(), *self.status_cards.values(), *self.quote_cards.values()]:
            card.refresh()
        if self.empty is not None:
            self.empty_words.setText(
                self.tr("Nothing was said on the ward in this time. You can choose another time.")
                + " "
                + self.tr("You can still add your own points.")
            )
            self.empty_other_time.set_words(self.tr("Choose another time"))
            self.empty_points.set_words(self.tr("Add my own points"))
        self._points_intro.setText(self.tr("My own points. Add words, symbols or your voice."))
        self.add_words.set_words(self.tr("Words"), self.tr("Add a point in words"))
        self.add_symbol.set_words(self.tr("Symbol"), self.tr("Add a point with a symbol"))
        self.add_voice.set_words(self.tr("My voice"), self.tr("Add a point in my voice"))
        self.no_points.setText(self.tr("No points yet. Add words, a symbol or your voice."))
        self._retranslate_editor()
        self._pack_intro.setText(self.tr("Make the pack for the council. It has no names in it."))
        self._pack_summary.setText(self._pack_summary_words())
        self.make.set_words(self.tr("Make the pack"), self.tr("Make the pack for the council"))
        self.done.set_words(self.tr("Finished"), self.tr("I have finished. Go Home."))
        nexts = {
            STEP_THEMES: (self.tr("Next: my points"), self.tr("Next. Add my own points")),
            STEP_POINTS: (self.tr("Next: make the pack"), self.tr("Next. Make the pack")),
        }
        self.next.setVisible(step in nexts)
        if step in nexts:
            self.next.set_words(*nexts[step])
