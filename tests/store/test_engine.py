"""The store opens with durable settings, and refuses unsafe files without touching them."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from coprod_desktop.paths import DataPaths
from coprod_desktop.store.engine import Store, open_store, url_for_people
from coprod_desktop.store.problems import ProblemKind, StoreProblem


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_sqlite_pragmas_are_durable(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.store_file.write_bytes(b"this is a shopping list, not a database\n" * 100)
    before = digest(data_paths.store_file)
    with pytest.raises(StoreProblem) as caught:
        open_store(data_paths.sqlite_url())
    assert caught.value.kind is ProblemKind.CORRUPT
    assert digest(data_paths.store_file) == before
    assert not Path(f"{data_paths.store_file}-wal").exists()


def test_a_damaged_database_is_refused_and_left_alone(store: Store, data_paths: DataPaths) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("CREATE TABLE filler (x TEXT)"))
        for _ in range(200):
            connection.execute(text("INSERT INTO filler VALUES (:x)"), {"x": "y" * 500})
    store.dispose()
    raw = bytearray(data_paths.store_file.read_bytes())
    page = 4096
    raw[page * 2 : page * 2 + 200] = b"\xff" * 200  # scribble over a b-tree page
    data_paths.store_file.write_bytes(bytes(raw))
    before = digest(data_paths.store_file)
    with pytest.raises(StoreProblem) as caught:
        open_store(data_paths.sqlite_url())
    assert caught.value.kind is ProblemKind.CORRUPT
    assert digest(data_paths.store_file) == before


def test_a_folder_that_cannot_be_written_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    paths = DataPaths(blocker / "data")
    with pytest.raises(StoreProblem) as caught:
        open_store(paths.sqlite_url())
    assert caught.value.kind is ProblemKind.NOT_WRITABLE
    assert blocker.read_text() == "a file where the data folder should be"


def test_a_store_held_exclusively_by_another_program_is_reported_as_locked(
    store: Store, data_paths: DataPaths
) -> None:
    store.dispose()
    holder = sqlite3.connect(data_paths.store_file)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreProblem) as caught:
            open_store(data_paths.sqlite_url())
        assert caught.value.kind is ProblemKind.LOCKED
    finally:
        holder.rollback()
        holder.close()


def test_passwords_in_urls_are_hidden_from_people() -> None:
    shown = url_for_people("postgresql+psycopg://ward:s3cret@db.example/mysay")
    assert "s3cret" not in shown
    assert "ward" in shown


def test_store_problems_can_pass_through_context_managers() -> None:
    """Exceptions must accept the traceback Python gives them, even when thrown into a generator."""
    import contextlib

    @contextlib.contextmanager
    def guarded():  # type: ignore[no-untyped-def]
        yield

    with pytest.raises(StoreProblem) as caught, guarded():
        raise StoreProblem(ProblemKind.LOCKED, "here", "busy")
    assert caught.value.kind is ProblemKind.LOCKED
