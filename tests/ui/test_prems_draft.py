"""Questions being reworded by staff are kept as typed until saved or undone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.prems_screen import SECTION_QUESTIONS, PremsScreen
from tests.ui.journeys import sign_in_as_jo

LEFT = Qt.MouseButton.LeftButton


def open_questions(qtbot, window: MainWindow) -> PremsScreen:  # type: ignore[no-untyped-def]
    home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(home.tiles["prems"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, PremsScreen)
    screen.show_section(SECTION_QUESTIONS)
    return screen


def test_rewording_not_saved_comes_back_after_sign_out_and_undo_drops_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_questions(qtbot, window)
    first = screen.question_rows[0].words
    original = first.text()
    first.selectAll()
    qtbot.keyClicks(first, "I feel safe here, day and night.")
    window.sign_out()
    again = open_questions(qtbot, window)
    assert again.question_rows[0].words.text() == "I feel safe here, day and night."
    assert "Not saved yet" in again.questions_message.text()
    qtbot.mouseClick(again.undo_questions, LEFT)
    assert again.question_rows[0].words.text() == original
    window.sign_out()
    fresh = open_questions(qtbot, window)
    assert fresh.question_rows[0].words.text() == original  # undone means gone, draft and all
