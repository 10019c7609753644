"""You said, we did: what people on the ward raised and what happened, Red / Amber / Green.

Each answer is a symbol with its own shape and plain words, so the status never rests on colour;
choosing one shows all of it beside the list and reads it aloud. "What I said" shows only the
things this person raised, and opens first when there are any, so they find their own answer.

The ward's board shows only what is on the board. "What I said" also holds the person's own ideas
still waiting for staff ("Staff will look at this") and their worries with staff's answer, which
show only once the person has confirmed who they are; an answer not heard yet comes first, and is
shown and read aloud, which marks it heard."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.worries import WorryRecord
from coprod_desktop.store.kinds import ActionStatus
from coprod_desktop.ui.action_words import STATUS_SYMBOLS, said_words, status_words
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.scroll_pager import ScrollPager
from coprod_desktop.ui.kit.word_size import BigWordsWatch
from coprod_desktop.ui.models.action_board_model import ActionBoardModel, BoardItem
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.screens.ward.action_delegate import ActionDelegate, CardWords
from coprod_desktop.ui.widgets.private_cover import PrivateCover
from coprod_desktop.ui.widgets.spoken_list import SpokenListView
from coprod_desktop.ui.widgets.symbol_button import SymbolButton, share_layout

FILTERS = ("mine", "all", ActionStatus.GREEN.value, ActionStatus.AMBER.value, ActionStatus.RED.value)
FILTER_SYMBOLS = {
    "mine": "idea",
    "all": "you-said-we-did",
    ActionStatus.GREEN.value: STATUS_SYMBOLS[ActionStatus.GREEN],
    ActionStatus.AMBER.value: STATUS_SYMBOLS[ActionStatus.AMBER],
    ActionStatus.RED.value: STATUS_SYMBOLS[ActionStatus.RED],
}


class YouSaidWeDidScreen(Screen):
    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._service = context.services.actions
        self._chosen: BoardItem | None = None
        painter, speaker = context.painter, context.speaker

        self._heading = title_label(self)
        self.filters: dict[str, ChoiceTile] = {}
        self._filter_group = ChoiceGroup(pick_one=True, parent=self)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(12)
        for key in FILTERS:
            button = ChoiceTile(painter, speaker, FILTER_SYMBOLS[key], symbol_size=36, max_lines=2)
            button.setObjectName(f"filter-{key}")
            button.setMinimumSize(150, 128)
            button.setMaximumHeight(150)
            button.clicked.connect(lambda _checked=False, k=key: self.show_filter(k))
            self._filter_group.add(button, key)
            filter_row.addWidget(button)
            self.filters[key] = button
        share_layout(list(self.filters.values()))

        self.model = ActionBoardModel(self.spoken_words, self)
        self.list = SpokenListView(context.speaker, self)
        self.list.setObjectName("board")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ActionDelegate(painter, self.card_words, self.list))
        self.list.setUniformItemSizes(True)  # one height for every row: no measuring thousands
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.clicked.connect(self._row_chosen)
        self.list.activated.connect(self._row_chosen)
        self.empty = plain_label(self, "subtitle")
        self.empty.hide()
        # Worries are private: until the person has confirmed who they are, a Show cover stands in.
        self.private_cover = PrivateCover(context)
        context.privacy.changed.connect(self._privacy_changed)

        self.detail = QFrame(self)
        self.detail.setProperty("role", "card")
        self.detail_symbol = QLabel(self.detail)
        self.detail_status = plain_label(self.detail, "subtitle")
        self.detail_said = plain_label(self.detail)
        self.detail_reply = plain_label(self.detail)
        self.detail_reason = plain_label(self.detail)
        self.detail_dates = plain_label(self.detail, "muted")
        # Speaks the whole answer when pressed, as every SymbolButton speaks its words.
        self.hear = SymbolButton(painter, speaker, "read-aloud", symbol_size=44, max_lines=1, beside=True)
        self.hear.setMinimumHeight(96)
        self.hear.clicked.connect(self._heard)
        top = self._detail_top = QHBoxLayout()
        top.addWidget(self.detail_symbol)
        top.addWidget(self.detail_status, 1)
        # A long answer scrolls inside the card; the symbol, status and Hear it always show.
        words = QWidget()
        words.setObjectName("card-words")
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 8, 0)
        words_layout.setSpacing(12)
        for label in (self.detail_said, self.detail_reply, self.detail_reason, self.detail_dates):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            words_layout.addWidget(label)
        words_layout.addStretch(1)
        self.detail_scroll = QScrollArea(self.detail)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setWidget(words)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.viewport().setObjectName("card-words")
        inside = self._detail_inside = QVBoxLayout(self.detail)
        inside.setContentsMargins(20, 16, 20, 16)
        inside.setSpacing(12)
        inside.addLayout(top)
        self.detail_pager = ScrollPager(painter, speaker, self.detail_scroll, beside=False)
        inside.addWidget(self.detail_pager, 1)
        inside.addWidget(self.hear)
        self.detail.setMinimumWidth(340)
        self._big_words = BigWordsWatch(self, self._place_hear)
        self.detail.hide()

        body = self._body = QHBoxLayout()
        body.setSpacing(20)
        left = QVBoxLayout()
        self.pager = ScrollPager(painter, speaker, self.list)
        left.addWidget(self.pager, 1)
        left.addWidget(self.empty)
        left.addWidget(self.private_cover)
        body.addLayout(left, 3)
        body.addWidget(self.detail, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self._heading)
        layout.addLayout(filter_row)
        layout.addLayout(body, 1)

        self._mine = self._raised()
        hidden = self._has_hidden_worries()
        self._filter = "mine" if self._mine or hidden else "all"
        self.filters["mine"].setVisible(bool(self._mine) or hidden)
        self.retranslate()
        self.show_filter(self._filter, speak=False)

    # --- words ----------------------------------------------------------------------------------
    def _said(self, record: BoardItem) -> str:
        if isinstance(record, WorryRecord):
            return self.tr("You said: {said}").format(said=record.words)
        return self.tr("You said: {said}").format(said=said_words(record))

    def _status(self, record: BoardItem) -> str:
        if isinstance(record, WorryRecord):
            if record.answer:
                return self.tr("Staff answered you")
            if record.triaged:
                return self.tr("Staff have read this")
            return self.tr("Staff will read this soon")
        if record.waiting_for_staff:
            return self.tr("Staff will look at this")
        return status_words(record.status)

    def _symbol(self, record: BoardItem) -> str:
        if isinstance(record, WorryRecord):
            return "not-happy"
        return "wait" if record.waiting_for_staff else STATUS_SYMBOLS[record.status]

    def _reply(self, record: BoardItem) -> str:
        if isinstance(record, WorryRecord):
            if record.answer:
                return self.tr("Staff said: {answer}").format(answer=record.answer)
            return self.tr("Only staff see this.") if not record.published else ""
        if record.reply:
            return self.tr("We did: {reply}").format(reply=record.reply)
        if record.status is ActionStatus.AMBER:
            return self.tr("Staff will tell you more soon.")
        return ""

    def _reason(self, record: BoardItem) -> str:
        if isinstance(record, WorryRecord):
            if record.published and record.board_words:
                return self.tr("On the board, without your name: {words}").format(words=record.board_words)
            return ""
        if record.status is ActionStatus.RED and record.reason:
            return self.tr("Why not: {reason}").format(reason=record.reason)
        return ""

    def card_words(self, record: BoardItem) -> CardWords:
        lines = [self._said(record), self._reply(record), self._reason(record)]
        return CardWords(self._status(record), tuple(line for line in lines if line), self._symbol(record))

    def spoken_words(self, record: BoardItem) -> str:
        return join_sentences(
            self._status(record), self._said(record), self._reply(record), self._reason(record)
        )

    def _date(self, moment: datetime) -> str:
        local = moment.astimezone()
        return self._context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "d MMMM yyyy"
        )

    # --- showing ------------------------------------------------------------------------------------
    def _private_open(self) -> bool:
        return self._context.privacy.is_open(self._person.id)

    def _raised(self) -> list[BoardItem]:
        """Mine: answers not heard yet first, then newest change first."""
        actions = self._service.raised_by(self._person.id, waiting_too=True)
        worries = self._context.services.worries.mine(self._person.id)
        if not self._private_open():
            worries = []
        published = {w.action_id for w in worries if w.action_id is not None}
        items: list[BoardItem] = [*worries, *(a for a in actions if a.id not in published)]

        def order(item: BoardItem) -> tuple[bool, float]:
            if isinstance(item, WorryRecord):
                changed = max(t for t in (item.raised_at, item.triaged_at, item.answered_at) if t)
                return (not item.answer_waiting, -changed.timestamp())
            return (True, -item.changed_at.timestamp())

        return sorted(items, key=order)

    def _has_hidden_worries(self) -> bool:
        return not self._private_open() and bool(self._context.services.worries.mine(self._person.id))

    def _privacy_changed(self) -> None:
        self._mine = self._raised()
        self.filters["mine"].setVisible(bool(self._mine) or self._has_hidden_worries())
        if self._filter == "mine":
            self.show_filter("mine", speak=False)

    def _place_hear(self, big: bool) -> None:
        """Big words: Hear it beside the status, so the answer's words keep the card's height, and
        the card half the width, for the status and Hear it side by side."""
        self._body.setStretch(0, 1 if big else 3)
        self._body.setStretch(1, 1 if big else 2)
        (self._detail_inside if big else self._detail_top).removeWidget(self.hear)
        if big:
            self._detail_top.addWidget(self.hear)
        else:
            self._detail_inside.addWidget(self.hear)

    def show_filter(self, key: str, speak: bool = True) -> None:
        self._filter = key
        self.filters[key].setChecked(True)
        ward_id = self._person.ward_id
        if key == "mine":
            mine = self._mine
            self.model.set_source(lambda offset, limit: mine[offset : offset + limit])
        elif ward_id is None:
            self.model.set_source(lambda _offset, _limit: [])
        else:
            status = None if key == "all" else ActionStatus(key)
            self.model.set_source(
                lambda offset, limit: self._service.board(ward_id, status, offset=offset, limit=limit)
            )
        self._show_empty()
        if self.model.rowCount():
            first = self.model.action(0)
            # An answer not heard yet is shown and read aloud at once.
            self.choose_row(0, speak=isinstance(first, WorryRecord) and first.answer_waiting)
        else:
            self._show_detail(None)
        if speak and not self.model.rowCount():
            self._context.speaker.say(self.empty.text())

    def _show_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.pager.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        hidden = self._filter == "mine" and self._has_hidden_worries()
        self.private_cover.setVisible(hidden)
        if self._person.ward_id is None:
            self.empty.setText(self.tr("You are not on a ward yet, so there is nothing to show."))
        elif self._filter == "all":
            self.empty.setText(
                self.tr("Nothing here yet. When someone has an idea or is not happy, the answer shows here.")
            )
        else:
            self.empty.setText(self.tr("Nothing here right now."))

    def choose_row(self, row: int, speak: bool = True) -> None:
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self._row_chosen(index, speak)

    def _row_chosen(self, index: QModelIndex, speak: bool = True) -> None:
        if not index.isValid():
            return
        record = self.model.action(index.row())
        self._show_detail(record)
        if speak:
            self._context.speaker.say(self.spoken_words(record))
        if speak:
            self._heard()

    def _heard(self) -> None:
        record = self._chosen
        if isinstance(record, WorryRecord) and record.answer_waiting:
            self._context.services.worries.heard(record.id, self._person.id)

    def _show_detail(self, record: BoardItem | None) -> None:
        self._chosen = record
        self.detail.setVisible(record is not None)
        if record is None:
            return
        self.detail_symbol.setPixmap(
            self._context.painter.pixmap(self._symbol(record), 72, self.devicePixelRatioF())
        )
        self.detail_status.setText(self._status(record))
        self.detail_said.setText(self._said(record))
        reply = self._reply(record)
        self.detail_reply.setText(reply)
        self.detail_reply.setVisible(bool(reply))
        reason = self._reason(record)
        self.detail_reason.setText(reason)
        self.detail_reason.setVisible(bool(reason))
        if isinstance(record, WorryRecord):
            dates = self.tr("Raised {raised}.").format(raised=self._date(record.raised_at))
            if record.answered_at is not None:
                answered = self.tr("Answered {answered}.").format(answered=self._date(record.answered_at))
                dates = f"{dates} {answered}"
        else:
            dates = self.tr("Raised {raised}. Last changed {changed}.").format(
                raised=self._date(record.raised_at), changed=self._date(record.changed_at)
            )
        self.detail_dates.setText(dates)
        self.hear.set_words(self.tr("Hear it"), self.spoken_words(record))
        # Its name starts with its own words, so a screen reader never takes it for the card in the list.
        self.hear.setAccessibleName(join_sentences(self.tr("Hear it"), self.spoken_words(record)))

    @property
    def chosen(self) -> BoardItem | None:
        return self._chosen

    # --- screen -----------------------------------------------------------------------------------
    def on_shown(self) -> None:
        """Answers change while the screen is away (staff update the board): read them again."""
        self._mine = self._raised()
        chosen = self._chosen.id if self._chosen else None
        if self._filter == "mine":
            self.show_filter("mine", speak=False)
        else:
            self.model.reload()
            self._show_empty()
        for row, record in enumerate(self.model.actions()):
            if record.id == chosen:
                self.choose_row(row, speak=False)
                break

    def title(self) -> str:
        return self.tr("You said, we did")

    def spoken_summary(self) -> str:
        parts = [self.title(), self.filters[self._filter].spoken]
        if self._chosen is not None:
            parts.append(self.spoken_words(self._chosen))
        elif not self.model.rowCount():
            parts.append(self.empty.text())
        parts.append(self.tr("Choose one to hear it."))
        return join_sentences(*parts)

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.list.setAccessibleName(self.tr("The answers. Press Enter to hear one."))
        self.private_cover.set_what(self.tr("What I said when I was not happy"))
        names = {
            "mine": (self.tr("What I said"), self.tr("Show what I said")),
            "all": (self.tr("Everything"), self.tr("Show everything")),
            ActionStatus.GREEN.value: (status_words(ActionStatus.GREEN), self.tr("Show what is done")),
            # Shorter than the status's own words, so the row's words fit under their symbols.
            ActionStatus.AMBER.value: (self.tr("Working on it"), self.tr("Show what we are working on")),
            ActionStatus.RED.value: (self.tr("We can't do this"), self.tr("Show what we can't do")),
        }
        for key, (words, spoken) in names.items():
            self.filters[key].set_words(words, spoken)
        self._show_empty()
        self._show_detail(self._chosen)
        self.list.viewport().update()
