"""Steps that many journeys share, clicked as a person would: choosing who you are, and staff
signing in with the demo PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.services.demo import DEMO_STAFF_PIN
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen

LEFT = Qt.MouseButton.LeftButton


def open_home(qtbot, window: MainWindow, name: str) -> HomeScreen:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.who_are_you.button_for(name), LEFT)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    return home


def sign_in_as_jo(qtbot, window: MainWindow) -> StaffHomeScreen:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.who_are_you.staff, LEFT)
    sign_in = window.current_screen()
    assert isinstance(sign_in, SignInScreen)
    qtbot.mouseClick(sign_in.button_for("Jo"), LEFT)
    for digit in DEMO_STAFF_PIN:
        qtbot.mouseClick(sign_in.pad.keys[digit], LEFT)
    qtbot.mouseClick(sign_in.pad.ok, LEFT)
    home = window.current_screen()
    assert isinstance(home, StaffHomeScreen)
    return home
