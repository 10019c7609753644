"""A flow of questions, one to a page: say thank you, an idea or a worry, the recovery council and
Questions for me all work the same way, so a person who has learned one has learned them all.

- "Question n of m" shows above the question and is spoken with it as each one arrives;
- the bar's Back goes one step (`step_before`), and from the first step leaves; Home leaves;
- Next sits bottom right, where a step has one; Skip is part of a step that is optional;
- what is chosen or typed is kept as a draft on every change, so closing the app loses nothing;
- coming back to a flow left half done asks "Carry on or start again?" first, so nobody lands in
  the middle of a question they do not remember (or of someone else's half-finished words).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from coprod_desktop.services.drafts import DraftTooBig
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.carry_on_question import CarryOnQuestion
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.scan_order import AFTER_CONTENT, scan_items
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class StepScreen(Screen):
    start_again = Signal()
    """The person chose to start again: the draft is gone, and the flow opens a fresh screen."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        draft_key: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._draft_key = draft_key
        self._restoring = False
        self._draft_closed = False
        self._step_chose_focus = False
        painter, speaker = context.painter, context.speaker

        self.heading = title_label(self)
        self.step_label = title_label(self, role="muted")
        self.message = MessageLine(self)
        self.message.hide()
        self.pages = QStackedWidget(self)
        self.carry_on_question = CarryOnQuestion(painter, speaker, self)
        self.carry_on_question.carry_on.connect(self._carry_on)
        self.carry_on_question.start_again.connect(self.start_over)

        # The row under the question: extras on the left of Next, which is always bottom right.
        self.next = SymbolButton(painter, speaker, "next", symbol_size=48, max_lines=2, beside=True)
        self.next.setObjectName("step-next")
        self.next.setMinimumSize(max(300, self.next.minimumWidth()), 100)
        self.next.setMaximumHeight(120)
        self.next.clicked.connect(self.next_step)
        self.moves_bar = QWidget(self)
        self.moves_bar.setProperty(AFTER_CONTENT, True)  # a switch meets the question's answers first
        self.moves = QHBoxLayout(self.moves_bar)
        self.moves.setContentsMargins(0, 0, 0, 0)
        self.moves.setSpacing(24)
        self.moves.addStretch(1)
        self.moves.addWidget(self.next)

        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(24, 12, 24, 16)
        self.body.setSpacing(10)
        # The title, and where the person is ("Question 2 of 3") on the same line: room for the answers.
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.heading, 1)
        top.addWidget(self.step_label, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.body.addLayout(top)
        self.body.addWidget(self.message)
        self.body.addWidget(self.carry_on_question, 1)
        self.body.addWidget(self.pages, 1)
        self.body.addWidget(self.moves_bar)
        self._step_aside: list[QWidget] = [self.pages, self.step_label, self.moves_bar]
        """What steps aside while "Carry on or start again?" is asked."""

    def add_above_pages(self, part: QWidget) -> None:
        """A part of every step (such as the question's words) above the message and the pages; it
        steps aside while "Carry on or start again?" is asked, and each step says if it shows."""
        self.body.insertWidget(self.body.indexOf(self.message), part)
        self._step_aside.append(part)

    # --- what each flow says ---------------------------------------------------------------------
    def question_number(self, step: int) -> tuple[int, int] | None:
        """(n, m) for "Question n of m" on this step; None where the step is not one of the
        questions (an extra reached from a question, or the end)."""
        return None

    def numbered_words(self, number: int, total: int) -> str:
        return self.tr("Question {number} of {total}").format(number=number, total=total)

    def question_words(self, step: int) -> str:
        """The question on this step, spoken as it arrives after "Question n of m"."""
        return ""

    def step_before(self, step: int) -> int | None:
        """Where Back goes from this step; None leaves the screen."""
        return step - 1 if step > 0 else None

    def step_shown(self, step: int) -> None:
        """Sets the step's page up as it comes to the front (what shows, where focus goes)."""

    def next_step(self) -> None:
        self.show_step(self.step + 1)

    def draft(self) -> dict[str, object]:
        """What to keep of the flow so far; empty when nothing has been started."""
        return {}

    def restore(self, draft: dict[str, object]) -> int | None:
        """Puts a draft back; says the step to carry on at, or None when there is nothing to ask
        about (nothing the person would miss)."""
        return None

    def carry_on_words(self) -> str:
        return self.tr("You started this before. Carry on, or start again?")

    # --- moving ----------------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def add_page(self, page: QWidget) -> int:
        return self.pages.addWidget(page)

    def open_at(self, first_step: int) -> None:
        """The end of the flow's set-up: puts back a draft left earlier (even before a restart) and
        asks to carry on, or shows the first step quietly (the screen's arrival speaks it)."""
        draft = self._stored_draft()
        resume: int | None = None
        if draft:
            self._restoring = True
            try:
                resume = self.restore(draft)
            finally:
                self._restoring = False
        if resume is None:
            self.show_step(first_step, speak=False)
        else:
            self.pages.setCurrentIndex(resume)
            self.ask_carry_on()

    def show_step(self, step: int, speak: bool = True) -> None:
        if self.asking_carry_on:  # a step shown is the answer: carry on from there
            self.carry_on_question.hide()
            self.pages.show()
            self.moves_bar.show()
        self.pages.setCurrentIndex(step)
        self.message.hide()
        self._step_chose_focus = False
        self.step_shown(step)
        if not self._step_chose_focus:
            self._focus_into_step()
        self._word_step_label()
        self.save_draft()
        if speak:
            self._context.speaker.say(self.arrival_words())

    def back_a_step(self) -> bool:
        if self.asking_carry_on:
            return False
        before = self.step_before(self.step)
        if before is None:
            return False
        self.show_step(before)
        return True

    def _focus_into_step(self) -> None:
        """A new step starts a switch or key user on its first answer (or its Next): the press that
        moved on left the focus on a page now hidden, or wherever Qt put it next."""
        if not self.isVisible():
            return
        page = self.pages.currentWidget()
        items = scan_items(self.window(), within=page) if page is not None else []
        items = items or scan_items(self.window(), within=self.moves_bar)
        if items:
            items[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def arrival_words(self) -> str:
        """What is said as a step arrives: "Question n of m", then the question."""
        if self.asking_carry_on:
            return self.carry_on_words()
        label = self.step_label.text() if self.question_number(self.step) else ""
        return join_sentences(label, self.question_words(self.step))

    def _word_step_label(self) -> None:
        number = self.question_number(self.step)
        self.step_label.setVisible(number is not None and not self.asking_carry_on)
        if number is not None:
            self.step_label.setText(self.numbered_words(*number))

    # --- carry on or start again -------------------------------------------------------------------
    @property
    def asking_carry_on(self) -> bool:
        return self.carry_on_question.isVisibleTo(self)

    def ask_carry_on(self) -> None:
        for part in self._step_aside:
            part.hide()
        self.carry_on_question.ask(self.carry_on_words())

    def _carry_on(self) -> None:
        self.show_step(self.step)

    def start_over(self) -> None:
        """Start again: the draft goes, and the flow opens a fresh screen."""
        self.clear_draft()
        self.start_again.emit()

    # --- the draft -------------------------------------------------------------------------------
    def _stored_draft(self) -> dict[str, object]:
        if self._draft_key is None:
            return {}
        return self._context.services.drafts.get(self._person.id, self._draft_key) or {}

    def save_draft(self) -> None:
        if self._draft_key is None or self._restoring or self._draft_closed:
            return
        # Words are capped well below the limit; if it is ever passed, the screen still holds them.
        with contextlib.suppress(DraftTooBig):
            self._context.services.drafts.save(self._person.id, self._draft_key, self.draft())

    def clear_draft(self, closed: bool = False) -> None:
        """Forgets the draft; `closed` once the flow is sent, so nothing saves it back."""
        self._draft_closed = self._draft_closed or closed
        if self._draft_key is not None:
            self._context.services.drafts.clear(self._person.id, self._draft_key)

    # --- screen ----------------------------------------------------------------------------------
    def say_message(self, text: str) -> None:
        """A message under the question, shown, spoken, and announced to a screen reader."""
        self.message.setText(text)
        self.message.show()
        self._context.speaker.say(text)

    def on_shown(self) -> None:
        self._context.speaker.say(self.arrival_words())

    def first_focus(self) -> QWidget | None:
        return self.carry_on_question.carry_on_button if self.asking_carry_on else None

    def focus_on(self, widget: QWidget | None) -> None:
        """Where a step wants the focus to start (its own choice, instead of its first answer)."""
        if widget is not None:
            self._step_chose_focus = True
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.carry_on_question.retranslate()
        if self.asking_carry_on:
            self.carry_on_question.question.setText(self.carry_on_words())
        self.next.set_words(self.tr("Next"), self.tr("Next question"))
        self._word_step_label()
