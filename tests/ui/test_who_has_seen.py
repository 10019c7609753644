"""Who has seen my things, on the real window: plain sentences, read aloud, in pages, and a big Yes / No
before sharing stops. Copies and exports are made through the real services first."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QScrollArea

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import DEMO_WARD_NAME
from coprod_desktop.services.export.runner import export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.services.share.share_service import ShareAudience, ShareFormat, ShareService
from coprod_desktop.services.share.symbol_images import NoSymbolImages
from coprod_desktop.services.sharing_history import WhatWent
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.mine.who_has_seen_screen import PAGE_SIZE, WhoHasSeenScreen
from coprod_desktop.ui.switch_access import SwitchAccess
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home

LEFT = Qt.MouseButton.LeftButton
START, END = date(2026, 1, 1), date(2026, 12, 31)


def open_who_has_seen(qtbot, window: MainWindow, ui_context: UiContext, name: str) -> WhoHasSeenScreen:  # type: ignore[no-untyped-def]
    """As Home will: the chosen person's own screen."""
    open_home(qtbot, window, name)
    assert window.person is not None
    screen = WhoHasSeenScreen(ui_context, window.person)
    window.show_screen(screen)
    qtbot.waitUntil(screen.isVisible)
    return screen


def make_copies_of_sams_things(store: Store, clock: FixedClock, data_paths: DataPaths, out: Path) -> None:
    """Jo makes two slide copies and a copy for Sam's care team; the demo's council pack is the fourth."""
    factory = store.session_factory
    ward = WardService(factory).find_by_name(DEMO_WARD_NAME)
    assert ward is not None
    people = {p.called: p for p in PeopleService(factory).on_ward(ward.id)}
    sam, jo = people["Sam"].id, people["Jo"].id
    cpa = MeetingService(factory, clock).upcoming(sam)[0]
    preparation = PreparationService(factory, clock).for_meeting(sam, cpa.id)
    shares = ShareService(factory, data_paths, NoSymbolImages(), clock)
    for audience, fmt in (
        (ShareAudience.family("Mam"), ShareFormat.PPTX),
        (ShareAudience.care_team(), ShareFormat.PDF),
    ):
        clock.now += timedelta(minutes=5)
        shares.share(preparation.id, audience, fmt, jo)
    clock.now += timedelta(minutes=5)
    export(factory, Scope.person(sam), START, END, ["person"], out, jo, clock=clock)


