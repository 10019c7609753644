"""A job's answer reaches the screen that asked, and never a screen that has gone (a patient pressed
Home while their slides were being made)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication, QWidget

from coprod_desktop.ui.background_job import JobRunner


def test_the_answer_comes_back_to_the_screen(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = QWidget()
    qtbot.addWidget(screen)
    runner = JobRunner(screen)
    answers: list[object] = []
    runner.start(lambda: 6 * 7, answers.append, answers.append)
    qtbot.waitUntil(lambda: answers == [42])
    assert not runner.busy()


def test_a_failure_comes_back_as_the_error(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = QWidget()
    qtbot.addWidget(screen)
    runner = JobRunner(screen)
    failures: list[object] = []

    def broken() -> object:
        raise OSError("disk full")

    runner.start(broken, lambda _: None, failures.append)
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], OSError)


def test_an_answer_for_a_screen_that_has_gone_is_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    screen = QWidget()
    runner = JobRunner(screen)
    answers: list[object] = []
    runner.start(lambda: "made", answers.append, answers.append)
    runner.wait()  # the answer is on its way to the screen's thread...
    shiboken6.delete(screen)  # ...and the screen goes before it arrives
    for _ in range(5):
        QApplication.processEvents()
    assert answers == []
