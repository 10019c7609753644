"""Charts for experience questions and the partnership self-check, built with QtCharts.

Plain functions from the services' data to a QChart, so the staff screens, the screenshot script
and benchmarks/prem_chart.py all draw the same thing. Every chart is also given in words beside it
(the screens build a table), so nobody depends on the picture. Lines differ by dash pattern and bars
by fill pattern as well as colour, so no line is told apart by colour alone. Fonts are big.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from coprod_desktop.services.partnership import ProgressPoint
from coprod_desktop.services.prems import HistoryPoint, ItemInfo, TrendPoint, WardTrend
from coprod_desktop.ui.prem_words import item_words

TITLE_POINTS = 18
LABEL_POINTS = 14
DEFAULT_SIZE = (1000, 560)
MAX_BAR_CHECKS = 8
"""The partnership chart shows the last few checks; the words list beside it holds every one."""

LINE_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
FILL_STYLES = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.CrossPattern)
# Strong colours, each at least 4.5:1 against white.
COLOURS = ("#005EB8", "#B00020", "#1E7B34", "#6A1B9A", "#8A4B00", "#00606B", "#3D3D3D", "#A3006B")


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _msecs(at: datetime) -> int:
    return int(at.timestamp() * 1000)


def _qdt(at: datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(_msecs(at))


def _new_chart(title: str) -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTitle(title)
    chart.setTitleFont(_font(TITLE_POINTS, bold=True))
    chart.setMargins(QMargins(8, 8, 8, 8))
    legend = chart.legend()
    legend.setFont(_font(LABEL_POINTS))
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setShowToolTips(True)
    return chart


def _score_axis() -> QCategoryAxis:
    """Scores 1 to 3 named with the faces' words, not numbers."""
    from coprod_desktop.store.kinds import Rating
    from coprod_desktop.ui.widgets.rating_scale import rating_words

    axis = QCategoryAxis()
    axis.setRange(0.8, 3.2)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    for value, rating in ((1, Rating.NOT_GOOD), (2, Rating.NOT_SURE), (3, Rating.GOOD)):
        axis.append(rating_words(rating), value)
    axis.setLabelsFont(_font(LABEL_POINTS))
    axis.setGridLineVisible(True)
    return axis


def _time_axis(start: datetime, end: datetime) -> QDateTimeAxis:
    if end - start < timedelta(days=2):  # one sitting only: give the point room
        start, end = start - timedelta(days=7), end + timedelta(days=7)
    axis = QDateTimeAxis()
    axis.setFormat("d MMM yyyy" if end - start < timedelta(days=400) else "MMM yyyy")
    axis.setRange(_qdt(start), _qdt(end))
    axis.setTickCount(5)
    axis.setLabelsFont(_font(LABEL_POINTS))
    return axis


def _line(name: str, index: int) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(QColor(COLOURS[index % len(COLOURS)]))
    pen.setWidth(4)
    pen.setStyle(LINE_STYLES[index % len(LINE_STYLES)])
    series.setPen(pen)
    series.setPointsVisible(True)
    series.setMarkerSize(9)
    return series


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# --- a person's answers over time ------------------------------------------------------------
def history_chart(
    history: Mapping[str, Sequence[HistoryPoint]],
    items: Sequence[ItemInfo],
    title: str | None = None,
    words: Callable[[ItemInfo], str] = item_words,
) -> QChart:
    """One line per question: the person's score (not good 1, not sure 2, good 3) each time."""
    chart = _new_chart(
        title if title is not None else QCoreApplication.translate("PremCharts", "Answers over time")
    )
    moments = [point.answered_at for points in history.values() for point in points]
    if not moments:
        return chart
    x_axis = _time_axis(min(moments), max(moments))
    y_axis = _score_axis()
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    shown = [item for item in items if history.get(item.key)]
    for index, item in enumerate(shown):
        series = _line(_short(words(item)), index)
        for point in history[item.key]:
            series.append(_msecs(point.answered_at), point.score)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    return chart


# --- the ward's trend per question (no names) -----------------------------------------------
def count_words(point: TrendPoint) -> str:
    """The number of answers fit to show without names."""
    shown = point.shown_n
    if shown is None:
        return QCoreApplication.translate("PremCharts", "fewer than 3")
    return QCoreApplication.translate("PremCharts", "n={n}").format(n=shown)


