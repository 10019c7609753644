"""Steps that many journeys share, clicked as a person would: choosing who you are, and staff
signing in with the demo PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.services.demo import DEMO_MANAGER, DEMO_MANAGER_PIN, DEMO_PICTURE_PASSWORD, DEMO_STAFF_PIN
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen
from coprod_desktop.ui.screens.start.is_this_you_screen import IsThisYouScreen
from coprod_desktop.ui.screens.start.picture_password_screen import PicturePasswordScreen

LEFT = Qt.MouseButton.LeftButton


def ward_asks_is_this_you(window: MainWindow) -> None:
    """The ward setting that puts "Is this you?" after each picture (off in a new ward)."""
    ward_id = window.ward_id()
    assert ward_id is not None
    window._context.services.ward_settings.update(ward_id, None, ask_is_this_you=True)


def confirm_person(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    """Taps the person's picture, and "Yes, this is me" where the ward asks."""
    qtbot.mouseClick(window.who_are_you.button_for(name), LEFT)
    asked = window.current_screen()
    if isinstance(asked, IsThisYouScreen):
        qtbot.mouseClick(asked.yes, LEFT)


def open_home(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, name: str, show_private: bool = True
) -> HomeScreen:
    """Who are you? -> the person -> (Is this you?) -> Home, then Show (their private things), as
    the person would; with a picture password, their pictures in order instead of Show."""
    confirm_person(qtbot, window, name)
    home = window.current_screen()
    if isinstance(home, PicturePasswordScreen):  # Priya has one in the demo ward
        home.press_in_order(list(DEMO_PICTURE_PASSWORD))
        home = window.current_screen()
        assert isinstance(home, HomeScreen)
        assert home.private_shown()
        return home
    assert isinstance(home, HomeScreen)
    if show_private:
        qtbot.mouseClick(home.private_cover.show_button, LEFT)
        assert home.private_shown()
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


def enter_pin(qtbot, window: MainWindow, staff_name: str, pin: str) -> None:  # type: ignore[no-untyped-def]
    """On the PIN pad that is showing: the staff member's name, their PIN, then OK."""
    sign_in = window.current_screen()
    assert isinstance(sign_in, SignInScreen), sign_in
    qtbot.mouseClick(sign_in.button_for(staff_name), LEFT)
    for digit in pin:
        qtbot.mouseClick(sign_in.pad.keys[digit], LEFT)
    qtbot.mouseClick(sign_in.pad.ok, LEFT)


def sign_in_as_manager(qtbot, window: MainWindow) -> StaffHomeScreen:  # type: ignore[no-untyped-def]
    """The demo ward's manager, for what ward staff may not do (erase, restore, ward settings ...)."""
    qtbot.mouseClick(window.who_are_you.staff, LEFT)
    enter_pin(qtbot, window, DEMO_MANAGER, DEMO_MANAGER_PIN)
    home = window.current_screen()
    assert isinstance(home, StaffHomeScreen)
    return home


def type_words(qtbot, screen, words: str) -> None:  # type: ignore[no-untyped-def]
    """On an idea or a worry, as the person or staff alongside would: Type it, the words, then back."""
    qtbot.mouseClick(screen.with_words, LEFT)
    editor = screen.pieces.words_editor
    assert screen.pieces.currentWidget() is editor and editor.box.isVisible()
    qtbot.keyClicks(editor.box, words)
    qtbot.mouseClick(editor.done, LEFT)
    assert screen.pieces.on_own_page
