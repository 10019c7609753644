"""`python main.py export ...` as a scheduled task runs it: exit codes 0, 1 and 2, and clear messages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import pyzipper

from coprod_desktop.paths import PROJECT_ROOT, DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import DEMO_WARD_NAME, seed_demo_ward
from coprod_desktop.services.people import PeopleService
from coprod_desktop.store.engine import open_store
from coprod_desktop.store.migrate import upgrade_to_head

PERIOD = ("--from", "2026-01-01", "--to", "2027-12-31")


@cache
def entry() -> list[str]:
    """main.py once it routes `export` to coprod_desktop.export_cli; the module itself until then."""
    main = [sys.executable, str(PROJECT_ROOT / "main.py"), "export"]
    probe = subprocess.run([*main, "--help"], capture_output=True, text=True, timeout=60, check=False)
    if probe.returncode == 0 and "--person-id" in probe.stdout:
        return main
    return [sys.executable, "-m", "coprod_desktop.export_cli", "export"]


def run_export(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*entry(), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT_ROOT,
        env={**os.environ, **(env or {})},
        check=False,
    )


@pytest.fixture
def data(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    store = open_store(paths.sqlite_url())
    upgrade_to_head(store, paths.backups)
    ward = seed_demo_ward(store.session_factory)
    assert ward is not None
    PeopleService(store.session_factory).add("Sam", ward_id=ward.id)  # a second Sam
    store.dispose()
    return paths


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def audit_events(paths: DataPaths) -> list[dict[str, object]]:
    store = open_store(paths.sqlite_url())
    try:
        return [event.detail for event in AuditService(store.session_factory).recent(kind="export_made")]
    finally:
        store.dispose()


def test_a_ward_export_prints_its_path_and_is_audited(data: DataPaths, out: Path) -> None:
    done = run_export("--data-dir", str(data.root), "--ward", DEMO_WARD_NAME, *PERIOD, "--out", str(out))
    assert done.returncode == 0, done.stderr
    bundle = Path(done.stdout.strip())
    assert bundle.parent == out and bundle.is_dir()
    assert "Traceback" not in done.stderr
    document = json.loads(next(bundle.glob("*.json")).read_text(encoding="utf-8"))
    assert document["counts"] == {
        "person": 6,
        "meeting": 4,
        "preferences": 6,
        "topic": 2,
        "thank_you": 2,  # Dafydd's "just send" stays between him and Lee
        "action": 5,  # and the council's answer
        "say_view": 6,
        "prem": 96,  # four people, three times, eight questions
        "council_pack": 1,
        "partnership": 2,
    }
    [detail] = audit_events(data)
    assert detail["cli"] is True and detail["kinds"] == document["counts"]


def test_a_person_zip_with_a_password_from_the_environment(data: DataPaths, out: Path) -> None:
    done = run_export(
        "--data-dir", str(data.root), "--person", "Priya", *PERIOD, "--out", str(out),
        "--zip", "--password-env", "MY_SAY_EXPORT_PASSWORD", "--include", "person,meeting",
        env={"MY_SAY_EXPORT_PASSWORD": "tea-and-toast"},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    bundle = Path(done.stdout.strip())
    assert bundle.suffix == ".zip"
    with pyzipper.AESZipFile(bundle) as archive:
        archive.setpassword(b"tea-and-toast")
        names = archive.namelist()
        document = json.loads(archive.read(next(n for n in names if n.endswith(".json"))))
    assert not any(n.endswith("-preferences.csv") for n in names)
    assert document["counts"] == {"person": 1, "meeting": 1}
    assert {i["owner_name"] for i in document["items"]} == {"Priya"}


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--ward", "No Such Ward"), "No ward is called 'No Such Ward'"),
        (("--person", "Nobody"), "No person is called 'Nobody'"),
        (("--person", "Sam"), "2 people are called 'Sam'; use --person-id"),
        (("--ward", DEMO_WARD_NAME, "--include", "diary"), "Unknown kind of item: diary"),
        (("--ward", DEMO_WARD_NAME, "--zip", "--password-env", "NOT_SET_ANYWHERE"), "holds no password"),
    ],
)
def test_a_wrong_request_exits_2_with_one_clear_line(
    data: DataPaths, out: Path, args: tuple[str, ...], words: str
) -> None:
    done = run_export("--data-dir", str(data.root), *args, *PERIOD, "--out", str(out))
    assert done.returncode == 2
    assert words in done.stderr and "Traceback" not in done.stderr
    assert list(out.iterdir()) == []


def test_bad_dates_exit_2(data: DataPaths, out: Path) -> None:
    backwards = run_export(
        "--data-dir", str(data.root), "--ward", DEMO_WARD_NAME, "--from", "2026-12-01", "--to", "2026-01-01",
        "--out", str(out),
    )  # fmt: skip
    assert backwards.returncode == 2 and "--to is before --from" in backwards.stderr
    nonsense = run_export(
        "--data-dir", str(data.root), "--ward", DEMO_WARD_NAME, "--from", "yesterday", "--to", "2026-01-01",
        "--out", str(out),
    )  # fmt: skip
    assert nonsense.returncode == 2 and "is not a date like" in nonsense.stderr


def test_an_unwritable_folder_exits_1_and_leaves_nothing(data: DataPaths, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    done = run_export(
        "--data-dir", str(data.root), "--ward", DEMO_WARD_NAME, *PERIOD, "--out", str(blocker / "x")
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith("Export failed: The export folder")
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert audit_events(data) == []


def test_a_missing_store_exits_2_without_creating_one(tmp_path: Path, out: Path) -> None:
    empty = tmp_path / "no-data"
    done = run_export("--data-dir", str(empty), "--ward", DEMO_WARD_NAME, *PERIOD, "--out", str(out))
    assert done.returncode == 2 and "There is no My Say data" in done.stderr
    assert not empty.exists()


def test_a_damaged_store_exits_1(tmp_path: Path, out: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    paths.store_file.write_bytes(b"this is not a database" * 100)
    done = run_export("--data-dir", str(paths.root), "--ward", DEMO_WARD_NAME, *PERIOD, "--out", str(out))
    assert done.returncode == 1, done.stderr
    assert "could not be opened" in done.stderr and "Traceback" not in done.stderr


def test_the_export_command_loads_no_qt() -> None:
    code = (
        "import sys, coprod_desktop.export_cli, coprod_desktop.services.export.runner; "
        "print('PySide6' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=PROJECT_ROOT, check=False
    )
    assert done.stdout.strip() == "False", done.stderr
