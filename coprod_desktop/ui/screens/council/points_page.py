"""The council's third step, my own points: said with pictures (the symbol sentence builder, read
back and saved with the words the pictures make), in my voice or in words, each saved the moment it
is made (closing the app mid-sentence keeps what is on the screen), listed as cards with Hear it,
Change and Remove. Pictures, my voice and words are added on pages of their own (PiecesEditor); the
bar's Back comes back to the list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.council import CouncilProblem, PackInfo, PointInfo
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.scroll_pager import ScrollPager
from coprod_desktop.ui.kit.symbol_chips import sentence_words
from coprod_desktop.ui.kit.symbol_sentence import SymbolSentence
from coprod_desktop.ui.screens.council.council_cards import PointCard
from coprod_desktop.ui.screens.council.council_words import symbol_words
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.staff_names import StaffNames
from coprod_desktop.ui.topic_words import whose_words
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from coprod_desktop.ui.widgets.words_editor import WordsEditor


class PointsPage(QWidget):
    changed = Signal()
    """A point was added, changed or removed: a pack made before no longer matches."""
    closed = Signal()
    """Back from adding a point to the list of points."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        confirm: ConfirmPanel,
        say_message: Callable[[str], None],
    ) -> None:
        super().__init__()
        self._context = context
        self._person = person
        self._alongside = alongside
        self._service = context.services.council
        self._confirm = confirm
        self._say_message = say_message
        self._staff_name = StaffNames(context.services.people)
        self._editing: PointInfo | None = None
        self.pack: PackInfo | None = None
        painter, speaker = context.painter, context.speaker
        self.intro = title_label(self, role="subtitle")
        # Three equal ways, as for an idea: with pictures, in my voice, in words.
        self.add_pictures = SymbolButton(painter, speaker, "help-me-say-it", symbol_size=48, beside=True)
        self.add_pictures.setObjectName("say-with-pictures")
        self.add_voice = SymbolButton(painter, speaker, "microphone", symbol_size=48, beside=True)
        self.add_words = SymbolButton(painter, speaker, "words", symbol_size=48, beside=True)
        # One row sharing the width (the screen puts it in its row of Next): whole words at every size.
        self.ways = QWidget(self)
        adds = QHBoxLayout(self.ways)
        adds.setContentsMargins(0, 0, 0, 0)
        adds.setSpacing(12)
        for button in (self.add_pictures, self.add_voice, self.add_words):
            button.setMinimumSize(230, 88)
            button.setMaximumHeight(110)
            adds.addWidget(button, 1)
        self.add_words.clicked.connect(lambda: self.start_words())
        self.add_pictures.clicked.connect(lambda: self.start_pictures())
        self.add_voice.clicked.connect(self.start_recording)
        self._points_box = QWidget()
        self._points_layout = QVBoxLayout(self._points_box)
        self._points_layout.setContentsMargins(0, 0, 0, 0)
        self._points_layout.setSpacing(10)
        self.no_points = plain_label(self._points_box, "body")
        self._points_layout.addWidget(self.no_points)
        self._points_layout.addStretch(1)
        points_scroll = QScrollArea()
        points_scroll.setWidgetResizable(True)
        points_scroll.setFrameShape(QFrame.Shape.NoFrame)
        points_scroll.setWidget(self._points_box)
        self.point_cards: list[PointCard] = []
        # Whole pages with big arrows, never a thin scroll bar (a finger can still drag).
        self.pager = ScrollPager(painter, speaker, points_scroll)
        self.point_pages = PiecesEditor(context, self.pager, parent=self)
        self.point_pages.words_changed.connect(self._save_words)
        self.point_pages.sentence_changed.connect(self._save_sentence)
        self.point_pages.recorded.connect(self._recorded)
        self.point_pages.closed.connect(self._editor_closed)
        # Pictures, words and my voice have the step to themselves; the list's words come back after.
        self.point_pages.currentChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.point_pages, 1)

    def _page_changed(self, _index: int) -> None:
        on_list = self.point_pages.on_own_page
        self.intro.setVisible(on_list)
        self.ways.setVisible(on_list)

    # --- the list ------------------------------------------------------------------------------------
    def point_words(self, number: int, point: PointInfo) -> tuple[str, str]:
        heading = self.tr("My point {n}").format(n=number)
        lines = []
        if point.words:
            if point.whose is not None:
                lines.append(
                    whose_words(point.whose, self._person.called, self._staff_name(point.written_by_id))
                )
            lines.append(point.words)
        if point.symbols and not point.words:  # a sentence of pictures has its words above
            symbols = ", ".join(symbol_words(self._context, s) for s in point.symbols)
            lines.append(self.tr("Symbols: {symbols}").format(symbols=symbols))
        if point.recording_file:
            lines.append(self.tr("My voice is recorded."))
        return heading, "\n".join(lines)

    def show_points(self) -> None:
        """The list, from the store: what was added on the pages of their own shows here."""
        if self.pack is not None:
            self.pack = self._service.get(self.pack.id) or self.pack
        for card in self.point_cards:
            self._points_layout.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.point_cards = []
        points = [p for p in (self.pack.points if self.pack else ()) if not p.is_empty]
        for number, point in enumerate(points, start=1):
            heading, body = self.point_words(number, point)
            card = PointCard(self._context, point, heading, body, self._points_box)
            card.hear.set_words(self.tr("Hear it"), join_sentences(self.tr("Hear it"), heading))
            card.change.set_words(self.tr("Change"), join_sentences(self.tr("Change"), heading))
            card.remove.set_words(self.tr("Remove"), join_sentences(self.tr("Remove"), heading))
            card.hear_requested.connect(self._hear_point)
            card.change_requested.connect(self._change)
            card.remove_requested.connect(self._ask_remove_point)
            self._points_layout.insertWidget(self._points_layout.count() - 2, card)
            card.show()  # added to a screen already showing: children are not shown by themselves
            self.point_cards.append(card)
        self.no_points.setVisible(not points)

    def show_list(self) -> None:
        self.point_pages.show_own_page()
        self._editor_closed()

    def _editor_closed(self) -> None:
        edited = self._editing
        self._editing = None
        self.show_points()
        self.retranslate()
        self.closed.emit()
        # Back on the list: on the point just made or changed, to hear it (never lost in the list).
        card = next((c for c in self.point_cards if edited is not None and c.point.id == edited.id), None)
        card = card or (self.point_cards[-1] if self.point_cards else None)
        if card is not None:
            card.hear.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- pictures, words, my voice -------------------------------------------------------------------
    def _change(self, point: PointInfo) -> None:
        """A point said with pictures is changed with pictures; one in words, in words."""
        if point.symbols:
            self.start_pictures(point)
        else:
            self.start_words(point)

    def start_pictures(self, point: PointInfo | None = None) -> SymbolSentence:
        """Say it with pictures: the core words, the ward's SAY group topics, and any picture at all."""
        self._editing = point
        ward_id = self._person.ward_id
        agenda = self._context.services.say_groups.agenda(ward_id) if ward_id else []
        about = [topic.symbol_id for topic in agenda if topic.symbol_id]
        sentence = self.point_pages.start_sentence(list(point.symbols) if point else [], about)
        self._context.speaker.say(join_sentences(sentence.question.text(), sentence.words()))
        first = sentence.grid.items()
        (first[0] if first else sentence.done).setFocus(Qt.FocusReason.OtherFocusReason)
        return sentence

    def _save_sentence(self, symbols: list[str]) -> None:
        """Saved at every picture pressed or taken off, with the words the pictures make (the rep's
        own: the pictures are theirs, whoever sits alongside)."""
        if self.pack is None:
            return
        context = self._context
        words = sentence_words(context.catalogue, symbols, context.languages.current)
        try:
            if self._editing is None:
                if symbols:
                    self._editing = self._service.add_point(self.pack.id, words=words, symbols=symbols)
            elif symbols or self._editing.recording_file:
                self._editing = self._service.update_point(self._editing.id, words=words, symbols=symbols)
            else:
                self._service.remove_point(self._editing.id)
                self._editing = None
        except (CouncilProblem, InvalidText):
            self._say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self.changed.emit()

    @property
    def words_editor(self) -> WordsEditor:
        editor = self.point_pages.words_editor
        self._retranslate_editor()
        return editor

    def start_words(self, point: PointInfo | None = None) -> WordsEditor:
        self._editing = point
        staff = self._alongside.staff is not None
        editor = self.words_editor  # made with the council's own words on its Done first
        self.point_pages.start_words(
            staff, point.words or "" if point else "", point.whose if point else None
        )
        return editor

    def _save_words(self, text: str) -> None:
        """Saved on every change: closing the app mid-sentence keeps what is on the screen."""
        if self.pack is None:
            return
        try:
            if self._editing is None:
                if not text.strip():
                    return
                whose, writer = self.words_editor.whose_for(self._alongside.staff)
                self._editing = self._service.add_point(
                    self.pack.id, words=text, whose=whose, written_by_id=writer
                )
                self.words_editor.lock_whose()
            elif text.strip() or self._editing.symbols or self._editing.recording_file:
                self._editing = self._service.update_point(self._editing.id, words=text)
            else:
                self._service.remove_point(self._editing.id)
                self._editing = None
        except (CouncilProblem, InvalidText):
            return
        self.changed.emit()

    def start_recording(self) -> QWidget:
        """The recorder; with no microphone its Record button is hidden and a note says why."""
        return self.point_pages.start_recording()

    def _recorded(self, file_name: str) -> None:
        # The panel itself says the recording is saved; the point is listed when the rep goes back.
        self._add_point(recording_file=file_name)

    def _add_point(self, **piece: object) -> None:
        if self.pack is None:
            return
        try:
            self._service.add_point(self.pack.id, **piece)  # type: ignore[arg-type]
        except CouncilProblem:
            self._say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self.changed.emit()

    # --- hear and remove ---------------------------------------------------------------------------
    def _hear_point(self, point: PointInfo) -> None:
        if point.recording_file and not point.words:
            path = self._context.paths.recordings / Path(point.recording_file).name
            if not self._context.speaker.play_file(path):
                self._say_message(self.tr("This recording will not play. It may be damaged."))
            return
        number = next((i for i, c in enumerate(self.point_cards, start=1) if c.point.id == point.id), 1)
        heading, body = self.point_words(number, point)
        self._context.speaker.say(join_sentences(heading, *body.split("\n")))

    def _ask_remove_point(self, point: PointInfo) -> None:
        question = self.tr("Remove this point?")
        self._context.speaker.say(question)
        self._confirm.ask(question, lambda: self._remove_point(point))

    def _remove_point(self, point: PointInfo) -> None:
        try:
            self._service.remove_point(point.id)
        except CouncilProblem:
            self._say_message(self.tr("This could not be saved. Please ask staff for help."))
            return
        self.changed.emit()
        self.show_points()
        self._context.speaker.say(self.tr("The point is removed."))

    # --- words ---------------------------------------------------------------------------------------
    def spoken_parts(self) -> list[str]:
        parts = [self.intro.text()]
        for card in self.point_cards:
            parts.append(card.heading.text())
            parts.extend(card.body.text().split("\n"))
        if not self.point_cards:
            parts.append(self.no_points.text())
        return parts

    def _retranslate_editor(self) -> None:
        editor = self.point_pages.words_editor if self.point_pages.has_words_editor else None
        if editor is not None:
            editor.retranslate()
            editor.done.set_words(
                self.tr("Back to my points"), self.tr("Back to my points. Your words are saved.")
            )

    def retranslate(self) -> None:
        self.intro.setText(self.tr("My own points. Say them with pictures, your voice or words."))
        self.add_pictures.set_words(self.tr("Pictures"), self.tr("Add a point with pictures"))
        self.add_voice.set_words(self.tr("My voice"), self.tr("Add a point in my voice"))
        self.add_words.set_words(self.tr("Words"), self.tr("Add a point in words"))
        self.no_points.setText(self.tr("No points yet. Add one with pictures, your voice or words."))
        self._retranslate_editor()
