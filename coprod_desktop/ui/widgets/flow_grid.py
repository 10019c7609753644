"""A grid of big buttons that reflows to the window width and scrolls, so any number of people fit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QScrollArea, QWidget

SPACING = 16


class FlowGrid(QScrollArea):
    def __init__(self, cell_width: int = 230, cell_height: int = 230, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cell_width = cell_width
        self._cell_height = cell_height
        self._items: list[QWidget] = []
        self._columns = 0
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setSpacing(SPACING)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setWidget(self._inner)

    def items(self) -> list[QWidget]:
        return list(self._items)

    def set_items(self, items: list[QWidget]) -> None:
        for old in self._items:
            self._grid.removeWidget(old)
            old.deleteLater()
        self._items = items
        for item in items:
            item.setFixedSize(self._cell_width, self._cell_height)
        self._columns = 0
        self._reflow()

    def _reflow(self) -> None:
        margins = self._grid.contentsMargins()
        available = max(self.viewport().width() - margins.left() - margins.right(), self._cell_width)
        columns = max(1, (available + SPACING) // (self._cell_width + SPACING))
        if columns == self._columns:
            return
        self._columns = columns
        for item in self._items:
            self._grid.removeWidget(item)
        for index, item in enumerate(self._items):
            self._grid.addWidget(item, index // columns, index % columns)
        # Keyboard and switch order follows reading order.
        for first, second in zip(self._items, self._items[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()