def ward_trend_chart(
    trend: WardTrend,
    title: str | None = None,
    words: Callable[[ItemInfo], str] = item_words,
    point_labels: bool = True,
) -> QChart:
    """One line per question: the mean score per period, labelled with the number of answers.
    Periods with too few answers (or people) are left out of the lines; the words table says so."""
    chart = _new_chart(title if title is not None else QCoreApplication.translate("PremCharts", "Ward trend"))
    x_axis = _time_axis(trend.start, trend.end)
    y_axis = _score_axis()
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    index = 0
    for item in trend.items:
        points = [p for p in trend.points.get(item.key, ()) if p.mean is not None]
        if not points:
            continue
        series = _line(_short(words(item)), index)
        index += 1
        for point in points:
            middle = point.start + timedelta(days=trend.bucket_days / 2)
            series.append(_msecs(min(middle, trend.end)), point.mean)
        if point_labels and len(points) <= 24:
            series.setPointLabelsFont(_font(LABEL_POINTS - 2))
            series.setPointLabelsClipping(False)
            for at, point in enumerate(points):
                series.setPointConfiguration(
                    at,
                    {
                        QXYSeries.PointConfiguration.LabelVisibility: True,
                        QXYSeries.PointConfiguration.LabelFormat: count_words(point) + "\n",
                    },
                )
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
    return chart


def trend_has_line(trend: WardTrend) -> bool:
    """False when every period had too few answers to show without names."""
    return any(p.mean is not None for points in trend.points.values() for p in points)


# --- working in partnership ------------------------------------------------------------------
def partnership_chart(
    progress: Sequence[ProgressPoint],
    levels: Sequence[tuple[str, str]],
    day_words: Callable[[datetime], str],
    title: str | None = None,
) -> QChart:
    """Bars per check (the last few), one per level: percent of "always" across its practices."""
    chart = _new_chart(title if title is not None else QCoreApplication.translate("PremCharts", "Progress"))
    shown = list(progress)[-MAX_BAR_CHECKS:]
    if not shown:
        return chart
    series = QBarSeries()
    for index, (key, words) in enumerate(levels):
        bars = QBarSet(_short(words, 34))
        colour = QColor(COLOURS[index % len(COLOURS)])
        bars.setColor(colour)
        bars.setBorderColor(QColor("#1B1B1B"))
        bars.setBrush(QBrush(colour, FILL_STYLES[index % len(FILL_STYLES)]))
        bars.setLabelColor(QColor("#1B1B1B"))
        bars.setLabelFont(_font(LABEL_POINTS - 2, bold=True))
        for point in shown:
            value = point.percents.get(key)
            bars.append(float(value) if value is not None else 0.0)
        series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value%")
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append(_unique([day_words(point.checked_at) for point in shown]))
    x_axis.setLabelsFont(_font(LABEL_POINTS))
    y_axis = QValueAxis()
    y_axis.setRange(0, 110)
    y_axis.setTickCount(12)
    y_axis.setLabelFormat("%d%%")
    y_axis.setLabelsFont(_font(LABEL_POINTS))
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setTickAnchor(0)
    y_axis.setTickInterval(25)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    return chart


def _unique(labels: list[str]) -> list[str]:
    """Category names must differ: two checks on one day become "22 Nov", "22 Nov (2)"."""
    seen: dict[str, int] = {}
    result = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        result.append(label if seen[label] == 1 else f"{label} ({seen[label]})")
    return result


# --- drawing without a window ------------------------------------------------------------------
def render_chart(chart: QChart, width: int = DEFAULT_SIZE[0], height: int = DEFAULT_SIZE[1]) -> QImage:
    """Draws a chart into an image (for the screenshot script and benchmarks); the chart is left
    outside any scene afterwards, so it can be shown or deleted."""
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter)
    painter.end()
    scene.removeItem(chart)
    return image


def colour_count(image: QImage, step: int = 7, enough: int = 4) -> int:
    """How many different colours a sample of the image holds (up to `enough`): a blank chart has 1."""
    seen: set[int] = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
            if len(seen) >= enough:
                return len(seen)
    return len(seen)
