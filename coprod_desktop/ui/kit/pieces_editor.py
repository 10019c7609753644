"""Where a patient adds what they want to say: words, symbols, a sentence of symbols, a picture or
their own voice.

One widget for a meeting topic, a recovery council point and a SAY group view, so each works and
reads the same way. It holds the owner's own page (what has been said so far) and, made the first
time each is wanted, the words box, the symbol picker, the picture chooser and the recorder. It has
no Back of its own: the bar's Back asks the screen, the screen asks `back_a_step()`, and the owner's
page comes back (so a screen never shows two controls called "Back").
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from coprod_desktop.store.kinds import WhoseWords
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.symbol_sentence import SymbolSentence
from coprod_desktop.ui.widgets.picture_chooser import PictureChooser
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker
from coprod_desktop.ui.widgets.words_editor import MAX_CHARACTERS, WordsEditor


class PiecesEditor(QStackedWidget):
    words_changed = Signal(str)
    """Every change to the words, so the owner saves at once (killing the app loses nothing)."""
    symbol_chosen = Signal(str)
    picture_chosen = Signal(object)
    """A `Path` to a picture file the person chose; the owner imports it."""
    recorded = Signal(str)
    """The file name of a new recording in the recordings folder."""
    sentence_changed = Signal(list)
    """The symbol sentence's ids after every change (the owner saves at once)."""
    closed = Signal()
    """Back on the owner's page: the owner shows what was just added."""

    def __init__(
        self,
        context: UiContext,
        own_page: QWidget,
        recorder: object | None = None,
        picture_folders: Callable[[], list[Path]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._recorder = recorder
        self._picture_folders = picture_folders
        self.addWidget(own_page)
        self._words: WordsEditor | None = None
        self._symbols: SymbolPicker | None = None
        self._pictures: PictureChooser | None = None
        self._record: QWidget | None = None
        self._sentence: SymbolSentence | None = None
        self._picking_for_sentence = False

    # --- the pages, each made when first wanted -------------------------------------------------
    @property
    def on_own_page(self) -> bool:
        return self.currentIndex() == 0

    @property
    def has_words_editor(self) -> bool:
        return self._words is not None

    @property
    def words_editor(self) -> WordsEditor:
        if self._words is None:
            editor = WordsEditor(self._context.painter, self._context.speaker)
            editor.text_changed.connect(self.words_changed)
            editor.finished.connect(self.show_own_page)
            self.addWidget(editor)
            self._words = editor
        return self._words

    def start_words(
        self,
        staff_with_me: bool,
        text: str = "",
        whose: WhoseWords | None = None,
        note: bool = True,
        limit: int | None = None,
    ) -> WordsEditor:
        editor = self.words_editor
        editor.start(staff_with_me, text, whose, note, limit or MAX_CHARACTERS)
        self.setCurrentWidget(editor)
        return editor

    @property
    def symbol_picker(self) -> SymbolPicker | None:
        return self._symbols

    def start_symbols(self) -> SymbolPicker:
        if self._symbols is None:
            context = self._context
            picker = SymbolPicker(
                context.catalogue, context.painter, context.speaker, lambda: context.languages.current
            )
            picker.chosen.connect(self._symbol_chosen)
            self.addWidget(picker)
            self._symbols = picker
        self.setCurrentWidget(self._symbols)
        self._symbols.search.setFocus(Qt.FocusReason.OtherFocusReason)
        return self._symbols

    def _symbol_chosen(self, symbol_id: str) -> None:
        if self._picking_for_sentence and self._sentence is not None:
            self._picking_for_sentence = False
            self.setCurrentWidget(self._sentence)
            self._sentence.add(symbol_id)
            return
        self.symbol_chosen.emit(symbol_id)
        self.show_own_page()

    @property
    def sentence(self) -> SymbolSentence | None:
        return self._sentence

    def start_sentence(self, symbols: list[str], about: list[str] | None = None) -> SymbolSentence:
        """Say it with symbols: the core words, the pictures of what it is about, and any picture."""
        if self._sentence is None:
            sentence = SymbolSentence(self._context)
            sentence.changed.connect(self.sentence_changed)
            sentence.finished.connect(self.show_own_page)
            sentence.more_pictures.connect(self._pick_for_sentence)
            self.addWidget(sentence)
            self._sentence = sentence
        self._sentence.start(symbols, about or [])
        self._picking_for_sentence = False
        self.setCurrentWidget(self._sentence)
        return self._sentence

    def _pick_for_sentence(self) -> None:
        self.start_symbols()
        self._picking_for_sentence = True

    @property
    def picture_chooser(self) -> PictureChooser | None:
        return self._pictures

    def start_picture(self) -> PictureChooser:
        if self._pictures is None:
            folders = self._picture_folders or (lambda: [])
            chooser = PictureChooser(self._context.painter, self._context.speaker, folders)
            chooser.chosen.connect(self._picture_chosen)
            self.addWidget(chooser)
            self._pictures = chooser
        self._pictures.look_again()
        self.setCurrentWidget(self._pictures)
        return self._pictures

    def _picture_chosen(self, path: Path) -> None:
        self.show_own_page()
        self.picture_chosen.emit(path)

    @property
    def record_panel(self) -> QWidget | None:
        return self._record

    def start_recording(self, latest: str | None = None) -> QWidget:
        """The recorder; with no microphone its Record button is hidden and a note says why."""
        if self._record is None:
            from coprod_desktop.ui.widgets.record_panel import RecordPanel

            context = self._context
            panel = RecordPanel(context.painter, context.speaker, self._recorder, context.paths.recordings)
            panel.recorded.connect(self.recorded)
            if latest:
                panel.set_latest(latest)
            self.addWidget(panel)
            self._record = panel
        self.setCurrentWidget(self._record)
        return self._record

    # --- going back -------------------------------------------------------------------------------
    def show_own_page(self) -> None:
        self._picking_for_sentence = False
        if self.on_own_page:
            return
        self.setCurrentIndex(0)
        self.closed.emit()

    def back_a_step(self) -> bool:
        """From words, symbols, pictures or the recorder back to the owner's page (all saved); from
        the picker opened for a sentence, back to the sentence."""
        if self.on_own_page:
            return False
        if self._picking_for_sentence and self._sentence is not None:
            self._picking_for_sentence = False
            self.setCurrentWidget(self._sentence)
            return True
        self.show_own_page()
        return True
