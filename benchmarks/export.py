"""Export of one ward-year (20 people, about 10,000 items) against a plain JSON dump of the same items.

Target: the full export (collect, consent, PDF + CSV + JSON, folder, audit) at most 3 s.
Today's sources hold few items per person, so the year is made of meetings (9,940) plus the 20
profiles and 20 preference sets; the output names the kinds. The store is generated deterministically
in a temp folder; runs alternate between the two ways so machine noise hits both alike.
Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coprod_desktop.paths import DataPaths  # noqa: E402
from coprod_desktop.services.export.runner import collect, day_range, export  # noqa: E402
from coprod_desktop.services.export.sources import Scope  # noqa: E402
from coprod_desktop.services.people import PeopleService  # noqa: E402
from coprod_desktop.services.wards import WardService  # noqa: E402
from coprod_desktop.store.engine import Store, open_store  # noqa: E402
from coprod_desktop.store.kinds import MeetingKind  # noqa: E402
from coprod_desktop.store.migrate import upgrade_to_head  # noqa: E402
from coprod_desktop.store.models import Meeting  # noqa: E402

TARGET_SECONDS = 3.0
PEOPLE = 20
MEETINGS = 9_940
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
NAMES = ("Sam", "Priya", "Dafydd", "Lee", "Aisha", "Llŷr", "Siân", "Gwenllïan", "محمد", "Zoë")


def build(folder: Path) -> tuple[Store, uuid.UUID]:
    rng = random.Random(20261122)
    paths = DataPaths(folder / "data")
    store = open_store(paths.sqlite_url())
    upgrade_to_head(store, paths.backups)
    ward = WardService(store.session_factory).add("Benchmark Ward")
    people = PeopleService(store.session_factory)
    ids = [people.add(f"{NAMES[i % len(NAMES)]} {i}", ward_id=ward.id).id for i in range(PEOPLE)]
    start = datetime(2026, 1, 1, 9, tzinfo=UTC)
    kinds = list(MeetingKind)
    rows = [
        Meeting(
            person_id=rng.choice(ids),
            kind=rng.choice(kinds),
            starts_at=start + timedelta(minutes=rng.randrange(0, 364 * 24 * 60)),
            title=rng.choice(
                [None, "Review of leave", "=SUM(A1) plan", "Cynllun gofal", "Discharge planning"]
            ),
        )
        for _ in range(MEETINGS)
    ]
    with store.session_factory.begin() as session:
        session.add_all(rows)
    return store, ward.id


def run_export(store: Store, ward_id: uuid.UUID, out: Path) -> tuple[float, dict[str, int]]:
    began = time.perf_counter()
    result = export(
        store.session_factory, Scope.ward(ward_id), *YEAR, ["person", "meeting", "preferences"], out, None
    )
    return time.perf_counter() - began, result.counts


def run_baseline(store: Store, ward_id: uuid.UUID, out: Path) -> float:
    """The same items read from the store, dumped as JSON to one file: the least an export can cost."""
    began = time.perf_counter()
    first, after = day_range(*YEAR)
    sections = collect(
        store.session_factory, Scope.ward(ward_id), first, after, ["person", "meeting", "preferences"]
    )
    items = [
        {"kind": i.kind, "owner": str(i.owner_id), "name": i.owner_name, "at": i.at.isoformat(), **i.fields}
        for items in sections.values()
        for i in items
    ]
    (out / f"baseline-{time.perf_counter_ns()}.json").write_text(json.dumps(items), encoding="utf-8")
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "export.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        store, ward_id = build(folder)
        out = folder / "exports"
        out.mkdir()
        exports, baselines, counts = [], [], {}
        try:
            for _ in range(args.runs):
                seconds, counts = run_export(store, ward_id, out)
                exports.append(seconds)
                baselines.append(run_baseline(store, ward_id, out))
        finally:
            store.dispose()
    export_median, baseline_median = statistics.median(exports), statistics.median(baselines)
    result = {
        "benchmark": "export one ward-year: PDF + CSV + JSON in a folder, with consent and audit",
        "people": PEOPLE,
        "items": sum(counts.values()),
        "items_by_kind": counts,
        "runs": args.runs,
        "export_seconds": [round(s, 3) for s in exports],
        "export_median_seconds": round(export_median, 3),
        "baseline_json_dump_median_seconds": round(baseline_median, 3),
        "ratio_to_baseline": round(export_median / baseline_median, 1),
        "target_seconds": TARGET_SECONDS,
        "meets_target": export_median <= TARGET_SECONDS,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(f"{'way':<34}{'median s':>10}")
    print(f"{'export (PDF + CSV + JSON, folder)':<34}{export_median:>10.3f}")
    print(f"{'baseline (collect + json.dumps)':<34}{baseline_median:>10.3f}")
    print(
        f"items {result['items']} by kind {counts}; "
        f"ratio {result['ratio_to_baseline']}x; target {TARGET_SECONDS} s"
    )
    print("meets target" if result["meets_target"] else "MISSES TARGET")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
