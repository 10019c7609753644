"""The pages of Say thank you, each a plain widget holding its own big buttons and words: Who?, Why?,
Send it, and Done (pictures, my voice and words are added on pages over Send it; a picture or the
voice of someone else on pages over Who?). The screen (say_thank_you_screen.py) decides what they
say, keeps the draft and moves between them."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.thanks import ThanksProblemKind, ThanksRecord
from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import Role, ThankDelivery, ThankReason
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.choice_group import ChoiceGroup
from coprod_desktop.ui.kit.choice_tile import ChoiceTile
from coprod_desktop.ui.kit.pieces_editor import PiecesEditor
from coprod_desktop.ui.kit.symbol_chips import SymbolChips
from coprod_desktop.ui.kit.word_size import BigWordsWatch, big_words
from coprod_desktop.ui.models.thank_you_model import REASON_SYMBOLS, reason_words
from coprod_desktop.ui.person_picture import person_drawing, person_pixmap
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.ward.thank_you_someone import SomeoneElsePanel
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

REASON_WIDTH = 280
"""Four reasons to a row on a ward tablet."""
PICTURE_SIZE = 96
SUMMARY_LETTERS = 80
"""The start of long words on Send it: all of them are kept and sent."""
WHO_PICTURE = 56
PERSON_CELL = (200, 190)
BIG_NAME_ROOM = 24
"""More height for a person's tile at big word sizes."""
"""Who is thanked, on Send it: their photo or the picture chosen for them."""
CHIPS, CHIP_SIZE = 10, 40


def _column(page: QWidget, spacing: int = 12) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return layout


class PeopleGrid(FlowGrid):
    """The people, a page at a time, keeping the chosen tile on the page shown: choosing Someone else
    opens its panel below, which makes the grid shorter, and the tile must not slip onto a page not
    shown."""

    kept: QWidget | None = None

    def repage(self) -> None:
        super().repage()
        kept = self.kept
        number = self.page_of(kept) if isinstance(kept, ChoiceTile) and kept.isChecked() else None
        if number is not None and number != self.page:
            self.show_page(number, announce=False)


class WhoPage(QWidget):
    """The people of the ward as picture tiles (staff marked as staff), and Someone else, with a
    picture of them, their name in my voice or typed (thank_you_someone.py)."""

    person_chosen = Signal(object)
    """The PersonInfo pressed."""
    someone_else_chosen = Signal()

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        painter, speaker = context.painter, context.speaker
        self._painter, self._speaker, self._pictures = painter, speaker, context.paths.pictures
        self.people_grid = PeopleGrid(painter, speaker, cell_width=PERSON_CELL[0], cell_height=PERSON_CELL[1])
        self.name_box = SomeoneElsePanel(context)
        self.name_edit = self.name_box.name_edit
        self.name_box.hide()
        layout = _column(self)
        layout.addWidget(self.people_grid, 1)
        layout.addWidget(self.name_box)
        self.people: dict[uuid.UUID, PersonInfo] = {}
        self.person_buttons: dict[uuid.UUID, ChoiceTile] = {}
        self.someone_else: ChoiceTile | None = None
        self._group = ChoiceGroup(pick_one=True, parent=self)
        self._big_words = BigWordsWatch(self, lambda _big: self._fit())

    def load(self, people: list[PersonInfo]) -> None:
        """New tiles and a new group each time: the grid deletes the tiles it held before."""
        self._group.deleteLater()
        self._group = ChoiceGroup(pick_one=True, parent=self)
        self.people = {p.id: p for p in people}
        self.person_buttons = {}
        for other in people:
            button = ChoiceTile(self._painter, self._speaker, None, symbol_size=PICTURE_SIZE, max_lines=2)
            button.set_drawn_picture(person_drawing(self._painter, other, self._pictures))
            button.setObjectName("person")
            button.clicked.connect(lambda _checked=False, p=other: self.person_chosen.emit(p))
            self._group.add(button, other.id)
            self.person_buttons[other.id] = button
        self.someone_else = ChoiceTile(
            self._painter, self._speaker, "someone-else", symbol_size=PICTURE_SIZE, max_lines=2
        )
        self.someone_else.setObjectName("someone-else")
        self.people_grid.kept = self.someone_else
        self._group.add(self.someone_else, None)
        self.someone_else.clicked.connect(self.someone_else_chosen)
        self.people_grid.set_items([*self.person_buttons.values(), self.someone_else])
        self.retranslate()
        self._fit()

    def _fit(self) -> None:
        """Big words: taller tiles, so two lines of a name keep whole under the picture; and always a
        whole row of people, even with Someone else open below them."""
        width, height = PERSON_CELL
        height += BIG_NAME_ROOM if big_words(self) else 0
        for tile in [*self.person_buttons.values(), self.someone_else]:
            if tile is not None:
                tile.setFixedSize(width, height)
        self.people_grid.setMinimumHeight(height + 16)
        self.people_grid.repage()

    def load_ward(self, people: PeopleService, me: PersonInfo) -> None:
        """Everyone on my ward but me."""
        on_ward = people.on_ward(me.ward_id) if me.ward_id else []
        self.load([p for p in on_ward if p.id != me.id])

    def picture_of(self, person: PersonInfo, size: int) -> QPixmap:
        return person_pixmap(self._painter, person, size, self._pictures)

    def spoken_choices(self, someone_else: bool) -> list[str]:
        """Everyone offered, and once Someone else is chosen, the ways to show who they are."""
        choices = [b.spoken for b in self.person_buttons.values()]
        choices += [self.someone_else.spoken] if self.someone_else is not None else []
        if someone_else:
            choices += [self.name_box.picture.spoken, self.name_box.voice.spoken]
        return choices

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
            self.someone_else.set_words(
                self.tr("Someone else"), self.tr("Someone else. A picture of them, or their name.")
            )
        for other_id, button in self.person_buttons.items():
            other = self.people[other_id]
            if other.role is Role.STAFF:
                staff = self.tr("Staff")
                button.set_words(f"{other.called}\n{staff}", join_sentences(other.called, staff))
            else:
                button.set_words(other.called)


