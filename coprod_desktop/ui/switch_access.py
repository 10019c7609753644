"""Keyboard and single-switch use: Space moves to the next choice, Enter picks it.

Tab and Shift+Tab still work. Text boxes keep their own Space and Enter. Each move by key says the
choice it lands on (auditory scanning), so someone who cannot read hears where they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coprod_desktop.ui.widgets.spoken_list import SpokenListView

PICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MOVE_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
TYPING_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)


def move_on(focused: QWidget) -> None:
    """Moves as a Tab press does, through the focused control's own parents, so a scroll area on the
    way scrolls the next control into view (QScrollArea does that only for Tab)."""
    tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
    if not QApplication.sendEvent(focused, tab) or QApplication.focusWidget() is focused:
        focused.window().focusNextChild()


def speak_focused() -> None:
    """Says the label of whatever now has focus, if it can speak."""
    speak = getattr(QApplication.focusWidget(), "speak", None)
    if callable(speak):
        speak()


class SwitchAccess(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._moving_by_key = False
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if self._moving_by_key:
            self._moving_by_key = False
            speak_focused()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent):
            return False
        focused = QApplication.focusWidget()
        if watched is not focused:
            return False
        key = event.key()
        if key in MOVE_KEYS and event.type() == QEvent.Type.KeyPress:
            self._moving_by_key = True
            return False
        if isinstance(focused, SpokenListView) and not event.modifiers():
            return self._in_list(focused, event)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier or isinstance(focused, TYPING_WIDGETS):
            return False
        if not isinstance(focused, QAbstractButton):
            # A scroll area or a panel that took the focus must never stop Space moving on.
            if key == Qt.Key.Key_Space:
                if event.type() == QEvent.Type.KeyPress:
                    self._moving_by_key = True
                    move_on(focused)
                return True
            return False
        if key == Qt.Key.Key_Space:
            if event.type() == QEvent.Type.KeyPress:
                self._moving_by_key = True
                move_on(focused)
            return True
        if key in PICK_KEYS:
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat() and focused.isEnabled():
                focused.animateClick()
            return True
        return False

    def _in_list(self, view: SpokenListView, event: QKeyEvent) -> bool:
        """Space steps card by card, then on out of the list; Enter picks the card."""
        key = event.key()
        if key == Qt.Key.Key_Space:
            if event.type() == QEvent.Type.KeyPress:
                if view.step():
                    view.speak()
                else:
                    self._moving_by_key = True
                    move_on(view)
            return True
        if key in PICK_KEYS:
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                view.pick()
            return True
        return False
