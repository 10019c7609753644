"""The symbol picker on the full OpenMoji index: opening it, and searching it letter by letter.

Cases, each until the screen has been painted (events processed), medians of --runs:
  open       a new SymbolPicker shown on its first group (feelings)              (target <= 100 ms)
  first      the first letter typed in a fresh catalogue: reads the index too     (target <= 50 ms)
  letter     each further letter of "solicitor", "cyfreithiwr", "elephant"       (target <= 50 ms)
  baseline   a bare grid of 48 QPushButtons with the same pictures, made and shown
Ratios are against the baseline measured in the same run. Writes benchmarks/results/symbol_search.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
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


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def timed(action) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    action()
    settle()
    return (time.perf_counter() - start) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "symbol_search.json")
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    speaker = SilentSpeaker()
    samples: dict[str, list[float]] = {"open": [], "first": [], "letter": [], "baseline": []}
    language = ["en"]
    for _run in range(args.runs):
        catalogue = SymbolCatalogue.load()  # a fresh catalogue: the index is read on first use
        painter = SymbolPainter(catalogue)
        pickers: list[SymbolPicker] = []

        def open_picker() -> None:
            picker = SymbolPicker(catalogue, painter, speaker, lambda: language[0])  # noqa: B023
            picker.resize(1100, 700)
            picker.show()
            pickers.append(picker)  # noqa: B023

        samples["open"].append(timed(open_picker))
        picker = pickers[0]
        samples["first"].append(timed(lambda: QTest.keyClicks(picker.search, "s")))  # noqa: B023
        picker.search.clear()
        settle()
        for word, lang in WORDS:
            language[0] = lang
            for letter in word:
                samples["letter"].append(timed(lambda ch=letter: QTest.keyClicks(picker.search, ch)))  # noqa: B023
            assert picker.buttons(), word
            picker.search.clear()
            settle()
        shown = [entry.id for entry in catalogue.in_category("feelings")][:48]

        def baseline() -> None:
            grid = QWidget()
            layout = QGridLayout(grid)
            for index, symbol in enumerate(shown):
                button = QPushButton(catalogue.label(symbol, "en"))  # noqa: B023
                button.setIcon(QIcon(painter.pixmap(symbol, 56)))  # noqa: B023
                layout.addWidget(button, index // 6, index % 6)
            grid.resize(1100, 700)
            grid.show()
            pickers.append(grid)  # type: ignore[arg-type]  # noqa: B023

        samples["baseline"].append(timed(baseline))
        for widget in pickers:
            widget.close()
            widget.deleteLater()
        settle()
    app.quit()

    baseline = statistics.median(samples["baseline"])
    results = {}
    print(f"{'case':<10}{'median ms':>11}{'p90 ms':>9}{'target':>9}{'x baseline':>12}  ok")
    for case, values in samples.items():
        median = statistics.median(values)
        p90 = sorted(values)[int(0.9 * (len(values) - 1))]
        target = TARGETS_MS.get(case)
        ok = "" if target is None else ("yes" if median <= target else "NO")
        print(
            f"{case:<10}{median:>11.1f}{p90:>9.1f}{(target or float('nan')):>9.0f}{median / baseline:>12.2f}  {ok}"
        )
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
