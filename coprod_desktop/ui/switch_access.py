"""Keys and switches, per person (How I like it, How I press):

- **keys** (touch, mouse or keyboard): Tab, Shift+Tab and the arrows move; Space and Enter press;
- **two switches**: Space (or a switch sending it) moves on, Enter picks;
- **one switch**: the highlight moves by itself (see AutoScanner); Space or Enter picks.

In every mode Escape goes one step back, and the arrows move as Tab does. Text boxes never trap a
switch: Space moves past them; Enter, a tap or a typed letter goes into one to type, and Escape (or
moving away) leaves it.
A press can be asked to be held (a short or long hold) so a tremor does not pick. Each move says the
choice it lands on, unless the person uses a screen reader, which says it instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QApplication,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from coprod_desktop.services.records import Preferences
from coprod_desktop.store.kinds import AccessMode
from coprod_desktop.ui.auto_scan import AutoScanner
from coprod_desktop.ui.kit.focus_ring import FocusRing
from coprod_desktop.ui.kit.scan_order import ensure_visible, is_typing, step_focus
from coprod_desktop.ui.widgets.spoken_list import SpokenListView

PICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SWITCH_KEYS = (Qt.Key.Key_Space, *PICK_KEYS)
MOVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
NEXT_ARROWS = (Qt.Key.Key_Right, Qt.Key.Key_Down)
PREVIOUS_ARROWS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)
OWN_KEYS = "own_keys"
OWN_ARROWS = (QAbstractItemView, QAbstractSlider, QTabBar)
"""Lists, tables, sliders and tabs use the arrows themselves."""


def move_on(focused: QWidget, back: bool = False) -> None:
    """One step along the scan order; a control outside it moves along Qt's own chain."""
    if step_focus(focused, back):
        return
    window = focused.window()
    window.focusPreviousChild() if back else window.focusNextChild()
    landed = QApplication.focusWidget()
    if landed is not None:
        ensure_visible(landed)


def keeps_tab(widget: QWidget) -> bool:
    """A table stepping through its cells, or a box of words that takes Tab as typing."""
    if isinstance(widget, QAbstractItemView):
        return widget.tabKeyNavigation()
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return not widget.tabChangesFocus()
    return False


def keeps_own_keys(widget: QWidget) -> bool:
    """A screen marked `own_keys` (the slideshow: arrows and a presenter's clicker turn slides, Escape
    closes it) gets its arrows and Escape itself."""
    parent: QWidget | None = widget
    while parent is not None:
        if parent.property(OWN_KEYS):
            return True
        parent = parent.parentWidget()
    return False


def speak_focused() -> None:
    """Says the label of whatever now has focus, if it can speak."""
    speak = getattr(QApplication.focusWidget(), "speak", None)
    if callable(speak):
        speak()