class WhyPage(QWidget):
    """The reasons, any number of them, each a tile that says "chosen" itself once it has changed."""

    toggled = Signal(object, bool)
    """(ThankReason, now chosen)"""

    def __init__(self, painter: SymbolPainter, speaker: Speaker) -> None:
        super().__init__()
        # Whole pages with a big More arrow when the words are too big for all eight: never squeezed.
        self.grid = FlowGrid(painter, speaker, cell_width=REASON_WIDTH, cell_height=160)
        self.reason_buttons: dict[ThankReason, ChoiceTile] = {}
        for reason in ThankReason:
            button = ChoiceTile(
                painter, speaker, REASON_SYMBOLS[reason], pick_one=False, symbol_size=72, max_lines=2
            )
            button.setMinimumSize(REASON_WIDTH, 160)
            button.clicked.disconnect(button.speak)
            button.clicked.connect(lambda checked=False, r=reason: self.toggled.emit(r, checked))
            self.reason_buttons[reason] = button
        self.grid.set_items(list(self.reason_buttons.values()))
        _column(self).addWidget(self.grid, 1)
        self._big_words = BigWordsWatch(self, lambda _big: self._fit())

    def chosen(self) -> tuple[ThankReason, ...]:
        """In the order they are shown, whatever order they were tapped in."""
        return tuple(reason for reason, button in self.reason_buttons.items() if button.isChecked())

    def set_chosen(self, reasons: list[ThankReason]) -> None:
        """The tile's tick badge (and a screen reader's "checked") show a chosen reason: never
        colour alone; its name stays its visible words."""
        for reason, button in self.reason_buttons.items():
            button.setChecked(reason in reasons)

    def _fit(self) -> None:
        """Big words: three lines under each picture, so every reason keeps whole words (fewer to a
        page, with the big More arrow)."""
        big = big_words(self)
        for button in self.reason_buttons.values():
            button.set_max_lines(3 if big else 2)
            button.setMinimumSize(REASON_WIDTH, 240 if big else 160)
        self.grid.repage()

    def retranslate(self) -> None:
        for reason, button in self.reason_buttons.items():
            button.set_words(reason_words(reason))


EXTRAS = ("question", "help-me-say-it", "microphone", "words")
"""Say why, then the three equal ways to say it: with pictures, in my voice, in words."""


