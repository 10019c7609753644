"""Measures in the staff export: experience answers (PREMs), recovery council packs and the team's
partnership self-checks.

Three export sources, each through the same consent gate as everything else (services.consent.allowed):

- "prem": one item per answer (skips included), owned by the person who answered and shared with
  their care team only. A ward export is a care-team export for everyone on the ward now, so it has
  their answers with their names; a council export never has them; a one-person export has only
  that person's own.
- "council_pack": one item per pack about the period. A pack is a fact about the ward made to be read
  at the council (PackContents holds no name and no id), so it has no owner and goes to any ward
  export, the council's included. Never in an export about one named person.
- "partnership": one item per self-check made in the period: the ward team's own view of how it works
  with patients, a fact about the ward like a pack.

Besides the items (in the report, the JSON and a CSV per kind), the bundle gets files staff can use:
`prems/prem-results.csv` (one row per question per sitting, the wording as asked) and `.pdf` (charts:
the ward's mean score per month with how many answered under each point, and each person's answers
over time); `council/<period>-council-pack.pdf` and `.pptx` per pack; `partnership/self-check.csv` and
`.pdf`. Ward charts are anonymous: a month with fewer than 3 answers or fewer than 3 people shows
"fewer than 3" and no score, so nobody can be picked out. Per-person charts are drawn only from items
the gate let through, so they appear only for a care team.

Charts are drawn with fpdf2 (no Qt here): always with words and numbers next to the lines, never by
colour alone.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.services.consent import Audience, AudienceKind, ExportItem, allowed
from coprod_desktop.services.council import CouncilService, PackContents, PackInfo
from coprod_desktop.services.export.bundle import BundleFile
from coprod_desktop.services.export.csv_safe import csv_bytes
from coprod_desktop.services.export.sources import Scope, ScopeKind, register
from coprod_desktop.services.export.words import ReportWords
from coprod_desktop.services.partnership import PRACTICES, CheckInfo, PartnershipService
from coprod_desktop.services.prems import SCORES, PremService, TrendPoint
from coprod_desktop.services.share.symbol_images import NoSymbolImages, SymbolImages
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Rating, Sharing
from coprod_desktop.store.models import CouncilPack, Person

if TYPE_CHECKING:  # the report and PDF modules import the sources, which import this module
    from coprod_desktop.services.export.pdf_report import _Report
    from coprod_desktop.services.export.report import ExportReport

PREM_KIND = "prem"
PACK_KIND = "council_pack"
PARTNERSHIP_KIND = "partnership"

PREMS_FOLDER = "prems"
PREM_NAME = "prem-results"
COUNCIL_FOLDER = "council"
PARTNERSHIP_FOLDER = "partnership"
PARTNERSHIP_NAME = "self-check"

RATINGS = (Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD)
PER_CHART = 8
"""Points on one chart; longer periods go on to the next chart, so every label stays readable."""

# --- words ----------------------------------------------------------------------------------------
# The services cannot use Qt's translations; like services.export.words, the few words these files
# need live here, in English and Welsh. Questions and practices are shown as they are stored.

_EN: dict[str, str] = {
    "prem.title": "Experience questions: results",
    "prem.scores": "Scores: Good = 3, Not sure = 2, Not good = 1. Skipped questions are not counted.",
    "prem.ward.heading": "The ward: average score each month",
    "prem.ward.no_names": (
        "No names. Under each month is how many answers there were. Where there were fewer than 3 "
        "answers, or fewer than 3 people answered, the score is not shown and it says “fewer than 3”, "
        "so nobody can be picked out."
    ),
    "prem.ward.none": "Nobody answered the experience questions in this period.",
    "prem.item.none": "No answers to this question in this period.",
    "prem.people.heading": "Each person's answers over time",
    "prem.person.heading": "{name}'s answers over time",
    "prem.people.none": "No answers to show for this period.",
    "prem.person.none": "{name} did not answer the experience questions in this period.",
    "prem.person.note": "For the care team: these answers belong to the person who gave them.",
    "fewer": "fewer than 3",
    "n": "n = {n}",
    "none": "none",
    "skipped": "skipped",
    "answer.good": "Good",
    "answer.not_sure": "Not sure",
    "answer.not_good": "Not good",
    "answer.skipped": "Skipped",
    "yes": "yes",
    "no": "no",
    "partnership.title": "Working in partnership: the team's self-check",
    "partnership.explain": (
        "The team rates each practice: Not yet (0), Starting (1), Mostly (2) or Always (3). A level's "
        "percent is its ratings out of the most they could be; practices not rated are left out."
    ),
    "partnership.none": "The team made no self-checks in this period.",
    "partnership.progress": "Progress over time",
    "partnership.check": "Check on {day}",
    "partnership.level": "{level}: {percent}",
    "partnership.not_rated": "not rated",
    "partnership.practice": "• {rating}: {practice}",
    "rating.0": "Not yet",
    "rating.1": "Starting",
    "rating.2": "Mostly",
    "rating.3": "Always",
    "level.foundation": "Laying the foundation",
    "level.skills": "Identifying and building skills",
    "level.partnership": "Working in partnership",
}

_CY: dict[str, str] = {
    "prem.title": "Cwestiynau profiad: canlyniadau",
    "prem.scores": (
        "Sgoriau: Da = 3, Ddim yn siŵr = 2, Ddim yn dda = 1. Nid yw cwestiynau a hepgorwyd yn cyfrif."
    ),
    "prem.ward.heading": "Y ward: sgôr cyfartalog bob mis",
    "prem.ward.no_names": (
        "Dim enwau. O dan bob mis mae faint o atebion oedd. Lle roedd llai na 3 ateb, neu lai na 3 o "
        "bobl wedi ateb, nid yw'r sgôr yn cael ei dangos ac mae'n dweud “llai na 3”, fel na all neb "
        "gael eu hadnabod."
    ),
    "prem.ward.none": "Ni atebodd neb y cwestiynau profiad yn y cyfnod hwn.",
    "prem.item.none": "Dim atebion i'r cwestiwn hwn yn y cyfnod hwn.",
    "prem.people.heading": "Atebion pob person dros amser",
    "prem.person.heading": "Atebion {name} dros amser",
    "prem.people.none": "Dim atebion i'w dangos ar gyfer y cyfnod hwn.",
    "prem.person.none": "Ni atebodd {name} y cwestiynau profiad yn y cyfnod hwn.",
    "prem.person.note": "I'r tîm gofal: mae'r atebion hyn yn perthyn i'r person a'u rhoddodd.",
    "fewer": "llai na 3",
    "n": "n = {n}",
    "none": "dim",
    "skipped": "hepgor",
    "answer.good": "Da",
    "answer.not_sure": "Ddim yn siŵr",
    "answer.not_good": "Ddim yn dda",
    "answer.skipped": "Wedi'i hepgor",
    "yes": "ie",
    "no": "na",
    "partnership.title": "Gweithio mewn partneriaeth: hunanwiriad y tîm",
    "partnership.explain": (
        "Mae'r tîm yn sgorio pob arfer: Ddim eto (0), Dechrau (1), Gan amlaf (2) neu Bob amser (3). "
        "Canran lefel yw ei sgoriau allan o'r mwyaf y gallen nhw fod; mae arferion heb sgôr yn cael eu "
        "gadael allan."
    ),
    "partnership.none": "Ni wnaeth y tîm unrhyw hunanwiriad yn y cyfnod hwn.",
    "partnership.progress": "Cynnydd dros amser",
    "partnership.check": "Gwiriad ar {day}",
    "partnership.level": "{level}: {percent}",
    "partnership.not_rated": "heb sgôr",
    "partnership.practice": "• {rating}: {practice}",
    "rating.0": "Ddim eto",
    "rating.1": "Dechrau",
    "rating.2": "Gan amlaf",
    "rating.3": "Bob amser",
    "level.foundation": "Gosod y sylfaen",
    "level.skills": "Nodi a meithrin sgiliau",
    "level.partnership": "Gweithio mewn partneriaeth",
}

_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "cy": ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"),
}


class MeasureWords:
    """Words for these files in the report's language (English when a word is missing)."""

    def __init__(self, language: str = "en") -> None:
        self.report = ReportWords(language)
        self.language = self.report.language
        self._words = _CY if self.language == "cy" else _EN

    def __call__(self, key: str, **values: object) -> str:
        words = self._words.get(key, _EN.get(key, key))
        return words.format(**values) if values else words

    def question(self, text: str) -> str:
        """A question as asked: one of our default questions in the report's language."""
        return self.report.app.question(text)

    def answer(self, rating: str | None) -> str:
        return self(f"answer.{rating}") if rating else self("answer.skipped")

    def yes_no(self, value: bool) -> str:
        return self("yes") if value else self("no")

    def day(self, when: date) -> str:
        return self.report.day(when)

    def short_day(self, when: date) -> str:
        return f"{when.day} {_SHORT_MONTHS[self.language][when.month - 1]}"

    def month(self, when: date) -> str:
        return _SHORT_MONTHS[self.language][when.month - 1]

    def level(self, key: str, fallback: str) -> str:
        return self._words.get(f"level.{key}", fallback)

    def rating(self, value: int | None) -> str:
        return self(f"rating.{value}") if value is not None else self("partnership.not_rated")


