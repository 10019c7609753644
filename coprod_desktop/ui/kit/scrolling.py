"""A scroll area as touch and switch users need it: dragged with a finger (kinetic) and never a Tab
or Space stop of its own. QScrollArea itself scrolls to a control that Tab moves onto, and a switch's
Space moves as Tab does (see SwitchAccess), so the focused control is always in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFrame, QScrollArea, QScroller, QWidget


def drag_to_scroll(area: QAbstractScrollArea, touch_only: bool = True) -> None:
    """A finger drags the content (kinetic). Lists take touch only, so a mouse click or a tap on a
    card still picks it at once."""
    gesture = (
        QScroller.ScrollerGestureType.TouchGesture
        if touch_only
        else QScroller.ScrollerGestureType.LeftMouseButtonGesture
    )
    QScroller.grabGesture(area.viewport(), gesture)


class KineticScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        drag_to_scroll(self, touch_only=False)
