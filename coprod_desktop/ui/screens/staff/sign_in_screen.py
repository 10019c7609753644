"""Staff sign-in: pick your name, then your PIN on a big pad. Wrong PINs slow down; all is audited."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.person_picture import person_drawing
from coprod_desktop.ui.screens.screen import Screen, title_label
from coprod_desktop.ui.screens.staff.staff_screen import message_label
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.pin_pad import PinPad
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE_SIZE = 96


class SignInScreen(Screen):
    signed_in = Signal(object)
    """Emits the PersonInfo of the staff member who signed in, with their role as it is now."""

    def __init__(self, context: UiContext, ward: WardInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._chosen: PersonInfo | None = None
        self._wait_left = 0
        self._title = title_label(self)
        self._message = message_label(self)
        self._pages = QStackedWidget(self)

        self._grid = FlowGrid(context.painter, context.speaker, cell_width=220, cell_height=200)
        staff = context.services.staff_auth.staff_who_can_sign_in(ward.id if ward else None)
        if not staff and ward is not None:
            staff = context.services.staff_auth.staff_who_can_sign_in(None)
        self._staff = staff
        buttons: list[QWidget] = []
        for person in staff:
            button = SymbolButton(
                context.painter, context.speaker, None, person.called, symbol_size=PICTURE_SIZE
            )
            button.set_drawn_picture(person_drawing(context.painter, person, context.paths.pictures))
            button.clicked.connect(lambda _checked=False, p=person: self.choose(p))
            buttons.append(button)
        self._grid.set_items(buttons)
        self._pages.addWidget(self._grid)

        pin_page = QWidget()
        self.pad = PinPad(pin_page)
        self.pad.submitted.connect(self.try_pin)
        self.not_me = SymbolButton(context.painter, context.speaker, "back", symbol_size=48, max_lines=2)
        self.not_me.setMinimumSize(200, 120)
        self.not_me.clicked.connect(self.show_names)
        row = QHBoxLayout(pin_page)
        row.addStretch(1)
        row.addWidget(self.pad)
        row.addWidget(self.not_me, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self._pages.addWidget(pin_page)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self._message)
        layout.addWidget(self._pages, 1)
        self.retranslate()

    def staff(self) -> list[PersonInfo]:
        return list(self._staff)

    def button_for(self, called: str) -> SymbolButton:
        for item in self._grid.items():
            if isinstance(item, SymbolButton) and item.spoken == called:
                return item
        raise LookupError(called)

    def title(self) -> str:
        return self.tr("Staff sign in")

    def choose(self, person: PersonInfo) -> None:
        self._chosen = person
        self.pad.clear()
        self._pages.setCurrentIndex(1)
        self._set_wait(self._context.services.staff_auth.seconds_to_wait(person.id))
        self.pad.setFocus(Qt.FocusReason.OtherFocusReason)
        self.retranslate()

    def show_names(self) -> None:
        self._chosen = None
        self._timer.stop()
        self._pages.setCurrentIndex(0)
        self._message.clear()
        self.retranslate()

    def try_pin(self, pin: str) -> None:
        if self._chosen is None or self._wait_left:
            return
        result = self._context.services.staff_auth.sign_in(self._chosen.id, pin)
        if result.ok:
            self._message.clear()
            self.signed_in.emit(result.staff or self._chosen)
            return
        if result.wait_seconds:
            self._set_wait(result.wait_seconds)
        elif result.tries_left_before_wait:
            self._message.setText(
                self.tr("That PIN is not right. {count} more tries before you must wait.").format(
                    count=result.tries_left_before_wait
                )
            )
        else:
            self._message.setText(self.tr("That PIN is not right."))

    def _set_wait(self, seconds: int) -> None:
        self._wait_left = seconds
        self.pad.setEnabled(seconds == 0)
        if seconds:
            self._timer.start()
        else:
            self._timer.stop()
        self._show_wait()

    def _tick(self) -> None:
        self._set_wait(max(0, self._wait_left - 1))
        if not self._wait_left:
            self._message.setText(self.tr("You can try again now."))

    def _show_wait(self) -> None:
        if self._wait_left:
            self._message.setText(
                self.tr("Too many wrong PINs. Please wait {seconds} seconds.").format(seconds=self._wait_left)
            )

    def retranslate(self) -> None:
        if self._chosen is None:
            words = self.tr("Staff sign in: who are you?")
            if not self._staff:
                words = self.tr("No staff member has a PIN yet.")
        else:
            words = self.tr("{name}, enter your PIN").format(name=self._chosen.called)
        self._title.setText(words)
        self.not_me.set_words(self.tr("Not me"))
        self._show_wait()
