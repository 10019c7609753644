"""Property: over random wards, answers and languages, nothing bound for the council breaks the
disclosure rule. Each example builds a real SQLite store, a SAY group, ideas, a rep's pack, then runs
the real council pack (PDF and PowerPoint) and the real `main.py export --council`, and searches every
file (PDF text via pypdf, PowerPoint shapes, notes and XML, CSV, JSON) for words whose owner did not
say Yes, words that are not the owner's own, any person's name, and any count under 3 that shows or
can be worked out."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from coprod_desktop import export_cli
from coprod_desktop.paths import DataPaths
from coprod_desktop.services.actions import ActionService
from coprod_desktop.services.council import CouncilService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preferences import PreferencesService
from coprod_desktop.services.say_groups import AgendaTopic, SayGroupService
from coprod_desktop.services.share import council_pack
from coprod_desktop.services.share.council_pack import write_council_pack
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import open_store
from coprod_desktop.store.kinds import ActionSource, Rating, Role, WhoseWords
from coprod_desktop.store.migrate import upgrade_to_head
from tests.conftest import FixedClock

START = datetime(2026, 7, 1, tzinfo=UTC)
END = datetime(2026, 8, 1, tzinfo=UTC)
HELD = datetime(2026, 7, 10, 10, tzinfo=UTC)
TOPICS = ("Food", "Activities")
FILLER = ["the", "food", "was", "good", "more", "time", "outside", "please", "we", "want"]
FIXED_WORDS = {
    word.casefold()
    for text in (*council_pack._EN.values(), " ".join(FILLER), "Food Activities Oak ward someone")
    for word in re.findall(r"\w+", text)
}
COUNTED = (
    r"(?:Good|Not sure|Not good|No rating given|Views given|Red, we can't do this|"
    r"Amber, we are working on it|Green, done|Ideas about [^:\n]+|Not happy about [^:\n]+)"
)
SMALL_SHOWN = re.compile(COUNTED + r":\s*[12](?!\d)")

names = st.text(alphabet="aeiou", min_size=2, max_size=4).map(lambda s: "Qz" + s)


@dataclass(frozen=True)
class Patient:
    name: str
    language: str
    topic: str
    rating: Rating | None
    view_answer: bool | None
    """Yes, No, or never asked (None): only Yes lets words go."""
    staff_typed: bool
    idea_answer: bool | None
    words: tuple[str, ...]


@st.composite
def wards(draw: st.DrawFn) -> tuple[list[Patient], str, bool]:
    chosen = draw(st.lists(names, min_size=2, max_size=7, unique_by=str.casefold))
    for name in chosen:
        assume(name.casefold() not in FIXED_WORDS)
    staff, patient_names = chosen[0], chosen[1:]
    patients = []
    for name in patient_names:
        words = tuple(
            draw(
                st.sampled_from([*FILLER, *chosen, *(n.lower() for n in chosen), *(f"{n}'s" for n in chosen)])
            )
            for _ in range(draw(st.integers(min_value=1, max_value=4)))
        )
        patients.append(
            Patient(
                name=name,
                language=draw(st.sampled_from(["en", "en", "cy"])),
                topic=draw(st.sampled_from(TOPICS)),
                rating=draw(st.sampled_from([Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD, None])),
                view_answer=draw(st.sampled_from([True, False, None])),
                staff_typed=draw(st.booleans()),
                idea_answer=draw(st.sampled_from([True, False, None])),
                words=words,
            )
        )
    # Sometimes a patient is named like a word of the ward's name ("Cedar" on Cedar ward).
    return patients, staff, draw(st.booleans())


@cache
def template_store() -> Path:
    """A migrated store, copied for each example (migrating each time would be slow)."""
    folder = Path(tempfile.mkdtemp(prefix="my-say-template-"))
    paths = DataPaths(folder)
    store = open_store(paths.sqlite_url())
    upgrade_to_head(store, paths.backups)
    store.dispose()
    return paths.store_file


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return meta + "\n" + "\n".join(page.extract_text() or "" for page in reader.pages)


def pptx_text(path: Path) -> str:
    deck = Presentation(str(path))
    parts: list[str] = []
    for slide in deck.slides:
        parts.extend(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
    with zipfile.ZipFile(path) as archive:
        parts.extend(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    return "\n".join(parts)


def file_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text(path.read_bytes())
    if path.suffix == ".pptx":
        return pptx_text(path)
    return path.read_text(encoding="utf-8-sig")


def has_word(word: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE) is not None


def check_summary_csv(path: Path) -> None:
    """Every count in the summary: never 1 or 2, and no total beside a hidden count."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        cells = [row[c] for c in ("good", "not_sure", "not_good", "no_rating", "views")]
        assert not any(cell in ("1", "2") for cell in cells), row
        if row["section"] == "say_group_topic" and "fewer than 3" in cells[:4]:
            assert row["views"] == "", row  # the total would give the hidden count away


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ward=wards(), rep_words=st.lists(st.sampled_from(FILLER), min_size=1, max_size=3))
def test_nothing_for_the_council_breaks_the_disclosure_rule(
    ward: tuple[list[Patient], str, bool], rep_words: list[str]
) -> None:
    patients, staff_name, named_like_ward = ward
    ward_name = f"{patients[0].name} ward" if named_like_ward else "Oak ward"
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        paths = DataPaths(root / "data")
        paths.root.mkdir()
        shutil.copy(template_store(), paths.store_file)
        store = open_store(paths.sqlite_url())
        try:
            offered, never, pack_pdf, pack_pptx = build(
                store, patients, staff_name, ward_name, rep_words, root
            )
        finally:
            store.dispose()
        out = root / "out"
        out.mkdir()
        argv = ["export", "--data-dir", str(paths.root), "--ward", ward_name, "--council"]
        argv += ["--from", "2026-07-01", "--to", "2026-07-31", "--out", str(out)]
        assert export_cli.main(argv) == export_cli.EXIT_OK
        [bundle] = list(out.iterdir())
        files = [pack_pdf, pack_pptx, *(p for p in bundle.rglob("*") if p.is_file())]
        texts = {path: file_text(path) for path in files}
        summary = bundle / "say-groups" / "council-summary.csv"
        if summary.exists():
            check_summary_csv(summary)
        for item in json.loads(next(bundle.glob("*.json")).read_text(encoding="utf-8"))["items"]:
            assert item["owner_id"] is None and item["owner_name"] is None
            if item["kind"] in ("say_view", "action"):
                assert set(item["fields"]) <= {
                    "topic",
                    "their_words",
                    "source",
                    "you_said",
                }  # nothing countable
                assert re.fullmatch(r"\d{4}-\d{2}", item["at"])  # the month at most

    everyone = [p.name for p in patients] + [staff_name]
    ward_words = re.compile(r"\s+".join(map(re.escape, ward_name.split())))
    for path, text in texts.items():
        anonymous = ward_words.sub("", text)
        for name in everyone:
            assert not has_word(name, anonymous), (name, path.name)
        for marker in never:
            assert marker not in text, (marker, path.name)
        assert not SMALL_SHOWN.search(text), (SMALL_SHOWN.search(text), path.name)
    pack_words = texts[pack_pptx]
    for marker in offered:
        assert marker in pack_words  # what the rule offers does arrive


