"""The pages of Say thank you, each a plain widget holding its own big buttons and words: Who?, Why?,
Send it, and Done (words and my voice are added in a PiecesEditor over Send it). The screen
(say_thank_you_screen.py) decides what they say, keeps the draft and moves between them."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.thanks import ThanksProblemKind, ThanksRecord
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import Role, ThankDelivery, ThankReason
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.models.thank_you_model import REASON_SYMBOLS, reason_words
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

REASON_COLUMNS = 4
PICTURE_SIZE = 96
SUMMARY_LETTERS = 80
"""The start of long words on Send it: all of them are kept and sent."""


def _column(page: QWidget, spacing: int = 12) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


class WhoPage(QWidget):
    """The people of the ward as picture tiles (staff marked as staff), and Someone else, with a box
    for their name."""

    person_chosen = Signal(object)
    """The PersonInfo pressed."""
    someone_else_chosen = Signal()

    def __init__(self, painter: SymbolPainter, speaker: Speaker, pictures: Path) -> None:
        super().__init__()
        self._painter, self._speaker, self._pictures = painter, speaker, pictures
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
        self.people: dict[uuid.UUID, PersonInfo] = {}
        self.person_buttons: dict[uuid.UUID, ChoiceTile] = {}
        self.someone_else: ChoiceTile | None = None
        self._group = ChoiceGroup(pick_one=True, parent=self)

    def load(self, people: list[PersonInfo]) -> None:
        """New tiles and a new group each time: the grid deletes the tiles it held before."""
        self._group.deleteLater()
        self._group = ChoiceGroup(pick_one=True, parent=self)
        self.people = {p.id: p for p in people}
        self.person_buttons = {}
        for other in people:
            button = ChoiceTile(self._painter, self._speaker, None, symbol_size=PICTURE_SIZE, max_lines=2)
            button.set_picture(person_pixmap(self._painter, other, PICTURE_SIZE, self._pictures))
            button.setObjectName("person")
            button.clicked.connect(lambda _checked=False, p=other: self.person_chosen.emit(p))
            self._group.add(button, other.id)
            self.person_buttons[other.id] = button
        self.someone_else = ChoiceTile(
            self._painter, self._speaker, "someone-else", symbol_size=PICTURE_SIZE, max_lines=2
        )
        self.someone_else.setObjectName("someone-else")
        self._group.add(self.someone_else, None)
        self.someone_else.clicked.connect(self.someone_else_chosen)
        self.people_grid.set_items([*self.person_buttons.values(), self.someone_else])
        self.retranslate()

    def choose(self, person_id: uuid.UUID | None, someone_else: bool = False) -> None:
        """Shows a choice (a person, or Someone else with the box for their name)."""
        if person_id is not None and person_id in self.person_buttons:
            self.person_buttons[person_id].setChecked(True)
        elif someone_else and self.someone_else is not None:
            self.someone_else.setChecked(True)
        self.name_box.setVisible(someone_else)

    def button_for(self, called: str) -> ChoiceTile:
        for other_id, button in self.person_buttons.items():
            if self.people[other_id].called == called:
                return button
        raise LookupError(called)

    def retranslate(self) -> None:
        if self.someone_else is not None:
            self.someone_else.set_words(self.tr("Someone else"), self.tr("Someone else. Type their name."))
        for other_id, button in self.person_buttons.items():
            other = self.people[other_id]
            if other.role is Role.STAFF:
                staff = self.tr("Staff")
                button.set_words(f"{other.called}\n{staff}", join_sentences(other.called, staff))
            else:
                button.set_words(other.called)
        self.name_label.setText(self.tr("Type their name. Staff can help."))
        self.name_edit.setAccessibleName(self.tr("Their name"))
        self.name_edit.setPlaceholderText(self.tr("Their name"))


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

    def chosen(self) -> tuple[ThankReason, ...]:
        """In the order they are shown, whatever order they were tapped in."""
        return tuple(reason for reason, button in self.reason_buttons.items() if button.isChecked())

    def set_chosen(self, reasons: list[ThankReason]) -> None:
        """The tile's tick badge (and a screen reader's "checked") show a chosen reason: never
        colour alone; its name stays its visible words."""
        for reason, button in self.reason_buttons.items():
            button.setChecked(reason in reasons)

    def retranslate(self) -> None:
        for reason, button in self.reason_buttons.items():
            button.set_words(reason_words(reason))


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

    def word(
        self,
        name: str,
        reasons: tuple[ThankReason, ...],
        words: str,
        recorded: bool,
        delivery: ThankDelivery | None,
        on_wall: bool,
    ) -> None:
        """What is on the page: the thank-you so far (the start of long words) and the choices."""
        self.read_out.set_words(self.tr("Read it out at the mutual help meeting"))
        self.just_send.set_words(self.tr("Just send it"))
        self.how_group.set_value(delivery)
        self.wall_group.set_value(on_wall)
        self.wall_question.setText(self.tr("Put it on the thank-you wall?"))
        self.wall_yes.set_words(self.tr("Yes"), self.tr("Yes, put it on the thank-you wall"))
        self.wall_no.set_words(self.tr("No"), self.tr("No, keep it off the wall"))
        words = " ".join(words.split())
        short = words if len(words) <= SUMMARY_LETTERS else words[: SUMMARY_LETTERS - 1].rstrip() + "…"
        why = ", ".join(reason_words(r) for r in reasons)
        self.summary.setText(
            join_sentences(
                self.tr("Thank you to {name}").format(name=name) if name else "",
                self.tr("Why: {reasons}").format(reasons=why) if why else "",
                self.tr("Words: {words}").format(words=short) if words else "",
                self.tr("Your voice is recorded.") if recorded else "",
            )
        )


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

    def show_sent(self, sent: ThanksRecord | None) -> None:
        if sent is None:
            return
        done = self.tr("Thank you for saying thank you to {name}. It is sent.").format(name=sent.to_name)
        if sent.delivery is ThankDelivery.READ_OUT:
            how = self.tr("It will be read out at the mutual help meeting.")
        else:
            how = self.tr("{name} will get it.").format(name=sent.to_name)
        wall = self.tr("It is on the thank-you wall.") if sent.show_on_wall else ""
        self.done_words.setText(join_sentences(done, how, wall))


def problem_words(kind: ThanksProblemKind | None, someone_else: bool) -> str:
    """What went wrong in sending, in plain words; `None` is a typed name or words that cannot be used."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("SayThankYouScreen", text)

    if kind is ThanksProblemKind.THANKING_YOURSELF:
        return tr("You cannot thank yourself. Choose someone else.")
    if kind is ThanksProblemKind.RECIPIENT_NOT_ON_WARD:
        return tr("This person is not on your ward now. Choose “Someone else” and staff can type their name.")
    if kind is ThanksProblemKind.NO_RECIPIENT:
        return tr("Choose who you want to thank.")
    if kind is None and someone_else:
        return tr("Type their name first. Staff can help.")
    return tr("Sorry, the thank-you could not be sent. It is kept. Please ask staff for help.")
