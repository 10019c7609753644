"""Start-up to an interactive first screen, as a ratio to a bare PySide6 window measured in the same run.

Target: the app (`--exit-when-ready`, demo ward, no migration pending) at most 1.5x the baseline.
Runs alternate between the two so machine noise hits both alike. Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from coprod_desktop.symbols.catalogue import SymbolCatalogue  # noqa: E402

TARGET_RATIO = 1.5
# The first screen: four nav bar buttons and the demo ward's five patients.
SCREEN_SYMBOLS = ["home", "back", "read-aloud", "help"] + [f"portrait-{i}" for i in range(1, 6)]


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "startup.json")
    args = parser.parse_args()

    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    catalogue = SymbolCatalogue.load()
    icons = [str(catalogue.svg_path(symbol)) for symbol in SCREEN_SYMBOLS]
    with tempfile.TemporaryDirectory() as data_dir:
        app = [sys.executable, str(ROOT / "main.py"), "--data-dir", data_dir, "--demo", "--exit-when-ready"]
        bare = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py"), *icons]
        timed(app, env)  # first start creates the store and the demo ward: not what we measure
        timed(bare, env)
        app_times, bare_times = [], []
        for _ in range(args.runs):
            bare_times.append(timed(bare, env))
            app_times.append(timed(app, env))
    app_median = statistics.median(app_times) * 1000
    bare_median = statistics.median(bare_times) * 1000
    ratio = app_median / bare_median
    result = {
        "runs": args.runs,
        "bare_window_ms": round(bare_median, 1),
        "app_ms": round(app_median, 1),
        "ratio": round(ratio, 2),
        "target_ratio": TARGET_RATIO,
        "met": ratio <= TARGET_RATIO,
    }
    print(f"{'bare PySide6 window':<28}{bare_median:8.0f} ms")
    print(f"{'My Say to first screen':<28}{app_median:8.0f} ms")
    print(f"{'ratio':<28}{ratio:8.2f}  (target <= {TARGET_RATIO})  {'MET' if result['met'] else 'NOT MET'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
