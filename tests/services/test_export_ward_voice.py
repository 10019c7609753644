"""The ward's voice in the staff export, through the real store, consent gate and writers: SAY group
minutes and the You said, we did board as PDF (read back with pypdf) and CSV (read back with the csv
module), thank-yous as their authors chose, no patient named in anonymous files, and the CLI's counts."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import pyzipper
from pypdf import PdfReader

from coprod_desktop import export_cli
from coprod_desktop.paths import DataPaths
from coprod_desktop.services.actions import ActionService
from coprod_desktop.services.council import CouncilService
from coprod_desktop.services.demo import DEMO_PEOPLE, DEMO_WARD_NAME, seed_demo_ward
from coprod_desktop.services.export.runner import ExportResult, day_range, export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.export.ward_voice_files import without_name
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.say_groups import SayGroupService
from coprod_desktop.services.thanks import ThanksService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, ActionStatus, Rating, Role, ThankDelivery, ThankReason
from tests.conftest import FixedClock

VOICE = ["thank_you", "action", "say_view"]
START, END = date(2026, 1, 1), date(2030, 12, 31)
"""Wide: a thank-you is stamped by the store's own clock, not the test clock."""
PATIENTS = [p.called for p in DEMO_PEOPLE if p.role is Role.PATIENT]


@pytest.fixture
def ward(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    seeded = seed_demo_ward(store.session_factory, clock)
    assert seeded is not None
    return seeded


@pytest.fixture
def people(store: Store, ward) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def run(store: Store, clock: FixedClock, scope: Scope, out: Path, **options: object) -> ExportResult:
    kinds = options.pop("kinds", VOICE)
    return export(store.session_factory, scope, START, END, kinds, out, None, clock=clock, **options)  # type: ignore[arg-type]


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def names_in(text: str) -> set[str]:
    return {name for name in PATIENTS if re.search(rf"\b{name}\b", text)}


def last_week(clock: FixedClock) -> str:
    return (clock() - timedelta(days=7)).astimezone().date().isoformat()


def test_the_ward_bundle_holds_each_groups_minutes_as_pdf_and_csv(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out)

    held = SayGroupService(store.session_factory).held(ward.id)
    assert result.minutes == len(held) == 2  # last week's (ended) and today's (still open)
    folder = result.path / "say-groups"
    day = last_week(clock)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{d}-minutes.{ext}" for d in (day, clock().astimezone().date().isoformat()) for ext in ("pdf", "csv")
    )
    before = next(g for g in held if not g.is_open)
    minutes = SayGroupService(store.session_factory).minutes(before.id)

    text = pdf_text(folder / f"{day}-minutes.pdf")
    for topic in minutes.topics:
        assert topic.topic.title in text
    assert "Good: 1 · Not sure: 0 · Not good: 2" in text  # food
    assert "Good: 1 · Not sure: 1 · Not good: 0" in text  # activities
    assert "There is not enough choice at tea time." in text
    assert "You said: More choice at tea time" in text and "Amber: We are working on it" in text
    assert "Led by Jo" in text and "still open" not in text
    today = clock().astimezone().date().isoformat()
    assert "This group is still open" in pdf_text(folder / f"{today}-minutes.pdf")

    rows = read_csv(folder / f"{day}-minutes.csv")
    for number, topic in enumerate(minutes.topics, start=1):
        mine = [r for r in rows if r["topic_number"] == str(number)]
        [head] = [r for r in mine if r["row"] == "topic"]
        assert head["topic"] == topic.topic.title
        assert (int(head["good"]), int(head["not_sure"]), int(head["not_good"])) == (
            topic.count(Rating.GOOD),
            topic.count(Rating.NOT_SURE),
            topic.count(Rating.NOT_GOOD),
        )
        views = [r for r in mine if r["row"] == "view"]
        assert int(head["views"]) == len(views) == len(topic.views)
        assert [r["rating"] for r in views] == [v.rating.value if v.rating else "" for v in topic.views]
        actions = [r for r in mine if r["row"] == "action"]
        assert [(r["you_said"], r["status"]) for r in actions] == [
            (a.you_said, a.status.value.capitalize()) for a in topic.actions
        ]
    whose = {r["words"]: r["whose_words"] for r in rows if r["row"] == "view" and r["words"]}
    assert whose["I like the curry on Thursdays."] == "their_words"  # whose words kept apart
    assert whose["Someone said the portions are small."] == "staff_wrote_what_they_said"

    document = json.loads(next(result.path.glob("*.json")).read_text(encoding="utf-8"))
    assert document["counts"]["say_view"] == 6
    assert all(item["owner_name"] is None for item in document["items"] if item["kind"] == "say_view")


