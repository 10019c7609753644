"""Checks made before the store is opened, with the standard library only.

They read and never write, so a damaged file is left exactly as it was; and they need no SQLAlchemy,
so the start path can run them before the heavy imports.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from coprod_desktop.store.problems import ProblemKind, StoreProblem

SQLITE_HEADER = b"SQLite format 3\x00"


def read_only_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=1.0)


def check_folder_writable(folder: Path) -> None:
    """Proves we can create files beside the store (SQLite needs that for its -wal and -shm files)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        with open(probe, "wb") as handle:
            handle.write(b"ok")
            handle.flush()
            os.fsync(handle.fileno())
        probe.unlink()
    except OSError as error:
        raise StoreProblem(ProblemKind.NOT_WRITABLE, str(folder), error.strerror or str(error)) from error


def check_sqlite_file(path: Path) -> None:
    """Refuses a file that is not a healthy SQLite database (full integrity_check), reading it only."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreProblem(ProblemKind.NOT_WRITABLE, str(path), error.strerror or str(error)) from error
    if header != SQLITE_HEADER:
        raise StoreProblem(ProblemKind.CORRUPT, str(path), "the file is not a My Say store")
    try:
        connection = read_only_connection(path)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise StoreProblem(ProblemKind.LOCKED, str(path), str(error)) from error
        raise StoreProblem(ProblemKind.CORRUPT, str(path), str(error)) from error
    except sqlite3.DatabaseError as error:
        raise StoreProblem(ProblemKind.CORRUPT, str(path), str(error)) from error
    if rows != [("ok",)]:
        found = "; ".join(str(row[0]) for row in rows[:3])
        raise StoreProblem(ProblemKind.CORRUPT, str(path), found)


def schema_revision(path: Path) -> str | None:
    """The migration the store is at, or None for a new or empty store."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    connection = read_only_connection(path)
    try:
        has_table = connection.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        connection.close()
