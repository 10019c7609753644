"""The automatic daily backup runs off the screen's thread and only when one is due."""

from __future__ import annotations

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.store.backup import list_backups
from coprod_desktop.store.engine import Store
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.daily_backup import DailyBackup


def test_a_daily_backup_is_made_once_then_not_again_the_same_day(
    qtbot, ui_context: UiContext, store: Store, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory)
    assert ward is not None
    problems: list[str] = []
    daily = DailyBackup(ui_context.services, data_paths, lambda: ward.id, problems.append)
    daily.check()
    qtbot.waitUntil(lambda: len(daily.made) == 1, timeout=10000)
    daily.wait()
    assert len(list_backups(data_paths.backups)) == 1
    daily.check()
    qtbot.waitUntil(lambda: len(daily.made) == 2, timeout=10000)
    daily.wait()
    assert daily.made[1] is None  # not due again
    assert len(list_backups(data_paths.backups)) == 1
    assert problems == []