def test_the_board_shows_every_status_in_words_red_with_its_reason_and_the_history(
    store: Store, clock: FixedClock, ward, out: Path
) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out)
    actions = ActionService(store.session_factory)
    board = actions.board(ward.id)
    assert result.counts["action"] == len(board) == 5  # with the one the recovery council answered

    text = pdf_text(result.path / "you-said-we-did.pdf")
    assert "You said, we did" in text
    for line in ("Green (Done): 1", "Amber (We are working on it): 3", "Red (We can't do this): 1"):
        assert line in text
    assert "You said: Can we have a ward cat?" in text and "Red: We can't do this" in text
    assert "Why not: Hospital rules do not allow pets" in text

    rows = read_csv(result.path / "you-said-we-did.csv")
    heads = [r for r in rows if r["row"] == "action"]
    # An idea said with pictures keeps its pictures in the export, in order.
    [pictures] = [r for r in heads if r["you_said"] == "Can we have a ward cat?"]
    assert pictures["said_with_symbols"] == "core-i core-want openmoji:1F408"
    assert {r["status"] for r in heads} == {"Red", "Amber", "Green"}
    words = {r["status"]: r["status_words"] for r in heads}
    assert words == {"Red": "We can't do this", "Amber": "We are working on it", "Green": "Done"}
    [red] = [r for r in heads if r["status"] == "Red"]
    assert red["reason"].startswith("Hospital rules") and red["you_said"] == "Can we have a ward cat?"
    [council] = [r for r in heads if r["you_said"] == "More to do at weekends"]  # the council's answer
    assert council["status"] == "Amber" and council["reply"].startswith("The council will ask")
    assert council["from"] == "The recovery council"  # in words, like every other source
    for head in heads:
        record = next(a for a in board if a.you_said == head["you_said"])
        history = [r for r in rows if r["row"] == "change" and r["number"] == head["number"]]
        assert [r["status"] for r in history] == [
            c.status.value.capitalize() for c in actions.history(record.id)
        ]
        assert head["raised_on"] == record.raised_at.astimezone().date().isoformat()
    assert {r["change_by"] for r in rows if r["row"] == "change"} <= {"Jo", ""}  # staff, never the raiser


def test_thank_yous_follow_what_their_author_chose(
    store: Store, clock: FixedClock, ward, people, out: Path
) -> None:  # type: ignore[no-untyped-def]
    ThanksService(store.session_factory, clock).say(
        people["Aisha"].id,
        (ThankReason.HELPED_ME,),
        ThankDelivery.JUST_SEND,
        to_person_id=people["Lee"].id,
        words="AISHA-ON-THE-WALL",
        show_on_wall=True,
    )
    result = run(store, clock, Scope.ward(ward.id), out)

    rows = read_csv(result.path / "thank-yous.csv")
    assert result.counts["thank_you"] == len(rows) == 3
    assert [(r["from"], r["to"]) for r in rows] == [("Sam", "Jo"), ("Priya", "Sam"), ("Aisha", "Lee")]
    assert rows[1]["why"] == "Made me laugh, Was kind"
    # Priya said hers with pictures: the symbols go with the words they make.
    assert (
        rows[1]["said_with_symbols"] == "core-i core-like core-you"
        and rows[1]["their_words"] == "I like you."
    )
    assert rows[0]["their_words"] == "Thank you for listening to me on Sunday."
    assert not any(r["from"] == "Dafydd" for r in rows)  # "just send" stays between the two of them
    everything = "\n".join(
        p.read_text(encoding="utf-8-sig") for p in result.path.rglob("*") if p.suffix in (".csv", ".json")
    )
    assert "Dafydd" not in everything  # not as an author anywhere
    document = json.loads(next(result.path.glob("*.json")).read_text(encoding="utf-8"))
    authors = [i["owner_name"] for i in document["items"] if i["kind"] == "thank_you"]
    assert authors == ["Sam", "Priya", "Aisha"]
    report = pdf_text(result.path / f"{result.path.name}.pdf")  # thank-yous are a section of the report
    assert "AISHA-ON-THE-WALL" in report and "Dafydd" not in report

    dafydd = run(store, clock, Scope.person(people["Dafydd"].id), out)
    assert dafydd.counts["thank_you"] == 0 and read_csv(dafydd.path / "thank-yous.csv") == []
    council = run(store, clock, Scope.ward(ward.id), out, council=True)
    assert council.counts["thank_you"] == 0  # the care team's, never the council's


