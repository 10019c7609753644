"""Every control a patient can press or type into is at least 88 px on its short side (DESIGN.md
section 3), text boxes and lists included, on every patient screen and on the pages a screen opens
(words, symbols, a picture, my voice). Checked on the demo ward at 1280x800 with normal words."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.store.kinds import AccessMode
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.meeting.topic_screen import TopicScreen
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET
from tests.ui.journeys import open_home
from tests.ui.test_no_scroll_bars import SCREENS, first_topic, in_my_meeting

Opener = Callable[[MainWindow], object]


def on_topic(page: Callable[[TopicScreen], object]) -> Opener:
    def open_it(window: MainWindow) -> object:
        in_my_meeting(first_topic)(window)
        topic = window.current_screen()
        assert isinstance(topic, TopicScreen)
        return page(topic)

    return open_it


PAGES: dict[str, Opener] = {
    **SCREENS,
    "topic-words": on_topic(lambda t: t.start_words()),
    "topic-symbols": on_topic(lambda t: t.start_symbol()),
    "topic-picture": on_topic(lambda t: t.start_picture()),
    "topic-my-voice": on_topic(lambda t: t._start_recording()),
}


def small_targets(window: MainWindow) -> list[str]:
    QApplication.processEvents()
    found = []
    for widget in window.findChildren(QWidget):
        pressable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None
        if not (pressable and widget.isVisible() and widget.isEnabled()):
            continue
        if min(widget.width(), widget.height()) < MIN_TARGET:
            name = f"{type(widget).__name__} {widget.accessibleName()}"
            found.append(f"{name} ({widget.width()}x{widget.height()})")
    return found


def open_page_as_sam(qtbot, window: MainWindow, name: str, **preferences: object) -> None:  # type: ignore[no-untyped-def]
    """Sam's Home, his preferences (keys, so no scan ring, plus any given), then the page as Home
    opens it, with the preferences applied again to what it built."""
    home = open_home(qtbot, window, "Sam")
    prefs = window._context.services.preferences.update(
        home.person.id, access_mode=AccessMode.KEYS, **preferences
    )
    window.apply_preferences(prefs)
    PAGES[name](window)
    window.apply_preferences(prefs)
    settle(qtbot, window)


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Waits until the screen has stopped moving (a new word size lays out over a few turns of the
    event loop: words, then the tiles round them, then the pages), as a person would see it."""
    before: list[object] = []
    for _ in range(20):
        qtbot.wait(25)
        now = [(w, w.geometry()) for w in window.findChildren(QWidget) if w.isVisible()]
        if now == before:
            return
        before = now


@pytest.mark.parametrize("name", list(PAGES))
def test_every_patient_target_is_big_enough(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    open_page_as_sam(qtbot, window, name)
    assert small_targets(window) == [], name
