"""I have an idea / I am not happy about something: said at any time, straight from Home.

Short steps: what it is about (the ward's SAY group topics as symbols, or skip), what I want to say
(with pictures, in my own voice, or typed by me or by staff alongside; heard back, kept as a draft at
every change), then sent.

An idea waits for a member of staff to look at it before it goes on You said, we did (unless the
ward lets ideas show at once); the person says Yes or No to the council hearing their words.

"Not happy" goes to staff only, never straight to the board. The person chooses who may know:
staff only; staff and the advocate; or the ward, without their name, in words they agree with
staff. It always shows and reads out the advocate's contact: raising it here never stands in the
way of talking to the advocate or making a formal complaint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from coprod_desktop.services.actions import ActionProblem, ActionRecord
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.worries import WorryProblem, WorryRecord
from coprod_desktop.store.kinds import ActionSource, WhoMayKnow
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.said_any_way import SaidAnyWay
from coprod_desktop.ui.kit.step_screen import StepScreen
from coprod_desktop.ui.screens.screen import join_sentences
from coprod_desktop.ui.screens.ward.advocate_card import AdvocateCard
from coprod_desktop.ui.screens.ward.raise_pages import AboutPage, SentPage, WhoPage, WordsPage
from coprod_desktop.ui.widgets.words_editor import WordsEditor

STEP_ABOUT, STEP_WORDS, STEP_SENT, STEP_WHO = range(4)
WORDS_MAX = 5_000
DRAFT_KEYS = {ActionSource.IDEA: "idea", ActionSource.NOT_HAPPY: "not-happy"}


def topic_title(title: str) -> str:
    """An agenda title in the person's language (the ward's own titles stay as staff wrote them)."""
    return QCoreApplication.translate("SayGroupTopics", title)


class RaiseScreen(StepScreen):
    finished = Signal()

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        source: ActionSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, person, DRAFT_KEYS.get(source, source.value), parent)
        self._alongside = alongside
        self._source = source
        self._symbol_id: str | None = None
        self._about: str | None = None
        self._worry = source is ActionSource.NOT_HAPPY
        self.sent: ActionRecord | WorryRecord | None = None
        painter, speaker = context.painter, context.speaker
        ward_id = person.ward_id
        self._agenda = context.services.say_groups.agenda(ward_id) if ward_id else []
        self.next.hide()  # choosing a topic, Send it and who may know each move on themselves

        # The pages (raise_pages.py); their parts are kept here by name, as the steps use them.
        about = AboutPage(painter, speaker, self._agenda)
        self._about_question, self.topics, self.skip_topic = about.question, about.topics, about.skip_topic
        about.chosen.connect(self.choose_topic)
        self.words_page = words = WordsPage(context, self._worry)
        self._words_question = words.question
        self.hear, self.council, self.send = words.hear, words.council, words.send
        self.with_pictures, self.with_voice, self.with_words = words.pictures, words.voice, words.typing
        # Pictures, the recorder and the words box are pages over the words page (Back returns to it).
        self.said = SaidAnyWay(
            context,
            words,
            (words.pictures, words.voice, words.typing),
            words.show_said,
            self.focus_on,
            lambda: self._alongside.staff,
            WORDS_MAX,
        )
        self.said.changed.connect(self._said_changed)
        self.said.closed.connect(self._said_closed)
        self.said.words_opened.connect(self._words_opened)
        self.pieces = self.said.pieces
        self.council.answered.connect(self._council_choice)
        self.hear.clicked.connect(self.said.hear)
        self.send.clicked.connect(self.send_it)
        sent = SentPage(painter, speaker)
        self._sent_words, self.done = sent.words, sent.done
        self.done.clicked.connect(self.finished)
        who = WhoPage(painter, speaker)
        self._who_question, self.who = who.question, who.who
        who.chosen.connect(self.send_worry)
        for page in (about, self.pieces, sent, who):  # in the order of STEP_ABOUT .. STEP_WHO
            self.add_page(page)

        # Not happy: who else can help, on every step.
        self.advocate = AdvocateCard(context, ward_id, self)
        self.hear_advocate = self.advocate.hear
        self._advocate_words = self.advocate.words
        self.advocate.setVisible(self._worry)
        self.body.insertWidget(1, self.advocate)
        self.retranslate()
        self.open_at(STEP_ABOUT if self._agenda else STEP_WORDS)

    # --- the draft, and carry on or start again ----------------------------------------------------
    def draft(self) -> dict[str, object]:
        """Kept as it is typed, so going Home or closing the app loses nothing."""
        data: dict[str, object] = {}
        if self._symbol_id:
            data["symbol_id"] = self._symbol_id
        if self._about:
            data["about"] = self._about
        data.update(self.said.draft())
        if not self._worry and self.council.answer():
            data["council"] = True
        return data

    def restore(self, draft: dict[str, object]) -> int | None:
        """Words started before (the app closed, or the person went Home) are asked about first;
        then the person carries on at the words (shown only on Carry on)."""
        symbol, about = draft.get("symbol_id"), draft.get("about")
        self._symbol_id = symbol if isinstance(symbol, str) else None
        self._about = about if isinstance(about, str) else None
        self.said.about = [self._symbol_id] if self._symbol_id else []
        self.council.set_answer(draft.get("council") is True)
        self.said.restore(draft)
        return STEP_WORDS if self.said.has_something() else None

    def carry_on_words(self) -> str:
        if self._worry:
            return self.tr("You started to say what you are not happy about. Carry on, or start again?")
        return self.tr("You started an idea. Carry on, or start again?")

    # --- steps -------------------------------------------------------------------------------------
    def _questions(self) -> list[int]:
        """The questions this flow asks, in order: what about (when the ward has topics), the
        words, and for a worry who may know."""
        asked = [STEP_ABOUT] if self._agenda else []
        return [*asked, STEP_WORDS, *([STEP_WHO] if self._worry else [])]

    def question_number(self, step: int) -> tuple[int, int] | None:
        questions = self._questions()
        if step not in questions or len(questions) < 2:
            return None
        return questions.index(step) + 1, len(questions)

    def question_words(self, step: int) -> str:
        return {
            STEP_ABOUT: self._about_question.text(),
            STEP_WORDS: self._words_question.text(),
            STEP_WHO: join_sentences(self._who_question.text(), *(b.spoken for b in self.who.values())),
            STEP_SENT: self._sent_words.text(),
        }.get(step, "")

    @property
    def box(self) -> QPlainTextEdit:
        """The words box, on its own page (Type it)."""
        return self.said.box

    def back_a_step(self) -> bool:
        """From the pictures or the recorder back to the words page, before leaving the step."""
        return (self.step == STEP_WORDS and self.said.back_a_step()) or super().back_a_step()

    def step_before(self, step: int) -> int | None:
        """Who can know goes back to the words, the words to what it is about (the words are kept);
        from the first question, or once sent, Back leaves."""
        if step == STEP_WHO:
            return STEP_WORDS
        if step == STEP_WORDS and self._agenda:
            return STEP_ABOUT
        return None

    def step_shown(self, step: int) -> None:
        self.retranslate()
        if step == STEP_WORDS:
            self.pieces.show_own_page()
            self.focus_on(self.with_pictures)

    def _said_changed(self) -> None:
        self.message.hide()
        self.save_draft()

    def _said_closed(self) -> None:
        self.save_draft()
        self.focus_on(self.send if self.said.has_something() else self.with_pictures)

    def choose_topic(self, index: int | None) -> None:
        self._symbol_id = None if index is None else self._agenda[index].symbol_id
        self.said.about = [self._symbol_id] if self._symbol_id else []
        # The agenda's own title (a default one in English): staff read it in their own language.
        self._about = None if index is None else self._agenda[index].title
        self.show_step(STEP_WORDS)

    def _words_opened(self, editor: WordsEditor) -> None:
        editor.box.setAccessibleName(self._words_question.text())
        editor.done.set_words(self.tr("Back to sending"), self.tr("Back to sending. Your words are saved."))

    def _council_choice(self, _yes: bool) -> None:
        self.save_draft()

    def send_it(self) -> None:
        ward_id = self._person.ward_id
        if ward_id is None:
            self.say_message(self.tr("You are not on a ward yet. Please ask staff for help."))
            return
        if not self.said.has_something():
            self.say_message(self.tr("Please say what it is first: with pictures, your voice or words."))
            self.with_pictures.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._worry:  # who may know comes next; choosing sends it
            self.show_step(STEP_WHO)
            return
        try:
            self.sent = self._context.services.actions.raise_action(
                ward_id,
                self._source,
                self.said.words(),
                raised_by_id=self._person.id,
                symbol_id=self._symbol_id,
                by_id=self.said.written_by,
                council_may_quote=self.council.answer(),
                words_language=self._context.languages.current,
                symbols=self.said.sentence,
                recording_file=self.said.recording,
            )
        except InvalidText:
            self.say_message(self.tr("Please say what it is first. Staff can type it for you."))
            self.with_pictures.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ActionProblem:
            self.say_message(self.tr("This could not be sent. Please ask staff for help."))
            return
        self._sent()

    def send_worry(self, who: WhoMayKnow) -> None:
        """Into the staff-only queue, with the person's choice of who may know."""
        ward_id = self._person.ward_id
        if ward_id is None:
            return
        try:
            self.sent = self._context.services.worries.raise_worry(
                ward_id,
                self.said.words(),
                who,
                raised_by_id=self._person.id,
                symbol_id=self._symbol_id,
                about=self._about,
                by_id=self.said.written_by,
                symbols=self.said.sentence,
                recording_file=self.said.recording,
            )
        except InvalidText:
            self.show_step(STEP_WORDS)
            self.say_message(self.tr("Please say what it is first. Staff can type it for you."))
            return
        except WorryProblem:
            self.say_message(self.tr("This could not be sent. Please ask staff for help."))
            return
        self._sent()

    def _sent(self) -> None:
        self.clear_draft(closed=True)
        self.show_step(STEP_SENT)

    # --- screen ------------------------------------------------------------------------------------
    def _advocate_text(self) -> str:
        return self.advocate.text()

    def on_shown(self) -> None:
        if self._worry:
            self.advocate.refresh()
        super().on_shown()

    def title(self) -> str:
        if self._source is ActionSource.NOT_HAPPY:
            return self.tr("I am not happy about something")
        return self.tr("I have an idea")

    def spoken_summary(self) -> str:
        parts = [self.title()]
        if self._source is ActionSource.NOT_HAPPY:
            parts.append(self._advocate_text())
        if self.asking_carry_on:
            parts.append(self.carry_on_words())
        elif self.step == STEP_ABOUT:
            parts += [self._about_question.text(), *(b.spoken for b in self.topics), self.skip_topic.spoken]
        elif self.step == STEP_WORDS:
            parts += [self._words_question.text(), self.words_page.said.text()]
            if not self._worry:
                parts.append(self.council.spoken_summary())
        elif self.step == STEP_WHO:
            parts += [self._who_question.text(), *(b.spoken for b in self.who.values())]
        else:
            parts.append(self._sent_words.text())
        return join_sentences(*parts)

    def retranslate(self) -> None:
        super().retranslate()
        self._about_question.setText(self.tr("What is it about?"))
        for button, topic in zip(self.topics, self._agenda, strict=True):
            button.set_words(topic_title(topic.title))
        self.skip_topic.set_words(self.tr("Skip this"), self.tr("Skip this question"))
        if self._source is ActionSource.NOT_HAPPY:
            self._words_question.setText(self.tr("What are you not happy about?"))
        else:
            self._words_question.setText(self.tr("What is your idea?"))
        self.with_words.set_words(self.tr("Type it"), self.tr("Type it, or staff type it for me"))
        self.hear.set_words(self.tr("Hear it"))
        self.with_pictures.set_words(self.tr("Say it with pictures"))
        self.with_voice.set_words(
            self.tr("Say it in my voice"), self.tr("Say it in my own voice. Record it.")
        )
        self.said.show()
        self.send.set_words(self.tr("Send it"), self.tr("Send it to staff"))
        self.council.retranslate()
        self._who_question.setText(self.tr("Who can know about this?"))
        self.who[WhoMayKnow.STAFF_ONLY].set_words(
            self.tr("Staff only"), self.tr("Staff only. Only staff will know.")
        )
        self.who[WhoMayKnow.STAFF_AND_ADVOCATE].set_words(
            self.tr("Staff and the advocate"),
            self.tr("Staff and the advocate. Staff will tell the advocate."),
        )
        self.who[WhoMayKnow.WARD_WITHOUT_NAME].set_words(
            self.tr("The ward, without my name"),
            self.tr("The ward, without my name. Staff and I agree the words first."),
        )
        self._sent_words.setText(self._sent_text())
        self.done.set_words(self.tr("Home"), self.tr("Go Home"))
        self.advocate.retranslate()

    def _sent_text(self) -> str:
        sent = self.sent
        if isinstance(sent, WorryRecord):
            if sent.who_may_know is WhoMayKnow.STAFF_AND_ADVOCATE:
                who = self.tr("Staff will tell the advocate too.")
            elif sent.who_may_know is WhoMayKnow.WARD_WITHOUT_NAME:
                who = self.tr("Staff will talk with you about words for the ward. Your name is not shown.")
            else:
                who = self.tr("Only staff will see it.")
            return "\n".join(
                (
                    self.tr("Thank you. Staff will read this and answer you."),
                    who,
                    self.tr("You will find the answer in What I said, on You said, we did."),
                )
            )
        if isinstance(sent, ActionRecord) and sent.on_board:
            return self.tr("Thank you. It is on You said, we did now. Staff will answer.")
        return self.tr("Thank you. Staff will look at this. Then it goes on You said, we did.")