# --- small helpers ----------------------------------------------------------------------------------


def _local_day(when: datetime) -> date:
    return when.astimezone().date()


def _people(session: Session, ids: set[uuid.UUID]) -> dict[uuid.UUID, Person]:
    if not ids:
        return {}
    return {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(ids)))}


def _ward_of(scope: Scope) -> uuid.UUID | None:
    """Packs and self-checks are about a ward: only a ward export has them."""
    return scope.id if scope.kind is ScopeKind.WARD else None


def is_care_team(audience: Audience) -> bool:
    """Ward staff are the care team of everyone on their ward; the council is not anyone's."""
    return audience.kind in (AudienceKind.PERSON_CARE_TEAM, AudienceKind.WARD_TEAM)


# --- experience answers ------------------------------------------------------------------------------


class PremSource:
    """One item per answer (skips too), owned by the person and shared with their care team only."""

    kind = PREM_KIND

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        prems = PremService(session_factory)
        if scope.kind is ScopeKind.PERSON:
            rows = prems.results_rows(person_id=scope.id, start=start, end=end)
        else:
            rows = prems.results_rows(ward_id=scope.id, start=start, end=end)
        with session_factory() as session:
            people = _people(session, {row.person_id for row in rows})
            for row in rows:
                person = people.get(row.person_id)
                if person is None:
                    continue
                yield ExportItem(
                    kind=self.kind,
                    owner_id=person.id,
                    owner_name=person.called,
                    # The ward the person is on now: someone who moved on is in their new ward's exports.
                    ward_id=person.ward_id,
                    at=row.answered_at,
                    sharing=Sharing.CARE_TEAM,
                    fields={
                        "item_key": row.key,
                        "question": row.text,
                        "version": row.version,
                        "rating": row.rating.value if row.rating is not None else None,
                        "score": row.score,
                        "skipped": "yes" if row.skipped else "no",
                        "response_id": str(row.response_id),
                    },
                    identifying=frozenset({"response_id"}),
                )


