"""Backups of the store: by hand, once a day, and restore, with problems told in words staff can act on.

The copying and checking live in store/backup.py; this adds the ward's folder and how many to keep,
the audit log, and the difference between "the folder has gone" and "the disk is full".
"""

from __future__ import annotations

import contextlib
import enum
import errno
import os
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.device import DeviceService
from coprod_desktop.services.staff_roles import ManagerAction, require_manager
from coprod_desktop.services.ward_settings import WardSettingsInfo, WardSettingsService
from coprod_desktop.store.backup import (
    BackupFailed,
    BackupFile,
    RestoreResult,
    check_problems,
    list_backups,
    make_verified_backup,
    prune,
    restore_from,
)
from coprod_desktop.store.engine import SessionFactory

LAST_BACKUP_KEY = "last_backup_at"
DAILY = timedelta(hours=24)
NOT_ALLOWED = (errno.EACCES, errno.EPERM, errno.EROFS)


class BackupProblemKind(enum.StrEnum):
    FOLDER_MISSING = "folder_missing"
    FOLDER_NOT_WRITABLE = "folder_not_writable"
    DISK_FULL = "disk_full"
    CHECK_FAILED = "check_failed"
    NOT_OURS = "not_ours"
    FAILED = "failed"


@dataclass(eq=False)  # not frozen: Python sets __traceback__ on exceptions
class BackupProblem(Exception):
    """Why a backup or restore did not happen. str() is the English message for staff; the UI shows
    its own translated words chosen by `kind`, filled with `place` (a folder or file)."""

    kind: BackupProblemKind
    place: str
    detail: str = ""

    def __str__(self) -> str:
        reasons = {
            BackupProblemKind.FOLDER_MISSING: "it is not there. Check the drive or network is connected.",
            BackupProblemKind.FOLDER_NOT_WRITABLE: "My Say is not allowed to save files in it.",
            BackupProblemKind.DISK_FULL: "the disk is full.",
        }
        if self.kind in reasons:
            return f"The backup folder {self.place} cannot be used: {reasons[self.kind]}"
        if self.kind is BackupProblemKind.CHECK_FAILED:
            return f"The backup {self.place} did not pass its check, so it was not used."
        if self.kind is BackupProblemKind.NOT_OURS:
            return f"{self.place} is not a My Say backup in the backup folder."
        return f"The backup or restore did not finish: {self.detail}"


