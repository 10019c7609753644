"""The staff Meetings screen on a real store: add by clicking, change as you type, cancel with Yes/No."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, QTime

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import MeetingKind, Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.staff.meetings_screen import MeetingsScreen
from tests.conftest import FixedClock
from tests.ui.test_accessibility import check_targets

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def london(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A time zone with summer time, so local-to-UTC conversion is really tested."""
    monkeypatch.setenv("TZ", "Europe/London")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def screen(
    qtbot, ui_context: UiContext, store: Store, clock: FixedClock, london: None
) -> Iterator[MeetingsScreen]:  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    staff = next(p for p in ui_context.services.people.on_ward(ward.id) if p.role is Role.STAFF)
    shown = MeetingsScreen(ui_context, staff)
    qtbot.addWidget(shown)
    shown.resize(1280, 760)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Deleted now, not later: a closed screen left waiting would still retranslate (and query a
    # disposed store) when a later test switches language.
    shown.close()
    shown.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def person(context: UiContext, screen: MeetingsScreen, called: str) -> PersonInfo:
    return next(p for p in context.services.people.on_ward(screen.staff.ward_id) if p.called == called)  # type: ignore[arg-type]


def test_adding_a_meeting_by_clicking_stores_it_in_utc(
    qtbot, screen: MeetingsScreen, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    lee = person(ui_context, screen, "Lee")
    qtbot.mouseClick(screen.button_for("Lee"), LEFT)
    assert screen.rows() == []
    qtbot.mouseClick(screen.add_button, LEFT)
    qtbot.mouseClick(screen.save_button, LEFT)  # no kind chosen yet: nothing saved, plain words say why
    assert ui_context.services.meetings.for_person(lee.id) == []
    assert "kind" in screen.message.text()
    qtbot.mouseClick(screen.form.kind_buttons[MeetingKind.TRIBUNAL], LEFT)
    screen.form.day.setDate(QDate(2027, 6, 10))
    screen.form.at.setTime(QTime(14, 30))
    qtbot.keyClicks(screen.form.title_edit, "Leave <b>hearing</b>")
    qtbot.mouseClick(screen.save_button, LEFT)
    [meeting] = ui_context.services.meetings.for_person(lee.id)
    assert meeting.kind is MeetingKind.TRIBUNAL
    assert meeting.starts_at == datetime(2027, 6, 10, 13, 30, tzinfo=UTC)  # 14:30 British Summer Time
    assert meeting.title == "Leave <b>hearing</b>" and meeting.template_id is None
    [row] = screen.rows()
    assert row.isChecked() and "Tribunal" in row.words and "10 June 2027 at 14:30" in row.more
    check_targets(screen)


def test_changes_to_a_meeting_save_by_themselves(
    qtbot, screen: MeetingsScreen, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    sam = person(ui_context, screen, "Sam")
    qtbot.mouseClick(screen.button_for("Sam"), LEFT)
    row = screen.rows()[0]  # his CPA to come; his last ward round is listed after it
    qtbot.mouseClick(row, LEFT)
    assert screen.form.kind() is MeetingKind.CPA and not screen.save_button.isVisible()
    qtbot.mouseClick(screen.form.kind_buttons[MeetingKind.WARD_ROUND], LEFT)
    qtbot.keyClicks(screen.form.title_edit, "Plans")

    def planned():  # type: ignore[no-untyped-def]
        return [m for m in ui_context.services.meetings.for_person(sam.id) if m.title == "Plans"]

    qtbot.waitUntil(lambda: len(planned()) == 1)
    assert planned()[0].kind is MeetingKind.WARD_ROUND
    assert "Ward round: Plans" in screen.rows()[0].words


def test_cancel_asks_first_and_no_keeps_the_meeting(
    qtbot, screen: MeetingsScreen, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    sam = person(ui_context, screen, "Sam")
    qtbot.mouseClick(screen.button_for("Sam"), LEFT)
    qtbot.mouseClick(screen.rows()[0], LEFT)
    qtbot.mouseClick(screen.cancel_button, LEFT)
    assert screen.confirm.isVisible() and screen.confirm.no.hasFocus()
    check_targets(screen)
    qtbot.mouseClick(screen.confirm.no, LEFT)
    assert not screen.confirm.isVisible()
    assert len(ui_context.services.meetings.for_person(sam.id)) == 2
    qtbot.mouseClick(screen.cancel_button, LEFT)
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert [m.kind for m in ui_context.services.meetings.for_person(sam.id)] == [MeetingKind.WARD_ROUND]
    assert [row.words for row in screen.rows()] == ["Ward round"] and screen.save_button.isVisible()
    [event] = ui_context.services.audit.recent(kind="meeting_cancelled")
    assert event.subject_id == sam.id and event.actor_id == screen.staff.id


def test_past_meetings_are_listed_after_those_to_come(
    qtbot, screen: MeetingsScreen, ui_context: UiContext, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    sam = person(ui_context, screen, "Sam")
    ui_context.services.meetings.schedule(sam.id, MeetingKind.OTHER, datetime(2026, 10, 1, 9, tzinfo=UTC))
    qtbot.mouseClick(screen.button_for("Priya"), LEFT)
    qtbot.mouseClick(screen.button_for("Sam"), LEFT)
    kinds = [row.words for row in screen.rows()]
    assert kinds == ["CPA meeting", "Ward round", "Meeting"]
