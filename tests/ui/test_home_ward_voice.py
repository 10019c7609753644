"""Home's ward voice choices, clicked on the demo ward: the answer to what I raised, a SAY group
that is on now, and the two choice screens one tap from Home."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, ActionStatus
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.ward.choices_screen import ChoicesScreen
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home

LEFT = Qt.MouseButton.LeftButton


def test_home_shows_the_answer_to_what_i_raised_in_words_and_speech(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    sam = open_home(qtbot, window, "Sam")
    assert "Done: Can we have a film night?" in sam.board_choice.words
    assert sam.board_choice.symbol_id == "status-green"  # a tick shape, not colour alone
    qtbot.mouseClick(sam.board_choice, LEFT)
    assert "Film night is every Friday at 7" in speaker.said[-1]
    window.start_over()
    lee = open_home(qtbot, window, "Lee")
    assert "We can't do this: Can we have a ward cat?" in lee.board_choice.words
    assert lee.board_choice.symbol_id == "status-red"
    window.start_over()
    dafydd = open_home(qtbot, window, "Dafydd")  # raised nothing: just the choice
    assert "\n" not in dafydd.board_choice.words  # one line: the name of the choice, in his Welsh
    assert dafydd.board_choice.symbol_id == "you-said-we-did"


def test_a_new_answer_shows_when_home_comes_back(
    qtbot, window: MainWindow, store: Store, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    aisha = open_home(qtbot, window, "Aisha")
    assert "We are working on it: The TV is too loud at night." in aisha.board_choice.words
    qtbot.mouseClick(aisha.settings_choice, LEFT)
    [noise] = services.actions.raised_by(aisha.person.id)
    staff = services.people.on_ward(aisha.person.ward_id)[0]
    services.actions.update(noise.id, ActionStatus.GREEN, "The TV goes off at 10 now.", by_id=staff.id)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert window.current_screen() is aisha
    assert "Done: The TV is too loud at night." in aisha.board_choice.words
    assert services.actions.raised_by(aisha.person.id)[0].source is ActionSource.NOT_HAPPY


def test_have_my_say_offers_the_say_group_only_while_it_is_on(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    home = open_home(qtbot, window, "Priya")
    assert "SAY group on now" in home.have_say_choice.words
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, ChoicesScreen) and hub.title() == "Have my say"
    assert list(hub.buttons) == ["say-group", "idea", "not-happy"]
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "The SAY group is on now" in speaker.last and "I have an idea" in speaker.last
    group = services.say_groups.open_group(home.person.ward_id)
    assert group is not None
    services.say_groups.end(group.id, None)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert "SAY group" not in home.have_say_choice.words
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, ChoicesScreen) and list(hub.buttons) == ["idea", "not-happy"]
    assert all(button.height() >= 88 and button.width() >= 88 for button in hub.buttons.values())


def test_saying_thank_you_and_the_wall_are_each_one_tap_from_home(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.ui.screens.ward.say_thank_you_screen import SayThankYouScreen
    from coprod_desktop.ui.screens.ward.thank_you_wall_screen import ThankYouWallScreen

    home = open_home(qtbot, window, "Sam")
    assert home.thanks_choice.words == "Thank you" and home.wall_choice.words == "Thank-you wall"
    qtbot.mouseClick(home.thanks_choice, LEFT)
    assert isinstance(window.current_screen(), SayThankYouScreen)
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is home
    qtbot.mouseClick(home.wall_choice, LEFT)
    assert isinstance(window.current_screen(), ThankYouWallScreen)
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is home
