"""Say thank you in two questions: Who? then Send it. Choosing a person goes straight to sending,
where "Read it out at the meeting" and "Just send it" each send at once; why, words or my voice and
the wall can be added on the way, and are never required.

Every step is big symbol buttons with words, and each question is spoken. What is chosen or typed
is kept as a draft ("thank-you") on every change, so closing the app halfway loses nothing. The
author decides whether it is read out at the mutual help meeting and whether it goes on the wall.
"""

from __future__ import annotations

import contextlib
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.drafts import DraftTooBig
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.thanks import WORDS_MAX, ThanksProblem, ThanksProblemKind, ThanksRecord
from coprod_desktop.store.kinds import Role, ThankDelivery, ThankReason, WhoseWords
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.carry_on_question import CarryOnQuestion
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.models.thank_you_model import reason_words
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.screens.ward.thank_you_pages import DonePage, HowPage, WhoPage, WhyPage, WordsPage
from coprod_desktop.ui.topic_words import whose_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

DRAFT_KEY = "thank-you"
STEP_WHO, STEP_WHY, STEP_WORDS, STEP_HOW, STEP_DONE = range(5)
QUESTIONS = 2
"""Who? and Send it: why, and words or my voice, are extras reached from Send it."""
PICTURE_SIZE = 96


