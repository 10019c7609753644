"""Sharing a person's slideshow: only with who they allowed, whole or not at all, and recorded.

Real SQLite store with the demo ward, real pictures imported through services.pictures, real files
reopened with python-pptx and pypdf. The only stand-in is the symbol renderer (Qt's lives in the UI):
it draws each symbol as a small Pillow PNG of its own colour, so the files can be checked for them.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import uuid
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pptx.util import Pt
from pypdf import PdfReader

from coprod_desktop.paths import DataPaths
from coprod_desktop.services import audit as audit_module
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.pictures import import_picture
from coprod_desktop.services.preparation import PreparationService, TopicRecord
from coprod_desktop.services.share import share_service as share_module
from coprod_desktop.services.share.share_service import (
    AudienceKind,
    ShareAudience,
    ShareFormat,
    ShareProblem,
    ShareProblemKind,
    ShareRefused,
    ShareService,
    file_part,
)
from coprod_desktop.services.share.slides import RATING_SYMBOLS
from coprod_desktop.services.share.words import DeckWords
from coprod_desktop.services.taking_part import TakingPartService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Presenter, Rating, Role, Sharing, TakingPart, TopicState, WhoseWords
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from tests.conftest import FixedClock

OTHER_PATIENTS = ("Priya", "Dafydd", "Lee", "Aisha")
HIDDEN = ("OPEN-TOPIC-WORDS", "SKIPPED-TOPIC-WORDS", "REMOVED-TOPIC-WORDS")
STAFF_NOTE = "Check the dose with the doctor before the CPA."


class ColourSymbols:
    """Each symbol id as a PNG of its own colour; records what was asked for."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def png(self, symbol_id: str, size: int) -> bytes | None:
        self.asked.append(symbol_id)
        return colour_png(symbol_id, size)


def colour_png(symbol_id: str, size: int) -> bytes:
    digest = hashlib.sha256(symbol_id.encode()).digest()
    buffer = io.BytesIO()
    Image.new("RGBA", (size, size), (digest[0], digest[1], digest[2], 255)).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass
class Sam:
    preparation_id: uuid.UUID
    person_id: uuid.UUID
    jo_id: uuid.UUID
    meeting_day: date
    done: list[TopicRecord]
    pictures: list[Path]
    service: ShareService
    paths: DataPaths
    store: Store
    clock: FixedClock


def make_picture(tmp_path: Path, paths: DataPaths, name: str, size: tuple[int, int], colour: str) -> Path:
    source = tmp_path / f"{name}.png"
    Image.new("RGB", size, colour).save(source)
    return paths.pictures / import_picture(source, paths.pictures)


@pytest.fixture
def sam(store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path) -> Sam:
    """Sam's CPA from the demo ward, with pictures, a staff note, a recording, and topics that must
    not be shared: one left open, one skipped, one removed."""
    factory = store.session_factory
    ward = seed_demo_ward(factory, clock)
    assert ward is not None
    people = {p.called: p for p in PeopleService(factory).on_ward(ward.id)}
    cpa = MeetingService(factory, clock).upcoming(people["Sam"].id)[0]
    service = PreparationService(factory, clock)
    preparation = service.for_meeting(people["Sam"].id, cpa.id)
    done = [t for t in preparation.topics if t.done]
    assert len(done) >= 2
    pictures = [
        make_picture(tmp_path, data_paths, "garden", (800, 600), "green"),
        make_picture(tmp_path, data_paths, "tall", (300, 900), "navy"),
    ]
    for picture in pictures:
        service.add_picture(done[0].id, picture.name)
    service.add_recording(done[0].id, "sams-voice.wav")
    service.add_words(done[1].id, STAFF_NOTE, WhoseWords.STAFF_NOTE, people["Jo"].id)
    rest = [t for t in preparation.topics if t.state is TopicState.OPEN]
    service.add_words(rest[0].id, "OPEN-TOPIC-WORDS", WhoseWords.MINE)
    service.add_words(rest[1].id, "SKIPPED-TOPIC-WORDS", WhoseWords.MINE)
    service.set_state(rest[1].id, TopicState.SKIPPED)
    removed = service.add_own_topic(preparation.id, "REMOVED-TOPIC", None)
    service.add_words(removed.id, "REMOVED-TOPIC-WORDS", WhoseWords.MINE)
    service.set_state(removed.id, TopicState.DONE)
    service.remove_topic(removed.id)
    done = [t for t in service.get(preparation.id).topics if t.done]
    return Sam(
        preparation_id=preparation.id,
        person_id=people["Sam"].id,
        jo_id=people["Jo"].id,
        meeting_day=cpa.starts_at.astimezone().date(),
        done=done,
        pictures=pictures,
        service=ShareService(factory, data_paths, ColourSymbols(), clock),
        paths=data_paths,
        store=store,
        clock=clock,
    )


