"""Measures in the staff export, through the real store, services, consent gate and writers: PREM
answers over months (CSV rows match the service, the wording as asked, charts with "fewer than 3"),
a recovery council pack (PDF and PowerPoint, no patient named), two partnership self-checks, what a
council and a one-person export may hold, and the command line's counts.

The numbers here are worked out by hand from what each test adds, so the tests use a ward of their
own (with the demo's names) next to the seeded demo ward, whose own measures must never show."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pptx import Presentation
from pypdf import PdfReader

from coprod_desktop import export_cli
from coprod_desktop.paths import PROJECT_ROOT
from coprod_desktop.services.council import CouncilService
from coprod_desktop.services.demo import DEMO_PEOPLE, seed_demo_ward
from coprod_desktop.services.export.measures_files import (
    PACK_KIND,
    PARTNERSHIP_KIND,
    PREM_KIND,
    partnership_columns,
)
from coprod_desktop.services.export.runner import ExportResult, day_range, export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.partnership import PartnershipService, level_percents
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.prems import ITEM_SAFE, ItemDraft, PremService
from coprod_desktop.services.say_groups import SayGroupService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Rating, Role
from tests.conftest import FixedClock

GOOD, NOT_SURE, NOT_GOOD = Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD
MEASURES = [PREM_KIND, PACK_KIND, PARTNERSHIP_KIND]
START, END = date(2026, 6, 1), date(2026, 12, 31)
PATIENTS = [p.called for p in DEMO_PEOPLE if p.role is Role.PATIENT]
WARD_NAME = "Birch Ward"
"""The tests' own ward: the demo ward's measures are seeded too and are not counted by hand here."""
SAFE_AGAIN = "I feel safe on this ward, day and night."
"""The safety question reworded in October: answers before keep the old words."""


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


@pytest.fixture
def ward(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    """A ward of the tests' own with the demo's people, and last week a small SAY group (two views,
    so the pack says only "a few people"); the demo ward, with its own measures, is seeded beside it."""
    assert seed_demo_ward(store.session_factory, clock) is not None
    own = WardService(store.session_factory, clock).add(WARD_NAME)
    people = PeopleService(store.session_factory, clock)
    added = {
        p.called: people.add(
            p.called, ward_id=own.id, role=p.role, is_ward_rep=p.ward_rep, picture_symbol=p.picture
        )
        for p in DEMO_PEOPLE
    }
    groups = SayGroupService(store.session_factory, lambda: at(11, 15))
    held = groups.start(own.id, added["Jo"].id)
    for name, rating in (("Priya", GOOD), ("Lee", NOT_GOOD)):
        view = groups.start_view(held.topics[0].id, added[name].id)
        groups.update_view(view.id, rating=rating)
    groups.end(held.id, added["Jo"].id)
    return own


@pytest.fixture
def people(store: Store, ward) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}


@pytest.fixture
def measured(store: Store, clock: FixedClock, ward, people) -> None:  # type: ignore[no-untyped-def]
    """July and August: four people answer; September: only two (fewer than 3); October, after the
    safety question was reworded: three people, one skipping it. Then a council pack for November
    with the rep's point naming a patient, and two self-checks."""
    prems = PremService(store.session_factory, clock)
    now = clock.now

    def sit(name: str, when: datetime, ratings: dict[str, Rating | None]) -> None:
        clock.now = when
        response = prems.start(people[name].id)  # type: ignore[attr-defined]
        keys = {item.key: item.id for item in response.item_set.items}
        for key, rating in ratings.items():
            prems.answer(response.id, keys[key], rating)
        prems.finish(response.id)

    for month in (7, 8):
        sit("Sam", at(month, 3), {"safe": GOOD, "listened": NOT_SURE})
        sit("Priya", at(month, 4), {"safe": NOT_GOOD, "listened": GOOD})
        sit("Lee", at(month, 5), {"safe": GOOD, "listened": GOOD})
        sit("Aisha", at(month, 6), {"safe": NOT_SURE, "listened": NOT_GOOD})
    sit("Sam", at(9, 2), {"safe": GOOD, "listened": GOOD})
    sit("Priya", at(9, 9), {"safe": NOT_SURE, "listened": GOOD})
    clock.now = at(10, 1)
    drafts = prems.items(ward.id).drafts()
    drafts[0] = ItemDraft(SAFE_AGAIN, drafts[0].symbol_id, "safe")
    prems.set_items(ward.id, drafts, people["Jo"].id)  # type: ignore[attr-defined]
    sit("Sam", at(10, 3), {"safe": GOOD, "listened": GOOD})
    sit("Lee", at(10, 4), {"safe": None, "listened": NOT_SURE})
    sit("Aisha", at(10, 5), {"safe": GOOD, "listened": GOOD})

    clock.now = now
    council = CouncilService(store.session_factory, clock)
    pack = council.start_pack(ward.id, people["Sam"].id, at(11, 1, 0), at(12, 1, 0))  # type: ignore[attr-defined]
    council.add_point(pack.id, "Priya and Lee say the garden should open earlier.")
    council.mark_taken(pack.id, people["Sam"].id)  # type: ignore[attr-defined]

    checks = PartnershipService(store.session_factory, clock)
    clock.now = at(8, 10)
    checks.record(ward.id, {"welcome": 1, "easy-read": 0, "decide": 0}, people["Jo"].id)  # type: ignore[attr-defined]
    clock.now = at(11, 10)
    checks.record(ward.id, {"welcome": 3, "easy-read": 2, "decide": 1, "roles": 2}, people["Jo"].id)  # type: ignore[attr-defined]
    clock.now = now


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def run(store: Store, clock: FixedClock, scope: Scope, out: Path, **options: object) -> ExportResult:
    kinds = options.pop("kinds", MEASURES)
    return export(store.session_factory, scope, START, END, kinds, out, None, clock=clock, **options)  # type: ignore[arg-type]


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def pptx_text(path: Path) -> str:
    deck = Presentation(str(path))
    parts = []
    for slide in deck.slides:
        parts.extend(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        parts.append(slide.notes_slide.notes_text_frame.text)
    with zipfile.ZipFile(path) as archive:
        parts.extend(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    return "\n".join(parts)


def text_of(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path)
    if path.suffix == ".pptx":
        return pptx_text(path)
    return path.read_text(encoding="utf-8-sig")


def names_in(text: str) -> set[str]:
    return {name for name in PATIENTS if re.search(rf"\b{name}\b", text)}


def flat(text: str) -> str:
    """PDF text with its line breaks as spaces, so a wrapped sentence can be found whole."""
    return " ".join(text.split())


@pytest.mark.usefixtures("measured")
def test_the_ward_bundle_has_the_prem_results_as_the_service_gives_them(
    store: Store, clock: FixedClock, ward, people, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out)

    first, after = day_range(START, END)
    service_rows = PremService(store.session_factory).results_rows(ward_id=ward.id, start=first, end=after)
    assert result.counts[PREM_KIND] == len(service_rows) == 26
    rows = read_csv(result.path / "prems" / "prem-results.csv")
    called = {p.id: name for name, p in people.items()}  # type: ignore[attr-defined]
    assert [
        (r["date"], r["person"], r["item_key"], r["question"], r["version"], r["score"], r["skipped"])
        for r in rows
    ] == [
        (
            s.answered_at.astimezone().date().isoformat(),
            called[s.person_id],
            s.key,
            s.text,
            str(s.version),
            "" if s.score is None else str(s.score),
            "yes" if s.skipped else "no",
        )
        for s in service_rows
    ]
    safe = {(r["date"], r["question"], r["version"]) for r in rows if r["item_key"] == "safe"}
    assert ("2026-07-03", ITEM_SAFE, "1") in safe  # the words it was asked in
    assert ("2026-10-03", SAFE_AGAIN, "2") in safe
    lee = next(
        r for r in rows if r["person"] == "Lee" and r["date"] == "2026-10-04" and r["item_key"] == "safe"
    )
    assert (lee["answer"], lee["score"], lee["skipped"]) == ("Skipped", "", "yes")
    assert {r["answer"] for r in rows} == {"Good", "Not sure", "Not good", "Skipped"}

    text = flat(pdf_text(result.path / "prems" / "prem-results.pdf"))
    assert SAFE_AGAIN in text and "Staff listen to me." in text  # each question's wording
    assert "fewer than 3" in text  # September: two people
    assert "n = 4" in text  # July and August: four answers each
    assert "Jul 2026" in text and "Jun 2026" not in text  # the period starts in June; answers in July
    assert "Sam's answers over time" in text and "Priya's answers over time" in text  # the care team
    assert names_in(text) >= {"Sam", "Priya", "Lee", "Aisha"}
    assert "Dafydd's answers" not in text  # he answered nothing


@pytest.mark.usefixtures("measured")
def test_council_pack_and_partnership_files_in_the_ward_bundle(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out)

    assert result.counts[PACK_KIND] == result.council_packs == 1
    council = result.path / "council"
    assert sorted(p.name for p in council.iterdir()) == [
        "2026-11-01-to-2026-11-30-council-pack.pdf",
        "2026-11-01-to-2026-11-30-council-pack.pptx",
    ]
    for path in council.iterdir():
        text = text_of(path)
        assert names_in(text) == set(), path.name
        assert "someone and someone say the garden should open earlier" in flat(text), path.name
    pack = flat(pdf_text(council / "2026-11-01-to-2026-11-30-council-pack.pdf"))
    assert "Recovery council pack" in pack and f"From {WARD_NAME}" in pack
    # The small SAY group (two people): no numbers at all, only that a few people talked about it.
    assert "A few people talked about this" in pack and "Good:" not in pack

    checks = list(reversed(PartnershipService(store.session_factory).checks(ward.id)))
    assert result.counts[PARTNERSHIP_KIND] == len(checks) == 2
    rows = read_csv(result.path / "partnership" / "self-check.csv")
    assert list(rows[0]) == partnership_columns()
    assert [r["checked_on"] for r in rows] == ["2026-08-10", "2026-11-10"]
    for row, check in zip(rows, checks, strict=True):
        percents = level_percents(check.ratings)
        assert row["foundation_percent"] == str(percents["foundation"])
        assert row["partnership_percent"] == str(percents["partnership"])
    assert rows[1]["foundation: welcome"] == "Always" and rows[1]["foundation: easy-read"] == "Mostly"
    assert rows[0]["skills: roles"] == "" and rows[1]["skills: roles"] == "Mostly"
    assert rows[0]["skills_percent"] == ""  # nothing rated at that level yet
    text = flat(pdf_text(result.path / "partnership" / "self-check.pdf"))
    assert "Check on 10 August 2026" in text and "Check on 10 November 2026" in text
    assert "Laying the foundation: 83%" in text and "Progress over time" in text
    assert "Always: We tell each person how they can have a say, in a way they understand." in text
    assert "not rated" in text


@pytest.mark.usefixtures("measured")
def test_a_council_export_has_the_charts_without_anyones_answers_or_names(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out, council=True)

    assert result.counts == {PREM_KIND: 0, PACK_KIND: 1, PARTNERSHIP_KIND: 2}
    assert not (result.path / "prems" / "prem-results.csv").exists()  # answers are the care team's
    chart = flat(pdf_text(result.path / "prems" / "prem-results.pdf"))
    assert "fewer than 3" in chart and "Staff listen to me." in chart
    assert "answers over time" not in chart
    everything = "\n".join(text_of(p) for p in result.path.rglob("*") if p.is_file())
    assert names_in(everything) == set()


@pytest.mark.usefixtures("measured")
def test_a_one_person_export_has_only_their_own_answers(
    store: Store, clock: FixedClock, ward, people, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.person(people["Priya"].id), out)  # type: ignore[attr-defined]

    assert result.counts == {PREM_KIND: 6, PACK_KIND: 0, PARTNERSHIP_KIND: 0}
    rows = read_csv(result.path / "prems" / "prem-results.csv")
    assert len(rows) == 6 and {r["person"] for r in rows} == {"Priya"}
    text = flat(pdf_text(result.path / "prems" / "prem-results.pdf"))
    assert "Priya's answers over time" in text
    assert names_in(text) == {"Priya"}
    assert "average score each month" not in text  # no ward chart in one person's export
    assert not (result.path / "council").exists() and not (result.path / "partnership").exists()


def test_with_nothing_measured_the_files_say_so_kindly(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out)

    assert result.counts == {PREM_KIND: 0, PACK_KIND: 0, PARTNERSHIP_KIND: 0}
    assert read_csv(result.path / "prems" / "prem-results.csv") == []
    prems = flat(pdf_text(result.path / "prems" / "prem-results.pdf"))
    assert "Nobody answered the experience questions in this period." in prems
    assert "The team made no self-checks in this period." in pdf_text(
        result.path / "partnership" / "self-check.pdf"
    )
    assert not (result.path / "council").exists()


@pytest.mark.usefixtures("measured")
def test_welsh_charts_say_fewer_than_3_in_welsh(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out, language="cy", kinds=[PREM_KIND])
    text = flat(pdf_text(result.path / "prems" / "prem-results.pdf"))
    assert "llai na 3" in text and "Y ward: sgôr cyfartalog bob mis" in text
    rows = read_csv(result.path / "prems" / "prem-results.csv")
    assert rows[0]["answer"] in {"Da", "Ddim yn siŵr", "Ddim yn dda"}
    # Our default questions are asked in Welsh on the Welsh screen, so the Welsh files show them so.
    questions = {row["question"] for row in rows}
    assert "Dw i'n teimlo'n ddiogel ar y ward." in questions and ITEM_SAFE not in questions
    assert "Dw i'n teimlo'n ddiogel ar y ward." in text and ITEM_SAFE not in text


@pytest.mark.usefixtures("measured")
def test_the_command_line_prints_the_measures_counts(
    store: Store, clock: FixedClock, ward, data_paths, out: Path
) -> None:  # type: ignore[no-untyped-def]
    """In its own process, as a scheduled task runs it: drawing the pack's symbols starts Qt there."""
    done = subprocess.run(
        [
            sys.executable, "-m", "coprod_desktop.export_cli", "export",
            "--data-dir", str(data_paths.root),
            "--ward", WARD_NAME,
            "--from", START.isoformat(),
            "--to", END.isoformat(),
            "--out", str(out),
            "--include", ",".join(MEASURES),
        ],
        capture_output=True, text=True, timeout=180, cwd=PROJECT_ROOT, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == export_cli.EXIT_OK, done.stderr
    bundle = Path(done.stdout.strip())
    assert (bundle / "prems" / "prem-results.pdf").is_file()
    assert len(list((bundle / "council").glob("*.pptx"))) == 1
    lines = done.stderr.splitlines()
    assert "experience answers 26" in lines
    assert "council packs 1" in lines and "partnership checks 2" in lines
    assert "Traceback" not in done.stderr
