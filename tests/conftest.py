"""Shared fixtures: every path goes to a temp folder and every store is a real SQLite file."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coprod_desktop.paths import DataPaths
from coprod_desktop.store.engine import Store, open_store, sqlite_path_of
from coprod_desktop.store.migrate import upgrade_to_head

ODD_NAMES = [
    "Zoë 🌈",
    "محمد",
    "שָׁלוֹם",
    "<b>Bold</b> & <script>alert(1)</script>",
    "=SUM(A1:A9)",
    "A" * 500,
    "Llŷr ap Siôn-Wyn",
    "👩🏽‍🦱👨‍👩‍👧",
]


class FixedClock:
    """A clock at the edge of the system that tests can set and move."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    # A folder of its own for "plugged-in cards", so what is mounted on the test machine never shows.
    return DataPaths(tmp_path / "data", removable_media=(tmp_path / "media",))


class StoreTemplates:
    """Real store files made once per test run and copied for each test: one migrated to the head
    schema, and one with the demo ward seeded at a given time. Migrating (0.4 s) and seeding the demo
    (2.2 s, most of it PIN hashing and 96 experience answers, each its own transaction) are the same
    work for every test that asks for them; a copy of the same SQLite file takes a millisecond."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._made: dict[str, Path] = {}

    def migrated(self) -> Path:
        return self._make("migrated", seed_at=None)

    def with_demo_ward(self, now: datetime) -> Path:
        return self._make(f"demo-{now.isoformat()}", seed_at=now)

    def _make(self, key: str, seed_at: datetime | None) -> Path:
        if key not in self._made:
            paths = DataPaths(self._folder / key.replace(":", "-"), removable_media=())
            made = open_store(paths.sqlite_url())
            upgrade_to_head(made, None)
            if seed_at is not None:
                from coprod_desktop.services.demo import seed_demo_ward

                seed_demo_ward(made.session_factory, FixedClock(seed_at))
            with made.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            made.dispose()
            assert made.sqlite_path is not None
            self._made[key] = made.sqlite_path
        return self._made[key]


@pytest.fixture(scope="session")
def store_templates(tmp_path_factory: pytest.TempPathFactory) -> StoreTemplates:
    return StoreTemplates(tmp_path_factory.mktemp("store-templates"))


@pytest.fixture
def store(
    request: pytest.FixtureRequest, data_paths: DataPaths, store_templates: StoreTemplates
) -> Iterator[Store]:
    """A real SQLite store of the test's own, at the head schema. A test that shows the demo ward
    (the `window` fixture) starts from a copy of the demo ward seeded at the test's clock time, the
    store it would have after seeding it itself."""
    if "window" in request.fixturenames:
        template = store_templates.with_demo_ward(request.getfixturevalue("clock").now)
    else:
        template = store_templates.migrated()
    target = sqlite_path_of(data_paths.sqlite_url())
    assert target is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(template, target)
    opened = open_store(data_paths.sqlite_url())
    upgrade_to_head(opened, data_paths.backups)
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
