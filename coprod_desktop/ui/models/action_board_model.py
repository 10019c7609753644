"""The You said, we did board as a list model: a page of actions at a time, fetched as the list
scrolls, so a ward with thousands of actions opens as fast as one with ten.

What the model shows is what its source gives it: patients' boards are fed only what is on the
board (ActionService.board); a person's own "What I said" also holds their worries and their ideas
still waiting for staff, which nobody else sees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.services.worries import WorryRecord

PAGE = 200

ACTION_ROLE = Qt.ItemDataRole.UserRole + 1
"""The record of a row: an ActionRecord, or in a person's own list, one of their WorryRecords."""

BoardItem = ActionRecord | WorryRecord

Fetch = Callable[[int, int], list[BoardItem]]
"""(offset, limit) → one page of actions, in board order."""

Index = QModelIndex | QPersistentModelIndex


class ActionBoardModel(QAbstractListModel):
    def __init__(self, spoken: Callable[[BoardItem], str], parent: object = None) -> None:
        """`spoken` gives a row's words for screen readers and the list's own speech."""
        super().__init__(parent)  # type: ignore[arg-type]
        self._spoken = spoken
        self._fetch: Fetch | None = None
        self._rows: list[BoardItem] = []
        self._more = False

    def set_source(self, fetch: Fetch) -> None:
        """Starts again from the first page of `fetch` (a new ward, a new filter, or a change)."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = fetch(0, PAGE)
        self._more = len(self._rows) == PAGE
        self.endResetModel()

    def reload(self) -> None:
        """Reads again as many rows as are loaded, after a change somewhere else."""
        if self._fetch is None:
            return
        wanted = max(len(self._rows), PAGE)
        self.beginResetModel()
        self._rows = self._fetch(0, wanted)
        self._more = len(self._rows) == wanted
        self.endResetModel()

    def action(self, row: int) -> BoardItem:
        return self._rows[row]

    def actions(self) -> list[BoardItem]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        if role == ACTION_ROLE:
            return record
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._spoken(record)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetch is None or not self._more:
            return
        page = self._fetch(len(self._rows), PAGE)
        self._more = len(page) == PAGE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
