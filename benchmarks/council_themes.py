"""The recovery council's themes for one ward-quarter, on five years of data for 20 wards.

Target: CouncilService.themes for one ward over a quarter in at most 100 ms, on the store that
benchmarks/five_years.py makes (20 wards, a SAY group a week, actions with their history). Measured
from the call to the frozen Themes record, through a real SQLite file. Baseline in the same run: the
same ward over one week, so the ratio shows what a quarter costs. The counts are GROUP BY queries in
the database, so the cost follows the ward's rows in the period, not the size of the store.

    python benchmarks/council_themes.py
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.five_years import generate  # noqa: E402
from coprod_desktop.paths import DataPaths  # noqa: E402
from coprod_desktop.services.council import CouncilService  # noqa: E402
from coprod_desktop.store.engine import open_store  # noqa: E402
from coprod_desktop.store.migrate import upgrade_to_head  # noqa: E402

TARGET_S = 0.100
RUNS = 25
QUARTER = (datetime(2026, 7, 1, tzinfo=UTC), datetime(2026, 10, 1, tzinfo=UTC))
WEEK = (datetime(2026, 9, 21, tzinfo=UTC), datetime(2026, 9, 28, tzinfo=UTC))


def timed(call) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        store = open_store(paths.sqlite_url())
        upgrade_to_head(store, paths.backups)
        made = generate(store.session_factory)
        council = CouncilService(store.session_factory)
        ward = made.ward_ids[len(made.ward_ids) // 2]
        themes = council.themes(ward, *QUARTER)  # the first call warms the caches: not counted
        assert not themes.is_empty
        quarter = [timed(lambda: council.themes(ward, *QUARTER)) for _ in range(RUNS)]
        week = [timed(lambda: council.themes(ward, *WEEK)) for _ in range(RUNS)]
        pack = council.start_pack(ward, None, *QUARTER)
        council.choose(pack.id, quotes=[q.id for q in themes.quotes])
        contents = [timed(lambda: council.pack_contents(pack.id)) for _ in range(RUNS)]
        views = sum(t.total.number for t in themes.topics)
        quotes = len(themes.quotes)
        store.dispose()

    quarter_s, week_s = statistics.median(quarter), statistics.median(week)
    contents_s = statistics.median(contents)
    summary: dict[str, object] = {
        "store": f"{len(made.ward_ids)} wards, {made.views:,} views, {made.actions:,} actions over 5 years",
        "quarter_views": views,
        "quarter_quotes": quotes,
        "themes_quarter_s": round(quarter_s, 4),
        "themes_week_s": round(week_s, 4),
        "pack_contents_quarter_s": round(contents_s, 4),
        "ratio": round(quarter_s / week_s, 2),
        "met": quarter_s <= TARGET_S,
        "target_s": TARGET_S,
    }
    print(f"store: {summary['store']}")
    ratio = quarter_s / week_s
    print(f"{f'themes, one ward-quarter ({views} views)':<44}{quarter_s * 1000:8.1f} ms   (target <= 100 ms)")
    print(f"{'themes, one ward-week':<44}{week_s * 1000:8.1f} ms   ratio {ratio:.2f}x")
    print(f"{f'pack contents, quarter ({quotes} quotes)':<44}{contents_s * 1000:8.1f} ms")
    out = ROOT / "benchmarks" / "results" / "council_themes.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))
    return 0 if summary["met"] else 1


if __name__ == "__main__":
    sys.exit(main())
