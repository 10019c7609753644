"""A screen reaches screen readers as a pane named by its title, so Orca says where focus has
arrived ("Have my say panel") before the first button: as an unnamed filler it said nothing."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from coprod_desktop.ui.main_window import MainWindow
from tests.ui.journeys import open_home


def test_each_screen_is_a_pane_named_by_its_title_in_the_reader_s_language(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam")
    window.ward_voice.open_have_my_say()
    screen = window.current_screen()
    assert screen is not home
    shown = QAccessible.queryAccessibleInterface(screen)
    assert shown.role() == QAccessible.Role.Pane
    assert shown.text(QAccessible.Text.Name) == screen.title() == "Have my say"
    prefs = window._context.services.preferences.update(home.person.id, language="cy")
    window.apply_preferences(prefs)
    qtbot.waitUntil(
        lambda: QAccessible.queryAccessibleInterface(screen).text(QAccessible.Text.Name) == "Dweud fy marn"
    )
