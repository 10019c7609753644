"""Export round trips through the real store and writers: CSV read back with the csv module, JSON parsed,
the PDF's text read with pypdf; odd names neutralised; problems and Cancel leave nothing that looks done."""

from __future__ import annotations

import csv
import errno
import io
import json
import threading
from datetime import date
from pathlib import Path

import pytest
import pyzipper
from pypdf import PdfReader

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.export import bundle as bundle_module
from coprod_desktop.services.export.bundle import BundleProblem, BundleProblemKind, ExportCancelled
from coprod_desktop.services.export.csv_safe import csv_text, neutralise
from coprod_desktop.services.export.runner import ExportResult, export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.people import PeopleService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import Role
from tests.conftest import ODD_NAMES, FixedClock

KINDS = ["person", "meeting", "preferences"]
START, END = date(2026, 1, 1), date(2026, 12, 31)
FORMULA_NAMES = ["=SUM(A1)", "+1", "-1", "@x", "\tTab", "\rReturn", "\nNewline"]


@pytest.fixture
def ward(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    return seed_demo_ward(store.session_factory, clock)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def run(store: Store, clock: FixedClock, scope: Scope, out: Path, **options: object) -> ExportResult:
    return export(store.session_factory, scope, START, END, KINDS, out, None, clock=clock, **options)  # type: ignore[arg-type]


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_a_ward_export_round_trips_through_csv_json_and_pdf(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out)

    assert result.path.parent == out and result.path.is_dir()
    assert result.counts == {"person": 5, "meeting": 4, "preferences": 5}  # patients only, not Jo
    names = sorted(p.name for p in result.path.iterdir())
    code = result.path.name
    assert names == sorted(
        [
            f"{code}.pdf",
            f"{code}.json",
            f"{code}-person.csv",
            f"{code}-meeting.csv",
            f"{code}-preferences.csv",
        ]
    )
    assert code.startswith("my-say-export-ward-") and "Cedar" not in code

    raw = (result.path / f"{code}-person.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    people = read_csv(result.path / f"{code}-person.csv")
    assert {row["owner_name"] for row in people} == {"Sam", "Priya", "Dafydd", "Lee", "Aisha"}
    assert next(row for row in people if row["owner_name"] == "Sam")["ward_rep"] == "yes"
    meetings = read_csv(result.path / f"{code}-meeting.csv")
    assert {row["meeting_kind"] for row in meetings} == {"cpa", "ctr", "ward_round"}

    document = json.loads((result.path / f"{code}.json").read_text(encoding="utf-8"))
    assert document["schema_version"] == 1
    assert document["audience"] == "ward_team"
    assert document["scope"] == {"kind": "ward", "id": str(ward.id), "name": "Cedar Ward (demo)"}
    assert document["period"] == {"from": "2026-01-01", "to": "2026-12-31"}
    assert document["counts"] == result.counts
    assert len(document["items"]) == 14
    assert all(i["sharing"] == "care_team" for i in document["items"])

    text = pdf_text((result.path / f"{code}.pdf").read_bytes())
    assert "For the staff of Cedar Ward (demo)" in text
    assert "Sam" in text and "CPA meeting" in text and "Care and Treatment Review" in text
    assert "From 1 January 2026 to 31 December 2026" in text
    assert "Page 1 of" in text


def test_a_person_export_holds_only_that_person(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    sam = next(p for p in PeopleService(store.session_factory).on_ward(ward.id) if p.called == "Sam")
    result = run(store, clock, Scope.person(sam.id), out)
    assert result.counts == {"person": 1, "meeting": 2, "preferences": 1}
    document = json.loads(next(result.path.glob("*.json")).read_text(encoding="utf-8"))
    assert document["audience"] == "person_care_team"
    assert {i["owner_name"] for i in document["items"]} == {"Sam"}
    text = pdf_text(next(result.path.glob("*.pdf")).read_bytes())
    assert "For the care team of Sam" in text and "Priya" not in text


def test_dates_choose_the_meetings(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    # The demo meetings are 2, 4 and 9 days after 22 November 2026.
    result = export(
        store.session_factory,
        Scope.ward(ward.id),
        date(2026, 11, 23),
        date(2026, 11, 30),
        ["meeting"],
        out,
        None,
    )
    assert result.counts == {"meeting": 2}


def test_formula_looking_names_are_neutralised_in_csv(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    people = PeopleService(store.session_factory, clock)
    for name in FORMULA_NAMES:
        people.add(f"{name}x", ward_id=ward.id)  # clean_name folds leading control characters into a space…
    result = run(store, clock, Scope.ward(ward.id), out)
    rows = read_csv(next(result.path.glob("*-person.csv")))
    names = {row["owner_name"] for row in rows}
    assert {"'=SUM(A1)x", "'+1x", "'-1x", "'@xx"} <= names
    assert not any(name.startswith(("=", "+", "-", "@", "\t", "\r", "\n")) for name in names)


@pytest.mark.parametrize("value", [*FORMULA_NAMES, "-", "=", "@"])
def test_every_dangerous_start_gets_a_quote(value: str) -> None:
    assert neutralise(value) == "'" + value
    text = csv_text(["name"], [[value]])
    assert text.startswith("\ufeff")
    row = next(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))
    assert row == ["name"]


@pytest.mark.parametrize("value", ["Sam", "", None, 12, "a=b", " =not at start", "Llŷr", "محمد"])
def test_ordinary_cells_are_left_alone(value: object) -> None:
    assert neutralise(value) == ("" if value is None else str(value))


def test_odd_names_survive_every_format(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    people = PeopleService(store.session_factory, clock)
    for name in ODD_NAMES:
        people.add(name, ward_id=ward.id)
    result = run(store, clock, Scope.ward(ward.id), out)
    rows = read_csv(next(result.path.glob("*-person.csv")))
    names = {row["owner_name"] for row in rows}
    for name in ODD_NAMES:
        assert neutralise(name) in names
    document = json.loads(next(result.path.glob("*.json")).read_text(encoding="utf-8"))
    assert set(ODD_NAMES) <= {i["owner_name"] for i in document["items"]}
    text = pdf_text(next(result.path.glob("*.pdf")).read_bytes())
    assert "Llŷr ap Siôn-Wyn" in text and "Zoë" in text


def test_welsh_report(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out, language="cy")
    text = pdf_text(next(result.path.glob("*.pdf")).read_bytes())
    assert "I staff Cedar Ward (demo)" in text and "Cyfarfod CPA" in text and "Tudalen 1 o" in text
    # A meeting's default topics are named in Welsh, as on the Welsh screen; typed words stay as typed.
    scope, start, end = Scope.ward(ward.id), START, END
    with_topics = export(
        store.session_factory, scope, start, end, ["topic"], out, None, clock=clock, language="cy"
    )
    # The report itself, not a person's slideshow (which a topics export holds as well).
    report = next(path for path in with_topics.path.glob("*.pdf") if "-slides-" not in path.name)
    topics = pdf_text(report.read_bytes())
    assert "Pwnc: Teimlo'n ddiogel" in topics and "Feeling safe" not in topics
    assert "I feel safe on the ward. The staff listen" in topics  # Sam's own words, as he said them


def test_the_export_is_in_the_audit_log_with_counts_and_no_names(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    staff = next(
        p for p in PeopleService(store.session_factory).listing(ward.id) if p.person.role is Role.STAFF
    )
    export(store.session_factory, Scope.ward(ward.id), START, END, KINDS, out, staff.person.id, clock=clock)
    [event] = AuditService(store.session_factory).recent(kind="export_made")
    assert event.actor_id == staff.person.id
    assert event.subject_id == ward.id
    assert event.at == clock.now
    patients = PeopleService(store.session_factory).on_ward(ward.id, Role.PATIENT)
    assert event.detail == {
        "audience": "ward_team",
        "scope": "ward",
        "scope_id": str(ward.id),
        "kinds": {"person": 5, "meeting": 4, "preferences": 5},
        "zip": False,
        "password": False,
        # Whose things went, by id only, so each person can hear who had a copy.
        "person_ids": sorted(str(p.id) for p in patients),
        "unnamed_person_ids": [],
    }
    assert "Sam" not in json.dumps(event.detail)


def test_a_zip_with_a_password_is_aes_encrypted(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out, zip_password="kettle-42")
    assert result.path.suffix == ".zip" and result.path.is_file()
    assert [p.name for p in out.iterdir()] == [result.path.name]
    with pyzipper.AESZipFile(result.path) as archive:
        infos = archive.infolist()
        assert all(info.flag_bits & 0x1 for info in infos)  # encrypted
        with pytest.raises(RuntimeError):
            archive.read(infos[0].filename)
        archive.setpassword(b"kettle-42")
        name = next(n for n in archive.namelist() if n.endswith("-person.csv"))
        text = archive.read(name).decode("utf-8-sig")
    assert "Sam" in text


def test_a_plain_zip_without_a_password(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out, as_zip=True)
    with pyzipper.ZipFile(result.path) as archive:
        document = json.loads(archive.read(next(n for n in archive.namelist() if n.endswith(".json"))))
    assert document["counts"]["meeting"] == 4


def test_a_second_export_the_same_day_gets_its_own_name(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    first = run(store, clock, Scope.ward(ward.id), out)
    second = run(store, clock, Scope.ward(ward.id), out)
    assert first.path != second.path and second.path.name.endswith("-2")


def test_a_folder_under_a_file_is_refused_clearly(
    store: Store, clock: FixedClock, ward, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BundleProblem) as caught:
        run(store, clock, Scope.ward(ward.id), blocker / "exports")
    assert caught.value.kind is BundleProblemKind.NOT_WRITABLE
    assert "not allowed to save files" in caught.value.message()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "data"]
    assert AuditService(store.session_factory).recent(kind="export_made") == []


def test_a_missing_folder_is_named(store: Store, clock: FixedClock, ward, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(BundleProblem) as caught:
        run(store, clock, Scope.ward(ward.id), tmp_path / "unplugged-drive")
    assert caught.value.kind is BundleProblemKind.FOLDER_MISSING
    assert "is not there" in str(caught.value)


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_full_disk_leaves_nothing(
    store: Store, clock: FixedClock, ward, out: Path, monkeypatch: pytest.MonkeyPatch, as_zip: bool
) -> None:  # type: ignore[no-untyped-def]
    calls = {"n": 0}
    real_write = bundle_module._write_file
    real_writestr = pyzipper.AESZipFile.writestr

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] >= 3:  # a couple of files make it, then the disk fills
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_writestr(*args, **kwargs) if as_zip else real_write(*args, **kwargs)

    if as_zip:
        monkeypatch.setattr(pyzipper.AESZipFile, "writestr", full)
    else:
        monkeypatch.setattr(bundle_module, "_write_file", full)
    with pytest.raises(BundleProblem) as caught:
        run(store, clock, Scope.ward(ward.id), out, as_zip=as_zip)
    assert caught.value.kind is BundleProblemKind.DISK_FULL
    assert "full" in caught.value.message()
    assert list(out.iterdir()) == []
    assert AuditService(store.session_factory).recent(kind="export_made") == []


@pytest.mark.parametrize("as_zip", [False, True])
def test_cancel_part_way_leaves_nothing(
    store: Store, clock: FixedClock, ward, out: Path, as_zip: bool
) -> None:  # type: ignore[no-untyped-def]
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done >= total // 3:
            cancel.set()

    with pytest.raises(ExportCancelled):
        run(store, clock, Scope.ward(ward.id), out, as_zip=as_zip, progress=progress, cancel=cancel)
    assert seen and seen[-1][0] < seen[-1][1]
    assert list(out.iterdir()) == []
    assert AuditService(store.session_factory).recent(kind="export_made") == []


def test_progress_reaches_the_end(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    seen: list[tuple[int, int]] = []
    run(store, clock, Scope.ward(ward.id), out, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_failed_audit_removes_the_published_export(
    store: Store, clock: FixedClock, ward, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.services.export import runner

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the audit log could not be written")

    monkeypatch.setattr(runner, "add_event", broken)
    with pytest.raises(RuntimeError):
        run(store, clock, Scope.ward(ward.id), out)
    assert list(out.iterdir()) == []


def test_unknown_kinds_and_backwards_dates_are_refused(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(KeyError):
        export(store.session_factory, Scope.ward(ward.id), START, END, ["diary"], out, None)
    with pytest.raises(ValueError):
        export(store.session_factory, Scope.ward(ward.id), END, START, KINDS, out, None)
    assert list(out.iterdir()) == []
