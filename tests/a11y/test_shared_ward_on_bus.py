"""Safe on a shared ward, tried through the accessibility bus only: screen-reader actions and
real key presses on the real window, and what was saved read back from the real store file."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from coprod_desktop.paths import DataPaths
from coprod_desktop.store.engine import open_store
from coprod_desktop.store.kinds import WhoMayKnow
from coprod_desktop.store.models import HelpRequest, Person, WardAction, WardSettings, Worry
from tests.a11y.bus_app import BusApp
from tests.a11y.checks import move_to, on_screen, unnamed_controls


def _person_id(app: BusApp, name: str):
    (person,) = app.rows(Person, Person.called == name)
    return person.id


def _assert_named(app: BusApp) -> None:
    unnamed = unnamed_controls(app.showing())
    assert not unnamed, [f"{n.role} at {n.extents}" for n in unnamed]


def test_a_picture_password_opens_priyas_things_by_screen_reader_actions(bus_app: BusApp) -> None:
    bus_app.press("Priya", "push button")
    bus_app.wait_for("Priya, press your 3 pictures in order", "label")
    _assert_named(bus_app)
    assert bus_app.find("Hello, Priya") is None
    for picture in ("Music", "Garden", "Bus"):
        bus_app.press(picture, "push button")
    bus_app.wait_for("Hello, Priya", "label")
    _assert_named(bus_app)
    assert bus_app.find("Show my private things") is None


def test_private_things_stay_hidden_until_show_and_who_has_seen_reads_out(bus_app: BusApp) -> None:
    bus_app.press("Sam", "push button")
    bus_app.wait_for("Hello, Sam", "label")
    hidden = [n.name for n in bus_app.showing()]
    assert "You said, we did" in hidden
    assert not any("Film night" in name for name in hidden)
    bus_app.press("Show my private things")
    bus_app.wait_until(lambda: any("Film night" in n.name for n in bus_app.showing()), what="Sam's own words")
    bus_app.press("Who has seen my things")
    bus_app.wait_for("Who has seen my things", "label")
    _assert_named(bus_app)
    copies = [n for n in bus_app.showing() if n.role == "push button" and n.name.startswith("On ")]
    assert copies and all(on_screen(n) for n in copies[:1])
    assert bus_app.find("Stop sharing from now on", "push button")

    bus_app.press("Home", "push button")
    bus_app.press("This is not me")
    bus_app.wait_for("Who are you?", "label")
    assert bus_app.find("Hello, Sam") is None


def test_a_worry_goes_to_staff_only_by_keys_and_actions(bus_app: BusApp) -> None:
    bus_app.press("Sam", "push button")
    bus_app.press("Have my say. SAY group on now.")
    bus_app.press("I am not happy about something.")
    advocate = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if "Mary Jones" in n.name), None),
        what="the advocate's contact",
    )
    assert "01234 567890" in advocate.name
    _assert_named(bus_app)
    bus_app.press("Food", "push button")
    bus_app.press("Type it, or staff type it for me")  # one of three ways: pictures, my voice, typing
    bus_app.wait_until(lambda: (f := bus_app.focused()) is not None and f.role == "text", what="words")
    bus_app.key("c", "o", "l", "d", "space", "t", "e", "a")
    bus_app.press("Back to sending. Your words are saved.")
    bus_app.press("Send it to staff")
    bus_app.wait_for("Who can know about this?", "label")
    _assert_named(bus_app)
    bus_app.press("Staff only. Only staff will know.")
    bus_app.wait_for("Go Home", "push button")

    sam = _person_id(bus_app, "Sam")
    (worry,) = bus_app.rows(Worry, Worry.raised_by_id == sam, Worry.words.contains("cold"))
    assert worry.who_may_know is WhoMayKnow.STAFF_ONLY
    assert worry.about == "Food"
    on_board = bus_app.rows(WardAction, WardAction.on_board.is_(True))
    assert not any("cold" in action.you_said for action in on_board)


def test_help_is_asked_and_cancelled_with_two_switches_only(bus_app: BusApp) -> None:
    """Space moves and Enter picks: the keys a two-switch interface sends."""
    move_to(bus_app, "Sam")
    bus_app.key("Return")
    bus_app.wait_for("Hello, Sam", "label")
    move_to(bus_app, "I need help")
    bus_app.key("Return")
    bus_app.wait_for("Show this to staff. I need help.", "label")
    focused = bus_app.focused()
    assert focused is not None and focused.name == "I am OK now" and on_screen(focused)
    _assert_named(bus_app)

    sam = _person_id(bus_app, "Sam")
    (asked,) = bus_app.rows(HelpRequest, HelpRequest.person_id == sam)
    assert asked.cancelled_at is None and asked.answered_at is None
    bus_app.key("Return")
    bus_app.wait_for("Hello, Sam", "label")
    (asked,) = bus_app.rows(HelpRequest, HelpRequest.person_id == sam)
    assert asked.cancelled_at is not None


def test_staff_see_help_worries_and_picture_passwords_only_after_the_pin(bus_app: BusApp) -> None:
    bus_app.press("Staff", "push button")
    bus_app.press("Jo", "push button")
    bus_app.wait_for("Jo, enter your PIN", "label")
    assert bus_app.find("Worries") is None
    for digit in "2580":
        bus_app.press(digit, "push button")
    bus_app.press("OK", "push button")
    bus_app.wait_for("Staff area. Signed in as Jo", "label")
    _assert_named(bus_app)
    assert bus_app.find("I am here, for Lee", "push button")

    bus_app.press_on_a_page("Worries", "push button")
    bus_app.wait_until(
        lambda: any("Aisha" in n.name for n in bus_app.showing()), what="Aisha's worry in triage"
    )
    _assert_named(bus_app)
    bus_app.press("Home", "push button")
    bus_app.press_on_a_page("Picture passwords", "push button")
    bus_app.wait_until(
        lambda: any(n.name == "Priya. Has a picture password" for n in bus_app.showing()),
        what="Priya in picture passwords",
    )
    _assert_named(bus_app)


@pytest.mark.lang("cy")
def test_in_welsh_the_picture_password_and_help_are_named_in_welsh(bus_app: BusApp) -> None:
    bus_app.wait_for("Pwy ydych chi?", "label")
    bus_app.press("Priya", "push button")
    bus_app.wait_for("Priya, pwyswch eich 3 llun yn eu trefn", "label")
    _assert_named(bus_app)
    names = {n.name for n in bus_app.showing() if n.role == "push button"}
    assert {"Dechrau eto", "Adref", "Dw i angen help"} <= names
    bus_app.press("Dw i angen help", "push button")
    bus_app.wait_for("Dangoswch hwn i staff. Dw i angen help.", "label")
    _assert_named(bus_app)
    bus_app.press("Dw i'n iawn nawr", "push button")
    bus_app.wait_for("Priya, pwyswch eich 3 llun yn eu trefn", "label")


def test_are_you_still_there_carries_on_with_a_switch_press(a11y_ready: None, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The ward's shortest patient time (1 minute), waited out for real; Space, which for a switch
    user only moves, must carry on as a tap does."""
    data = tmp_path / "data"
    first = BusApp(data)
    first.wait_for("Who are you?", "label")
    first.stop()
    store = open_store(DataPaths(data).sqlite_url())
    with store.session_factory.begin() as session:
        for settings in session.scalars(select(WardSettings)):
            settings.patient_idle_minutes = 1
    store.dispose()

    app = BusApp(data)
    try:
        app.press("Sam", "push button")
        app.wait_for("Hello, Sam", "label")
        asked = app.wait_for("Are you still there, Sam?", "label", timeout=75)
        assert asked is not None
        focused = app.focused()
        assert focused is not None and focused.name == "I am still here. Carry on." and on_screen(focused)
        _assert_named(app)
        app.key("space")
        app.wait_for("Hello, Sam", "label")
    finally:
        app.stop()


def test_a_wrong_pin_is_told_as_an_alert(bus_app: BusApp) -> None:
    """Orca reads an alert the moment it shows: a screen-reader user hears the PIN was wrong
    without having to go looking for the words."""
    bus_app.press("Staff", "push button")
    bus_app.press("Jo", "push button")
    bus_app.wait_for("Jo, enter your PIN", "label")
    for digit in "1111":
        bus_app.press(digit, "push button")
    bus_app.press("OK", "push button")
    alert = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if n.name.startswith("That PIN is not right")), None),
        what="the wrong PIN message",
    )
    assert alert.role == "alert", alert
    assert bus_app.find("Staff area. Signed in as Jo") is None
