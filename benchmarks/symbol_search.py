"""The symbol picker on the full OpenMoji index: opening it, and searching it letter by letter.

Cases, each until the screen has been painted (events processed), medians of --runs after a warm-up:
  open       a new SymbolPicker shown on its first group (feelings)              (target <= 100 ms)
  first      the first letter typed: every picture on the page drawn for the first time
                                                                                  (target <= 50 ms)
  letter     each further letter of "solicitor", "cyfreithiwr", "elephant"       (target <= 50 ms)
  cold       the first letter in a catalogue nobody has searched (the app reads the index once its
             first screen shows, so a person never meets this): shown for comparison
  baseline   a bare grid of 18 QPushButtons (a page) with pictures drawn for the first time
Ratios are against the baseline measured in the same run. Writes benchmarks/results/symbol_search.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QGridLayout, QPushButton, QWidget  # noqa: E402

from coprod_desktop.speech.silent import SilentSpeaker  # noqa: E402
from coprod_desktop.symbols.catalogue import SymbolCatalogue  # noqa: E402
from coprod_desktop.ui.symbol_icons import SymbolPainter  # noqa: E402
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker  # noqa: E402

TARGETS_MS = {"open": 100.0, "first": 50.0, "letter": 50.0}
WORDS = (("solicitor", "en"), ("cyfreithiwr", "cy"), ("elephant", "en"))
SIZE = (1100, 700)


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - start) * 1000


def open_picker(catalogue: SymbolCatalogue, painter: SymbolPainter, language: list[str]) -> SymbolPicker:
    picker = SymbolPicker(catalogue, painter, SilentSpeaker(), lambda: language[0])
    picker.resize(*SIZE)
    picker.show()
    return picker


def bare_grid(catalogue: SymbolCatalogue, painter: SymbolPainter, shown: list[str]) -> QWidget:
    grid = QWidget()
    layout = QGridLayout(grid)
    for index, symbol in enumerate(shown):
        button = QPushButton(catalogue.label(symbol, "en"))
        button.setIcon(QIcon(painter.pixmap(symbol, 56)))
        layout.addWidget(button, index // 6, index % 6)
    grid.resize(*SIZE)
    grid.show()
    return grid


def one_run(samples: dict[str, list[float]]) -> None:
    language = ["en"]
    made: list[QWidget] = []
    # Cold: a catalogue nobody has searched yet (the app reads the index once its first screen shows).
    cold = SymbolCatalogue.load()
    picker = open_picker(cold, SymbolPainter(cold), language)
    made.append(picker)
    settle()
    samples["cold"].append(timed(lambda: QTest.keyClicks(picker.search, "s")))
    # As in the app: the catalogue warmed after start-up, a new picker, pictures not drawn before.
    catalogue = SymbolCatalogue.load()
    catalogue.warm()
    painter = SymbolPainter(catalogue)
    opened: list[SymbolPicker] = []
    samples["open"].append(timed(lambda: opened.append(open_picker(catalogue, painter, language))))
    picker = opened[0]
    made.append(picker)
    samples["first"].append(timed(lambda: QTest.keyClicks(picker.search, "s")))
    picker.search.clear()
    settle()
    for word, lang in WORDS:
        language[0] = lang
        for letter in word:
            samples["letter"].append(timed(lambda ch=letter: QTest.keyClicks(picker.search, ch)))
        assert picker.buttons(), word
        picker.search.clear()
        settle()
    shown = [entry.id for entry in catalogue.in_category("feelings")][:18]
    fresh = SymbolPainter(catalogue)
    samples["baseline"].append(timed(lambda: made.append(bare_grid(catalogue, fresh, shown))))
    for widget in made:
        widget.close()
        widget.deleteLater()
    settle()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "symbol_search.json")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    samples: dict[str, list[float]] = {"open": [], "first": [], "letter": [], "cold": [], "baseline": []}
    one_run({key: [] for key in samples})  # warm-up: imports and first-time Qt work are not counted
    for _run in range(args.runs):
        one_run(samples)
    app.quit()

    baseline = statistics.median(samples["baseline"])
    results = {}
    print(f"{'case':<10}{'median ms':>11}{'p90 ms':>9}{'target':>9}{'x baseline':>12}  ok")
    for case, values in samples.items():
        median = statistics.median(values)
        p90 = sorted(values)[int(0.9 * (len(values) - 1))]
        target = TARGETS_MS.get(case)
        ok = "" if target is None else ("yes" if median <= target else "NO")
        line = f"{case:<10}{median:>11.1f}{p90:>9.1f}{(target or float('nan')):>9.0f}"
        print(f"{line}{median / baseline:>12.2f}  {ok}")
        results[case] = {
            "median_ms": round(median, 2),
            "p90_ms": round(p90, 2),
            "runs": len(values),
            "target_ms": target,
            "ratio_to_baseline": round(median / baseline, 3),
            "meets_target": None if target is None else median <= target,
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"results": results}, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
