"""Whole pages for a long list or long words, instead of a thin scroll bar: big "Page before" and
"More" arrows move a page at a time, a finger can still drag, and the arrows hide when all of it
fits. For lists of cards (the thank-you wall, You said, we did) whose length has no limit, so they
cannot be cut into fixed pages the way PagedGrid does."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractScrollArea, QBoxLayout, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.kit.scan_order import AFTER_SIBLINGS
from coprod_desktop.ui.kit.scrolling import drag_to_scroll
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

OVERLAP = 0.1
"""A tenth of a page stays in view after moving, so the reader keeps their place."""


class ScrollPager(QWidget):
    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        area: QAbstractScrollArea,
        parent: QWidget | None = None,
        *,
        beside: bool = True,
    ) -> None:
        super().__init__(parent)
        self.area = area
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The area is only a window onto the list: its cards and buttons take the focus, never the area
        # itself (an unnamed stop where Space would do nothing).
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        drag_to_scroll(area)
        self.before = SymbolButton(
            painter, speaker, "previous", symbol_size=40, max_lines=2, beside=not beside
        )
        self.more = SymbolButton(painter, speaker, "next", symbol_size=40, max_lines=2, beside=not beside)
        self._lowest = 110 if beside else 88
        for arrow in (self.before, self.more):
            arrow.setMinimumSize(140 if beside else 200, self._lowest)
            arrow.setProperty(AFTER_SIBLINGS, True)
        self.before.clicked.connect(lambda: self.turn(-1))
        self.more.clicked.connect(lambda: self.turn(1))
        self._arrows = QWidget(self)
        arrows: QBoxLayout = QVBoxLayout(self._arrows) if beside else QHBoxLayout(self._arrows)
        arrows.setContentsMargins(0, 0, 0, 0)
        arrows.addWidget(self.before)
        arrows.addStretch(1)
        arrows.addWidget(self.more)
        layout: QBoxLayout = QHBoxLayout(self) if beside else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(area, 1)
        layout.addWidget(self._arrows)
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self._update)
        bar.valueChanged.connect(self._update)
        area.installEventFilter(self)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self._update)
        self.retranslate()
        self._update()

    def turn(self, pages: int) -> None:
        bar = self.area.verticalScrollBar()
        step = max(1, int(self.area.viewport().height() * (1 - OVERLAP)))
        bar.setValue(bar.value() + pages * step)

    def _update(self) -> None:
        # Each arrow at least as high as its words need ("Page before" on two lines at big words):
        # the list or words beside them give the room, and page.
        for arrow in (self.before, self.more):
            arrow.setMinimumHeight(max(self._lowest, arrow.heightForWidth(arrow.width())))
        bar = self.area.verticalScrollBar()
        several = bar.maximum() > bar.minimum()
        self._arrows.setVisible(several)
        self.before.setEnabled(bar.value() > bar.minimum())
        self.more.setEnabled(bar.value() < bar.maximum())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._later.start(0)
        return False

    def retranslate(self) -> None:
        self.before.set_words(self.tr("Page before"))
        self.more.set_words(self.tr("More"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
