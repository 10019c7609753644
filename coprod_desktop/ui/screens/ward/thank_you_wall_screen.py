"""The thank-you wall: the ward's thank-yous their authors agreed to show, and the thank-yous said to
me. Tapping one reads it aloud; one to someone whose name its author said in their own voice offers
"Hear the name", which plays it.

The wall pages its rows from the store (ThankYouWallModel), so a ward with years of thank-yous opens
as quickly as a new one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QListView, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.thanks import ThanksRecord
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.scroll_pager import ScrollPager
from coprod_desktop.ui.models.thank_you_model import (
    RECORD_ROLE,
    ThanksListModel,
    ThankYouWallModel,
    recipient_words,
    spoken_thanks,
)
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.screens.ward.thank_you_delegate import ThankYouDelegate
from coprod_desktop.ui.widgets.spoken_list import SpokenListView
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

WALL, MINE = "wall", "mine"


class ThankYouWallScreen(Screen):
    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._showing = WALL
        self._fresh = True
        self._heading = title_label(self)
        painter, speaker = context.painter, context.speaker

        self.wall_button = ChoiceTile(painter, speaker, "thank-you-wall", symbol_size=56, beside=True)
        self.mine_button = ChoiceTile(painter, speaker, "thank-you", symbol_size=56, beside=True)
        self._group = ChoiceGroup(pick_one=True, parent=self)
        for key, button in ((WALL, self.wall_button), (MINE, self.mine_button)):
            button.setMinimumSize(300, 110)
            button.setMaximumHeight(130)
            self._group.add(button, key)
            button.clicked.connect(lambda _checked=False, k=key: self.show_list(k))
        self.wall_button.setChecked(True)
        # The name of someone else, said in the author's own voice: heard when their thank-you is tapped.
        self.hear_name = SymbolButton(
            painter, speaker, "microphone", symbol_size=48, max_lines=2, beside=True
        )
        self.hear_name.setObjectName("hear-the-name")
        self.hear_name.setMinimumSize(280, 110)
        self.hear_name.setMaximumHeight(130)
        self.hear_name.clicked.disconnect(self.hear_name.speak)
        self.hear_name.clicked.connect(self.play_name)
        self.hear_name.hide()
        self._name_from: ThanksRecord | None = None
        toggles = QHBoxLayout()
        toggles.setSpacing(24)
        toggles.addWidget(self.wall_button)
        toggles.addWidget(self.mine_button)
        toggles.addStretch(1)
        toggles.addWidget(self.hear_name)

        def recipient(record: ThanksRecord) -> str:
            return recipient_words(record, context.catalogue, context.languages.current)

        self.wall_model = (
            ThankYouWallModel(context.services.thanks, person.ward_id, recipient=recipient)
            if person.ward_id
            else None
        )
        self.mine_model = ThanksListModel(recipient=recipient)
        self._mine_loaded = False
        self.view = SpokenListView(context.speaker, self)
        self.view.setUniformItemSizes(True)  # one card height for all: the view never measures each row
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)
        self.view.setSpacing(0)
        self.view.setItemDelegate(ThankYouDelegate(painter, self.view))
        self.view.setModel(self.wall_model or self.mine_model)
        self.view.clicked.connect(self.read_item)
        self.view.activated.connect(self.read_item)

        self.showing_label = title_label(self, role="subtitle")
        self.empty = title_label(self, role="subtitle")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._heading)
        layout.addLayout(toggles)
        layout.addWidget(self.showing_label)
        self.pager = ScrollPager(painter, context.speaker, self.view)
        layout.addWidget(self.pager, 1)
        layout.addWidget(self.empty, 1)
        self.retranslate()

    # --- which list -------------------------------------------------------------------------------
    @property
    def showing(self) -> str:
        return self._showing

    def current_model(self) -> ThanksListModel:
        model = self.view.model()
        assert isinstance(model, ThanksListModel)
        return model

    def show_list(self, which: str) -> None:
        if which == MINE and not self._context.privacy.is_open(self._person.id):
            # Thank-yous sent to me are private: Show first (the picture password, if I have one).
            self._context.privacy.request_open()
            if not self._context.privacy.is_open(self._person.id):
                self.wall_button.setChecked(True)
                self.mine_button.setChecked(False)
                return
        self._showing = which
        (self.wall_button if which == WALL else self.mine_button).setChecked(True)
        if which == MINE:
            if not self._mine_loaded:
                self.mine_model.set_records(self._context.services.thanks.to_person(self._person.id))
                self._mine_loaded = True
            self.view.setModel(self.mine_model)
        else:
            self.view.setModel(self.wall_model or self.mine_model)
        self.view.scrollToTop()
        self._show_name(None)
        self._show_empty()
        self._context.speaker.say(self._list_summary())

    def records_shown(self) -> list[ThanksRecord]:
        """The thank-yous loaded into the list now (the wall loads more as it scrolls)."""
        model = self.current_model()
        return [model.record(row) for row in range(model.rowCount())]

    def read_item(self, index: QModelIndex) -> None:
        record = index.data(RECORD_ROLE)
        if isinstance(record, ThanksRecord):
            self._show_name(record)
            said = spoken_thanks(record, self.current_model().recipient(record))
            heard = self.tr("Press Hear the name to hear who it is.") if record.to_recording_file else ""
            self._context.speaker.say(join_sentences(said, heard))

    def _show_name(self, record: ThanksRecord | None) -> None:
        """Hear the name shows for the thank-you tapped last, when its author recorded the name."""
        self._name_from = record if record is not None and record.to_recording_file else None
        self.hear_name.setVisible(self._name_from is not None)
        if self._name_from is not None:
            self.hear_name.set_words(
                self.tr("Hear the name"),
                self.tr("Hear the name {author} said").format(author=self._name_from.author_name),
            )

    def play_name(self) -> None:
        record = self._name_from
        if record is None or not record.to_recording_file:
            return
        path = self._context.paths.recordings / Path(record.to_recording_file).name
        if not self._context.speaker.play_file(path):
            self._context.speaker.say(self.tr("This recording will not play."))

    def _count(self) -> int:
        if self._showing == WALL:
            return self.wall_model.total if self.wall_model else 0
        return self.mine_model.rowCount()

    def _show_empty(self) -> None:
        # Which list is showing is said in words too (and a tick), not only by the button's colour.
        tick = "✓ "
        wall, mine = self.tr("The wall"), self.tr("Thank-yous for me")
        on_wall = self._showing == WALL
        self.wall_button.set_words(tick + wall if on_wall else wall, self.tr("Show the thank-you wall"))
        self.mine_button.set_words(mine if on_wall else tick + mine, self.tr("Show the thank-yous for me"))
        if self._showing == WALL:
            self.showing_label.setText(self.tr("Showing: the thank-you wall"))
        else:
            self.showing_label.setText(self.tr("Showing: thank-yous for me"))
        self.empty.setText(self._empty_words())
        empty = self._count() == 0
        self.empty.setVisible(empty)
        self.pager.setVisible(not empty)

    def _empty_words(self) -> str:
        if self._showing == WALL:
            return self.tr("There are no thank-yous on the wall yet. You can say thank you to someone.")
        return self.tr("There are no thank-yous for you yet. You can still say thank you to someone.")

    def _list_summary(self) -> str:
        count = self._count()
        if count == 0:
            return self._empty_words()
        if self._showing == WALL:
            words = self.tr("Thank-yous on the wall: {count}.").format(count=count)
        else:
            words = self.tr("Thank-yous for you: {count}.").format(count=count)
        return join_sentences(words, self.tr("Tap one to hear it."))

    # --- screen -----------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if self._fresh:  # just made: the lists are already up to date
            self._fresh = False
            return
        # Back from elsewhere: new thank-yous may have been said meanwhile.
        self._show_name(None)
        if self.wall_model is not None:
            self.wall_model.reload()
        self._mine_loaded = False
        if self._showing == MINE:
            self.mine_model.set_records(self._context.services.thanks.to_person(self._person.id))
            self._mine_loaded = True
        self._show_empty()

    def title(self) -> str:
        return self.tr("The thank-you wall")

    def spoken_summary(self) -> str:
        return join_sentences(
            self.title(), self._list_summary(), self.wall_button.spoken, self.mine_button.spoken
        )

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.view.setAccessibleName(self.tr("Thank-yous. Tap one to hear it."))
        self._show_empty()
