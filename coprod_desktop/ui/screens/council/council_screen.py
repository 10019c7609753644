"""The recovery council, for the ward rep: choose a time, see what the ward said, choose what to take,
add my own points, and make the pack (PDF and PowerPoint, with no names in it).

Four steps, one at a time, each read aloud (DESIGN.md section 3): big symbol buttons with words,
short sentences, and every choice saved the moment it is made, so going Home loses nothing: the
same time reopens the same draft pack. Counts show as services.disclosure decides, the same as in the
pack: "fewer than 3", no total beside a hidden count, and only "a few people" for a topic fewer than
3 people talked about, so nothing here can point at one person. Quotes are only what the rule offers.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.council import CouncilProblem, PackInfo, PointInfo, Themes
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import PackStatus, Rating
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.step_screen import StepScreen
from coprod_desktop.ui.screens.council.council_cards import PointCard, ThemeCard
from coprod_desktop.ui.screens.council.council_words import (
    council_periods,
    make_pack_files,
    pack_problem_words,
    period_words,
)
from coprod_desktop.ui.screens.council.points_page import PointsPage
from coprod_desktop.ui.screens.council.themes_page import ThemesPage
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.words_editor import WordsEditor

STEP_PERIOD, STEP_THEMES, STEP_POINTS, STEP_PACK = range(4)
PERIODS = ("month", "quarter", "since")
PERIOD_SYMBOLS = {"month": "calendar", "quarter": "clock", "since": "recovery-council"}
RATING_SYMBOLS = {
    Rating.GOOD: "rating-good",
    Rating.NOT_SURE: "rating-not-sure",
    Rating.NOT_GOOD: "rating-not-good",
}


class CouncilScreen(StepScreen):
    finished = Signal()

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        parent: QWidget | None = None,
    ) -> None:
        # No draft of its own: every choice is saved in the draft pack for the time chosen.
        super().__init__(context, person, None, parent)
        self._alongside = alongside
        self._service = context.services.council
        self._jobs = JobRunner(self)
        self.pack: PackInfo | None = None
        self.themes: Themes | None = None
        self.period_key: str | None = None
        self.files: tuple[Path, Path] | None = None
        self._periods: dict[str, tuple[datetime, datetime]] = {}
        self._greeted = False
        painter, speaker = context.painter, context.speaker
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm = ConfirmPanel(painter, speaker, self)
        self.body.insertWidget(self.body.indexOf(self.message), self.confirm)

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
        self.add_page(period_page)

        # (b) What people said, and (c) my points: pages of their own.
        self.themes_page = ThemesPage(context)
        self.themes_page.taken.connect(self._choose)
        self.themes_page.other_time.connect(lambda: self.show_step(STEP_PERIOD))
        self.themes_page.own_points.connect(lambda: self.show_step(STEP_POINTS))
        self.add_page(self.themes_page)
        self.points_page = PointsPage(context, person, alongside, self.confirm, self.say_message)
        self.points_page.changed.connect(self._forget_files)
        self.points_page.closed.connect(self.retranslate)
        self.add_page(self.points_page)
        # My points' three ways (pictures, my voice, words) share the row of Next: the points keep the
        # height at every word size.
        self.moves.insertWidget(1, self.points_page.ways, 1)
        self.point_pages.currentChanged.connect(self._word_moves)

        # (d) Make the pack.
        pack_page = QWidget()
        self._pack_intro = title_label(pack_page, role="subtitle")
        self._pack_summary = title_label(pack_page, role="body")
        self.make = SymbolButton(painter, speaker, "slides-file", symbol_size=64, max_lines=2, beside=True)
        self.make.setObjectName("make-pack")
        self.make.setProperty("role", "primary")
        self.make.setMinimumSize(340, 120)
        self.make.clicked.connect(self.make_pack)
        self.pack_message = MessageLine(pack_page)
        self.pack_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pack_message.hide()
        self.done = SymbolButton(painter, speaker, "done", symbol_size=64, max_lines=1, beside=True)
        self.done.setObjectName("finished")
        self.done.setMinimumSize(300, 120)
        self.done.clicked.connect(self._finish)
        pack_buttons = QHBoxLayout()
        pack_buttons.setSpacing(24)
        for button in (self.make, self.done):
            button.setMaximumHeight(140)
            pack_buttons.addWidget(button)
        pack_buttons.addStretch(1)
        pack_layout = QVBoxLayout(pack_page)
        pack_layout.setContentsMargins(0, 0, 0, 0)
        pack_layout.setSpacing(16)
        pack_layout.addWidget(self._pack_intro)
        pack_layout.addWidget(self._pack_summary)
        pack_layout.addLayout(pack_buttons)
        pack_layout.addWidget(self.pack_message)
        pack_layout.addStretch(1)
        self.add_page(pack_page)

        self._load_periods()
        self.open_at(STEP_PERIOD)

    # --- the parts of the steps, by the names the steps (and tests) use ---------------------------------
    @property
    def point_cards(self) -> list[PointCard]:
        return self.points_page.point_cards

    @property
    def point_pages(self) -> PiecesEditor:
        return self.points_page.point_pages

    @property
    def words_editor(self) -> WordsEditor:
        return self.points_page.words_editor

    def start_words(self, point: PointInfo | None = None) -> WordsEditor:
        return self.points_page.start_words(point)

    # --- steps -------------------------------------------------------------------------------------
    def question_number(self, step: int) -> tuple[int, int] | None:
        return step + 1, STEP_PACK + 1

    def numbered_words(self, number: int, total: int) -> str:
        words = self.tr("Step {n} of {total}").format(n=number, total=total)
        if self.pack is not None and self.step > STEP_PERIOD:
            words = f"{words}. {self._period_title()}"
        return words

    def step_before(self, step: int) -> int | None:
        """The bar's Back: what people said goes back to choosing the time, my points to what
        people said, the pack to my points (nothing chosen or written is lost); then it leaves.
        Adding a point (words, symbols, my voice) goes back to the list of points first."""
        return step - 1 if step > STEP_PERIOD else None

    def back_a_step(self) -> bool:
        if self.step == STEP_POINTS and self.point_pages.back_a_step():
            return True
        return super().back_a_step()

    def show_step(self, step: int, speak: bool = True) -> None:
        if step > STEP_PERIOD and self.pack is None:
            step = STEP_PERIOD
        super().show_step(max(STEP_PERIOD, min(STEP_PACK, step)), speak)

    def step_shown(self, step: int) -> None:
        self.confirm.close_question()
        if step == STEP_POINTS:
            self.point_pages.show_own_page()
            self.points_page.pack = self.pack
            self.points_page.show_points()
        if step == STEP_PACK:
            self._reload_pack()
            self.pack_message.setVisible(self.files is not None)
        self.retranslate()

    def question_words(self, step: int) -> str:
        if step == STEP_PERIOD:
            visible = [b.spoken for k, b in self.period_buttons.items() if k in self._periods]
            return f"{self._period_question.text()} {join_sentences(*visible)}"  # no "?." in speech
        if step == STEP_THEMES:
            return self.themes_page.arrival_words()
        if step == STEP_POINTS:
            return join_sentences(self.points_page.intro.text())
        return join_sentences(self._pack_intro.text(), self._pack_summary.text())

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
            self.say_message(self.tr("You are not on a ward yet. Please ask staff for help."))
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
            self.say_message(self.tr("This did not work. Please ask staff for help."))
            return
        self.period_key = key
        self.files = None
        self.themes_page.build(self.themes, self.pack)
        self.show_step(STEP_THEMES)

    # --- (b) what people said -----------------------------------------------------------------------
    def _choose(self, card: ThemeCard, chosen: dict[str, object]) -> None:
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
            self.say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self._forget_files()
        card.refresh()
        card.take.speak()

    def _forget_files(self) -> None:
        self.files = None  # the files made before no longer match

    def _reload_pack(self) -> None:
        if self.pack is not None:
            self.pack = self._service.get(self.pack.id) or self.pack

    def show_points_list(self) -> None:
        self.points_page.show_list()

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
    def on_shown(self) -> None:
        if not self._greeted:  # the first step is said as the screen opens; later ones as they come
            self._greeted = True
            self._context.speaker.say(join_sentences(self.title(), self.arrival_words()))
        if self.step == STEP_POINTS:
            self.points_page.show_points()

    def title(self) -> str:
        return self.tr("Recovery council")

    def _period_title(self) -> str:
        if self.pack is None:
            return ""
        return period_words(self._context, self.pack.start, self.pack.end)

    def spoken_summary(self) -> str:
        parts = [self.title(), self.step_label.text()]
        step = self.step
        if step == STEP_THEMES:
            parts.extend(self.themes_page.spoken_parts())
        elif step == STEP_POINTS:
            parts.extend(self.points_page.spoken_parts())
        else:
            parts.append(self.question_words(step))
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

    def retranslate(self) -> None:
        super().retranslate()
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
        self.themes_page.retranslate()
        self.points_page.retranslate()
        self._pack_intro.setText(self.tr("Make the pack for the council. It has no names in it."))
        self._pack_summary.setText(self._pack_summary_words())
        self.make.set_words(self.tr("Make the pack"), self.tr("Make the pack for the council"))
        self.done.set_words(self.tr("Finished"), self.tr("I have finished. Go Home."))
        nexts = {
            STEP_THEMES: (self.tr("Next: my points"), self.tr("Next. Add my own points")),
            STEP_POINTS: (self.tr("Next: make the pack"), self.tr("Next. Make the pack")),
        }
        if self.step in nexts:
            self.next.set_words(*nexts[self.step])
        self._word_moves()

    def _word_moves(self, _page: int = 0) -> None:
        """Next, and on my points the three ways beside it; while pictures, words or my voice are
        open, those have the step to themselves (they have their own way back)."""
        on_list = self.step != STEP_POINTS or self.point_pages.on_own_page
        self.next.setVisible(self.step in (STEP_THEMES, STEP_POINTS) and on_list)
        ways = self.step == STEP_POINTS and on_list
        self.points_page.ways.setVisible(ways)
        self.moves.setStretch(0, 0 if ways else 1)
        self.next.setMinimumWidth(420 if ways else 300)  # sharing the row, its words stay whole
