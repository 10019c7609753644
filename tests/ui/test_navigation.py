"""Clicking through the shell as a person would: Who are you? -> Home -> Back, the bar on every screen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.store.models import Role
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.settings.my_settings_screen import MySettingsScreen
from coprod_desktop.ui.screens.start.who_are_you_screen import WhoAreYouScreen
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home

LEFT = Qt.MouseButton.LeftButton


def test_who_are_you_shows_the_wards_patients_only(window: MainWindow) -> None:
    screen = window.current_screen()
    assert isinstance(screen, WhoAreYouScreen)
    names = [p.called for p in screen.people()]
    assert names == ["Aisha", "Dafydd", "Lee", "Priya", "Sam"]
    assert all(p.role is Role.PATIENT for p in screen.people())
    assert not window.nav.back.isEnabled()


def test_tapping_a_person_says_their_name_and_opens_their_home(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    sam = window.who_are_you.button_for("Sam")
    qtbot.mouseClick(sam, LEFT)
    assert speaker.said[0] == "Sam"
    home = window.current_screen()  # one press: the ward does not ask "Is this you?"
    assert isinstance(home, HomeScreen)
    assert home.title() == "Hello, Sam"
    assert speaker.last.startswith("Hello, Sam")
    assert home.change_choice.isVisible() and home.private_cover.isVisible()
    assert "CPA meeting" in home.meeting_tile.spoken
    assert window.nav.back.isEnabled()
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is window.who_are_you
    assert speaker.last == "Back"
    assert window.person is None


def test_home_button_returns_to_the_persons_home_from_deeper_screens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Lee")
    qtbot.mouseClick(home.settings_choice, LEFT)
    assert isinstance(window.current_screen(), MySettingsScreen)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert window.current_screen() is home
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is window.who_are_you


def test_back_walks_the_history_one_step_at_a_time(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Lee")
    qtbot.mouseClick(home.settings_choice, LEFT)
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is home
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is window.who_are_you


def test_this_is_not_me_goes_back_to_who_are_you(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Aisha")
    qtbot.mouseClick(home.change_choice, LEFT)
    assert window.current_screen() is window.who_are_you
    assert window.person is None


def test_read_this_to_me_reads_the_screen_not_the_button(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.nav.read, LEFT)
    assert speaker.said == [window.who_are_you.spoken_summary()]
    assert speaker.last.startswith("Who are you?")
    assert "Aisha" in speaker.last and "Sam" in speaker.last
    open_home(qtbot, window, "Sam")
    qtbot.mouseClick(window.nav.read, LEFT)
    assert speaker.last.startswith("Hello, Sam.")
    assert "My next meeting" in speaker.last


def test_i_need_help_shows_the_card_and_only_that(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(window.nav.help, LEFT)
    assert window.stack.currentWidget() is window.help_card
    assert not window.nav.isVisible()
    qtbot.waitUntil(lambda: speaker.last == "Show this to staff. I need help.")
    qtbot.mouseClick(window.help_card.ok, LEFT)
    assert window.current_screen() is home
    assert window.nav.isVisible()
    # Help does not add to the history: Back still goes to Who are you?
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is window.who_are_you


def test_every_nav_button_speaks_its_own_label(qtbot, window: MainWindow, speaker: RecordingSpeaker) -> None:  # type: ignore[no-untyped-def]
    open_home(qtbot, window, "Sam")
    qtbot.mouseClick(window.nav.home, LEFT)
    assert speaker.last == "Home"
    qtbot.mouseClick(window.nav.help, LEFT)
    assert "I need help" in speaker.said


def test_home_is_on_its_first_page_every_time_but_back_returns_to_the_page_left(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam")
    window.resize(1024, 640)  # a small tablet: Home's choices take two pages
    qtbot.waitUntil(lambda: home.choices.page_count() > 1)
    home.choices.show_page_of(home.wall_choice)
    wall_page = home.choices.page
    assert wall_page > 0
    qtbot.mouseClick(home.wall_choice, LEFT)
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is home and home.choices.page == wall_page
    qtbot.mouseClick(home.wall_choice, LEFT)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert window.current_screen() is home and home.choices.page == 0
    assert home.have_say_choice.isVisible()
