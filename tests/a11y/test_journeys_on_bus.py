"""Whole journeys from Who are you?, by one switch that scans by itself and by two switches, through
the accessibility bus and real X key presses: the person's own way of pressing is set in the store
first, as staff or the person would set it on How I press. What was saved is read from the file.

One switch: the app moves the highlight every second; the test presses Space only when the focus
is on the choice it wants, as a person watching the highlight does, and counts those presses."""

from __future__ import annotations

import time

from coprod_desktop.services.demo import DEMO_WARD_NAME
from coprod_desktop.store.kinds import AccessMode, Rating, ThankDelivery
from coprod_desktop.store.models import Person, PreparedTopic, ThankYou
from tests.a11y.bus_app import BusApp, Node
from tests.a11y.checks import mostly_on_screen, move_to, unnamed_controls

SCAN_MS = 1000


def one_switch_for(name: str):  # type: ignore[no-untyped-def]
    """The ward lets Who are you? scan, and `name` uses one switch at a second a step."""

    def prepare(services) -> None:  # type: ignore[no-untyped-def]
        ward = services.wards.find_by_name(DEMO_WARD_NAME)
        services.ward_settings.update(ward.id, None, start_scanning=True, patient_idle_minutes=30)
        person = next(p for p in services.people.on_ward(ward.id) if p.called == name)
        services.preferences.update(
            person.id, access_mode=AccessMode.ONE_SWITCH, scan_ms=SCAN_MS, scan_loops=5
        )

    return prepare


def wait_for_highlight(app: BusApp, wanted, timeout: float = 60, just_arrived: bool = False) -> Node:  # type: ignore[no-untyped-def]
    """Watches the highlight (the focus) move by itself until it is on the wanted choice; every
    place it stops must be on screen. `just_arrived`: only as it moves onto the choice, as a person
    presses when they see it arrive (one first seen there may be about to move on, and reading the
    bus takes time, so a press then could land on the next choice)."""
    deadline = time.monotonic() + timeout
    seen: list[str] = []
    while time.monotonic() < deadline:
        focused = app.focused()
        if focused is not None:
            arrived = not seen or seen[-1] != focused.name
            if arrived:
                seen.append(focused.name)
                assert mostly_on_screen(focused), f"the highlight is off screen on {focused.name!r}"
            if wanted(focused) and (not just_arrived or (arrived and len(seen) > 1)):
                return focused
        time.sleep(0.05)
    raise AssertionError(f"the highlight never reached it; it went: {seen[-20:]}")


class OneSwitch:
    """Presses Space only when the highlight is on the choice: a pick. Counts the picks."""

    def __init__(self, app: BusApp) -> None:
        self.app = app
        self.picks = 0

    def pick(self, wanted) -> None:  # type: ignore[no-untyped-def]
        target = wait_for_highlight(self.app, wanted, just_arrived=True)
        self.app.key("space")
        self.picks += 1
        # The pick lands before the highlight moves on (a second a step): check it did not miss.
        self.app.wait_until(
            lambda: (f := self.app.focused()) is None or f.path != target.path or "checked" in f.states,
            5,
            f"{target.name!r} to be picked",
        )


def named(name: str):  # type: ignore[no-untyped-def]
    return lambda node: node.name == name


def starting(words: str):  # type: ignore[no-untyped-def]
    return lambda node: node.name.startswith(words)


def test_one_switch_rates_a_topic_not_good(tmp_path, a11y_ready) -> None:  # type: ignore[no-untyped-def]
    app = BusApp(tmp_path / "data", prepare=one_switch_for("Sam"))
    try:
        switch = OneSwitch(app)
        switch.pick(named("Sam"))
        switch.pick(starting("My meeting"))
        while app.find("My day") is None:  # a later page of topics: More, as the person would
            switch.pick(named("More"))
        switch.pick(starting("My day"))
        not_good = wait_for_highlight(app, named("Not good"), just_arrived=True)
        assert not_good.role == "radio button"
        app.key("space")
        switch.picks += 1

        def rating() -> Rating | None:
            (topic,) = app.rows(PreparedTopic, PreparedTopic.title == "My day")
            return topic.rating

        app.wait_until(lambda: rating() is Rating.NOT_GOOD, 10, "Not good saved")
        assert switch.picks <= 7  # Sam, My meeting, More (to the topic's page), the topic, Not good
    finally:
        app.stop()