class SwitchAccess(QObject):
    back_requested = Signal()
    """Escape: one step back."""

    def __init__(
        self,
        parent: QObject | None = None,
        window: QWidget | None = None,
        say: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = AccessMode.TWO_SWITCHES
        self.screen_reader = False
        self.hold_ms = 0
        self._moving_by_key = False
        self._typing_in: QWidget | None = None
        """The text box Enter went into: it has Space and Enter until Escape or moving away."""
        self._held: Qt.Key | None = None
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.timeout.connect(self._held_long_enough)
        self.ring = FocusRing(window) if window is not None else None
        self.scanner = (
            AutoScanner(window, self.ring, say or (lambda _w: None), self)
            if window is not None and self.ring is not None
            else None
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # --- the person's settings ------------------------------------------------------------------
    def configure(self, prefs: Preferences) -> None:
        self.mode = AccessMode(prefs.access_mode)
        self.screen_reader = prefs.screen_reader
        self.hold_ms = prefs.hold_ms
        scanner = self.scanner
        if scanner is None:
            return
        scanner.interval_ms = prefs.scan_ms
        scanner.loops = prefs.scan_loops
        scanner.speaks = prefs.scan_speaks and not prefs.screen_reader
        scanner.rows_first = prefs.scan_rows
        if self.mode is AccessMode.ONE_SWITCH:
            if not scanner.running and not scanner.waiting:
                scanner.start()  # already scanning: carry on from where it is, at the new speed
        else:
            scanner.stop()
        if self.mode is AccessMode.KEYS and self.ring is not None:
            self.ring.clear()

    @property
    def switching(self) -> bool:
        return self.mode is not AccessMode.KEYS

    # --- focus ----------------------------------------------------------------------------------
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._typing_in is not None and new is not self._typing_in:
            self._typing_in = None
        if self._moving_by_key:
            self._moving_by_key = False
            if not self.screen_reader:
                speak_focused()

    def _show_ring(self, event: QFocusEvent, widget: QWidget) -> None:
        if is_typing(widget) and event.reason() == Qt.FocusReason.MouseFocusReason:
            self._typing_in = widget  # tapped into to type
        if self.ring is None or widget.window() is not self.ring.parentWidget():
            return
        if event.reason() == Qt.FocusReason.MouseFocusReason and not self.switching:
            self.ring.clear()
            return
        self.ring.around(widget)
        if self.scanner is not None and self.scanner.running and not self._moving_by_key:
            self.scanner.restart_timer()
            if is_typing(widget):
                # The scan never lands in a text box, so someone tapped into it to type: hold the
                # highlight there as if they had begun, or it would leave before the first letter.
                self.scanner.typed()

    def _tapped(self, widget: QWidget) -> None:
        """A tap into a text box that already has the highlight holds it there too, as a tap that
        moves the highlight in does (a box's viewport gets the tap, so look up to the box)."""
        if self.scanner is None or not self.scanner.running:
            return
        box: QWidget | None = widget
        while box is not None and not is_typing(box) and not box.isWindow():
            box = box.parentWidget()
        if box is not None and is_typing(box) and box is QApplication.focusWidget():
            self.scanner.typed()

    # --- keys -------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) and isinstance(watched, QWidget):
            if watched is QApplication.focusWidget():
                self._show_ring(event, watched)
            return False
        if kind == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            self._tapped(watched)
            return False
        if kind not in KEY_EVENTS or not isinstance(event, QKeyEvent):
            return False
        focused = QApplication.focusWidget()
        if watched is not focused or focused is None:
            return False
        key = event.key()
        press = kind == QEvent.Type.KeyPress
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            return False
        if key in MOVE_KEYS:
            if keeps_tab(focused) or keeps_own_keys(focused):
                return False
            if press:
                self._moving_by_key = True
                move_on(focused, back=key == Qt.Key.Key_Backtab)
            return True
        if key in (Qt.Key.Key_Escape, *NEXT_ARROWS, *PREVIOUS_ARROWS) and keeps_own_keys(focused):
            return False
        if key == Qt.Key.Key_Escape:
            return self._escape(focused, press)
        if is_typing(focused):
            return self._in_text_box(focused, event)
        if key in NEXT_ARROWS + PREVIOUS_ARROWS and not isinstance(focused, OWN_ARROWS):
            if press:
                self._moving_by_key = True
                move_on(focused, back=key in PREVIOUS_ARROWS)
            return True
        if self.mode is AccessMode.KEYS:
            return self._keys(focused, event)
        if key not in SWITCH_KEYS:
            return False
        own_enter = not isinstance(focused, QAbstractButton | SpokenListView)
        if key in PICK_KEYS and own_enter and self.mode is AccessMode.TWO_SWITCHES:
            return False  # a staff list or table opens its row on Enter itself
        if event.isAutoRepeat():
            return True
        if self.hold_ms and (self.mode is AccessMode.ONE_SWITCH or key in PICK_KEYS):
            return self._hold_then(key, press)
        if press:
            self._switch_pressed(key, focused)
        return True

    def _escape(self, focused: QWidget, press: bool) -> bool:
        if self._typing_in is focused:
            if press:
                self._typing_in = None
            return True
        if focused.window() is not (self.ring.parentWidget() if self.ring else focused.window()):
            return False  # a dialog closes itself on Escape
        if press:
            self.back_requested.emit()
        return True

    def _in_text_box(self, box: QWidget, event: QKeyEvent) -> bool:
        """Typing is entered and left on purpose, so a switch never gets stuck in a text box."""
        typed = event.type() == QEvent.Type.KeyPress and bool(event.text())
        if typed and self.scanner is not None and self.scanner.running:
            self.scanner.typed()
        if self.mode is AccessMode.KEYS or self._typing_in is box:
            return False
        key = event.key()
        press = event.type() == QEvent.Type.KeyPress
        if key == Qt.Key.Key_Space:
            if press:
                self._moving_by_key = True
                move_on(box)
            return True
        if key in PICK_KEYS:
            if press:
                self._typing_in = box
            return True
        if press and event.text().strip():
            self._typing_in = box  # a letter: someone is typing here
        return False

    def _keys(self, focused: QWidget, event: QKeyEvent) -> bool:
        """Keyboard users: Space and Enter press buttons and pick cards; Qt does the rest."""
        if isinstance(focused, SpokenListView):
            return self._in_list(focused, event)
        if isinstance(focused, QAbstractButton) and event.key() in PICK_KEYS:
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat() and focused.isEnabled():
                focused.animateClick()
            return True
        return False

    def _hold_then(self, key: Qt.Key, press: bool) -> bool:
        if press:
            self._held = key
            self._hold.start(self.hold_ms)
        elif self._held == key:
            self._held = None
            self._hold.stop()  # let go too soon: not a press
        return True

    def _held_long_enough(self) -> None:
        key, self._held = self._held, None
        focused = QApplication.focusWidget()
        if key is not None and focused is not None:
            self._switch_pressed(key, focused)

    def _switch_pressed(self, key: Qt.Key | int, focused: QWidget) -> None:
        if self.mode is AccessMode.ONE_SWITCH and self.scanner is not None:
            self.scanner.press()
            return
        if isinstance(focused, SpokenListView):
            if key == Qt.Key.Key_Space:
                if focused.step():
                    if not self.screen_reader:
                        focused.speak()
                else:
                    self._moving_by_key = True
                    move_on(focused)
            else:
                focused.pick()
            return
        if key == Qt.Key.Key_Space:
            self._moving_by_key = True
            move_on(focused)
            return
        if isinstance(focused, QAbstractButton) and focused.isEnabled():
            focused.animateClick()

    def _in_list(self, view: SpokenListView, event: QKeyEvent) -> bool:
        """Keys on a list of cards: the list's own arrows step; Space or Enter picks the card."""
        if event.key() in (Qt.Key.Key_Space, *PICK_KEYS):
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                view.pick()
            return True
        return False
