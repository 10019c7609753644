"""One slide of the person's slideshow, drawn large for a ward PC or a projector. Nothing on it can be
changed: it only shows, and plays the person's recordings."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.preparation import PieceRecord, TopicRecord
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import PieceKind, WhoseWords
from coprod_desktop.ui.screens.screen import join_sentences
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.topic_words import DEFAULT_TOPIC_SYMBOL
from coprod_desktop.ui.widgets.rating_scale import SYMBOLS as RATING_SYMBOLS
from coprod_desktop.ui.widgets.rating_scale import rating_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

SLIDE_PICTURE = 300
SLIDE_SYMBOL = 150
"""The least side of a slide's symbols and faces; on a taller slide, a fifth of its height (_side)."""
MAX_PICTURES_SHOWN = 4

SHOWN_WORDS = (WhoseWords.MINE, WhoseWords.STAFF_TYPED)
"""Staff notes are for staff; a slide shows what the person said."""


@dataclass(frozen=True)
class TitleSlide:
    name: str
    heading: str
    when: str
    picture: QPixmap


Slide = TitleSlide | TopicRecord


def shown_words(topic: TopicRecord) -> list[PieceRecord]:
    return [p for p in topic.pieces if p.kind is PieceKind.WORDS and p.whose in SHOWN_WORDS and p.words]


def slide_spoken(slide: Slide, title_of: Callable[[TopicRecord], str] = lambda topic: topic.title) -> str:
    if isinstance(slide, TitleSlide):
        return join_sentences(slide.heading, slide.name, slide.when)
    parts = [title_of(slide)]
    if slide.rating is not None:
        parts.append(rating_words(slide.rating))
    parts.extend(piece.words or "" for piece in shown_words(slide))
    return join_sentences(*parts)


class SlideView(QWidget):
    play_requested = Signal(object)
    """Emits the recording's PieceRecord."""

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        picture: Callable[[str, int], QPixmap | None],
        whose_label: Callable[[PieceRecord], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title_of: Callable[[TopicRecord], str] = lambda topic: topic.title
        """The topic's title in the reader's language (the present screen sets it)."""
        self.setObjectName("slide")
        self._painter = painter
        self._speaker = speaker
        self._picture = picture
        self._whose_label = whose_label
        self.symbol = QLabel(self)
        self.symbol.setObjectName("symbol")
        self.heading = QLabel(self)
        self.heading.setObjectName("slide-title")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.rating_face = QLabel(self)
        self.rating_face.setObjectName("symbol")
        self.rating_words = QLabel(self)
        self.rating_words.setObjectName("slide-words")
        self.rating_words.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(self.symbol)
        top.addWidget(self.heading, 1)
        top.addWidget(self.rating_face)
        top.addWidget(self.rating_words)

        self._words_box = QWidget()
        self._words_layout = QVBoxLayout(self._words_box)
        self._words_layout.setContentsMargins(0, 0, 0, 0)
        self._words_layout.setSpacing(14)
        self.words_scroll = QScrollArea(self)
        self.words_scroll.setWidgetResizable(True)
        self.words_scroll.setWidget(self._words_box)
        self._media = QHBoxLayout()
        self._media.setSpacing(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.words_scroll, 1)
        layout.addLayout(self._media)
        self.play_buttons: list[SymbolButton] = []
        self.word_labels: list[QLabel] = []
        self._drawn: list[tuple[QLabel, str]] = []
        """Each symbol label and the symbol it shows, drawn again when the slide's height changes."""
        self._drawn_side = SLIDE_SYMBOL

    def symbol_side(self) -> int:
        """Faces and symbols are read from across a meeting room: at least a fifth of the slide."""
        return max(SLIDE_SYMBOL, -(-self.height() // 5))

    def _draw(self, label: QLabel, symbol_id: str) -> None:
        label.setPixmap(self._painter.pixmap(symbol_id, self._drawn_side))
        self._drawn.append((label, symbol_id))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        side = self.symbol_side()
        if side != self._drawn_side:
            self._drawn_side = side
            drawn, self._drawn = self._drawn, []
            for label, symbol_id in drawn:
                self._draw(label, symbol_id)

    def _clear(self) -> None:
        for layout in (self._words_layout, self._media):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()  # gone from the screen now, deleted when the event loop next runs
                    widget.deleteLater()
        self.play_buttons = []
        self.word_labels = []
        self._drawn = []
        self._drawn_side = self.symbol_side()

    def show_slide(self, slide: Slide) -> None:
        self._clear()
        if isinstance(slide, TitleSlide):
            self._show_title(slide)
        else:
            self._show_topic(slide)

    def _label(self, text: str, name: str) -> QLabel:
        label = QLabel(text, self._words_box)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    def _show_title(self, slide: TitleSlide) -> None:
        self.symbol.setPixmap(slide.picture)
        self.heading.setText(slide.heading)
        self.rating_face.clear()
        self.rating_face.hide()
        self.rating_words.hide()
        name = self._label(slide.name, "slide-name")
        when = self._label(slide.when, "slide-words")
        self._words_layout.addWidget(name)
        self._words_layout.addWidget(when)
        self._words_layout.addStretch(1)
        self.word_labels = [name, when]

    def _show_topic(self, topic: TopicRecord) -> None:
        self._draw(self.symbol, topic.symbol_id or DEFAULT_TOPIC_SYMBOL)
        self.heading.setText(self.title_of(topic))
        has_rating = topic.rating is not None
        self.rating_face.setVisible(has_rating)
        self.rating_words.setVisible(has_rating)
        if topic.rating is not None:
            self._draw(self.rating_face, RATING_SYMBOLS[topic.rating])
            self.rating_words.setText(rating_words(topic.rating))
        for piece in shown_words(topic):
            if piece.whose is WhoseWords.STAFF_TYPED:
                self._words_layout.addWidget(self._label(self._whose_label(piece), "slide-whose"))
            label = self._label(piece.words or "", "slide-words")
            self._words_layout.addWidget(label)
            self.word_labels.append(label)
        self._words_layout.addStretch(1)
        shown = 0
        for piece in topic.pieces:
            if shown >= MAX_PICTURES_SHOWN:
                break
            image = QLabel(self)
            image.setObjectName("symbol")
            if piece.kind is PieceKind.SYMBOL and piece.symbol_id:
                self._draw(image, piece.symbol_id)
            elif piece.kind is PieceKind.PICTURE and piece.file_name:
                pixmap = self._picture(piece.file_name, SLIDE_PICTURE)
                if pixmap is not None:
                    image.setPixmap(pixmap)
            if image.pixmap().isNull():
                image.deleteLater()
                continue
            self._media.addWidget(image)
            shown += 1
        for piece in topic.pieces:
            if piece.kind is PieceKind.RECORDING and piece.file_name:
                play = SymbolButton(self._painter, self._speaker, "play", symbol_size=56)
                words = QCoreApplication.translate("SlideView", "Play my voice")
                play.set_words(words)
                play.setMinimumSize(200, 130)
                play.setMaximumSize(260, 150)
                play.clicked.connect(lambda _c=False, p=piece: self.play_requested.emit(p))
                self._media.addWidget(play)
                self.play_buttons.append(play)
        self._media.addStretch(1)


def recording_path(folder: Path, piece: PieceRecord) -> Path:
    return folder / Path(piece.file_name or "").name
