"""A thank-you to someone who is not on the ward's list: who it is, said without reading or typing.

Three equal ways, any of them or all: a picture of them (a symbol, such as "Family" or "Nurse", or one
of the ward's own pictures, from the picker opened on its people), their name in the author's own
voice (recorded), or their name typed (by the author or by staff alongside). The picker and the
recorder are pages over the Who? page (a PiecesEditor); the bar's Back comes back to it. The buttons
show what was chosen: the picture itself and its word, and "Their name is recorded".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.screens.screen import join_sentences
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

PICTURE_SIZE = 56
FIRST_GROUP = "people"
"""The picker opens on people (the ward's own pictures of people first, then "Family", "Friend"...)."""
NAME_MAX = 200


class SomeoneElsePanel(QWidget):
    """Under the people: who it is, as a picture, in my voice or typed. Shown once Someone else is
    chosen (the screen's question then asks who it is)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        painter, speaker = context.painter, context.speaker
        self.picture = SymbolButton(
            painter, speaker, "symbol-choose", symbol_size=PICTURE_SIZE, max_lines=2, beside=True
        )
        self.picture.setObjectName("someone-picture")
        self.voice = SymbolButton(painter, speaker, "microphone", symbol_size=48, max_lines=2, beside=True)
        self.voice.setObjectName("someone-voice")
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX)
        self.name_edit.setMinimumHeight(MIN_TARGET)
        for button in (self.picture, self.voice):
            button.setMinimumSize(260, 96)
            button.setMaximumHeight(120)
        ways = QHBoxLayout()
        ways.setSpacing(12)
        ways.addWidget(self.picture, 1)
        ways.addWidget(self.voice, 1)
        ways.addWidget(self.name_edit, 1, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(ways)


class SomeoneElse(QObject):
    """Who someone else is (a picture, a recording of their name, a typed name) and the pages that
    choose them. Every change is reported (`changed`) so the screen keeps its draft."""

    changed = Signal()
    opened = Signal()
    """The picker or the recorder came to the front."""
    closed = Signal()
    """Back on the Who? page from the picker or the recorder."""

    def __init__(self, context: UiContext, who_page: QWidget, panel: SomeoneElsePanel) -> None:
        super().__init__(panel)
        self._context = context
        self.panel = panel
        self.symbol_id: str | None = None
        self.recording: str | None = None
        self.pieces = PiecesEditor(context, who_page)
        self.pieces.symbol_chosen.connect(self._chosen)
        self.pieces.recorded.connect(self._recorded)
        self.pieces.closed.connect(self._closed)
        panel.picture.clicked.connect(self.start_picture)
        panel.voice.clicked.connect(self.start_voice)
        panel.name_edit.textChanged.connect(self.changed)
        self.show()

    # --- what is known of them -----------------------------------------------------------------
    @property
    def name(self) -> str:
        return " ".join(self.panel.name_edit.text().split())

    def picture_words(self) -> str:
        if not self.symbol_id:
            return ""
        return self._context.catalogue.label(self.symbol_id, self._context.languages.current)

    def words(self) -> str:
        """Who they are in words: the typed name, else the picture's word, else "someone" said in the
        author's voice; "" when nothing is known yet."""
        if self.name:
            return self.name
        if self.picture_words():
            return self.picture_words()
        return self.tr("someone you named in your voice") if self.recording else ""

    def picture(self, size: int) -> QPixmap | None:
        if not self.symbol_id:
            return None
        return self._context.painter.pixmap(self.symbol_id, size, self.panel.devicePixelRatioF())

    def recipient(self) -> dict[str, str | None]:
        """Who they are, as ThanksService.say takes it."""
        return {
            "to_name": self.name or None,
            "to_symbol_id": self.symbol_id,
            "to_recording_file": self.recording,
        }

    def known(self) -> bool:
        return bool(self.name or self.symbol_id or self.recording)

    def restore(self, name: str, symbol_id: str | None, recording: str | None) -> None:
        catalogue = self._context.catalogue
        self.symbol_id = symbol_id if symbol_id and symbol_id in catalogue else None
        self.recording = recording or None
        self.panel.name_edit.blockSignals(True)
        self.panel.name_edit.setText(name)
        self.panel.name_edit.blockSignals(False)
        self.show()

    # --- the pages -------------------------------------------------------------------------------
    def start_picture(self) -> QWidget:
        picker = self.pieces.start_symbols()
        index = picker.category.findData(FIRST_GROUP)
        if index >= 0 and not picker.search.text():
            picker.category.setCurrentIndex(index)
            picker.layout().activate()  # its grid at its real size first, so a whole page of pictures shows
            picker.refresh()
        self._context.speaker.say(self.tr("Choose a picture of them."))
        self.opened.emit()
        return picker

    def start_voice(self) -> QWidget:
        panel = self.pieces.start_recording(self.recording)
        self._context.speaker.say(self.tr("Say their name. Press Record, then Stop."))
        self.opened.emit()
        return panel

    def on_picker(self) -> bool:
        return (
            self.pieces.symbol_picker is not None and self.pieces.currentWidget() is self.pieces.symbol_picker
        )

    def on_recorder(self) -> bool:
        return (
            self.pieces.record_panel is not None and self.pieces.currentWidget() is self.pieces.record_panel
        )

    def back_a_step(self) -> bool:
        return self.pieces.back_a_step()

    def _chosen(self, symbol_id: str) -> None:
        self.symbol_id = symbol_id
        self.show()
        self.changed.emit()
        self._context.speaker.say(join_sentences(self.picture_words(), self.tr("Chosen")))

    def _recorded(self, file_name: str) -> None:
        self.recording = file_name
        self.show()
        self.changed.emit()

    def _closed(self) -> None:
        self.show()
        self.closed.emit()

    # --- words -----------------------------------------------------------------------------------
    def show(self) -> None:
        """The buttons show what is chosen: the picture and its word, and that the name is recorded."""
        panel = self.panel
        if self.symbol_id:
            panel.picture.set_symbol(self.symbol_id)
            words = self.picture_words()
            panel.picture.set_words(
                words,
                join_sentences(self.tr("Their picture: {word}").format(word=words), self.tr("Change it")),
            )
        else:
            panel.picture.set_symbol("symbol-choose")
            panel.picture.set_words(self.tr("A picture of them"))
        if self.recording:
            panel.voice.set_words(
                self.tr("Their name is recorded"),
                join_sentences(self.tr("Their name is recorded"), self.tr("Say it again")),
            )
        else:
            panel.voice.set_words(
                self.tr("Say their name"), self.tr("Say their name in my voice. Record it.")
            )
        panel.name_edit.setAccessibleName(self.tr("Type their name"))
        panel.name_edit.setPlaceholderText(self.tr("Type their name"))

    def question(self) -> str:
        """The Who? question once Someone else is chosen (its own question above the page, so the
        people keep their room), and while the picker or the recorder is open."""
        if self.on_picker():
            return self.tr("Choose a picture of them.")
        if self.on_recorder():
            return self.tr("Say their name. Press Record, then Stop.")
        return self.tr("Who is it?")  # short, so the people keep their room; the ways say themselves
