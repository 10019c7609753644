"""Stands where a person's private things would be until they confirm who they are.

Private: what was agreed, staff notes, their words, their worries, thank-yous sent to them. The
cover says so in plain words and has one big Show button; Show asks for the picture password where
the person has one (the main window does that, through the PrivacyGate).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class PrivateCover(QWidget):
    def __init__(self, context: UiContext, what: str = "", parent: QWidget | None = None) -> None:
        """`what` names what is hidden ("What we agreed last time"); empty means "your private things"."""
        super().__init__(parent)
        self._context = context
        self._what = what
        self.setObjectName("private-cover")
        self._picture = QLabel(self)
        self._picture.setObjectName("symbol")
        self._picture.setPixmap(context.painter.pixmap("private", 48))
        self._picture.setFixedSize(60, 60)
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words = title_label(self, role="body")
        self.show_button = SymbolButton(
            context.painter, context.speaker, "unlock", symbol_size=48, beside=True
        )
        self.show_button.setObjectName("show-private")
        self.show_button.setMinimumSize(250, 96)  # "Dangos" on one line at every word size
        self.show_button.setMaximumWidth(340)
        self.show_button.clicked.connect(context.privacy.request_open)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignVCenter)
        text = QVBoxLayout()
        text.addWidget(self.words)
        row.addLayout(text, 1)
        row.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate()

    def set_what(self, what: str) -> None:
        self._what = what
        self.retranslate()

    def spoken(self) -> str:
        return f"{self.words.text()} {self.show_button.spoken}"

    def retranslate(self) -> None:
        if self._what:
            self.words.setText(self.tr("{what} is private. Press Show to see it.").format(what=self._what))
        else:
            self.words.setText(self.tr("Your private things are hidden. Press Show to see them."))
        self.show_button.set_words(self.tr("Show"), self.tr("Show my private things"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
