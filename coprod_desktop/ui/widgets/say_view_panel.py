"""Giving one view in a SAY group: how I feel (three faces), my words, symbols and my own voice.

The view is started only at the first change, so opening a topic and leaving it adds nothing. After
that every change is saved at once (no drafts): closing the app mid-sentence keeps what is on screen.
Each panel is a new view: a second view on the same topic (say, from another tablet) is kept beside
the first, never written over it.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.say_groups import (
    DEFAULT_AGENDA,
    GroupTopicInfo,
    SayGroupProblem,
    ViewInfo,
)
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import Rating, WhoseWords
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.staff_names import StaffNames
from coprod_desktop.ui.topic_words import whose_words
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.council_question import CouncilQuestion
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.rating_scale import RatingScale, rating_words
from coprod_desktop.ui.widgets.record_panel import RecorderSource
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker
from coprod_desktop.ui.widgets.words_editor import WordsEditor

TITLES_CONTEXT = "SayGroupTopics"

# The default agenda's English titles, marked here so lupdate lists them for translators. The service
# cannot import Qt, so it keeps the plain English and the screens translate it.
AGENDA_TITLES = (
    QT_TRANSLATE_NOOP("SayGroupTopics", "Food"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Activities"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "The ward"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Staff"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Rules"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Going out"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Health"),
    QT_TRANSLATE_NOOP("SayGroupTopics", "Anything else"),
)
_DEFAULT_PAIRS = frozenset(DEFAULT_AGENDA)


def say_topic_title(title: str, symbol_id: str | None, language: str, catalogue: SymbolCatalogue) -> str:
    """What to show for a SAY group topic. A default agenda topic (its English title with the symbol
    it came with) is shown translated; anything staff typed is shown as typed."""
    if (title, symbol_id) not in _DEFAULT_PAIRS:
        return title
    translated = QCoreApplication.translate(TITLES_CONTEXT, title)
    if translated != title or language == "en" or symbol_id is None:
        return translated
    # No translation file entry yet: the symbol's own label in the language is the next best.
    return catalogue.label(symbol_id, language) or title


def topic_title(context: UiContext, topic: GroupTopicInfo) -> str:
    return say_topic_title(topic.title, topic.symbol_id, context.languages.current, context.catalogue)


class SayViewPanel(QWidget):
    changed = Signal(object)
    """Emits the saved ViewInfo after each change."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        topic: GroupTopicInfo,
        recorder: RecorderSource = None,
        parent: QWidget | None = None,
        *,
        show_question: bool = True,
    ) -> None:
        """`show_question` False leaves `question` out of the panel for the screen to place in its
        heading, where it takes no height of its own."""
        super().__init__(parent)
        self._context = context
        self._staff_name = StaffNames(context.services.people)
        self._person = person
        self._alongside = alongside
        self._topic = topic
        self._recorder = recorder
        self._service = context.services.say_groups
        self._view: ViewInfo | None = None
        self._closed = False
        painter, speaker = context.painter, context.speaker

        self.question = title_label(self, role="subtitle")
        self.rating = RatingScale(painter, speaker, self)
        self.rating.setMaximumHeight(180)  # room for the 96 px faces and their words
        self.rating.rated.connect(self._rate)

        self.add_words = SymbolButton(painter, speaker, "words", symbol_size=48)
        self.add_symbol = SymbolButton(painter, speaker, "symbol-choose", symbol_size=48)
        self.record = SymbolButton(painter, speaker, "microphone", symbol_size=48)
        # The person's yes or no to their words being read at the recovery council, without their name:
        # a question with two big answers, never a toggle that names its own state.
        self.council = CouncilQuestion(painter, speaker, self)
        self.council.setObjectName("council-may-quote")
        self.council.answered.connect(self._council_choice)
        # Two columns, so all three fit beside what was said on a short ward screen.
        adds = QGridLayout()
        adds.setSpacing(12)
        for index, button in enumerate((self.add_words, self.add_symbol, self.record)):
            button.setMinimumSize(150, 92)
            button.setMaximumSize(220, 110)
            adds.addWidget(button, index // 2, index % 2)
        adds.setRowStretch(2, 1)
        self.add_words.clicked.connect(self.start_words)
        self.add_symbol.clicked.connect(self.start_symbols)
        self.record.clicked.connect(self.start_recording)

        self.message = MessageLine(self)
        self.message.hide()
        self.confirm = ConfirmPanel(painter, speaker, self)

        # What I have said so far: my words and the symbols I chose (press one to take it away).
        said = QWidget()
        said_layout = QVBoxLayout(said)
        said_layout.setContentsMargins(0, 0, 0, 0)
        self.words_shown = title_label(said, role="body")
        self.whose_shown = title_label(said, role="subtitle")
        self.symbols_shown = FlowGrid(painter, speaker, cell_width=150, cell_height=140)
        self.symbols_shown.setMinimumHeight(150)
        self.empty = title_label(said, role="body")
        said_layout.addWidget(self.whose_shown)
        said_layout.addWidget(self.words_shown)
        said_layout.addWidget(self.symbols_shown, 1)
        said_layout.addWidget(self.empty)
        said_layout.addStretch(0)
        # Words, symbols and my voice are added on pages of their own; the bar's Back comes back here.
        self.pages = PiecesEditor(context, said, recorder=recorder, parent=self)
        self.pages.words_changed.connect(self._save_words)
        self.pages.symbol_chosen.connect(self.add_symbol_id)
        self.pages.recorded.connect(self._recorded)
        self.pages.closed.connect(self._show_said)
        self.words_editor = self.pages.words_editor

        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(adds, 0)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if show_question:
            layout.addWidget(self.question)
        layout.addWidget(self.rating)
        layout.addWidget(self.message)
        layout.addWidget(self.confirm)
        layout.addLayout(body, 1)
        layout.addWidget(self.council)
        self.retranslate()
        self._show_said()

    # --- the view -------------------------------------------------------------------------------
    @property
    def view(self) -> ViewInfo | None:
        """None until the first change: opening and leaving adds nothing."""
        return self._view

    @property
    def closed(self) -> bool:
        """True once the group has ended: nothing more can be saved here."""
        return self._closed

    def _whose(self) -> tuple[WhoseWords, uuid.UUID | None]:
        staff = self._alongside.staff
        if staff is None:
            return WhoseWords.MINE, None
        return WhoseWords.STAFF_TYPED, staff.id

    def _ensure_view(self, whose: WhoseWords | None = None) -> ViewInfo | None:
        if self._view is not None:
            return self._view
        if self._closed:
            return None
        chosen, writer = self._whose()
        if whose is not None:
            chosen = whose
            writer = None if whose is WhoseWords.MINE else writer
        try:
            self._view = self._service.start_view(
                self._topic.id, self._person.id, whose=chosen, written_by_id=writer
            )
        except SayGroupProblem:
            self._cannot_save()
            return None
        return self._view

    def _update(self, whose: WhoseWords | None = None, **changes: object) -> bool:
        """Saves one change; False (and a kind message) if it could not be saved. `whose` is used
        only if this change starts the view."""
        view = self._ensure_view(whose)
        if view is None:
            return False
        try:
            self._view = self._service.update_view(view.id, **changes)  # type: ignore[arg-type]
        except SayGroupProblem:
            self._cannot_save()
            return False
        except InvalidText:
            return False
        self.changed.emit(self._view)
        return True

    def _cannot_save(self) -> None:
        self._closed = True
        if not self.group_is_open():
            text = self.tr("The SAY group has finished. Thank you. Your views can go to the next one.")
        else:
            text = self.tr("This could not be saved. Please ask staff for help.")
        self.say_message(text)
        for widget in (
            self.rating,
            self.add_words,
            self.add_symbol,
            self.record,
            self.words_editor,
            self.council,
        ):
            widget.setEnabled(False)

    def group_is_open(self) -> bool:
        """Whether this topic still belongs to the ward's open group."""
        ward_id = self._person.ward_id
        group = self._service.open_group(ward_id) if ward_id is not None else None
        return group is not None and any(t.id == self._topic.id for t in group.topics)

    def remove_if_empty(self) -> None:
        """A view started then emptied again (words typed and rubbed out) is not kept."""
        if self._view is not None and self._view.is_empty and not self._closed:
            try:
                self._service.remove_view(self._view.id)
            except SayGroupProblem:
                return
            self._view = None

    # --- rating -----------------------------------------------------------------------------------
    def _rate(self, value: str) -> None:
        if self._update(rating=Rating(value)):
            self._show_said()

    # --- words ------------------------------------------------------------------------------------
    def start_words(self) -> WordsEditor:
        staff = self._alongside.staff is not None
        view = self._view
        # Whose words is fixed once there are words; before that it can still be chosen.
        fixed = view.whose if view is not None and view.words else None
        self.words_editor.start(staff, (view.words or "") if view else "", fixed)
        # A SAY group view is the person's own view: a staff note has no place in it.
        self.words_editor.whose.buttons[2].hide()
        self.pages.setCurrentWidget(self.words_editor)
        return self.words_editor

    def _save_words(self, text: str) -> None:
        if self._view is None and not text.strip():
            return
        whose = self.words_editor.whose_words
        view = self._view
        if view is not None and not view.words and view.whose is not whose and not self._restart_view(whose):
            return
        if self._update(whose, words=text, words_language=self._context.languages.current):
            self.words_editor.lock_whose()

    def _restart_view(self, whose: WhoseWords) -> bool:
        """The view was started (by a face or a symbol) as one person's words, and the first words
        turn out to be someone else's: it starts again marked right, keeping what was chosen, so
        whose words they are is never blurred."""
        old = self._view
        if old is None:
            return True
        staff = self._alongside.staff
        writer = staff.id if staff is not None and whose is not WhoseWords.MINE else None
        try:
            new = self._service.start_view(self._topic.id, self._person.id, whose=whose, written_by_id=writer)
            self._view = self._service.update_view(
                new.id,
                rating=old.rating,
                symbols=old.symbols,
                recording_file=old.recording_file,
                council_may_quote=old.council_may_quote,
            )
            self._service.remove_view(old.id)
        except SayGroupProblem:
            self._cannot_save()
            return False
        return True

    # --- the recovery council -----------------------------------------------------------------------
    def _council_choice(self, yes: bool) -> None:
        if not self._update(council_may_quote=yes):
            self.council.set_answer(False)  # not saved: the answer stays No
        self._context.speaker.say(self.council.spoken_summary())

    # --- symbols ----------------------------------------------------------------------------------
    def start_symbols(self) -> SymbolPicker:
        return self.pages.start_symbols()

    def back_a_step(self) -> bool:
        """From adding words, symbols or my voice back to what I have said (all saved)."""
        return self.pages.back_a_step()

    def add_symbol_id(self, symbol_id: str) -> None:
        symbols = self._view.symbols if self._view else ()
        self._update(symbols=(*symbols, symbol_id))

    def _ask_remove_symbol(self, symbol_id: str) -> None:
        question = self.tr("Take this symbol away?")
        self._context.speaker.say(question)
        self.confirm.ask(question, lambda: self._remove_symbol(symbol_id))

    def _remove_symbol(self, symbol_id: str) -> None:
        symbols = tuple(s for s in (self._view.symbols if self._view else ()) if s != symbol_id)
        if self._update(symbols=symbols):
            self._show_said()

    # --- my voice ---------------------------------------------------------------------------------
    def start_recording(self) -> QWidget:
        """The recorder; with no microphone its Record button is hidden and a note says why."""
        latest = self._view.recording_file if self._view is not None else None
        return self.pages.start_recording(latest)

    def _recorded(self, file_name: str) -> None:
        # The panel itself says the recording is saved.
        self._update(recording_file=file_name)

    # --- showing what was said ----------------------------------------------------------------------
    def show_said(self) -> None:
        self.pages.show_own_page()
        self._show_said()

    def _show_said(self) -> None:
        view = self._view
        self.rating.set_value(view.rating if view else None)
        words = view.words if view else None
        self.words_shown.setText(words or "")
        self.words_shown.setVisible(bool(words))
        if words and view is not None and view.whose is not None:
            label = whose_words(view.whose, self._person.called, self._staff_name(view.written_by_id))
        else:
            label = ""
        self.whose_shown.setText(label)
        self.whose_shown.setVisible(bool(label))
        painter, speaker = self._context.painter, self._context.speaker
        language = self._context.languages.current
        buttons: list[QWidget] = []
        for symbol_id in view.symbols if view else ():
            label_words = self._context.catalogue.label(symbol_id, language)
            button = SymbolButton(painter, speaker, symbol_id, label_words, symbol_size=56, max_lines=2)
            button.clicked.connect(lambda _c=False, s=symbol_id: self._ask_remove_symbol(s))
            buttons.append(button)
        for old in self.symbols_shown.items():
            old.hide()
        self.symbols_shown.set_items(buttons)
        for item in buttons:
            item.show()  # at once, not on the next turn of the event loop
        self.symbols_shown.setVisible(bool(buttons))
        self.empty.setVisible(view is None or view.is_empty)

    def symbol_buttons(self) -> list[SymbolButton]:
        return [b for b in self.symbols_shown.items() if isinstance(b, SymbolButton)]

    def say_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._context.speaker.say(text)

    def spoken_summary(self) -> str:
        view = self._view
        parts = [self.question.text()]
        if view is not None and view.rating is not None:
            parts.append(self.tr("I feel: {rating}").format(rating=rating_words(view.rating)))
        if view is not None and view.words:
            parts.append(view.words)
        if view is not None and view.symbols:
            language = self._context.languages.current
            parts.extend(self._context.catalogue.label(s, language) for s in view.symbols)
        if self.message.isVisible():
            parts.append(self.message.text())
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self.question.setText(self.tr("How do you feel about it?"))
        self.add_words.set_words(self.tr("Words"), self.tr("Add words"))
        self.add_symbol.set_words(self.tr("Symbol"), self.tr("Add a symbol"))
        self.record.set_words(self.tr("My voice"), self.tr("Record my voice"))
        self.council.set_answer(self._view is not None and self._view.council_may_quote)
        self.empty.setText(self.tr("Choose a face. Then add words, a symbol or your voice if you want."))
        self.confirm.retranslate()
