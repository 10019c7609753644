"""The pages of Say thank you, each a plain widget holding its own big buttons and words: Who?, Why?,
words or my voice, Send it, and Done. The screen (say_thank_you_screen.py) decides what they say,
keeps the draft and moves between them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import ThankDelivery, ThankReason
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.models.thank_you_model import REASON_SYMBOLS
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

REASON_COLUMNS = 4


def _column(page: QWidget, spacing: int = 12) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


class WhoPage(QWidget):
    """The people of the ward as picture tiles, and a box for someone else's name."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        self.people_grid = FlowGrid(painter, speaker, cell_width=200, cell_height=190)
        self.name_label = title_label(self, role="body")
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(200)
        self.name_edit.setMinimumHeight(MIN_TARGET)
        self.name_box = QWidget()
        name_layout = _column(self.name_box, 6)
        name_layout.addWidget(self.name_label)
        name_layout.addWidget(self.name_edit)
        self.name_box.hide()
        layout = _column(self)
        layout.addWidget(self.people_grid, 1)
        layout.addWidget(self.name_box)


class WhyPage(QWidget):
    """The reasons, any number of them, each a tile that says "chosen" itself once it has changed."""

    toggled = Signal(object, bool)
    """(ThankReason, now chosen)"""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        self.reason_buttons: dict[ThankReason, ChoiceTile] = {}
        for index, reason in enumerate(ThankReason):
            button = ChoiceTile(
                painter, speaker, REASON_SYMBOLS[reason], pick_one=False, symbol_size=72, max_lines=2
            )
            button.setMinimumSize(180, 160)
            button.clicked.disconnect(button.speak)
            button.clicked.connect(lambda checked=False, r=reason: self.toggled.emit(r, checked))
            grid.addWidget(button, index // REASON_COLUMNS, index % REASON_COLUMNS)
            self.reason_buttons[reason] = button


class WordsPage(QWidget):
    """Words (whose they are shown above them), Hear them, and Record my voice below."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        self.whose_label = title_label(self, role="body")
        self.words_box = QPlainTextEdit(self)
        self.words_box.setTabChangesFocus(True)
        self.words_box.setMinimumHeight(140)
        self.hear_words = SymbolButton(painter, speaker, "read-aloud", symbol_size=48, beside=True)
        self.hear_words.clicked.disconnect(self.hear_words.speak)
        self.record = SymbolButton(painter, speaker, "microphone", symbol_size=48, beside=True)
        buttons = QHBoxLayout()
        buttons.setSpacing(16)
        for button in (self.hear_words, self.record):
            button.setMinimumSize(240, 96)
            button.setMaximumHeight(110)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.record_box = QVBoxLayout()
        layout = _column(self)
        layout.addWidget(self.whose_label)
        layout.addWidget(self.words_box, 1)
        layout.addLayout(buttons)
        layout.addLayout(self.record_box)


class HowPage(QWidget):
    """Sending: read out at the meeting or just send it, and on the wall or not (Yes and No)."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        self.summary = title_label(self, role="body")
        self.read_out = ChoiceTile(painter, speaker, "read-out", symbol_size=64, max_lines=3, beside=True)
        self.just_send = ChoiceTile(painter, speaker, "just-send", symbol_size=64, max_lines=3, beside=True)
        self.how_group = ChoiceGroup(pick_one=True, parent=self)
        delivery_row = QHBoxLayout()
        delivery_row.setSpacing(24)
        for delivery, button in (
            (ThankDelivery.READ_OUT, self.read_out),
            (ThankDelivery.JUST_SEND, self.just_send),
        ):
            button.setMinimumSize(340, 130)
            self.how_group.add(button, delivery)
            delivery_row.addWidget(button)
        delivery_row.addStretch(1)
        # The wall: a plain question with Yes and No, never a toggle that names its own state; the
        # question on one line with its Yes and No, so the step fits a ward tablet at every word size.
        self.wall_question = title_label(self, role="body")
        self.wall_question.setWordWrap(True)
        self.wall_yes = ChoiceTile(painter, speaker, "yes", symbol_size=48, beside=True)
        self.wall_no = ChoiceTile(painter, speaker, "no", symbol_size=48, beside=True)
        self.wall_group = ChoiceGroup(pick_one=True, parent=self)
        wall_row = QHBoxLayout()
        wall_row.setSpacing(24)
        wall_row.addWidget(self.wall_question, 1)
        for on_wall, button in ((True, self.wall_yes), (False, self.wall_no)):
            button.setMinimumSize(280, 100)
            button.setMaximumHeight(130)
            self.wall_group.add(button, on_wall)
            wall_row.addWidget(button)
        layout = _column(self, 16)
        layout.addWidget(self.summary)
        layout.addLayout(delivery_row)
        layout.addLayout(wall_row)
        layout.addStretch(1)


class DonePage(QWidget):
    """Sent: a big thank-you picture, to whom it went and how, and Done."""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        self.done_picture = QLabel(self)
        self.done_picture.setObjectName("symbol")
        self.done_picture.setPixmap(painter.pixmap("thank-you", 140))
        self.done_words = title_label(self, role="subtitle")
        self.done_words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = SymbolButton(painter, speaker, "done", symbol_size=64, max_lines=1)
        self.done_button.setMinimumSize(260, 150)
        layout = _column(self, 20)
        layout.setContentsMargins(11, 11, 11, 11)
        layout.addStretch(1)
        layout.addWidget(self.done_picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.done_words)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
