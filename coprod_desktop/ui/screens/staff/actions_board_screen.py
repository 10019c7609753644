"""You said, we did for staff: the ward's whole board, newest change first, filtered by status;
choose one to answer it (status, reply, reason, owner, date) and see its history.

Staff can also add an action themselves, for something raised out loud on the ward or at a meeting.
"Waiting for a look" lists the ideas patients cannot see yet, until staff put them on the board.
The list is a view over a paged model, so thousands of actions open as fast as a few."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.actions import ActionProblem, ActionRecord
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.kinds import ActionSource, ActionStatus
from coprod_desktop.ui.action_words import said_words, status_words
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.models.action_board_model import ActionBoardModel, BoardItem
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.action_form import ActionForm, colour_words
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.screens.ward.action_delegate import ActionDelegate, CardWords
from coprod_desktop.ui.widgets.spoken_list import SpokenListView
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

FILTERS: tuple[ActionStatus | None, ...] = (None, ActionStatus.RED, ActionStatus.AMBER, ActionStatus.GREEN)


class ActionsBoardScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.actions
        self._filter: ActionStatus | None = None

        self._title = title_label(self)
        self.filter_buttons: dict[ActionStatus | None, QPushButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        filter_row = QHBoxLayout()
        filter_row.setSpacing(10)
        for status in FILTERS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setMinimumHeight(MIN_TARGET)
            button.clicked.connect(lambda _c=False, s=status: self.show_filter(s))
            group.addButton(button)
            filter_row.addWidget(button)
            self.filter_buttons[status] = button
        self.waiting_button = QPushButton(self)
        self.waiting_button.setCheckable(True)
        self.waiting_button.setMinimumHeight(MIN_TARGET)
        self.waiting_button.clicked.connect(self.show_waiting)
        group.addButton(self.waiting_button)
        filter_row.addStretch(1)
        # On a row of its own: beside the four colours its words were cut where the answer form is open.
        waiting_row = QHBoxLayout()
        waiting_row.addWidget(self.waiting_button)
        waiting_row.addStretch(1)

        self.new_words = QLineEdit(self)
        self.new_words.setMaxLength(5_000)
        self.new_words.returnPressed.connect(self.add_action)
        self.add_button = QPushButton(self)
        self.add_button.setMinimumHeight(MIN_TARGET)
        self.add_button.clicked.connect(self.add_action)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_words, 1)
        add_row.addWidget(self.add_button)
        self.message = message_label(self)

        self.form = ActionForm(context, staff, self)
        self.form.saved.connect(self._saved)
        self.model = ActionBoardModel(self.spoken_words, self)
        self.list = SpokenListView(context.speaker, self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(ActionDelegate(context.painter, self.card_words, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)
        self.empty = message_label(self)

        left = QVBoxLayout()
        left.setSpacing(10)
        left.addLayout(filter_row)
        left.addLayout(waiting_row)
        left.addLayout(add_row)
        left.addWidget(self.message)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        form_inner = QWidget()
        right = QVBoxLayout(form_inner)
        right.setContentsMargins(0, 0, 16, 0)
        right.addWidget(self.form)
        right.addStretch(1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_inner)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never narrower than the form: the list beside it gives way, the form's words stay whole.
        self.form_scroll.setMinimumWidth(form_inner.minimumSizeHint().width() + 24)
        self.form_scroll.hide()
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 1)
        body.addWidget(self.form_scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(body, 1)
        self.retranslate()
        self.show_filter(None)

    # --- words ------------------------------------------------------------------------------------
    def card_words(self, record: BoardItem) -> CardWords:
        assert isinstance(record, ActionRecord)
        lines = [said_words(record)]
        if record.status is ActionStatus.RED and record.reason:
            lines.append(self.tr("Why not: {reason}").format(reason=record.reason))
        elif record.reply:
            lines.append(self.tr("Reply: {reply}").format(reply=record.reply))
        else:
            lines.append(self.tr("No reply yet"))
        details = [self.form.source_words(record)]
        if not record.on_board:
            details.append(self.tr("Not on the board yet"))
        owner = self.form.name(record.owner_id)
        if owner:
            details.append(self.tr("Owner: {name}").format(name=owner))
        lines.append(" · ".join(details))
        return CardWords(f"{colour_words(record.status)}", tuple(lines))

    def spoken_words(self, record: BoardItem) -> str:
        assert isinstance(record, ActionRecord)
        return join_sentences(
            colour_words(record.status), status_words(record.status), *self.card_words(record).lines
        )

    # --- list ---------------------------------------------------------------------------------------
    def show_filter(self, status: ActionStatus | None) -> None:
        self._filter = status
        self.filter_buttons[status].setChecked(True)
        ward_id = self.ward_id()
        if ward_id is None:
            self.model.set_source(lambda _o, _l: [])
        else:
            self.model.set_source(
                lambda offset, limit: self._service.board(
                    ward_id, status, offset=offset, limit=limit, for_staff=True
                )
            )
        self._show_empty()

    def _count_waiting(self) -> None:
        ward_id = self.ward_id()
        count = len(self._service.waiting(ward_id)) if ward_id is not None else 0
        self.waiting_button.setText(self.tr("Waiting for a look ({count})").format(count=count))
        self.waiting_button.setAccessibleName(self.waiting_button.text())

    def show_waiting(self) -> None:
        """The ideas no member of staff has looked at yet, oldest first."""
        self._filter = None
        self.waiting_button.setChecked(True)
        ward_id = self.ward_id()
        waiting = self._service.waiting(ward_id) if ward_id is not None else []
        self.model.set_source(lambda offset, limit: list(waiting[offset : offset + limit]))
        self._show_empty()

    def _show_empty(self) -> None:
        self.empty.setVisible(self.model.rowCount() == 0)

    def _chosen(self, index: QModelIndex) -> None:
        record = self.model.action(index.row()) if index.isValid() else None
        if isinstance(record, ActionRecord):
            self.open_action(record)

    def open_action(self, action: ActionRecord) -> None:
        self.form.show_action(action)
        self.form_scroll.show()

    def choose_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self._chosen(index)

    def _saved(self, action: ActionRecord) -> None:
        self._count_waiting()
        if self.waiting_button.isChecked():
            self.show_waiting()
        else:
            self.model.reload()
        self._show_empty()
        for row, record in enumerate(self.model.actions()):
            if record.id == action.id:
                self.list.setCurrentIndex(self.model.index(row, 0))
                break

    def add_action(self) -> None:
        ward_id = self.ward_id()
        if ward_id is None:
            self.message.setText(self.tr("Choose this device's ward first (Ward settings)."))
            return
        try:
            action = self._service.raise_action(
                ward_id, ActionSource.STAFF, self.new_words.text(), by_id=self.staff.id
            )
        except (InvalidText, ActionProblem):
            self.message.setText(self.tr("Write what was said first, then press Add."))
            return
        self.new_words.clear()
        self.message.setText(self.tr("Added. Now give it an answer."))
        self.show_filter(None)
        self.open_action(action)
        self.list.setCurrentIndex(self.model.index(0, 0))

    def action_ids(self) -> list[uuid.UUID]:
        return [record.id for record in self.model.actions()]

    # --- screen -------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self._count_waiting()
        self.model.reload()
        self._show_empty()

    def title(self) -> str:
        return self.tr("You said, we did")

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.list.setAccessibleName(self.tr("The actions on the board"))
        for status, button in self.filter_buttons.items():
            button.setText(self.tr("Everything") if status is None else colour_words(status))
            button.setAccessibleName(
                self.tr("Show everything")
                if status is None
                else join_sentences(colour_words(status), status_words(status))
            )
        self._count_waiting()
        self.new_words.setPlaceholderText(self.tr("Something said on the ward or at a meeting"))
        self.new_words.setAccessibleName(self.tr("Add an action: what was said"))
        self.add_button.setText(self.tr("Add an action"))
        self.add_button.setAccessibleName(self.add_button.text())
        self.empty.setText(self.tr("Nothing on the board here yet."))
        self.form.retranslate()
        self.list.viewport().update()
