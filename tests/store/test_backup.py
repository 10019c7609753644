"""Backups are whole and checked, pruning keeps the newest, and restoring never loses the data it replaces."""

from __future__ import annotations

import errno
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.people import PeopleService
from coprod_desktop.store import backup as backup_module
from coprod_desktop.store.backup import (
    BackupFailed,
    check_problems,
    last_good_backup,
    list_backups,
    make_verified_backup,
    prune,
    restore_damaged_store,
    restore_from,
)
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import Person, Role
from tests.conftest import FixedClock

WHEN = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)


def table_contents(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as connection:
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        return {
            name: sorted(connection.execute(f'SELECT * FROM "{name}"').fetchall(), key=repr) for name in names
        }


def damage(path: Path) -> None:
    """Scribbles over everything after the first page, as a failing disk might."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xa5" * (size - 4096))


def people_count(store: Store) -> int:
    with store.session_factory() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


@pytest.fixture
def seeded(store: Store, clock: FixedClock) -> Store:
    seed_demo_ward(store.session_factory, clock)
    return store


def test_a_backup_holds_exactly_the_same_data_and_is_checked(seeded: Store, data_paths: DataPaths) -> None:
    folder = data_paths.root / "elsewhere"
    made = make_verified_backup(data_paths.store_file, folder, "manual", when=WHEN)
    assert made.name == "my-say-20261122-090000-manual.sqlite3"
    assert table_contents(made) == table_contents(data_paths.store_file)
    assert table_contents(made)["person"]  # the demo ward really is in it
    assert check_problems(made) == []
    # One self-contained file: nothing half-written, no -wal/-shm beside it even after reading it.
    assert sorted(p.name for p in folder.iterdir()) == [made.name]
    assert made.read_bytes()[18:20] == b"\x01\x01"


def test_two_backups_in_one_second_both_stay_and_are_listed_newest_first(
    seeded: Store, data_paths: DataPaths
) -> None:
    folder = data_paths.backups
    first = make_verified_backup(data_paths.store_file, folder, "manual", when=WHEN)
    second = make_verified_backup(data_paths.store_file, folder, "manual", when=WHEN)
    older = make_verified_backup(data_paths.store_file, folder, "daily", when=WHEN - timedelta(days=1))
    (folder / "notes.txt").write_text("not ours")
    (folder / "my-say-20261122-090000-manual.partial").write_text("half-written")
    assert first != second and first.exists() and second.exists()
    listed = list_backups(folder)
    assert [b.path for b in listed] == [second, first, older]
    assert [b.reason for b in listed] == ["manual", "manual", "daily"]
    assert listed[0].made_at == WHEN and listed[0].size == second.stat().st_size
    assert list_backups(folder / "gone") == []


def test_pruning_keeps_the_newest_n_and_nothing_else_is_touched(seeded: Store, data_paths: DataPaths) -> None:
    folder = data_paths.backups
    made = [
        make_verified_backup(data_paths.store_file, folder, "daily", when=WHEN + timedelta(days=day))
        for day in range(5)
    ]
    (folder / "my own notes.sqlite3").write_text("not ours")
    removed = prune(folder, 3)
    assert sorted(removed) == sorted(made[:2])
    assert [b.path for b in list_backups(folder)] == made[:1:-1]
    assert (folder / "my own notes.sqlite3").exists()
    prune(folder, 0)  # never the newest
    assert [b.path for b in list_backups(folder)] == [made[-1]]


def test_the_last_good_backup_skips_a_damaged_newer_one(seeded: Store, data_paths: DataPaths) -> None:
    folder = data_paths.backups
    good = make_verified_backup(data_paths.store_file, folder, "daily", when=WHEN)
    bad = make_verified_backup(data_paths.store_file, folder, "daily", when=WHEN + timedelta(hours=1))
    damage(bad)
    (folder / "my-say-20261123-090000-daily.sqlite3").write_text("not a database")
    assert check_problems(bad) != []
    found = last_good_backup(folder)
    assert found is not None and found.path == good
    assert last_good_backup(data_paths.root / "nowhere") is None


def test_restore_keeps_the_current_data_and_the_open_app_sees_the_restored_data(
    seeded: Store, data_paths: DataPaths, clock: FixedClock
) -> None:
    backup = make_verified_backup(data_paths.store_file, data_paths.backups, "manual", when=WHEN)
    before = table_contents(data_paths.store_file)
    PeopleService(seeded.session_factory, clock).add("Added after the backup", ward_id=None, role=Role.STAFF)
    count_with_new_person = people_count(seeded)

    result = restore_from(backup, data_paths.store_file, data_paths.backups)

    assert people_count(seeded) == count_with_new_person - 1  # the running engine's pool sees it
    assert table_contents(data_paths.store_file) == before
    assert result.kept_copy.parent == data_paths.backups and "before-restore" in result.kept_copy.name
    kept_names = {row[0] for row in sqlite3.connect(result.kept_copy).execute("SELECT called FROM person")}
    assert "Added after the backup" in kept_names
    assert check_problems(data_paths.store_file) == []
    # The app can still write afterwards, in WAL mode as before.
    PeopleService(seeded.session_factory, clock).add("After the restore", ward_id=None)
    assert people_count(seeded) == count_with_new_person
    assert data_paths.store_file.read_bytes()[18:20] == b"\x02\x02"


def test_a_damaged_backup_is_never_restored(seeded: Store, data_paths: DataPaths) -> None:
    backup = make_verified_backup(data_paths.store_file, data_paths.backups, "manual", when=WHEN)
    damage(backup)
    before = table_contents(data_paths.store_file)
    with pytest.raises(BackupFailed) as raised:
        restore_from(backup, data_paths.store_file, data_paths.backups)
    assert raised.value.check_failed
    assert table_contents(data_paths.store_file) == before
    assert [b.path for b in list_backups(data_paths.backups)] == [backup]  # no copy made, nothing done


def test_a_damaged_store_is_moved_aside_whole_and_the_backup_put_in_its_place(
    seeded: Store, data_paths: DataPaths
) -> None:
    backup = make_verified_backup(data_paths.store_file, data_paths.backups, "daily", when=WHEN)
    expected = table_contents(backup)
    seeded.dispose()
    live = data_paths.store_file
    damage(live)
    Path(f"{live}-wal").write_bytes(b"wal that belongs to the damaged file")
    damaged_bytes = live.read_bytes()

    result = restore_damaged_store(backup, live, when=WHEN)

    aside = data_paths.root / "my-say-damaged-20261122-090000.sqlite3"
    assert result.moved_aside == (aside, Path(f"{aside}-wal"))
    assert aside.read_bytes() == damaged_bytes
    assert Path(f"{aside}-wal").read_bytes() == b"wal that belongs to the damaged file"
    assert not Path(f"{live}-wal").exists() and not Path(f"{live}-shm").exists()
    assert check_problems(live) == [] and table_contents(live) == expected
    assert backup.exists()
    # A second damaged store at the same moment never overwrites the first one moved aside.
    damage(live)
    again = restore_damaged_store(backup, live, when=WHEN)
    assert again.moved_aside[0].name == "my-say-damaged-20261122-090000-2.sqlite3"
    assert aside.read_bytes() == damaged_bytes


def test_nothing_is_moved_when_the_backup_for_a_damaged_store_is_bad(
    seeded: Store, data_paths: DataPaths
) -> None:
    backup = make_verified_backup(data_paths.store_file, data_paths.backups, "daily", when=WHEN)
    seeded.dispose()
    damage(backup)
    damage(data_paths.store_file)
    damaged_bytes = data_paths.store_file.read_bytes()
    with pytest.raises(BackupFailed):
        restore_damaged_store(backup, data_paths.store_file)
    assert data_paths.store_file.read_bytes() == damaged_bytes
    assert sorted(p.name for p in data_paths.root.glob("my-say-damaged-*")) == []


def test_a_full_disk_leaves_no_half_written_backup(
    seeded: Store, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "fsync_file", disk_full)
    with pytest.raises(BackupFailed) as raised:
        make_verified_backup(data_paths.store_file, data_paths.backups, "manual", when=WHEN)
    assert raised.value.disk_full
    assert list(data_paths.backups.iterdir()) == []
