"""Words that fit on staff screens: signed in as the ward manager (who may open every staff area),
every staff screen and the sections and forms it opens shows every word whole, in English and Welsh,
in the standard and the high-contrast look (kit/fit_check.py: no ellipsis, no words taller or wider
than their box or pushed outside their parent, none broken inside across two lines).

Staff screens are shown at the ward's start word size (staff sign in from Who are you?, before any
patient's choices apply), so they are checked at that size; the patient pages are checked at every
size in test_words_fit.py."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from coprod_desktop.services.records import Preferences
from coprod_desktop.ui.kit.fit_check import cut_words
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.actions_board_screen import ActionsBoardScreen
from coprod_desktop.ui.screens.staff.areas import available_areas
from coprod_desktop.ui.screens.staff.council_packs_screen import CouncilPacksScreen
from coprod_desktop.ui.screens.staff.partnership_screen import PartnershipScreen
from coprod_desktop.ui.screens.staff.prems_screen import SECTION_QUESTIONS, SECTION_RESULTS, PremsScreen
from coprod_desktop.ui.screens.staff.say_groups_screen import SayGroupsScreen
from tests.ui.journeys import sign_in_as_manager
from tests.ui.test_target_sizes import settle

LOOKS = [("en", False), ("cy", False), ("en", True), ("cy", True)]


def _open_area(window: MainWindow, key: str) -> object:
    area = next(area for area in available_areas() if area.key == key)
    window.open_staff_area(area)
    return window.current_screen()


def staff_pages(window: MainWindow) -> list[tuple[str, Callable[[], object]]]:
    """(name, open it) for every staff page, in an order that opens each from the one before."""
    services = window._context.services
    pages: list[tuple[str, Callable[[], object]]] = [
        (f"area-{area.key}", lambda a=area: window.open_staff_area(a)) for area in available_areas()
    ]

    def say_group_section(index: int) -> None:
        groups = _open_area(window, "say-groups")
        assert isinstance(groups, SayGroupsScreen)
        groups.show_section(index)
        if index == 2 and groups.group is not None:
            ended = [g for g in services.say_groups.held(groups.group.ward_id) if not g.is_open]
            groups.show_minutes(ended[0].id)

    def answer_form() -> None:
        board = _open_area(window, "actions")
        assert isinstance(board, ActionsBoardScreen)
        board.choose_row(0)

    def prems_section(index: int) -> None:
        prems = _open_area(window, "prems")
        assert isinstance(prems, PremsScreen)
        prems.show_section(index)
        if index == SECTION_RESULTS:
            ward_id = window.staff.ward_id if window.staff is not None else None
            assert ward_id is not None
            prems.choose_person(next(p for p in services.people.on_ward(ward_id) if p.called == "Sam"))

    def partnership_progress() -> None:
        partnership = _open_area(window, "partnership")
        assert isinstance(partnership, PartnershipScreen)
        partnership.show_section(1)

    def council_pack() -> None:
        packs = _open_area(window, "council")
        assert isinstance(packs, CouncilPacksScreen)
        ward_id = window.staff.ward_id if window.staff is not None else None
        assert ward_id is not None
        packs.open_pack(services.council.packs(ward_id)[0].id)

    pages += [
        ("say-groups-agenda", lambda: say_group_section(1)),
        ("say-groups-minutes", lambda: say_group_section(2)),
        ("actions-answer", answer_form),
        ("prems-questions", lambda: prems_section(SECTION_QUESTIONS)),
        ("prems-results", lambda: prems_section(SECTION_RESULTS)),
        ("partnership-progress", partnership_progress),
        ("council-pack", council_pack),
    ]
    return pages


@pytest.mark.parametrize(
    ("language", "contrast"), LOOKS, ids=[f"{lang}-{'contrast' if c else 'standard'}" for lang, c in LOOKS]
)
def test_every_staff_word_shows_whole(qtbot, window: MainWindow, language: str, contrast: bool) -> None:  # type: ignore[no-untyped-def]
    look = Preferences(language=language, high_contrast=contrast)
    cut: list[str] = []

    def check(name: str, open_it: Callable[[], object]) -> None:
        open_it()
        window.apply_preferences(look)
        settle(qtbot, window)
        cut.extend(f"{name}: {problem}" for problem in cut_words(window))

    window.apply_preferences(look)
    check("sign-in", window.open_staff_sign_in)
    window.start_over()
    window.apply_preferences(look)
    sign_in_as_manager(qtbot, window)
    check("staff-home", lambda: None)
    for name, open_it in staff_pages(window):
        check(name, open_it)
    assert not cut, "\n".join(cut)
