"""What was agreed, on the staff Meetings screen over a real store: written by clicking and typing,
saved with who wrote it, shown again later, and refused kindly when empty."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import MeetingKind, Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.staff.meetings_screen import MeetingsScreen
from tests.conftest import FixedClock
from tests.ui.test_accessibility import check_targets

LEFT = Qt.MouseButton.LeftButton
HINT = "Use short sentences and everyday words. The person will hear this read aloud."


@pytest.fixture
def people(ui_context: UiContext, store: Store, clock: FixedClock) -> dict[str, PersonInfo]:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    return {p.called: p for p in ui_context.services.people.on_ward(ward.id)}


@pytest.fixture
def open_screen(qtbot, ui_context: UiContext, people: dict[str, PersonInfo]) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    made: list[MeetingsScreen] = []
    staff = next(p for p in people.values() if p.role is Role.STAFF)

    def make() -> MeetingsScreen:
        screen = MeetingsScreen(ui_context, staff)
        qtbot.addWidget(screen)
        screen.resize(1280, 760)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        made.append(screen)
        return screen

    yield make
    for screen in made:
        screen.close()
        screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


PAST = datetime(2026, 11, 2, 14, tzinfo=UTC)
"""Lee's ward round, three weeks before the test clock's "now"."""


def past_meeting_row(qtbot, screen: MeetingsScreen):  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.button_for("Lee"), LEFT)
    row = next(r for r in screen.rows() if r.words == "Ward round" and "2 November 2026" in r.more)
    qtbot.mouseClick(row, LEFT)
    return row


def test_staff_write_what_was_agreed_and_it_is_saved_with_who_wrote_it(
    qtbot, open_screen, ui_context: UiContext, people: dict[str, PersonInfo], clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    lee = people["Lee"]
    past = ui_context.services.meetings.schedule(lee.id, MeetingKind.WARD_ROUND, PAST)
    screen = open_screen()
    past_meeting_row(qtbot, screen)
    assert screen.outcome_button.isVisible() and not screen.outcome_form.isVisible()
    qtbot.mouseClick(screen.outcome_button, LEFT)
    form = screen.outcome_form
    assert form.isVisible() and form.words.hasFocus()
    assert form.hint.text() == HINT and form.hint.isVisible()
    assert form.nothing_yet.isVisible() and form.earlier_labels == []
    check_targets(screen)

    qtbot.keyClicks(form.words, "You will have more time in the garden.")
    qtbot.keyClick(form.words, Qt.Key.Key_Return)
    qtbot.keyClicks(form.words, "We will talk about leave in <b>December</b>.")
    qtbot.mouseClick(form.save_button, LEFT)
    [outcome] = ui_context.services.outcomes.for_person(lee.id)
    assert outcome.meeting_id == past.id and outcome.written_by_id == screen.staff.id
    assert (
        outcome.words
        == "You will have more time in the garden.\nWe will talk about leave in <b>December</b>."
    )
    [event] = [e for e in ui_context.services.audit.recent(kind="outcome_written") if e.subject_id == lee.id]
    assert event.actor_id == screen.staff.id
    assert form.words.toPlainText() == "" and "Lee will hear it" in form.message.text()
    [shown] = form.earlier_labels
    assert f"by {screen.staff.called}" in shown.text() and "not heard it yet" in shown.text()
    assert shown.text().endswith(outcome.words) and shown.textFormat() == Qt.TextFormat.PlainText

    clock.now += timedelta(hours=1)
    qtbot.keyClicks(form.words, "Your tablets will be checked next week.")
    qtbot.mouseClick(form.save_button, LEFT)
    assert [label.text().split("\n", 1)[1] for label in form.earlier_labels] == [
        "Your tablets will be checked next week.",
        outcome.words,
    ]

    # Seen again later, on a fresh screen: newest first, and marked when the person has heard it.
    ui_context.services.outcomes.mark_seen(outcome.id)
    fresh = open_screen()
    past_meeting_row(qtbot, fresh)
    qtbot.mouseClick(fresh.outcome_button, LEFT)
    texts = [label.text() for label in fresh.outcome_form.earlier_labels]
    assert len(texts) == 2 and "Your tablets" in texts[0] and "They have heard it." in texts[1]
    assert not fresh.outcome_form.nothing_yet.isVisible()


def test_empty_words_get_a_kind_message_and_nothing_is_saved(
    qtbot, open_screen, ui_context: UiContext, people: dict[str, PersonInfo]
) -> None:  # type: ignore[no-untyped-def]
    lee = people["Lee"]
    ui_context.services.meetings.schedule(lee.id, MeetingKind.WARD_ROUND, PAST)
    screen = open_screen()
    past_meeting_row(qtbot, screen)
    qtbot.mouseClick(screen.outcome_button, LEFT)
    form = screen.outcome_form
    qtbot.mouseClick(form.save_button, LEFT)
    assert form.message.text() == "Please write what was agreed first. Then press Save."
    qtbot.keyClicks(form.words, "   ")
    qtbot.keyClick(form.words, Qt.Key.Key_Return)
    qtbot.mouseClick(form.save_button, LEFT)
    assert "write what was agreed first" in form.message.text()
    assert form.words.hasFocus()
    assert ui_context.services.outcomes.for_person(lee.id) == []
    assert [
        e for e in ui_context.services.audit.recent(kind="outcome_written") if e.subject_id == lee.id
    ] == []


def test_only_meetings_that_have_happened_offer_what_was_agreed(
    qtbot, open_screen, ui_context: UiContext, people: dict[str, PersonInfo]
) -> None:  # type: ignore[no-untyped-def]
    lee = people["Lee"]
    ui_context.services.meetings.schedule(lee.id, MeetingKind.WARD_ROUND, PAST)
    ui_context.services.meetings.schedule(lee.id, MeetingKind.CPA, PAST + timedelta(days=27))
    screen = open_screen()
    past_meeting_row(qtbot, screen)
    qtbot.mouseClick(screen.outcome_button, LEFT)
    assert screen.outcome_form.isVisible()
    coming = next(r for r in screen.rows() if r.words == "CPA meeting")
    qtbot.mouseClick(coming, LEFT)
    assert not screen.outcome_button.isVisible() and not screen.outcome_form.isVisible()
    qtbot.mouseClick(screen.add_button, LEFT)
    assert not screen.outcome_button.isVisible()
    past_meeting_row(qtbot, screen)
    qtbot.mouseClick(screen.outcome_button, LEFT)
    qtbot.mouseClick(screen.outcome_form.close_button, LEFT)
    assert not screen.outcome_form.isVisible() and screen.outcome_button.isVisible()


def test_what_staff_half_wrote_is_kept_as_a_draft_until_saved(
    qtbot, open_screen, ui_context: UiContext, people: dict[str, PersonInfo]
) -> None:  # type: ignore[no-untyped-def]
    lee = people["Lee"]
    ui_context.services.meetings.schedule(lee.id, MeetingKind.WARD_ROUND, PAST)
    screen = open_screen()
    past_meeting_row(qtbot, screen)
    qtbot.mouseClick(screen.outcome_button, LEFT)
    qtbot.keyClicks(screen.outcome_form.words, "You can go to the shop on")
    # The app closes before Save; the same staff member opens the meeting again on a fresh screen.
    fresh = open_screen()
    past_meeting_row(qtbot, fresh)
    qtbot.mouseClick(fresh.outcome_button, LEFT)
    form = fresh.outcome_form
    assert form.words.toPlainText() == "You can go to the shop on"
    qtbot.keyClicks(form.words, " Saturday.")
    qtbot.mouseClick(form.save_button, LEFT)
    [outcome] = ui_context.services.outcomes.for_person(lee.id)
    assert outcome.words == "You can go to the shop on Saturday."
    again = open_screen()
    past_meeting_row(qtbot, again)
    qtbot.mouseClick(again.outcome_button, LEFT)
    assert again.outcome_form.words.toPlainText() == ""  # saved: the draft went with it