PREM_COLUMNS = ("date", "person", "item_key", "question", "version", "answer", "score", "skipped")


def prem_csv(items: Sequence[ExportItem], words: MeasureWords, *, with_person: bool) -> bytes:
    """prems/prem-results.csv: one row per question per sitting, with the wording as it was asked."""
    columns = [c for c in PREM_COLUMNS if with_person or c != "person"]
    rows = []
    for item in items:
        fields = item.fields
        row = {
            "date": _local_day(item.at).isoformat(),
            "person": item.owner_name or "",
            "item_key": fields.get("item_key"),
            "question": words.question(str(fields.get("question") or "")),
            "version": fields.get("version"),
            "answer": words.answer(fields.get("rating")),  # type: ignore[arg-type]
            "score": fields.get("score"),
            "skipped": words.yes_no(fields.get("skipped") == "yes"),
        }
        rows.append([row[c] for c in columns])
    return csv_bytes(columns, rows)


class MonthPoint(NamedTuple):
    month: date
    """The first day of the month (or of the period, for a period starting mid-month)."""
    point: TrendPoint | None
    """None when nobody answered that month."""


@dataclass(frozen=True)
class ItemMonths:
    key: str
    text: str
    months: tuple[MonthPoint, ...]

    @property
    def answered(self) -> bool:
        return any(m.point is not None for m in self.months)


def _month_starts(first: datetime, after: datetime) -> list[tuple[datetime, datetime]]:
    """Calendar months (local time) from `first` to `after`, the first and last cut to the period."""
    periods = []
    at = first
    while at < after:
        day = at.astimezone().date()
        following = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        end = min(datetime.combine(following, time()).astimezone(), after)
        periods.append((at, end))
        at = end
    return periods


