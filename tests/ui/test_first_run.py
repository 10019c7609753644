"""First run on an empty store: the ward and first staff account, with no default PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.services.setup import needs_first_run
from coprod_desktop.store.engine import Store
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.setup.first_run_screen import FirstRunScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen


def test_first_run_refuses_bad_input_then_signs_the_new_staff_member_in(
    qtbot, ui_context: UiContext, store: Store
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ui_context, None)
    qtbot.addWidget(window)
    window.show()
    window.show_first_run(store.session_factory)
    screen = window.stack.currentWidget()
    assert isinstance(screen, FirstRunScreen)
    assert not window.nav.isVisible()
    qtbot.keyClicks(screen.ward, "Birch Ward")
    qtbot.keyClicks(screen.name, "Rhian")
    qtbot.keyClicks(screen.pin, "1234")
    qtbot.keyClicks(screen.pin_again, "1234")
    qtbot.mouseClick(screen.start, Qt.MouseButton.LeftButton)
    assert "in a row" in screen._message.text()
    screen.pin.clear()
    screen.pin_again.clear()
    qtbot.keyClicks(screen.pin, "4831")
    qtbot.keyClicks(screen.pin_again, "4832")
    qtbot.mouseClick(screen.start, Qt.MouseButton.LeftButton)
    assert "not the same" in screen._message.text()
    screen.pin_again.clear()
    qtbot.keyClicks(screen.pin_again, "4831x")  # letters are not taken
    qtbot.mouseClick(screen.start, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen(), StaffHomeScreen)
    assert window.staff is not None and window.staff.called == "Rhian"
    assert not needs_first_run(store.session_factory)
    assert ui_context.services.device.ward_id() is not None
