"""The press counts of the short ways, by one switch scanning by itself, by two switches and by a
screen reader's actions, from Who are you? with the person's own tile as the first press: rate the
next topic of my meeting in 3, raise an idea in 4 before the words. What was saved is read from the
store file."""

from __future__ import annotations

import time

from coprod_desktop.store.kinds import ActionSource, Rating, TopicState
from coprod_desktop.store.models import Person, Preparation, PreparedTopic, ThankYou, WardAction
from tests.a11y.bus_app import BusApp
from tests.a11y.checks import move_to, unnamed_controls
from tests.a11y.test_journeys_on_bus import (
    SCAN_MS,
    OneSwitch,
    named,
    one_switch_for,
    starting,
    wait_for_highlight,
)


def _sams_next_topic(app: BusApp) -> PreparedTopic:
    """The topic My meeting asks about next: Sam's first open topic with no face yet."""
    (sam,) = app.rows(Person, Person.called == "Sam")
    preparations = app.rows(Preparation, Preparation.person_id == sam.id)
    topics = [
        t
        for p in preparations
        for t in app.rows(PreparedTopic, PreparedTopic.preparation_id == p.id)
        if t.state is TopicState.OPEN and t.rating is None and t.removed_at is None
    ]
    assert topics, "the demo leaves Sam a topic with no face"
    return min(topics, key=lambda t: t.position)


def _rating(app: BusApp, topic: PreparedTopic) -> Rating | None:
    (now,) = app.rows(PreparedTopic, PreparedTopic.id == topic.id)
    return now.rating


def _ideas_by_sam(app: BusApp, words: str) -> list[WardAction]:
    (sam,) = app.rows(Person, Person.called == "Sam")
    return app.rows(
        WardAction,
        WardAction.raised_by_id == sam.id,
        WardAction.source == ActionSource.IDEA,
        WardAction.you_said == words,
    )


def _wait_for_words(app: BusApp, words: str) -> None:
    """The keys are all in the box before Send is pressed, as a person sees them before pressing."""
    app.wait_until(
        lambda: any(n.role == "text" and n.text == words for n in app.showing()),
        what=f"{words!r} typed, not {[n.text for n in app.showing() if n.role == 'text']}",
    )


# ---- rate the next topic in 3 -----------------------------------------------------------------


def test_one_switch_rates_the_next_topic_not_good_in_three_picks(tmp_path, a11y_ready) -> None:  # type: ignore[no-untyped-def]
    app = BusApp(tmp_path / "data", prepare=one_switch_for("Sam"))
    try:
        topic = _sams_next_topic(app)
        switch = OneSwitch(app)
        switch.pick(named("Sam"))
        switch.pick(starting("My meeting"))
        switch.pick(named("Not good"))
        app.wait_until(lambda: _rating(app, topic) is Rating.NOT_GOOD, 10, "Not good saved")
        assert switch.picks == 3
    finally:
        app.stop()


def test_two_switches_rate_the_next_topic_not_good_with_three_picks(bus_app: BusApp) -> None:
    topic = _sams_next_topic(bus_app)
    moves = move_to(bus_app, "Sam")
    bus_app.key("Return")
    meeting = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if n.name.startswith("My meeting")), None), what="Home"
    )
    moves += move_to(bus_app, meeting.name)
    bus_app.key("Return")
    bus_app.wait_for("Not good", "radio button")
    moves += move_to(bus_app, "Not good")
    bus_app.key("Return")
    bus_app.wait_until(lambda: _rating(bus_app, topic) is Rating.NOT_GOOD, what="Not good saved")
    assert moves <= 20, moves  # Space presses, all on screen (move_to checks each)


def test_a_screen_reader_rates_the_next_topic_not_good_in_three_actions(bus_app: BusApp) -> None:
    topic = _sams_next_topic(bus_app)
    bus_app.press("Sam", "push button")
    meeting = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if n.name.startswith("My meeting")), None), what="Home"
    )
    bus_app.act(meeting)
    not_good = bus_app.wait_for("Not good", "radio button")
    assert not unnamed_controls(bus_app.showing())
    bus_app.act(not_good)
    bus_app.wait_until(lambda: _rating(bus_app, topic) is Rating.NOT_GOOD, what="Not good saved")
    # The strip moves on to the next topic and says the last one was saved.
    bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if "Saved." in n.name), None), what="the saved words"
    )


# ---- raise an idea in 4 before the words ------------------------------------------------------


def test_one_switch_raises_an_idea_about_food_in_four_picks(tmp_path, a11y_ready) -> None:  # type: ignore[no-untyped-def]
    app = BusApp(tmp_path / "data", prepare=one_switch_for("Sam"))
    try:
        switch = OneSwitch(app)
        switch.pick(named("Sam"))
        switch.pick(starting("Have my say"))
        switch.pick(starting("I have an idea"))
        switch.pick(named("Food"))
        app.wait_for("What is your idea?", "label")
        assert switch.picks == 4
        # The staff member alongside chooses Type it for them and types; the highlight stays in the
        # box while they type, so no letter presses a button the scan moved to.
        app.press("Type it, or staff type it for me")
        wait_for_highlight(app, lambda node: node.role == "text", timeout=10)
        time.sleep(SCAN_MS / 1000 * 1.5)  # they think before the first letter: longer than a scan step
        assert (focused := app.focused()) is not None and focused.role == "text"
        app.key(*"more", "space", *"fruit")
        _wait_for_words(app, "more fruit")
        app.press("Back to sending. Your words are saved.")
        app.press("Send it to staff")
        app.wait_until(lambda: _ideas_by_sam(app, "more fruit"), 10, "the idea saved")
        (idea,) = _ideas_by_sam(app, "more fruit")
        assert idea.symbol_id is not None  # Food's symbol: what it is about
    finally:
        app.stop()


