"""The mutual help meeting: the thank-yous whose authors asked for them to be read out, oldest first.

Staff read each one aloud (or play the person's own recording), then mark it as read out, which
takes it off this list. Each mark saves at once, so signing out mid-meeting loses nothing. Someone
else shown by a picture has it beside the words; a name said in the author's own voice is played by
"Play the name".
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.thanks import ThanksRecord
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.models.thank_you_model import (
    REASON_SYMBOLS,
    from_to_words,
    reasons_line,
    recipient_words,
    spoken_thanks,
)
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.said_shown import SaidShown
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class ThanksCard(QFrame):
    """One thank-you to read out, with its two buttons."""

    def __init__(self, context: UiContext, record: ThanksRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.record = record
        self._context = context
        painter, speaker = context.painter, context.speaker
        symbol = REASON_SYMBOLS.get(record.reasons[0], "thank-you") if record.reasons else "thank-you"
        self.picture = QLabel(self)
        self.picture.setObjectName("symbol")
        self.picture.setPixmap(painter.pixmap(symbol, 72))
        self.heading = title_label(self, role="subtitle")
        # Someone else, as the picture the author chose for them.
        self.to_picture = QLabel(self)
        self.to_picture.setObjectName("symbol")
        if record.to_symbol_id:
            self.to_picture.setPixmap(painter.pixmap(record.to_symbol_id, 72))
        self.to_picture.setVisible(bool(record.to_symbol_id))
        self.reasons = title_label(self, role="body")
        self.words = title_label(self, role="body")
        # What they said with pictures, the same pictures in their order (the words are above).
        self.said_shown = SaidShown(context, self)
        self.said_shown.show_said(record.said_symbols, None)
        self.read_aloud = SymbolButton(painter, speaker, "read-aloud", symbol_size=48, beside=True)
        self.play_name = SymbolButton(painter, speaker, "microphone", symbol_size=48, beside=True)
        self.play_name.setVisible(bool(record.to_recording_file))
        self.mark_done = SymbolButton(painter, speaker, "done", symbol_size=48, beside=True)
        for button in (self.read_aloud, self.play_name, self.mark_done):
            button.setMinimumSize(320, 96)
            button.setMaximumHeight(110)
        # Read aloud says the thank-you itself, and Play the name plays the name: not their own labels.
        self.read_aloud.clicked.disconnect(self.read_aloud.speak)
        self.play_name.clicked.disconnect(self.play_name.speak)
        heading = QHBoxLayout()
        heading.setSpacing(12)
        heading.addWidget(self.heading, 1)
        heading.addWidget(self.to_picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addLayout(heading)
        text.addWidget(self.reasons)
        text.addWidget(self.words)
        text.addWidget(self.said_shown)
        text.addStretch(1)
        buttons = QVBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.read_aloud)
        buttons.addWidget(self.play_name)
        buttons.addWidget(self.mark_done)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(16)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        layout.addLayout(buttons)
        self.retranslate()

    @property
    def to_words(self) -> str:
        context = self._context
        return recipient_words(self.record, context.catalogue, context.languages.current)

    def retranslate(self) -> None:
        record = self.record
        self.heading.setText(from_to_words(record, self.to_words))
        self.reasons.setText(self.tr("Why: {reasons}").format(reasons=reasons_line(record)))
        self.reasons.setVisible(bool(record.reasons))  # why is optional
        self.words.setText(f"“{record.words}”" if record.words else "")
        self.words.setVisible(bool(record.words))
        if record.recording_file:
            self.read_aloud.set_words(self.tr("Play their recording"))
        else:
            self.read_aloud.set_words(self.tr("Read it aloud"))
        self.play_name.set_words(self.tr("Play the name"))
        self.mark_done.set_words(self.tr("Mark as read out"))
        # Every card has these buttons: their names say whose thank-you they are for.
        for button in (self.read_aloud, self.play_name, self.mark_done):
            button.setAccessibleName(join_sentences(button.words, from_to_words(record, self.to_words)))


class MutualHelpScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._thanks = context.services.thanks
        self.cards: dict[uuid.UUID, ThanksCard] = {}
        self._title = title_label(self)
        self._intro = title_label(self, role="body")
        self.empty = title_label(self, role="subtitle")
        self.message = message_label(self)
        self.message.hide()
        self._list = QVBoxLayout()
        self._list.setSpacing(12)
        inner = QWidget()
        outer = QVBoxLayout(inner)
        outer.setContentsMargins(0, 0, 16, 0)
        outer.addLayout(self._list)
        outer.addWidget(self.empty)
        outer.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self.message)
        layout.addWidget(scroll, 1)
        self._load()
        self.retranslate()

    # --- the list ---------------------------------------------------------------------------------
    def _load(self) -> None:
        ward_id = self.ward_id()
        records = self._thanks.to_read_out(ward_id) if ward_id is not None else []
        if [r.id for r in records] == list(self.cards):
            return  # nothing new since last time: the cards (and focus) stay as they are
        for card in self.cards.values():
            self._list.removeWidget(card)
            card.hide()  # gone at once; deleted when the event loop next runs
            card.deleteLater()
        self.cards = {}
        for record in records:
            card = ThanksCard(self.context, record)
            card.read_aloud.clicked.connect(lambda _checked=False, r=record: self.read_aloud(r))
            card.play_name.clicked.connect(lambda _checked=False, r=record: self.play_name(r))
            card.mark_done.clicked.connect(lambda _checked=False, r=record: self.mark_read_out(r))
            self._list.addWidget(card)
            card.show()  # at once, not on the next turn of the event loop
            self.cards[record.id] = card
        self._show_empty()

    def records(self) -> list[ThanksRecord]:
        return [card.record for card in self.cards.values()]

    def card_for(self, author: str) -> ThanksCard:
        """The first card said by `author` (by the name they are called)."""
        for card in self.cards.values():
            if card.record.author_name == author:
                return card
        raise LookupError(author)

    def _show_empty(self) -> None:
        self.empty.setVisible(not self.cards)

    def read_aloud(self, record: ThanksRecord) -> None:
        """The person's own voice when they recorded one; otherwise the app reads the words."""
        if record.recording_file:
            play = getattr(self.context.speaker, "play_file", None)
            path = self.context.paths.recordings / Path(record.recording_file).name
            if play is not None and play(path):
                return
            self._tell(self.tr("The recording will not play. Here are the words instead."))
        card = self.cards.get(record.id)
        self.context.speaker.say(spoken_thanks(record, card.to_words if card is not None else None))

    def play_name(self, record: ThanksRecord) -> None:
        """Who someone else is, in the author's own voice."""
        if not record.to_recording_file:
            return
        path = self.context.paths.recordings / Path(record.to_recording_file).name
        if not self.context.speaker.play_file(path):
            self._tell(self.tr("The recording of the name will not play."))

    def mark_read_out(self, record: ThanksRecord) -> None:
        self._thanks.mark_read_out(record.id, self.staff.id)
        card = self.cards.pop(record.id, None)
        if card is not None:
            self._list.removeWidget(card)
            card.hide()
            card.deleteLater()
        self._show_empty()
        to = card.to_words if card is not None else None
        self._tell(self.tr("Marked as read out: {thanks}.").format(thanks=from_to_words(record, to)))

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- screen -----------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self._load()

    def title(self) -> str:
        return self.tr("Mutual help meeting")

    def spoken_summary(self) -> str:
        if not self.cards:
            return join_sentences(self.title(), self.empty.text())
        count = self.tr("Thank-yous to read out: {count}.").format(count=len(self.cards))
        return join_sentences(self.title(), count)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(
            self.tr("Thank-yous people asked to have read out. Read each one, then mark it as read out.")
        )
        self.empty.setText(self.tr("There are no thank-yous to read out. All done."))
        for card in self.cards.values():
            card.retranslate()
