"""Verified SQLite backups: the online backup API, then fsync, then integrity_check on the copy.

Also the way back: list and prune backups, find the last good one, restore into the running store,
and, at start, put a good backup in place of a damaged store without deleting the damaged file.
Standard library only, so the start path can use it before the heavy imports.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from coprod_desktop.store.durable import fsync_file, fsync_folder

STAMP_FORMAT = "%Y%m%d-%H%M%S"
BACKUP_NAME = re.compile(r"^my-say-(\d{8}-\d{6})(?:-(\d+))?-([a-z][a-z0-9-]*)\.sqlite3$")
"""Our backups only: my-say-<UTC stamp>[-<n>]-<reason>.sqlite3. Anything else in a folder is left alone."""
SIDE_FILES = ("-wal", "-shm", "-journal")
BUSY_TIMEOUT_S = 5.0


class BackupFailed(Exception):
    """The copy could not be made or did not check out; the original is untouched."""

    def __init__(self, message: str, *, error_number: int | None = None, check_failed: bool = False) -> None:
        super().__init__(message)
        self.error_number = error_number
        self.check_failed = check_failed

    @property
    def disk_full(self) -> bool:
        return self.error_number == errno.ENOSPC


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    """UTC, from the file name (file times change when a folder is copied)."""
    reason: str
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_copy: Path
    """The store as it was just before the restore, verified: staff can go back to it."""


@dataclass(frozen=True)
class DamagedStoreRestore:
    restored_from: Path
    moved_aside: tuple[Path, ...]
    """The damaged store (and its -wal/-shm), renamed beside it, never deleted."""


def backup_file_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).astimezone(UTC).strftime(STAMP_FORMAT)
    return f"my-say-{stamp}-{reason}.sqlite3"


def _free_name(folder: Path, reason: str, when: datetime | None) -> Path:
    """A name nothing uses yet: two backups in one second must not replace each other."""
    name = backup_file_name(reason, when or datetime.now(UTC))
    target = folder / name
    number = 2
    while target.exists() or target.with_suffix(".partial").exists():
        target = folder / name.replace(f"-{reason}.sqlite3", f"-{number}-{reason}.sqlite3")
        number += 1
    return target


def make_verified_backup(
    source: Path,
    folder: Path,
    reason: str,
    *,
    when: datetime | None = None,
    create_folder: bool = True,
) -> Path:
    """Copies a live store (safe while it is in use) and proves the copy is whole before keeping it.

    create_folder=False is for a folder staff chose (a drive, a share): if it has gone, we must not
    quietly make a local folder of the same name and back up into that.
    """
    try:
        if create_folder:
            folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, reason, when)
    except OSError as error:
        raise _failed(error) from error
    partial = target.with_suffix(".partial")
    try:
        _copy_database(source, partial)
        fsync_file(partial)
        _require_ok(partial, full=True)
        os.replace(partial, target)
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        _remove_with_side_files(partial)
        raise _failed(error) from error
    except BackupFailed:
        _remove_with_side_files(partial)
        raise
    return target


def list_backups(folder: Path) -> list[BackupFile]:
    """Our backups in a folder, newest first. A missing folder has none."""
    found = []
    try:
        entries = list(os.scandir(folder))
    except (FileNotFoundError, NotADirectoryError):
        return []
    for entry in entries:
        match = BACKUP_NAME.match(entry.name)
        if not match or not entry.is_file():
            continue
        made_at = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
        stat = entry.stat()
        backup = BackupFile(Path(entry.path), made_at, match.group(3), stat.st_size)
        found.append((made_at, int(match.group(2) or 1), stat.st_mtime_ns, backup))
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def prune(folder: Path, keep: int) -> list[Path]:
    """Deletes our oldest backups beyond the newest `keep` (at least one is always kept)."""
    removed = []
    for old in list_backups(folder)[max(1, keep) :]:
        with contextlib.suppress(FileNotFoundError):
            old.path.unlink()
            removed.append(old.path)
    return removed


def check_problems(path: Path, *, full: bool = True) -> list[str]:
    """What is wrong with a store or backup file, read-only; [] when it is whole and ours."""
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return ["the file is not a My Say store"]
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            rows = connection.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            if rows != [("ok",)]:
                return [str(row[0]) for row in rows[:3]]
            has_version = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
        finally:
            connection.close()
    except (OSError, sqlite3.Error) as error:
        return [str(error)]
    return [] if has_version else ["the file is not a My Say store"]


def last_good_backup(folder: Path) -> BackupFile | None:
    """The newest backup that passes quick_check (integrity_check runs again when it is used)."""
    for backup in list_backups(folder):
        if not check_problems(backup.path, full=False):
            return backup
    return None


def restore_from(
    backup: Path, live_store_file: Path, copy_folder: Path | None = None, when: datetime | None = None
) -> RestoreResult:
    """Puts a backup's content into the running store, keeping a verified copy of the current data first.

    The copy goes *into* the live database through SQLite's backup API, as one write transaction: the
    app's open connections see the restored data at once, and -wal/-shm stay paired with their file.
    """
    problems = check_problems(backup, full=True)
    if problems:
        raise BackupFailed(f"{backup.name} did not pass its check: {'; '.join(problems)}", check_failed=True)
    kept = make_verified_backup(live_store_file, copy_folder or backup.parent, "before-restore", when=when)
    try:
        source = _read_only(backup)
        try:
            live = sqlite3.connect(live_store_file, timeout=BUSY_TIMEOUT_S)
            try:
                live.execute("PRAGMA synchronous=FULL")
                source.backup(live)
                with contextlib.suppress(sqlite3.Error):
                    live.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                live.close()
        finally:
            source.close()
    except (OSError, sqlite3.Error) as error:
        raise _failed(error) from error
    problems = check_problems(live_store_file, full=True)
    if problems:
        raise BackupFailed(
            f"after the restore the store did not pass its check ({'; '.join(problems)}); "
            f"the data from before is in {kept}"
        )
    return RestoreResult(backup, kept)


def restore_damaged_store(
    backup: Path, live_store_file: Path, when: datetime | None = None
) -> DamagedStoreRestore:
    """At start, with nothing open: puts a verified copy of a backup where a damaged store was.

    The damaged file is renamed (my-say-damaged-<stamp>.sqlite3, with its -wal/-shm), never deleted or
    overwritten, so IT can still try to rescue it. Nothing is moved until the new copy has checked out.
    """
    problems = check_problems(backup, full=True)
    if problems:
        raise BackupFailed(f"{backup.name} did not pass its check: {'; '.join(problems)}", check_failed=True)
    folder = live_store_file.parent
    partial = folder / f"{live_store_file.name}.restoring.partial"
    try:
        _remove_with_side_files(partial)
        _copy_database(backup, partial)
        fsync_file(partial)
        _require_ok(partial, full=True)
        moved = _move_aside(live_store_file, when)
        os.replace(partial, live_store_file)
        fsync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        _remove_with_side_files(partial)
        raise _failed(error) from error
    except BackupFailed:
        _remove_with_side_files(partial)
        raise
    return DamagedStoreRestore(backup, moved)


def _move_aside(live_store_file: Path, when: datetime | None) -> tuple[Path, ...]:
    stamp = (when or datetime.now(UTC)).astimezone(UTC).strftime(STAMP_FORMAT)
    folder = live_store_file.parent
    aside = folder / f"my-say-damaged-{stamp}.sqlite3"
    number = 2
    while any(Path(f"{aside}{side}").exists() for side in ("", *SIDE_FILES)):
        aside = folder / f"my-say-damaged-{stamp}-{number}.sqlite3"
        number += 1
    moved: list[tuple[Path, Path]] = []
    # Side files first, so a new store can never land beside an old -wal; undone if any rename fails.
    try:
        for side in (*SIDE_FILES, ""):
            original = Path(f"{live_store_file}{side}")
            if original.exists():
                target = Path(f"{aside}{side}")
                os.rename(original, target)
                moved.append((original, target))
    except OSError:
        for original, target in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(target, original)
        raise
    return tuple(target for _original, target in reversed(moved))


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)


def _copy_database(source: Path, target: Path) -> None:
    """A page-by-page copy in one step, left in rollback-journal mode: a single self-contained file
    (a WAL-mode copy would grow -wal/-shm files beside it as soon as it is read)."""
    src = _read_only(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _require_ok(path: Path, *, full: bool) -> None:
    connection = _read_only(path)
    try:
        result = connection.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
    finally:
        connection.close()
    if result != [("ok",)]:
        raise BackupFailed(f"the backup copy did not pass its check: {result[:3]}", check_failed=True)


def _failed(error: OSError | sqlite3.Error) -> BackupFailed:
    number = error.errno if isinstance(error, OSError) else None
    if isinstance(error, sqlite3.Error) and getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        number = errno.ENOSPC
    return BackupFailed(str(error), error_number=number)


def _remove_with_side_files(path: Path) -> None:
    for side in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):
            Path(f"{path}{side}").unlink(missing_ok=True)
