"""The backup service: the ward's folder, how many to keep, once a day, restore, and clear problems."""

from __future__ import annotations

import errno
import os
import shutil
import uuid
from datetime import timedelta
from pathlib import Path

import pytest

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.backups import BackupProblem, BackupProblemKind, BackupService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.ward_settings import WardSettingsService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store import backup as backup_module
from coprod_desktop.store.backup import list_backups
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import Role
from tests.conftest import FixedClock
from tests.managers import make_manager


@pytest.fixture
def ward_id(store: Store, clock: FixedClock) -> uuid.UUID:
    return WardService(store.session_factory, clock).add("Oak").id


@pytest.fixture
def service(store: Store, data_paths: DataPaths, clock: FixedClock) -> BackupService:
    return BackupService(store.session_factory, data_paths.store_file, data_paths.backups, clock)


def choose_folder(store: Store, ward_id: uuid.UUID, folder: Path) -> None:
    WardSettingsService(store.session_factory).update(ward_id, backup_folder=str(folder))


def no_partial_files(folder: Path) -> bool:
    return not folder.exists() or not [p for p in folder.iterdir() if ".partial" in p.name]


def test_back_up_now_makes_a_checked_file_and_audits_it(
    service: BackupService, store: Store, data_paths: DataPaths, ward_id: uuid.UUID
) -> None:
    staff = PeopleService(store.session_factory).add("Jo", ward_id=ward_id, role=Role.STAFF)
    assert service.folder_for(ward_id) == data_paths.backups
    made = service.back_up_now(ward_id, staff.id)
    assert made.parent == data_paths.backups and made.exists()
    assert [b.path for b in service.list(ward_id)] == [made]
    event = AuditService(store.session_factory).recent(kind="backup_made")[0]
    assert event.actor_id == staff.id and event.detail["reason"] == "manual"
    assert event.detail["file"] == made.name


def test_a_daily_backup_is_due_after_24_hours_only(
    service: BackupService, ward_id: uuid.UUID, clock: FixedClock
) -> None:
    assert service.due(ward_id)
    made = service.back_up_if_due(ward_id)
    assert made is not None and "daily" in made.name
    assert not service.due(ward_id)
    assert service.back_up_if_due(ward_id) is None
    clock.now += timedelta(hours=23)
    assert not service.due(ward_id)
    clock.now += timedelta(hours=2)
    assert service.due(ward_id)