def test_someone_else_shown_by_a_ward_picture_or_their_voice_is_in_the_export(
    store: Store, clock: FixedClock, ward, people, out: Path
) -> None:  # type: ignore[no-untyped-def]
    """Where the export names who was thanked, a thank-you said without typing names the picture and
    says the name was recorded; what was said with symbols goes with it."""
    from coprod_desktop.store.models import WardPicture

    with store.session_factory.begin() as session:
        picture = WardPicture(ward_id=ward.id, file_name="nan.png", word="My nan", group="people")
        session.add(picture)
        session.flush()
        picture_id = f"picture:{picture.id}"
    thanks = ThanksService(store.session_factory, clock)
    thanks.say(
        people["Lee"].id,
        (),
        ThankDelivery.READ_OUT,
        to_symbol_id=picture_id,
        to_recording_file="nan.wav",
        words="I like more.",
        symbols=["core-i", "core-like", "core-more"],
    )
    thanks.say(people["Aisha"].id, (), ThankDelivery.READ_OUT, to_symbol_id="nurse")
    result = run(store, clock, Scope.ward(ward.id), out)

    rows = {r["from"]: r for r in read_csv(result.path / "thank-yous.csv")}
    lee, aisha = rows["Lee"], rows["Aisha"]
    assert (lee["to"], lee["to_picture"], lee["to_name_in_their_voice"]) == ("", "My nan", "yes")
    assert lee["said_with_symbols"] == "core-i core-like core-more" and lee["their_words"] == "I like more."
    assert (aisha["to_picture"], aisha["to_name_in_their_voice"]) == ("Nurse", "no")
    assert rows["Sam"]["to_picture"] == "" and rows["Sam"]["to"] == "Jo"
    report = pdf_text(result.path / f"{result.path.name}.pdf")
    assert "My nan" in report and "Their name said in the author's own voice: yes" in report


def test_no_patient_is_named_in_anonymous_files(
    store: Store, clock: FixedClock, ward, people, out: Path
) -> None:  # type: ignore[no-untyped-def]
    actions = ActionService(store.session_factory, clock)
    named = actions.raise_action(
        ward.id, ActionSource.IDEA, "Priya says the shower is cold.", raised_by_id=people["Priya"].id
    )
    actions.put_on_board(named.id, by_id=people["Jo"].id)  # an idea reaches the board once looked at
    reply = "Thanks Priya, we have called the plumber."
    actions.update(named.id, ActionStatus.AMBER, reply, by_id=people["Jo"].id)
    staff = run(store, clock, Scope.ward(ward.id), out)
    council = run(store, clock, Scope.ward(ward.id), out, council=True)

    anonymous = [*staff.path.glob("you-said-we-did.*"), *(staff.path / "say-groups").iterdir()]
    assert len(anonymous) == 6
    for path in anonymous:
        text = pdf_text(path) if path.suffix == ".pdf" else path.read_text(encoding="utf-8-sig")
        assert names_in(text) == set(), path.name
    board = read_csv(staff.path / "you-said-we-did.csv")
    assert "Someone says the shower is cold." in {r["you_said"] for r in board}
    assert "Thanks someone, we have called the plumber." in {r["reply"] for r in board}

    # The council gets no board and no minutes per group and day: one summary under the disclosure
    # rule, and only the quotes it offers (Priya never said yes, so her words are nowhere).
    assert not list(council.path.glob("you-said-we-did.*"))
    summary = sorted(p.name for p in (council.path / "say-groups").iterdir())
    assert summary == ["council-summary.csv", "council-summary.pdf"]
    council_text = "\n".join(
        pdf_text(p) if p.suffix == ".pdf" else p.read_text(encoding="utf-8-sig")
        for p in council.path.rglob("*")
        if p.is_file()
    )
    assert names_in(council_text) == set()
    assert "shower is cold" not in council_text and "plumber" not in council_text
    offered = CouncilService(store.session_factory, clock).themes(ward.id, *day_range(START, END)).quotes
    assert council.counts["action"] == sum(1 for q in offered if q.source is not None)
    assert council.counts["say_view"] == sum(1 for q in offered if q.topic is not None)
    assert council.minutes == 1
    assert "For the recovery council" in pdf_text(council.path / "say-groups" / "council-summary.pdf")


