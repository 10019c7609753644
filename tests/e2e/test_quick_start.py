"""The fast start: the first screen from a plain read, the store layer loading in the background."""

from __future__ import annotations

import pytest

from coprod_desktop.app import BackgroundStoreLoader, open_and_update_store, quick_roster
from coprod_desktop.cli import parse
from coprod_desktop.paths import DataPaths
from coprod_desktop.services.demo import DEMO_WARD_NAME, seed_demo_ward
from coprod_desktop.store.engine import Store
from coprod_desktop.store.problems import ProblemKind, StoreProblem


def options_for(paths: DataPaths, *extra: str):  # type: ignore[no-untyped-def]
    return parse(["--data-dir", str(paths.root), *extra])


def test_quick_roster_is_used_only_when_nothing_needs_doing(data_paths: DataPaths) -> None:
    assert quick_roster(data_paths, options_for(data_paths)) is None  # no store yet
    store = open_and_update_store(data_paths, options_for(data_paths))
    assert quick_roster(data_paths, options_for(data_paths, "--demo")) is None  # demo still to add
    seed_demo_ward(store.session_factory)
    store.dispose()
    roster = quick_roster(data_paths, options_for(data_paths, "--demo"))
    assert roster is not None and roster.ward is not None
    assert roster.ward.name == DEMO_WARD_NAME
    assert [p.called for p in roster.patients] == ["Aisha", "Dafydd", "Lee", "Priya", "Sam"]
    assert quick_roster(data_paths, options_for(data_paths, "--db-url", "sqlite:///elsewhere.db")) is None


def test_quick_roster_refuses_a_damaged_store_like_the_full_path(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.store_file.write_bytes(b"not a database at all" * 50)
    with pytest.raises(StoreProblem) as caught:
        quick_roster(data_paths, options_for(data_paths))
    assert caught.value.kind is ProblemKind.CORRUPT


def test_the_background_loader_opens_the_same_store(data_paths: DataPaths, store: Store) -> None:
    seed_demo_ward(store.session_factory)
    loader = BackgroundStoreLoader(data_paths, options_for(data_paths))
    assert not loader.services.ready()
    loader.start()
    wards = loader.services.wards.active()  # waits for the worker
    assert [w.name for w in wards] == [DEMO_WARD_NAME]
    loaded = loader.finish()
    assert loaded is not None
    loaded.dispose()
