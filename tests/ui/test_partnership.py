"""Working in partnership, clicked as the ward team would: a friendly empty state, a check rated with
the big buttons and saved, the next check starting from it, and progress as a chart and in words."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from coprod_desktop.services.partnership import PRACTICES, RATING_WORDS
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.partnership_screen import (
    PARTNERSHIP_WORDS,
    SECTION_CHECK,
    SECTION_PROGRESS,
    PartnershipScreen,
)
from coprod_desktop.ui.widgets.prem_charts import colour_count, partnership_chart, render_chart
from tests.conftest import FixedClock
from tests.ui.journeys import sign_in_as_jo

LEFT = Qt.MouseButton.LeftButton


def open_partnership(qtbot, window: MainWindow) -> PartnershipScreen:  # type: ignore[no-untyped-def]
    home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(home.tiles["partnership"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, PartnershipScreen)
    return screen


def test_every_level_practice_and_rating_is_marked_for_translation() -> None:
    texts = {level.title for level in PRACTICES}
    texts |= {practice.text for level in PRACTICES for practice in level.practices}
    texts |= set(RATING_WORDS.values())
    assert set(PARTNERSHIP_WORDS) == texts


def test_a_check_is_saved_and_progress_shows_as_a_chart_and_in_words(
    qtbot, new_ward_window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    window = new_ward_window  # the demo ward already has two checks; this starts with none
    services = window._context.services
    screen = open_partnership(qtbot, window)
    assert [h.text() for h in screen.level_headings.values()] == [
        "Laying the foundation",
        "Identifying and building skills",
        "Working in partnership",
    ]
    assert len(screen.rows) == 15 and screen.ratings() == {}
    qtbot.mouseClick(screen.section_buttons[SECTION_PROGRESS], LEFT)
    assert screen.empty.isVisible() and "No checks yet" in screen.empty.text()
    assert not screen.chart_view.isVisible()

    qtbot.mouseClick(screen.section_buttons[SECTION_CHECK], LEFT)
    qtbot.mouseClick(screen.save, LEFT)  # nothing rated: told plainly, nothing saved
    assert screen.message.text() == "Rate at least one practice."
    assert services.partnership.checks(screen.ward_id()) == []
    welcome = screen.rows["welcome"]
    assert all(b.height() >= 88 and b.width() >= 88 for b in welcome.buttons.values())
    assert welcome.buttons[3].text() == "Always"
    assert welcome.buttons[3].accessibleName().endswith("Always")
    qtbot.mouseClick(welcome.buttons[3], LEFT)
    qtbot.mouseClick(screen.rows["easy-read"].buttons[1], LEFT)
    qtbot.mouseClick(screen.rows["strengths"].buttons[0], LEFT)
    qtbot.mouseClick(screen.rows["decide"].buttons[2], LEFT)
    qtbot.mouseClick(screen.rows["decide"].buttons[1], LEFT)  # changed their mind
    qtbot.mouseClick(screen.rows["plan"].buttons[2], LEFT)
    qtbot.mouseClick(screen.rows["plan"].buttons[2], LEFT)  # pressed again: not rated after all
    assert screen.ratings() == {"welcome": 3, "easy-read": 1, "strengths": 0, "decide": 1}
    assert "Not saved yet" in screen.message.text()
    qtbot.mouseClick(screen.save, LEFT)
    assert "Saved" in screen.message.text() and "Laying the foundation: 67%" in screen.message.text()
    [check] = services.partnership.checks(screen.ward_id())
    assert check.ratings == {"welcome": 3, "easy-read": 1, "strengths": 0, "decide": 1}
    assert check.by_id == window.staff.id

    # A month later the next check starts from the last one.
    clock.now += timedelta(days=30)
    qtbot.mouseClick(window.nav.home, LEFT)
    screen = _reopen(qtbot, window)
    assert screen.ratings() == check.ratings
    qtbot.mouseClick(screen.rows["strengths"].buttons[2], LEFT)
    qtbot.mouseClick(screen.save, LEFT)
    qtbot.mouseClick(screen.section_buttons[SECTION_PROGRESS], LEFT)
    assert not screen.empty.isVisible() and screen.chart_view.isVisible()
    chart = screen.chart_view.chart()
    assert chart.series() and chart.series()[0].count() == 3  # a bar set per level
    image = screen.chart_view.grab().toImage()
    assert colour_count(image) > 1
    listed = screen.checks_list.text()
    assert listed.index("Identifying and building skills: 67%") < listed.index(
        "Identifying and building skills: 0%"
    )  # newest first
    assert "Working in partnership: 33%" in listed
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "Laying the foundation: 67%" in window._context.speaker.last


def _reopen(qtbot, window: MainWindow) -> PartnershipScreen:  # type: ignore[no-untyped-def]
    home = window.current_screen()
    qtbot.mouseClick(home.tiles["partnership"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, PartnershipScreen)
    return screen


def test_the_progress_chart_draws_without_a_window(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    ward_id = window.ward_id()
    assert ward_id is not None
    services.partnership.record(ward_id, {"welcome": 2, "time": 3}, None)
    services.partnership.record(ward_id, {"welcome": 3, "roles": 1}, None)
    levels = [(level.key, level.title) for level in PRACTICES]
    chart = partnership_chart(services.partnership.progress(ward_id), levels, lambda at: f"{at:%d %b}")
    assert colour_count(render_chart(chart, 800, 450)) > 3
