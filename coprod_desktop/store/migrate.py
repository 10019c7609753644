"""Bring the store's schema up to date at start, with a verified backup first when it holds data.

Alembic is imported only when a migration is pending, so a normal start stays fast.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.exc import SQLAlchemyError

from coprod_desktop.store.backup import BackupFailed, make_verified_backup
from coprod_desktop.store.engine import Store
from coprod_desktop.store.migrations import HEAD
from coprod_desktop.store.problems import ProblemKind, StoreProblem

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        return self.before != self.after


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions() -> set[str]:
    """Revision ids from the file names, without importing Alembic."""
    return {path.stem for path in (MIGRATIONS_DIR / "versions").glob("*.py") if path.stem[0].isdigit()}


def _holds_tables(store: Store) -> bool:
    with store.engine.connect() as connection:
        return bool(inspect(connection).get_table_names())


def upgrade_to_head(store: Store, backup_folder: Path | None) -> MigrationResult:
    """Applies pending migrations; raises StoreProblem rather than risk the data."""
    before = current_revision(store)
    if before == HEAD:
        return MigrationResult(before, HEAD, None)
    if before is not None and before not in known_revisions():
        raise StoreProblem(
            ProblemKind.TOO_NEW,
            str(store.sqlite_path or "the database"),
            f"the store was made by a newer My Say (schema {before})",
        )
    backup = None
    if store.sqlite_path is not None and backup_folder is not None and _holds_tables(store):
        try:
            backup = make_verified_backup(store.sqlite_path, backup_folder, "before-update")
        except BackupFailed as error:
            raise StoreProblem(ProblemKind.MIGRATION_FAILED, str(store.sqlite_path), str(error)) from error
    try:
        _run_alembic_upgrade(store)
    except SQLAlchemyError as error:
        raise StoreProblem(
            ProblemKind.MIGRATION_FAILED, str(store.sqlite_path or "the database"), str(error)
        ) from error
    return MigrationResult(before, HEAD, backup)


def alembic_config():  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def _run_alembic_upgrade(store: Store) -> None:
    from alembic import command

    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
