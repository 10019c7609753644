"""One topic: how I feel about it (three faces), and what I want to say: words, pictures, symbols and
my own voice. Every change is saved the moment it is made.

Words typed by staff for the person carry "I typed what they said" with the staff member's name,
and staff notes stay notes: the label shows on every piece.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.paths import picture_sources
from coprod_desktop.services.pictures import PictureProblem, ProblemKind, import_picture
from coprod_desktop.services.preparation import PieceRecord, PreparationProblem, TopicRecord
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import PieceKind, Rating, TopicState
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.scroll_pager import ScrollPager
from coprod_desktop.ui.picture_thumbs import ThumbnailCache
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.staff_names import StaffNames
from coprod_desktop.ui.topic_words import DEFAULT_TOPIC_SYMBOL, topic_title, whose_words
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.picture_chooser import PictureChooser
from coprod_desktop.ui.widgets.piece_card import PICTURE_BOX, PieceCard
from coprod_desktop.ui.widgets.rating_scale import RatingScale, rating_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker
from coprod_desktop.ui.widgets.words_editor import WordsEditor


class TopicScreen(Screen):
    finished = Signal()
    """The person marked it done or skipped it: back to My meeting."""
    removed = Signal(object, str, object)
    """The topic was removed (id, title, symbol id): My meeting offers to bring it back."""
    say_it_requested = Signal()

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        topic_id: uuid.UUID,
        thumbnails: ThumbnailCache | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._alongside = alongside
        self._topic_id = topic_id
        self._service = context.services.preparation
        self._thumbs = thumbnails or ThumbnailCache(context.paths.pictures)
        self._staff_name = StaffNames(context.services.people)
        self._editing: PieceRecord | None = None
        self._jobs = JobRunner(self)
        self._topic = self._load()
        painter, speaker = context.painter, context.speaker

        self._symbol = QLabel(self)
        self._symbol.setObjectName("symbol")
        self._title = title_label(self)
        # Pressed as a tap, Enter or a screen reader's action, "Finished" is recorded every way.
        self.done = ChoiceTile(painter, speaker, "done", pick_one=False, symbol_size=40, max_lines=2)
        self.skip = SymbolButton(painter, speaker, "skip", symbol_size=40, max_lines=2)
        self.remove_topic = SymbolButton(painter, speaker, "remove", symbol_size=40, max_lines=2)
        for button in (self.done, self.skip, self.remove_topic):
            button.setMinimumSize(160, 100)
            button.setMaximumSize(220, 120)
        self.done.clicked.connect(self._toggle_done)
        self.skip.clicked.connect(self._skip)
        self.remove_topic.clicked.connect(self._ask_remove_topic)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self._symbol)
        header.addWidget(self._title, 1)
        for button in (self.done, self.skip, self.remove_topic):
            header.addWidget(button)

        self.confirm = ConfirmPanel(painter, speaker, self)
        self.rating = RatingScale(painter, speaker, self)
        self.rating.setMaximumHeight(180)
        self.rating.rated.connect(self._rate)

        self.add_words = SymbolButton(painter, speaker, "words", symbol_size=48)
        self.add_picture = SymbolButton(painter, speaker, "photo", symbol_size=48)
        self.add_symbol = SymbolButton(painter, speaker, "symbol-choose", symbol_size=48)
        self.record = SymbolButton(painter, speaker, "microphone", symbol_size=48)
        adds = QGridLayout()
        adds.setSpacing(12)
        for index, button in enumerate((self.add_words, self.add_picture, self.add_symbol, self.record)):
            button.setMinimumSize(172, 110)  # "Symbol" whole at the biggest word size
            adds.addWidget(button, index // 2, index % 2)
        adds.setRowStretch(2, 1)
        self.add_words.clicked.connect(lambda: self.start_words())
        self.add_picture.clicked.connect(self.start_picture)
        self.add_symbol.clicked.connect(self.start_symbol)
        self.record.clicked.connect(self._start_recording)
        self.message = MessageLine(self)
        self.message.hide()

        self._pieces_box = QWidget()
        self._pieces_layout = QVBoxLayout(self._pieces_box)
        self._pieces_layout.setSpacing(10)
        self._pieces_layout.setContentsMargins(0, 0, 0, 0)
        self.empty = plain_label(self._pieces_box)
        self.pieces_scroll = QScrollArea(self)
        self.pieces_scroll.setWidgetResizable(True)
        self.pieces_scroll.setWidget(self._pieces_box)
        self.pieces_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pieces_pager = ScrollPager(context.painter, context.speaker, self.pieces_scroll)
        # Words, symbols, a picture and my voice are added on pages of their own, made when wanted.
        self.pages = PiecesEditor(
            context, self.pieces_pager, picture_folders=lambda: picture_sources(context.paths)
        )
        self.pages.words_changed.connect(self._save_words)
        self.pages.symbol_chosen.connect(self._add_symbol)
        self.pages.picture_chosen.connect(self.add_picture_from)
        self.pages.recorded.connect(self._recorded)
        self.pages.closed.connect(self._editor_closed)
        # While words, a symbol, a picture or my voice are being added, that is all the screen asks:
        # the faces step aside and give the page their room (they come back with the topic).
        self.pages.currentChanged.connect(lambda _page: self.rating.setVisible(self.pages.on_own_page))

        body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        left.addLayout(adds)
        left.addWidget(self.message)
        left.addStretch(1)
        body.addLayout(left, 0)
        body.addWidget(self.pages, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.confirm)
        layout.addWidget(self.rating)
        layout.addLayout(body, 1)
        self._show_topic()
        self.retranslate()

    # --- reading ----------------------------------------------------------------------------------
    @property
    def topic(self) -> TopicRecord:
        return self._topic

    def _load(self) -> TopicRecord:
        return self._service.topic(self._topic_id)

    def _reload(self) -> None:
        try:
            self._topic = self._load()
        except PreparationProblem:
            return
        self._show_topic()
        self.retranslate()

    def piece_label(self, piece: PieceRecord) -> str:
        if piece.kind is PieceKind.WORDS and piece.whose is not None:
            return whose_words(piece.whose, self._person.called, self._staff_name(piece.written_by_id))
        labels = {
            PieceKind.PICTURE: self.tr("A picture"),
            PieceKind.SYMBOL: self.tr("A symbol"),
            PieceKind.RECORDING: self.tr("My voice"),
            PieceKind.WORDS: "",
        }
        return labels[piece.kind]

    def _piece_spoken(self, piece: PieceRecord) -> str:
        if piece.kind is PieceKind.WORDS:
            return join_sentences(self.piece_label(piece), piece.words or "")
        if piece.kind is PieceKind.SYMBOL and piece.symbol_id:
            entry = self._context.catalogue.get(piece.symbol_id)
            words = entry.label(self._context.languages.current) if entry else ""
            return join_sentences(self.tr("A symbol"), words)
        return self.piece_label(piece)

    def _show_topic(self) -> None:
        topic = self._topic
        self._symbol.setPixmap(self._context.painter.pixmap(topic.symbol_id or DEFAULT_TOPIC_SYMBOL, 72))
        self.rating.set_value(topic.rating)
        for index in reversed(range(self._pieces_layout.count())):
            item = self._pieces_layout.takeAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None and widget is not self.empty:
                widget.hide()  # gone from the screen now, deleted when the event loop next runs
                widget.deleteLater()
        self.cards: list[PieceCard] = []
        for number, piece in enumerate(topic.pieces, start=1):
            picture = (
                self._thumbs.get(piece.file_name, PICTURE_BOX) if piece.kind is PieceKind.PICTURE else None
            )
            card = PieceCard(
                self._context.painter,
                self._context.speaker,
                piece,
                self.piece_label(piece),
                self._piece_spoken(piece),
                picture if piece.kind is PieceKind.PICTURE and piece.file_name else None,
                number=number,
            )
            card.hear_requested.connect(self._hear_piece)
            card.change_requested.connect(self._change_words)
            card.remove_requested.connect(self._ask_remove_piece)
            self._pieces_layout.addWidget(card)
            self.cards.append(card)
        self._pieces_layout.addWidget(self.empty)
        self._pieces_layout.addStretch(1)
        self.empty.setVisible(not topic.pieces)

    # --- rating and state ----------------------------------------------------------------------------
    def _rate(self, value: str) -> None:
        self._topic = self._service.rate(self._topic_id, Rating(value))

    def _toggle_done(self) -> None:
        state = TopicState.OPEN if self._topic.done else TopicState.DONE
        self._topic = self._service.set_state(self._topic_id, state)
        if state is TopicState.DONE:
            self._context.speaker.say(self.tr("Done. Well done."))
            self.finished.emit()
        else:
            self.retranslate()

    def _skip(self) -> None:
        self._topic = self._service.set_state(self._topic_id, TopicState.SKIPPED)
        self._context.speaker.say(self.tr("Skipped. You can come back to it."))
        self.finished.emit()

    def _ask_remove_topic(self) -> None:
        question = self.tr("Remove this topic?")
        if self._topic.pieces:
            question = self.tr("Remove this topic? What you said in it goes too.")
        self._context.speaker.say(question)
        self.confirm.ask(question, self._remove_topic)

    def _remove_topic(self) -> None:
        self._service.remove_topic(self._topic_id)
        self.removed.emit(self._topic_id, self._topic.title, self._topic.symbol_id)

    # --- words ------------------------------------------------------------------------------------------
    @property
    def words_editor(self) -> WordsEditor:
        return self.pages.words_editor

    def start_words(self, piece: PieceRecord | None = None) -> None:
        self._editing = piece
        staff = self._alongside.staff is not None
        self.pages.start_words(staff, piece.words or "" if piece else "", piece.whose if piece else None)

    def _change_words(self, piece: PieceRecord) -> None:
        self.start_words(piece)

    def _save_words(self, text: str) -> None:
        """Saved on every change, so closing the app mid-sentence keeps what is on screen."""
        try:
            if self._editing is None:
                if not text.strip():
                    return
                whose, writer = self.words_editor.whose_for(self._alongside.staff)
                self._editing = self._service.add_words(self._topic_id, text, whose, writer)
                self.words_editor.lock_whose()
            elif text.strip():
                self._editing = self._service.change_words(self._editing.id, text)
            else:
                self._service.remove_piece(self._editing.id)
                self._editing = None
        except (InvalidText, PreparationProblem):
            return

    def _editor_closed(self) -> None:
        self._editing = None
        self._reload()

    # --- pictures -----------------------------------------------------------------------------------
    def start_picture(self) -> PictureChooser:
        return self.pages.start_picture()

    def add_picture_from(self, source: Path) -> None:
        """Checks and re-encodes the picture away from the screen's thread, then adds it."""
        if self._jobs.busy():
            return
        self._say_message(self.tr("Getting the picture ready…"))
        folder = self._context.paths.pictures
        self._jobs.start(
            lambda: import_picture(source, folder),
            lambda name: self._picture_ready(name, source),
            self._picture_failed,
        )

    def wait_for_picture(self) -> None:
        self._jobs.wait()

    def _picture_ready(self, name: object, source: Path) -> None:
        self._service.add_picture(self._topic_id, str(name))
        self._say_message(self.tr("The picture is added."))
        self._reload()
        if source.parent == self._context.paths.new_pictures:
            # Added (as a copy of its own): it leaves the new pictures folder, so the next person
            # at this tablet does not see it among theirs.
            source.unlink(missing_ok=True)

    def _picture_failed(self, problem: object) -> None:
        if isinstance(problem, PictureProblem) and problem.kind in (
            ProblemKind.TOO_BIG,
            ProblemKind.FILE_TOO_BIG,
        ):
            self._say_message(self.tr("This picture is too big. Please choose a smaller one."))
        elif isinstance(problem, PictureProblem) and problem.kind is ProblemKind.CANNOT_SAVE:
            self._say_message(self.tr("The picture could not be saved. Please ask staff for help."))
        else:
            self._say_message(self.tr("This picture cannot be used. It may be damaged. Please try another."))

    def start_symbol(self) -> SymbolPicker:
        return self.pages.start_symbols()

    # --- symbols --------------------------------------------------------------------------------------
    def _add_symbol(self, symbol_id: str) -> None:
        self._service.add_symbol(self._topic_id, symbol_id)

    # --- my voice -------------------------------------------------------------------------------------
    def _start_recording(self) -> None:
        self.pages.start_recording()

    def _recorded(self, file_name: str) -> None:
        # The panel itself says the recording is saved; it is listed when the person goes back.
        self._service.add_recording(self._topic_id, file_name)

    # --- hearing and removing pieces -----------------------------------------------------------------
    def _hear_piece(self, piece: PieceRecord) -> None:
        if piece.kind is PieceKind.RECORDING and piece.file_name:
            play = getattr(self._context.speaker, "play_file", None)
            path = self._context.paths.recordings / Path(piece.file_name).name
            if play is None or not play(path):
                self._say_message(self.tr("This recording will not play. It may be damaged."))
            return
        self._context.speaker.say(self._piece_spoken(piece))

    def _ask_remove_piece(self, piece: PieceRecord) -> None:
        question = self.tr("Remove this?")
        self._context.speaker.say(question)
        self.confirm.ask(question, lambda: self._remove_piece(piece))

    def _remove_piece(self, piece: PieceRecord) -> None:
        self._service.remove_piece(piece.id)
        self._reload()

    # --- screen ------------------------------------------------------------------------------------------
    def back_a_step(self) -> bool:
        """From adding words, a symbol, a picture or my voice back to the topic (all saved)."""
        return self.pages.back_a_step()

    def _say_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._context.speaker.say(text)

    def on_shown(self) -> None:
        self._reload()

    def title(self) -> str:
        return topic_title(self._context, self._topic.title, self._topic.symbol_id)

    def spoken_summary(self) -> str:
        parts = [self.title()]
        if self._topic.rating is not None:
            parts.append(self.tr("I feel: {rating}").format(rating=rating_words(self._topic.rating)))
        parts.extend(self._piece_spoken(piece) for piece in self._topic.pieces)
        if not self._topic.pieces:
            parts.append(self.empty.text())
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.done.setChecked(self._topic.done)
        if self._topic.done:
            self.done.set_words(
                self.tr("Finished"), self.tr("This topic is finished. Press to open it again.")
            )
        else:
            self.done.set_words(self.tr("Finished"), self.tr("I have finished this topic"))
        self.skip.set_words(self.tr("Skip it"), self.tr("Skip this topic"))
        self.remove_topic.set_words(self.tr("Remove"), self.tr("Remove this topic"))
        self.add_words.set_words(self.tr("Words"), self.tr("Add words"))
        self.add_picture.set_words(self.tr("Picture"), self.tr("Add a picture"))
        self.add_symbol.set_words(self.tr("Symbol"), self.tr("Add a symbol"))
        self.record.set_words(self.tr("My voice"), self.tr("Record my voice"))
        self.empty.setText(self.tr("Nothing here yet. Add words, a picture, a symbol or your voice."))
