"""The recovery council's cards: a thing the rep can take to the council (with its counts as
services.disclosure allows them) and one of the rep's own points, with Hear, Change and Remove."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.council import PointInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import join_sentences
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

# --- widgets ------------------------------------------------------------------------------------------


class ThemeCard(QFrame):
    """One thing the rep can take: a symbol, a title, its counts in words, and a big Take this toggle
    that saves at once."""

    def __init__(
        self,
        context: UiContext,
        symbol_id: str | None,
        words: Callable[[], tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._words = words
        self._symbol = QLabel(self)
        self._symbol.setObjectName("symbol")
        if symbol_id:
            self._symbol.setPixmap(context.painter.pixmap(symbol_id, 64, self.devicePixelRatioF()))
        self._symbol.setVisible(bool(symbol_id))
        self.title = plain_label(self, "subtitle")
        self.details = plain_label(self, "body")
        self.take = ChoiceTile(
            context.painter, context.speaker, "add", pick_one=False, symbol_size=44, max_lines=2
        )
        self.take.setObjectName("take-this")
        self.take.setMinimumSize(200, 110)
        self.take.setMaximumWidth(260)
        text = QVBoxLayout()
        text.setSpacing(4)
        text.addWidget(self.title)
        text.addWidget(self.details)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(16)
        row.addWidget(self._symbol, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.take, 0, Qt.AlignmentFlag.AlignVCenter)
        self.refresh()

    def set_taken(self, taken: bool) -> None:
        self.take.setChecked(taken)
        self.refresh()

    def refresh(self) -> None:
        title, details = self._words()
        self.title.setText(title)
        self.details.setText(details)
        self.details.setVisible(bool(details))
        if self.take.isChecked():
            self.take.set_symbol("done")
            self.take.set_words(
                QCoreApplication.translate("CouncilWords", "Taking this"),
                join_sentences(
                    QCoreApplication.translate("CouncilWords", "Taking this to the council"),
                    title,
                    QCoreApplication.translate("CouncilWords", "Press to leave it out"),
                ),
            )
        else:
            self.take.set_symbol("add")
            self.take.set_words(
                QCoreApplication.translate("CouncilWords", "Take this"),
                join_sentences(QCoreApplication.translate("CouncilWords", "Take this to the council"), title),
            )

    def spoken(self) -> str:
        taken = (
            QCoreApplication.translate("CouncilWords", "I am taking this.") if self.take.isChecked() else ""
        )
        return join_sentences(self.title.text(), *self.details.text().split("\n"), taken)


class PointCard(QFrame):
    """One of my points: whose words, the words, the symbols, my voice; Hear, Change and Remove."""

    hear_requested = Signal(object)
    change_requested = Signal(object)
    remove_requested = Signal(object)

    def __init__(
        self, context: UiContext, point: PointInfo, heading: str, body: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.point = point
        painter, speaker = context.painter, context.speaker
        self.heading = plain_label(self, "subtitle")
        self.heading.setText(heading)
        self.body = plain_label(self, "body")
        self.body.setText(body)
        symbols = QHBoxLayout()
        symbols.setSpacing(8)
        for symbol_id in point.symbols[-8:]:  # a sentence's last pictures (its words say all of it)
            picture = QLabel(self)
            picture.setObjectName("symbol")
            picture.setPixmap(painter.pixmap(symbol_id, 56, self.devicePixelRatioF()))
            symbols.addWidget(picture)
        symbols.addStretch(1)
        # Two lines of words under each symbol: as tall as the card's words, whole at every word size.
        self.hear = SymbolButton(painter, speaker, "read-aloud", symbol_size=36, max_lines=2)
        self.change = SymbolButton(painter, speaker, "change", symbol_size=36, max_lines=2)
        self.remove = SymbolButton(painter, speaker, "remove", symbol_size=36, max_lines=2)
        for button in (self.hear, self.change, self.remove):
            button.setMinimumSize(190, 150)
            button.setMaximumSize(220, 160)
        self.change.setVisible(bool(point.words or point.symbols))
        self.hear.clicked.connect(lambda: self.hear_requested.emit(self.point))
        self.change.clicked.connect(lambda: self.change_requested.emit(self.point))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.point))
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.body)
        text.addLayout(symbols)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(12)
        row.addLayout(text, 1)
        row.addWidget(self.hear)
        row.addWidget(self.change)
        row.addWidget(self.remove)


# --- the screen -------------------------------------------------------------------------------------