def ward_months(
    session_factory: SessionFactory, ward_id: uuid.UUID, first: datetime, after: datetime
) -> list[ItemMonths]:
    """Per question, the ward's trend point for each month of the period (the service hides the mean
    where too few answered). One trend query per month: a five-year export is sixty small queries."""
    prems = PremService(session_factory)
    months = _month_starts(first, after)
    whole = prems.ward_trend(ward_id, first, after, bucket_days=max((after - first).days + 1, 1))
    by_key: dict[str, list[MonthPoint]] = {item.key: [] for item in whole.items}
    for start, end in months:
        trend = prems.ward_trend(ward_id, start, end, bucket_days=32)  # one bucket: the month
        for key, found in by_key.items():
            points = trend.points.get(key, ())
            found.append(MonthPoint(start.astimezone().date(), points[0] if points else None))
    # Months before the first answers and after the last are left off: a year's export of three
    # months of answers shows those three months, not charts of empty months.
    answered = [i for i in range(len(months)) if any(found[i].point is not None for found in by_key.values())]
    first_month, last_month = (answered[0], answered[-1] + 1) if answered else (0, 0)
    return [
        ItemMonths(item.key, item.text, tuple(by_key[item.key][first_month:last_month]))
        for item in whole.items
    ]


# --- charts -----------------------------------------------------------------------------------------


class ChartPoint(NamedTuple):
    labels: tuple[str, ...]
    """Lines under the point: when, then how many (or "fewer than 3")."""
    value: float | None
    """None: nothing plotted here (too few, skipped or nobody answered)."""
    value_words: str = ""
    """Written by the point, so the score is never only a position on the chart."""


PLOT_H = 24.0
AXIS_W = 26.0
SMALL = 7


def _room(pdf: _Report, height: float) -> None:
    from coprod_desktop.services.export.pdf_report import PAGE_BOTTOM, PAGE_TOP

    if pdf.y_pos + height > PAGE_BOTTOM:
        pdf.add_page()
        pdf.y_pos = PAGE_TOP


def _centred(pdf: _Report, text: str, x: float, y: float, size: int = SMALL, bold: bool = False) -> None:
    from coprod_desktop.services.export.pdf_report import FAMILY

    pdf.set_font(FAMILY, "B" if bold else "", size)
    shown = pdf.safe(text)
    pdf.text(x - pdf.width(shown) / 2, y, shown)


def line_chart(
    pdf: _Report,
    title: str,
    points: Sequence[ChartPoint],
    ticks: Sequence[tuple[float, str]],
) -> None:
    """A small line chart: `ticks` are (value, words) for the left axis, lowest first. The line breaks
    where a point has no value; each plotted value is written by its point."""
    from coprod_desktop.services.export.pdf_report import FAMILY, LEFT, WIDTH

    lines = max((len(p.labels) for p in points), default=0)
    below = 3.0 + 3.2 * lines
    pdf.set_font(FAMILY, "B", 11)
    title_h = 5.5 * max(1, len(list(pdf.lines(pdf.safe(title)))))
    _room(pdf, title_h + 4 + PLOT_H + below + 4)
    pdf.write(title, bold=True, gap=1)
    low, high = ticks[0][0], ticks[-1][0]
    top = pdf.y_pos + 4
    bottom = top + PLOT_H
    x0 = LEFT + AXIS_W
    width = WIDTH - AXIS_W

    def y_of(value: float) -> float:
        return bottom - (value - low) / (high - low) * PLOT_H

    pdf.set_line_width(0.2)
    pdf.set_draw_color(200, 200, 200)
    for value, words in ticks:
        y = y_of(value)
        pdf.line(x0, y, x0 + width, y)
        pdf.set_font(FAMILY, "", SMALL)
        shown = pdf.safe(words)
        pdf.text(x0 - 1.5 - pdf.width(shown), y + 1.2, shown)
    pdf.set_draw_color(60, 60, 60)
    pdf.line(x0, top - 2, x0, bottom)
    pdf.line(x0, bottom, x0 + width, bottom)
    step = width / max(len(points), 1)
    xs = [x0 + step * (i + 0.5) for i in range(len(points))]
    pdf.set_line_width(0.6)
    pdf.set_draw_color(20, 20, 20)
    previous: tuple[float, float] | None = None
    for x, point in zip(xs, points, strict=True):
        if point.value is None:
            previous = None
            continue
        here = (x, y_of(point.value))
        if previous is not None:
            pdf.line(*previous, *here)
        previous = here
    pdf.set_fill_color(20, 20, 20)
    for x, point in zip(xs, points, strict=True):
        if point.value is not None:
            y = y_of(point.value)
            pdf.circle(x, y, 0.9, style="F")
            _centred(pdf, point.value_words, x, y - 1.8, bold=True)
        for number, label in enumerate(point.labels):
            _centred(pdf, label, x, bottom + 3.5 + 3.2 * number)
    pdf.set_line_width(0.2)
    pdf.y_pos = bottom + below + 3


