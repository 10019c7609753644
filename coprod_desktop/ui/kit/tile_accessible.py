"""How a choice tile looks to a screen reader or switch tool: a radio button (pick one) or a check
box (pick many), named by its visible words, whose default action chooses it.

Qt's own button interface offers only "Toggle" on a checkable button, which flips how it looks
without choosing it, and calls a tile a radio button only when it is auto-exclusive, which takes
every unchosen option out of the Tab chain. So the tiles get an interface of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QApplication, QWidget

from coprod_desktop.ui.idle_watch import ACCESSIBLE_PRESS
from coprod_desktop.ui.kit.accessible_factory import install_once

PRESS = "Press"
INSTALLED_PROPERTY = "mySayTileAccessibility"


class TileAccessible(QAccessibleWidget):
    def __init__(self, tile: QAbstractButton) -> None:
        role = QAccessible.Role.RadioButton if getattr(tile, "pick_one", True) else QAccessible.Role.CheckBox
        super().__init__(tile, role)

    def _tile(self) -> QAbstractButton:
        widget = self.widget()
        assert isinstance(widget, QAbstractButton)
        return widget

    def state(self) -> QAccessible.State:
        state = super().state()
        tile = self._tile()
        state.checkable = True
        state.checked = tile.isChecked()
        return state

    # A tile is one choice, as a radio button or check box is: its name says its words and its state
    # says "checked", so its tick badge and pictures are not read out again as children of their own.
    def childCount(self) -> int:
        return 0

    def child(self, _index: int) -> QAccessibleInterface | None:
        return None

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        tile = self._tile()
        if kind == QAccessible.Text.Name:
            return tile.accessibleName() or tile.text()
        if kind == QAccessible.Text.Description:
            return tile.accessibleDescription()
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [PRESS, *[name for name in super().actionNames() if name != PRESS]]

    def doAction(self, name: str) -> None:
        tile = self._tile()
        if name == PRESS:
            if tile.isEnabled() and tile.isVisible():
                QApplication.sendEvent(tile, QEvent(ACCESSIBLE_PRESS))  # someone is using the app
                tile.click()  # chooses it, exactly as a tap does
            return
        super().doAction(name)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return ["Return"] if name == PRESS else super().keyBindingsForAction(name)


class WordsAccessible(QAccessibleWidget):
    """Words drawn by a WrapLabel on their own (not inside a button, whose name already holds them):
    read out as a label, as a QLabel's words are, so a screen reader hears what is on the screen."""

    def __init__(self, label: QWidget) -> None:
        super().__init__(label, QAccessible.Role.StaticText)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            return widget.accessibleName() or str(widget.text())  # type: ignore[attr-defined]
        return super().text(kind)


def _inside_a_button(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractButton):
            return True
        parent = parent.parentWidget()
    return False


def _factory(_key: str, obj: QObject) -> QAccessibleInterface | None:
    # Both classes install this factory; imported here, as they import this module.
    from coprod_desktop.ui.kit.choice_tile import ChoiceTile
    from coprod_desktop.ui.kit.message_line import MessageAccessible, MessageLine
    from coprod_desktop.ui.widgets.wrap_label import WrapLabel

    if isinstance(obj, ChoiceTile):
        return TileAccessible(obj)
    if isinstance(obj, MessageLine):
        return MessageAccessible(obj)
    if isinstance(obj, WrapLabel) and not _inside_a_button(obj):
        return WordsAccessible(obj)
    return None


def install_tile_accessibility() -> None:
    install_once(INSTALLED_PROPERTY, _factory)