def test_one_switch_opens_help_me_say_it_and_shows_i_need_a_break(tmp_path, a11y_ready) -> None:  # type: ignore[no-untyped-def]
    app = BusApp(tmp_path / "data", prepare=one_switch_for("Sam"))
    try:
        switch = OneSwitch(app)
        switch.pick(named("Sam"))
        switch.pick(named("Help me say it"))
        switch.pick(starting("Show the room"))
        switch.pick(named("I need a break"))
        app.wait_for("Close", "push button")  # the words fill the screen, with only Close
        assert switch.picks == 4
    finally:
        app.stop()


def test_two_switches_open_help_me_say_it_and_show_i_need_a_break(bus_app: BusApp) -> None:
    moves = move_to(bus_app, "Sam")
    bus_app.key("Return")
    bus_app.wait_for("Help me say it")
    moves += move_to(bus_app, "Help me say it")
    bus_app.key("Return")
    show = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if n.name.startswith("Show the room")), None)
    )
    moves += move_to(bus_app, show.name)
    bus_app.key("Return")
    moves += move_to(bus_app, "I need a break")
    bus_app.key("Return")
    bus_app.wait_for("Close", "push button")
    assert moves <= 20, moves  # Space presses, all on screen (move_to checks each)


def _saved_thanks_to(app: BusApp, called: str) -> list[ThankYou]:
    (to,) = app.rows(Person, Person.called == called)
    return app.rows(ThankYou, ThankYou.to_person_id == to.id)


def test_one_switch_thanks_dafydd_and_just_sends_it_in_four_picks(tmp_path, a11y_ready) -> None:  # type: ignore[no-untyped-def]
    app = BusApp(tmp_path / "data", prepare=one_switch_for("Sam"))
    try:
        switch = OneSwitch(app)
        switch.pick(named("Sam"))
        switch.pick(named("Say thank you"))
        switch.pick(starting("Dafydd"))  # not first on the list
        switch.pick(named("Just send it"))
        app.wait_until(lambda: _saved_thanks_to(app, "Dafydd"), 10, "the thank-you saved")
        assert switch.picks == 4
        (thanks,) = _saved_thanks_to(app, "Dafydd")
        assert thanks.delivery is ThankDelivery.JUST_SEND and not thanks.show_on_wall
    finally:
        app.stop()


def test_two_switches_thank_dafydd_and_just_send_it_with_four_picks(bus_app: BusApp) -> None:
    picks = 0
    moves = move_to(bus_app, "Sam")
    for name in ("Say thank you", "Dafydd", "Just send it"):
        bus_app.key("Return")
        picks += 1
        node = bus_app.wait_until(
            lambda n=name: next((x for x in bus_app.showing() if x.name.startswith(n)), None), what=name
        )
        moves += move_to(bus_app, node.name)
    bus_app.key("Return")
    picks += 1
    bus_app.wait_until(lambda: _saved_thanks_to(bus_app, "Dafydd"), 10, "the thank-you saved")
    assert picks == 4 and moves <= 30, moves  # Enter four times; Space moves, all on screen


def test_a_screen_reader_opens_help_me_say_it_in_two_actions_and_shows_i_need_a_break(
    bus_app: BusApp,
) -> None:
    bus_app.press("Sam", "push button")
    bus_app.press("Help me say it")  # the second action: the board is open
    show = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if n.name.startswith("Show the room")), None)
    )
    assert not unnamed_controls(bus_app.showing())
    bus_app.act(show)
    bus_app.press("I need a break")
    bus_app.wait_for("Close", "push button")  # the words fill the screen, with only Close
    assert bus_app.find("I need a break") is not None
