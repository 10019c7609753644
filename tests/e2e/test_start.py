"""The real program, started as a person or a scheduled task would start it."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from coprod_desktop import __version__
from coprod_desktop.paths import PROJECT_ROOT, DataPaths
from coprod_desktop.services.demo import DEMO_WARD_NAME


def run_app(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    return subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        check=False,
    )


def test_version_and_help_answer_without_a_screen() -> None:
    assert __version__ in run_app("--version").stdout
    helped = run_app("--help")
    assert helped.returncode == 0
    for flag in (
        "--data-dir",
        "--db-url",
        "--lang",
        "--demo",
        "--empty",
        "--fullscreen",
        "--no-speech",
        "--exit-when-ready",
    ):
        assert flag in helped.stdout


def test_first_start_with_demo_creates_the_store_and_the_demo_ward(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    done = run_app("--data-dir", str(paths.root), "--demo", "--no-speech", "--exit-when-ready")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(paths.store_file) as db:
        assert db.execute("SELECT name FROM ward").fetchall() == [(DEMO_WARD_NAME,)]
        assert db.execute("SELECT count(*) FROM person").fetchone()[0] == 7  # five patients, Jo and Ceri
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    again = run_app("--data-dir", str(paths.root), "--demo", "--no-speech", "--exit-when-ready")
    assert again.returncode == 0, again.stderr
    with sqlite3.connect(paths.store_file) as db:
        assert db.execute("SELECT count(*) FROM ward").fetchone()[0] == 1


def test_empty_start_seeds_nothing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    done = run_app(
        "--data-dir", str(paths.root), "--empty", "--no-speech", "--exit-when-ready", "--lang", "cy"
    )
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(paths.store_file) as db:
        assert db.execute("SELECT count(*) FROM ward").fetchone()[0] == 0


def test_a_corrupt_store_gets_a_message_and_is_never_touched(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir(parents=True)
    paths.store_file.write_bytes(b"\x00garbage that is not sqlite" * 1000)
    before = hashlib.sha256(paths.store_file.read_bytes()).hexdigest()
    done = run_app("--data-dir", str(paths.root), "--demo", "--no-speech", "--exit-when-ready")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert hashlib.sha256(paths.store_file.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in paths.root.iterdir() if p.name.startswith("my-say.sqlite3")) == [
        "my-say.sqlite3"
    ]


def test_a_second_copy_on_the_same_folder_is_refused(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    first = subprocess.Popen(
        [
            sys.executable,
            str(PROJECT_ROOT / "main.py"),
            "--data-dir",
            str(paths.root),
            "--demo",
            "--no-speech",
        ],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not paths.lock_file.exists():
            assert first.poll() is None, "the first copy stopped early"
            assert time.monotonic() < deadline, "the first copy never took its lock"
            time.sleep(0.05)
        second = run_app("--data-dir", str(paths.root), "--no-speech", "--exit-when-ready")
        assert second.returncode == 2
        assert "locked" in second.stderr
    finally:
        first.terminate()
        first.wait(timeout=20)