def test_a_person_export_has_no_ward_files_and_a_period_picks_its_groups(
    store: Store, clock: FixedClock, ward, people, out: Path
) -> None:  # type: ignore[no-untyped-def]
    sam = run(store, clock, Scope.person(people["Sam"].id), out)
    assert sam.counts == {"thank_you": 1, "action": 0, "say_view": 0} and sam.minutes == 0
    assert not (sam.path / "say-groups").exists() and not (sam.path / "you-said-we-did.csv").exists()

    today = clock().astimezone().date()
    only_today = export(
        store.session_factory, Scope.ward(ward.id), today, today, ["say_view"], out, None, clock=clock
    )
    assert only_today.minutes == 1 and only_today.counts == {"say_view": 1}
    assert [p.name for p in sorted((only_today.path / "say-groups").iterdir())] == [
        f"{today.isoformat()}-minutes.csv",
        f"{today.isoformat()}-minutes.pdf",
    ]
    assert not (only_today.path / "thank-yous.csv").exists()  # only the kinds asked for


def test_minutes_and_board_go_in_an_encrypted_zip_and_formulas_are_neutralised(
    store: Store, clock: FixedClock, ward, people, out: Path
) -> None:  # type: ignore[no-untyped-def]
    actions = ActionService(store.session_factory, clock)
    formula = actions.raise_action(
        ward.id, ActionSource.IDEA, '=HYPERLINK("http://x")', raised_by_id=people["Lee"].id
    )
    actions.put_on_board(formula.id, by_id=people["Jo"].id)
    result = run(store, clock, Scope.ward(ward.id), out, zip_password="tea")
    with pyzipper.AESZipFile(result.path) as archive:
        archive.setpassword(b"tea")
        names = archive.namelist()
        board = archive.read("you-said-we-did.csv").decode("utf-8-sig")
    assert f"say-groups/{last_week(clock)}-minutes.pdf" in names and "thank-yous.csv" in names
    cells = [row["you_said"] for row in csv.DictReader(io.StringIO(board))]
    assert '\'=HYPERLINK("http://x")' in cells


def test_welsh_files_say_the_status_in_welsh(store: Store, clock: FixedClock, ward, out: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(store, clock, Scope.ward(ward.id), out, language="cy")
    text = pdf_text(result.path / "you-said-we-did.pdf")
    assert "Dywedoch chi, gwnaethon ni" in text and "Coch: Allwn ni ddim gwneud hyn" in text
    minutes = pdf_text(next((result.path / "say-groups").glob("*.pdf")))
    assert "Cofnodion y grŵp SAY" in minutes
    # The default agenda is our words, so it is in Welsh too; what people said stays as they said it.
    assert "1. Bwyd" in minutes and "Food" not in minutes
    topics = {row["topic"] for path in (result.path / "say-groups").glob("*.csv") for row in read_csv(path)}
    assert "Bwyd" in topics and "Gweithgareddau" in topics and not topics & {"Food", "Activities"}


def test_without_name_keeps_other_words() -> None:
    assert without_name("Lee said Lee's tea was cold", "Lee") == "Someone said someone's tea was cold"
    assert without_name("Sleepy and fleet", "Lee") == "Sleepy and fleet"
    assert without_name(None, "Lee") is None and without_name("Hello", None) == "Hello"


def test_the_command_line_prints_the_ward_voice_counts(
    store: Store, clock: FixedClock, ward, data_paths: DataPaths, out: Path, capsys
) -> None:  # type: ignore[no-untyped-def]
    code = export_cli.main(
        [
            "export",
            "--data-dir", str(data_paths.root),
            "--ward", DEMO_WARD_NAME,
            "--from", START.isoformat(),
            "--to", END.isoformat(),
            "--out", str(out),
            "--include", ",".join(VOICE),
        ]
    )  # fmt: skip
    printed = capsys.readouterr()
    assert code == export_cli.EXIT_OK, printed.err
    bundle = Path(printed.out.strip())
    assert (bundle / "you-said-we-did.pdf").is_file()
    lines = printed.err.splitlines()
    assert "thank-yous 2" in lines and "actions 5" in lines and "SAY group minutes 2" in lines
    assert "Traceback" not in printed.err
