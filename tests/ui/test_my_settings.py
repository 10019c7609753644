"""A person changes how the app looks and talks; it is saved and applied at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprod_desktop.store.models import TextSize
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.i18n import qm_path
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.settings.my_settings_screen import MySettingsScreen
from coprod_desktop.ui.theme import HIGH_CONTRAST, STANDARD
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import confirm_person, open_home

LEFT = Qt.MouseButton.LeftButton


def open_settings(qtbot, window: MainWindow, name: str) -> MySettingsScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, name)
    qtbot.mouseClick(home.settings_choice, LEFT)
    screen = window.current_screen()
    assert isinstance(screen, MySettingsScreen)
    return screen


def test_high_contrast_is_saved_and_applied_then_undone_for_the_next_person(
    qtbot, window: MainWindow, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    screen = open_settings(qtbot, window, "Lee")
    qtbot.mouseClick(screen.colours.buttons[1], LEFT)
    assert HIGH_CONTRAST.window in QApplication.instance().styleSheet()
    lee = window.person
    assert lee is not None
    assert ui_context.services.preferences.get(lee.id).high_contrast
    qtbot.mouseClick(window.nav.home, LEFT)
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    qtbot.mouseClick(home.change_choice, LEFT)
    assert STANDARD.window in QApplication.instance().styleSheet()


def test_a_persons_own_settings_come_back_when_they_are_chosen(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # Priya chose the biggest words and high contrast in the demo ward.
    confirm_person(qtbot, window, "Priya")
    sheet = QApplication.instance().styleSheet()
    assert HIGH_CONTRAST.window in sheet
    assert "font-size: 28pt" in sheet


def test_word_size_and_speech_choices(
    qtbot, window: MainWindow, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_settings(qtbot, window, "Sam")
    qtbot.mouseClick(screen.size.buttons[2], LEFT)
    assert "font-size: 28pt" in QApplication.instance().styleSheet()
    assert screen.size.current() == 2
    sam = window.person
    assert sam is not None
    qtbot.mouseClick(screen.speed.buttons[0], LEFT)
    assert ui_context.services.preferences.get(sam.id).rate == 130
    assert speaker.voice.rate == 130
    assert speaker.last == "This is how fast I talk."
    qtbot.mouseClick(screen.speech.buttons[1], LEFT)
    assert not speaker.enabled
    prefs = ui_context.services.preferences.get(sam.id)
    assert prefs.text_size is TextSize.LARGEST and not prefs.speech_on


@pytest.mark.skipif(not qm_path("cy").exists(), reason="Welsh .qm not built: run scripts/setup")
def test_choosing_cymraeg_switches_words_and_voice_at_once(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_settings(qtbot, window, "Sam")
    qtbot.mouseClick(screen.language.buttons[1], LEFT)
    # Qt posts the language change to every window; it lands on the next turn of the event loop.
    qtbot.waitUntil(lambda: window.nav.home.words == "Adref")
    assert screen.title() == "Sut dw i'n ei hoffi"
    assert speaker.voice.language == "cy"
    qtbot.mouseClick(screen.language.buttons[0], LEFT)
    qtbot.waitUntil(lambda: window.nav.home.words == "Home")
    assert speaker.voice.language == "en"


@pytest.mark.skipif(not qm_path("cy").exists(), reason="Welsh .qm not built: run scripts/setup")
def test_a_welsh_speaker_gets_welsh_when_chosen(qtbot, window: MainWindow, speaker: RecordingSpeaker) -> None:  # type: ignore[no-untyped-def]
    confirm_person(qtbot, window, "Dafydd")
    qtbot.waitUntil(lambda: window.nav.back.words == "Yn ôl")
    assert speaker.voice.language == "cy"
    qtbot.mouseClick(window.nav.back, LEFT)
    qtbot.waitUntil(lambda: window.nav.back.words == "Back")


def test_a_person_who_chose_no_symbols_sees_words_only_but_still_sees_people(
    qtbot, window: MainWindow, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    people = {p.called: p for p in window.who_are_you.people()}
    ui_context.services.preferences.update(people["Lee"].id, symbols_on=False)
    home = open_home(qtbot, window, "Lee")
    assert not home.settings_choice._icon.isVisible()
    assert home.settings_choice._words.isVisible()
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.nav.home._icon.isVisible()  # back to the ward's own way
    assert all(
        b._icon.isVisible() for b in window.who_are_you.findChildren(type(window.nav.home)) if b.isVisible()
    )
