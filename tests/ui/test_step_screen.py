"""Every flow of questions works the same way (the StepScreen kit): "Question n of m" shown and
spoken as each question arrives, Escape and the bar's Back go one step (and from the first step
leave), and a flow left half done asks "Carry on or start again?" when it is opened again."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprod_desktop.ui.kit.step_screen import StepScreen
from coprod_desktop.ui.main_window import MainWindow
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home, type_words
from tests.ui.test_council import open_council
from tests.ui.test_thank_you import open_say_thank_you
from tests.ui.test_you_said_we_did import open_raise

LEFT = Qt.MouseButton.LeftButton


def _thank_priya(qtbot, screen: StepScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.person_button("Priya"), LEFT)  # type: ignore[attr-defined]


def _skip_topic(qtbot, screen: StepScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.skip_topic, LEFT)  # type: ignore[attr-defined]


def _this_month(qtbot, screen: StepScreen) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.period_buttons["month"], LEFT)  # type: ignore[attr-defined]


def _open_questions(qtbot, window: MainWindow) -> StepScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(home.questions_choice, LEFT)
    screen = window.current_screen()
    assert isinstance(screen, StepScreen)
    return screen


def _rate_good(qtbot, screen: StepScreen) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.store.kinds import Rating

    qtbot.mouseClick(screen.rating.button(Rating.GOOD), LEFT)  # type: ignore[attr-defined]


FLOWS: dict[str, tuple[Callable[..., StepScreen], Callable[..., None], str, str]] = {
    # name: (open it, answer the first question, first label, second label)
    "thank you": (open_say_thank_you, _thank_priya, "Question 1 of 2", "Question 2 of 2"),
    "idea": (
        lambda q, w: open_raise(q, w, "Priya", "idea"),
        _skip_topic,
        "Question 1 of 2",
        "Question 2 of 2",
    ),
    "worry": (
        lambda q, w: open_raise(q, w, "Priya", "not-happy"),
        _skip_topic,
        "Question 1 of 3",
        "Question 2 of 3",
    ),
    "council": (open_council, _this_month, "Step 1 of 4", "Step 2 of 4"),
    "questions for me": (_open_questions, _rate_good, "Question 1 of 8", "Question 2 of 8"),
}


@pytest.mark.parametrize("flow", list(FLOWS))
def test_each_question_says_where_it_is_and_back_goes_one_step(
    qtbot, window: MainWindow, speaker: RecordingSpeaker, flow: str
) -> None:  # type: ignore[no-untyped-def]
    open_it, answer, first, second = FLOWS[flow]
    screen = open_it(qtbot, window)
    assert isinstance(screen, StepScreen)
    assert screen.step_label.isVisibleTo(screen) and screen.step_label.text() == first
    assert first in speaker.last
    answer(qtbot, screen)
    assert screen.step_label.text().startswith(second) and second in speaker.last

    # Escape (as the bar's Back) goes one step back, says where it is, and keeps the screen.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.current_screen() is screen
    assert screen.step_label.text().startswith(first) and first in speaker.last
    # From the first step, Back leaves the flow.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert window.current_screen() is not screen


@pytest.mark.parametrize("flow", ["thank you", "worry"])
def test_a_flow_left_half_done_asks_first_and_start_again_is_a_clean_page(
    qtbot, window: MainWindow, speaker: RecordingSpeaker, flow: str
) -> None:  # type: ignore[no-untyped-def]
    open_it, answer, first, _second = FLOWS[flow]
    screen = open_it(qtbot, window)
    answer(qtbot, screen)
    if flow == "worry":
        type_words(qtbot, screen, "The showers are cold")
    qtbot.mouseClick(window.nav.home, LEFT)

    again = open_it(qtbot, window)
    assert again is not screen and again.asking_carry_on
    assert "Carry on, or start again?" in speaker.last
    assert not again.pages.isVisibleTo(again) and not again.step_label.isVisibleTo(again)
    qtbot.mouseClick(again.carry_on_question.start_again_button, LEFT)
    fresh = window.current_screen()
    assert isinstance(fresh, StepScreen) and fresh is not again and not fresh.asking_carry_on
    assert fresh.step_label.text() == first and fresh.draft() == {}
    person = fresh._person
    assert window._context.services.drafts.get(person.id, fresh._draft_key) in (None, {})


@pytest.mark.parametrize("flow", ["council", "questions for me"])
def test_a_switch_meets_the_answers_before_next_and_skip(qtbot, window: MainWindow, flow: str) -> None:  # type: ignore[no-untyped-def]
    """The row of moves (Skip, Next) comes after the step's answers in the scan order, even for
    answers made after it (the council's cards are built once a time is chosen)."""
    from coprod_desktop.ui.kit.scan_order import scan_items

    open_it, answer, _first, _second = FLOWS[flow]
    screen = open_it(qtbot, window)
    if flow == "council":
        answer(qtbot, screen)
    items = scan_items(window, within=screen)
    moves = [w for w in items if screen.moves_bar.isAncestorOf(w)]
    assert moves and items[-len(moves) :] == moves
    assert QApplication.focusWidget() not in moves  # the focus starts on an answer


def test_moving_on_starts_the_focus_on_the_next_steps_first_answer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Choosing a time hides the button that was pressed: the focus goes to the first thing to take
    (not to the page arrows, the Next button or nowhere), so a switch carries on from the top."""
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = open_council(qtbot, window)
    qtbot.mouseClick(screen.period_buttons["month"], LEFT)  # a tap also puts the focus on it
    assert screen.step == 1
    first = screen.themes_page.cards[0].take
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    # Back (Escape): to choosing a time, the focus on the first time.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert screen.step == 0
    qtbot.waitUntil(lambda: QApplication.focusWidget() in screen.period_buttons.values())
