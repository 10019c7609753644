"""Say thank you in two questions: Who? then Send it. Choosing a person goes straight to sending,
where "Read it out at the meeting" and "Just send it" each send at once; why, and what I want to say
(with pictures, in my voice or in words) and the wall can be added on the way, and are never required.

Someone not on the ward's list is shown without reading or typing: a picture of them, their name in
my own voice, or their name typed (thank_you_someone.py). Every step is big symbol buttons with
words, and each question is spoken. What is chosen or typed is kept as a draft ("thank-you") on every
change, so closing the app halfway loses nothing. The author decides whether it is read out at the
mutual help meeting and whether it goes on the wall.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.thanks import WORDS_MAX, ThanksProblem, ThanksProblemKind, ThanksRecord
from coprod_desktop.store.kinds import ThankDelivery, ThankReason, WhoseWords
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.said_any_way import SaidAnyWay
from coprod_desktop.ui.kit.step_screen import StepScreen
from coprod_desktop.ui.models.thank_you_model import reason_words, recipient_words
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.ward.thank_you_draft import ThankYouDraft
from coprod_desktop.ui.screens.ward.thank_you_pages import (
    WHO_PICTURE,
    DonePage,
    HowPage,
    WhoPage,
    WhyPage,
    about_pictures,
    problem_words,
)
from coprod_desktop.ui.screens.ward.thank_you_someone import SomeoneElse
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
"""Who? and Send it: why, and pictures, my voice or words, are extras reached from Send it."""


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
        self._delivery: ThankDelivery | None = None
        self._on_wall = False
        self._sent: ThanksRecord | None = None
        painter, speaker = context.painter, context.speaker
        self.question = title_label(self, role="subtitle")
        self.add_above_pages(self.question)

        # The pages (thank_you_pages.py); their parts are kept here by name, as the steps use them.
        self.who_page = who = WhoPage(context)
        self.people_grid, self.name_edit = who.people_grid, who.name_edit
        who.person_chosen.connect(self.choose_person)
        who.someone_else_chosen.connect(self.choose_someone_else)
        # Someone else: a picture of them or their name in my voice, on pages over Who?, or typed.
        self.someone = SomeoneElse(context, who, who.name_box)
        self.someone.changed.connect(self.message.hide)
        self.someone.changed.connect(self.save_draft)
        self.someone.closed.connect(self._someone_closed)
        self.name_edit.returnPressed.connect(self.next_step)
        self.someone.opened.connect(self._word_step)  # the picker's or the recorder's question, no Next
        self.why_page = why = WhyPage(painter, speaker)  # several reasons may be chosen
        self.reason_buttons = why.reason_buttons
        why.toggled.connect(self.toggle_reason)
        # Read out or just send; on the wall or not (the author decides).
        self.how_page = how = HowPage(context)
        self.summary, self.read_out, self.just_send = how.summary, how.read_out, how.just_send
        self.wall_question, self.wall_yes, self.wall_no = how.wall_question, how.wall_yes, how.wall_no
        self._how_group, self._wall_group = how.how_group, how.wall_group
        self._how_group.chosen.connect(self.send_by)
        self._wall_group.chosen.connect(self.choose_wall)
        # Extras, never required, in the row of Next: why, and what I want to say in any of three ways.
        self._extras = how.extras
        self.add_why, self.add_pictures, self.add_voice, self.add_words = self._extras
        for index, button in enumerate(self._extras):
            self.moves.insertWidget(1 + index, button, 1)  # sharing the row: whole words at every size
        self.add_why.clicked.connect(lambda: self.show_step(STEP_WHY))
        # Pictures, my voice and words are pages of their own over Send it; the bar's Back comes back.
        self.said = SaidAnyWay(
            context,
            how,
            (self.add_pictures, self.add_voice, self.add_words),
            lambda _symbols, _words: self._word_how(),
            self.focus_on,
            lambda: self._alongside.staff,
            WORDS_MAX,
        )
        self.said.changed.connect(self.save_draft)
        self.said.closed.connect(self._pieces_closed)
        self.said.words_opened.connect(self._words_opened)
        self.pieces = self.said.pieces
        for button in (self.add_pictures, self.add_voice, self.add_words):
            button.clicked.connect(self._word_step)  # after the page is open: its question, no extras
        self.done_page = done = DonePage(painter, speaker)
        self.done_words, self.done_button = done.done_words, done.done_button
        self.done_button.clicked.connect(self.finished)
        for page in (self.someone.pieces, why, self.pieces, done):
            self.add_page(page)

        self._load_people()
        self.retranslate()
        self.open_at(STEP_WHO)

    # --- who ----------------------------------------------------------------------------------------
    def _load_people(self) -> None:
        """Everyone on my ward except me: I cannot thank myself, so I am never offered."""
        self.who_page.load_ward(self._context.services.people, self._person)
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
        """A picture of them first: nobody needs to read or type to say who."""
        self._to = None
        self._someone_else = True
        self.who_page.choose(None, someone_else=True)
        self._word_step()
        self.focus_on(self.someone.panel.picture)
        self.save_draft()

    def _someone_closed(self) -> None:
        """Back on Who? from the picker or the recorder: Next, once they are known."""
        self.save_draft()
        if self.step == STEP_WHO:
            self._word_step()
            self.focus_on(self.next if self.someone.known() else self.someone.panel.picture)

    def _recipient_name(self) -> str:
        """Who is thanked, in words: their name, or what is known of someone else."""
        if self._to is not None:
            return self._to.called
        return self.someone.words() if self._someone_else else ""

    def _recipient_picture(self) -> QPixmap | None:
        someone = self.someone.picture(WHO_PICTURE) if self._someone_else else None
        return self.who_page.picture_of(self._to, WHO_PICTURE) if self._to is not None else someone

    # --- why ----------------------------------------------------------------------------------------
    def toggle_reason(self, reason: ThankReason, checked: bool) -> None:
        said = self.tr("Chosen") if checked else self.tr("Not chosen")
        self._context.speaker.say(join_sentences(reason_words(reason), said))
        self.save_draft()

    def chosen_reasons(self) -> tuple[ThankReason, ...]:
        return self.why_page.chosen()

    # --- pictures, my voice and words ---------------------------------------------------------------
    @property
    def words_box(self) -> QPlainTextEdit:
        return self.said.box

    @property
    def record_panel(self) -> QWidget | None:
        return self.pieces.record_panel

    def _words_opened(self, editor: WordsEditor) -> None:
        editor.done.set_words(self.tr("Back to sending"), self.tr("Back to sending. Your words are saved."))

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
        said = self.said
        said.about = about_pictures(
            self.chosen_reasons(), self.someone.symbol_id if self._someone_else else None
        )
        self.how_page.word(
            self._recipient_name(),
            self.chosen_reasons(),
            said.words(),
            bool(said.recording),
            self._delivery,
            self._on_wall,
            said.sentence,
        )
        self.how_page.show_who(self._recipient_picture())

    # --- moving between questions -------------------------------------------------------------------
    def question_number(self, step: int) -> tuple[int, int] | None:
        """Who? and Send it are the two questions; why and words are extras reached from Send it."""
        return {STEP_WHO: (1, QUESTIONS), STEP_HOW: (2, QUESTIONS)}.get(step)

    def next_step(self) -> None:
        step = self.step
        if step == STEP_WHO:
            if self._someone_else and not self.someone.known():
                self.say_message(problem_words(None, True))
                self.focus_on(self.someone.panel.picture)
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
        """From pictures, my voice or words back to sending, and from someone else's picture or name
        back to Who?, first (all kept)."""
        within = {STEP_HOW: self.said, STEP_WHO: self.someone}.get(self.step)
        return (within is not None and within.back_a_step()) or super().back_a_step()

    def step_shown(self, step: int) -> None:
        if step != STEP_HOW:
            self.pieces.show_own_page()  # a take in progress stops as the recorder hides (it is kept)
        if step != STEP_WHO:
            self.someone.pieces.show_own_page()
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
            STEP_WHO: self.someone.question() if self._someone_else else self.tr("Who do you want to thank?"),
            STEP_WHY: self.tr("Why do you want to thank {name}? Choose one or more.").format(name=name)
            if name
            else self.tr("Why do you want to say thank you? Choose one or more."),
            STEP_HOW: self.how_page.question(self.pieces),
        }.get(step, "")

    def _word_step(self) -> None:
        step = self.step
        self.question.setText(self.question_words(step))
        # The pictures page asks its own question: the screen's steps aside, to give it room.
        self.question.setVisible(step < STEP_DONE and bool(self.question.text()) and not self.asking_carry_on)
        extras = step == STEP_HOW and self.pieces.on_own_page
        for extra in self._extras:
            extra.setVisible(extras)
        self.moves.setStretch(0, 0 if extras else 1)  # the extras share the row; Next alone keeps right
        chosen = self._someone_else or self._to is not None
        self.next.setVisible(
            step == STEP_WHY or (step == STEP_WHO and chosen and not self.someone.on_picker())
        )
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
        said = self.said
        whose = (said.whose or WhoseWords.MINE) if said.typed.strip() else WhoseWords.MINE
        # Someone on the ward, or someone else as a picture, their name in my voice and/or typed.
        someone = self.someone.recipient() if self._to is None and self._someone_else else {}
        try:
            record = self._thanks.say(
                self._person.id,
                self.chosen_reasons(),
                self._delivery,
                to_person_id=self._to.id if self._to is not None else None,
                **someone,  # type: ignore[arg-type]
                words=said.words() or None,
                whose=whose,
                written_by_id=said.written_by if whose is not WhoseWords.MINE else None,
                recording_file=said.recording,
                show_on_wall=self._on_wall,
                symbols=said.sentence,
            )
        except ThanksProblem as problem:
            self._show_problem(problem.kind)
            return None
        except InvalidText:
            self._show_problem(None)
            return None
        self._sent = record
        self.clear_draft(closed=True)
        self._show_sent()
        self.show_step(STEP_DONE)
        return record

    def _show_sent(self) -> None:
        context = self._context
        if self._sent is not None:
            self.done_page.show_sent(
                self._sent, recipient_words(self._sent, context.catalogue, context.languages.current)
            )

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
        to = self._to.id if self._to is not None else None
        return (
            ThankYouDraft.of(min(self.step, STEP_HOW), to, self._someone_else, self.someone, self.said)
            .with_choices(list(self.chosen_reasons()), self._delivery, self._on_wall)
            .as_dict()
        )

    def restore(self, stored: dict[str, object]) -> int | None:
        """Puts back a thank-you started earlier (even before a restart), where it was left."""
        draft = ThankYouDraft.from_dict(stored)
        if draft.to is not None and draft.to in self.who_page.people:
            self._to = self.who_page.people[draft.to]
        self._someone_else = self._to is None and draft.someone_else
        self.who_page.choose(draft.to if self._to else None, self._someone_else)
        self.someone.restore(draft.name, draft.to_symbol, draft.to_recording)
        self.why_page.set_chosen(draft.reasons)
        self.said.restore(draft.said())
        if self.said.whose not in (None, WhoseWords.MINE) and draft.written_by is not None:
            self.said.written_by = draft.written_by  # who typed it then, even if they have left since
        self._delivery, self._on_wall = draft.delivery, draft.on_wall
        self._word_how()
        chosen_who = self._to is not None or self._someone_else
        if not (chosen_who or draft.reasons or self.said.has_something()):
            return None
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
            choices = self.who_page.spoken_choices(self._someone_else)
        elif step == STEP_WHY:
            choices = [b.spoken for b in self.reason_buttons.values()]
        elif step == STEP_HOW:
            choices = self.how_page.spoken_choices(self._on_wall)
        else:
            choices = []
        return join_sentences(self.title(), self.arrival_words(), *choices)

    def retranslate(self) -> None:
        super().retranslate()
        self.who_page.retranslate()
        self.someone.show()
        self.why_page.retranslate()
        self.done_button.set_words(self.tr("Done"))
        self._word_how()
        self._show_sent()
        self._word_step()
