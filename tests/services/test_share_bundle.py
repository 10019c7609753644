"""Slideshows in the staff export: there only when their owner shared them with the care team."""

from __future__ import annotations

import io
import json
import uuid
from datetime import date
from pathlib import Path

import pyzipper
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.export.runner import export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.pictures import import_picture
from coprod_desktop.services.preparation import PreparationRecord, PreparationService
from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.services.taking_part import TakingPartService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Presenter, Sharing, TakingPart, TopicState, WhoseWords
from tests.conftest import FixedClock
from tests.services.test_share import ColourSymbols

START, END = date(2026, 1, 1), date(2026, 12, 31)
ALL_KINDS = ["person", "meeting", "preferences", "topic"]


def demo(store: Store, clock: FixedClock) -> tuple[WardInfo, dict[str, PersonInfo]]:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    return ward, {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}


def sams_preparation(store: Store, clock: FixedClock, sam_id: uuid.UUID) -> PreparationRecord:
    cpa = MeetingService(store.session_factory, clock).upcoming(sam_id)[0]
    return PreparationService(store.session_factory, clock).for_meeting(sam_id, cpa.id)


def slideshow_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if "-slides-" in p.name)


def test_a_ward_export_holds_sams_slideshow_as_he_shared_it(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    ward, _people = demo(store, clock)
    out = tmp_path / "out"
    out.mkdir()
    result = export(
        store.session_factory, Scope.ward(ward.id), START, END, ALL_KINDS, out, None,
        clock=clock, data_paths=data_paths, symbol_images=ColourSymbols(),
    )  # fmt: skip
    assert result.slideshows == 1
    pptx, pdf = sorted(slideshow_files(result.path), key=lambda p: p.suffix, reverse=True)
    assert pptx.suffix == ".pptx" and pdf.suffix == ".pdf"
    for path in (pptx, pdf):
        assert path.name.startswith(f"{result.path.name}-slides-person-")
        assert "Sam" not in path.name and "-cpa-" in path.name
    slides = list(Presentation(str(pptx)).slides)
    assert slides[0].shapes.title.text_frame.text == "Sam"
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in slides)
    assert "Sam's own words: I feel safe on the ward." in notes
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "For my care team" in text and "Jo wrote down what Sam said" in text
    for other in ("Priya", "Dafydd", "Lee", "Aisha"):
        assert other not in notes and other not in text
    [event] = AuditService(store.session_factory).recent(kind="export_made")
    assert event.detail["slideshows"] == 1


def test_no_slideshow_once_the_owner_keeps_it_to_himself(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    ward, people = demo(store, clock)
    preparation = sams_preparation(store, clock, people["Sam"].id)
    TakingPartService(store.session_factory, clock).choose(
        preparation.id, TakingPart.GO, Presenter.ME, Sharing.JUST_ME
    )
    result = export(
        store.session_factory, Scope.ward(ward.id), START, END, ALL_KINDS, tmp_path, None,
        clock=clock, data_paths=data_paths,
    )  # fmt: skip
    assert result.slideshows == 0 and slideshow_files(result.path) == []
    [event] = AuditService(store.session_factory).recent(kind="export_made")
    assert "slideshows" not in event.detail


def test_only_the_owners_care_team_and_never_the_council(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    ward, people = demo(store, clock)
    priya = export(
        store.session_factory, Scope.person(people["Priya"].id), START, END, ALL_KINDS, tmp_path, None,
        clock=clock, data_paths=data_paths,
    )  # fmt: skip
    assert slideshow_files(priya.path) == []
    council = export(
        store.session_factory, Scope.ward(ward.id), START, END, ALL_KINDS, tmp_path, None,
        clock=clock, council=True, data_paths=data_paths,
    )  # fmt: skip
    assert slideshow_files(council.path) == []
    without_topics = export(
        store.session_factory, Scope.ward(ward.id), START, END, ["person"], tmp_path, None,
        clock=clock, data_paths=data_paths,
    )  # fmt: skip
    assert slideshow_files(without_topics.path) == []
    sam = export(
        store.session_factory, Scope.person(people["Sam"].id), START, END, ["topic"], tmp_path, None,
        clock=clock, data_paths=data_paths,
    )  # fmt: skip
    assert len(slideshow_files(sam.path)) == 2


def test_a_password_zip_holds_the_slideshow_with_its_pictures(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    """The pictures are found in the data folder of the store when the caller does not say where."""
    ward, people = demo(store, clock)
    preparation = sams_preparation(store, clock, people["Sam"].id)
    first = next(t for t in preparation.topics if t.done)
    source = tmp_path / "garden.png"
    Image.new("RGB", (640, 480), "green").save(source)
    picture = import_picture(source, data_paths.pictures)
    service = PreparationService(store.session_factory, clock)
    service.add_picture(first.id, picture)
    service.add_words(first.id, "Staff-only note for the team.", WhoseWords.STAFF_NOTE, people["Jo"].id)
    service.set_state(first.id, TopicState.DONE)
    out = tmp_path / "out"
    out.mkdir()
    result = export(
        store.session_factory, Scope.ward(ward.id), START, END, ALL_KINDS, out, None,
        clock=clock, zip_password="kettle-42",
    )  # fmt: skip
    with pyzipper.AESZipFile(result.path) as archive:
        archive.setpassword(b"kettle-42")
        names = archive.namelist()
        [pptx_name] = [n for n in names if n.endswith(".pptx")]
        assert any(n.endswith(".pdf") and "-slides-" in n for n in names)
        deck = Presentation(io.BytesIO(archive.read(pptx_name)))
        document = json.loads(archive.read(next(n for n in names if n.endswith(".json"))))
    blobs = [
        shape.image.blob
        for slide in deck.slides
        for shape in slide.shapes
        if shape.shape_type == MSO_SHAPE_TYPE.PICTURE
    ]
    assert (data_paths.pictures / picture).read_bytes() in blobs
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides)
    assert "Staff note by Jo: Staff-only note for the team." in notes  # the care team sees staff notes
    assert document["counts"]["topic"] >= 2