def _chunks(points: Sequence[ChartPoint]) -> list[Sequence[ChartPoint]]:
    return [points[i : i + PER_CHART] for i in range(0, len(points), PER_CHART)] or [points]


def _score_ticks(words: MeasureWords) -> list[tuple[float, str]]:
    return [(float(SCORES[r]), f"{words.answer(r.value)} ({SCORES[r]})") for r in reversed(RATINGS)]


def _new_pdf(title: str, report: ExportReport, words: MeasureWords) -> _Report:
    from coprod_desktop.services.export.pdf_report import _Report

    pdf = _Report(words.report)
    pdf.set_title(title)
    pdf.set_creator("My Say")
    pdf.start()
    pdf.write(title, size=20, bold=True, gap=3)
    key = {
        AudienceKind.PERSON_CARE_TEAM: "for_person",
        AudienceKind.WARD_TEAM: "for_ward",
        AudienceKind.COUNCIL: "for_council",
    }[report.audience.kind]
    pdf.write(words.report(key, name=report.scope_name), size=14, bold=True, gap=1)
    pdf.write(words.report("period", start=words.day(report.start), end=words.day(report.end)))
    pdf.write(words.report("made", when=words.report.date_time(report.generated_at)), gap=3)
    return pdf


def _ward_points(item: ItemMonths, words: MeasureWords) -> list[ChartPoint]:
    points = []
    for month, point in item.months:
        when = f"{words.month(month)} {month.year}"
        if point is None:
            points.append(ChartPoint((when, words("n", n=0)), None))
        elif point.too_few or point.mean is None:
            points.append(ChartPoint((when, words("fewer")), None))
        else:
            points.append(ChartPoint((when, words("n", n=point.n)), point.mean, f"{point.mean:.1f}"))
    return points


def _person_charts(pdf: _Report, items: Sequence[ExportItem], words: MeasureWords) -> None:
    """One chart per question the person was asked: each sitting's answer, oldest first."""
    by_key: dict[str, list[ExportItem]] = {}
    for item in sorted(items, key=lambda i: i.at):
        by_key.setdefault(str(item.fields.get("item_key")), []).append(item)
    ticks = _score_ticks(words)
    for answers in by_key.values():
        title = words.question(str(answers[-1].fields.get("question") or ""))
        points = []
        for answer in answers:
            score = answer.fields.get("score")
            day = _local_day(answer.at)
            labels = (words.short_day(day), str(day.year))
            if score is None:
                points.append(ChartPoint((*labels, words("skipped")), None))
            else:
                rating = answer.fields.get("rating")
                points.append(ChartPoint(labels, float(score), words.answer(str(rating))))
        for chunk in _chunks(points):
            line_chart(pdf, title, chunk, ticks)