def choose(sam: Sam, sharing: Sharing, family: tuple[str, ...] = ()) -> None:
    TakingPartService(sam.store.session_factory, sam.clock).choose(
        sam.preparation_id, TakingPart.GO, Presenter.ME, sharing, family_names=family
    )


def slide_texts(slide) -> list[str]:  # type: ignore[no-untyped-def]
    return [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]


def every_part_text(path: Path) -> str:
    """Every XML part of the .pptx (slides, notes, properties) as text."""
    with zipfile.ZipFile(path) as archive:
        return "\n".join(
            archive.read(name).decode("utf-8") for name in archive.namelist() if name.endswith(".xml")
        )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def share_events(sam: Sam) -> list:  # type: ignore[type-arg]
    return AuditService(sam.store.session_factory).recent(kind="share_made")


# --- who may have a copy ------------------------------------------------------------------------


def test_who_may_have_a_copy_follows_the_latest_choice(sam: Sam) -> None:
    choose(sam, Sharing.JUST_ME, ("Mam",))
    assert sam.service.allowed_audiences(sam.preparation_id) == ()
    choose(sam, Sharing.CARE_TEAM, ("Mam", "Uncle Ray"))
    assert sam.service.allowed_audiences(sam.preparation_id) == (
        ShareAudience.care_team(),
        ShareAudience.family("Mam"),
        ShareAudience.family("Uncle Ray"),
    )
    choose(sam, Sharing.COUNCIL_ANONYMOUS, ("Mam",))  # a named slideshow never goes without a name
    assert sam.service.allowed_audiences(sam.preparation_id) == (ShareAudience.family("Mam"),)


def test_no_choice_yet_means_nobody(store: Store, clock: FixedClock, data_paths: DataPaths) -> None:
    factory = store.session_factory
    lee = PeopleService(factory).add("Lee", ward_id=None)
    preparation = PreparationService(factory, clock).for_meeting(lee.id, None)
    service = ShareService(factory, data_paths, ColourSymbols(), clock)
    assert service.allowed_audiences(preparation.id) == ()
    with pytest.raises(ShareRefused, match="Lee has not said the care team may have a copy"):
        service.share(preparation.id, ShareAudience.care_team(), ShareFormat.PDF)
    assert not data_paths.shares.exists()


def test_an_audience_not_allowed_is_refused_and_nothing_is_written(sam: Sam) -> None:
    choose(sam, Sharing.CARE_TEAM, ("Mam",))
    with pytest.raises(ShareRefused, match="Sam has not said Auntie Jean may have a copy"):
        sam.service.share(
            sam.preparation_id, ShareAudience.family("Auntie Jean"), ShareFormat.PPTX, sam.jo_id
        )
    choose(sam, Sharing.JUST_ME, ("Mam",))
    for audience in (ShareAudience.care_team(), ShareAudience.family("Mam")):
        for fmt in ShareFormat:
            with pytest.raises(ShareRefused, match="Ask Sam first"):
                sam.service.share(sam.preparation_id, audience, fmt, sam.jo_id)
    assert not sam.paths.shares.exists() or list(sam.paths.shares.iterdir()) == []
    assert share_events(sam) == []


