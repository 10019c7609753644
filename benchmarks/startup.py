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
    """Seconds from launch to the program's "ready" line (after its first paint); exit is not counted."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError(f"{command[1]} never said it was ready")
    process.wait(timeout=60)
    return elapsed


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
        bare_qta = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py"), "--qtawesome", *icons]
        timed(app, env)  # first start creates the store and the demo ward: not what we measure
        timed(bare, env)
        times: dict[str, list[float]] = {"bare": [], "bare_qtawesome": [], "app": []}
        for _ in range(args.runs):
            times["bare"].append(timed(bare, env))
            times["bare_qtawesome"].append(timed(bare_qta, env))
            times["app"].append(timed(app, env))
    median = {name: statistics.median(values) * 1000 for name, values in times.items()}
    ratio = median["app"] / median["bare"]
    ratio_qta = median["app"] / median["bare_qtawesome"]
    result = {
        "runs": args.runs,
        "bare_window_svg_icons_ms": round(median["bare"], 1),
        "bare_window_qtawesome_icons_ms": round(median["bare_qtawesome"], 1),
        "app_ms": round(median["app"], 1),
        "ratio_to_svg_icons": round(ratio, 2),
        "ratio_to_qtawesome_icons": round(ratio_qta, 2),
        "target_ratio": TARGET_RATIO,
        "met": ratio <= TARGET_RATIO,
    }
    print(f"{'bare window, SVG icons':<32}{median['bare']:8.0f} ms")
    print(f"{'bare window, qtawesome icons':<32}{median['bare_qtawesome']:8.0f} ms")
    print(f"{'My Say to first screen':<32}{median['app']:8.0f} ms")
    print(f"{'ratio to SVG-icon window':<32}{ratio:8.2f}  (target <= {TARGET_RATIO})")
    print(f"{'ratio to qtawesome-icon window':<32}{ratio_qta:8.2f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
