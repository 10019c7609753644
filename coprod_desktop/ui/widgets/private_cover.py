"""Stands where a person's private things would be until they confirm who they are.

Private: what was agreed, staff notes, their words, their worries, thank-yous sent to them. The
cover says so in plain words and has one big Show button; Show asks for the picture password where
the person has one (the main window does that, through the PrivacyGate).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.word_size import BigWordsWatch, big_words
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

WORDS_ROOM = 360
"""The least width for the words beside Show; narrower, Show goes under them."""


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
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(16)
        self._grid.addWidget(self._picture, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        self._grid.addWidget(self.words, 0, 1)
        self._grid.setColumnStretch(1, 1)
        self._said = ""
        self._short = ""
        # Big words: only "... is hidden" shows (the whole is still said); in a narrow cover
        # Show goes under the words (_place_show). Beside Show on Home the words had a column a
        # word wide and ran out of room ("Mae eich / pethau / preifat ..." at the biggest size).
        self._big_words = BigWordsWatch(self.words, lambda _big: self._place_show())
        self.retranslate()

    def set_what(self, what: str) -> None:
        self._what = what
        self.retranslate()

    def spoken(self) -> str:
        return f"{self._said} {self.show_button.spoken}"

    def retranslate(self) -> None:
        if self._what:
            self._said = self.tr("{what} is private. Press Show to see it.").format(what=self._what)
            self._short = self.tr("{what} is private.").format(what=self._what)
        else:
            self._said = self.tr("Your private things are hidden. Press Show to see them.")
            self._short = self.tr("Your private things are hidden.")
        self._place_show()
        self.show_button.set_words(self.tr("Show"), self.tr("Show my private things"))

    def _show_words(self) -> None:
        """The short words at big words, or with Show under them, where Show itself says the rest
        (a narrow cover at the top of Home must not push the big choices down)."""
        big = big_words(self.words)
        self.words.setText(self._short if big or self._show_under() else self._said)
        self._picture.setVisible(not big)  # the words take its room; Show keeps its own lock

    def _show_under(self) -> bool:
        """Show beside the words, or under them where the words beside it would have too narrow
        a column (Home's greeting: eight lines of Welsh); a wide cover (My meeting's) keeps it
        beside, saving height."""
        room = self.width() - self.show_button.minimumWidth() - self._grid.spacing()
        return room < WORDS_ROOM

    def _place_show(self) -> None:
        under = self._show_under()
        cell = (1, 1) if under else (0, 2)
        if self._grid.getItemPosition(self._grid.indexOf(self.show_button))[:2] != cell:
            self._grid.removeWidget(self.show_button)
            alignment = Qt.AlignmentFlag.AlignLeft if under else Qt.AlignmentFlag.AlignVCenter
            self._grid.addWidget(self.show_button, *cell, alignment)
        self._show_words()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_show()
        self.words.setAccessibleName(self._said)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
