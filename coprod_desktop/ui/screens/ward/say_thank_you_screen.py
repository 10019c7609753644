"""Say thank you in two questions: Who? then Send it. Choosing a person goes straight to sending,
where "Read it out at the meeting" and "Just send it" each send at once; why, words or my voice and
the wall can be added on the way, and are never required.

Every step is big symbol buttons with words, and each question is spoken. What is chosen or typed
is kept as a draft ("thank-you") on every change, so closing the app halfway loses nothing. The
author decides whether it is read out at the mutual help meeting and whether it goes on the wall.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.thanks import WORDS_MAX, ThanksProblem, ThanksProblemKind, ThanksRecord
from coprod_desktop.store.kinds import ThankDelivery, ThankReason, WhoseWords
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.step_screen import StepScreen
from coprod_desktop.ui.models.thank_you_model import reason_words
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.ward.thank_you_draft import ThankYouDraft
from coprod_desktop.ui.screens.ward.thank_you_pages import DonePage, HowPage, WhoPage, WhyPage, problem_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.words_editor import WordsEditor

DRAFT_KEY = "thank-you"
WHO_PROBLEMS = (
    ThanksProblemKind.THANKING_YOURSELF,
    ThanksProblemKind.RECIPIENT_NOT_ON_WARD,
    ThanksProblemKind.NO_RECIPIENT,
)
"""Problems fixed on the Who? question, which the person is taken back to."""
STEP_WHO, STEP_WHY, STEP_HOW, STEP_DONE = range(4)
QUESTIONS = 2
"""Who? and Send it: why, and words or my voice, are extras reached from Send it."""


class SayThankYouScreen(StepScreen):
    finished = Signal()
    """The thank-you is sent and the person pressed Done."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, person, DRAFT_KEY, parent)
        self._alongside = alongside
        self._thanks = context.services.thanks
        self._to: PersonInfo | None = None
        self._someone_else = False
        self._words = ""
        self._whose: WhoseWords | None = None
        self._written_by: uuid.UUID | None = None
        self._recording: str | None = None
        self._delivery: ThankDelivery | None = None
        self._on_wall = False
        self._sent: ThanksRecord | None = None
        painter, speaker = context.painter, context.speaker
        self.question = title_label(self, role="subtitle")
        self.add_above_pages(self.question)

        # The five pages (thank_you_pages.py); their parts are kept here by name, as the steps use them.
        self.who_page = who = WhoPage(painter, speaker, context.paths.pictures)
        self.people_grid, self.name_edit = who.people_grid, who.name_edit
        who.person_chosen.connect(self.choose_person)
        who.someone_else_chosen.connect(self.choose_someone_else)
        self.name_edit.textChanged.connect(self.save_draft)
        self.name_edit.returnPressed.connect(self.next_step)
        self.why_page = why = WhyPage(painter, speaker)  # several reasons may be chosen
        self.reason_buttons = why.reason_buttons
        why.toggled.connect(self.toggle_reason)
        # Read out or just send; on the wall or not (the author decides).
        self.how_page = how = HowPage(painter, speaker)
        self.summary, self.read_out, self.just_send = how.summary, how.read_out, how.just_send
        self.wall_question, self.wall_yes, self.wall_no = how.wall_question, how.wall_yes, how.wall_no
        self._how_group, self._wall_group = how.how_group, how.wall_group
        self._how_group.chosen.connect(self.send_by)
        self._wall_group.chosen.connect(self.choose_wall)
        # Words and my voice are pages of their own over Send it; the bar's Back comes back to it.
        self.pieces = PiecesEditor(context, how)
        self.pieces.words_changed.connect(self._words_changed)
        self.pieces.recorded.connect(self._recorded)
        self.pieces.closed.connect(self._pieces_closed)
        self.done_page = done = DonePage(painter, speaker)
        self.done_words, self.done_button = done.done_words, done.done_button
        self.done_button.clicked.connect(self.finished)
        for page in (who, why, self.pieces, done):
            self.add_page(page)
        # Extras, never required, in the row of Next: why, words, my voice.
        self._extras = tuple(
            SymbolButton(painter, speaker, symbol, symbol_size=48, max_lines=2, beside=True)
            for symbol in ("question", "words", "microphone")
        )
        self.add_why, self.add_words, self.add_voice = self._extras
        for index, button in enumerate(self._extras):
            button.setMinimumSize(250, 100)
            button.setMaximumHeight(120)
            self.moves.insertWidget(1 + index, button)
        self.add_why.clicked.connect(lambda: self.show_step(STEP_WHY))
        self.add_words.clicked.connect(self.start_words)
        self.add_voice.clicked.connect(self.show_recording)

        self._load_people()
        self.retranslate()
        self.open_at(STEP_WHO)

    # --- who ----------------------------------------------------------------------------------------
    def _load_people(self) -> None:
        """Everyone on my ward except me: I cannot thank myself, so I am never offered."""
        ward_id = self._person.ward_id
        people = self._context.services.people.on_ward(ward_id) if ward_id else []
        self.who_page.load([p for p in people if p.id != self._person.id])
        if self._to is not None and self._to.id not in self.who_page.people:
            self._to = None
        self.who_page.choose(self._to.id if self._to else None, self._someone_else)

    @property
    def person_buttons(self) -> dict[uuid.UUID, ChoiceTile]:
        return self.who_page.person_buttons

    @property
    def someone_else(self) -> ChoiceTile | None:
        return self.who_page.someone_else

    def person_button(self, called: str) -> ChoiceTile:
        return self.who_page.button_for(called)

    def offered(self) -> list[str]:
        """The names offered on the Who? question, in order."""
        return [person.called for person in self.who_page.people.values()]

    def choose_person(self, other: PersonInfo) -> None:
        self._to = other
        self._someone_else = False
        self.who_page.choose(other.id)
        self.save_draft()
        self.show_step(STEP_HOW)

    def choose_someone_else(self) -> None:
        self._to = None
        self._someone_else = True
        self.who_page.choose(None, someone_else=True)
        self.next.setVisible(True)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_draft()

    def _recipient_name(self) -> str:
        if self._to is not None:
            return self._to.called
        return " ".join(self.name_edit.text().split())

    # --- why ----------------------------------------------------------------------------------------
    def toggle_reason(self, reason: ThankReason, checked: bool) -> None:
        said = self.tr("Chosen") if checked else self.tr("Not chosen")
        self._context.speaker.say(join_sentences(reason_words(reason), said))
        self.save_draft()

    def chosen_reasons(self) -> tuple[ThankReason, ...]:
        return self.why_page.chosen()

    # --- words and voice ----------------------------------------------------------------------------
    @property
    def words_box(self) -> QPlainTextEdit:
        return self.pieces.words_editor.box

    @property
    def record_panel(self) -> QWidget | None:
        return self.pieces.record_panel

    def start_words(self) -> WordsEditor:
        """Words, typed by me or by staff for me ("Staff note" is never offered on a thank-you)."""
        staff = self._alongside.staff is not None
        editor = self.pieces.start_words(staff, self._words, self._whose, note=False, limit=WORDS_MAX)
        editor.done.set_words(self.tr("Back to sending"), self.tr("Back to sending. Your words are saved."))
        self._word_step()
        return editor

    def _words_changed(self, text: str) -> None:
        self._words = text
        if self._whose is None and text.strip() and not self._restoring:
            # Whose words is fixed by the first letter, so staff typing never passes as the person's own.
            editor = self.pieces.words_editor
            self._whose, self._written_by = editor.whose_for(self._alongside.staff)
            editor.lock_whose()
        elif not text.strip():
            self._whose, self._written_by = None, None
        self.save_draft()

    def show_recording(self) -> QWidget:
        """The recorder is made the first time it is wanted, so the question opens quickly."""
        panel = self.pieces.start_recording(self._recording)
        self._word_step()
        return panel

    def _recorded(self, file_name: str) -> None:
        self._recording = file_name
        self.save_draft()

    def _pieces_closed(self) -> None:
        self._word_how()
        self._word_step()
        self.save_draft()

    # --- how ----------------------------------------------------------------------------------------
    def choose_delivery(self, delivery: ThankDelivery) -> None:
        self._delivery = delivery
        self._word_how()
        self.save_draft()

    def choose_wall(self, on_wall: bool) -> None:
        self._on_wall = bool(on_wall)
        self._word_how()
        self.save_draft()

    def _word_how(self) -> None:
        self.how_page.word(
            self._recipient_name(),
            self.chosen_reasons(),
            self._words,
            bool(self._recording),
            self._delivery,
            self._on_wall,
        )

    # --- moving between questions -------------------------------------------------------------------
    def question_number(self, step: int) -> tuple[int, int] | None:
        """Who? and Send it are the two questions; why and words are extras reached from Send it."""
        return {STEP_WHO: (1, QUESTIONS), STEP_HOW: (2, QUESTIONS)}.get(step)

    def next_step(self) -> None:
        step = self.step
        if step == STEP_WHO:
            if self._someone_else and not self._recipient_name():
                self.say_message(self.tr("Type their name first. Staff can help."))
                self.focus_on(self.name_edit)
                return
            if self._to is None and not self._someone_else:
                self.say_message(self.tr("Choose who you want to thank."))
                return
        if step < STEP_HOW:
            self.show_step(STEP_HOW)  # Who? goes on to sending; why and words come back to it

    def step_before(self, step: int) -> int | None:
        """Back from an extra goes to sending, from sending to Who?; from Who? (or once sent) it leaves."""
        return {STEP_WHY: STEP_HOW, STEP_HOW: STEP_WHO}.get(step)

    def back_a_step(self) -> bool:
        """From words or my voice, back to sending first (all kept)."""
        return (self.step == STEP_HOW and self.pieces.back_a_step()) or super().back_a_step()

    def step_shown(self, step: int) -> None:
        if step != STEP_HOW:
            self.pieces.show_own_page()  # a take in progress stops as the recorder hides (it is kept)
        self.question.setVisible(step < STEP_DONE)
        self.next.setVisible(
            step == STEP_WHY or (step == STEP_WHO and (self._someone_else or self._to is not None))
        )
        if step == STEP_HOW:
            self._word_how()
        self._word_step()
        focus = {
            STEP_WHY: self.reason_buttons[ThankReason.HELPED_ME],
            STEP_HOW: self.read_out,
            STEP_DONE: self.done_button,
        }.get(step)
        self.focus_on(focus)

    def question_words(self, step: int) -> str:
        name = self._recipient_name()
        return {
            STEP_WHO: self.tr("Who do you want to thank?"),
            STEP_WHY: self.tr("Why do you want to thank {name}? Choose one or more.").format(name=name)
            if name
            else self.tr("Why do you want to say thank you? Choose one or more."),
            STEP_HOW: self._how_question(),
        }.get(step, "")

    def _how_question(self) -> str:
        if self.pieces.has_words_editor and self.pieces.currentWidget() is self.pieces.words_editor:
            return self.tr("Add words if you want to. They are kept as you type.")
        if self.pieces.record_panel is not None and self.pieces.currentWidget() is self.pieces.record_panel:
            return self.tr("Record your voice if you want to.")
        return self.tr("Send it. You can add why, words or your voice first.")

    def _word_step(self) -> None:
        step = self.step
        self.question.setText(self.question_words(step))
        for extra in self._extras:
            extra.setVisible(step == STEP_HOW and self.pieces.on_own_page)
        if step == STEP_WHY:
            self.next.set_words(self.tr("Done"), self.tr("Done. Back to sending"))
        else:
            self.next.set_words(self.tr("Next"), self.tr("Next question"))

    def arrival_words(self) -> str:
        if self.step == STEP_DONE and not self.asking_carry_on:
            return self.done_words.text()
        return super().arrival_words()

    # --- sending ------------------------------------------------------------------------------------
    def send_by(self, delivery: ThankDelivery) -> ThanksRecord | None:
        """Read it out, or just send it: one press chooses how and sends."""
        self.choose_delivery(delivery)
        return self.send_thanks()

    def send_thanks(self) -> ThanksRecord | None:
        if self._delivery is None:
            self.say_message(self.tr("Choose how to send it: read out, or just send."))
            return None
        words = self._words
        has_words = bool(words.strip())
        whose = (self._whose or WhoseWords.MINE) if has_words else WhoseWords.MINE
        try:
            record = self._thanks.say(
                self._person.id,
                self.chosen_reasons(),
                self._delivery,
                to_person_id=self._to.id if self._to is not None else None,
                to_name=self._recipient_name() if self._to is None else None,
                words=words if has_words else None,
                whose=whose,
                written_by_id=self._written_by if whose is not WhoseWords.MINE else None,
                recording_file=self._recording,
                show_on_wall=self._on_wall,
            )
        except ThanksProblem as problem:
            self._show_problem(problem.kind)
            return None
        except InvalidText:
            self._show_problem(None)
            return None
        self._sent = record
        self.clear_draft(closed=True)
        self.done_page.show_sent(record)
        self.show_step(STEP_DONE)
        return record

    def _show_problem(self, kind: ThanksProblemKind | None) -> None:
        """Says what went wrong in plain words and goes back to the question that can fix it.
        Everything chosen so far stays chosen (and in the draft)."""
        if kind in (ThanksProblemKind.THANKING_YOURSELF, ThanksProblemKind.RECIPIENT_NOT_ON_WARD):
            self._load_people()
            self._to = None
        if kind in WHO_PROBLEMS or (kind is None and self._someone_else):
            self.show_step(STEP_WHO, speak=False)
        self.say_message(problem_words(kind, self._someone_else))

    @property
    def sent(self) -> ThanksRecord | None:
        return self._sent

    # --- the draft ----------------------------------------------------------------------------------
    def draft(self) -> dict[str, object]:
        return ThankYouDraft(
            step=min(self.step, STEP_HOW),
            to=self._to.id if self._to is not None else None,
            someone_else=self._someone_else,
            name=self.name_edit.text(),
            reasons=list(self.chosen_reasons()),
            words=self._words,
            whose=self._whose,
            written_by=self._written_by,
            recording=self._recording,
            delivery=self._delivery,
            on_wall=self._on_wall,
        ).as_dict()

    def restore(self, stored: dict[str, object]) -> int | None:
        """Puts back a thank-you started earlier (even before a restart), where it was left."""
        draft = ThankYouDraft.from_dict(stored)
        if draft.to is not None and draft.to in self.who_page.people:
            self._to = self.who_page.people[draft.to]
        self._someone_else = self._to is None and draft.someone_else
        self.who_page.choose(draft.to if self._to else None, self._someone_else)
        self.name_edit.setText(draft.name)
        self.why_page.set_chosen(draft.reasons)
        self._whose, self._written_by = draft.whose, draft.written_by
        self._words = draft.words
        self._recording, self._delivery, self._on_wall = draft.recording, draft.delivery, draft.on_wall
        self._word_how()
        if not (self._to is not None or self._someone_else or draft.reasons or self._recording):
            return None
        chosen_who = self._to is not None or self._someone_else
        return draft.step if chosen_who and STEP_WHO <= draft.step <= STEP_HOW else STEP_WHO

    def carry_on_words(self) -> str:
        name = self._recipient_name()
        if name:
            return self.tr("You started a thank-you to {name}. Carry on, or start again?").format(name=name)
        return self.tr("You started a thank-you. Carry on, or start again?")

    # --- screen -------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Say thank you")

    def spoken_summary(self) -> str:
        step = self.step
        if self.asking_carry_on:
            return join_sentences(self.title(), self.carry_on_words())
        if step == STEP_DONE:
            return join_sentences(self.title(), self.done_words.text())
        if step == STEP_WHO:
            choices = [b.spoken for b in self.person_buttons.values()] + [self.someone_else.spoken]
        elif step == STEP_WHY:
            choices = [b.spoken for b in self.reason_buttons.values()]
        elif step == STEP_HOW:
            choices = [
                self.summary.text(),
                self.wall_question.text(),
                (self.wall_yes if self._on_wall else self.wall_no).spoken,
                *(extra.spoken for extra in self._extras),
                self.read_out.spoken,
                self.just_send.spoken,
            ]
        else:
            choices = []
        return join_sentences(self.title(), self.arrival_words(), *choices)

    def retranslate(self) -> None:
        super().retranslate()
        self.who_page.retranslate()
        self.why_page.retranslate()
        self.add_why.set_words(self.tr("Say why"), self.tr("Say why you are thanking them"))
        self.add_words.set_words(self.tr("Words"), self.tr("Add words"))
        self.add_voice.set_words(self.tr("My voice"), self.tr("Record my voice"))
        self.done_button.set_words(self.tr("Done"))
        self._word_how()
        self.done_page.show_sent(self._sent)
        self._word_step()
