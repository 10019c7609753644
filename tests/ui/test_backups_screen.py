"""The Backups screen: Back up now runs off the UI thread and lists it; Restore asks twice; plain words."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.backups import BackupService
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.backup import list_backups, make_verified_backup
from coprod_desktop.store.models import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.staff.areas import AREAS
from coprod_desktop.ui.screens.staff.backups_screen import BackupsScreen
from coprod_desktop.ui.theme import Theme
from coprod_desktop.ui.widgets.restore_offer import RestoreOfferPanel
from tests.conftest import FixedClock
from tests.managers import make_manager


@pytest.fixture
def staff(ui_context: UiContext) -> PersonInfo:
    """A ward manager: restoring needs one (tests/ui/test_staff_roles.py has ward staff)."""
    ward = ui_context.services.wards.add("Oak")
    jo = ui_context.services.people.add("Jo", ward_id=ward.id, role=Role.STAFF)
    make_manager(ui_context.services.session_factory, jo.id)
    manager = ui_context.services.people.get(jo.id)
    assert manager is not None and manager.is_manager
    return manager


@pytest.fixture
def screen(qtbot, ui_context: UiContext, staff: PersonInfo) -> BackupsScreen:  # type: ignore[no-untyped-def]
    shown = BackupsScreen(ui_context, staff)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def names(ui_context: UiContext) -> set[str]:
    return {p.called for p in ui_context.services.people.on_ward(ui_context.services.wards.active()[0].id)}


def test_the_staff_area_tile_opens_this_screen() -> None:
    area = next(a for a in AREAS if a.key == "backups")
    assert area.available() and area.screen_class() is BackupsScreen


def test_back_up_now_makes_a_file_without_freezing_and_lists_it(
    qtbot, screen: BackupsScreen, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    assert screen.title() == "Backups"
    assert str(data_paths.backups) in screen.where.text()
    assert screen.rows == [] and screen.empty.text() == "There are no backups yet."

    qtbot.mouseClick(screen.back_up_button, Qt.MouseButton.LeftButton)
    assert screen.status.text() == "Making a backup. Please wait."  # the click returned at once
    assert not screen.back_up_button.isEnabled()
    qtbot.waitUntil(lambda: not screen.busy() and len(screen.rows) == 1, timeout=10_000)

    made = list_backups(data_paths.backups)
    assert len(made) == 1 and made[0].reason == "manual"
    assert screen.rows[0].backup.path == made[0].path
    # 09:00 UTC on 22 November is shown in local time, with the day and month in words.
    local = made[0].made_at.astimezone()
    assert f"{local:%H:%M}" in screen.rows[0].words.text() and "November 2026" in screen.rows[0].words.text()
    assert "kB" in screen.rows[0].words.text() and "Made with Back up now" in screen.rows[0].words.text()
    assert screen.status.text().startswith("Backup made: ") and screen.back_up_button.isEnabled()
    assert screen.empty.isHidden()


def test_restore_asks_twice_and_no_at_either_step_changes_nothing(
    qtbot, screen: BackupsScreen, ui_context: UiContext, data_paths: DataPaths, staff: PersonInfo
) -> None:  # type: ignore[no-untyped-def]
    make_verified_backup(data_paths.store_file, data_paths.backups, "daily")
    ui_context.services.people.add("Sam", ward_id=staff.ward_id)
    screen.refresh()
    row = screen.rows[0]

    qtbot.mouseClick(row.restore_button, Qt.MouseButton.LeftButton)
    assert screen.confirm.isVisible() and screen.confirm.step == 1
    assert "keeps a copy of the data as it is now" in screen.confirm.explanation.text()
    assert screen.scroll.isHidden() and not screen.back_up_button.isEnabled()
    assert QApplication.focusWidget() is screen.confirm.no_button
    qtbot.mouseClick(screen.confirm.no_button, Qt.MouseButton.LeftButton)
    assert screen.confirm.isHidden() and screen.scroll.isVisible()

    qtbot.mouseClick(screen.rows[0].restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.confirm.yes_button, Qt.MouseButton.LeftButton)
    assert screen.confirm.step == 2 and screen.confirm.question.text() == "Are you sure?"
    qtbot.mouseClick(screen.confirm.no_button, Qt.MouseButton.LeftButton)

    assert not screen.busy() and screen.confirm.isHidden()
    assert "Sam" in names(ui_context)
    assert len(list_backups(data_paths.backups)) == 1  # no copy made: nothing started


def test_yes_twice_restores_keeps_a_copy_and_tells_the_app(
    qtbot, screen: BackupsScreen, ui_context: UiContext, data_paths: DataPaths, staff: PersonInfo
) -> None:  # type: ignore[no-untyped-def]
    make_verified_backup(data_paths.store_file, data_paths.backups, "daily")
    ui_context.services.people.add("Sam", ward_id=staff.ward_id)
    screen.refresh()

    qtbot.mouseClick(screen.rows[0].restore_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.confirm.yes_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(screen.data_restored, timeout=10_000):
        qtbot.mouseClick(screen.confirm.yes_button, Qt.MouseButton.LeftButton)
        assert screen.status.text().startswith("Keeping a copy of the data as it is now")

    assert "Sam" not in names(ui_context) and "Jo" in names(ui_context)
    assert screen.status.text().startswith("Done. The data is now as it was on ")
    kept = [b for b in list_backups(data_paths.backups) if b.reason == "before-restore"]
    assert len(kept) == 1
    with sqlite3.connect(kept[0].path) as copy:
        assert ("Sam",) in copy.execute("SELECT called FROM person").fetchall()
    assert len(screen.rows) == 2
    assert ui_context.services.audit.recent(kind="store_restored")[0].actor_id == staff.id


def test_a_backup_folder_that_has_gone_is_said_plainly(
    qtbot, screen: BackupsScreen, ui_context: UiContext, staff: PersonInfo, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "usb"
    folder.mkdir()
    assert staff.ward_id is not None
    ui_context.services.ward_settings.update(staff.ward_id, backup_folder=str(folder))
    screen.refresh()
    shutil.rmtree(folder)

    qtbot.mouseClick(screen.back_up_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not screen.busy(), timeout=10_000)

    assert screen.status.text() == (
        f"The backup folder {folder} cannot be used: it is not there. "
        "Check the drive or network is connected."
    )
    assert screen.empty.text().startswith("This folder is not there now.")
    assert not folder.exists()


def test_keyboard_alone_reaches_restore_and_escape_says_no(
    qtbot, screen: BackupsScreen, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    make_verified_backup(data_paths.store_file, data_paths.backups, "daily")
    screen.refresh()
    button = screen.rows[0].restore_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert screen.confirm.step == 1 and QApplication.focusWidget() is screen.confirm.no_button
    qtbot.keyClick(screen.confirm.no_button, Qt.Key.Key_Escape)
    assert screen.confirm.step == 0 and QApplication.focusWidget() is button


@pytest.mark.parametrize("high_contrast", [False, True])
def test_every_button_is_big_and_named_and_every_label_plain(
    qtbot, qapp: QApplication, screen: BackupsScreen, data_paths: DataPaths, high_contrast: bool
) -> None:  # type: ignore[no-untyped-def]
    qapp.setStyleSheet(Theme(high_contrast=high_contrast).style_sheet())
    make_verified_backup(data_paths.store_file, data_paths.backups, "daily")
    screen.refresh()
    qtbot.mouseClick(screen.rows[0].restore_button, Qt.MouseButton.LeftButton)
    screen.confirm.no_button.click()
    screen.retranslate()
    qtbot.wait(10)
    buttons = [b for b in screen.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) >= 2
    for button in buttons:
        assert button.width() >= 88 and button.height() >= 88, button.text()
        assert button.accessibleName(), button.text()
    assert screen.rows[0].restore_button.accessibleName().startswith("Restore the backup from ")
    for label in screen.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_the_start_up_offer_puts_the_last_good_backup_in_place_of_a_damaged_store(
    qtbot, tmp_path: Path, data_paths: DataPaths, clock: FixedClock, store
) -> None:  # type: ignore[no-untyped-def]
    BackupService(store.session_factory, data_paths.store_file, data_paths.backups, clock).back_up_now(
        None, None
    )
    store.dispose()
    live = data_paths.store_file
    with open(live, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xa5" * (live.stat().st_size - 4096))
    damaged = live.read_bytes()

    panel = RestoreOfferPanel(live, data_paths.backups)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.busy() and panel.backup is not None, timeout=10_000)
    assert panel.use_button.text().startswith("Use the last good backup from ")
    assert panel.use_button.isVisible() and panel.use_button.height() >= 88

    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.confirm.no_button, Qt.MouseButton.LeftButton)
    assert live.read_bytes() == damaged and panel.use_button.isEnabled()

    qtbot.mouseClick(panel.use_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.confirm.yes_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.restored, timeout=10_000):
        qtbot.mouseClick(panel.confirm.yes_button, Qt.MouseButton.LeftButton)
    assert panel.result is not None
    assert panel.result.moved_aside[0].read_bytes() == damaged
    assert panel.message.text().startswith("Done. The backup from ")
    with sqlite3.connect(live) as restored:
        assert restored.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_the_start_up_offer_says_so_when_there_is_no_good_backup(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    panel = RestoreOfferPanel(tmp_path / "my-say.sqlite3", tmp_path / "backups")
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: not panel.busy(), timeout=10_000)
    assert panel.backup is None and panel.use_button.isHidden()
    assert panel.message.text().startswith("No good backup was found in ")


def test_closing_the_screen_during_a_backup_waits_for_it_and_nothing_breaks(
    qtbot, ui_context: UiContext, staff: PersonInfo, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    screen = BackupsScreen(ui_context, staff)
    screen.show()
    qtbot.mouseClick(screen.back_up_button, Qt.MouseButton.LeftButton)
    shiboken6.delete(screen)  # the pool it owns waits for its thread
    qtbot.wait(50)  # any answer still queued for the gone screen is dropped
    assert len(list_backups(data_paths.backups)) == 1
    assert not [p for p in data_paths.backups.iterdir() if ".partial" in p.name]
