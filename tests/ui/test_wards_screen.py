"""Staff add, rename and archive wards, and choose the ward this device shows."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.staff.wards_screen import WardsScreen

LEFT = Qt.MouseButton.LeftButton


def test_add_rename_use_here_and_archive_a_ward(qtbot, ui_context: UiContext, store: Store) -> None:  # type: ignore[no-untyped-def]
    demo = seed_demo_ward(store.session_factory)
    assert demo is not None
    jo = ui_context.services.people.on_ward(demo.id, role=Role.STAFF)[0]
    screen = WardsScreen(ui_context, jo)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.new_name, "Willow Ward")
    qtbot.mouseClick(screen.add, LEFT)
    names = [w.name for w in ui_context.services.wards.active()]
    assert "Willow Ward" in names
    screen.name.selectAll()
    qtbot.keyClicks(screen.name, "Willow Ward East")
    qtbot.waitUntil(
        lambda: "Willow Ward East" in [w.name for w in ui_context.services.wards.active()], timeout=3000
    )
    qtbot.mouseClick(screen.use_here, LEFT)
    willow = ui_context.services.wards.find_by_name("Willow Ward East")
    assert willow is not None and ui_context.services.device.ward_id() == willow.id
    qtbot.mouseClick(screen.archive, LEFT)
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert "Willow Ward East" not in [w.name for w in ui_context.services.wards.active()]
    # A ward with people on it is not archived.
    screen.choose(demo)
    qtbot.mouseClick(screen.archive, LEFT)
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert "people on this ward first" in screen._message.text()
    assert demo in ui_context.services.wards.active()
