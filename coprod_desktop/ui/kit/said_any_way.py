"""What a person says, however they say it: a sentence of pictures, their own voice, or words typed
by them or by staff alongside. One part for every step that takes words, so each offers the same three
ways and keeps them the same way.

The owner's page holds the "Say it with pictures" and "Say it in my voice" buttons, the typed box and
a place to show what has been said (`show_said`); the pictures and the recorder are pages over it, in a
PiecesEditor the owner adds as its step. Every change is reported (`changed`) so the owner saves its
draft at once.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.symbol_sentence import sentence_words
from coprod_desktop.ui.screens.screen import join_sentences

ShowSaid = Callable[[list[str], str], None]


class SaidAnyWay(QObject):
    changed = Signal()
    """The sentence or the recording changed (typing is the owner's box, which it watches itself)."""
    closed = Signal()
    """Back on the owner's page from the pictures or the recorder."""

    def __init__(
        self,
        context: UiContext,
        page: QWidget,
        box: QPlainTextEdit,
        pictures: QPushButton,
        voice: QPushButton,
        show_said: ShowSaid,
        focus_on: Callable[[QWidget], None],
    ) -> None:
        super().__init__(page)
        self._context = context
        self._box = box
        self._show = show_said
        self._focus_on = focus_on
        self.sentence: list[str] = []
        self.recording: str | None = None
        self.about: list[str] = []
        """Pictures of what it is about, offered after the core words."""
        self.pieces = PiecesEditor(context, page)
        self.pieces.sentence_changed.connect(self._sentence_changed)
        self.pieces.recorded.connect(self._recorded)
        self.pieces.closed.connect(self._closed)
        pictures.clicked.connect(self.start_pictures)
        voice.clicked.connect(self.start_voice)

    # --- state ------------------------------------------------------------------------------------
    def has_something(self) -> bool:
        return bool(self._box.toPlainText().strip() or self.sentence or self.recording)

    def typed(self) -> bool:
        return bool(self._box.toPlainText().strip())

    def sentence_words(self) -> str:
        return sentence_words(self._context.catalogue, self.sentence, self._context.languages.current)

    def words(self) -> str:
        """What goes to staff as words: the pictures' sentence, then anything typed (as typed)."""
        typed = self._box.toPlainText().strip()
        pictures = self.sentence_words()
        return join_sentences(pictures, typed) if pictures and typed else pictures or typed

    def draft(self) -> dict[str, object]:
        data: dict[str, object] = {}
        if self.sentence:
            data["sentence"] = list(self.sentence)
        if self.recording:
            data["recording"] = self.recording
        return data

    def restore(self, draft: dict[str, object]) -> None:
        sentence, recording = draft.get("sentence"), draft.get("recording")
        catalogue = self._context.catalogue
        symbols = sentence if isinstance(sentence, list) else []
        self.sentence = [s for s in symbols if isinstance(s, str) and s in catalogue]
        self.recording = recording if isinstance(recording, str) and recording else None
        self.show()

    def show(self) -> None:
        recorded = self.tr("Your voice is recorded.") if self.recording else ""
        self._show(self.sentence, join_sentences(self.sentence_words(), recorded))

    def hear(self) -> None:
        """Says it back; a recording alone is played."""
        words = self.words()
        if not words and self.recording:
            self._context.speaker.play_file(self._context.paths.recordings / self.recording)
            return
        self._context.speaker.say(words or self.tr("Nothing said yet."))

    # --- the pages --------------------------------------------------------------------------------
    def start_pictures(self) -> None:
        sentence = self.pieces.start_sentence(self.sentence, self.about)
        self._context.speaker.say(join_sentences(sentence.question.text(), sentence.words()))
        first = sentence.grid.items()
        self._focus_on(first[0] if first else sentence.done)

    def start_voice(self) -> None:
        self._focus_on(self.pieces.start_recording(self.recording))

    def back_a_step(self) -> bool:
        return self.pieces.back_a_step()

    def _sentence_changed(self, symbols: list[str]) -> None:
        self.sentence = list(symbols)
        self.changed.emit()

    def _recorded(self, file_name: str) -> None:
        self.recording = file_name
        self.changed.emit()

    def _closed(self) -> None:
        self.show()
        self.closed.emit()