class BackupService:
    """One store file, backed up into the ward's chosen folder or the data folder's backups/."""

    def __init__(
        self,
        session_factory: SessionFactory,
        store_file: Path,
        default_folder: Path,
        clock: Clock = system_clock,
    ) -> None:
        self._sessions = session_factory
        self._store_file = store_file
        self._default_folder = default_folder
        self._clock = clock
        self._settings = WardSettingsService(session_factory, clock)
        self._device = DeviceService(session_factory, clock)

    def folder_for(self, ward_id: uuid.UUID | None) -> Path:
        chosen = self._settings_for(ward_id).backup_folder
        return Path(chosen).expanduser() if chosen else self._default_folder

    def list(self, ward_id: uuid.UUID | None) -> list[BackupFile]:
        """Backups in the ward's folder, newest first; none if the folder cannot be read."""
        return list_backups(self.folder_for(ward_id))

    def due(self, ward_id: uuid.UUID | None) -> bool:
        """True when no backup was made in the last 24 hours (by the folder's files or this device)."""
        now = self._clock()
        times = [backup.made_at for backup in self.list(ward_id)[:1]]
        recorded = self._device.get(LAST_BACKUP_KEY)
        if recorded:
            with contextlib.suppress(ValueError):
                times.append(datetime.fromisoformat(recorded))
        # A time in the future means the clock was wrong then or is wrong now: back up to be safe.
        recent = [t for t in times if now - DAILY < t <= now + timedelta(minutes=5)]
        return not recent

    def back_up_if_due(self, ward_id: uuid.UUID | None) -> Path | None:
        """For the app's timer: the daily backup, made only when one is due."""
        return self.back_up_now(ward_id, None, reason="daily") if self.due(ward_id) else None

    def back_up_now(
        self, ward_id: uuid.UUID | None, actor_id: uuid.UUID | None, reason: str = "manual"
    ) -> Path:
        """Makes and verifies a backup, then keeps only the newest N. Raises BackupProblem."""
        folder = self.folder_for(ward_id)
        try:
            self._ready(folder, chosen=folder != self._default_folder)
            path = make_verified_backup(
                self._store_file, folder, reason, when=self._clock(), create_folder=False
            )
        except BackupProblem as problem:
            self._record_failure(actor_id, ward_id, reason, problem)
            raise
        except BackupFailed as error:
            problem = self._problem(folder, error)
            self._record_failure(actor_id, ward_id, reason, problem)
            raise problem from error
        removed = prune(folder, self._settings_for(ward_id).backup_keep)
        self._device.set(LAST_BACKUP_KEY, self._clock().isoformat())
        with self._sessions.begin() as session:
            add_event(
                session,
                self._clock,
                "backup_made",
                actor_id=actor_id,
                subject_id=ward_id,
                detail={"reason": reason, "file": path.name, "removed": len(removed)},
            )
        return path

    def restore(
        self, ward_id: uuid.UUID | None, backup_path: Path, actor_id: uuid.UUID | None
    ) -> RestoreResult:
        """Puts a backup's data back into the running store; the current data is kept as a copy first.

        Only our own backups in the ward's folder: a file path never comes from anywhere else.
        Only a ward manager (or the device itself, actor None) may restore: NotAllowed is audited.
        """
        require_manager(self._sessions, self._clock, actor_id, ManagerAction.RESTORE, ward_id)
        folder = self.folder_for(ward_id)
        if backup_path.resolve() not in {b.path.resolve() for b in list_backups(folder)}:
            raise BackupProblem(BackupProblemKind.NOT_OURS, str(backup_path))
        self._ready(folder, chosen=folder != self._default_folder)
        problems = check_problems(backup_path, full=True)
        if problems:
            raise BackupProblem(BackupProblemKind.CHECK_FAILED, str(backup_path), "; ".join(problems))
        try:
            result = restore_from(backup_path, self._store_file, folder, when=self._clock())
        except BackupFailed as error:
            raise self._problem(folder, error, backup_path) from error
        # Written after the restore, so the restored store holds the record of its own restore.
        with self._sessions.begin() as session:
            add_event(
                session,
                self._clock,
                "store_restored",
                actor_id=actor_id,
                subject_id=ward_id,
                detail={"file": backup_path.name, "kept_copy": result.kept_copy.name},
            )
        return result

    def _settings_for(self, ward_id: uuid.UUID | None) -> WardSettingsInfo:
        return self._settings.get(ward_id) if ward_id else WardSettingsInfo()

    def _ready(self, folder: Path, chosen: bool) -> None:
        """Proves the folder is there and takes files. A chosen folder (a drive, a share) is never made:
        if it has gone, a local folder of the same name would hide that."""
        try:
            if not chosen:
                folder.mkdir(parents=True, exist_ok=True)
            if not folder.is_dir():
                raise BackupProblem(BackupProblemKind.FOLDER_MISSING, str(folder))
            probe = folder / f".my-say-write-test-{os.getpid()}"
            with open(probe, "wb") as handle:
                handle.write(b"ok")
                handle.flush()
                os.fsync(handle.fileno())
            probe.unlink()
        except OSError as error:
            raise self._problem(folder, BackupFailed(str(error), error_number=error.errno)) from error

    def _problem(self, folder: Path, error: BackupFailed, backup: Path | None = None) -> BackupProblem:
        if not folder.is_dir():
            return BackupProblem(BackupProblemKind.FOLDER_MISSING, str(folder), str(error))
        if error.disk_full:
            return BackupProblem(BackupProblemKind.DISK_FULL, str(folder), str(error))
        if error.error_number in NOT_ALLOWED:
            return BackupProblem(BackupProblemKind.FOLDER_NOT_WRITABLE, str(folder), str(error))
        if error.check_failed:
            return BackupProblem(BackupProblemKind.CHECK_FAILED, str(backup or folder), str(error))
        return BackupProblem(BackupProblemKind.FAILED, str(folder), str(error))

    def _record_failure(
        self, actor_id: uuid.UUID | None, ward_id: uuid.UUID | None, reason: str, problem: BackupProblem
    ) -> None:
        """A failed daily backup must be visible later, not only on a screen nobody was looking at."""
        # The store itself may be the trouble; the problem is raised either way.
        with contextlib.suppress(SQLAlchemyError), self._sessions.begin() as session:
            add_event(
                session,
                self._clock,
                "backup_failed",
                actor_id=actor_id,
                subject_id=ward_id,
                detail={"reason": reason, "problem": problem.kind.value},
            )
