"""A self-check half done is kept: staff signed out when idle find their ratings again."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.services.partnership import PRACTICES
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.partnership_screen import PartnershipScreen
from tests.ui.journeys import sign_in_as_jo

LEFT = Qt.MouseButton.LeftButton


def open_partnership(qtbot, window: MainWindow) -> PartnershipScreen:  # type: ignore[no-untyped-def]
    home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(home.tiles["partnership"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, PartnershipScreen)
    return screen


def test_ratings_pressed_but_not_saved_come_back_after_signing_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_partnership(qtbot, window)
    key = PRACTICES[2].practices[0].key
    before = screen.rows[key].value()
    wanted = 0 if before != 0 else 3
    qtbot.mouseClick(screen.rows[key].buttons[wanted], LEFT)
    checks = len(services.partnership.checks(screen._ward))
    window.sign_out()
    again = open_partnership(qtbot, window)
    assert again.rows[key].value() == wanted  # as pressed, though never saved
    assert "Not saved yet" in again.message.text()
    qtbot.mouseClick(again.save, LEFT)
    assert len(services.partnership.checks(again._ward)) == checks + 1
    window.sign_out()
    fresh = open_partnership(qtbot, window)
    assert fresh.rows[key].value() == wanted and "Not saved yet" not in fresh.message.text()