class HowPage(QWidget):
    """Sending: read out at the meeting or just send it, and on the wall or not (Yes and No). Its
    extras (why, pictures, my voice, words) sit in the screen's row of Next."""

    def __init__(self, context: UiContext) -> None:
        super().__init__()
        painter, speaker = context.painter, context.speaker
        self.who_picture = QLabel(self)
        self.who_picture.setObjectName("symbol")
        self.who_picture.hide()
        self.summary = title_label(self, role="body")
        # The pictures said so far, small, as a reminder (the sentence is made on its own page).
        self.chips = SymbolChips(context, CHIP_SIZE, CHIPS, self)
        self.chips.hide()
        self.read_out = ChoiceTile(painter, speaker, "read-out", symbol_size=64, max_lines=3, beside=True)
        self.just_send = ChoiceTile(painter, speaker, "just-send", symbol_size=64, max_lines=3, beside=True)
        self.how_group = ChoiceGroup(pick_one=True, parent=self)
        self.extras = tuple(
            SymbolButton(painter, speaker, symbol, symbol_size=48, max_lines=2, beside=True)
            for symbol in EXTRAS
        )
        for button in self.extras:
            button.setMinimumSize(230, 100)
            button.setMaximumHeight(120)
        delivery_row = QHBoxLayout()
        delivery_row.setSpacing(24)
        for delivery, button in (
            (ThankDelivery.READ_OUT, self.read_out),
            (ThankDelivery.JUST_SEND, self.just_send),
        ):
            button.setMinimumSize(340, 110)
            self.how_group.add(button, delivery)
            delivery_row.addWidget(button, 1)  # the row shared: the long words keep whole lines
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
        # Who, the thank-you so far and the pictures said, on one line: the step fits at every word size.
        summary_row = QHBoxLayout()
        summary_row.setSpacing(16)
        summary_row.addWidget(self.who_picture, 0, Qt.AlignmentFlag.AlignVCenter)
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.chips, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = _column(self, 16)
        layout.addLayout(summary_row)
        layout.addLayout(delivery_row)
        layout.addLayout(wall_row)
        layout.addStretch(1)

    def question(self, pieces: PiecesEditor) -> str:
        """The question while my voice or words are open over the page, or sending (the pictures'
        page asks its own)."""
        current = pieces.currentWidget()
        if pieces.has_words_editor and current is pieces.words_editor:
            return self.tr("Add words if you want to. They are kept as you type.")
        if pieces.record_panel is not None and current is pieces.record_panel:
            return self.tr("Record your voice if you want to.")
        if pieces.sentence is not None and current is pieces.sentence:
            return ""
        return self.tr("Send it now, or add more first.")

    def spoken_choices(self, on_wall: bool) -> list[str]:
        return [
            self.summary.text(),
            self.wall_question.text(),
            (self.wall_yes if on_wall else self.wall_no).spoken,
            *(extra.spoken for extra in self.extras),
            self.read_out.spoken,
            self.just_send.spoken,
        ]

    def show_who(self, picture: QPixmap | None) -> None:
        """Who is thanked, as a picture: their photo, or the picture chosen for someone else."""
        if picture is None or picture.isNull():
            self.who_picture.clear()
            self.who_picture.hide()
            return
        self.who_picture.setPixmap(picture)
        self.who_picture.show()

    def word(
        self,
        name: str,
        reasons: tuple[ThankReason, ...],
        words: str,
        recorded: bool,
        delivery: ThankDelivery | None,
        on_wall: bool,
        symbols: list[str] | None = None,
    ) -> None:
        """What is on the page: the thank-you so far (the start of long words, the pictures said)
        and the choices."""
        self.chips.show_symbols(symbols or [])
        self.chips.setVisible(bool(symbols))
        add_why, add_pictures, add_voice, add_words = self.extras
        add_why.set_words(self.tr("Say why"), self.tr("Say why you are thanking them"))
        add_pictures.set_words(self.tr("Pictures"), self.tr("Say it with pictures"))
        add_voice.set_words(self.tr("My voice"), self.tr("Record my voice"))
        add_words.set_words(self.tr("Words"), self.tr("Add words"))
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

    def show_sent(self, sent: ThanksRecord | None, name: str = "") -> None:
        """`name` is who it went to in words (a typed name, a picture's word, or "someone")."""
        if sent is None:
            return
        name = name or sent.to_name
        done = self.tr("Thank you for saying thank you to {name}. It is sent.").format(name=name)
        if sent.delivery is ThankDelivery.READ_OUT:
            how = self.tr("It will be read out at the mutual help meeting.")
        else:
            how = (
                self.tr("They will get it.")
                if not sent.to_name
                else self.tr("{name} will get it.").format(name=name)
            )
        wall = self.tr("It is on the thank-you wall.") if sent.show_on_wall else ""
        self.done_words.setText(join_sentences(done, how, wall))


def about_pictures(reasons: tuple[ThankReason, ...], who: str | None) -> list[str]:
    """The pictures offered after the core words when saying it with pictures: thank you, the
    reasons chosen, and the picture of who it is for."""
    return ["thank-you", *(REASON_SYMBOLS[r] for r in reasons), *([who] if who else [])]


def problem_words(kind: ThanksProblemKind | None, someone_else: bool) -> str:
    """What went wrong in sending, in plain words; `None` is a typed name or words that cannot be used.
    Each is a whole translate() call, so the translation tools find it in the screen's own context."""
    if kind is ThanksProblemKind.THANKING_YOURSELF:
        return QCoreApplication.translate(
            "SayThankYouScreen", "You cannot thank yourself. Choose someone else."
        )
    if kind is ThanksProblemKind.RECIPIENT_NOT_ON_WARD:
        return QCoreApplication.translate(
            "SayThankYouScreen", "This person is not on your ward now. Choose “Someone else” to thank them."
        )
    if kind is ThanksProblemKind.NO_RECIPIENT:
        return QCoreApplication.translate("SayThankYouScreen", "Choose who you want to thank.")
    if kind is None and someone_else:
        return QCoreApplication.translate(
            "SayThankYouScreen", "Choose a picture of them, or say or type their name. Staff can help."
        )
    return QCoreApplication.translate(
        "SayThankYouScreen", "Sorry, the thank-you could not be sent. It is kept. Please ask staff for help."
    )
