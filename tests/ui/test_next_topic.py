"""My meeting's "Next" strip: the first topic with no face, asked about with the three faces right
there, so rating it is three presses from Who are you?. Checked in the store file, and against the
privacy gate: a face pressed while a person's private things are hidden waits for their picture
password and is dropped if they leave it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coprod_desktop.services.demo import DEMO_PICTURE_PASSWORD
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Rating, TopicState
from coprod_desktop.ui.kit.scan_order import scan_items
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.meeting.my_meeting_screen import MyMeetingScreen
from coprod_desktop.ui.screens.start.picture_password_screen import PicturePasswordScreen
from coprod_desktop.ui.widgets.next_topic_strip import next_to_rate
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import confirm_person, open_home
from tests.ui.test_my_meeting import open_my_meeting

CLICK = Qt.MouseButton.LeftButton


def _unrated(screen: MyMeetingScreen) -> list[str]:
    assert screen.preparation is not None
    return [t.title for t in screen.preparation.topics if t.state is TopicState.OPEN and t.rating is None]


def test_a_face_on_next_rates_that_topic_and_asks_about_the_one_after(
    qtbot, window: MainWindow, store: Store, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    first, second = _unrated(screen)[:2]
    strip = screen.next_topic
    assert strip.isVisible() and strip.topic is not None and strip.topic.title == first
    assert f"Next: {first}. How do I feel about it?" in strip.words.text()
    rated_id = strip.topic.id

    qtbot.mouseClick(strip.faces.button(Rating.NOT_GOOD), CLICK)

    saved = PreparationService(store.session_factory).topic(rated_id)
    assert saved.rating is Rating.NOT_GOOD and saved.state is TopicState.OPEN  # a face, not done
    assert strip.topic is not None and strip.topic.title == second
    assert f"{first}: Not good. Saved." in strip.words.text()
    assert speaker.said[-1] == f"{first}: Not good. Saved. Next: {second}. How do I feel about it?"
    assert strip.faces.value() is None  # the next topic starts with no face
    assert isinstance(window.current_screen(), MyMeetingScreen)  # still here: no screen to leave


def test_when_every_topic_has_a_face_the_strip_says_so_then_makes_room(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    strip = screen.next_topic
    for _ in range(len(_unrated(screen))):
        qtbot.mouseClick(strip.faces.button(Rating.GOOD), CLICK)
    assert strip.topic is None and "Every topic has a face now." in strip.words.text()
    assert strip.faces.isHidden()
    assert screen.preparation is not None
    assert next_to_rate(PreparationService(store.session_factory).get(screen.preparation.id).topics) is None

    window.go_home()
    qtbot.mouseClick(window.current_screen().meeting_tile, CLICK)  # type: ignore[attr-defined]
    again = window.current_screen()
    assert isinstance(again, MyMeetingScreen)
    assert again.next_topic.isHidden()  # nothing to ask: the topics have the room
    assert again.topics_heading.isVisible()


def test_a_face_pressed_while_private_things_are_hidden_waits_for_the_picture_password(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    confirm_person(qtbot, window, "Priya")  # Priya has a picture password in the demo ward
    asked = window.current_screen()
    assert isinstance(asked, PicturePasswordScreen)
    qtbot.mouseClick(asked.not_now, CLICK)  # Home with her private things hidden
    qtbot.mouseClick(window.current_screen().meeting_tile, CLICK)  # type: ignore[attr-defined]
    screen = window.current_screen()
    assert isinstance(screen, MyMeetingScreen) and not screen.private_shown()
    topic = screen.next_topic.topic
    assert topic is not None

    # Someone else's press: the picture password is asked, and leaving it saves nothing.
    qtbot.mouseClick(screen.next_topic.faces.button(Rating.NOT_GOOD), CLICK)
    gate = window.current_screen()
    assert isinstance(gate, PicturePasswordScreen)
    qtbot.mouseClick(gate.not_now, CLICK)
    assert window.current_screen() is screen
    assert PreparationService(store.session_factory).topic(topic.id).rating is None

    # Priya's own press: her pictures, then the face she pressed is saved.
    qtbot.mouseClick(screen.next_topic.faces.button(Rating.NOT_SURE), CLICK)
    gate = window.current_screen()
    assert isinstance(gate, PicturePasswordScreen)
    gate.press_in_order(list(DEMO_PICTURE_PASSWORD))
    assert window.current_screen() is screen and screen.private_shown()
    assert PreparationService(store.session_factory).topic(topic.id).rating is Rating.NOT_SURE
    assert screen.next_topic.topic is None or screen.next_topic.topic.id != topic.id


def test_the_strip_and_the_topics_are_in_reach_of_a_switch_before_the_side_choices(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, "Sam")
    qtbot.mouseClick(home.meeting_tile, CLICK)
    screen = window.current_screen()
    assert isinstance(screen, MyMeetingScreen)
    order = scan_items(window)  # the order Space, Tab and the scanner all follow
    faces = [order.index(screen.next_topic.faces.button(r)) for r in Rating]
    cards = [order.index(c) for c in screen.topics.items() if c.isVisible()]
    side = [order.index(b) for b in screen.side_choices()]
    bar = [order.index(w) for w in order if window.nav.isAncestorOf(w)]
    assert faces == sorted(faces) and faces[-1] < min(cards)
    assert max(cards) < min(side) and max(side) < min(bar)
