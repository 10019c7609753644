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
from PySide6.QtWidgets import QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.thanks import WORDS_MAX, ThanksProblem, ThanksProblemKind, ThanksRecord
from coprod_desktop.store.kinds import Role, ThankDelivery, ThankReason, WhoseWords
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.step_screen import StepScreen
from coprod_desktop.ui.models.thank_you_model import reason_words
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.ward.thank_you_draft import ThankYouDraft
from coprod_desktop.ui.screens.ward.thank_you_pages import DonePage, HowPage, WhoPage, WhyPage, WordsPage
from coprod_desktop.ui.topic_words import whose_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

DRAFT_KEY = "thank-you"
STEP_WHO, STEP_WHY, STEP_WORDS, STEP_HOW, STEP_DONE = range(5)
QUESTIONS = 2
"""Who? and Send it: why, and words or my voice, are extras reached from Send it."""
PICTURE_SIZE = 96


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
        self._reasons: list[ThankReason] = []
        self._whose: WhoseWords | None = None
        self._written_by: uuid.UUID | None = None
        self._recording: str | None = None
        self._delivery: ThankDelivery | None = None
        self._on_wall = False
        self._sent: ThanksRecord | None = None
        painter, speaker = context.painter, context.speaker
        self.question = title_label(self, role="subtitle")
        self.body.insertWidget(self.body.indexOf(self.message), self.question)

        # The five pages (thank_you_pages.py); their parts are kept here by name, as the steps use them.
        who = WhoPage(painter, speaker)
        self.people_grid, self.name_label, self.name_edit = who.people_grid, who.name_label, who.name_edit
        self._name_box = who.name_box
        self.person_buttons: dict[uuid.UUID, ChoiceTile] = {}
        self._who_group = ChoiceGroup(pick_one=True, parent=self)
        self.someone_else: ChoiceTile | None = None
        self.name_edit.textChanged.connect(self.save_draft)
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
            self.add_page(page)
        # Extras, never required, in the row of Next: why, and words or my voice.
        self.add_why = SymbolButton(painter, speaker, "question", symbol_size=48, max_lines=3, beside=True)
        self.add_words = SymbolButton(painter, speaker, "words", symbol_size=48, max_lines=3, beside=True)
        for index, (button, step) in enumerate(((self.add_why, STEP_WHY), (self.add_words, STEP_WORDS))):
            button.setMinimumSize(280, 100)
            button.setMaximumHeight(120)
            button.clicked.connect(lambda _checked=False, s=step: self.show_step(s))
            self.moves.insertWidget(1 + index, button)

        self._load_people()
        self.retranslate()
        self.open_at(STEP_WHO)

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
        self.save_draft()
        self.show_step(STEP_HOW)

    def choose_someone_else(self) -> None:
        self._to = None
        self._someone_else = True
        self.someone_else.setChecked(True)
        self._name_box.show()
        self.next.setVisible(True)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.save_draft()

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
        self.save_draft()

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
            self.say_message(self.tr("That is a lot of words. Only the first 2,000 letters are kept."))
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
        self.save_draft()

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
        return {STEP_WHY: STEP_HOW, STEP_WORDS: STEP_HOW, STEP_HOW: STEP_WHO}.get(step)

    def step_shown(self, step: int) -> None:
        if self.record_panel is not None and step != STEP_WORDS:
            self.record_panel.hide()  # stops a take in progress (the take is kept)
        self.question.setVisible(step < STEP_DONE)
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
        focus = {
            STEP_WHY: self.reason_buttons[ThankReason.HELPED_ME],
            STEP_WORDS: self.words_box,
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
            STEP_WORDS: self.tr("Do you want to add words or your voice? You can skip this."),
            STEP_HOW: self.tr("Send it. You can add why, words or your voice first."),
        }.get(step, "")

    def _word_step(self) -> None:
        step = self.step
        self.question.setText(self.question_words(step))
        if step in (STEP_WHY, STEP_WORDS):
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
        self.clear_draft(closed=True)
        self._word_done()
        self.show_step(STEP_DONE)
        return record

    def _show_problem(self, kind: ThanksProblemKind | None) -> None:
        """Says what went wrong in plain words and goes back to the question that can fix it.
        Everything chosen so far stays chosen (and in the draft). `None` means a typed name or
        words that cannot be used."""
        if kind in (ThanksProblemKind.THANKING_YOURSELF, ThanksProblemKind.RECIPIENT_NOT_ON_WARD):
            self._load_people()
            self._to = None
            self.show_step(STEP_WHO, speak=False)
            if kind is ThanksProblemKind.THANKING_YOURSELF:
                text = self.tr("You cannot thank yourself. Choose someone else.")
            else:
                text = self.tr(
                    "This person is not on your ward now. "
                    "Choose “Someone else” and staff can type their name."
                )
        elif kind is ThanksProblemKind.NO_RECIPIENT:
            self.show_step(STEP_WHO, speak=False)
            text = self.tr("Choose who you want to thank.")
        elif kind is None and self._someone_else:
            self.show_step(STEP_WHO, speak=False)
            text = self.tr("Type their name first. Staff can help.")
        else:
            text = self.tr("Sorry, the thank-you could not be sent. It is kept. Please ask staff for help.")
        self.say_message(text)

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
    def draft(self) -> dict[str, object]:
        return ThankYouDraft(
            step=min(self.step, STEP_HOW),
            to=self._to.id if self._to is not None else None,
            someone_else=self._someone_else,
            name=self.name_edit.text(),
            reasons=list(self._reasons),
            words=self.words_box.toPlainText(),
            whose=self._whose,
            written_by=self._written_by,
            recording=self._recording,
            delivery=self._delivery,
            on_wall=self._on_wall,
        ).as_dict()

    def restore(self, stored: dict[str, object]) -> int | None:
        """Puts back a thank-you started earlier (even before a restart), where it was left."""
        draft = ThankYouDraft.from_dict(stored)
        if draft.to is not None and draft.to in self._people:
            self._to = self._people[draft.to]
            self.person_buttons[draft.to].setChecked(True)
        elif draft.someone_else and self.someone_else is not None:
            self._someone_else = True
            self.someone_else.setChecked(True)
            self._name_box.show()
        self.name_edit.setText(draft.name)
        self._reasons = list(draft.reasons)
        self._whose, self._written_by = draft.whose, draft.written_by
        self.words_box.setPlainText(draft.words)
        self._recording, self._delivery, self._on_wall = draft.recording, draft.delivery, draft.on_wall
        for reason in ThankReason:
            self._word_reason(reason)
        self._word_how()
        if not (self._to is not None or self._someone_else or self._reasons or self._recording):
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
                self.add_why.spoken,
                self.add_words.spoken,
                self.read_out.spoken,
                self.just_send.spoken,
            ]
        else:
            choices = [self.whose_label.text()]
        return join_sentences(self.title(), self.arrival_words(), *choices)

    def retranslate(self) -> None:
        super().retranslate()
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
