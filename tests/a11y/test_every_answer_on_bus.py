"""Every answer of a pick-one group can be given, by a switch (Space moves, Enter picks) and by a
screen reader's default action, not only the first: checked on the bus, then in the store file."""

from __future__ import annotations

from coprod_desktop.store.kinds import Rating, ThankDelivery
from coprod_desktop.store.models import Person, PreparedTopic, ThankYou
from tests.a11y.bus_app import BusApp
from tests.a11y.checks import move_to, on_screen, unnamed_controls


def _open_sams(app: BusApp) -> None:
    app.press("Sam", "push button")
    app.press("Show my private things")


def _rating(app: BusApp, title: str) -> Rating | None:
    (topic,) = app.rows(PreparedTopic, PreparedTopic.title == title)
    return topic.rating


def test_a_topic_is_rated_not_good_by_switch_and_not_sure_by_screen_reader(bus_app: BusApp) -> None:
    _open_sams(bus_app)
    meeting = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if n.name.startswith("My meeting. My next")), None)
    )
    bus_app.act(meeting)
    bus_app.press_on_a_page("My day")
    good = bus_app.wait_for("Good", "radio button")
    assert bus_app.find("Not good", "radio button").focusable, "every answer is a switch stop"
    assert good.actions[0] == "Press"

    presses = move_to(bus_app, "Not good")
    assert presses <= 3
    bus_app.key("Return")
    bus_app.wait_until(lambda: _rating(bus_app, "My day") is Rating.NOT_GOOD, what="Not good saved")
    assert "checked" in bus_app.find("Not good", "radio button").states
    assert "checked" not in bus_app.find("Good", "radio button").states

    bus_app.press("Not sure", "radio button")  # the default action chooses, as a tap does
    bus_app.wait_until(lambda: _rating(bus_app, "My day") is Rating.NOT_SURE, what="Not sure saved")
    assert "checked" not in bus_app.find("Not good", "radio button").states
    bus_app.press("Not sure", "radio button")  # pressing the chosen answer again keeps it
    assert _rating(bus_app, "My day") is Rating.NOT_SURE
    assert not unnamed_controls(bus_app.showing())


def test_thank_someone_not_first_and_just_send_it_by_screen_reader_actions(bus_app: BusApp) -> None:
    """Four actions from Who are you?: Sam, Say thank you, the person, Just send it."""
    bus_app.press("Sam", "push button")
    bus_app.press("Say thank you")  # Home's tile goes straight to Who?
    bus_app.wait_until(
        lambda: bus_app.find("Someone else. A picture of them, or their name.", "radio button"), what="Who?"
    )
    people = [n for n in bus_app.showing() if n.role == "radio button"]
    assert len(people) > 3 and all(n.focusable for n in people)
    last_person = people[-2]  # the last one before "Someone else"
    assert last_person.name != people[0].name
    bus_app.act(last_person)
    just_send = bus_app.wait_for("Just send it", "radio button")  # straight on to sending
    assert on_screen(just_send)
    assert "checked" in bus_app.find("No, keep it off the wall", "radio button").states
    assert not unnamed_controls(bus_app.showing())
    bus_app.act(just_send)
    bus_app.wait_for("Done", "push button")
    called = last_person.name.split(".")[0]
    (to,) = bus_app.rows(Person, Person.called == called)
    bus_app.wait_until(lambda: bus_app.rows(ThankYou, ThankYou.to_person_id == to.id), what="saved")
    (thanks,) = bus_app.rows(ThankYou, ThankYou.to_person_id == to.id)
    assert thanks.reasons == []  # why and words are extras
    assert thanks.delivery is ThankDelivery.JUST_SEND and not thanks.show_on_wall
