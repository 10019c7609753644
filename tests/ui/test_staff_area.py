"""Staff sign-in, the staff area, idle sign-out and the kiosk lock, clicked as staff would."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from coprod_desktop.services.demo import DEMO_MANAGER, DEMO_STAFF_PIN
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.audit_log_screen import AuditLogScreen
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen
from coprod_desktop.ui.screens.staff.ward_settings_screen import WardSettingsScreen
from tests.conftest import FixedClock
from tests.ui.journeys import sign_in_as_manager

LEFT = Qt.MouseButton.LeftButton


def type_pin(qtbot, screen: SignInScreen, pin: str) -> None:  # type: ignore[no-untyped-def]
    for digit in pin:
        qtbot.mouseClick(screen.pad.keys[digit], LEFT)
    qtbot.mouseClick(screen.pad.ok, LEFT)


def open_sign_in(qtbot, window: MainWindow) -> SignInScreen:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.who_are_you.staff, LEFT)
    screen = window.current_screen()
    assert isinstance(screen, SignInScreen)
    return screen


def sign_in_as_jo(qtbot, window: MainWindow) -> StaffHomeScreen:  # type: ignore[no-untyped-def]
    screen = open_sign_in(qtbot, window)
    qtbot.mouseClick(screen.button_for("Jo"), LEFT)
    type_pin(qtbot, screen, DEMO_STAFF_PIN)
    home = window.current_screen()
    assert isinstance(home, StaffHomeScreen)
    return home


def test_staff_sign_in_with_the_right_pin_opens_the_staff_area(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_sign_in(qtbot, window)
    assert [p.called for p in screen.staff()] == [DEMO_MANAGER, "Jo"]
    home = sign_in_as_jo(qtbot, window)
    assert window.staff is not None and window.staff.called == "Jo"
    assert {"audit", "settings"} <= set(home.tiles)
    assert window.idle.is_watching()
    qtbot.mouseClick(home.sign_out, LEFT)
    assert window.staff is None
    assert window.current_screen() is window.who_are_you


def test_wrong_pins_are_told_then_slowed_and_audited(
    qtbot, window: MainWindow, ui_context: UiContext, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    screen = open_sign_in(qtbot, window)
    qtbot.mouseClick(screen.button_for("Jo"), LEFT)
    type_pin(qtbot, screen, "0000")
    assert "4 more tries" in screen._message.text()
    for _ in range(4):
        type_pin(qtbot, screen, "0000")
    assert "wait 5 seconds" in screen._message.text()
    assert not screen.pad.isEnabled()
    screen.try_pin(DEMO_STAFF_PIN)  # ignored while waiting, even if right
    assert isinstance(window.current_screen(), SignInScreen)
    clock.now += timedelta(seconds=6)
    qtbot.mouseClick(screen.not_me, LEFT)
    qtbot.mouseClick(screen.button_for("Jo"), LEFT)
    assert screen.pad.isEnabled()
    type_pin(qtbot, screen, DEMO_STAFF_PIN)
    assert isinstance(window.current_screen(), StaffHomeScreen)
    kinds = [e.kind for e in ui_context.services.audit.recent(limit=50)]
    assert kinds.count("sign_in_failed") == 5 and kinds.count("sign_in") == 1


def test_an_idle_staff_session_signs_out_to_who_are_you(
    qtbot, window: MainWindow, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    sign_in_as_jo(qtbot, window)
    window.idle.start(0.002)  # about 120 ms instead of minutes
    qtbot.waitUntil(lambda: window.staff is None, timeout=3000)
    assert window.current_screen() is window.who_are_you
    last = ui_context.services.audit.recent(kind="sign_out")[0]
    assert last.detail == {"why": "idle"}


def test_kiosk_cannot_be_closed_or_escaped_without_staff(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_kiosk(True)
    qtbot.waitExposed(window)
    window.close()
    assert window.isVisible()
    assert "locked" in window.notices.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(home.leave, LEFT)
    assert not window.isVisible()


def test_ward_settings_save_as_you_type(qtbot, window: MainWindow, ui_context: UiContext) -> None:  # type: ignore[no-untyped-def]
    home = sign_in_as_manager(qtbot, window)  # ward settings need a ward manager
    qtbot.mouseClick(home.tiles["settings"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, WardSettingsScreen)
    ward_id = screen.ward_id()
    assert ward_id is not None
    screen.idle.setValue(12)
    qtbot.keyClicks(screen.contact, "Ring the advocate on 01234 567890")
    qtbot.waitUntil(
        lambda: (
            ui_context.services.ward_settings.get(ward_id).advocate_contact
            == "Ring the advocate on 01234 567890"
        ),
        timeout=3000,
    )
    assert ui_context.services.ward_settings.get(ward_id).idle_minutes == 12
    qtbot.keyClicks(screen.contact, " today")
    window.sign_out()  # before the typing pause ends: nothing may be lost
    assert ui_context.services.ward_settings.get(ward_id).advocate_contact.endswith("today")


def test_audit_log_lists_and_filters_events(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_sign_in(qtbot, window)
    qtbot.mouseClick(screen.button_for("Jo"), LEFT)
    type_pin(qtbot, screen, "0000")
    type_pin(qtbot, screen, DEMO_STAFF_PIN)
    home = window.current_screen()
    assert isinstance(home, StaffHomeScreen)
    qtbot.mouseClick(home.tiles["audit"], LEFT)
    log = window.current_screen()
    assert isinstance(log, AuditLogScreen)
    assert log.model.rowCount() > 0
    log.set_filter("failures")
    rows = [log.model.index(r, 1).data() for r in range(log.model.rowCount())]
    assert rows == ["Wrong PIN"]
    assert log.model.index(0, 2).data() == "My Say"  # a failed try has no signed-in person
    log.set_filter("sign_ins")
    assert [log.model.index(r, 2).data() for r in range(log.model.rowCount())] == ["Jo"]
