"""Ward staff and ward managers in the real window and screens: Jo (ward staff) is told kindly that
erase, restore, whole-ward export, ward settings and roles need a ward manager, and every try is in
the audit log; Ceri (the demo ward's manager) can do each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from coprod_desktop.services.demo import DEMO_MANAGER, DEMO_MANAGER_PIN, DEMO_STAFF_PIN
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.staff_roles import REFUSED_EVENT
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.backups_screen import BackupsScreen
from coprod_desktop.ui.screens.staff.export_screen import ExportScreen
from coprod_desktop.ui.screens.staff.people_screen import PeopleScreen
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen
from coprod_desktop.ui.screens.staff.ward_settings_screen import WardSettingsScreen

LEFT = Qt.MouseButton.LeftButton


def sign_in(qtbot, window: MainWindow, name: str, pin: str) -> StaffHomeScreen:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.who_are_you.staff, LEFT)
    screen = window.current_screen()
    assert isinstance(screen, SignInScreen)
    qtbot.mouseClick(screen.button_for(name), LEFT)
    for digit in pin:
        qtbot.mouseClick(screen.pad.keys[digit], LEFT)
    qtbot.mouseClick(screen.pad.ok, LEFT)
    home = window.current_screen()
    assert isinstance(home, StaffHomeScreen)
    return home


def refusals(context: UiContext) -> list[tuple[object, object]]:
    return [(e.actor_id, e.detail["action"]) for e in context.services.audit.recent(50, kind=REFUSED_EVENT)]


def show(qtbot, screen):  # type: ignore[no-untyped-def]
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def jo(window: MainWindow, ui_context: UiContext) -> PersonInfo:
    assert window.ward is not None
    return next(p for p in ui_context.services.people.on_ward(window.ward.id) if p.called == "Jo")


@pytest.fixture
def ceri(window: MainWindow, ui_context: UiContext) -> PersonInfo:
    assert window.ward is not None
    return next(p for p in ui_context.services.people.on_ward(window.ward.id) if p.called == DEMO_MANAGER)


def test_ward_settings_tile_tells_ward_staff_kindly_and_opens_for_a_manager(
    qtbot, window: MainWindow, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    home = sign_in(qtbot, window, "Jo", DEMO_STAFF_PIN)
    assert window.staff is not None and not window.staff.is_manager
    qtbot.mouseClick(home.tiles["settings"], LEFT)
    assert window.current_screen() is home
    words = "Only a ward manager can change ward settings. Ask your ward manager."
    assert home.message.text() == words and home.message.isVisible()
    assert ui_context.speaker.last == words  # type: ignore[attr-defined]
    assert refusals(ui_context) == [(window.staff.id, "ward_settings")]
    qtbot.mouseClick(home.sign_out, LEFT)

    home = sign_in(qtbot, window, DEMO_MANAGER, DEMO_MANAGER_PIN)
    assert window.staff is not None and window.staff.is_manager
    assert home.title() == f"Staff area. Signed in as {DEMO_MANAGER}, ward manager"
    qtbot.mouseClick(home.tiles["settings"], LEFT)
    assert isinstance(window.current_screen(), WardSettingsScreen)
    assert len(refusals(ui_context)) == 1


def test_ward_staff_cannot_erase_a_person_and_the_try_is_audited(
    qtbot, window: MainWindow, ui_context: UiContext, jo: PersonInfo
) -> None:  # type: ignore[no-untyped-def]
    screen = show(qtbot, PeopleScreen(ui_context, jo))
    sam = next(e.person for e in screen._entries if e.person.called == "Sam")
    screen.open_person(sam.id)
    qtbot.mouseClick(screen.editor.erase, LEFT)
    assert screen.message.text() == "Only a ward manager can erase a person. Ask your ward manager."
    assert screen.pages.currentWidget() is not screen.confirm  # never asked, never erased
    assert ui_context.services.people.get(sam.id) is not None
    assert refusals(ui_context) == [(jo.id, "erase")]


def test_a_manager_erases_after_two_presses(
    qtbot, window: MainWindow, ui_context: UiContext, ceri: PersonInfo
) -> None:  # type: ignore[no-untyped-def]
    screen = show(qtbot, PeopleScreen(ui_context, ceri))
    sam = next(e.person for e in screen._entries if e.person.called == "Sam")
    screen.open_person(sam.id)
    qtbot.mouseClick(screen.editor.erase, LEFT)
    assert screen.pages.currentWidget() is screen.confirm
    qtbot.mouseClick(screen.confirm.go_on, LEFT)
    qtbot.mouseClick(screen.confirm.erase, LEFT)
    assert ui_context.services.people.get(sam.id) is None
    assert refusals(ui_context) == []


def test_only_a_manager_sets_a_staff_members_role(
    qtbot, window: MainWindow, ui_context: UiContext, jo: PersonInfo, ceri: PersonInfo
) -> None:  # type: ignore[no-untyped-def]
    as_jo = show(qtbot, PeopleScreen(ui_context, jo))
    as_jo.open_person(ceri.id)
    editor = as_jo.editor
    assert editor.role_words.text() == "Role: ward manager"
    qtbot.mouseClick(editor.change_role, LEFT)
    assert as_jo.message.text() == (
        "Only a ward manager can change a staff member's role. Ask your ward manager."
    )
    assert ui_context.services.staff_roles.is_manager(ceri.id)
    assert refusals(ui_context) == [(jo.id, "set_role")]

    as_ceri = show(qtbot, PeopleScreen(ui_context, ceri))
    as_ceri.open_person(jo.id)
    editor = as_ceri.editor
    assert editor.role_words.text() == "Role: ward staff"
    assert editor.change_role.accessibleName().startswith(editor.change_role.text())
    assert editor.change_role.height() >= 88
    editor.change_role.setFocus()
    qtbot.keyClick(editor.change_role, Qt.Key.Key_Space)  # the keyboard reaches it too
    assert ui_context.services.staff_roles.is_manager(jo.id)
    assert as_ceri.message.text() == "Jo is now a ward manager."
    assert editor.role_words.text() == "Role: ward manager"
    assert "Jo (ward manager)" in [
        as_ceri.people_list.item(i).text() for i in range(as_ceri.people_list.count())
    ]
    by_ceri = [e for e in ui_context.services.audit.recent(5, kind="staff_role_set") if e.actor_id == ceri.id]
    assert [(e.subject_id, e.detail) for e in by_ceri] == [(jo.id, {"role": "manager"})]


def test_ward_staff_back_up_but_cannot_restore(
    qtbot, window: MainWindow, ui_context: UiContext, jo: PersonInfo
) -> None:  # type: ignore[no-untyped-def]
    screen = show(qtbot, BackupsScreen(ui_context, jo))
    qtbot.mouseClick(screen.back_up_button, LEFT)
    qtbot.waitUntil(lambda: not screen.busy() and bool(screen.rows), timeout=10_000)
    qtbot.mouseClick(screen.rows[0].restore_button, LEFT)
    assert screen.status.text() == "Only a ward manager can restore a backup. Ask your ward manager."
    assert not screen.confirm.step  # not even asked
    assert refusals(ui_context) == [(jo.id, "restore")]


def test_ward_staff_cannot_export_the_whole_ward_and_a_manager_can(
    qtbot, window: MainWindow, ui_context: UiContext, jo: PersonInfo, ceri: PersonInfo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ui_context.services.device.set_ward(jo.ward_id)  # type: ignore[arg-type]
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    screen = show(qtbot, ExportScreen(ui_context, jo))
    assert screen.who.currentText().startswith("The whole ward")
    screen.set_folder(tmp_path)
    qtbot.mouseClick(screen.export_button, LEFT)
    assert not screen.busy()
    assert screen.status.text() == "Only a ward manager can export the whole ward. Ask your ward manager."
    assert list(tmp_path.iterdir()) == []
    assert refusals(ui_context) == [(jo.id, "export_ward")]

    as_ceri = show(qtbot, ExportScreen(ui_context, ceri))
    as_ceri.set_folder(tmp_path)
    for kind, box in as_ceri.kind_boxes.items():
        box.setChecked(kind == "action")
    with qtbot.waitSignal(as_ceri.finished, timeout=60_000):
        qtbot.mouseClick(as_ceri.export_button, LEFT)
    assert as_ceri.result is not None and as_ceri.result.path.exists()
    assert len(refusals(ui_context)) == 1
