"""One worry, for staff: the person's words (never shown to other patients), who they let know, the two
triage questions (action today? safeguarding, passed on to whom?), the answer the person will hear,
and, only if they chose "the ward, without my name", the words agreed with them for the board."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.worries import NamesSomeone, WorryProblem, WorryRecord
from coprod_desktop.store.kinds import WhoMayKnow, WhoseWords
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import message_label
from coprod_desktop.ui.widgets.said_shown import SaidShown
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

BOX_HEIGHT = 110


class YesNo(QWidget):
    """A staff question with two big answers, neither chosen until pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = QLabel(self)
        self.question.setWordWrap(True)
        self.yes = QPushButton(self)
        self.no = QPushButton(self)
        row = QHBoxLayout()
        for button in (self.yes, self.no):
            button.setCheckable(True)
            button.setMinimumHeight(MIN_TARGET)
            button.setMinimumWidth(140)
            row.addWidget(button)
        row.addStretch(1)
        self.yes.clicked.connect(lambda: self.set_answer(True))
        self.no.clicked.connect(lambda: self.set_answer(False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question)
        layout.addLayout(row)
        self._answer: bool | None = None

    def answer(self) -> bool | None:
        return self._answer

    def set_answer(self, answer: bool | None) -> None:
        self._answer = answer
        self.yes.setChecked(answer is True)
        self.no.setChecked(answer is False)

    def set_words(self, question: str, yes: str, no: str) -> None:
        self.question.setText(question)
        self.yes.setText(yes)
        self.no.setText(no)
        self.yes.setAccessibleName(f"{yes}: {question}")
        self.no.setAccessibleName(f"{no}: {question}")


class WorryForm(QWidget):
    saved = Signal(object)
    """Emits the WorryRecord after each change."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._staff = staff
        self._worry: WorryRecord | None = None
        self._names: dict[uuid.UUID, str] = {}

        self.heading = title_label(self, role="subtitle")
        self.words = title_label(self, role="body")
        self.said_shown = SaidShown(context, self)
        self.whose = title_label(self, role="muted")
        self.who = title_label(self, role="body")

        self.triage_heading = title_label(self, role="subtitle")
        self.today = YesNo(self)
        self.safeguarding = YesNo(self)
        self.passed_on_label = QLabel(self)
        self.passed_on_label.setWordWrap(True)
        self.passed_on = QLineEdit(self)
        self.passed_on.setMaxLength(500)
        self.passed_on.setMinimumHeight(MIN_TARGET)
        self.passed_on_label.setBuddy(self.passed_on)
        self.triage_button = QPushButton(self)
        self.triage_button.setProperty("role", "primary")
        self.triage_button.clicked.connect(self.save_triage)
        self.triaged = title_label(self, role="muted")

        self.answer_label = QLabel(self)
        self.answer_label.setWordWrap(True)
        self.answer = QPlainTextEdit(self)
        self.answer.setTabChangesFocus(True)
        self.answer.setMinimumHeight(BOX_HEIGHT)
        self.answer_label.setBuddy(self.answer)
        self.answer_button = QPushButton(self)
        self.answer_button.clicked.connect(self.send_answer)
        self.heard = title_label(self, role="muted")

        self.board_label = QLabel(self)
        self.board_label.setWordWrap(True)
        self.board_words = QPlainTextEdit(self)
        self.board_words.setTabChangesFocus(True)
        self.board_words.setMinimumHeight(BOX_HEIGHT)
        self.board_label.setBuddy(self.board_words)
        self.publish_button = QPushButton(self)
        self.publish_button.clicked.connect(self.publish)
        self.on_board = title_label(self, role="muted")
        for button in (self.triage_button, self.answer_button, self.publish_button):
            button.setMinimumHeight(MIN_TARGET)

        self.message = message_label(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (
            self.heading,
            self.words,
            self.said_shown,
            self.whose,
            self.who,
            self.triage_heading,
            self.today,
            self.safeguarding,
            self.passed_on_label,
            self.passed_on,
            self.triage_button,
            self.triaged,
            self.answer_label,
            self.answer,
            self.answer_button,
            self.heard,
            self.board_label,
            self.board_words,
            self.publish_button,
            self.on_board,
            self.message,
        ):
            layout.addWidget(widget)
        self.retranslate()

    # --- names and dates --------------------------------------------------------------------------
    def name(self, person_id: uuid.UUID | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._names:
            person = self._context.services.people.get(person_id)
            self._names[person_id] = person.called if person else ""
        return self._names[person_id]

    def when(self, moment: datetime) -> str:
        local = moment.astimezone()
        day = self._context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "d MMMM yyyy"
        )
        return f"{day} {local:%H:%M}"

    def who_words(self, who: WhoMayKnow) -> str:
        if who is WhoMayKnow.STAFF_AND_ADVOCATE:
            return self.tr("Staff and the advocate may know. Tell the advocate.")
        if who is WhoMayKnow.WARD_WITHOUT_NAME:
            return self.tr("The ward may know, without their name, in words you agree with them.")
        return self.tr("Staff only.")

    # --- showing ------------------------------------------------------------------------------------
    @property
    def worry(self) -> WorryRecord | None:
        return self._worry

    def show_worry(self, worry: WorryRecord) -> None:
        changed = self._worry is None or self._worry.id != worry.id
        self._worry = worry
        self.today.set_answer(worry.action_today)
        self.safeguarding.set_answer(worry.safeguarding)
        self.passed_on.setText(worry.passed_on_to or "")
        if changed:
            self.answer.setPlainText(worry.answer or "")
            self.board_words.setPlainText(worry.board_words or "")
            self.message.clear()
        self.retranslate()

    # --- saving -------------------------------------------------------------------------------------
    def save_triage(self) -> None:
        worry = self._worry
        if worry is None:
            return
        today, safeguarding = self.today.answer(), self.safeguarding.answer()
        if today is None or safeguarding is None:
            self.message.setText(self.tr("Answer both questions: Yes or No."))
            return
        try:
            saved = self._context.services.worries.triage(
                worry.id,
                action_today=today,
                safeguarding=safeguarding,
                by_id=self._staff.id,
                passed_on_to=self.passed_on.text(),
            )
        except WorryProblem:
            self.message.setText(self.tr("Say who the safeguarding concern was passed on to."))
            self.passed_on.setFocus()
            return
        self._done(saved, self.tr("Saved."))

    def send_answer(self) -> None:
        worry = self._worry
        if worry is None:
            return
        try:
            saved = self._context.services.worries.answer(
                worry.id, self.answer.toPlainText(), by_id=self._staff.id
            )
        except WorryProblem:
            if not worry.triaged:
                self.message.setText(self.tr("Answer the two questions first, then the person."))
            else:
                self.message.setText(self.tr("Write the answer in easy words: they hear it read aloud."))
            return
        self._done(saved, self.tr("Sent. They will see and hear it in What I said."))

    def publish(self) -> None:
        worry = self._worry
        if worry is None:
            return
        try:
            saved = self._context.services.worries.publish(
                worry.id,
                self.board_words.toPlainText(),
                by_id=self._staff.id,
                language=self._context.languages.current,
            )
        except NamesSomeone as named:
            self.message.setText(
                self.tr("These words name {names}. Words on the board must not name anyone.").format(
                    names=", ".join(named.names)
                )
            )
            return
        except WorryProblem:
            if not worry.triaged:
                self.message.setText(self.tr("Answer the two questions first, then the person."))
            else:
                self.message.setText(self.tr("Write the words you and the person agreed for the board."))
            return
        self._done(saved, self.tr("On the board now, without their name. Answer it in You said, we did."))

    def _done(self, saved: WorryRecord, words: str) -> None:
        self._worry = saved
        self.retranslate()
        self.message.setText(words)
        self.saved.emit(saved)

    # --- words --------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        worry = self._worry
        self.triage_heading.setText(self.tr("Triage"))
        self.today.set_words(self.tr("Does this need action today?"), self.tr("Yes"), self.tr("No"))
        self.safeguarding.set_words(self.tr("Is this a safeguarding concern?"), self.tr("Yes"), self.tr("No"))
        self.passed_on_label.setText(self.tr("Passed on to (name and role)"))
        self.passed_on.setAccessibleName(self.passed_on_label.text())
        self.triage_button.setText(self.tr("Save the two answers"))
        self.answer_label.setText(self.tr("Answer to the person, in easy words (they hear it read aloud)"))
        self.answer.setAccessibleName(self.answer_label.text())
        self.answer_button.setText(self.tr("Send the answer"))
        self.board_label.setText(self.tr("Words for the board, agreed with the person. No names."))
        self.board_words.setAccessibleName(self.board_label.text())
        self.publish_button.setText(self.tr("Put these words on the board"))
        for button in (self.triage_button, self.answer_button, self.publish_button):
            button.setAccessibleName(button.text())
        for widget in self.findChildren(QWidget):
            if widget is not self.message:
                widget.setEnabled(worry is not None)
        if worry is None:
            self.heading.setText(self.tr("Choose a worry"))
            for label in (self.words, self.whose, self.who, self.triaged, self.heard, self.on_board):
                label.clear()
            self.said_shown.show_said((), None)
            return
        who = self.name(worry.raised_by_id) or self.tr("Someone")
        self.heading.setText(self.tr("{name} is not happy").format(name=who))
        self.words.setText(worry.words)
        self.said_shown.show_said(worry.said_symbols, worry.recording_file)
        raised = self.tr("Raised {when}.").format(when=self.when(worry.raised_at))
        if worry.whose is WhoseWords.STAFF_TYPED:
            typed = self.tr("{staff} typed what they said.").format(staff=self.name(worry.written_by_id))
            raised = f"{raised} {typed}"
        self.whose.setText(raised)
        self.who.setText(self.who_words(worry.who_may_know))
        self.triaged.setText(self._triage_words(worry))
        self.heard.setText(self._heard_words(worry))
        ward = worry.who_may_know is WhoMayKnow.WARD_WITHOUT_NAME
        for widget in (self.board_label, self.board_words, self.publish_button):
            widget.setVisible(ward and not worry.published)
        self.on_board.setVisible(worry.published)
        self.on_board.setText(
            self.tr("On the board: {words}").format(words=worry.board_words) if worry.published else ""
        )

    def _triage_words(self, worry: WorryRecord) -> str:
        if worry.triaged_at is None:
            return self.tr("Not triaged yet.")
        lines = [
            self.tr("Triaged by {staff}, {when}.").format(
                staff=self.name(worry.triaged_by_id), when=self.when(worry.triaged_at)
            )
        ]
        if worry.passed_on_to and worry.passed_on_at:
            lines.append(
                self.tr("Passed on to {whom}, {when}.").format(
                    whom=worry.passed_on_to, when=self.when(worry.passed_on_at)
                )
            )
        return "\n".join(lines)

    def _heard_words(self, worry: WorryRecord) -> str:
        if worry.answered_at is None:
            return self.tr("Not answered yet.")
        answered = self.tr("Answered by {staff}, {when}.").format(
            staff=self.name(worry.answered_by_id), when=self.when(worry.answered_at)
        )
        if worry.answer_heard_at is None:
            return f"{answered} " + self.tr("They have not heard it yet.")
        return f"{answered} " + self.tr("They heard it {when}.").format(when=self.when(worry.answer_heard_at))