def prem_pdf(
    report: ExportReport,
    months: Sequence[ItemMonths] | None,
    items: Sequence[ExportItem],
    words: MeasureWords,
) -> bytes:
    """The ward's monthly averages (anonymous, `months`; None when not a ward export), then each
    person's answers over time from the items the gate let through (a care team's export only)."""
    pdf = _new_pdf(words("prem.title"), report, words)
    pdf.write(words("prem.scores"), gap=2)
    ticks = _score_ticks(words)
    if months is not None:
        pdf.y_pos += 2
        pdf.write(words("prem.ward.heading"), size=15, bold=True, gap=1)
        pdf.write(words("prem.ward.no_names"), gap=2)
        if not any(item.answered for item in months):
            pdf.write(words("prem.ward.none"), bold=True, gap=2)
        else:
            for item in months:
                if not item.answered:
                    pdf.write(words.question(item.text), bold=True)
                    pdf.write(words("prem.item.none"), gap=2)
                    continue
                for chunk in _chunks(_ward_points(item, words)):
                    line_chart(pdf, words.question(item.text), chunk, ticks)
    if is_care_team(report.audience):
        by_person: dict[uuid.UUID, list[ExportItem]] = {}
        for item in items:
            if item.owner_id is not None:
                by_person.setdefault(item.owner_id, []).append(item)
        person_export = report.scope.kind is ScopeKind.PERSON
        pdf.y_pos += 4
        _room(pdf, 70)  # the heading stays with its first chart
        if person_export:
            pdf.write(words("prem.person.heading", name=report.scope_name), size=15, bold=True, gap=1)
        else:
            pdf.write(words("prem.people.heading"), size=15, bold=True, gap=1)
        pdf.write(words("prem.person.note"), gap=2)
        if not by_person:
            key = "prem.person.none" if person_export else "prem.people.none"
            pdf.write(words(key, name=report.scope_name), bold=True, gap=2)
        people = sorted(by_person.values(), key=lambda found: (found[0].owner_name or "").casefold())
        for answers in people:
            if not person_export:
                pdf.y_pos += 3
                _room(pdf, 60)
                pdf.write(words("prem.person.heading", name=answers[0].owner_name or ""), size=14, bold=True)
            _person_charts(pdf, answers, words)
    return bytes(pdf.output())


# --- recovery council packs -------------------------------------------------------------------------


def packs_in(
    session_factory: SessionFactory, ward_id: uuid.UUID, start: datetime, end: datetime
) -> list[PackInfo]:
    """The ward's packs about any part of the period (drafts too: staff help put them together),
    oldest period first."""
    query = (
        select(CouncilPack.id)
        .where(
            CouncilPack.ward_id == ward_id,
            CouncilPack.period_start < end,
            CouncilPack.period_end > start,
        )
        .order_by(CouncilPack.period_start, CouncilPack.created_at, CouncilPack.id)
    )
    with session_factory() as session:
        ids = list(session.scalars(query))
    council = CouncilService(session_factory)
    return [pack for pack in (council.get(pack_id) for pack_id in ids) if pack is not None]


def _last_day(end: datetime) -> date:
    """A period ending at midnight ends on the day before, as people say it."""
    return (end - timedelta(microseconds=1)).date()


def pack_item(pack: PackInfo) -> ExportItem:
    """A pack as an export item: a fact about the ward, made for the council, with no owner."""
    return ExportItem(
        kind=PACK_KIND,
        owner_id=None,
        owner_name=None,
        ward_id=pack.ward_id,
        at=pack.made_at,
        sharing=Sharing.CARE_TEAM,
        fields={
            "period_from": pack.start.date().isoformat(),
            "period_to": _last_day(pack.end).isoformat(),
            "pack_status": pack.status.value,
            "themes": len(pack.topics),
            "statuses_chosen": len(pack.statuses),
            "quotes": len(pack.quotes),
            "points": sum(1 for p in pack.points if not p.is_empty),
            "answers": len(pack.answers),
            "taken_on": _local_day(pack.taken_at).isoformat() if pack.taken_at else None,
        },
    )


class CouncilPackSource:
    kind = PACK_KIND

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        ward_id = _ward_of(scope)
        if ward_id is None:
            return
        for pack in packs_in(session_factory, ward_id, start, end):
            yield pack_item(pack)


def pack_stem(pack: PackInfo) -> str:
    return f"{pack.start.date().isoformat()}-to-{_last_day(pack.end).isoformat()}-council-pack"


def _symbol_label() -> Callable[[str, str], str] | None:
    """The symbols' words for the pack (the catalogue is Qt-free); none if it cannot be read."""
    try:
        from coprod_desktop.symbols.catalogue import SymbolCatalogue

        return SymbolCatalogue.load().label
    except (OSError, ValueError, KeyError):
        return None


