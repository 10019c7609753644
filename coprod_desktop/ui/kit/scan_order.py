"""What a switch can reach on a window now, in reading order: the screen's content first, the bar last.

Built from Qt's own focus chain (the order Tab follows), so a screen decides its order in one place.
Widgets inside a parent marked `scan_last` (the nav bar) go to the end, so a switch user meets the
choices on the screen before Home, Back and Help.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

SCAN_LAST = "scan_last"
AFTER_CONTENT = "scan_after_content"
"""A row of moves under a screen's content (Skip, Next): after the content, before the bar, however
late the content was made (cards built when a time is chosen come after Next in Qt's own chain)."""
AFTER_SIBLINGS = "after_siblings"
"""Page arrows: scanned after the tiles they turn (their holder's other descendants), wherever
they sit in Qt's focus chain. The chain itself is left alone: setTabOrder on widgets that are
reparented and hidden as pages turn can close it into a loop."""
TYPING_WIDGETS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
ROW_TOLERANCE = 6
"""Pixels two tiles' tops may differ by and still count as one row."""


def is_typing(widget: QWidget | None) -> bool:
    return isinstance(widget, TYPING_WIDGETS)


def _reachable(widget: QWidget, window: QWidget) -> bool:
    return (
        widget.window() is window
        and widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def _marked(widget: QWidget, window: QWidget, mark: str) -> bool:
    parent: QWidget | None = widget
    while parent is not None and parent is not window:
        if parent.property(mark):
            return True
        parent = parent.parentWidget()
    return False


def scan_items(window: QWidget, within: QWidget | None = None, typing: bool = True) -> list[QWidget]:
    """Every control Tab could reach, content first and the bar last. `within` keeps one screen's
    controls; `typing=False` leaves out text boxes (a single switch cannot type into them)."""
    first: list[QWidget] = []
    moves: list[QWidget] = []
    last: list[QWidget] = []
    widget = window.nextInFocusChain()
    seen: set[int] = set()
    while widget is not None and widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        wanted = _reachable(widget, window) and (typing or not is_typing(widget))
        if wanted and (within is None or within.isAncestorOf(widget)):
            if _marked(widget, window, SCAN_LAST):
                last.append(widget)
            elif _marked(widget, window, AFTER_CONTENT):
                moves.append(widget)
            else:
                first.append(widget)
        widget = widget.nextInFocusChain()
    return _arrows_after_tiles(first) + moves + _arrows_after_tiles(last)


def _holder(arrow: QWidget) -> QWidget | None:
    """The pager the arrow belongs to: its parent's parent (arrows sit in a small row or column)."""
    parent = arrow.parentWidget()
    return parent.parentWidget() if parent is not None else None


def _arrows_after_tiles(items: list[QWidget]) -> list[QWidget]:
    ordered = [w for w in items if not w.property(AFTER_SIBLINGS)]
    for arrow in (w for w in items if w.property(AFTER_SIBLINGS)):
        holder = _holder(arrow)
        inside = [i for i, w in enumerate(ordered) if holder is not None and holder.isAncestorOf(w)]
        ordered.insert(inside[-1] + 1 if inside else len(ordered), arrow)
    return ordered


def ensure_visible(widget: QWidget) -> None:
    """Scrolls every scroll area the widget sits in so the highlight is on screen."""
    parent = widget.parentWidget()
    while parent is not None:
        if (
            isinstance(parent, QScrollArea)
            and parent.widget() is not None
            and parent.widget().isAncestorOf(widget)
        ):
            parent.ensureWidgetVisible(widget, 16, 16)
        parent = parent.parentWidget()


def step_focus(focused: QWidget, back: bool = False) -> bool:
    """Moves the focus one place along the scan order (content first, page arrows after their
    tiles, the bar last), so Tab, the arrows, a second switch and the scanner all go the same way.
    False when the focused control is not in that order (the caller falls back to Qt's chain)."""
    items = scan_items(focused.window())
    if focused not in items:
        return False
    step = -1 if back else 1
    target = items[(items.index(focused) + step) % len(items)]
    reason = Qt.FocusReason.BacktabFocusReason if back else Qt.FocusReason.TabFocusReason
    target.setFocus(reason)
    ensure_visible(target)
    return True


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def scan_rows(items: list[QWidget]) -> list[list[QWidget]]:
    """Neighbours in the order that share a parent and a top edge form a row (a grid's row, a row of
    choices, the bar); everything else is a row of one."""
    rows: list[list[QWidget]] = []
    for item in items:
        if rows:
            last = rows[-1][-1]
            same_row = (
                last.parentWidget() is item.parentWidget()
                and abs(global_rect(last).top() - global_rect(item).top()) <= ROW_TOLERANCE
            )
            if same_row:
                rows[-1].append(item)
                continue
        rows.append([item])
    return rows


def first_content(window: QWidget, screen: QWidget) -> QWidget | None:
    """Where the focus starts on a screen: its first choice, never the bar's Home."""
    items = scan_items(window, within=screen)
    return items[0] if items else None
