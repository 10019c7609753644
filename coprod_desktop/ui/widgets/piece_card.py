"""One thing said in a topic: words with whose words they are, a picture, a symbol or a recording,
with big buttons to hear, change or remove it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.preparation import PieceRecord
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import PieceKind
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.word_size import BigWordsWatch
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.wrap_label import WrapLabel

PICTURE_BOX = 140
WORD_LINES = 4


class PieceCard(QFrame):
    hear_requested = Signal(object)
    change_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        piece: PieceRecord,
        label: str,
        spoken: str,
        picture: QPixmap | None,
        parent: QWidget | None = None,
        number: int = 1,
    ) -> None:
        """`label` says what it is (whose words, "My picture"); `spoken` is what Hear says;
        `number` is its place in the topic, so each card's buttons have names of their own."""
        super().__init__(parent)
        self.number = number
        self.setProperty("role", "card")
        self.piece = piece
        self.spoken = spoken
        self.label = plain_label(self, "muted", label)
        content = QVBoxLayout()
        content.addWidget(self.label)
        if piece.kind is PieceKind.WORDS:
            self.body: QWidget = WrapLabel(piece.words or "", WORD_LINES, self)
            self.body.setAlignment(Qt.AlignmentFlag.AlignLeft)
        else:
            self.body = QLabel(self)
            self.body.setObjectName("symbol")
            self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            if picture is not None:
                self.body.setPixmap(picture)
            elif piece.kind is PieceKind.SYMBOL and piece.symbol_id:
                self.body.setPixmap(painter.pixmap(piece.symbol_id, 96))
            elif piece.kind is PieceKind.RECORDING:
                self.body.setPixmap(painter.pixmap("microphone", 72))
            else:
                self.body.setText(self.tr("This picture cannot be shown."))
        if isinstance(self.body, WrapLabel):
            content.addWidget(self.body, 1)
        else:  # as wide as the picture: its light tile (high contrast) is the picture's, not the card's
            content.addWidget(self.body, 1, Qt.AlignmentFlag.AlignLeft)

        hear_symbol = "play" if piece.kind is PieceKind.RECORDING else "read-aloud"
        self.hear = SymbolButton(painter, speaker, hear_symbol, symbol_size=36, max_lines=1)
        self.change = SymbolButton(painter, speaker, "words", symbol_size=36, max_lines=1)
        self.remove = SymbolButton(painter, speaker, "remove", symbol_size=36, max_lines=1)
        self.change.setVisible(piece.kind is PieceKind.WORDS)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        for button in (self.hear, self.change, self.remove):
            button.setMinimumSize(140, 96)
            button.setMaximumSize(150, 110)
            buttons.addWidget(button)
        self.hear.clicked.connect(lambda: self.hear_requested.emit(self.piece))
        self.change.clicked.connect(lambda: self.change_requested.emit(self.piece))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.piece))
        layout = self._layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(content, 1)
        layout.addLayout(buttons)
        self._buttons = buttons
        # Big words: the buttons under the words, so the words have the card's width.
        self._big_words = BigWordsWatch(self, self._arrange)
        self.retranslate()

    def _arrange(self, big: bool) -> None:
        direction = QBoxLayout.Direction
        self._layout.setDirection(direction.TopToBottom if big else direction.LeftToRight)
        self._buttons.setAlignment(Qt.AlignmentFlag.AlignLeft if big else Qt.AlignmentFlag(0))

    def retranslate(self) -> None:
        # A screen reader lists every card's buttons together: each name says which card it is on.
        which = self.tr("number {number}: {what}").format(number=self.number, what=self.label.text())
        # Each tr() outside the f-string: lupdate does not look inside one, so these were not translated.
        if self.piece.kind is PieceKind.RECORDING:
            hear, hear_name = self.tr("Play"), self.tr("Play my recording")
        else:
            hear, hear_name = self.tr("Hear"), self.tr("Hear it")
        self.hear.set_words(hear, f"{hear_name}, {which}")
        change_name, remove_name = self.tr("Change these words"), self.tr("Remove this")
        self.change.set_words(self.tr("Change"), f"{change_name}, {which}")
        self.remove.set_words(self.tr("Remove"), f"{remove_name}, {which}")