class SayThankYouScreen(Screen):
    finished = Signal()
    start_again = Signal()
    """The person chose to start again: the draft is gone, and the flow opens a fresh screen."""
    """The thank-you is sent and the person pressed Done."""

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
        self._thanks = context.services.thanks
        self._drafts = context.services.drafts
        self._to: PersonInfo | None = None
        self._someone_else = False
        self._reasons: list[ThankReason] = []
        self._whose: WhoseWords | None = None
        self._written_by: uuid.UUID | None = None
        self._recording: str | None = None
        self._delivery: ThankDelivery | None = None
        self._on_wall = False
        self._sent: ThanksRecord | None = None
        self._restoring = False
        painter, speaker = context.painter, context.speaker

        self._heading = title_label(self)
        self.step_label = title_label(self, role="muted")
        self.question = title_label(self, role="subtitle")
        self.message = MessageLine(self)
        self.message.hide()
        self.pages = QStackedWidget(self)

        # The five pages (thank_you_pages.py); their parts are kept here by name, as the steps use them.
        who = WhoPage(painter, speaker)
        self.people_grid, self.name_label, self.name_edit = who.people_grid, who.name_label, who.name_edit
        self._name_box = who.name_box
        self.person_buttons: dict[uuid.UUID, ChoiceTile] = {}
        self._who_group = ChoiceGroup(pick_one=True, parent=self)
        self.someone_else: ChoiceTile | None = None
        self.name_edit.textChanged.connect(self._save_draft)
        self.name_edit.returnPressed.connect(self.next_step)
        why = WhyPage(painter, speaker)  # several reasons may be chosen
        self.reason_buttons = why.reason_buttons
        why.toggled.connect(self.toggle_reason)
        words = WordsPage(painter, speaker)  # words, my voice, or neither
        self.whose_label, self.words_box = words.whose_label, words.words_box
        self.hear_words, self.record, self._record_box = words.hear_words, words.record, words.record_box
        self.record_panel: QWidget | None = None
        self.words_box.textChanged.connect(self._words_changed)
        self.hear_words.clicked.connect(self._hear_words)
        self.record.clicked.connect(self.show_recording)
        how = HowPage(painter, speaker)  # read out or just send; on the wall or not (the author decides)
        self.summary, self.read_out, self.just_send = how.summary, how.read_out, how.just_send
        self.wall_question, self.wall_yes, self.wall_no = how.wall_question, how.wall_yes, how.wall_no
        self._how_group, self._wall_group = how.how_group, how.wall_group
        self._how_group.chosen.connect(self.send_by)
        self._wall_group.chosen.connect(self.choose_wall)
        done = DonePage(painter, speaker)
        self.done_picture, self.done_words, self.done_button = (
            done.done_picture,
            done.done_words,
            done.done_button,
        )
        self.done_button.clicked.connect(self.finished)
        for page in (who, why, words, how, done):
            self.pages.addWidget(page)
        # Extras, never required, in the row of Next: why, and words or my voice.
        self.add_why = SymbolButton(painter, speaker, "question", symbol_size=48, max_lines=3, beside=True)
        self.add_words = SymbolButton(painter, speaker, "words", symbol_size=48, max_lines=3, beside=True)
        for button, step in ((self.add_why, STEP_WHY), (self.add_words, STEP_WORDS)):
            button.setMinimumSize(280, 100)
            button.setMaximumHeight(120)
            button.clicked.connect(lambda _checked=False, s=step: self._show_step(s))

        # Moving between the questions: Next here; back one question is the bar's Back.
        self.next = SymbolButton(painter, speaker, "next", symbol_size=48, beside=True)
        self.next.setMinimumSize(max(240, self.next.minimumWidth()), 100)
        self.next.setMaximumHeight(120)
        self.next.clicked.connect(self.next_step)
        steps = QHBoxLayout()
        steps.setSpacing(24)
        steps.addStretch(1)
        steps.addWidget(self.add_why)
        steps.addWidget(self.add_words)
        steps.addWidget(self.next)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(self._heading)
        layout.addWidget(self.step_label)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        # Coming back to a half-finished thank-you: carry on, or start again.
        self.carry_on_question = CarryOnQuestion(painter, speaker, self)
        self.carry_on_question.carry_on.connect(self._carry_on)
        self.carry_on_question.start_again.connect(self._start_again)
        layout.addWidget(self.carry_on_question, 1)
        layout.addWidget(self.pages, 1)
        layout.addLayout(steps)

        self._load_people()
        self.retranslate()
        resumed = self._restore_draft()
        self._show_step(self.pages.currentIndex(), speak=False)
        if resumed:
            self._ask_carry_on()

    # --- who ----------------------------------------------------------------------------------------
    def _load_people(self) -> None:
        """Everyone on my ward except me: I cannot thank myself, so I am never offered."""
        ward_id = self._person.ward_id
        people = self._context.services.people.on_ward(ward_id) if ward_id else []
        people = [p for p in people if p.id != self._person.id]
        # A new group each time: the grid deletes the buttons it held before.
        self._who_group.deleteLater()
        self._who_group = ChoiceGroup(pick_one=True, parent=self)
        self.person_buttons = {}
        self._people = {p.id: p for p in people}
        ctx = self._context
        items: list[QWidget] = []
        for other in people:
            button = ChoiceTile(ctx.painter, ctx.speaker, None, symbol_size=PICTURE_SIZE, max_lines=2)
            button.set_picture(person_pixmap(ctx.painter, other, PICTURE_SIZE, ctx.paths.pictures))
            button.setObjectName("person")
            button.clicked.connect(lambda _checked=False, p=other: self.choose_person(p))
            self._who_group.add(button, other.id)
            self.person_buttons[other.id] = button
            items.append(button)
        # A new button each time: the grid deletes the ones it held before.
        self.someone_else = ChoiceTile(
            ctx.painter, ctx.speaker, "someone-else", symbol_size=PICTURE_SIZE, max_lines=2
        )
        self.someone_else.setObjectName("someone-else")
        self._who_group.add(self.someone_else, None)
        self.someone_else.setChecked(self._someone_else)
        self.someone_else.clicked.connect(self.choose_someone_else)
        self.people_grid.set_items([*items, self.someone_else])
        if self._to is not None and self._to.id not in self._people:
            self._to = None
        self._name_people()

    def _name_people(self) -> None:
        if self.someone_else is not None:
            self.someone_else.set_words(self.tr("Someone else"), self.tr("Someone else. Type their name."))
        for other_id, button in self.person_buttons.items():
            other = self._people[other_id]
            if other.role is Role.STAFF:
                button.set_words(
                    f"{other.called}\n{self.tr('Staff')}", join_sentences(other.called, self.tr("Staff"))
                )
            else:
                button.set_words(other.called)

    def person_button(self, called: str) -> SymbolButton:
        for other_id, button in self.person_buttons.items():
            if self._people[other_id].called == called:
                return button
        raise LookupError(called)

    def offered(self) -> list[str]:
        """The names offered on the Who? question, in order."""
        return [self._people[other_id].called for other_id in self.person_buttons]

    def choose_person(self, other: PersonInfo) -> None:
        self._to = other
        self._someone_else = False
        self.person_buttons[other.id].setChecked(True)
        self._name_box.hide()
        self._save_draft()
        self._show_step(STEP_HOW)

    def choose_someone_else(self) -> None:
        self._to = None
        self._someone_else = True
        self.someone_else.setChecked(True)
        self._name_box.show()
        self.next.setVisible(True)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._save_draft()

    def _recipient_name(self) -> str:
        if self._to is not None:
            return self._to.called
        return " ".join(self.name_edit.text().split())

    # --- why ----------------------------------------------------------------------------------------
    def toggle_reason(self, reason: ThankReason, checked: bool) -> None:
        if checked and reason not in self._reasons:
            self._reasons.append(reason)
        elif not checked and reason in self._reasons:
            self._reasons.remove(reason)
        self._word_reason(reason)
        said = self.tr("Chosen") if reason in self._reasons else self.tr("Not chosen")
        self._context.speaker.say(join_sentences(reason_words(reason), said))
        self._save_draft()

    def _word_reason(self, reason: ThankReason) -> None:
        """The tile's tick badge (and a screen reader's "checked") show a chosen reason: never
        colour alone; its name stays its visible words."""
        button = self.reason_buttons[reason]
        button.setChecked(reason in self._reasons)
        button.set_words(reason_words(reason))

    def chosen_reasons(self) -> tuple[ThankReason, ...]:
        """In the order they are shown, whatever order they were tapped in."""
        return tuple(reason for reason in ThankReason if reason in self._reasons)

    # --- words and voice ----------------------------------------------------------------------------
    def _words_changed(self) -> None:
        text = self.words_box.toPlainText()
        if len(text) > WORDS_MAX:
            self.words_box.blockSignals(True)
            self.words_box.setPlainText(text[:WORDS_MAX])
            self.words_box.blockSignals(False)
            self._say_message(self.tr("That is a lot of words. Only the first 2,000 letters are kept."))
        if self._whose is None and text.strip() and not self._restoring:
            # Whose words is fixed by the first letter, so staff typing never passes as the person's own.
            staff = self._alongside.staff
            self._whose = WhoseWords.STAFF_TYPED if staff is not None else WhoseWords.MINE
            self._written_by = staff.id if staff is not None else None
            self._word_whose()
        elif not text.strip():
            self._whose = None
            self._written_by = None
            self._word_whose()
        self._save_draft()

    def _word_whose(self) -> None:
        staff = self._alongside.staff
        whose = self._whose or (WhoseWords.STAFF_TYPED if staff is not None else WhoseWords.MINE)
        staff_name = staff.called if staff is not None and whose is WhoseWords.STAFF_TYPED else None
        if whose is WhoseWords.STAFF_TYPED and staff_name is None and self._written_by is not None:
            writer = self._context.services.people.get(self._written_by)
            staff_name = writer.called if writer else None
        self.whose_label.setText(whose_words(whose, self._person.called, staff_name))

    def _hear_words(self) -> None:
        text = self.words_box.toPlainText().strip()
        self._context.speaker.say(text or self.tr("There are no words yet."))

    def show_recording(self) -> QWidget:
        """The recorder is made the first time it is wanted, so the question opens quickly."""
        if self.record_panel is None:
            from coprod_desktop.ui.widgets.record_panel import RecordPanel

            panel = RecordPanel(
                self._context.painter, self._context.speaker, None, self._context.paths.recordings
            )
            panel.recorded.connect(self._recorded)
            if self._recording:
                panel.set_latest(self._recording)
            self._record_box.addWidget(panel)
            self.record_panel = panel
        self.record_panel.show()
        return self.record_panel

    def _recorded(self, file_name: str) -> None:
        self._recording = file_name
        self._save_draft()

    # --- how ----------------------------------------------------------------------------------------
    def choose_delivery(self, delivery: ThankDelivery) -> None:
        self._delivery = delivery
        self._word_how()
        self._save_draft()

    def choose_wall(self, on_wall: bool) -> None:
        self._on_wall = bool(on_wall)
        self._word_how()
        self._save_draft()

    def _word_how(self) -> None:
        self.read_out.set_words(self.tr("Read it out at the mutual help meeting"))
        self.just_send.set_words(self.tr("Just send it"))
        self._how_group.set_value(self._delivery)
        self._wall_group.set_value(self._on_wall)
        self.wall_question.setText(self.tr("Put it on the thank-you wall?"))
        self.wall_yes.set_words(self.tr("Yes"), self.tr("Yes, put it on the thank-you wall"))
        self.wall_no.set_words(self.tr("No"), self.tr("No, keep it off the wall"))
        name = self._recipient_name()
        reasons = ", ".join(reason_words(r) for r in self.chosen_reasons())
        self.summary.setText(
            join_sentences(
                self.tr("Thank you to {name}").format(name=name) if name else "",
                self.tr("Why: {reasons}").format(reasons=reasons) if reasons else "",
            )
        )

    # --- moving between questions -------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.pages.currentIndex()

    def next_step(self) -> None:
        step = self.step
        if step == STEP_WHO:
            if self._someone_else and not self._recipient_name():
                self._say_message(self.tr("Type their name first. Staff can help."))
                self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            if self._to is None and not self._someone_else:
                self._say_message(self.tr("Choose who you want to thank."))
                return
        if step < STEP_HOW:
            self._show_step(STEP_HOW)  # Who? goes on to sending; why and words come back to it

    def previous_step(self) -> None:
        if self.step in (STEP_WHY, STEP_WORDS):
            self._show_step(STEP_HOW)
        elif self.step == STEP_HOW:
            self._show_step(STEP_WHO)

    def back_a_step(self) -> bool:
        """Back from an extra goes to sending, from sending to Who?; from Who? it leaves."""
        if STEP_WHO < self.step < STEP_DONE:
            self.previous_step()
            return True
        return False

    def _show_step(self, step: int, speak: bool = True) -> None:
        if self.record_panel is not None and step != STEP_WORDS:
            self.record_panel.hide()  # stops a take in progress (the take is kept)
        self.pages.setCurrentIndex(step)
        self.message.hide()
        asking = step < STEP_DONE
        self.step_label.setVisible(step in (STEP_WHO, STEP_HOW))
        self.question.setVisible(asking)
        self.add_why.setVisible(step == STEP_HOW)
        self.add_words.setVisible(step == STEP_HOW)
        self.next.setVisible(
            step in (STEP_WHY, STEP_WORDS)
            or (step == STEP_WHO and (self._someone_else or self._to is not None))
        )
        if step == STEP_WORDS:
            self._word_whose()
        if step == STEP_HOW:
            self._word_how()
        self._word_step()
        if step != STEP_DONE:
            self._save_draft()
        if speak:
            self._context.speaker.say(self._step_spoken())
        focus = {
            STEP_WHY: self.reason_buttons[ThankReason.HELPED_ME],
            STEP_WORDS: self.words_box,
            STEP_HOW: self.read_out,
            STEP_DONE: self.done_button,
        }.get(step)
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _question_words(self, step: int) -> str:
        name = self._recipient_name()
        return {
            STEP_WHO: self.tr("Who do you want to thank?"),
            STEP_WHY: self.tr("Why do you want to thank {name}? Choose one or more.").format(name=name)
            if name
            else self.tr("Why do you want to say thank you? Choose one or more."),
            STEP_WORDS: self.tr("Do you want to add words or your voice? You can skip this."),
            STEP_HOW: self.tr("Send it. You can add why, words or your voice first."),
        }.get(step, "")

    def _word_step(self) -> None:
        step = self.step
        self.question.setText(self._question_words(step))
        if step in (STEP_WHO, STEP_HOW):
            self.step_label.setText(
                self.tr("Question {number} of {total}").format(
                    number=1 if step == STEP_WHO else 2, total=QUESTIONS
                )
            )
        self.next.set_words(self.tr("Next"), self.tr("Next question"))
        if step in (STEP_WHY, STEP_WORDS):
            self.next.set_words(self.tr("Done"), self.tr("Done. Back to sending"))

    def _step_spoken(self) -> str:
        if self.asking_carry_on:
            return self._carry_on_words()
        if self.step == STEP_DONE:
            return self.done_words.text()
        return self._question_words(self.step)

    # --- sending ------------------------------------------------------------------------------------
    def send_by(self, delivery: ThankDelivery) -> ThanksRecord | None:
        """Read it out, or just send it: one press chooses how and sends."""
        self.choose_delivery(delivery)
        return self.send_thanks()

    def send_thanks(self) -> ThanksRecord | None:
        if self._delivery is None:
            self._say_message(self.tr("Choose how to send it: read out, or just send."))
            return None
        words = self.words_box.toPlainText()
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
        self._drafts.clear(self._person.id, DRAFT_KEY)
        self._word_done()
        self._show_step(STEP_DONE)
        return record

    def _show_problem(self, kind: ThanksProblemKind | None) -> None:
        """Says what went wrong in plain words and goes back to the question that can fix it.
        Everything chosen so far stays chosen (and in the draft). `None` means a typed name or
        words that cannot be used."""
        if kind in (ThanksProblemKind.THANKING_YOURSELF, ThanksProblemKind.RECIPIENT_NOT_ON_WARD):
            self._load_people()
            self._to = None
            self._show_step(STEP_WHO, speak=False)
            if kind is ThanksProblemKind.THANKING_YOURSELF:
                text = self.tr("You cannot thank yourself. Choose someone else.")
            else:
                text = self.tr(
                    "This person is not on your ward now. "
                    "Choose “Someone else” and staff can type their name."
                )
        elif kind is ThanksProblemKind.NO_RECIPIENT:
            self._show_step(STEP_WHO, speak=False)
            text = self.tr("Choose who you want to thank.")
        elif kind is None and self._someone_else:
            self._show_step(STEP_WHO, speak=False)
            text = self.tr("Type their name first. Staff can help.")
        else:
            text = self.tr("Sorry, the thank-you could not be sent. It is kept. Please ask staff for help.")
        self._say_message(text)

    def _word_done(self) -> None:
        if self._sent is None:
            return
        sent = self.tr("Thank you for saying thank you to {name}. It is sent.").format(
            name=self._sent.to_name
        )
        if self._sent.delivery is ThankDelivery.READ_OUT:
            how = self.tr("It will be read out at the mutual help meeting.")
        else:
            how = self.tr("{name} will get it.").format(name=self._sent.to_name)
        wall = self.tr("It is on the thank-you wall.") if self._sent.show_on_wall else ""
        self.done_words.setText(join_sentences(sent, how, wall))

    @property
    def sent(self) -> ThanksRecord | None:
        return self._sent

    # --- the draft ----------------------------------------------------------------------------------
    def _draft(self) -> dict[str, object]:
        words = self.words_box.toPlainText()
        name = self.name_edit.text()
        started = (
            self._to is not None or self._someone_else or self._reasons or words.strip() or self._recording
        )
        if not started:
            return {}
        return {
            "step": min(self.step, STEP_HOW),
            "to": str(self._to.id) if self._to is not None else None,
            "someone_else": self._someone_else,
            "name": name,
            "reasons": [r.value for r in self._reasons],
            "words": words,
            "whose": self._whose.value if self._whose is not None else None,
            "written_by": str(self._written_by) if self._written_by is not None else None,
            "recording": self._recording,
            "delivery": self._delivery.value if self._delivery is not None else None,
            "wall": self._on_wall,
        }

    def _save_draft(self) -> None:
        if self._restoring or self._sent is not None:
            return
        # Words are capped well below the limit; if it is ever passed, the screen still holds them.
        with contextlib.suppress(DraftTooBig):
            self._drafts.save(self._person.id, DRAFT_KEY, self._draft())

    def _restore_draft(self) -> bool:
        """Puts back a thank-you started earlier (even before a restart), where it was left; says
        whether there was one to put back."""
        draft = self._drafts.get(self._person.id, DRAFT_KEY)
        if not draft:
            return False
        self._restoring = True
        try:
            to = _uuid(draft.get("to"))
            if to is not None and to in self._people:
                self._to = self._people[to]
                self.person_buttons[to].setChecked(True)
            elif draft.get("someone_else"):
                self._someone_else = True
                self.someone_else.setChecked(True)
                self._name_box.show()
            self.name_edit.setText(str(draft.get("name") or ""))
            reasons = draft.get("reasons")
            for value in reasons if isinstance(reasons, list) else []:
                if value in ThankReason._value2member_map_:
                    self._reasons.append(ThankReason(value))
            whose = draft.get("whose")
            if isinstance(whose, str) and whose in WhoseWords._value2member_map_:
                self._whose = WhoseWords(whose)
                self._written_by = _uuid(draft.get("written_by"))
            self.words_box.setPlainText(str(draft.get("words") or ""))
            recording = draft.get("recording")
            self._recording = recording if isinstance(recording, str) and recording else None
            delivery = draft.get("delivery")
            if isinstance(delivery, str) and delivery in ThankDelivery._value2member_map_:
                self._delivery = ThankDelivery(delivery)
            self._on_wall = bool(draft.get("wall"))
            step = draft.get("step")
            step = step if isinstance(step, int) and STEP_WHO <= step <= STEP_HOW else STEP_WHO
            if self._to is None and not self._someone_else:
                step = STEP_WHO
            for reason in ThankReason:
                self._word_reason(reason)
            self.pages.setCurrentIndex(step)
        finally:
            self._restoring = False
        self._word_how()
        return self._to is not None or self._someone_else or bool(self._reasons) or bool(self._recording)

    # --- carry on or start again -------------------------------------------------------------------
    @property
    def asking_carry_on(self) -> bool:
        return self.carry_on_question.isVisibleTo(self)

    def _carry_on_words(self) -> str:
        name = self._recipient_name()
        if name:
            return self.tr("You started a thank-you to {name}. Carry on, or start again?").format(name=name)
        return self.tr("You started a thank-you. Carry on, or start again?")

    def _ask_carry_on(self) -> None:
        for part in (self.pages, self.step_label, self.question, self.next, self.add_why, self.add_words):
            part.hide()
        self.carry_on_question.ask(self._carry_on_words())

    def _carry_on(self) -> None:
        self.carry_on_question.hide()
        self.pages.show()
        self._show_step(self.step)

    def _start_again(self) -> None:
        self._drafts.clear(self._person.id, DRAFT_KEY)
        self.start_again.emit()

    # --- screen -------------------------------------------------------------------------------------
    def _say_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._context.speaker.say(text)

    def on_shown(self) -> None:
        self._context.speaker.say(self._step_spoken())

    def first_focus(self) -> QWidget | None:
        return self.carry_on_question.carry_on_button if self.asking_carry_on else None

    def title(self) -> str:
        return self.tr("Say thank you")

    def spoken_summary(self) -> str:
        step = self.step
        if self.asking_carry_on:
            return join_sentences(self.title(), self._carry_on_words())
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
                self.add_why.spoken,
                self.add_words.spoken,
                self.read_out.spoken,
                self.just_send.spoken,
            ]
        else:
            choices = [self.whose_label.text()]
        return join_sentences(self.title(), self._question_words(step), *choices)

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.carry_on_question.retranslate()
        if self.asking_carry_on:
            self.carry_on_question.question.setText(self._carry_on_words())
        self._name_people()
        self.name_label.setText(self.tr("Type their name. Staff can help."))
        self.name_edit.setAccessibleName(self.tr("Their name"))
        self.name_edit.setPlaceholderText(self.tr("Their name"))
        for reason in ThankReason:
            self._word_reason(reason)
        self.words_box.setAccessibleName(self.tr("Words"))
        self.words_box.setPlaceholderText(self.tr("Type here if you want to. It saves as you type."))
        self.hear_words.set_words(self.tr("Hear my words"))
        self.record.set_words(self.tr("My voice"), self.tr("Record my voice"))
        self.add_why.set_words(self.tr("Say why"), self.tr("Say why you are thanking them"))
        self.add_words.set_words(self.tr("Words or my voice"), self.tr("Add words or my voice"))
        self.done_button.set_words(self.tr("Done"))
        self._word_whose()
        self._word_how()
        self._word_done()
        self._word_step()


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
