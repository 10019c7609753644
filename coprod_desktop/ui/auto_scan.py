"""One-switch scanning: the highlight moves on by itself at the person's speed and any press picks.

Each choice is said as the highlight reaches it (unless the person turned that off). After the set
number of times round the screen with no press, scanning waits; the next press starts it again rather
than picking, so nothing is chosen by a press meant to wake it. With rows first, the highlight steps
row by row (a grid's row, a row of choices, the bar); a press goes into the row, and a row left
unpicked hands back to the rows.

While someone types in a text box (the person, or staff alongside), the highlight stays in the box
until the typing has paused for a while, so no letter lands on a button the highlight moved to.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from coprod_desktop.ui.kit.focus_ring import FocusRing
from coprod_desktop.ui.kit.scan_order import ensure_visible, is_typing, scan_items, scan_rows
from coprod_desktop.ui.widgets.spoken_list import SpokenListView


def words_of(widget: QWidget) -> str:
    spoken = getattr(widget, "spoken", None)
    return spoken if isinstance(spoken, str) and spoken else widget.accessibleName()


TYPING_PAUSE_S = 3.0
"""How long typing must pause before the highlight moves on from a text box (or two steps, if longer)."""


class AutoScanner(QObject):
    def __init__(
        self,
        window: QWidget,
        ring: FocusRing,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._ring = ring
        self._say = say
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.step)
        self.interval_ms = 1500
        self.loops = 3
        self.speaks = True
        self.rows_first = False
        self._moves = 0
        """Moves since the last press: past `loops` times the number of choices, scanning waits."""
        self._row: list[QWidget] | None = None
        """The row being scanned item by item, when rows come first."""
        self._row_at: list[QWidget] | None = None
        """The row highlighted while choosing a row."""
        self._in_list: SpokenListView | None = None
        self.waiting = False
        """Round the screen the set number of times with no press: the next press starts again."""
        self._typed_at = float("-inf")

    # --- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        """From where the focus is now (a new screen puts it on its first choice)."""
        self._moves = 0
        self._row = self._row_at = None
        self._in_list = None
        self.waiting = False
        self._timer.start(self.interval_ms)
        self._show_where()

    def stop(self) -> None:
        self._timer.stop()
        self._row = self._row_at = None
        self._in_list = None
        self.waiting = False

    def restart_timer(self) -> None:
        """The focus moved for another reason (a new screen, a tap): wait a whole turn there."""
        if self._timer.isActive():
            self._timer.start(self.interval_ms)

    def typed(self) -> None:
        """A key was typed into the text box the highlight is on: stay there while typing goes on."""
        self._typed_at = time.monotonic()

    def _typing_pause_s(self) -> float:
        return max(TYPING_PAUSE_S, 2 * self.interval_ms / 1000)

    def _scope(self) -> QWidget:
        modal = QApplication.activeModalWidget()
        return modal if modal is not None else self._window

    def _items(self) -> list[QWidget]:
        return scan_items(self._scope(), typing=False)

    # --- moving ---------------------------------------------------------------------------------
    def step(self) -> None:
        typing = time.monotonic() - self._typed_at < self._typing_pause_s()
        if typing and is_typing(QApplication.focusWidget()):
            return  # still typing: the next letter must land in the box
        if self._in_list is not None:
            self._step_in_list()
            return
        if self.rows_first and self._row is None:
            self._step_rows()
            return
        items = self._row if self._row is not None else self._items()
        items = [w for w in items if w.isVisible() and w.isEnabled()]
        if not items:
            self._row = None
            return
        focused = QApplication.focusWidget()
        index = items.index(focused) if focused in items else -1
        if self._moves >= self.loops * len(items):
            if self._row is not None:  # nothing picked in the row: back to the rows
                self._row = None
                self._moves = 0
                self._step_rows()
                return
            self._wait()
            return
        self._moves += 1
        self._land_on(items[(index + 1) % len(items)])

    def _step_rows(self) -> None:
        rows = scan_rows(self._items())
        if not rows:
            return
        index = rows.index(self._row_at) if self._row_at in rows else -1
        if self._row_at is None:
            focused = QApplication.focusWidget()
            index = next((i - 1 for i, row in enumerate(rows) if focused in row), -1)
        if self._moves >= self.loops * len(rows):
            self._wait()
            return
        self._moves += 1
        row = rows[(index + 1) % len(rows)]
        if len(row) == 1:
            self._row_at = row
            self._land_on(row[0])
            return
        self._row_at = row
        row[0].setFocus(Qt.FocusReason.OtherFocusReason)
        ensure_visible(row[0])
        self._ring.around(*row)
        if self.speaks:
            self._say(", ".join(w for w in (words_of(item) for item in row) if w))

    def _step_in_list(self) -> None:
        view = self._in_list
        assert view is not None
        if view.step():
            if self.speaks:
                view.speak()
            return
        self._in_list = None
        self._land_on(view)

    def _land_on(self, widget: QWidget) -> None:
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        ensure_visible(widget)
        self._ring.around(widget)
        if self.speaks:
            words = words_of(widget)
            if words:
                self._say(words)

    def _show_where(self) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and focused.window() is self._scope():
            self._ring.around(focused)

    def _wait(self) -> None:
        self._timer.stop()
        self.waiting = True

    # --- the switch -----------------------------------------------------------------------------
    def press(self) -> None:
        """The one switch was pressed: wake, go into a row or a list, or pick what is highlighted."""
        if self.waiting:
            self.start()
            return
        focused = QApplication.focusWidget()
        if self.rows_first and self._row is None and self._row_at is not None and len(self._row_at) > 1:
            self._row, self._row_at = self._row_at, None
            self._moves = 0
            self._land_on(self._row[0])
            self._timer.start(self.interval_ms)
            return
        if isinstance(focused, SpokenListView):
            if self._in_list is None:
                self._in_list = focused
                self._step_in_list()
            else:
                focused.pick()
                self._in_list = None
            self._timer.start(self.interval_ms)
            return
        self._row = self._row_at = None
        self._moves = 0
        if isinstance(focused, QAbstractButton) and focused.isEnabled():
            focused.animateClick()
        self._timer.start(self.interval_ms)