def test_only_the_wards_number_of_backups_is_kept(
    service: BackupService, store: Store, ward_id: uuid.UUID, clock: FixedClock, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    choose_folder(store, ward_id, folder)
    WardSettingsService(store.session_factory).update(ward_id, backup_keep=3)
    made = []
    for _ in range(5):
        made.append(service.back_up_now(ward_id, None))
        clock.now += timedelta(days=1)
    assert [b.path for b in service.list(ward_id)] == made[:1:-1]
    assert AuditService(store.session_factory).recent(kind="backup_made")[0].detail["removed"] == 1


def test_a_chosen_folder_that_has_gone_is_a_clear_problem_and_is_not_made_again(
    service: BackupService, store: Store, ward_id: uuid.UUID, tmp_path: Path
) -> None:
    folder = tmp_path / "usb" / "my-say-backups"
    folder.mkdir(parents=True)
    choose_folder(store, ward_id, folder)
    shutil.rmtree(tmp_path / "usb")  # the stick was taken out after the setting was saved
    with pytest.raises(BackupProblem) as raised:
        service.back_up_now(ward_id, None)
    assert raised.value.kind is BackupProblemKind.FOLDER_MISSING
    assert str(raised.value) == (
        f"The backup folder {folder} cannot be used: it is not there. "
        "Check the drive or network is connected."
    )
    assert not folder.exists()
    assert AuditService(store.session_factory).recent(kind="backup_failed")[0].detail == {
        "reason": "manual",
        "problem": "folder_missing",
    }
    assert service.due(ward_id)


def test_a_folder_that_goes_during_the_backup_leaves_nothing_half_written(
    service: BackupService, store: Store, ward_id: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    choose_folder(store, ward_id, folder)
    real_copy = backup_module._copy_database

    def copy_then_lose_the_folder(source: Path, target: Path) -> None:
        real_copy(source, target)
        assert target.exists()
        shutil.rmtree(folder)

    monkeypatch.setattr(backup_module, "_copy_database", copy_then_lose_the_folder)
    with pytest.raises(BackupProblem) as raised:
        service.back_up_now(ward_id, None)
    assert raised.value.kind is BackupProblemKind.FOLDER_MISSING
    assert str(folder) in str(raised.value) and not folder.exists()


def test_a_full_disk_is_named_and_the_partial_copy_removed(
    service: BackupService, data_paths: DataPaths, ward_id: uuid.UUID, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(_path: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_module, "fsync_file", disk_full)
    with pytest.raises(BackupProblem) as raised:
        service.back_up_now(ward_id, None)
    assert raised.value.kind is BackupProblemKind.DISK_FULL
    assert "the disk is full" in str(raised.value)
    assert no_partial_files(data_paths.backups) and list_backups(data_paths.backups) == []


def test_a_folder_we_may_not_write_to_is_named(
    service: BackupService, store: Store, ward_id: uuid.UUID, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    choose_folder(store, ward_id, folder)

    def refused(_source: Path, target: Path) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(target))

    monkeypatch.setattr(backup_module, "_copy_database", refused)
    with pytest.raises(BackupProblem) as raised:
        service.back_up_now(ward_id, None)
    assert raised.value.kind is BackupProblemKind.FOLDER_NOT_WRITABLE
    assert str(raised.value).startswith(f"The backup folder {folder} cannot be used:")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_a_read_only_folder_is_named(
    service: BackupService, store: Store, ward_id: uuid.UUID, tmp_path: Path
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o500)
    choose_folder(store, ward_id, folder)
    try:
        with pytest.raises(BackupProblem) as raised:
            service.back_up_now(ward_id, None)
    finally:
        folder.chmod(0o700)
    assert raised.value.kind is BackupProblemKind.FOLDER_NOT_WRITABLE


def test_a_file_where_the_folder_should_be_is_a_clear_problem(
    service: BackupService, store: Store, ward_id: uuid.UUID, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "backups.txt"
    not_a_folder.write_text("a file")
    choose_folder(store, ward_id, not_a_folder)
    with pytest.raises(BackupProblem) as raised:
        service.back_up_now(ward_id, None)
    assert raised.value.kind is BackupProblemKind.FOLDER_MISSING
    assert not_a_folder.read_text() == "a file"


def test_restore_brings_back_the_data_keeps_a_copy_and_audits_it(
    service: BackupService, store: Store, data_paths: DataPaths, ward_id: uuid.UUID, clock: FixedClock
) -> None:
    people = PeopleService(store.session_factory, clock)
    staff = people.add("Jo", ward_id=ward_id, role=Role.STAFF)
    make_manager(store.session_factory, staff.id)  # restoring needs a ward manager
    made = service.back_up_now(ward_id, staff.id)
    later = people.add("Sam", ward_id=ward_id)
    clock.now += timedelta(hours=1)

    result = service.restore(ward_id, made, staff.id)

    assert people.get(later.id) is None
    assert people.get(staff.id) is not None
    assert result.kept_copy.exists() and "before-restore" in result.kept_copy.name
    assert {b.path for b in service.list(ward_id)} == {made, result.kept_copy}
    event = AuditService(store.session_factory).recent(kind="store_restored")[0]
    assert event.actor_id == staff.id
    assert event.detail == {"file": made.name, "kept_copy": result.kept_copy.name}


def test_restore_only_takes_our_checked_backups(
    service: BackupService, store: Store, data_paths: DataPaths, ward_id: uuid.UUID, tmp_path: Path
) -> None:
    made = service.back_up_now(ward_id, None)
    stranger = tmp_path / made.name
    shutil.copyfile(made, stranger)
    with pytest.raises(BackupProblem) as raised:
        service.restore(ward_id, stranger, None)
    assert raised.value.kind is BackupProblemKind.NOT_OURS
    with open(made, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\x00" * 8192)
        handle.write(b"\xa5" * 8192)
    with pytest.raises(BackupProblem) as raised:
        service.restore(ward_id, made, None)
    assert raised.value.kind is BackupProblemKind.CHECK_FAILED
    assert str(raised.value) == f"The backup {made} did not pass its check, so it was not used."
    assert len(service.list(ward_id)) == 1  # no copy made, nothing changed
