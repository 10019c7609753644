"""I have an idea / I am not happy about something: said at any time, straight from Home.

Three short steps: what it is about (the ward's SAY group topics as symbols, or skip), what I want
to say (typed by me or by staff alongside, heard back, kept as a draft while typed), then sent. It
goes on You said, we did as "we are working on it", and staff must answer.

"Not happy" also shows, in easy words and spoken, how to reach the advocate or the complaints
contact the ward has set: raising it here never stands in the way of a formal complaint."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.actions import ActionProblem, ActionRecord
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import ActionSource
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

STEP_ABOUT, STEP_WORDS, STEP_SENT = range(3)
WORDS_MAX = 5_000
DRAFT_KEYS = {ActionSource.IDEA: "idea", ActionSource.NOT_HAPPY: "not-happy"}
COLUMNS = 4


def topic_title(title: str) -> str:
    """An agenda title in the person's language (the ward's own titles stay as staff wrote them)."""
    return QCoreApplication.translate("SayGroupTopics", title)


class RaiseScreen(Screen):
    finished = Signal()

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        source: ActionSource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._alongside = alongside
        self._source = source
        self._draft_key = DRAFT_KEYS.get(source, source.value)
        self._symbol_id: str | None = None
        self.sent: ActionRecord | None = None
        painter, speaker = context.painter, context.speaker
        ward_id = person.ward_id
        self._agenda = context.services.say_groups.agenda(ward_id) if ward_id else []

        self._heading = title_label(self)
        self.steps = QStackedWidget(self)

        # Step 1: what it is about.
        about = QWidget()
        self._about_question = title_label(about, role="subtitle")
        grid = QGridLayout()
        grid.setSpacing(12)
        self.topics: list[SymbolButton] = []
        for index, topic in enumerate(self._agenda):
            button = SymbolButton(painter, speaker, topic.symbol_id or "topic-anything-else", symbol_size=64)
            button.setMinimumSize(180, 130)
            button.clicked.connect(lambda _c=False, i=index: self.choose_topic(i))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.topics.append(button)
        self.skip_topic = SymbolButton(painter, speaker, "skip", symbol_size=44, max_lines=1, beside=True)
        self.skip_topic.setMinimumSize(260, 96)
        self.skip_topic.clicked.connect(lambda: self.choose_topic(None))
        about_layout = QVBoxLayout(about)
        about_layout.setContentsMargins(0, 0, 0, 0)
        about_layout.setSpacing(12)
        about_layout.addWidget(self._about_question)
        about_layout.addLayout(grid, 1)
        about_layout.addWidget(self.skip_topic, 0, Qt.AlignmentFlag.AlignLeft)
        self.steps.addWidget(about)

        # Step 2: the words.
        words_page = QWidget()
        self._words_question = title_label(words_page, role="subtitle")
        self._typed_by = title_label(words_page, role="muted")
        self.box = QPlainTextEdit(words_page)
        self.box.setTabChangesFocus(True)
        self.box.setMinimumHeight(140)
        self.box.textChanged.connect(self._typing)
        self.message = title_label(words_page, role="message")
        self.message.hide()
        self.hear = SymbolButton(painter, speaker, "read-aloud", symbol_size=40, max_lines=1, beside=True)
        self.back_to_about = SymbolButton(painter, speaker, "back", symbol_size=40, max_lines=1, beside=True)
        # The person's yes or no to their words being read at the recovery council, without their name.
        self.council = SymbolButton(
            painter, speaker, "recovery-council", symbol_size=40, max_lines=2, beside=True
        )
        self.council.setObjectName("council-may-quote")
        self.council.setCheckable(True)
        self.council.setMinimumSize(300, 96)
        self.council.setMaximumHeight(112)
        self.council.clicked.connect(self._council_choice)
        self.send = SymbolButton(painter, speaker, "just-send", symbol_size=48, max_lines=1, beside=True)
        self.send.setProperty("role", "primary")
        for button in (self.hear, self.back_to_about, self.send):
            button.setMinimumSize(230, 96)
            button.setMaximumHeight(112)
        self.hear.clicked.connect(self._hear_words)
        self.back_to_about.clicked.connect(lambda: self.show_step(STEP_ABOUT))
        self.send.clicked.connect(self.send_it)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.back_to_about)
        buttons.addWidget(self.hear)
        buttons.addWidget(self.council)
        buttons.addStretch(1)
        buttons.addWidget(self.send)
        words_layout = QVBoxLayout(words_page)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.setSpacing(12)
        words_layout.addWidget(self._words_question)
        words_layout.addWidget(self._typed_by)
        words_layout.addWidget(self.box, 1)
        words_layout.addWidget(self.message)
        words_layout.addLayout(buttons)
        self.steps.addWidget(words_page)

        # Step 3: sent.
        sent_page = QWidget()
        self._sent_words = title_label(sent_page, role="subtitle")
        self.done = SymbolButton(painter, speaker, "home", symbol_size=56, beside=True)
        self.done.setMinimumSize(300, 110)
        self.done.setMaximumHeight(130)
        self.done.clicked.connect(self.finished)
        sent_buttons = QHBoxLayout()
        sent_buttons.addWidget(self.done)
        sent_buttons.addStretch(1)
        sent_layout = QVBoxLayout(sent_page)
        sent_layout.setContentsMargins(0, 0, 0, 0)
        sent_layout.addWidget(self._sent_words)
        sent_layout.addStretch(1)
        sent_layout.addLayout(sent_buttons)
        self.steps.addWidget(sent_page)

        # Not happy: who else can help, on every step.
        self.advocate = QFrame(self)
        self.advocate.setProperty("role", "card")
        self._advocate_symbol = QLabel(self.advocate)
        self._advocate_symbol.setPixmap(painter.pixmap("advocate", 64, self.devicePixelRatioF()))
        self._advocate_words = title_label(self.advocate, role="body")
        self._advocate_words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hear_advocate = SymbolButton(painter, speaker, "read-aloud", symbol_size=36, max_lines=1)
        self.hear_advocate.setMinimumSize(150, 96)
        self.hear_advocate.setMaximumWidth(200)
        advocate_row = QHBoxLayout(self.advocate)
        advocate_row.setContentsMargins(16, 10, 16, 10)
        advocate_row.addWidget(self._advocate_symbol)
        advocate_row.addWidget(self._advocate_words, 1)
        advocate_row.addWidget(self.hear_advocate)
        self.advocate.setVisible(source is ActionSource.NOT_HAPPY)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self._heading)
        layout.addWidget(self.advocate)
        layout.addWidget(self.steps, 1)

        draft = context.services.drafts.get(person.id, self._draft_key) or {}
        words = draft.get("words")
        symbol = draft.get("symbol_id")
        self._symbol_id = symbol if isinstance(symbol, str) else None
        self.council.setChecked(draft.get("council") is True)
        self.box.blockSignals(True)
        self.box.setPlainText(words if isinstance(words, str) else "")
        self.box.blockSignals(False)
        self.box.moveCursor(QTextCursor.MoveOperation.End)
        self.retranslate()
        # Words started before (the app closed, or the person went Home) carry on where they were.
        self.show_step(STEP_WORDS if self.box.toPlainText().strip() or not self._agenda else STEP_ABOUT)

    # --- steps -------------------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def show_step(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        if step == STEP_WORDS:
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def choose_topic(self, index: int | None) -> None:
        self._symbol_id = None if index is None else self._agenda[index].symbol_id
        self._save_draft()
        self.show_step(STEP_WORDS)
        self._context.speaker.say(self._words_question.text())

    def _typing(self) -> None:
        text = self.box.toPlainText()
        if len(text) > WORDS_MAX:
            self.box.blockSignals(True)
            self.box.setPlainText(text[:WORDS_MAX])
            self.box.moveCursor(QTextCursor.MoveOperation.End)
            self.box.blockSignals(False)
            self._say_message(self.tr("That is a lot of words. Only the first 5,000 letters are kept."))
        elif text.strip():
            self.message.hide()
        self._save_draft()

    def _save_draft(self) -> None:
        """Kept as it is typed, so going Home or closing the app loses nothing."""
        words = self.box.toPlainText()
        data: dict[str, object] = {}
        if words.strip():
            data["words"] = words
        if self._symbol_id:
            data["symbol_id"] = self._symbol_id
        if self.council.isChecked():
            data["council"] = True
        self._context.services.drafts.save(self._person.id, self._draft_key, data)

    def _council_choice(self) -> None:
        self._save_draft()
        self.retranslate()
        self.council.speak()

    def _hear_words(self) -> None:
        words = self.box.toPlainText().strip()
        self._context.speaker.say(words or self.tr("Nothing written yet."))

    def send_it(self) -> None:
        ward_id = self._person.ward_id
        if ward_id is None:
            self._say_message(self.tr("You are not on a ward yet. Please ask staff for help."))
            return
        staff = self._alongside.staff
        try:
            self.sent = self._context.services.actions.raise_action(
                ward_id,
                self._source,
                self.box.toPlainText(),
                raised_by_id=self._person.id,
                symbol_id=self._symbol_id,
                by_id=staff.id if staff is not None else None,
                council_may_quote=self.council.isChecked(),
            )
        except InvalidText:
            self._say_message(self.tr("Please say what it is first. Staff can type it for you."))
            self.box.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except ActionProblem:
            self._say_message(self.tr("This could not be sent. Please ask staff for help."))
            return
        self._context.services.drafts.clear(self._person.id, self._draft_key)
        self.show_step(STEP_SENT)
        self._context.speaker.say(join_sentences(self._sent_words.text()))

    def _say_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._context.speaker.say(text)

    # --- screen ------------------------------------------------------------------------------------
    def _advocate_text(self) -> str:
        ward_id = self._person.ward_id
        contact = self._context.services.ward_settings.get(ward_id).advocate_contact if ward_id else None
        if contact:
            return self.tr(
                "You can also talk to an advocate or make a complaint. This is how:\n{contact}"
            ).format(contact=contact)
        return self.tr("You can also talk to an advocate or make a complaint. Staff will tell you how.")

    def title(self) -> str:
        if self._source is ActionSource.NOT_HAPPY:
            return self.tr("I am not happy about something")
        return self.tr("I have an idea")

    def spoken_summary(self) -> str:
        parts = [self.title()]
        if self._source is ActionSource.NOT_HAPPY:
            parts.append(self._advocate_text())
        if self.step == STEP_ABOUT:
            parts += [self._about_question.text(), *(b.spoken for b in self.topics), self.skip_topic.spoken]
        elif self.step == STEP_WORDS:
            parts += [self._words_question.text(), self.box.toPlainText()]
        else:
            parts.append(self._sent_words.text())
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._about_question.setText(self.tr("What is it about?"))
        for button, topic in zip(self.topics, self._agenda, strict=True):
            button.set_words(topic_title(topic.title))
        self.skip_topic.set_words(self.tr("Skip this"), self.tr("Skip this question"))
        if self._source is ActionSource.NOT_HAPPY:
            self._words_question.setText(self.tr("What are you not happy about?"))
        else:
            self._words_question.setText(self.tr("What is your idea?"))
        staff = self._alongside.staff
        typing = self.tr("{staff} is typing what {person} says.")
        self._typed_by.setText(
            typing.format(staff=staff.called, person=self._person.called) if staff is not None else ""
        )
        self._typed_by.setVisible(staff is not None)
        self.box.setAccessibleName(self._words_question.text())
        self.box.setPlaceholderText(self.tr("Type here. It is kept as you type."))
        self.hear.set_words(self.tr("Hear it"))
        self.back_to_about.set_words(self.tr("Back"))
        self.send.set_words(self.tr("Send it"), self.tr("Send it to staff"))
        if self.council.isChecked():
            self.council.set_words(
                self.tr("Council: yes"),
                self.tr("Yes, the recovery council can hear my words. My name is not given."),
            )
        else:
            self.council.set_words(
                self.tr("Council: no"),
                self.tr("The recovery council can hear my words, without my name? Press for yes."),
            )
        self._sent_words.setText(
            self.tr("Thank you. Staff will answer. You will see the answer on You said, we did.")
        )
        self.done.set_words(self.tr("Home"), self.tr("Go Home"))
        advocate = self._advocate_text()
        self._advocate_words.setText(advocate)
        self.hear_advocate.set_words(self.tr("Hear it"), advocate)
