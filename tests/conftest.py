"""Shared fixtures: every path goes to a temp folder and every store is a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coprod_desktop.paths import DataPaths
from coprod_desktop.store.engine import Store, open_store
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


@pytest.fixture
def store(data_paths: DataPaths) -> Iterator[Store]:
    opened = open_store(data_paths.sqlite_url())
    upgrade_to_head(opened, data_paths.backups)
    yield opened
    opened.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 22, 9, 0, tzinfo=UTC))
