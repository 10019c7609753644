"""The whole of My meeting with real clicks: from Who are you? to a finished slideshow, and the copies
the person allowed (PowerPoint for the care team, a paper copy for their mam), reopened and read.
A copy for someone they did not allow is refused and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pypdf import PdfReader
from PySide6.QtCore import Qt

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.share.share_service import ShareAudience, ShareFormat, ShareRefused, ShareService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Rating
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.meeting.my_meeting_screen import MyMeetingScreen
from coprod_desktop.ui.screens.meeting.present_screen import PresentScreen
from coprod_desktop.ui.screens.meeting.share_screen import ShareScreen
from coprod_desktop.ui.screens.meeting.taking_part_screen import TakingPartScreen
from coprod_desktop.ui.screens.meeting.topic_screen import TopicScreen
from coprod_desktop.ui.symbol_png import QtSymbolImages
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home

CLICK = Qt.MouseButton.LeftButton


def test_from_who_are_you_to_slides_and_the_copies_sam_allowed(
    qtbot, window: MainWindow, store: Store, tmp_path: Path, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    # Who are you? -> Sam -> My meeting
    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(home.meeting_tile, CLICK)
    meeting = window.current_screen()
    assert isinstance(meeting, MyMeetingScreen)
    assert "You can walk in the garden" in speaker.said[-1]  # what was agreed last time, read aloud

    # A topic: rate it, say something, add a photo, finish it.
    card = next(c for c in meeting.topic_cards() if c.words == "My day")
    qtbot.mouseClick(card, CLICK)
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    qtbot.mouseClick(topic.rating.button(Rating.GOOD), CLICK)
    qtbot.mouseClick(topic.add_words, CLICK)
    qtbot.keyClicks(topic.words_editor.box, "I like cooking on Tuesdays")
    qtbot.mouseClick(topic.words_editor.done, CLICK)
    photo = tmp_path / "kitchen.jpg"
    Image.new("RGB", (1200, 900), "#d8a").save(photo)
    topic.add_picture_from(photo)
    qtbot.waitUntil(lambda: any(c.piece.file_name for c in topic.cards), timeout=10_000)
    qtbot.mouseClick(topic.done, CLICK)
    assert window.current_screen() is meeting
    assert "3 of 10 done" in meeting.spoken_summary()  # on the screen too, above the next topic
    assert "3 of 10 done" in meeting.next_topic.words.text()

    # How I take part: the care team and Mam may have a copy (Mam from the demo), and Aunty Bev too.
    qtbot.mouseClick(meeting.take_part, CLICK)
    choices = window.current_screen()
    assert isinstance(choices, TakingPartScreen)
    qtbot.keyClicks(choices.family_name, "Aunty Bev")
    qtbot.mouseClick(choices.add_family_button, CLICK)
    window.go_back()

    # Show my slides: the title, then each finished topic, to the end.
    qtbot.mouseClick(meeting.present, CLICK)
    show = window.current_screen()
    assert isinstance(show, PresentScreen)
    titles = []
    while show.next.isEnabled():
        qtbot.mouseClick(show.next, CLICK)
        titles.append(show.view.heading.text())
    assert titles == ["Feeling safe", "My health", "My day"]
    assert "I like cooking on Tuesdays" in [label.text() for label in show.view.word_labels]
    qtbot.mouseClick(show.close_button, CLICK)
    assert window.current_screen() is meeting

    # Share: only the care team, Mam and Aunty Bev are offered.
    qtbot.mouseClick(meeting.share, CLICK)
    share = window.current_screen()
    assert isinstance(share, ShareScreen)
    assert [who.text() for who, _s, _p in share.rows] == ["My care team", "Mam", "Aunty Bev"]
    _who, slides, _paper = share.rows[0]
    qtbot.mouseClick(slides, CLICK)
    qtbot.waitUntil(lambda: share.last_file is not None, timeout=30_000)
    pptx_file = share.last_file
    assert pptx_file is not None and pptx_file.suffix == ".pptx"
    _who, _slides, paper = share.rows[1]
    share.last_file = None
    qtbot.mouseClick(paper, CLICK)
    qtbot.waitUntil(lambda: share.last_file is not None, timeout=30_000)
    pdf_file = share.last_file
    assert pdf_file is not None and pdf_file.suffix == ".pdf"

    deck = Presentation(str(pptx_file))
    texts = [
        " ".join(shape.text_frame.text for shape in s.shapes if shape.has_text_frame) for s in deck.slides
    ]
    assert "Sam" in texts[0]
    assert any("I like cooking on Tuesdays" in text for text in texts)
    assert any(shape.shape_type == 13 for s in deck.slides for shape in s.shapes)  # pictures are in it
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    assert "Jo" in notes  # whose words: what Jo wrote down for Sam is marked as such
    for other in ("Priya", "Dafydd", "Lee", "Aisha"):
        assert other not in " ".join(texts) and other not in notes and other not in pptx_file.name

    handout = " ".join(page.extract_text() for page in PdfReader(str(pdf_file)).pages)
    assert "I like cooking on Tuesdays" in handout and "Sam" in handout
    assert "Ask the doctor about the dose" not in handout  # a staff note is not in the family's copy

    made = AuditService(store.session_factory).recent(kind="share_made")
    assert len(made) == 2
    assert all("cooking" not in str(event.detail) for event in made)


def test_a_copy_for_someone_the_person_did_not_allow_is_refused(
    window: MainWindow, store: Store, ui_context
) -> None:  # type: ignore[no-untyped-def]
    sam = next(p for p in window.who_are_you.people() if p.called == "Sam")
    cpa = ui_context.services.meetings.upcoming(sam.id)[0]
    preparation = ui_context.services.preparation.for_meeting(sam.id, cpa.id)
    service = ShareService(
        store.session_factory, ui_context.paths, QtSymbolImages(ui_context.catalogue), ui_context.clock
    )
    assert ShareAudience.family("Uncle Ray") not in service.allowed_audiences(preparation.id)
    before = sorted(ui_context.paths.shares.glob("*")) if ui_context.paths.shares.exists() else []
    with pytest.raises(ShareRefused):
        service.share(preparation.id, ShareAudience.family("Uncle Ray"), ShareFormat.PPTX)
    after = sorted(ui_context.paths.shares.glob("*")) if ui_context.paths.shares.exists() else []
    assert after == before
    assert AuditService(store.session_factory).recent(kind="share_made") == []
