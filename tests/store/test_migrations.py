"""Migrations build the schema from nothing, match the models, and back up before changing data."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from coprod_desktop.paths import DataPaths
from coprod_desktop.store.base import Base
from coprod_desktop.store.engine import open_store
from coprod_desktop.store.migrate import alembic_config, current_revision, upgrade_to_head
from coprod_desktop.store.migrations import HEAD
from coprod_desktop.store.problems import ProblemKind, StoreProblem


def test_head_constant_names_alembics_head() -> None:
    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def test_from_empty_to_head_matches_the_models(data_paths: DataPaths) -> None:
    store = open_store(data_paths.sqlite_url())
    result = upgrade_to_head(store, data_paths.backups)
    assert result.before is None and result.after == HEAD
    assert result.backup is None  # nothing to protect in a brand-new store
    with store.engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert {"ward", "person", "communication_preferences", "meeting", "audit_event"} <= tables
    assert differences == []
    store.dispose()


def test_second_start_runs_no_migration(data_paths: DataPaths) -> None:
    store = open_store(data_paths.sqlite_url())
    upgrade_to_head(store, data_paths.backups)
    again = upgrade_to_head(store, data_paths.backups)
    assert not again.migrated
    assert current_revision(store) == HEAD
    store.dispose()


def test_a_store_holding_data_is_backed_up_and_verified_before_migrating(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    with sqlite3.connect(data_paths.store_file) as raw:
        raw.execute("CREATE TABLE notes_from_before (words TEXT)")
        raw.execute("INSERT INTO notes_from_before VALUES ('keep me')")
    store = open_store(data_paths.sqlite_url())
    result = upgrade_to_head(store, data_paths.backups)
    store.dispose()
    assert result.backup is not None and result.backup.exists()
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT words FROM notes_from_before").fetchall() == [("keep me",)]
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "person" not in tables  # the copy is from before the migration


def test_a_store_from_a_newer_app_is_refused_and_unchanged(data_paths: DataPaths) -> None:
    store = open_store(data_paths.sqlite_url())
    upgrade_to_head(store, data_paths.backups)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(StoreProblem) as caught:
        upgrade_to_head(store, data_paths.backups)
    assert caught.value.kind is ProblemKind.TOO_NEW
    assert current_revision(store) == "9999_from_the_future"
    store.dispose()


def test_a_store_from_the_first_release_is_backed_up_then_updated_keeping_its_people(
    data_paths: DataPaths,
) -> None:
    from alembic import command

    store = open_store(data_paths.sqlite_url())
    config = alembic_config()
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001_first_schema")
    with store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO person (id, called, role, is_ward_rep, archived, created_at, updated_at) "
                "VALUES ('0123456789abcdef0123456789abcdef', 'Amy', 'patient', 0, 0, "
                "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
            )
        )
    result = upgrade_to_head(store, data_paths.backups)
    assert result.before == "0001_first_schema" and result.after == HEAD
    assert result.backup is not None
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001_first_schema",)]
        assert copy.execute("SELECT called FROM person").fetchall() == [("Amy",)]
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT called FROM person")).scalars().all() == ["Amy"]
        assert "staff_credential" in inspect(connection).get_table_names()
    store.dispose()
