"""Add my own phrase, on Help me say it: two steps, one thing at a time: the words (with Save), then,
if wanted, a picture. What is typed is kept as a draft as it is typed, so closing the app loses
nothing; saved or cancelled, the draft goes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coprod_desktop.services.phrases import PHRASE_MAX, Phrase
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker

DRAFT_KEY = "new-phrase"
OWN_PHRASE_SYMBOL = "topic-anything-else"
"""A speech bubble, for an own phrase saved without a picture (or with one no longer in the catalogue)."""
WORDS_POINTS = 30
FIELD_HEIGHT = 88
BUTTON_HEIGHT = 170
"""Room for a symbol and two lines of words in the largest text size."""


class AddPhrasePanel(QWidget):
    saved = Signal(object)
    """The new Phrase, saved to the person's board."""
    closed = Signal()
    """Back to the board: saved, cancelled, or the bar's Back from the words."""
    step_changed = Signal()
    """The words or the pictures came to the front (the screen's hint follows)."""

    def __init__(self, context: UiContext, person: PersonInfo, tell: Callable[[str], None]) -> None:
        super().__init__()
        self._context = context
        self._person = person
        self._tell = tell
        self._restoring = False
        self.chosen_symbol: str | None = None
        painter, speaker = context.painter, context.speaker

        self.words_page = QWidget(self)
        self.words_label = QLabel(self.words_page)
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words_edit = QLineEdit(self.words_page)
        self.words_edit.setMinimumHeight(FIELD_HEIGHT)
        self.words_edit.setStyleSheet(f"QLineEdit {{ font-size: {WORDS_POINTS}pt; }}")
        self.words_edit.textChanged.connect(self._keep_to_limit)
        self.words_edit.textChanged.connect(self._keep_draft)
        self.words_edit.returnPressed.connect(self.save_new)
        self.words_label.setBuddy(self.words_edit)
        self.picture_choice = SymbolButton(painter, speaker, OWN_PHRASE_SYMBOL, symbol_size=56)
        self.save_button = SymbolButton(painter, speaker, "done", symbol_size=56, max_lines=1)
        self.cancel_button = SymbolButton(painter, speaker, "close", symbol_size=56, max_lines=1)
        self.picture_choice.setFixedSize(250, BUTTON_HEIGHT)
        for button in (self.save_button, self.cancel_button):
            button.setFixedSize(200, BUTTON_HEIGHT)
        self.save_button.setProperty("role", "primary")
        self.picture_choice.clicked.connect(self.open_pictures)
        self.save_button.clicked.connect(self.save_new)
        self.cancel_button.clicked.connect(self.cancel)
        actions = QHBoxLayout()
        actions.setSpacing(24)
        for button in (self.save_button, self.picture_choice, self.cancel_button):
            actions.addWidget(button)
        actions.addStretch(1)
        words_layout = QVBoxLayout(self.words_page)
        words_layout.setContentsMargins(0, 0, 0, 0)
        words_layout.setSpacing(12)
        words_layout.addWidget(self.words_label)
        words_layout.addWidget(self.words_edit)
        words_layout.addLayout(actions)
        words_layout.addStretch(1)

        self.pictures_page = QWidget(self)
        self.picker = SymbolPicker(context.catalogue, painter, speaker, lambda: context.languages.current)
        self.picker.chosen.connect(self.choose_symbol)
        pictures_layout = QVBoxLayout(self.pictures_page)
        pictures_layout.setContentsMargins(0, 0, 0, 0)
        pictures_layout.addWidget(self.picker, 1)
        self.pictures_page.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.words_page, 1)
        layout.addWidget(self.pictures_page, 1)

    @property
    def on_pictures(self) -> bool:
        return self.pictures_page.isVisibleTo(self)

    def has_draft(self) -> bool:
        return bool(self._context.services.drafts.get(self._person.id, DRAFT_KEY))

    def open(self) -> None:
        """The words first, as they were left (a draft from before a restart comes back)."""
        draft = self._context.services.drafts.get(self._person.id, DRAFT_KEY) or {}
        words, symbol = draft.get("words"), draft.get("symbol")
        self._restoring = True
        self.words_edit.setText(words if isinstance(words, str) else "")
        self._restoring = False
        in_catalogue = isinstance(symbol, str) and symbol in self._context.catalogue
        self.chosen_symbol = symbol if in_catalogue else None
        self._show_picture()
        self.picker.search.clear()
        self.pictures_page.hide()
        self.words_page.show()
        self.show()
        self.words_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def back_a_step(self) -> bool:
        """From the pictures to the words, from the words to the board (the half written phrase
        stays a draft, so nothing is lost)."""
        if self.on_pictures:
            self.close_pictures()
        else:
            self.leave()
        return True

    def leave(self) -> bool:
        self.hide()
        self.closed.emit()
        return True

    def cancel(self) -> None:
        self._context.services.drafts.clear(self._person.id, DRAFT_KEY)
        self.leave()

    def _keep_draft(self, _text: str = "") -> None:
        if self._restoring:
            return
        words = self.words_edit.text()
        data = {"words": words, "symbol": self.chosen_symbol} if words or self.chosen_symbol else {}
        self._context.services.drafts.save(self._person.id, DRAFT_KEY, data)

    def open_pictures(self) -> None:
        self.words_page.hide()
        self.pictures_page.show()
        self.step_changed.emit()
        self.picker.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_pictures(self) -> None:
        self.pictures_page.hide()
        self.words_page.show()
        self.step_changed.emit()
        self.picture_choice.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_symbol(self, symbol_id: str) -> None:
        """A picture chosen with no words typed gives the phrase its words: a person who cannot type
        makes a phrase from a picture alone (they can change the words later, or staff can)."""
        self.chosen_symbol = symbol_id
        if not self.words_edit.text().strip():
            context = self._context
            self.words_edit.setText(
                context.catalogue.label(symbol_id, context.languages.current)[:PHRASE_MAX]
            )
        self._keep_draft()
        self._show_picture()
        self.close_pictures()
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_picture(self) -> None:
        context = self._context
        self.picture_choice.set_symbol(self.chosen_symbol or OWN_PHRASE_SYMBOL)
        if self.chosen_symbol is None:
            self.picture_choice.set_words(self.tr("Choose a picture"))
        else:
            label = context.catalogue.label(self.chosen_symbol, context.languages.current)
            self.picture_choice.set_words(
                self.tr("Change the picture"), self.tr("Your picture: {name}").format(name=label)
            )

    def _keep_to_limit(self, text: str) -> None:
        if len(text) > PHRASE_MAX:
            # Cut by whole characters, so an emoji is never split in half.
            self.words_edit.setText(text[:PHRASE_MAX])
            too_long = self.tr("That is a lot of words. Only the first {count} letters fit.")
            self._tell(too_long.format(count=PHRASE_MAX))

    def save_new(self) -> Phrase | None:
        try:
            phrase = self._context.services.phrases.add(
                self._person.id, self.words_edit.text(), self.chosen_symbol
            )
        except InvalidText:
            words = self.tr("Choose a picture or type your words first. Then press Save.")
            self._tell(words)
            self._context.speaker.say(words)
            self.words_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        self._context.services.drafts.clear(self._person.id, DRAFT_KEY)
        self.leave()
        self.saved.emit(phrase)
        return phrase

    def retranslate(self) -> None:
        self.words_label.setText(self.tr("My words"))
        self.words_edit.setAccessibleName(self.words_label.text())
        self.save_button.set_words(self.tr("Save"), self.tr("Save my phrase"))
        self.cancel_button.set_words(self.tr("Cancel"), self.tr("Cancel. Do not save"))
        self._show_picture()
