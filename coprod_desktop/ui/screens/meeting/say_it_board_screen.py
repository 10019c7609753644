"""Help me say it: big buttons that speak for the person in a meeting.

People told us meetings are noisy and formal, that they do not always understand, do not know
when to speak, and feel put on the spot. One press says "I don't understand" or "I need a break"
for them, or shows it to the whole room in huge type. Their own phrases sit beside the common ones.

Using a phrase is speech, not a record: nothing is stored or logged when a phrase is used. Only
adding or removing one of the person's own phrases changes the store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.phrases import Phrase
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.word_size import BigWordsWatch
from coprod_desktop.ui.screens.meeting.add_phrase_panel import OWN_PHRASE_SYMBOL, AddPhrasePanel
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.room_words import RoomWords
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

CELL_WIDTH = 290
"""Wide enough for "understand" on one line in the largest text size."""
MODE_HEIGHT = 170
"""Room for a symbol and two lines of words in the largest text size."""


class SayItBoardScreen(Screen):
    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._phrases = context.services.phrases
        self._own: list[Phrase] | None = None
        self.phrase_buttons: list[SymbolButton] = []
        self.remove_buttons: dict[str, SymbolButton] = {}
        ctx = context

        self._title = title_label(self)
        self.hint = plain_label(self)
        self.message = MessageLine(self)
        self.message.hide()
        words = QVBoxLayout()
        words.setSpacing(8)
        words.addWidget(self._title)
        words.addWidget(self.hint)
        words.addStretch(1)
        self.show_toggle = ChoiceTile(ctx.painter, ctx.speaker, "show-room", pick_one=False, symbol_size=48)
        self.add_choice = SymbolButton(ctx.painter, ctx.speaker, "add", symbol_size=48)
        self.change_toggle = ChoiceTile(ctx.painter, ctx.speaker, "change", pick_one=False, symbol_size=48)
        self._mode_bar = QWidget(self)
        modes = QHBoxLayout(self._mode_bar)
        modes.setContentsMargins(0, 0, 0, 0)
        modes.setSpacing(16)
        for choice in (self.show_toggle, self.add_choice, self.change_toggle):
            choice.setFixedSize(250, MODE_HEIGHT)
            modes.addWidget(choice)
        self.show_toggle.toggled.connect(self._show_mode_changed)
        self.change_toggle.toggled.connect(self._change_mode_changed)
        self.add_choice.clicked.connect(self.open_add)
        header = self._header = QHBoxLayout()
        header.setSpacing(16)
        header.addLayout(words, 1)
        header.addWidget(self._mode_bar)
        # Big words: the title and hint over the three ways, with the screen's whole width.
        self._big_words = BigWordsWatch(self, self._arrange_header)

        # The board: the common phrases, then the person's own. Arrow keys move between them.
        self.board = FlowGrid(context.painter, context.speaker, cell_width=CELL_WIDTH, cell_height=180)
        self._arrows = QButtonGroup(self)
        self._arrows.setExclusive(False)

        # Change my phrases: each own phrase with its own Remove.
        self.change_area = QWidget(self)
        self.confirm = ConfirmPanel(ctx.painter, ctx.speaker, self.change_area)
        self.confirm.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.confirm.yes.clicked.connect(self._question_answered)
        self.confirm.no.clicked.connect(self._question_answered)
        self.no_own = plain_label(self.change_area)
        self.own_list = FlowGrid(context.painter, context.speaker, cell_width=CELL_WIDTH, cell_height=340)
        change_layout = QVBoxLayout(self.change_area)
        change_layout.setContentsMargins(0, 0, 0, 0)
        change_layout.setSpacing(12)
        change_layout.addWidget(self.confirm)
        change_layout.addWidget(self.no_own)
        change_layout.addWidget(self.own_list, 1)
        change_layout.addStretch(0)
        self.change_area.hide()

        # Add my own phrase (add_phrase_panel.py); its parts are kept here by name, as tests use them.
        self.add_panel = AddPhrasePanel(context, person, self._tell)
        self.add_panel.saved.connect(self._phrase_saved)
        self.add_panel.closed.connect(self._add_closed)
        self.add_panel.step_changed.connect(self._show_hint)
        self.add_panel.hide()
        panel = self.add_panel
        self.words_edit, self.picture_choice, self.picker = (
            panel.words_edit,
            panel.picture_choice,
            panel.picker,
        )
        self.save_button, self.cancel_button = panel.save_button, panel.cancel_button
        self.pictures_page = panel.pictures_page

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.board, 1)
        layout.addWidget(self.change_area, 1)
        layout.addWidget(self.add_panel, 1)

        self.room = RoomWords(ctx.painter, ctx.speaker, self)
        # The words may sit on the main window rather than on this screen: they go when it goes.
        self.destroyed.connect(self.room.deleteLater)
        self.retranslate()
        if self.add_panel.has_draft():
            self.open_add()  # a phrase half written before the app closed comes back as it was

    def _arrange_header(self, big: bool) -> None:
        self._header.setDirection(
            QBoxLayout.Direction.TopToBottom if big else QBoxLayout.Direction.LeftToRight
        )

    # Screen

    @property
    def person(self) -> PersonInfo:
        return self._person

    def title(self) -> str:
        return self.tr("Help me say it")

    def spoken_summary(self) -> str:
        if self.add_panel.isVisible():
            return join_sentences(self.title(), self.hint.text())
        return join_sentences(self.title(), self.hint.text(), *(b.spoken for b in self.phrase_buttons))

    def on_shown(self) -> None:
        if self._phrases.for_person(self._person.id) != self._own:
            self._fill()

    def hideEvent(self, event: object) -> None:
        self.room.close_words()
        super().hideEvent(event)  # type: ignore[arg-type]

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.show_toggle.set_words(self.tr("Show the room"), self._show_spoken())
        self.add_choice.set_words(self.tr("Add my own phrase"))
        self.change_toggle.set_words(self.tr("Change my phrases"), self._change_spoken())
        self.add_panel.retranslate()
        self.no_own.setText(self.tr("You have no phrases of your own yet."))
        self.confirm.retranslate()
        self.room.retranslate()
        self._show_hint()
        self._fill()

    def common_phrases(self) -> list[tuple[str, str]]:
        """(symbol id, words) of the phrases everyone has, in the order they show."""
        return [
            ("want-to-say", self.tr("I want to say something")),
            ("dont-understand", self.tr("I don't understand")),
            ("say-again", self.tr("Please say that again")),
            ("slower", self.tr("Please slow down")),
            ("need-break", self.tr("I need a break")),
            ("yes", self.tr("Yes")),
            ("no", self.tr("No")),
            ("dont-know", self.tr("I don't know")),
            ("agree", self.tr("I agree")),
            ("disagree", self.tr("I don't agree")),
        ]

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # Modes

    def _show_spoken(self) -> str:
        if self.show_toggle.isChecked():
            return self.tr("Show the room is on")
        return self.tr("Show the room is off")

    def _change_spoken(self) -> str:
        if self.change_toggle.isChecked():
            return self.tr("Change my phrases is on")
        return self.tr("Change my phrases is off")

    def _show_mode_changed(self, on: bool) -> None:
        # Runs before the button speaks, so it says the new state.
        self.show_toggle.set_words(self.show_toggle.words, self._show_spoken())
        if on and self.change_toggle.isChecked():
            self.change_toggle.setChecked(False)
        self._show_hint()

    def _change_mode_changed(self, on: bool) -> None:
        self.change_toggle.set_words(self.change_toggle.words, self._change_spoken())
        if on and self.show_toggle.isChecked():
            self.show_toggle.setChecked(False)
        self.confirm.close_question()
        self._question_answered()
        self._tell("")
        self.board.setVisible(not on)
        self.change_area.setVisible(on)
        self._show_hint()

    def _show_hint(self) -> None:
        if self.add_panel.on_pictures and self.add_panel.isVisibleTo(self):
            hint = self.tr("Press a picture to choose it.")
        elif self.add_panel.isVisibleTo(self):
            hint = self.tr("Type your words. Then press Save.")
        elif self.change_toggle.isChecked():
            hint = self.tr("Press Remove to take a phrase off your board.")
        elif self.show_toggle.isChecked():
            hint = self.tr("Press a phrase. It shows big for the room to see.")
        else:
            hint = self.tr("Press a phrase. The computer says it for you.")
        self.hint.setText(hint)

    # The board

    def _fill(self) -> None:
        self._own = self._phrases.for_person(self._person.id)
        for button in self.phrase_buttons:
            self._arrows.removeButton(button)
            button.hide()
        self.phrase_buttons = []
        for symbol_id, words in self.common_phrases():
            self.phrase_buttons.append(self._phrase_button(symbol_id, words, None))
        for phrase in self._own:
            self.phrase_buttons.append(self._phrase_button(self._symbol_for(phrase), phrase.words, phrase))
        for button in self.phrase_buttons:
            self._arrows.addButton(button)
        self.board.set_items(list(self.phrase_buttons))
        for button in self.phrase_buttons:
            button.show()  # at once, so a new phrase can take focus straight after saving
        self._fill_change_list()

    def _symbol_for(self, phrase: Phrase) -> str:
        symbol = phrase.symbol_id
        return symbol if symbol and symbol in self._context.catalogue else OWN_PHRASE_SYMBOL

    def _phrase_button(self, symbol_id: str, words: str, phrase: Phrase | None) -> SymbolButton:
        ctx = self._context
        button = SymbolButton(ctx.painter, ctx.speaker, symbol_id, words, symbol_size=72, max_lines=3)
        # Pressing uses the phrase (a recording, the room); moving onto it by switch still says it.
        button.clicked.disconnect(button.speak)
        button.clicked.connect(lambda _checked=False, b=button, p=phrase: self.use(b, p))
        return button

    def button_for(self, words: str) -> SymbolButton:
        return next(b for b in self.phrase_buttons if b.spoken == words)

    def use(self, button: SymbolButton, phrase: Phrase | None) -> None:
        """Says the phrase (their own recording if there is one), and shows it big in Show mode."""
        if self.show_toggle.isChecked():
            self.room.show_words(button.spoken, self)
        recording = self._recording(phrase)
        play_file: Callable[[Path], bool] | None = getattr(self._context.speaker, "play_file", None)
        if recording is not None and callable(play_file) and play_file(recording):
            return
        # No recording, or it will not play here: the words are still said.
        self._context.speaker.say(button.spoken)

    def _recording(self, phrase: Phrase | None) -> Path | None:
        if phrase is None or not phrase.recording_file:
            return None
        name = phrase.recording_file
        # Only a plain file name inside the recordings folder is ever played.
        if Path(name).name != name or name in (".", ".."):
            return None
        path = self._context.paths.recordings / name
        return path if path.is_file() else None

    # Change my phrases

    def _fill_change_list(self) -> None:
        ctx = self._context
        for old in self.own_list.items():
            old.hide()
        self.remove_buttons = {}
        cards: list[QWidget] = []
        for phrase in self._own or []:
            card = QFrame()
            card.setProperty("role", "card")
            words = SymbolButton(
                ctx.painter, ctx.speaker, self._symbol_for(phrase), phrase.words, symbol_size=56, max_lines=3
            )
            remove = SymbolButton(ctx.painter, ctx.speaker, "remove", symbol_size=40, max_lines=1)
            remove.set_words(self.tr("Remove"), self.tr("Remove: {words}").format(words=phrase.words))
            remove.setProperty("role", "danger")
            remove.setFixedHeight(100)
            remove.clicked.connect(lambda _checked=False, p=phrase: self.ask_remove(p))
            self.remove_buttons[phrase.words] = remove
            column = QVBoxLayout(card)
            column.setContentsMargins(8, 8, 8, 8)
            column.setSpacing(10)
            column.addWidget(words, 1)
            column.addWidget(remove)
            cards.append(card)
        self.own_list.set_items(cards)
        for card in cards:
            card.show()
        self.no_own.setVisible(not cards and not self.confirm.isVisibleTo(self.change_area))

    def ask_remove(self, phrase: Phrase) -> None:
        """Only the question and its big Yes and No show while it is asked."""
        question = self.tr("Take this phrase off your board? {words}").format(words=phrase.words)
        self.own_list.hide()
        self.no_own.hide()
        self.confirm.ask(question, lambda: self._remove(phrase))
        self._context.speaker.say(question)

    def _question_answered(self) -> None:
        self.own_list.show()
        self.no_own.setVisible(not self.remove_buttons)

    def _remove(self, phrase: Phrase) -> None:
        self._phrases.remove(phrase.id)
        self._fill()
        self._tell(self.tr("Done. That phrase is off your board."))

    # Add my own phrase

    def back_a_step(self) -> bool:
        """The bar's Back: from the pictures to the words, from the words to the board (the half
        written phrase stays a draft, so nothing is lost); then it leaves."""
        return self.add_panel.isVisible() and self.add_panel.back_a_step()

    def open_add(self) -> None:
        self.change_toggle.setChecked(False)
        self._tell("")
        self._mode_bar.hide()
        self.board.hide()
        self.add_panel.open()
        self._show_hint()

    def _add_closed(self) -> None:
        self._mode_bar.show()
        self.board.show()
        self._show_hint()
        self.add_choice.setFocus(Qt.FocusReason.OtherFocusReason)

    def _phrase_saved(self, phrase: Phrase) -> None:
        self._fill()
        self._tell(self.tr("Saved. Your phrase is on your board."))
        new = next((b for b in reversed(self.phrase_buttons) if b.spoken == phrase.words), None)
        if new is not None:
            new.setFocus(Qt.FocusReason.OtherFocusReason)
            self.board.show_page_of(new)
