"""What a person says, however they say it: a sentence of pictures, their own voice, or words typed by
them or by staff alongside. One part for every step that takes words, so each offers the same three
equal ways and keeps them the same way (typing is one way among three, never the only way in).

The owner's page holds the three buttons and a place to show what has been said (`show_said`); the
pictures, the recorder and the words box are pages over it, in a PiecesEditor the owner adds as its
step. Whose the typed words are is fixed by the first letter (the person's own, or typed by the member
of staff alongside). Every change is reported (`changed`) so the owner saves its draft at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import WhoseWords
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.symbol_sentence import sentence_words
from coprod_desktop.ui.screens.screen import join_sentences

ShowSaid = Callable[[list[str], str], None]
SHOWN_LETTERS = 120
"""The start of long typed words on the owner's page (all of them are kept and heard)."""


class SaidAnyWay(QObject):
    changed = Signal()
    """The sentence, the recording or the typed words changed."""
    closed = Signal()
    """Back on the owner's page from the pictures, the recorder or the words."""
    words_opened = Signal(object)
    """The words page (a WordsEditor) came to the front: the owner names its way back."""

    def __init__(
        self,
        context: UiContext,
        page: QWidget,
        buttons: tuple[QPushButton, QPushButton, QPushButton],
        show_said: ShowSaid,
        focus_on: Callable[[QWidget], None],
        staff: Callable[[], PersonInfo | None],
        limit: int,
    ) -> None:
        """`buttons` are the page's "with pictures", "in my voice" and "type it"; `staff` the member of
        staff alongside now, if any; `limit` how many letters of typed words are kept."""
        super().__init__(page)
        self._context = context
        self._show = show_said
        self._focus_on = focus_on
        self._staff = staff
        self._limit = limit
        self.sentence: list[str] = []
        self.recording: str | None = None
        self.typed = ""
        self.whose: WhoseWords | None = None
        self.written_by: uuid.UUID | None = None
        """The member of staff who typed the words for the person, if they did."""
        self.about: list[str] = []
        """Pictures of what it is about, offered after the core words."""
        self._restoring = False
        self.pieces = PiecesEditor(context, page)
        self.pieces.sentence_changed.connect(self._sentence_changed)
        self.pieces.recorded.connect(self._recorded)
        self.pieces.words_changed.connect(self._typed)
        self.pieces.closed.connect(self._closed)
        pictures, voice, typing = buttons
        pictures.clicked.connect(self.start_pictures)
        voice.clicked.connect(self.start_voice)
        typing.clicked.connect(self.start_words)

    # --- state ------------------------------------------------------------------------------------
    @property
    def box(self) -> QPlainTextEdit:
        """The words box (on its own page)."""
        return self.pieces.words_editor.box

    def has_something(self) -> bool:
        return bool(self.typed.strip() or self.sentence or self.recording)

    def sentence_words(self) -> str:
        return sentence_words(self._context.catalogue, self.sentence, self._context.languages.current)

    def words(self) -> str:
        """What goes to staff as words: the pictures' sentence, then anything typed (as typed)."""
        typed = self.typed.strip()
        pictures = self.sentence_words()
        return join_sentences(pictures, typed) if pictures and typed else pictures or typed

    def draft(self) -> dict[str, object]:
        data: dict[str, object] = {}
        if self.typed.strip():
            data["words"] = self.typed
            if self.whose is not None:
                data["whose"] = self.whose.value
        if self.sentence:
            data["sentence"] = list(self.sentence)
        if self.recording:
            data["recording"] = self.recording
        return data

    def restore(self, draft: dict[str, object]) -> None:
        sentence, recording, words = draft.get("sentence"), draft.get("recording"), draft.get("words")
        catalogue = self._context.catalogue
        symbols = sentence if isinstance(sentence, list) else []
        self.sentence = [s for s in symbols if isinstance(s, str) and s in catalogue]
        self.recording = recording if isinstance(recording, str) and recording else None
        self.typed = words[: self._limit] if isinstance(words, str) else ""
        whose = draft.get("whose")
        self.whose = WhoseWords(whose) if whose in {w.value for w in WhoseWords} else None
        staff = self._staff()
        self.written_by = staff.id if self.whose is WhoseWords.STAFF_TYPED and staff is not None else None
        self.show()

    def show(self) -> None:
        typed = " ".join(self.typed.split())
        if len(typed) > SHOWN_LETTERS:
            typed = typed[: SHOWN_LETTERS - 1].rstrip() + "…"
        recorded = self.tr("Your voice is recorded.") if self.recording else ""
        self._show(self.sentence, join_sentences(self.sentence_words(), typed, recorded))

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

    def start_words(self) -> None:
        """Typed by me, or by staff for me ("Staff note" is never offered: these words go to staff)."""
        self._restoring = True
        try:
            editor = self.pieces.start_words(
                self._staff() is not None, self.typed, self.whose, note=False, limit=self._limit
            )
        finally:
            self._restoring = False
        self.words_opened.emit(editor)
        self._focus_on(editor.box)

    def back_a_step(self) -> bool:
        return self.pieces.back_a_step()

    def _sentence_changed(self, symbols: list[str]) -> None:
        self.sentence = list(symbols)
        self.changed.emit()

    def _recorded(self, file_name: str) -> None:
        self.recording = file_name
        self.changed.emit()

    def _typed(self, text: str) -> None:
        if self._restoring:
            return
        self.typed = text
        if self.whose is None and text.strip():
            # Whose words is fixed by the first letter, so staff typing never passes as the person's own.
            editor = self.pieces.words_editor
            self.whose, self.written_by = editor.whose_for(self._staff())
            editor.lock_whose()
        elif not text.strip():
            self.whose, self.written_by = None, None
        self.changed.emit()

    def _closed(self) -> None:
        self.show()
        self.closed.emit()