def test_two_switches_raise_an_idea_about_food_with_four_picks(bus_app: BusApp) -> None:
    picks = 0
    moves = move_to(bus_app, "Sam")
    for words in ("Have my say", "I have an idea", "Food"):
        bus_app.key("Return")
        picks += 1
        node = bus_app.wait_until(
            lambda w=words: next((n for n in bus_app.showing() if n.name.startswith(w)), None), what=words
        )
        moves += move_to(bus_app, node.name)
    bus_app.key("Return")
    picks += 1
    bus_app.wait_for("What is your idea?", "label")
    assert picks == 4 and moves <= 30, moves


def test_a_screen_reader_raises_an_idea_in_four_actions(bus_app: BusApp) -> None:
    bus_app.press("Sam", "push button")
    for words in ("Have my say", "I have an idea"):
        node = bus_app.wait_until(
            lambda w=words: next((n for n in bus_app.showing() if n.name.startswith(w)), None), what=words
        )
        bus_app.act(node)
    bus_app.press("Food", "push button")
    bus_app.wait_for("What is your idea?", "label")
    assert not unnamed_controls(bus_app.showing())
    # The step starts on "Say it with pictures"; a screen-reader user who types chooses Type it.
    bus_app.wait_until(
        lambda: (f := bus_app.focused()) is not None and f.name == "Say it with pictures", what="pictures"
    )
    bus_app.press("Type it, or staff type it for me")
    bus_app.wait_until(lambda: (f := bus_app.focused()) is not None and f.role == "text", what="the words")
    bus_app.key(*"a", "space", *"garden", "space", *"club")
    _wait_for_words(bus_app, "a garden club")
    bus_app.press("Back to sending. Your words are saved.")
    bus_app.press("Send it to staff")
    bus_app.wait_until(lambda: _ideas_by_sam(bus_app, "a garden club"), what="the idea saved")
    (idea,) = _ideas_by_sam(bus_app, "a garden club")
    assert idea.symbol_id is not None


def test_two_switches_say_an_idea_with_pictures_only(bus_app: BusApp) -> None:
    """No reading or typing: Space moves and Enter picks, from Sam's tile to the idea in the store."""
    move_to(bus_app, "Sam")
    for words in ("Have my say", "I have an idea", "Food"):
        bus_app.key("Return")
        node = bus_app.wait_until(
            lambda w=words: next((n for n in bus_app.showing() if n.name.startswith(w)), None), what=words
        )
        move_to(bus_app, node.name)
    bus_app.key("Return")
    bus_app.wait_for("What is your idea?", "label")
    move_to(bus_app, "Say it with pictures")
    bus_app.key("Return")
    bus_app.wait_for("Press the pictures to say it", "label")
    for word in ("I", "want", "more"):
        move_to(bus_app, word)
        bus_app.key("Return")
        bus_app.wait_until(
            lambda w=word: any(
                w in n.name for n in bus_app.showing() if n.name.startswith("What I am saying")
            ),
            what=f"{word} in the sentence",
        )
    move_to(bus_app, "That is it. Go back.")
    bus_app.key("Return")
    bus_app.wait_for("What is your idea?", "label")
    move_to(bus_app, "Send it to staff")
    bus_app.key("Return")
    bus_app.wait_until(lambda: _ideas_by_sam(bus_app, "I want more."), what="the idea saved")
    (idea,) = _ideas_by_sam(bus_app, "I want more.")
    assert idea.said_symbols == ["core-i", "core-want", "core-more"] and idea.symbol_id is not None


def test_two_switches_thank_someone_else_shown_by_a_picture(bus_app: BusApp) -> None:
    """No reading or typing: Space moves and Enter picks, from Sam's tile to a thank-you to someone not
    on the ward, shown by a picture from the picker (which opens on people), in the store."""
    move_to(bus_app, "Sam")
    bus_app.key("Return")
    tile = bus_app.wait_until(
        lambda: next((n for n in bus_app.showing() if n.name.startswith("Say thank you")), None), what="Home"
    )
    move_to(bus_app, tile.name)
    bus_app.key("Return")
    bus_app.wait_for("Who do you want to thank?", "label")
    move_to(bus_app, "Someone else. A picture of them, or their name.")
    bus_app.key("Return")
    bus_app.wait_for("Who is it?", "label")
    # A picture of them is where the focus starts: the first of the three ways.
    bus_app.wait_until(
        lambda: (f := bus_app.focused()) is not None and f.name == "A picture of them", what="the picture"
    )
    bus_app.key("Return")
    bus_app.wait_for("Choose a picture of them.", "label")
    move_to(bus_app, "Family")  # past the search box: a text box never traps a switch
    bus_app.key("Return")
    bus_app.wait_for("Who is it?", "label")
    move_to(bus_app, "Next question")
    bus_app.key("Return")
    move_to(bus_app, "Just send it")
    bus_app.key("Return")
    (sam,) = bus_app.rows(Person, Person.called == "Sam")
    bus_app.wait_until(
        lambda: bus_app.rows(ThankYou, ThankYou.author_id == sam.id, ThankYou.to_symbol_id == "family"),
        what="the thank-you saved",
    )
    (thanks,) = bus_app.rows(ThankYou, ThankYou.author_id == sam.id, ThankYou.to_symbol_id == "family")
    assert thanks.to_person_id is None and thanks.to_name is None and thanks.to_recording_file is None