# --- the PowerPoint file ----------------------------------------------------------------------------


def test_the_slideshow_reopens_slide_by_slide(sam: Sam) -> None:
    choose(sam, Sharing.CARE_TEAM, ("Mam",))
    path = sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PPTX, sam.jo_id)

    assert path.parent == sam.paths.shares
    assert path.name == f"Sam-cpa-{sam.meeting_day.isoformat()}-care-team.pptx"
    deck = Presentation(str(path))
    assert deck.slide_width * 9 == deck.slide_height * 16
    slides = list(deck.slides)
    assert len(slides) == 1 + len(sam.done)  # nothing here is long enough to need a second slide

    title = slides[0]
    assert title.shapes.title.text_frame.text == "Sam"
    texts = " ".join(slide_texts(title))
    assert "What I want to say at my CPA" in texts
    assert DeckWords("en").day(sam.meeting_day) in texts and "For my care team" in texts
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in title.shapes)  # Sam's portrait symbol

    for slide, topic in zip(slides[1:], sam.done, strict=True):
        assert slide.shapes.title.text_frame.text == topic.title
        shown = "\n".join(slide_texts(slide))
        notes = slide.notes_slide.notes_text_frame.text
        for piece in topic.pieces:
            if piece.words:
                assert piece.words in shown and piece.words in notes
        if topic.rating is not None:
            assert {Rating.GOOD: "Good", Rating.NOT_SURE: "Not sure", Rating.NOT_GOOD: "Not good"}[
                topic.rating
            ] in shown
        sizes = [
            run.font.size
            for shape in slide.shapes
            if shape.has_text_frame
            for paragraph in shape.text_frame.paragraphs
            for run in paragraph.runs
        ]
        assert slide.shapes.title.text_frame.paragraphs[0].runs[0].font.size >= Pt(40)
        assert all(size is not None and size >= Pt(24) for size in sizes)
        for shape in slide.shapes:
            if shape.has_text_frame and shape != slide.shapes.title:
                for paragraph in shape.text_frame.paragraphs:
                    if paragraph.text in [p.words for p in topic.pieces]:
                        assert paragraph.runs[0].font.size >= Pt(28)

    safe, health = slides[1], slides[2]
    safe_notes = safe.notes_slide.notes_text_frame.text
    assert "Sam's own words: I feel safe on the ward. The staff listen to me." in safe_notes
    assert "Sam made a recording about this" in safe_notes
    assert "Jo wrote down what Sam said: Sam said his new tablets make him tired." in (
        health.notes_slide.notes_text_frame.text
    )
    assert f"Staff note by Jo: {STAFF_NOTE}" in health.notes_slide.notes_text_frame.text
    assert "My words" in "\n".join(slide_texts(safe))
    assert "Jo wrote down what I said" in "\n".join(slide_texts(health))

    blobs = {shape.image.blob for shape in safe.shapes if shape.shape_type == MSO_SHAPE_TYPE.PICTURE}
    assert {picture.read_bytes() for picture in sam.pictures} <= blobs  # our re-encoded files, as they are
    assert colour_png(RATING_SYMBOLS[Rating.GOOD], 256) in blobs
    assert colour_png("topic-safe", 256) in blobs
    face_png = colour_png(RATING_SYMBOLS[Rating.GOOD], 256)
    symbols = [s for s in safe.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE and s.image.blob != b""]
    face = next(s for s in symbols if s.image.blob == face_png)
    topic_symbol = next(s for s in symbols if s.image.blob == colour_png("topic-safe", 256))
    # Faces and symbols are read from across the room: each at least a fifth of the slide's height.
    assert face.height * 5 >= deck.slide_height and topic_symbol.height * 5 >= deck.slide_height
    for shape in safe.shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.PICTURE:
            assert shape.left >= 0 and shape.left + shape.width <= deck.slide_width
            assert shape.top >= 0 and shape.top + shape.height <= deck.slide_height
            assert shape._element.nvPicPr.cNvPr.get("descr")  # read out by screen readers

    everything = every_part_text(path)
    for hidden in (*HIDDEN, "REMOVED-TOPIC", *OTHER_PATIENTS, "python-pptx", "Steve Canny"):
        assert hidden not in everything


