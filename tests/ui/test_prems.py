"""Experience questions, clicked through the real window: staff ask a person, the person answers
(skipping one, leaving halfway and coming back), hears better / same / worse, staff change the
questions after answers (a new version, the old kept) and read the charts. The tests that start from
nobody having answered use a new ward with the demo's people: the demo ward has months of answers."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from coprod_desktop.services.prems import DEFAULT_ITEMS, DEFAULT_TEXTS, PremService
from coprod_desktop.store.kinds import Rating, Role
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.prem_words import DEFAULT_ITEM_WORDS
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.prems.questions_screen import FIRST_TIME, SKIPPED, QuestionsScreen
from coprod_desktop.ui.screens.staff.prems_screen import (
    SECTION_QUESTIONS,
    SECTION_RESULTS,
    PremsScreen,
)
from coprod_desktop.ui.widgets.prem_charts import colour_count, render_chart, ward_trend_chart
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home, sign_in_as_jo

LEFT = Qt.MouseButton.LeftButton


def open_prems(qtbot, window: MainWindow) -> PremsScreen:  # type: ignore[no-untyped-def]
    home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(home.tiles["prems"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, PremsScreen)
    return screen


def sign_out(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.nav.home, LEFT)
    qtbot.mouseClick(window.current_screen().sign_out, LEFT)
    assert window.staff is None


def open_questions(qtbot, home: HomeScreen) -> QuestionsScreen:  # type: ignore[no-untyped-def]
    assert home.questions_choice.isVisible()
    qtbot.mouseClick(home.questions_choice, LEFT)
    screen = home.window().current_screen()
    assert isinstance(screen, QuestionsScreen)
    return screen


def rate(qtbot, screen: QuestionsScreen, rating: Rating | None) -> None:  # type: ignore[no-untyped-def]
    if rating is None:
        qtbot.mouseClick(screen.skip, LEFT)
    else:
        qtbot.mouseClick(screen.rating.button(rating), LEFT)


def seed_answers(service: PremService, people, ratings: list[Rating | None]) -> None:  # type: ignore[no-untyped-def]
    for person in people:
        response = service.start(person.id)
        for item, rating in zip(response.item_set.items, ratings, strict=False):
            service.answer(response.id, item.id, rating)
        service.finish(response.id)


def grabbed_colours(view) -> int:  # type: ignore[no-untyped-def]
    image = view.grab().toImage()
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    return colour_count(image)


def test_every_default_question_is_marked_for_translation() -> None:
    assert set(DEFAULT_ITEM_WORDS) == set(DEFAULT_TEXTS)


def test_staff_ask_a_person_who_answers_skips_leaves_and_hears_how_it_went(
    qtbot, new_ward_window: MainWindow, speaker: RecordingSpeaker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    window = new_ward_window
    staff_screen = open_prems(qtbot, window)
    sam_row = staff_screen.row_for("Sam")
    assert sam_row.next_label.text() == "Not asked"
    qtbot.mouseClick(sam_row.buttons[28], LEFT)
    assert sam_row.buttons[28].isChecked() and sam_row.next_label.text() == "Due now"
    assert "Every 4 weeks" in staff_screen.schedule_message.text()
    sign_out(qtbot, window)

    home = open_home(qtbot, window, "Sam")
    screen = open_questions(qtbot, home)
    assert "You can skip any question" in speaker.last and "I feel safe on the ward." in speaker.last
    assert screen.question.words == "I feel safe on the ward."
    assert screen.question.symbol_id == "topic-safe"
    assert screen.skip.height() >= 88 and screen.rating.button(Rating.GOOD).height() >= 88
    rate(qtbot, screen, Rating.GOOD)
    assert screen.index == 1 and "Saved" in speaker.last and "Staff listen to me." in speaker.last
    rate(qtbot, screen, None)
    assert screen.index == 2 and "Skipped" in speaker.last
    rate(qtbot, screen, Rating.NOT_SURE)
    first = screen.response
    assert first is not None and len(first.answers) == 3 and not first.is_complete

    # Leave halfway: the answers stay, Home still offers the questions, and they carry on.
    qtbot.mouseClick(window.nav.home, LEFT)
    assert window.current_screen() is home and home.questions_choice.isVisible()
    screen = open_questions(qtbot, home)
    assert screen.response is not None and screen.response.id == first.id
    # Asked first, so nobody lands on question 4 without knowing why.
    assert screen.asking_carry_on and "You answered 3 of 8 questions before" in speaker.last
    assert not screen.rating.isVisibleTo(screen)
    qtbot.mouseClick(screen.carry_on_question.carry_on_button, LEFT)
    assert screen.index == 3 and "Question 4 of 8" in speaker.last
    assert screen.step_label.text() == "Question 4 of 8" and screen.step_label.isVisibleTo(screen)
    qtbot.mouseClick(window.nav.back, LEFT)  # the bar's Back: one question back
    assert window.current_screen() is screen
    assert screen.index == 2 and screen.rating.value() is Rating.NOT_SURE and screen.next.isVisible()
    qtbot.mouseClick(screen.next, LEFT)
    assert screen.index == 3 and not screen.next.isVisible()
    for _ in range(len(DEFAULT_ITEMS) - 3):
        rate(qtbot, screen, Rating.GOOD)

    kinds = {row.item_key: row.kind for row in screen.result_rows}
    assert kinds["listened"] == SKIPPED and kinds["safe"] == FIRST_TIME
    assert "Thank you. Here is how it went." in speaker.last and "First time" in speaker.last
    assert "You skipped this one" in speaker.last
    qtbot.mouseClick(screen.done, LEFT)
    assert window.current_screen() is home and not home.questions_choice.isVisible()

    # A month later: the second time, compared with the first.
    clock.now += timedelta(days=30)
    window.start_over()
    home = open_home(qtbot, window, "Sam")
    screen = open_questions(qtbot, home)
    assert screen.response is not None and screen.response.id != first.id and screen.index == 0
    for rating in (Rating.NOT_SURE, Rating.GOOD, Rating.GOOD, Rating.GOOD):
        rate(qtbot, screen, rating)
    for _ in range(len(DEFAULT_ITEMS) - 4):
        rate(qtbot, screen, None)
    rows = {row.item_key: row for row in screen.result_rows}
    assert rows["safe"].kind == "worse" and rows["safe"].change.text() == "Worse than last time"
    assert rows["listened"].kind == FIRST_TIME  # skipped last time
    assert rows["kind"].kind == "better" and rows["say"].kind == "same"
    assert rows["future"].kind == SKIPPED
    said = speaker.last
    assert "I feel safe on the ward. Worse than last time" in said
    assert "Staff are kind to me. Better than last time" in said
    assert "The same as last time" in said
    assert not rows["safe"].mark.pixmap().isNull()  # a shape as well as words, not colour alone
    qtbot.mouseClick(screen.hear_results, LEFT)
    assert speaker.last == screen.results_speech()
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "Better than last time" in speaker.last


def test_changing_questions_after_answers_makes_a_new_version_and_keeps_the_old(
    qtbot, new_ward_window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    window = new_ward_window
    services = window._context.services
    screen = open_prems(qtbot, window)
    qtbot.mouseClick(screen.section_buttons[SECTION_QUESTIONS], LEFT)
    assert "Nobody has answered" in screen._questions_note.text()
    assert len(screen.question_rows) == len(DEFAULT_ITEMS)
    # Before anyone answers, a change replaces version 1.
    row = screen.question_rows[5]
    row.words.selectAll()
    qtbot.keyClicks(row.words, "We have fun things to do.")
    qtbot.mouseClick(screen.save_questions, LEFT)
    assert screen.questions_message.text() == "Saved."
    assert [v.version for v in services.prems.versions(screen.ward_id())] == [1]

    patients = services.people.on_ward(screen.ward_id(), Role.PATIENT)
    seed_answers(services.prems, patients[:1], [Rating.GOOD] * len(DEFAULT_ITEMS))
    clock.now += timedelta(days=1)
    qtbot.mouseClick(screen.section_buttons[SECTION_QUESTIONS], LEFT)
    qtbot.mouseClick(screen.undo_questions, LEFT)  # reads them again
    assert "People have answered" in screen._questions_note.text()
    row = screen.question_rows[0]
    row.words.selectAll()
    qtbot.keyClicks(row.words, "I feel safe here.")
    assert "Not saved yet" in screen.questions_message.text()
    qtbot.mouseClick(screen.question_rows[-1].remove, LEFT)
    qtbot.mouseClick(screen.question_rows[1].up, LEFT)  # "Staff listen to me." goes first
    qtbot.mouseClick(screen.question_rows[2].picture, LEFT)
    assert screen.picker is not None and screen._picker_box.isVisible()
    chosen = screen.picker.buttons()[0]
    qtbot.mouseClick(chosen, LEFT)
    qtbot.mouseClick(screen.save_questions, LEFT)
    assert "new version (2)" in screen.questions_message.text()
    versions = services.prems.versions(screen.ward_id())
    assert [v.version for v in versions] == [2, 1]
    assert [i.text for i in versions[0].items][:2] == ["Staff listen to me.", "I feel safe here."]
    assert versions[0].items[2].symbol_id == chosen.symbol_id != "thanks-kind"
    assert len(versions[0].items) == len(DEFAULT_ITEMS) - 1
    assert versions[1].items[0].text == "I feel safe on the ward."  # the old words are kept
    old = services.prems.responses(patients[0].id)[0]
    assert old.item_set.version == 1 and old.item_set.items[0].text == "I feel safe on the ward."
    assert (
        "Version 1" in screen.versions_list.text()
        and "I feel safe on the ward." in screen.versions_list.text()
    )
    assert "We have fun things to do." in screen.versions_list.text()
    # Saving again with nothing changed makes no third version.
    qtbot.mouseClick(screen.save_questions, LEFT)
    assert screen.questions_message.text() == "Nothing changed."
    assert len(services.prems.versions(screen.ward_id())) == 2


def test_results_show_a_friendly_empty_state_then_charts_with_counts_hidden_under_3(
    qtbot, new_ward_window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    window = new_ward_window
    services = window._context.services
    screen = open_prems(qtbot, window)
    qtbot.mouseClick(screen.section_buttons[SECTION_RESULTS], LEFT)
    assert screen.person_empty.isVisible() and "No answers from" in screen.person_empty.text()
    assert not screen.person_view.isVisible()
    assert screen.ward_empty.isVisible() and "No answers in this time" in screen.ward_empty.text()
    assert not screen.ward_view.isVisible() and not screen.ward_table.isVisible()

    patients = services.people.on_ward(screen.ward_id(), Role.PATIENT)
    # Two people only: the ward trend must not show a score, and says "fewer than 3".
    clock.now -= timedelta(days=40)
    seed_answers(services.prems, patients[:2], [Rating.NOT_SURE, Rating.GOOD, None])
    clock.now += timedelta(days=40)
    screen.refresh_results()
    assert screen.ward_empty.isVisible() and "Too few answers" in screen.ward_empty.text()
    assert not screen.ward_view.isVisible()
    cells = [screen.ward_table.item(0, c).text() for c in range(screen.ward_table.columnCount())]
    assert "fewer than 3" in cells[1] and any("fewer than 3 answers" in c for c in cells[2:])

    # Four people now: a line per question, with the number of answers.
    seed_answers(services.prems, patients[:4], [Rating.GOOD, Rating.NOT_GOOD, Rating.GOOD])
    qtbot.mouseClick(screen.person_buttons[patients[0].id], LEFT)
    qtbot.mouseClick(screen.period_buttons["5-years"], LEFT)
    assert screen.person_view.isVisible() and screen.ward_view.isVisible()
    assert screen.person_view.chart().series()
    assert grabbed_colours(screen.person_view) > 1 and grabbed_colours(screen.ward_view) > 1
    person_cells = [screen.person_table.item(0, c).text() for c in range(screen.person_table.columnCount())]
    assert person_cells == ["I feel safe on the ward.", "Not sure", "Good"]
    ward_cells = [screen.ward_table.item(0, c).text() for c in range(screen.ward_table.columnCount())]
    assert ward_cells[1] == "6" and "fewer than 3 answers" in ward_cells and "3.0 (n=4)" in ward_cells


def test_the_ward_chart_draws_without_a_window_for_the_screenshot_script(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    ward_id = window.ward_id()
    assert ward_id is not None
    patients = services.people.on_ward(ward_id, Role.PATIENT)
    for month in range(3):
        clock.now += timedelta(days=30 * month)
        seed_answers(services.prems, patients, [Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD])
    trend = services.prems.ward_trend(ward_id, clock.now - timedelta(days=200), clock.now + timedelta(days=1))
    chart = ward_trend_chart(trend)
    assert len(chart.series()) >= 3
    assert colour_count(render_chart(chart, 900, 500)) > 3


def test_start_again_goes_to_the_first_question_with_the_answers_given_kept(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    """Coming back to a sitting left halfway: Start again goes to question 1, the answers already
    given still showing (each saved, and each can be changed); nothing is lost or counted twice."""
    home = open_home(qtbot, window, "Sam")
    screen = open_questions(qtbot, home)
    rate(qtbot, screen, Rating.NOT_GOOD)
    rate(qtbot, screen, Rating.GOOD)
    first = screen.response
    qtbot.mouseClick(window.nav.home, LEFT)
    screen = open_questions(qtbot, home)
    assert screen.asking_carry_on and "You answered 2 of 8" in speaker.last
    qtbot.mouseClick(screen.carry_on_question.start_again_button, LEFT)
    assert not screen.asking_carry_on and screen.index == 0
    assert "Question 1 of 8" in speaker.last and "I feel safe on the ward." in speaker.last
    assert screen.rating.value() is Rating.NOT_GOOD and screen.next.isVisible()
    assert screen.response is not None and first is not None and screen.response.id == first.id
    assert len(screen.response.answers) == 2
