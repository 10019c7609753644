"""Each person's way of pressing, on the real window: keys, two switches, one switch scanning by
itself (one at a time or a row first), a held press, a screen reader, Escape one step back, and the
focus starting on the screen's content. Scanning runs on real Qt timers at the fastest speed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import AccessMode
from coprod_desktop.ui.auto_scan import AutoScanner
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.settings.how_i_press_screen import HowIPressScreen
from coprod_desktop.ui.screens.settings.my_settings_screen import MySettingsScreen
from coprod_desktop.ui.screens.start.is_this_you_screen import IsThisYouScreen
from coprod_desktop.ui.screens.ward.say_thank_you_screen import SayThankYouScreen
from coprod_desktop.ui.switch_access import SwitchAccess
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home, ward_asks_is_this_you

LEFT = Qt.MouseButton.LeftButton
SPACE = Qt.Key.Key_Space
ENTER = Qt.Key.Key_Return


def person(window: MainWindow, name: str) -> PersonInfo:
    return next(p for p in window.who_are_you.people() if p.called == name)


def set_way(window: MainWindow, name: str, **changes: object) -> None:
    """What staff or the person set on How I press, saved in the store."""
    window._context.services.preferences.update(person(window, name).id, **changes)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def home_as(qtbot, window: MainWindow, name: str, **way: object) -> HomeScreen:  # type: ignore[no-untyped-def]
    set_way(window, name, **way)
    window.activateWindow()
    home = open_home(qtbot, window, name)
    assert isinstance(home, HomeScreen)
    return home


def test_one_switch_moves_by_itself_says_each_choice_and_any_press_picks(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    home = home_as(qtbot, window, "Sam", access_mode=AccessMode.ONE_SWITCH, scan_ms=500)
    scanner = window.switch.scanner
    assert scanner is not None and scanner.running
    assert home.isAncestorOf(focused())  # the focus starts on Home's own choices, not the bar
    qtbot.waitUntil(lambda: focused() is home.thanks_choice, timeout=15_000)
    assert home.thanks_choice.spoken in speaker.said
    ring = window.switch.ring
    assert ring is not None and ring.isVisible() and ring.targets == [home.thanks_choice]
    assert ring.geometry().contains(
        home.thanks_choice.geometry().translated(
            home.thanks_choice.mapTo(window, home.thanks_choice.rect().topLeft()) - home.thanks_choice.pos()
        )
    )
    qtbot.keyClick(focused(), SPACE)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), SayThankYouScreen))


def test_after_the_times_round_it_waits_and_the_next_press_only_wakes_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    set_way(window, "Sam", access_mode=AccessMode.ONE_SWITCH, scan_ms=500, scan_loops=1)
    window.activateWindow()
    ward_asks_is_this_you(window)
    qtbot.mouseClick(window.who_are_you.button_for("Sam"), LEFT)
    asked = window.current_screen()
    assert isinstance(asked, IsThisYouScreen)
    scanner = window.switch.scanner
    assert scanner is not None
    qtbot.waitUntil(lambda: scanner.waiting, timeout=20_000)
    where = focused()
    assert where is not None
    qtbot.keyClick(where, ENTER)
    assert window.current_screen() is asked  # woken, nothing picked
    assert scanner.running and not scanner.waiting
    qtbot.waitUntil(lambda: focused() is asked.yes, timeout=15_000)
    qtbot.keyClick(asked.yes, ENTER)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), HomeScreen))


def test_a_row_first_then_the_choice_in_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = home_as(qtbot, window, "Sam", access_mode=AccessMode.ONE_SWITCH, scan_ms=500, scan_rows=True)
    ring = window.switch.ring
    assert ring is not None
    qtbot.waitUntil(lambda: home.thanks_choice in ring.targets and len(ring.targets) > 1, timeout=20_000)
    row = ring.targets
    qtbot.keyClick(focused(), SPACE)  # into the row: its first choice
    assert ring.targets == [row[0]] and focused() is row[0]
    qtbot.waitUntil(lambda: focused() is home.thanks_choice, timeout=10_000)
    qtbot.keyClick(focused(), SPACE)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), SayThankYouScreen))


def test_a_press_that_must_be_held_ignores_a_tap(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    set_way(window, "Sam", access_mode=AccessMode.TWO_SWITCHES, hold_ms=500)
    window.activateWindow()
    ward_asks_is_this_you(window)
    qtbot.mouseClick(window.who_are_you.button_for("Sam"), LEFT)
    asked = window.current_screen()
    assert isinstance(asked, IsThisYouScreen)
    asked.yes.setFocus()
    qtbot.keyClick(asked.yes, ENTER)  # a tremor: down and straight up
    qtbot.wait(700)
    assert window.current_screen() is asked
    qtbot.keyPress(asked.yes, ENTER)  # held: it picks once the hold is long enough
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), HomeScreen), timeout=2000)
    qtbot.keyRelease(window, ENTER)


def test_keys_space_presses_arrows_move_and_escape_goes_one_step_back(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = home_as(qtbot, window, "Sam", access_mode=AccessMode.KEYS)
    home.settings_choice.setFocus()
    qtbot.keyClick(home.settings_choice, Qt.Key.Key_Right)
    assert focused() is not home.settings_choice and focused() is not None
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert focused() is home.settings_choice
    qtbot.keyClick(home.settings_choice, SPACE)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), MySettingsScreen))
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert window.current_screen() is home


def test_after_this_is_not_me_the_next_person_starts_on_the_pictures(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    ward_asks_is_this_you(window)
    qtbot.mouseClick(window.who_are_you.button_for("Sam"), LEFT)
    asked = window.current_screen()
    assert isinstance(asked, IsThisYouScreen)
    assert focused() is asked.yes or asked.isAncestorOf(focused())
    asked.no.setFocus()
    qtbot.keyClick(asked.no, ENTER)
    qtbot.waitUntil(lambda: window.current_screen() is window.who_are_you)
    start = focused()
    assert start is not None and window.who_are_you.isAncestorOf(start)
    assert not window.nav.isAncestorOf(start)


def test_with_a_screen_reader_moving_does_not_talk_over_it(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    home = home_as(qtbot, window, "Sam", screen_reader=True)
    speaker.said.clear()
    start = focused()
    assert start is not None
    qtbot.keyClick(start, SPACE)
    assert focused() is not start
    assert speaker.said == []
    set_way(window, "Sam", screen_reader=False)
    window.apply_preferences(window._context.services.preferences.get(person(window, "Sam").id))
    qtbot.keyClick(focused(), SPACE)
    assert speaker.said and home is window.current_screen()


def test_a_text_box_never_traps_a_switch(qtbot) -> None:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    box = QLineEdit(page)
    after = QPushButton("After", page)
    layout = QVBoxLayout(page)
    layout.addWidget(box)
    layout.addWidget(after)
    switch = SwitchAccess(page, window=page)
    QApplication.instance().installEventFilter(switch)
    try:
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        box.setFocus()
        qtbot.keyClick(box, SPACE)  # a switch moves past the box
        assert focused() is after and box.text() == ""
        box.setFocus()
        qtbot.keyClick(box, ENTER)  # goes in to type
        qtbot.keyClicks(box, "a b")
        assert box.text() == "a b" and focused() is box
        qtbot.keyClick(box, Qt.Key.Key_Escape)  # out again; Space moves on
        qtbot.keyClick(box, SPACE)
        assert focused() is after and box.text() == "a b"
        box.setFocus()
        qtbot.keyClicks(box, "c d")  # typing a letter first is typing
        assert box.text() == "a bc d"
    finally:
        QApplication.instance().removeEventFilter(switch)


@dataclass
class ScanningPage:
    """A window with a button and a text box, one-switch scanning every 0.2 s with real timers."""

    before: QPushButton
    box: QLineEdit
    after: QPushButton
    scanner: AutoScanner


@pytest.fixture
def scanning_page(qtbot) -> Iterator[ScanningPage]:  # type: ignore[no-untyped-def]
    page = QWidget()
    qtbot.addWidget(page)
    before = QPushButton("Before", page)
    box = QLineEdit(page)
    after = QPushButton("After", page)
    layout = QVBoxLayout(page)
    for widget in (before, box, after):
        layout.addWidget(widget)
    switch = SwitchAccess(page, window=page)
    QApplication.instance().installEventFilter(switch)
    scanner = switch.scanner
    assert scanner is not None
    try:
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitUntil(page.isActiveWindow)
        switch.mode = AccessMode.ONE_SWITCH
        scanner.interval_ms = 200
        scanner.loops = 50
        yield ScanningPage(before, box, after, scanner)
    finally:
        scanner.stop()
        QApplication.instance().removeEventFilter(switch)


def test_one_switch_scanning_waits_in_a_text_box_while_someone_types(
    qtbot, scanning_page: ScanningPage
) -> None:  # type: ignore[no-untyped-def]
    """The highlight moves every 0.2 s here; typing keeps it in the box until typing pauses, so no
    letter lands on the button it would have moved to. Real timers and real key events."""
    box = scanning_page.box
    box.setFocus()
    scanning_page.scanner.start()
    for letter in "more fruit":
        qtbot.keyClicks(box, letter)
        qtbot.wait(150)  # 1.5 s in all: the highlight would have moved seven times
    assert box.text() == "more fruit" and focused() is box
    qtbot.waitUntil(lambda: focused() is not box, timeout=6000)  # typing paused: it moves on


def test_one_switch_scanning_holds_in_a_text_box_someone_taps_into_before_the_first_letter(
    qtbot, scanning_page: ScanningPage
) -> None:  # type: ignore[no-untyped-def]
    """Staff alongside tap the box and think before typing: the highlight stays for the typing pause
    instead of leaving after one step, so their first letter (or Space) never lands on a button."""
    box = scanning_page.box
    scanning_page.before.setFocus()
    scanning_page.scanner.start()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert focused() is box
    qtbot.wait(1000)  # five scan steps
    assert focused() is box
    qtbot.keyClicks(box, "tea")
    assert box.text() == "tea"
    qtbot.waitUntil(lambda: focused() is not box, timeout=6000)  # nobody typed: it moves on


def test_one_switch_scanning_holds_when_someone_taps_the_box_the_highlight_is_already_on(
    qtbot, scanning_page: ScanningPage
) -> None:  # type: ignore[no-untyped-def]
    box = scanning_page.box
    box.setFocus()  # the highlight is on the box before scanning starts
    scanning_page.scanner.start()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    qtbot.wait(1000)  # five scan steps
    assert focused() is box


def test_how_i_press_tries_a_new_way_and_puts_it_back_unless_kept(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    home = home_as(qtbot, window, "Sam")
    qtbot.mouseClick(home.settings_choice, LEFT)
    settings = window.current_screen()
    assert isinstance(settings, MySettingsScreen)
    qtbot.mouseClick(settings.press.buttons[0], LEFT)
    press = window.current_screen()
    assert isinstance(press, HowIPressScreen)
    assert not press.speed.isVisible()  # the one-switch questions wait for one switch
    qtbot.mouseClick(press.mode.buttons[2], LEFT)
    sam = person(window, "Sam").id
    prefs = window._context.services.preferences
    assert prefs.get(sam).access_mode is AccessMode.ONE_SWITCH
    assert window.switch.scanner is not None and window.switch.scanner.running
    assert press.keep.isVisible() and press.pages.page_of(press.speed) is not None
    press._left = 1  # the clock: let the 15 seconds run out now
    qtbot.waitUntil(lambda: not press.keep.isVisible(), timeout=3000)
    assert prefs.get(sam).access_mode is AccessMode.TWO_SWITCHES
    assert not window.switch.scanner.running
    qtbot.mouseClick(press.mode.buttons[2], LEFT)
    qtbot.mouseClick(press.keep.buttons[0], LEFT)
    qtbot.wait(1200)
    assert prefs.get(sam).access_mode is AccessMode.ONE_SWITCH and not press.keep.isVisible()
    speed_before = prefs.get(sam).scan_ms
    qtbot.mouseClick(press.speed.buttons[1], LEFT)
    assert prefs.get(sam).scan_ms == speed_before - 500
    assert window.switch.scanner.interval_ms == speed_before - 500


def test_the_ward_can_make_who_are_you_scan_for_a_one_switch_user(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window._context.services.ward_settings.update(window.ward_id(), None, start_scanning=True)
    window.start_over()
    scanner = window.switch.scanner
    assert scanner is not None and scanner.running
    window.activateWindow()
    qtbot.waitUntil(lambda: focused() is window.who_are_you.button_for("Lee"), timeout=20_000)
    qtbot.keyClick(focused(), SPACE)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), HomeScreen))
    assert not scanner.running  # Lee's own way of pressing now: two switches


def _round_by(qtbot, key: Qt.Key, limit: int = 80) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Presses `key` until the focus comes back where it started; the places it went, in order."""
    start = focused()
    assert start is not None
    went: list[QWidget] = [start]
    for _ in range(limit):
        qtbot.keyClick(focused(), key)
        if focused() is start:
            return went
        went.append(focused())
    names = [w.objectName() or type(w).__name__ for w in went]
    raise AssertionError(f"{key!r} never came back round: {names}")


def test_space_tab_and_the_scanner_go_the_same_way_with_page_arrows_after_their_tiles(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.ui.kit.scan_order import scan_items

    home = home_as(qtbot, window, "Sam", access_mode=AccessMode.TWO_SWITCHES)
    qtbot.mouseClick(home.say_it_choice, LEFT)
    board = window.current_screen()
    qtbot.waitUntil(lambda: board.isAncestorOf(focused()))
    by_space = _round_by(qtbot, SPACE)
    scanned = scan_items(window)
    assert by_space == scanned[scanned.index(by_space[0]) :] + scanned[: scanned.index(by_space[0])]
    set_way(window, "Sam", access_mode=AccessMode.KEYS)
    window.switch.configure(window._context.services.preferences.get(person(window, "Sam").id))
    assert _round_by(qtbot, Qt.Key.Key_Tab) == by_space
    more = board.board.more
    phrases = [w for w in board.board.items() if w.isVisible()]
    bar = [w for w in by_space if window.nav.isAncestorOf(w)]
    assert more in by_space and phrases and bar
    assert max(by_space.index(p) for p in phrases) < by_space.index(more) < by_space.index(bar[0])
