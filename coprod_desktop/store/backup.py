"""Verified SQLite backups: the online backup API, then fsync, then integrity_check on the copy."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path


class BackupFailed(Exception):
    """The copy could not be made or did not check out; the original is untouched."""


def backup_file_name(reason: str, when: datetime | None = None) -> str:
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    return f"my-say-{stamp}-{reason}.sqlite3"


def make_verified_backup(source: Path, folder: Path, reason: str) -> Path:
    """Copies a live store (safe while it is in use) and proves the copy is whole before keeping it."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / backup_file_name(reason)
    partial = target.with_suffix(".partial")
    try:
        src = sqlite3.connect(f"{source.as_uri()}?mode=ro", uri=True)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        _fsync(partial)
        check = sqlite3.connect(f"{partial.as_uri()}?mode=ro", uri=True)
        try:
            result = check.execute("PRAGMA integrity_check").fetchall()
        finally:
            check.close()
        if result != [("ok",)]:
            raise BackupFailed(f"the backup copy did not pass its check: {result[:3]}")
        os.replace(partial, target)
        _fsync_dir(folder)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(str(error)) from error
    except BackupFailed:
        partial.unlink(missing_ok=True)
        raise
    return target


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