def test_nobody_has_had_a_copy_is_said_plainly(
    qtbot, window: MainWindow, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_who_has_seen(qtbot, window, ui_context, "Aisha")
    assert screen.records == []
    assert screen.intro.text() == "Nobody has had a copy of your things."
    assert screen.sentences() == []
    assert not screen.next_page.isVisible()
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "Nobody has had a copy of your things" in speaker.last


def test_each_copy_is_a_plain_sentence_read_aloud_in_pages(
    qtbot,
    window: MainWindow,
    ui_context: UiContext,
    store: Store,
    clock: FixedClock,
    data_paths: DataPaths,
    tmp_path: Path,
    speaker: RecordingSpeaker,
) -> None:  # type: ignore[no-untyped-def]
    make_copies_of_sams_things(store, clock, data_paths, tmp_path)
    screen = open_who_has_seen(qtbot, window, ui_context, "Sam")

    assert len(screen.records) == 4 > PAGE_SIZE
    assert screen.sentences() == [
        "On 22 November, Jo made a copy of your things for your care team.",
        "On 22 November, Jo made a paper copy of your slides for your care team.",
        "On 22 November, Jo made a copy of your slides for Mam.",
    ]
    for sentence in screen.sentences():
        assert len(sentence.split()) <= 15
    qtbot.mouseClick(screen.rows[2], LEFT)
    assert speaker.last == "On 22 November, Jo made a copy of your slides for Mam."

    assert screen.page_label.text() == "Page 1 of 2" and not screen.back_page.isEnabled()
    qtbot.mouseClick(screen.next_page, LEFT)
    assert screen.sentences() == ["On 21 November, your words went to the council without your name."]
    assert speaker.last == "Page 2 of 2. On 21 November, your words went to the council without your name."
    assert not screen.next_page.isEnabled()
    qtbot.mouseClick(screen.back_page, LEFT)
    assert screen.page == 0

    assert_fits_without_scrolling(window, screen)


def test_biggest_words_get_fewer_lines_a_page_and_still_fit(
    qtbot, window: MainWindow, ui_context: UiContext, store: Store, clock: FixedClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    factory = store.session_factory
    ward = WardService(factory).find_by_name(DEMO_WARD_NAME)
    assert ward is not None
    priya = next(p for p in PeopleService(factory).on_ward(ward.id) if p.called == "Priya")
    for _ in range(3):  # Priya chose the biggest words in the demo ward
        export(factory, Scope.person(priya.id), START, END, ["person"], tmp_path, None, clock=clock)
    screen = open_who_has_seen(qtbot, window, ui_context, "Priya")
    assert screen.sentences()[0] == "On 22 November, staff made a copy of your things for your care team."
    assert 1 <= len(screen.sentences()) < 3 and screen.next_page.isVisible()
    assert_fits_without_scrolling(window, screen)


def assert_fits_without_scrolling(window: MainWindow, screen: WhoHasSeenScreen) -> None:
    """Pages, not scrolling: nothing scrolls, and every target is big, named by its words, on screen
    and clear of the others."""
    assert screen.findChildren(QScrollArea) == []
    buttons = [b for b in screen.findChildren(QAbstractButton) if b.isVisible()]
    rects = []
    for button in buttons:
        assert button.width() >= 88 and button.height() >= 88, button.accessibleName()
        if isinstance(button, SymbolButton):
            assert button.words and button.accessibleName().startswith(button.words)
        rect = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
        assert window.rect().contains(rect), button.accessibleName()
        assert all(not rect.intersects(other) for other in rects), button.accessibleName()
        rects.append(rect)


def test_space_reaches_every_line_and_button_and_enter_reads_it(
    qtbot,
    window: MainWindow,
    ui_context: UiContext,
    store: Store,
    clock: FixedClock,
    data_paths: DataPaths,
    tmp_path: Path,
    speaker: RecordingSpeaker,
) -> None:  # type: ignore[no-untyped-def]
    make_copies_of_sams_things(store, clock, data_paths, tmp_path)
    screen = open_who_has_seen(qtbot, window, ui_context, "Sam")
    switch = SwitchAccess(window)
    QApplication.instance().installEventFilter(switch)
    try:
        window.activateWindow()
        screen.rows[0].setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(screen.rows[0].hasFocus)
        reached = []
        for _ in range(12):
            reached.append(QApplication.focusWidget())
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        for wanted in (*screen.rows, screen.next_page, screen.stop_button):
            assert wanted in reached
        screen.rows[1].setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(screen.rows[1].hasFocus)
        speaker.said.clear()
        qtbot.keyClick(screen.rows[1], Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: speaker.said == [screen.rows[1].words])  # Enter clicks, as a tap does
    finally:
        QApplication.instance().removeEventFilter(switch)


def test_stop_sharing_asks_yes_or_no_then_says_what_it_did(
    qtbot,
    window: MainWindow,
    ui_context: UiContext,
    store: Store,
    clock: FixedClock,
    data_paths: DataPaths,
    tmp_path: Path,
    speaker: RecordingSpeaker,
) -> None:  # type: ignore[no-untyped-def]
    make_copies_of_sams_things(store, clock, data_paths, tmp_path)
    screen = open_who_has_seen(qtbot, window, ui_context, "Sam")
    audit = AuditService(store.session_factory)

    qtbot.mouseClick(screen.stop_button, LEFT)
    assert screen.confirm.isVisible() and not screen.rows[0].isVisible()
    assert screen.confirm.no.hasFocus()  # a stray Enter never stops anything
    assert screen.confirm.question.text() == (
        "Do you want to stop sharing your things from now on? "
        "Copies people already have cannot be taken back."
    )
    assert "Do you want to stop sharing your things from now on?" in speaker.last
    qtbot.mouseClick(screen.confirm.no, LEFT)
    assert not screen.confirm.isVisible() and screen.rows[0].isVisible()
    assert audit.recent(kind="sharing_stopped") == []

    qtbot.mouseClick(screen.stop_button, LEFT)
    with qtbot.waitSignal(screen.sharing_stopped):
        qtbot.mouseClick(screen.confirm.yes, LEFT)
    done = screen.done_label.text()
    assert done == (
        "Done. You stopped sharing from now on. Only you can see your slides now. "
        "Your thank-yous are off the wall. The council will not read out your words. "
        "Copies people already have cannot be taken back."
    )
    assert speaker.last == done and screen.ok.hasFocus() and not screen.rows[0].isVisible()
    qtbot.mouseClick(screen.ok, LEFT)
    assert not screen.done_label.isVisible() and screen.rows[0].isVisible()
    assert screen.records[0].what is WhatWent.STOPPED
    assert screen.sentences()[0] == "On 22 November, you stopped sharing from then on."
    [event] = audit.recent(kind="sharing_stopped")
    assert event.subject_id == window.person.id
    sam = window.person
    cpa = MeetingService(store.session_factory, clock).upcoming(sam.id)[0]
    preparation = PreparationService(store.session_factory, clock).for_meeting(sam.id, cpa.id)
    assert (
        ShareService(store.session_factory, data_paths, NoSymbolImages(), clock).allowed_audiences(
            preparation.id
        )
        == ()
    )