def council_files(
    session_factory: SessionFactory,
    report: ExportReport,
    packs: Sequence[PackInfo],
    images: SymbolImages,
) -> list[BundleFile]:
    """A PDF and a PowerPoint file per pack, drawn by share.council_pack from PackContents (no names,
    small counts as "fewer than 3"). python-pptx is loaded only when a pack is written."""
    made = report.generated_at
    council = CouncilService(session_factory, lambda: made)
    contents: dict[uuid.UUID, PackContents] = {}
    label: list[Callable[[str, str], str] | None] = []

    def draw(pack: PackInfo, suffix: str) -> bytes:
        from coprod_desktop.services.share.council_pack import PackWords, pdf_bytes, pptx_bytes

        if pack.id not in contents:
            contents[pack.id] = council.pack_contents(pack.id, report.language)
        if not label:
            label.append(_symbol_label())
        words = PackWords(report.language, label[0])
        maker = pdf_bytes if suffix == "pdf" else pptx_bytes
        return maker(contents[pack.id], words, images)

    files: list[BundleFile] = []
    used: set[str] = set()
    for pack in packs:
        stem, number = pack_stem(pack), 2
        while stem in used:
            stem, number = f"{pack_stem(pack)}-{number}", number + 1
        used.add(stem)
        for suffix in ("pdf", "pptx"):
            files.append(
                BundleFile(f"{COUNCIL_FOLDER}/{stem}.{suffix}", lambda _t, p=pack, s=suffix: draw(p, s))
            )
    return files


# --- partnership self-checks ------------------------------------------------------------------------


def checks_in(
    session_factory: SessionFactory, ward_id: uuid.UUID, start: datetime, end: datetime
) -> list[CheckInfo]:
    """The ward's self-checks made in the period, oldest first."""
    return [
        check
        for check in reversed(PartnershipService(session_factory).checks(ward_id))
        if start <= check.checked_at < end
    ]


def check_item(check: CheckInfo) -> ExportItem:
    """A self-check as an export item: the ward team's own view, with no owner."""
    percents = check.percents()
    return ExportItem(
        kind=PARTNERSHIP_KIND,
        owner_id=None,
        owner_name=None,
        ward_id=check.ward_id,
        at=check.checked_at,
        sharing=Sharing.CARE_TEAM,
        fields={
            "rated": len(check.ratings),
            **{f"level_{level.key}": percents[level.key] for level in PRACTICES},
        },
    )


class PartnershipSource:
    kind = PARTNERSHIP_KIND

    def collect(
        self, session_factory: SessionFactory, scope: Scope, start: datetime, end: datetime
    ) -> Iterator[ExportItem]:
        ward_id = _ward_of(scope)
        if ward_id is None:
            return
        for check in checks_in(session_factory, ward_id, start, end):
            yield check_item(check)


def partnership_columns() -> list[str]:
    return [
        "checked_on",
        *(f"{level.key}_percent" for level in PRACTICES),
        *(f"{level.key}: {practice.key}" for level in PRACTICES for practice in level.practices),
    ]


def partnership_csv(checks: Sequence[CheckInfo], words: MeasureWords) -> bytes:
    """partnership/self-check.csv: one row per check, each practice's rating in words."""
    rows = []
    for check in checks:
        percents = check.percents()
        rows.append(
            [
                _local_day(check.checked_at).isoformat(),
                *(percents[level.key] for level in PRACTICES),
                *(
                    words.rating(check.ratings[p.key]) if p.key in check.ratings else ""
                    for level in PRACTICES
                    for p in level.practices
                ),
            ]
        )
    return csv_bytes(partnership_columns(), rows)


def _percent(value: int | None, words: MeasureWords) -> str:
    return f"{value}%" if value is not None else words("partnership.not_rated")


def _bars(pdf: _Report, check: CheckInfo, words: MeasureWords) -> None:
    """Each level as a bar with its name and percent written by it (never the bar alone)."""
    from coprod_desktop.services.export.pdf_report import FAMILY, LEFT, WIDTH

    percents = check.percents()
    label_w, bar_w, height = 62.0, WIDTH - 62.0 - 16.0, 5.0
    _room(pdf, len(PRACTICES) * (height + 2) + 4)
    for level in PRACTICES:
        top = pdf.y_pos + 1
        pdf.set_font(FAMILY, "", 9)
        name = pdf.safe(words.level(level.key, level.title))
        pdf.text(LEFT, top + 3.8, name)
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.2)
        pdf.rect(LEFT + label_w, top, bar_w, height)
        value = percents[level.key]
        if value:
            pdf.set_fill_color(70, 70, 70)
            pdf.rect(LEFT + label_w, top, bar_w * value / 100, height, style="F")
        pdf.set_font(FAMILY, "B", 9)
        pdf.text(LEFT + label_w + bar_w + 2, top + 3.8, pdf.safe(_percent(value, words)))
        pdf.y_pos = top + height + 1
    pdf.y_pos += 2


