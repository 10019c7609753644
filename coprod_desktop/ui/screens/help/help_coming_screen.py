"""I need help: one big, calm card. It calls nobody and records nothing; it tells the room."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

SYMBOL_SIZE = 200


class HelpComingScreen(Screen):
    closed = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._picture = QLabel(self)
        self._picture.setObjectName("symbol")  # gets the light tile in high contrast
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture.setFixedSize(SYMBOL_SIZE + 24, SYMBOL_SIZE + 24)
        self._picture.setPixmap(context.painter.pixmap("staff-coming", SYMBOL_SIZE))
        self._message = title_label(self)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ok = SymbolButton(context.painter, context.speaker, "ok", symbol_size=72)
        self.ok.setMinimumSize(260, 160)
        self.ok.clicked.connect(self.closed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(32)
        layout.addStretch(1)
        layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._message)
        layout.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("A member of staff is coming")

    def retranslate(self) -> None:
        self._message.setText(self.title())
        self.ok.set_words(self.tr("OK"))
