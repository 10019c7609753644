"""Tiles in fixed places, a whole page at a time: never a scroll bar on a patient screen.

Cells go in reading order into rows of `columns` (a cell may span several columns). As many whole
rows as fit the height make a page; when they do not all fit, big "Page before" and "More" arrows and
"Page 1 of 2" appear under them. A cell stays on its page at a given size, so a person learns where a
choice is. Cells off the page are hidden, so switches, Tab and screen readers meet only what shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.scan_order import AFTER_SIBLINGS
from coprod_desktop.ui.kit.word_size import big_words
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import UNLIMITED, SymbolButton

ARROW_WIDTH = 250
"""An arrow beside the tiles at big words, on its side: "Page before" in two whole lines."""


@dataclass
class _Cell:
    widget: QWidget
    span: int
    left_out: bool = False
    """Not there for this person (the screen said so with `leave_out`): takes no place."""


class PagedGrid(QWidget):
    page_changed = Signal(int)

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        columns: int = 2,
        parent: QWidget | None = None,
        *,
        spacing: int = 24,
        row_stretch: bool = False,
        cell_size: tuple[int, int] | None = None,
        arrows_beside: bool = False,
        arrows_under_when_big: bool = False,
    ) -> None:
        """`row_stretch` lets the rows share the height (big tiles); otherwise they sit at the top.
        With `cell_size` every cell has that size and as many columns fit as the width allows."""
        super().__init__(parent)
        self._columns = columns
        self._cell_size = cell_size
        self._spacing = spacing
        self._row_stretch = row_stretch
        self._cells: list[_Cell] = []
        self._pages: list[list[list[_Cell]]] = []
        self._page = 0
        self._showing = False
        self._area = QWidget(self)
        self._area.installEventFilter(self)  # its tiles widening with the words: page again
        self._paged_cell_width = 0
        self._grid = QGridLayout(self._area)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(spacing)
        # Beside the tiles, the arrow above its words: low enough for the arrows and the count to
        # fit beside one row of tiles.
        arrow_size = 40 if arrows_beside else 48
        self.before = SymbolButton(
            painter, speaker, "previous", symbol_size=arrow_size, max_lines=2, beside=not arrows_beside
        )
        self.more = SymbolButton(
            painter, speaker, "next", symbol_size=arrow_size, max_lines=2, beside=not arrows_beside
        )
        for arrow in (self.before, self.more):
            arrow.setMinimumSize(280, 96)
            # Switches meet the tiles first, then the arrows (see scan_order.scan_items).
            arrow.setProperty(AFTER_SIBLINGS, True)
        self.before.clicked.connect(lambda: self.show_page(self._page - 1))
        self.more.clicked.connect(lambda: self.show_page(self._page + 1))
        self.counter = QLabel(self)
        self.counter.setProperty("role", "subtitle")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Under the tiles, or beside them where height is short (a board of phrases); beside them
        # at normal words and under them at big words where the tiles need the width (Home).
        self._beside: bool | None = None
        self._beside_at_normal = arrows_beside
        self._under_when_big = arrows_under_when_big
        self._arrows = QWidget(self)
        arrows = QVBoxLayout(self._arrows) if arrows_beside else QHBoxLayout(self._arrows)
        arrows.setContentsMargins(0, 0, 0, 0)
        arrows.addWidget(self.before)
        arrows.addWidget(self.counter, 1)
        arrows.addWidget(self.more)
        layout: QBoxLayout = QHBoxLayout(self) if arrows_beside else QVBoxLayout(self)
        self._layout = layout
        self._set_arrows_beside(arrows_beside)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(spacing)
        layout.addWidget(self._area, 1)
        layout.addWidget(self._arrows)
        self._arrows.hide()
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.timeout.connect(self.repage)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # The rows (and, with `cell_size`, the columns) follow the room (repage), so the page shown
        # now must not hold the grid at its size: what is beside or above it keeps the room its words
        # need, and the grid pages instead (minimumSizeHint).
        self._grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.retranslate()

    # --- filling --------------------------------------------------------------------------------
    def add(self, widget: QWidget, span: int = 1) -> QWidget:
        widget.setParent(self._area)
        if self._cell_size is not None:
            if isinstance(widget, SymbolButton):
                widget.keep_cell_size(*self._cell_size)
            else:
                widget.setFixedSize(*self._cell_size)
        self._cells.append(_Cell(widget, max(1, min(span, self._columns))))
        self._relayout.start(0)
        return widget

    def clear(self) -> None:
        for cell in self._cells:
            self._grid.removeWidget(cell.widget)
            cell.widget.hide()  # gone from the screen and the focus chain now, deleted later
            cell.widget.deleteLater()
        self._cells = []
        self._pages = []
        self._page = 0
        self._relayout.start(0)

    def widgets(self) -> list[QWidget]:
        return [cell.widget for cell in self._cells]

    def items(self) -> list[QWidget]:
        return self.widgets()

    def set_items(self, items: list[QWidget]) -> None:
        """Replaces every cell (the old ones are deleted), back on the first page."""
        waiting = self._relayout.isActive()  # a change of style or size, still to be paged for
        self.clear()
        for item in items:
            self.add(item)
        if not waiting:
            self._relayout.stop()  # paged just below: not a second time (a page of search results)
        self.repage()

    # --- pages ----------------------------------------------------------------------------------
    @property
    def page(self) -> int:
        return self._page

    def page_count(self) -> int:
        return max(1, len(self._pages))

    def page_of(self, widget: QWidget) -> int | None:
        for number, page in enumerate(self._pages):
            if any(cell.widget is widget for row in page for cell in row):
                return number
        return None

    def show_page_of(self, widget: QWidget) -> None:
        number = self.page_of(widget)
        if number is not None and number != self._page:
            self.show_page(number)

    def _rows(self) -> list[list[_Cell]]:
        rows: list[list[_Cell]] = []
        used = self._columns
        for cell in self._cells:
            if cell.left_out:
                continue
            if used + cell.span > self._columns:
                rows.append([])
                used = 0
            rows[-1].append(cell)
            used += cell.span
        return rows

    def _row_height(self, row: list[_Cell], width: int) -> int:
        column = max(1, (width - self._spacing * (self._columns - 1)) // self._columns)
        heights = []
        for cell in row:
            w = column * cell.span + self._spacing * (cell.span - 1)
            widget = cell.widget
            hint = widget.heightForWidth(w) if widget.hasHeightForWidth() else -1
            heights.append(max(hint, widget.minimumSizeHint().height(), widget.minimumHeight()))
        return max(heights) if heights else 0

    def _set_arrows_beside(self, beside: bool) -> None:
        if beside == self._beside:
            return
        self._beside = beside
        arrows = self._arrows.layout()
        assert isinstance(arrows, QBoxLayout)
        arrows.setDirection(QBoxLayout.Direction.TopToBottom if beside else QBoxLayout.Direction.LeftToRight)
        self._layout.setDirection(
            QBoxLayout.Direction.LeftToRight if beside else QBoxLayout.Direction.TopToBottom
        )
        # Beside the tiles: one line of count between the arrows, not two.
        self.counter.setProperty("role", "body" if beside else "subtitle")
        self.counter.setWordWrap(beside)
        self.counter.setMaximumWidth(220 if beside else 16777215)
        self.counter.setVisible(True)
        for arrow in (self.before, self.more):
            arrow.set_beside(not beside)
            arrow.setMinimumSize(196 if beside else 280, 96)
            arrow.setMaximumWidth(220 if beside else 16777215)

    def repage(self) -> None:
        """Splits the rows into pages that fit; called on every resize and change of word size."""
        if self._under_when_big:
            self._set_arrows_beside(self._beside_at_normal and not big_words(self))
        if self._beside:
            # Big words: each arrow beside its words and a little wider, so "Page before" keeps two
            # whole lines, and no page count between them (the arrows' descriptions still say it).
            big = big_words(self)
            for arrow in (self.before, self.more):
                arrow.set_beside(big)
                arrow.setMaximumWidth(280 if big else 220)
            # Wide enough for "Tudalen cynt" on one line where two arrows of two lines each would not
            # fit the height (one low row of tiles, as on My meeting).
            least, most = 196, UNLIMITED
            if big:
                least = most = ARROW_WIDTH
                stacked = sum(arrow.heightForWidth(ARROW_WIDTH) for arrow in (self.before, self.more))
                if stacked + self._spacing > self.height():
                    most = UNLIMITED
                    least = max(arrow.sizeHint().width() for arrow in (self.before, self.more))
            for arrow in (self.before, self.more):
                arrow.cap_width(most)
                arrow.setMinimumWidth(min(least, arrow.maximumWidth()))
            self._arrows.layout().invalidate()  # its size hint below is the arrows' new width
            self.counter.setVisible(not big)
        width, room = self.width(), self.height()
        pages = self._paginate(width, room)
        if len(pages) > 1:  # the arrows take room too
            if self._beside:
                pages = self._paginate(width - self._arrows.sizeHint().width() - self._spacing, room)
            else:
                pages = self._paginate(width, room - self._arrows.sizeHint().height() - self._spacing)
        self._pages = pages
        self.show_page(min(self._page, len(pages) - 1) if pages else 0, announce=False)

    def _cell_width(self) -> int:
        """The cells' width now: tiles widen in step with bigger words (keep_cell_size)."""
        assert self._cell_size is not None
        return max([self._cell_size[0], *(cell.widget.minimumWidth() for cell in self._cells)])

    def _paginate(self, width: int, room: int) -> list[list[list[_Cell]]]:
        if self._cell_size is not None:
            cell_width = self._paged_cell_width = self._cell_width()
            self._columns = max(1, (width + self._spacing) // (cell_width + self._spacing))
        rows = self._rows()
        return self._split(rows, [self._row_height(row, width) for row in rows], room)

    def _split(self, rows: list[list[_Cell]], heights: list[int], room: int) -> list[list[list[_Cell]]]:
        pages: list[list[list[_Cell]]] = []
        used = 0
        for row, height in zip(rows, heights, strict=True):
            needed = height + (self._spacing if used else 0)
            if not pages or used + needed > room:
                pages.append([])
                used = 0
                needed = height
            pages[-1].append(row)
            used += needed
        return pages

    def show_page(self, number: int, announce: bool = True) -> None:
        if not self._pages:
            self._arrows.hide()
            return
        # Showing and hiding cells can resize the grid, which pages it again: that waits until this
        # page is shown (see resizeEvent), and this page is read once, here.
        self._showing = True
        try:
            self._show_page(number, announce)
        finally:
            self._showing = False

    def _show_page(self, number: int, announce: bool) -> None:
        pages = self._pages
        number = max(0, min(number, len(pages) - 1))
        page = pages[number]
        self._page = number
        while self._grid.count():
            self._grid.takeAt(0)
        showing = {id(cell.widget) for row in page for cell in row}
        for cell in self._cells:
            if id(cell.widget) not in showing:
                cell.widget.hide()
        centred = Qt.AlignmentFlag.AlignCenter if self._cell_size is not None else Qt.AlignmentFlag(0)
        shown: list[QWidget] = []
        for r, row in enumerate(page):
            c = 0
            for cell in row:
                self._grid.addWidget(cell.widget, r, c, 1, cell.span, centred)
                cell.widget.show()
                shown.append(cell.widget)
                c += cell.span
            self._grid.setRowStretch(r, 1 if self._row_stretch else 0)
        last = len(page)
        for extra in range(last, self._grid.rowCount()):
            self._grid.setRowStretch(extra, 0)
        self._grid.setRowStretch(last, 0 if self._row_stretch else 1)
        for column in range(max(self._columns, self._grid.columnCount())):
            self._grid.setColumnStretch(column, 1 if column < self._columns else 0)
        several = len(pages) > 1
        self._arrows.setVisible(several)
        self.before.setEnabled(number > 0)
        self.more.setEnabled(number < len(pages) - 1)
        self._show_counter()
        if announce:
            self.page_changed.emit(number)
            first = page[0][0].widget if page else None
            if first is not None and self.window().focusWidget() in (self.before, self.more):
                focus_on = first if first.focusPolicy() & Qt.FocusPolicy.TabFocus else None
                if focus_on is None:
                    kids = [
                        w for w in first.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    ]
                    focus_on = kids[0] if kids else None
                if focus_on is not None:
                    focus_on.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_counter(self) -> None:
        where = self.tr("Page {number} of {count}").format(number=self._page + 1, count=self.page_count())
        self.counter.setText(where)
        for arrow in (self.before, self.more):
            arrow.setAccessibleDescription(where)

    def leave_out(self, widget: QWidget, left_out: bool = True) -> None:
        """A cell that is not there for this person (or not now); the pages are made again."""
        for cell in self._cells:
            if cell.widget is widget:
                cell.left_out = left_out
        if left_out:
            widget.hide()
        self.repage()

    # --- Qt ---------------------------------------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return False  # any height will do: the rows that do not fit go on the next page

    def sizeHint(self) -> QSize:
        # Not the height of the page shown now: that would hold the grid at it (the rows follow the
        # height, see minimumSizeHint). The grid expands into whatever room there is.
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        # One cell and the arrows: fewer rows and columns, more pages, rather than squeezing the
        # words beside or above the grid.
        if self._cell_size is not None:
            cell_width, cell_height = self._cell_width(), self._cell_size[1]
        else:
            cells = [cell.widget.minimumSizeHint() for cell in self._cells if not cell.left_out]
            cell_width = max((size.width() for size in cells), default=0)
            cell_height = max((size.height() for size in cells), default=0)
        arrows = self._arrows.minimumSizeHint()
        if self._beside:
            return QSize(cell_width + self._spacing + arrows.width(), max(cell_height, arrows.height()))
        return QSize(max(cell_width, arrows.width()), cell_height + self._spacing + arrows.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A tile widened (bigger words, keep_cell_size) after the grid was paged: fewer columns fit.
        if (
            watched is self._area
            and event.type() == QEvent.Type.LayoutRequest
            and self._cell_size is not None
            and self._cell_width() != self._paged_cell_width
        ):
            self._relayout.start(0)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._showing:  # a page going up resized the grid: paged again once it is up
            self._relayout.start(0)
        else:
            self.repage()  # at once: the cells must never be seen, or pressed, where they do not fit

    def retranslate(self) -> None:
        self.before.set_words(self.tr("Page before"))
        self.more.set_words(self.tr("More"))
        self._show_counter()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._relayout.start(0)  # not now: the style is still being applied to the children
        super().changeEvent(event)
