"""A verified backup of a ~100 MB store, against a plain file copy of the same file in the same run.

Target: make_verified_backup (online backup API, fsync, integrity_check) at most 2 s for 100 MB.
The store is generated deterministically in a temp folder (a throwaway table of text rows, in WAL mode
like the app's); runs alternate between the two ways so machine noise hits both alike.
Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coprod_desktop.store.backup import check_problems, make_verified_backup, restore_from  # noqa: E402

TARGET_SECONDS = 2.0
WORDS = ("safe", "health", "staff", "day", "family", "friends", "going", "out", "future", "worries", "proud")


def build_store(path: Path, megabytes: int) -> None:
    """Rows of easy-read-like text from a seeded generator until the file reaches the size."""
    rng = random.Random(20261122)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES ('benchmark')")
    connection.execute("CREATE TABLE words (id INTEGER PRIMARY KEY, person TEXT, said TEXT)")
    connection.execute("CREATE INDEX words_person ON words (person)")
    target = megabytes * 1024 * 1024
    while path.stat().st_size + (path.with_name(path.name + "-wal").stat().st_size) < target:
        rows = [
            (
                f"person-{rng.randrange(500)}",
                " ".join(rng.choice(WORDS) for _ in range(rng.randrange(20, 120))),
            )
            for _ in range(5000)
        ]
        with connection:
            connection.executemany("INSERT INTO words (person, said) VALUES (?, ?)", rows)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "backup.json")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        store = folder / "my-say.sqlite3"
        build_started = time.perf_counter()
        build_store(store, args.megabytes)
        build_seconds = time.perf_counter() - build_started
        size = store.stat().st_size
        backups = folder / "backups"
        times: dict[str, list[float]] = {"verified_backup": [], "copyfile": [], "integrity_check": []}
        for run in range(args.runs):
            started = time.perf_counter()
            made = make_verified_backup(store, backups, "benchmark")
            times["verified_backup"].append(time.perf_counter() - started)
            started = time.perf_counter()
            check_problems(made, full=True)
            times["integrity_check"].append(time.perf_counter() - started)
            made.unlink()
            copy = folder / f"plain-{run}.sqlite3"
            started = time.perf_counter()
            shutil.copyfile(store, copy)
            times["copyfile"].append(time.perf_counter() - started)
            copy.unlink()
        backup = make_verified_backup(store, backups, "benchmark")
        started = time.perf_counter()
        restore_from(backup, store, backups)
        restore_seconds = time.perf_counter() - started

    medians = {name: statistics.median(values) for name, values in times.items()}
    ratio = medians["verified_backup"] / medians["copyfile"]
    result = {
        "target_seconds": TARGET_SECONDS,
        "store_bytes": size,
        "runs": args.runs,
        "median_seconds": {name: round(value, 4) for name, value in medians.items()},
        "all_seconds": {name: [round(v, 4) for v in values] for name, values in times.items()},
        "ratio_backup_to_copyfile": round(ratio, 2),
        "restore_into_live_seconds": round(restore_seconds, 4),
        "build_seconds": round(build_seconds, 2),
        "sqlite": sqlite3.sqlite_version,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "met": medians["verified_backup"] <= TARGET_SECONDS,
    }
    print(f"store: {size / 1_000_000:.1f} MB, {args.runs} runs (median)")
    print(f"  verified backup (copy + fsync + integrity_check): {medians['verified_backup']:.3f} s")
    print(f"    of which integrity_check alone:                 {medians['integrity_check']:.3f} s")
    print(f"  shutil.copyfile:                                  {medians['copyfile']:.3f} s")
    print(f"  ratio: {ratio:.1f}x; restore into the live store: {restore_seconds:.3f} s")
    print(f"  target: at most {TARGET_SECONDS:.1f} s -> {'met' if result['met'] else 'NOT met'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["met"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
