"""Opening the store safely: checks first, then the engine with durable SQLite settings."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from coprod_desktop.store.problems import ProblemKind, StoreProblem
from coprod_desktop.store.safety import check_folder_writable, check_sqlite_file

BUSY_TIMEOUT_MS = 5000

SessionFactory = sessionmaker[Session]


@dataclass(frozen=True)
class Store:
    """An open store: the engine and a factory for short sessions (one per operation)."""

    engine: Engine
    session_factory: SessionFactory
    sqlite_path: Path | None

    def dispose(self) -> None:
        self.engine.dispose()


def sqlite_path_of(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _apply_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def create_store_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; SQLite gets WAL, full sync, foreign keys and a busy wait."""
    if sqlite_path_of(url) is not None:
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def open_store(url: str) -> Store:
    """Checks, then opens. Raises StoreProblem and leaves the file untouched when it is not safe."""
    path = sqlite_path_of(url)
    if path is not None:
        check_folder_writable(path.parent)
        check_sqlite_file(path)
    engine = create_store_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as error:
        engine.dispose()
        message = str(error.orig)
        if "locked" in message or "busy" in message:
            raise StoreProblem(ProblemKind.LOCKED, url_for_people(url), message) from error
        if path is not None:
            raise StoreProblem(ProblemKind.NOT_WRITABLE, str(path), message) from error
        raise StoreProblem(ProblemKind.UNREACHABLE, url_for_people(url), message) from error
    except DBAPIError as error:
        engine.dispose()
        raise StoreProblem(ProblemKind.CORRUPT, url_for_people(url), str(error.orig)) from error
    return Store(engine, sessionmaker(engine, expire_on_commit=False), path)


def url_for_people(url: str) -> str:
    """The URL with any password hidden, safe to show on screen or in a log."""
    return make_url(url).render_as_string(hide_password=True)
