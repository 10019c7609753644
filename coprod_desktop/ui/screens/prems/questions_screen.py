"""Questions for me: a short easy-read questionnaire about the ward, one question to a page.

Each question is a symbol, words and speech (read aloud when it comes up), with the three faces and
a big Skip: skipping is always fine. Every answer is saved the moment it is given, so leaving
halfway keeps what was said, and coming back carries on from the first question not yet answered.
At the end the person hears, for each question, whether it is better, the same or worse than last
time, shown with a shape as well as words (never colour alone).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.prems import ItemInfo, ItemTrend, PremProblem, ResponseInfo
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import Rating
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.step_screen import StepScreen
from coprod_desktop.ui.prem_words import DEFAULT_SYMBOL, change_words, item_words
from coprod_desktop.ui.screens.prems.result_row import FIRST_TIME, SKIPPED, ResultRow
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.widgets.rating_scale import RatingScale, rating_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PAGE_QUESTION, PAGE_RESULTS, PAGE_PROBLEM = range(3)
RESUME_DAYS = 28
"""An unfinished sitting younger than this is carried on; an older one is left and a new one started."""


class QuestionsScreen(StepScreen):
    finished = Signal()
    """The person pressed Finished (or there was nothing to answer): back to Home."""

    def __init__(
        self, context: UiContext, person: PersonInfo, alongside: Alongside, parent: QWidget | None = None
    ) -> None:
        # No draft of its own: each answer is saved in the sitting the moment it is given.
        super().__init__(context, person, None, parent)
        self._alongside = alongside
        self._service = context.services.prems
        self._response: ResponseInfo | None = None
        self._index = 0
        self._speak_on_show = True
        self.result_rows: list[ResultRow] = []
        painter, speaker = context.painter, context.speaker

        self._progress = self.step_label
        # One question.
        question_page = QWidget()
        self.question = SymbolButton(
            painter, speaker, DEFAULT_SYMBOL, symbol_size=120, max_lines=3, beside=True
        )
        self.question.setObjectName("prem-question")
        self.question.setMinimumHeight(170)
        self.question.clicked.disconnect(self.question.speak)
        self.question.clicked.connect(self.read_question)
        self.rating = RatingScale(painter, speaker, question_page)
        self.rating.setMinimumHeight(170)
        self.rating.rated.connect(self._rated)
        self.skip = SymbolButton(painter, speaker, "skip", symbol_size=56, max_lines=2)
        # Skip is as easy to press as a face, and no more inviting: the person chooses.
        for button in (self.skip, self.next):
            button.setMinimumSize(220, 110)
            button.setMaximumHeight(130)
        self.skip.clicked.connect(self._skipped)
        self.moves.insertWidget(1, self.skip)
        self.moves.insertStretch(2, 1)
        page = QVBoxLayout(question_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(16)
        page.addWidget(self.question)
        page.addWidget(self.rating, 1)
        self.pages.addWidget(question_page)

        # The results.
        results_page = QWidget()
        self._results_heading = title_label(results_page)
        self._results_box = QWidget()
        self._results_layout = QVBoxLayout(self._results_box)
        self._results_layout.setContentsMargins(0, 0, 0, 0)
        self._results_layout.setSpacing(10)
        scroll = QScrollArea(results_page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._results_box)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hear_results = SymbolButton(painter, speaker, "read-aloud", symbol_size=48, max_lines=2)
        self.hear_results.clicked.disconnect(self.hear_results.speak)
        self.hear_results.clicked.connect(self.read_results)
        self.change_answers = SymbolButton(painter, speaker, "previous", symbol_size=48, max_lines=2)
        self.change_answers.clicked.connect(self._back_to_last)
        self.done = SymbolButton(painter, speaker, "done", symbol_size=56, max_lines=2)
        self.done.setProperty("role", "primary")
        self.done.clicked.connect(self.finished)
        for button in (self.hear_results, self.change_answers, self.done):
            button.setMinimumSize(260, 110)
            button.setMaximumHeight(140)
        end_row = QHBoxLayout()
        end_row.setSpacing(24)
        end_row.addWidget(self.change_answers)
        end_row.addWidget(self.hear_results)
        end_row.addStretch(1)
        end_row.addWidget(self.done)
        results = QVBoxLayout(results_page)
        results.setContentsMargins(0, 0, 0, 0)
        results.setSpacing(12)
        results.addWidget(self._results_heading)
        results.addWidget(scroll, 1)
        results.addLayout(end_row)
        self.pages.addWidget(results_page)

        # Something went wrong: plain words, and a way home.
        problem_page = QWidget()
        self._problem = title_label(problem_page)
        self.problem_done = SymbolButton(painter, speaker, "home", symbol_size=56, max_lines=2)
        self.problem_done.setMinimumSize(260, 120)
        self.problem_done.clicked.connect(self.finished)
        problem = QVBoxLayout(problem_page)
        problem.addWidget(self._problem)
        problem.addWidget(self.problem_done, 0, Qt.AlignmentFlag.AlignLeft)
        problem.addStretch(1)
        self.pages.addWidget(problem_page)

        self._open()
        self.retranslate()

    # --- the sitting -------------------------------------------------------------------------------
    @property
    def response(self) -> ResponseInfo | None:
        return self._response

    @property
    def items(self) -> tuple[ItemInfo, ...]:
        return self._response.item_set.items if self._response else ()

    @property
    def index(self) -> int:
        return self._index

    def _open(self) -> None:
        """Carries on an unfinished sitting with today's questions, else starts a new one."""
        try:
            self._response = self._unfinished() or self._service.start(
                self._person.id, self._alongside.staff.id if self._alongside.staff else None
            )
        except PremProblem:
            self._response = None
            self.show_step(PAGE_PROBLEM, speak=False)
            return
        answered = self._response.answers
        self._index = next((i for i, item in enumerate(self.items) if item.id not in answered), 0)
        if self._response.is_complete:  # nothing left: straight to how it went
            self._show_results()
            return
        self._show_question()
        if answered:  # a sitting left halfway: carry on from the first not answered, or start again
            self.ask_carry_on()

    def _unfinished(self) -> ResponseInfo | None:
        # PremService.start always begins a new sitting, so the screen finds the last one left halfway.
        found = self._service.responses(self._person.id, limit=1)
        if not found or found[0].is_complete or self._person.ward_id is None:
            return None
        last = found[0]
        current = self._service.items(self._person.ward_id)
        if last.item_set.id != current.id or self._context.clock() - last.answered_at > timedelta(
            days=RESUME_DAYS
        ):
            return None
        return last

    def _item(self) -> ItemInfo:
        return self.items[self._index]

    def _show_question(self) -> None:
        self.show_step(PAGE_QUESTION, speak=False)
        item = self._item()
        self.question.set_symbol(item.symbol_id or DEFAULT_SYMBOL)
        assert self._response is not None
        self.rating.set_value(self._response.answers.get(item.id))
        self.retranslate()

    def _question_speech(self) -> str:
        return join_sentences(self._progress.text(), item_words(self._item()))

    def read_question(self) -> None:
        if self.pages.currentIndex() == PAGE_QUESTION and self.items:
            self._context.speaker.say(self._question_speech())

    def _save(self, rating: Rating | None) -> bool:
        if self._response is None:
            return False
        try:
            self._response = self._service.answer(self._response.id, self._item().id, rating)
        except PremProblem:
            self._show_problem()
            return False
        return True

    def _rated(self, value: str) -> None:
        if self._save(Rating(value)):
            self._move_on(self.tr("Saved."))

    def _skipped(self) -> None:
        if self._save(None):
            self._move_on(self.tr("Skipped. That is fine."))

    def _move_on(self, said: str) -> None:
        if self._index + 1 < len(self.items):
            self._index += 1
            self._show_question()
            self._context.speaker.say(join_sentences(said, self._question_speech()))
        else:
            self._end(said)

    def next_step(self) -> None:
        self.go_next()

    def go_next(self) -> None:
        """Next is offered only for a question already answered (coming back through them)."""
        assert self._response is not None
        if not self._response.answered(self._item().id):
            return
        self._move_on("")

    def go_previous(self) -> None:
        if self._index == 0:
            return
        self._index -= 1
        self._show_question()
        self.read_question()

    def back_a_step(self) -> bool:
        """The bar's Back goes to the question before (its answer kept); from the first, it leaves."""
        if self.pages.currentIndex() == PAGE_QUESTION and self._index > 0:
            self.go_previous()
            return True
        return False

    def _back_to_last(self) -> None:
        if not self.items:
            return
        self._index = len(self.items) - 1
        self._show_question()
        self.read_question()

    def _end(self, said: str = "") -> None:
        assert self._response is not None
        try:
            self._service.finish(self._response.id)
        except PremProblem:
            self._show_problem()
            return
        self._show_results()
        self._context.speaker.say(join_sentences(said, self.results_speech()))

    def _show_problem(self) -> None:
        self.show_step(PAGE_PROBLEM, speak=False)
        self.retranslate()
        self._context.speaker.say(self._problem.text())

    # --- the kit's steps, and carry on or start again --------------------------------------------------
    def question_number(self, step: int) -> tuple[int, int] | None:
        if step == PAGE_QUESTION and self.items:
            return self._index + 1, len(self.items)
        return None

    def question_words(self, step: int) -> str:
        if step == PAGE_QUESTION and self.items:
            return item_words(self._item())
        return self.results_speech() if step == PAGE_RESULTS else self._problem.text()

    def step_shown(self, step: int) -> None:
        self.moves_bar.setVisible(step == PAGE_QUESTION)

    def carry_on_words(self) -> str:
        answered = len(self._response.answers) if self._response is not None else 0
        return self.tr(
            "You answered {answered} of {total} questions before. Carry on, or start again?"
        ).format(answered=answered, total=len(self.items))

    def start_over(self) -> None:
        """Start again goes to the first question, with the answers given before still shown (each
        can be changed, or kept with Next)."""
        self._index = 0
        self._show_question()
        self.read_question()

    # --- how it went ------------------------------------------------------------------------------
    def _show_results(self) -> None:
        assert self._response is not None
        trends: dict[str, ItemTrend] = {t.key: t for t in self._service.person_trend(self._person.id)}
        for row in self.result_rows:
            row.hide()
            row.deleteLater()
        while self._results_layout.count():
            self._results_layout.takeAt(0)
        self.result_rows = []
        for item in self.items:
            rating = self._response.answers.get(item.id)
            trend = trends.get(item.key)
            if rating is None:
                kind = SKIPPED
            elif trend is None or trend.change is None:
                kind = FIRST_TIME
            else:
                kind = trend.change.value
            change = trend.change if trend is not None and kind not in (SKIPPED, FIRST_TIME) else None
            row = ResultRow(self._context, item, rating, kind, change_words(change, rating is not None))
            self._results_layout.addWidget(row)
            self.result_rows.append(row)
        self._results_layout.addStretch(1)
        self.show_step(PAGE_RESULTS, speak=False)
        self.retranslate()
        self.done.setFocus(Qt.FocusReason.OtherFocusReason)

    def results_speech(self) -> str:
        return join_sentences(self._results_heading.text(), *(row.spoken for row in self.result_rows))

    def read_results(self) -> None:
        self._context.speaker.say(self.results_speech())

    # --- screen -----------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._speak_on_show:
            return
        self._speak_on_show = False  # read on arrival, not every time Help closes
        page = self.pages.currentIndex()
        intro = self.tr("Questions about the ward. You can skip any question.")
        if self.asking_carry_on:
            self._context.speaker.say(join_sentences(intro, self.carry_on_words()))
        elif page == PAGE_QUESTION:
            self._context.speaker.say(join_sentences(intro, self._question_speech()))
        elif page == PAGE_RESULTS:
            self.read_results()
        else:
            self._context.speaker.say(self._problem.text())

    def title(self) -> str:
        return self.tr("Questions for me")

    def spoken_summary(self) -> str:
        page = self.pages.currentIndex()
        if self.asking_carry_on:
            return join_sentences(self.title(), self.carry_on_words())
        if page == PAGE_QUESTION and self.items:
            choices = [rating_words(r) for r in (Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD)]
            return join_sentences(self._question_speech(), *choices, self.skip.spoken)
        if page == PAGE_RESULTS:
            return self.results_speech()
        return join_sentences(self.title(), self._problem.text())

    def retranslate(self) -> None:
        super().retranslate()
        if self.items and self.pages.currentIndex() == PAGE_QUESTION:
            item = self._item()
            words = item_words(item)
            self.question.set_words(words, words)
            answered = self._response is not None and self._response.answered(item.id)
            self.next.setVisible(answered)
        self.rating.retranslate()
        self.skip.set_words(self.tr("Skip"), self.tr("Skip this question"))
        self.next.set_words(self.tr("Next"), self.tr("Next question"))
        self._results_heading.setText(self.tr("Thank you. Here is how it went."))
        self.hear_results.set_words(self.tr("Hear it again"), self.tr("Hear how it went again"))
        self.change_answers.set_words(self.tr("Change my answers"))
        self.done.set_words(self.tr("Finished"), self.tr("I have finished the questions"))
        self._problem.setText(self.tr("The questions are not ready just now. Please ask staff."))
        self.problem_done.set_words(self.tr("Home"), self.tr("Go back home"))

    def current_item_id(self) -> uuid.UUID | None:
        return self._item().id if self.items else None