def test_long_words_go_on_to_more_slides_and_nothing_is_lost(sam: Sam) -> None:
    service = PreparationService(sam.store.session_factory, sam.clock)
    long_words = " ".join(f"word{n}" for n in range(900)) + "\nLast line of all."
    topic = service.add_own_topic(sam.preparation_id, "A lot to say", "topic-anything-else")
    service.add_words(topic.id, long_words, WhoseWords.MINE)
    service.add_words(topic.id, "W" * 700, WhoseWords.STAFF_TYPED, sam.jo_id)  # one "word" wider than a line
    service.set_state(topic.id, TopicState.DONE)
    choose(sam, Sharing.CARE_TEAM)

    path = sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PPTX)
    slides = [s for s in Presentation(str(path)).slides if s.shapes.title.text_frame.text.startswith("A lot")]
    assert len(slides) >= 4
    assert slides[0].shapes.title.text_frame.text == "A lot to say"
    assert all(s.shapes.title.text_frame.text == "A lot to say (more)" for s in slides[1:])
    said = []
    for slide in slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape != slide.shapes.title:
                paragraphs = shape.text_frame.paragraphs
                for paragraph in paragraphs:
                    if paragraph.text in ("My words", "Jo wrote down what I said"):
                        said.append(f"[{paragraph.text}]")
                    elif paragraph.runs and paragraph.runs[0].font.size == Pt(28):
                        said.append(paragraph.text)
                    else:
                        assert paragraph.runs[0].font.bold  # only labels and the rating are bold
        notes = slide.notes_slide.notes_text_frame.text
        assert "Sam's own words: " in notes or "Jo wrote down what Sam said: " in notes
    text = "\n".join(said)
    mine, *typed = text.split("[Jo wrote down what I said]")  # the label comes again on each slide
    assert len(typed) >= 2
    assert " ".join(mine.replace("[My words]", " ").split()) == " ".join(long_words.split())
    assert "".join(typed).replace("\n", "") == "W" * 700


# --- the PDF handout --------------------------------------------------------------------------------


def test_the_handout_says_whose_words_each_line_is(sam: Sam) -> None:
    choose(sam, Sharing.CARE_TEAM, ("Mam",))
    path = sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PDF, sam.jo_id)
    assert path.name == f"Sam-cpa-{sam.meeting_day.isoformat()}-care-team.pdf"
    text = " ".join(pdf_text(path).split())
    assert "Sam What I want to say at my CPA" in text
    assert "Sam's own words: I feel safe on the ward. The staff listen to me." in text
    assert "Jo wrote down what Sam said: Sam said his new tablets make him tired." in text
    assert f"Staff note by Jo: {STAFF_NOTE}" in text
    assert "How Sam feels about this: Good" in text
    assert "There is a recording of Sam about this in My Say." in text
    for topic in sam.done:
        assert topic.title in text
    for hidden in (*HIDDEN, "REMOVED-TOPIC", *OTHER_PATIENTS):
        assert hidden not in text
    images = sum(len(page.images) for page in PdfReader(path).pages)
    assert images >= len(sam.pictures) + 2  # the pictures, the topic symbols and rating faces


def test_a_family_copy_leaves_out_staff_notes(sam: Sam) -> None:
    choose(sam, Sharing.CARE_TEAM, ("Mam",))
    pdf = sam.service.share(sam.preparation_id, ShareAudience.family("Mam"), ShareFormat.PDF, sam.jo_id)
    pptx = sam.service.share(sam.preparation_id, ShareAudience.family("Mam"), ShareFormat.PPTX, sam.jo_id)
    assert pdf.name.endswith("-family-Mam.pdf") and pptx.name.endswith("-family-Mam.pptx")
    text = pdf_text(pdf)
    assert "For Mam" in text and "Sam said his new tablets make him tired." in text
    assert STAFF_NOTE not in text and STAFF_NOTE not in every_part_text(pptx)


