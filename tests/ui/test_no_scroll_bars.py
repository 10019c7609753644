"""No scroll bar on a patient screen, at any word size: a person who cannot drag or aim at a thin
bar must still reach every choice (whole pages with big arrows instead, see kit/paged_grid.py).

Each screen is opened the way Home opens it, on the demo ward at 1280x800, and every scroll bar
inside the screen that shows is a failure."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QScrollBar

from coprod_desktop.store.kinds import AccessMode, ActionSource, TextSize
from coprod_desktop.ui.main_window import MainWindow
from tests.ui.journeys import open_home

Opener = Callable[[MainWindow], object]


def in_my_meeting(step: Callable[[MainWindow, object], object]) -> Opener:
    """Opens My meeting, then a screen of the meeting it shows (its own preparation)."""

    def open_it(window: MainWindow) -> object:
        meeting = window.meeting.open_my_meeting()
        assert meeting is not None
        return step(window, meeting._preparation_id())

    return open_it


def first_topic(window: MainWindow, _preparation: object) -> object:
    meeting = window.current_screen()
    meeting.topic_cards()[0].click()  # type: ignore[attr-defined]
    return window.current_screen()


def private_hidden(opener: Opener) -> Opener:
    """The page as the next person at the tablet first sees it: private things still covered."""

    def open_it(window: MainWindow) -> object:
        person = window._person
        assert person is not None
        window._context.privacy.start(person.id, open_now=False)
        return opener(window)

    return open_it


def council_step(window: MainWindow, step: int) -> object:
    """The council's what people said (1) or my points (2), for this month."""
    window.ward_voice.open_council()
    council = window.current_screen()
    council.choose_period("month")  # type: ignore[attr-defined]
    council.show_step(step, speak=False)  # type: ignore[attr-defined]
    return council


SCREENS: dict[str, Opener] = {
    "who-are-you": lambda w: w.start_over(),
    "home": lambda w: w.go_home(),
    "home-private-hidden": private_hidden(lambda w: w.go_home()),
    "how-i-like-it": lambda w: w.open_settings(),
    "how-i-press": lambda w: w.open_how_i_press(),
    "my-meeting": lambda w: w.meeting.open_my_meeting(),
    "my-meeting-private-hidden": private_hidden(lambda w: w.meeting.open_my_meeting()),
    "help-me-say-it": lambda w: w.open_say_it_board(),
    "say-thank-you": lambda w: w.ward_voice.open_say_thank_you(),
    "thank-you-wall": lambda w: w.ward_voice.open_wall(),
    "have-my-say": lambda w: w.ward_voice.open_have_my_say(),
    "idea": lambda w: w.ward_voice.open_raise(ActionSource.IDEA),
    "you-said-we-did": lambda w: w.ward_voice.open_board(),
    "you-said-we-did-private-hidden": private_hidden(lambda w: w.ward_voice.open_board()),
    "council": lambda w: w.ward_voice.open_council(),
    "council-themes": lambda w: council_step(w, 1),
    "council-points": lambda w: council_step(w, 2),
    "questions": lambda w: w.ward_voice.open_questions(),
    "who-has-seen": lambda w: w.open_who_has_seen(),
    "not-happy": lambda w: w.ward_voice.open_raise(ActionSource.NOT_HAPPY),
    "topic": in_my_meeting(first_topic),
    "add-topic": in_my_meeting(lambda w, p: w.meeting.open_add_topic(p)),
    "taking-part": in_my_meeting(lambda w, p: w.meeting.open_taking_part(p)),
    "share": in_my_meeting(lambda w, p: w.meeting.open_share(p)),
    "help-card": lambda w: w.open_help(),
}


def showing_scroll_bars(window: MainWindow) -> list[str]:
    QApplication.processEvents()
    screen = window.current_screen()
    return [
        f"{type(bar.parentWidget().parentWidget()).__name__}"
        for bar in screen.findChildren(QScrollBar)
        if bar.isVisible() and bar.maximum() > bar.minimum()
    ]


@pytest.mark.parametrize("size", list(TextSize))
@pytest.mark.parametrize("name", list(SCREENS))
def test_no_patient_screen_scrolls(qtbot, window: MainWindow, name: str, size: TextSize) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam")
    sam = home.person
    prefs = window._context.services.preferences.update(sam.id, text_size=size, access_mode=AccessMode.KEYS)
    window.apply_preferences(prefs)
    SCREENS[name](window)
    qtbot.wait(50)
    assert showing_scroll_bars(window) == [], (name, size, type(window.current_screen()).__name__)
