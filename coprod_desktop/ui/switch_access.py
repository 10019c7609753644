"""Keyboard and single-switch use: Space moves to the next choice, Enter picks it.

Tab and Shift+Tab still work. Text boxes keep their own Space and Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

PICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SwitchAccess(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(event, QKeyEvent) or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        focused = QApplication.focusWidget()
        if not isinstance(focused, QAbstractButton) or watched is not focused:
            return False
        key = event.key()
        if key == Qt.Key.Key_Space:
            if event.type() == QEvent.Type.KeyPress:
                self._move_on(focused)
            return True
        if key in PICK_KEYS:
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat() and focused.isEnabled():
                focused.animateClick()
            return True
        return False

    @staticmethod
    def _move_on(focused: QWidget) -> None:
        window = focused.window()
        window.focusNextChild()