def test_welsh_and_odd_names(store: Store, clock: FixedClock, data_paths: DataPaths) -> None:
    factory = store.session_factory
    llyr = PeopleService(factory).add("Llŷr ap Siôn-Wyn 🌈", ward_id=None)
    jo = PeopleService(factory).add("Siân", ward_id=None, role=Role.STAFF)
    service = PreparationService(factory, clock)
    preparation = service.for_meeting(llyr.id, None)
    first = preparation.topics[0]
    service.add_words(first.id, "Rydw i'n teimlo'n ddiogel. محمد =SUM(A1)", WhoseWords.MINE)
    service.add_words(first.id, "Dywedodd ei fod wedi blino.", WhoseWords.STAFF_TYPED, jo.id)
    service.rate(first.id, Rating.NOT_SURE)
    service.set_state(first.id, TopicState.DONE)
    TakingPartService(factory, clock).choose(
        preparation.id, TakingPart.GO, Presenter.ME, Sharing.CARE_TEAM, family_names=("Nain",)
    )
    shares = ShareService(factory, data_paths, ColourSymbols(), clock)
    pptx = shares.share(preparation.id, ShareAudience.family("Nain"), ShareFormat.PPTX, language="cy")
    pdf = shares.share(preparation.id, ShareAudience.care_team(), ShareFormat.PDF, language="cy")

    assert pptx.name == f"Llŷr-ap-Siôn-Wyn-next-meeting-{clock().date().isoformat()}-family-Nain.pptx"
    slides = list(Presentation(str(pptx)).slides)
    assert slides[0].shapes.title.text_frame.text == "Llŷr ap Siôn-Wyn 🌈"
    assert "Beth rydw i eisiau ei ddweud: Fy nghyfarfod nesaf" in " ".join(slide_texts(slides[0]))
    topic = slides[1]
    assert topic.shapes.title.text_frame.text == "Teimlo'n ddiogel"  # the seeded title, in Welsh
    shown = "\n".join(slide_texts(topic))
    assert (
        "Fy ngeiriau i" in shown and "Ysgrifennodd Siân beth ddywedais i" in shown and "Ddim yn siŵr" in shown
    )
    assert "Geiriau Llŷr ap Siôn-Wyn 🌈 ei hun: Rydw i'n teimlo'n ddiogel." in (
        topic.notes_slide.notes_text_frame.text
    )
    text = pdf_text(pdf)
    assert "Llŷr ap Siôn-Wyn" in text and "Ysgrifennodd Siân beth ddywedodd" in text
    assert "Tudalen 1 o 1" in text


def test_nothing_finished_means_nothing_to_share(
    store: Store, clock: FixedClock, data_paths: DataPaths
) -> None:
    factory = store.session_factory
    lee = PeopleService(factory).add("Lee", ward_id=None)
    preparation = PreparationService(factory, clock).for_meeting(lee.id, None)
    TakingPartService(factory, clock).choose(preparation.id, TakingPart.GO, Presenter.ME, Sharing.CARE_TEAM)
    service = ShareService(factory, data_paths, ColourSymbols(), clock)
    with pytest.raises(ShareRefused, match="Lee has not finished any topics yet"):
        service.share(preparation.id, ShareAudience.care_team(), ShareFormat.PPTX)
    assert not data_paths.shares.exists()


# --- the record, and problems saving ------------------------------------------------------------------


