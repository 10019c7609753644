"""A ward's experience-question chart over five years: the query, the chart and drawing it.

Target: at most 200 ms for one ward over five years of data for 20 wards (benchmarks/five_years.py),
measured from asking PremService.ward_trend to a QChart with a line per question drawn into a QImage.
Baseline in the same run: the same for the last month, so the ratio shows what five years cost.
The query is one GROUP BY in the database, so its cost follows the number of periods, not answers.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QValueAxis  # noqa: E402
from PySide6.QtCore import QDateTime, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene  # noqa: E402

from benchmarks.five_years import END, generate  # noqa: E402
from coprod_desktop.paths import DataPaths  # noqa: E402
from coprod_desktop.services.prems import PremService, WardTrend  # noqa: E402
from coprod_desktop.store.engine import open_store  # noqa: E402
from coprod_desktop.store.migrate import upgrade_to_head  # noqa: E402

TARGET_S = 0.200
RUNS = 15
SIZE = (1200, 700)
BUCKET_DAYS = 30


def _msecs(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def build_chart(trend: WardTrend) -> QChart:
    """One line per question, mean score 1 to 3 over time; periods with too few answers left out."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTitle("Experience questions")
    x_axis = QDateTimeAxis()
    x_axis.setFormat("MMM yyyy")
    x_axis.setRange(
        QDateTime.fromMSecsSinceEpoch(_msecs(trend.start)), QDateTime.fromMSecsSinceEpoch(_msecs(trend.end))
    )
    y_axis = QValueAxis()
    y_axis.setRange(1, 3)
    y_axis.setTickCount(3)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for item in trend.items:
        series = QLineSeries()
        series.setName(item.text)
        series.setPointsVisible(True)
        for point in trend.points.get(item.key, ()):
            if point.mean is not None:
                series.append(_msecs(point.start), point.mean)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    return chart


def render(chart: QChart) -> QImage:
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, *SIZE))
    image = QImage(*SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter)
    painter.end()
    scene.removeItem(chart)
    return image


def timed(prems: PremService, ward_id, start: datetime, end: datetime) -> tuple[float, float, int]:  # type: ignore[no-untyped-def]
    """(query seconds, total seconds, points drawn) for one chart from scratch."""
    began = time.perf_counter()
    trend = prems.ward_trend(ward_id, start, end, bucket_days=BUCKET_DAYS)
    queried = time.perf_counter()
    chart = build_chart(trend)
    image = render(chart)
    done = time.perf_counter()
    assert not image.isNull()
    chart.deleteLater()
    return queried - began, done - began, sum(len(p) for p in trend.points.values())


def main() -> int:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        store = open_store(paths.sqlite_url())
        upgrade_to_head(store, paths.backups)
        made = generate(store.session_factory)
        print(
            f"generated {made.answers:,} PREM answers, {made.views:,} SAY views, {made.actions:,} actions "
            f"for {len(made.ward_ids)} wards in {made.seconds:.1f} s"
        )
        prems = PremService(store.session_factory)
        ward_id = made.ward_ids[len(made.ward_ids) // 2]
        cases = {
            "five_years": (made.start, END),
            "one_month": (END - timedelta(days=BUCKET_DAYS), END),
        }
        timed(prems, ward_id, *cases["one_month"])  # first use loads fonts: not counted
        app.processEvents()
        results: dict[str, object] = {}
        for name, (start, end) in cases.items():
            runs = [timed(prems, ward_id, start, end) for _ in range(RUNS)]
            app.processEvents()
            results[f"{name}_query_s"] = round(statistics.median(r[0] for r in runs), 4)
            results[f"{name}_s"] = round(statistics.median(r[1] for r in runs), 4)
            results[f"{name}_points"] = runs[0][2]
        store.dispose()

    big, small = float(results["five_years_s"]), float(results["one_month_s"])  # type: ignore[arg-type]
    results["ratio"] = round(big / small, 2)
    results["met"] = big <= TARGET_S
    results["target_s"] = TARGET_S
    results["answers_in_store"] = made.answers
    query_ms = float(results["five_years_query_s"]) * 1000  # type: ignore[arg-type]
    print(
        f"{'ward chart, five years':<28}{big * 1000:8.1f} ms   (query {query_ms:.1f} ms,"
        f" {results['five_years_points']} points; target <= {TARGET_S * 1000:.0f} ms)"
    )
    print(f"{'ward chart, one month':<28}{small * 1000:8.1f} ms   ratio {big / small:.2f}x")
    out = ROOT / "benchmarks" / "results" / "prem_chart.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
