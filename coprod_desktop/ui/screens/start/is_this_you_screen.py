"""Is this you? The chosen picture, big, with the name said aloud, before anything private shows.

A tap on the wrong picture (or by someone else) stops here: No goes back to Who are you?.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE_SIZE = 260


class IsThisYouScreen(Screen):
    confirmed = Signal(object)
    """The PersonInfo, once they press "Yes, this is me"."""
    not_me = Signal()

    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        ctx = context
        self._picture = QLabel(self)
        self._picture.setObjectName("symbol")
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture.setPixmap(person_pixmap(ctx.painter, person, PICTURE_SIZE, ctx.paths.pictures))
        self._question = title_label(self)
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.yes = SymbolButton(ctx.painter, ctx.speaker, "yes", symbol_size=72, max_lines=2)
        self.yes.setObjectName("this-is-me")
        self.no = SymbolButton(ctx.painter, ctx.speaker, "no", symbol_size=72, max_lines=2)
        self.no.setObjectName("not-me")
        for button in (self.yes, self.no):
            button.setMinimumSize(300, 160)
        self.yes.clicked.connect(lambda: self.confirmed.emit(self._person))
        self.no.clicked.connect(self.not_me)
        row = QHBoxLayout()
        row.setSpacing(48)
        row.addStretch(1)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._question)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    @property
    def person(self) -> PersonInfo:
        return self._person

    def on_shown(self) -> None:
        self._context.speaker.say(self.spoken_summary())
        self.yes.setFocus(Qt.FocusReason.OtherFocusReason)

    def title(self) -> str:
        return self.tr("Is this you, {name}?").format(name=self._person.called)

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self.yes.spoken, self.no.spoken)

    def retranslate(self) -> None:
        self._question.setText(self.title())
        self.yes.set_words(self.tr("Yes, this is me"))
        self.no.set_words(self.tr("No, it is not me"))
