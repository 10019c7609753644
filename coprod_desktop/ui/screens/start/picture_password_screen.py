"""My picture password: press my 3 pictures in order before my private things show.

Wrong tries slow down as the staff PIN does (services/picture_passwords). Forgotten? Staff can set a
new one; the screen says so and never locks the person out of the rest of My Say: "Not now" opens
Home with private things kept hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.picture_passwords import PICTURES_IN_SECRET
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.picture_grid import PictureGrid
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

FILLED, EMPTY = "●", "○"


class PicturePasswordScreen(Screen):
    passed = Signal(object)
    """The PersonInfo, once their 3 pictures were pressed in order."""
    skipped = Signal(object)
    """"Not now": the person goes on with their private things hidden."""

    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._chosen: list[str] = []
        self._wait_left = 0
        self._message_key = ""
        self._waiting = QTimer(self)
        self._waiting.setInterval(1000)
        self._waiting.timeout.connect(self._tick)
        ctx = context
        self._title = title_label(self)
        self._progress = QLabel(self)
        self._progress.setProperty("role", "title")
        self._progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message = title_label(self, role="subtitle")
        self.grid = PictureGrid(ctx.painter, ctx.speaker, ctx.catalogue)
        self.grid.set_pictures(
            ctx.services.picture_passwords.pictures(person.id), ctx.languages.current or "en"
        )
        self.grid.pressed.connect(self._press)
        self.again = SymbolButton(ctx.painter, ctx.speaker, "undo", symbol_size=48, max_lines=2)
        self.not_now = SymbolButton(ctx.painter, ctx.speaker, "skip", symbol_size=48, max_lines=2)
        for button in (self.again, self.not_now):
            button.setMinimumSize(220, 110)
            button.setMaximumWidth(320)
        self.again.clicked.connect(self._start_again)
        self.not_now.clicked.connect(lambda: self.skipped.emit(self._person))
        side = QVBoxLayout()
        side.setSpacing(16)
        side.addWidget(self._progress)
        side.addWidget(self._message)
        side.addWidget(self.again)
        side.addWidget(self.not_now)
        side.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(32)
        body.addWidget(self.grid, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addLayout(body, 1)
        self._wait(ctx.services.picture_passwords.wait_seconds(person.id))
        self.retranslate()

    @property
    def person(self) -> PersonInfo:
        return self._person

    def on_shown(self) -> None:
        self._context.speaker.say(self.spoken_summary())
        first = next(iter(self.grid.buttons.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def press_in_order(self, symbol_ids: list[str]) -> None:
        """Presses pictures as a person would, one after another."""
        for symbol_id in symbol_ids:
            self.grid.buttons[symbol_id].click()

    def _press(self, symbol_id: str) -> None:
        if self._wait_left:
            return
        self._chosen.append(symbol_id)
        self._message_key = ""
        if len(self._chosen) < PICTURES_IN_SECRET:
            self.retranslate()
            return
        attempt, self._chosen = self._chosen, []
        result = self._context.services.picture_passwords.check(self._person.id, attempt)
        if result.ok:
            self.passed.emit(self._person)
            return
        self._message_key = "wrong"
        self._wait(result.wait_seconds)
        self.retranslate()
        self._context.speaker.say(self._message.text())

    def _start_again(self) -> None:
        self._chosen = []
        self._message_key = ""
        self.retranslate()

    def _wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.grid.set_enabled_all(seconds == 0)
        if seconds:
            self._waiting.start()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if not self._wait_left:
            self._waiting.stop()
            self.grid.set_enabled_all(True)
        self.retranslate()

    def title(self) -> str:
        return self.tr("{name}, press your 3 pictures in order").format(name=self._person.called)

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self._message.text(), self.again.spoken, self.not_now.spoken)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        shown = len(self._chosen)
        self._progress.setText(" ".join([FILLED] * shown + [EMPTY] * (PICTURES_IN_SECRET - shown)))
        self._progress.setAccessibleName(
            self.tr("{done} of {total} pictures pressed").format(done=shown, total=PICTURES_IN_SECRET)
        )
        if self._wait_left:
            text = self.tr("That was not right. Please wait {seconds} seconds, then try again.").format(
                seconds=self._wait_left
            )
        elif self._message_key == "wrong":
            text = self.tr("That was not right. Try again.")
        else:
            text = self.tr("Forgotten your pictures? A member of staff can set new ones with you.")
        self._message.setText(text)
        self.again.set_words(self.tr("Start again"))
        self.not_now.set_words(self.tr("Not now"), self.tr("Not now. Keep my private things hidden."))