def test_each_copy_is_in_the_audit_log_without_the_words(sam: Sam) -> None:
    choose(sam, Sharing.CARE_TEAM, ("Mam",))
    first = sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PPTX, sam.jo_id)
    again = sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PPTX, sam.jo_id)
    sam.service.share(sam.preparation_id, ShareAudience.family("Mam"), ShareFormat.PDF, sam.jo_id)
    assert again.name == first.name.replace(".pptx", "-2.pptx") and first.is_file()  # never overwritten
    events = share_events(sam)
    assert len(events) == 3
    for event in events:
        assert event.actor_id == sam.jo_id and event.subject_id == sam.person_id and event.at == sam.clock.now
    details = sorted((e.detail for e in events), key=lambda d: (d["format"], d["audience"]))
    assert details[0] == {
        "audience": AudienceKind.FAMILY.value,
        "family_name": "Mam",
        "format": "pdf",
        "slides": 1 + len(sam.done),
        "pages": 1,
        "preparation_id": str(sam.preparation_id),
    }
    assert details[1]["format"] == "pptx" and details[1]["slides"] == details[1]["pages"] == 1 + len(sam.done)
    recorded = json.dumps([e.detail for e in events])
    assert "feel safe" not in recorded and "tablets" not in recorded and "Sam" not in recorded


def test_a_full_disk_leaves_no_file_and_no_record(sam: Sam, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(sam, Sharing.CARE_TEAM)

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(share_module.os, "fsync", full)
    with pytest.raises(ShareProblem) as caught:
        sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PPTX, sam.jo_id)
    assert caught.value.kind is ShareProblemKind.DISK_FULL
    assert "is full. The copy was not saved" in caught.value.message()
    assert list(sam.paths.shares.iterdir()) == []  # not even the hidden partial file
    assert share_events(sam) == []


def test_a_shares_folder_that_cannot_be_used(sam: Sam) -> None:
    choose(sam, Sharing.CARE_TEAM)
    sam.paths.root.mkdir(parents=True, exist_ok=True)
    sam.paths.shares.write_text("a file where the folder should be")
    with pytest.raises(ShareProblem) as caught:
        sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PDF, sam.jo_id)
    assert caught.value.kind is ShareProblemKind.NOT_WRITABLE
    assert "not allowed to save files" in str(caught.value)
    assert share_events(sam) == []


def test_no_copy_is_kept_when_the_record_cannot_be_written(sam: Sam, monkeypatch: pytest.MonkeyPatch) -> None:
    choose(sam, Sharing.CARE_TEAM)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the audit log is unavailable")

    monkeypatch.setattr(share_module, "add_event", broken)
    with pytest.raises(RuntimeError):
        sam.service.share(sam.preparation_id, ShareAudience.care_team(), ShareFormat.PDF, sam.jo_id)
    monkeypatch.setattr(share_module, "add_event", audit_module.add_event)
    assert list(sam.paths.shares.iterdir()) == []


def test_file_names_keep_letters_of_any_script_and_nothing_else() -> None:
    assert file_part("Sam", "person") == "Sam"
    assert file_part("Llŷr ap Siôn-Wyn", "person") == "Llŷr-ap-Siôn-Wyn"
    assert file_part("محمد", "person") == "محمد"
    assert file_part("../../etc/passwd", "person") == "etc-passwd"
    assert file_part("<b>Bold</b> & <script>", "person") == "b-Bold-b-script"
    assert file_part("👩🏽‍🦱👨‍👩‍👧", "person") == "person"
    assert file_part("A" * 500, "person") == "A" * 40


def test_days_in_words() -> None:
    assert DeckWords("en").day(date(2026, 12, 1)) == "Tuesday 1 December 2026"
    assert DeckWords("cy").day(date(2026, 12, 1)) == "Dydd Mawrth 1 Rhagfyr 2026"


def test_rating_faces_are_the_rating_scales_and_exist() -> None:
    from coprod_desktop.ui.widgets.rating_scale import SYMBOLS

    assert RATING_SYMBOLS == SYMBOLS
    catalogue = SymbolCatalogue.load()
    assert all(symbol in catalogue for symbol in RATING_SYMBOLS.values())


def test_python_pptx_loads_only_when_a_slideshow_is_made(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import coprod_desktop.services.share.share_service, coprod_desktop.services.export.runner\n"
        "print('pptx' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert done.stdout.strip() == "False", done.stderr
