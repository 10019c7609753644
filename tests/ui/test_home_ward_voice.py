"""Home's ward voice choices, clicked on the demo ward: the answer to what I raised, a SAY group
that is on now (its topics on Have my say, so a view is two levels below Home), and the choices one
tap from Home."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, ActionStatus, Rating
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen
from coprod_desktop.ui.widgets.say_view_panel import topic_title
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
    # The status shows on the tile (with the words raised where they fit whole); all of it is said.
    assert "We are working on it" in aisha.board_choice.words
    assert "The TV is too loud at night." in aisha.board_choice.spoken
    qtbot.mouseClick(aisha.settings_choice, LEFT)
    [noise] = services.actions.raised_by(aisha.person.id)
    staff = services.people.on_ward(aisha.person.ward_id)[0]
    services.actions.update(noise.id, ActionStatus.GREEN, "The TV goes off at 10 now.", by_id=staff.id)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert window.current_screen() is aisha
    assert "Done" in aisha.board_choice.words and "We are working on it" not in aisha.board_choice.words
    assert "The TV goes off at 10 now." in aisha.board_choice.spoken
    assert services.actions.raised_by(aisha.person.id)[0].source is ActionSource.NOT_HAPPY


def test_have_my_say_shows_the_say_group_topics_only_while_it_is_on(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    home = open_home(qtbot, window, "Priya")
    assert "SAY group on now" in home.have_say_choice.words
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen) and hub.title() == "Have my say"
    group = services.say_groups.open_group(home.person.ward_id)
    assert group is not None and hub.group is not None
    assert [c.words.split("\n")[0] for c in hub.group.topic_cards()] == [  # Priya's done ones say so
        topic_title(window._context, t) for t in group.topics
    ]
    assert list(hub.buttons) == ["idea", "not-happy"]
    assert all(
        b.height() >= 88 and b.width() >= 88 for b in [*hub.group.topic_cards(), *hub.buttons.values()]
    )
    assert window.focusWidget() is hub.group.topic_cards()[0]  # content first: the topics, then the tiles
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "SAY group" in speaker.last and "Food" in speaker.last and "I have an idea" in speaker.last
    services.say_groups.end(group.id, None)
    qtbot.mouseClick(window.nav.home, LEFT)
    assert "SAY group" not in home.have_say_choice.words
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen) and hub.group is None
    assert list(hub.buttons) == ["idea", "not-happy"]
    assert all(button.height() >= 88 and button.width() >= 88 for button in hub.buttons.values())


def test_giving_a_view_on_a_say_group_topic_is_two_levels_below_home(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.ui.screens.ward.say_view_screen import SayViewScreen

    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen) and hub.group is not None
    food = hub.group.topic_cards()[0]
    assert food.words == "Food"
    qtbot.mouseClick(food, LEFT)
    view = window.current_screen()
    assert isinstance(view, SayViewScreen) and view.title() == "Food"
    assert window._history[-2:] == [home, hub]  # Home, Have my say, then the view: two levels down
    assert isinstance(window._history[-3], type(window.who_are_you))
    qtbot.mouseClick(view.panel.rating.button(Rating.GOOD), LEFT)
    qtbot.mouseClick(view.done, LEFT)
    assert window.current_screen() is hub
    card = hub.group.topic_cards()[0]
    assert card.property("state") == "done" and card.words == "Food\nDone"  # the tick, in words too


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