def build(
    store, patients: list[Patient], staff_name: str, ward_name: str, rep_words: list[str], root: Path
) -> tuple[set[str], set[str], Path, Path]:  # type: ignore[no-untyped-def]
    """The ward, its group, ideas and pack; returns the markers the rule offers and those it never may."""
    sessions = store.session_factory
    clock = FixedClock(datetime(2026, 6, 1, tzinfo=UTC))
    ward = WardService(sessions, clock).add(ward_name)
    people = PeopleService(sessions, clock)
    staff = people.add(staff_name, ward_id=ward.id, role=Role.STAFF).id
    ids: dict[str, uuid.UUID] = {}
    for patient in patients:
        ids[patient.name] = people.add(patient.name, ward_id=ward.id).id
        if patient.language != "en":
            PreferencesService(sessions, clock).update(ids[patient.name], language=patient.language)
    groups = SayGroupService(sessions, clock)
    groups.set_agenda(ward.id, [AgendaTopic(title, None) for title in TOPICS], staff)
    actions = ActionService(sessions, clock)
    council = CouncilService(sessions, clock)
    clock.now = HELD
    group = groups.start(ward.id, staff)
    topic_ids = {t.title: t.id for t in group.topics}
    speakers = {lang: sum(1 for p in patients if p.language == lang) for lang in ("en", "cy")}
    on_topic = {title: {p.name for p in patients if p.topic == title} for title in TOPICS}
    on_topic["Food"].add(patients[0].name)  # the staff note below sits on their view of Food
    offered: set[str] = set()
    never: set[str] = set()
    for number, patient in enumerate(patients):
        view_marker, idea_marker = f"viewmark{number}x", f"ideamark{number}x"
        whose = WhoseWords.STAFF_TYPED if patient.staff_typed else WhoseWords.MINE
        view = groups.start_view(
            topic_ids[patient.topic],
            ids[patient.name],
            whose=whose,
            written_by_id=staff if patient.staff_typed else None,
        )
        groups.update_view(
            view.id,
            rating=patient.rating,
            words=" ".join([view_marker, *patient.words]),
            words_language=patient.language,
        )
        idea = actions.raise_action(
            ward.id,
            ActionSource.IDEA,
            " ".join([idea_marker, *patient.words]),
            raised_by_id=ids[patient.name],
            symbol_id="food",
            words_language=patient.language,
        )
        actions.put_on_board(idea.id, by_id=staff)
        if patient.view_answer is not None:
            council.set_may_quote(view.id, patient.view_answer)
        if patient.idea_answer is not None:
            council.set_may_quote(idea.id, patient.idea_answer)
        common = speakers[patient.language] >= 3
        view_ok = (
            patient.view_answer is True and not patient.staff_typed and len(on_topic[patient.topic]) >= 3
        )
        idea_ok = patient.idea_answer is True and len(patients) >= 3
        (offered if view_ok and common else never).add(view_marker)
        (offered if idea_ok and common else never).add(idea_marker)
    # A staff note naming people, with a Yes set on it: never the person's words.
    note = groups.start_view(
        topic_ids["Food"], ids[patients[0].name], whose=WhoseWords.STAFF_NOTE, written_by_id=staff
    )
    groups.update_view(note.id, words=f"staffnotemark {patients[-1].name} was upset, ask {staff_name}")
    council.set_may_quote(note.id, True)
    never.add("staffnotemark")
    groups.end(group.id, staff)

    rep = ids[patients[0].name]
    pack = council.start_pack(ward.id, rep, START, END)
    council.choose(pack.id, quotes=[q.id for q in council.themes(ward.id, START, END).quotes])
    council.add_point(pack.id, words=" ".join([*rep_words, *(p.name for p in patients), staff_name]))
    noted = council.add_point(pack.id, whose=WhoseWords.STAFF_NOTE, written_by_id=staff)
    council.update_point(noted.id, words="pointnotemark check with the doctor")
    never.add("pointnotemark")
    pdf, pptx = write_council_pack(council.pack_contents(pack.id), root / "pack", "en")
    return offered, never, pdf, pptx