def partnership_pdf(report: ExportReport, checks: Sequence[CheckInfo], words: MeasureWords) -> bytes:
    """Progress per level over the checks, then each check: its bars and every practice in words."""
    pdf = _new_pdf(words("partnership.title"), report, words)
    pdf.write(words("partnership.explain"), gap=3)
    if not checks:
        pdf.write(words("partnership.none"), bold=True)
        return bytes(pdf.output())
    if len(checks) > 1:
        pdf.write(words("partnership.progress"), size=15, bold=True, gap=1)
        ticks = [(0.0, "0%"), (50.0, "50%"), (100.0, "100%")]
        for level in PRACTICES:
            points = []
            for check in checks:
                value = check.percents()[level.key]
                day = _local_day(check.checked_at)
                labels = (words.short_day(day), str(day.year))
                if value is None:
                    points.append(ChartPoint((*labels, words("partnership.not_rated")), None))
                else:
                    points.append(ChartPoint(labels, float(value), _percent(value, words)))
            for chunk in _chunks(points):
                line_chart(pdf, words.level(level.key, level.title), chunk, ticks)
    for check in checks:
        pdf.y_pos += 3
        _room(pdf, 40)
        day = words.day(_local_day(check.checked_at))
        pdf.write(words("partnership.check", day=day), size=15, bold=True, gap=1)
        _bars(pdf, check, words)
        for level in PRACTICES:
            percent = _percent(check.percents()[level.key], words)
            name = words.level(level.key, level.title)
            pdf.write(words("partnership.level", level=name, percent=percent), bold=True)
            for practice in level.practices:
                rating = check.ratings.get(practice.key)
                pdf.write(words("partnership.practice", practice=practice.text, rating=words.rating(rating)))
            pdf.y_pos += 1.5
    return bytes(pdf.output())


# --- the bundle's files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasuresFiles:
    files: list[BundleFile]
    council_packs: int
    """Packs written (each as a PDF and a PowerPoint file)."""
    partnership_checks: int


def measures_files(
    session_factory: SessionFactory,
    report: ExportReport,
    start: datetime,
    end: datetime,
    *,
    symbol_images: SymbolImages | None = None,
) -> MeasuresFiles:
    """The PREM, council pack and self-check files for the kinds in the report, through the consent
    gate. Data is read now (so the counts are known); PDFs are drawn when the bundle writes them."""
    words = MeasureWords(report.language)
    files: list[BundleFile] = []
    ward_id = _ward_of(report.scope)
    audience = report.audience
    packs: list[PackInfo] = []
    checks: list[CheckInfo] = []
    if PREM_KIND in report.sections:
        items = report.sections[PREM_KIND]
        months = ward_months(session_factory, ward_id, start, end) if ward_id is not None else None
        if is_care_team(audience):  # a council export never has anyone's answers, only the charts
            files.append(
                BundleFile(
                    f"{PREMS_FOLDER}/{PREM_NAME}.csv",
                    lambda _tick: prem_csv(items, words, with_person=True),
                )
            )
        pdf_name = f"{PREMS_FOLDER}/{PREM_NAME}.pdf"
        files.append(BundleFile(pdf_name, lambda _tick: prem_pdf(report, months, items, words)))
    if ward_id is not None and PACK_KIND in report.sections:
        packs = [p for p in packs_in(session_factory, ward_id, start, end) if allowed(pack_item(p), audience)]
        files.extend(council_files(session_factory, report, packs, symbol_images or NoSymbolImages()))
    if ward_id is not None and PARTNERSHIP_KIND in report.sections:
        made = checks_in(session_factory, ward_id, start, end)
        checks = [c for c in made if allowed(check_item(c), audience)]
        name = f"{PARTNERSHIP_FOLDER}/{PARTNERSHIP_NAME}"
        files.append(BundleFile(f"{name}.csv", lambda _tick: partnership_csv(checks, words)))
        files.append(BundleFile(f"{name}.pdf", lambda _tick: partnership_pdf(report, checks, words)))
    return MeasuresFiles(files, len(packs), len(checks))


for _source in (PremSource(), CouncilPackSource(), PartnershipSource()):
    register(_source)
