"""SAY groups clicked on the real window over the demo store: a patient gives a view and sees it
marked, staff turn a view into an action, a group of twelve passes the tablet round, two views by one
person are both kept, and the minutes add up. Every result is checked in the store itself."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from coprod_desktop.services.demo import DEMO_STAFF_PIN
from coprod_desktop.store.kinds import ActionSource, ActionStatus, Rating, Role, WhoseWords
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.say_groups_screen import PAGE_AGENDA, PAGE_PAST, SayGroupsScreen
from coprod_desktop.ui.screens.ward.have_my_say_screen import HaveMySayScreen
from coprod_desktop.ui.screens.ward.say_group_round_screen import SayGroupRoundScreen
from coprod_desktop.ui.screens.ward.say_group_screen import SayGroupScreen
from coprod_desktop.ui.screens.ward.say_view_screen import SayViewScreen
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import enter_pin, open_home, sign_in_as_jo

LEFT = Qt.MouseButton.LeftButton


def open_group(qtbot, window: MainWindow, name: str) -> SayGroupScreen:  # type: ignore[no-untyped-def]
    """The SAY group's topic cards, on Have my say itself (one tap from Home, no "SAY group" tile)."""
    home = open_home(qtbot, window, name)
    qtbot.mouseClick(home.have_say_choice, LEFT)
    hub = window.current_screen()
    assert isinstance(hub, HaveMySayScreen)
    assert isinstance(hub.group, SayGroupScreen)
    return hub.group


def back_on_have_my_say(window: MainWindow, screen: SayGroupScreen) -> bool:
    hub = window.current_screen()
    return isinstance(hub, HaveMySayScreen) and hub.group is screen


def open_topic(qtbot, window: MainWindow, screen: SayGroupScreen, index: int) -> SayViewScreen:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.topic_cards()[index], LEFT)
    view_screen = window.current_screen()
    assert isinstance(view_screen, SayViewScreen)
    return view_screen


def open_say_groups(qtbot, window: MainWindow) -> SayGroupsScreen:  # type: ignore[no-untyped-def]
    home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(home.tiles["say-groups"], LEFT)
    screen = window.current_screen()
    assert isinstance(screen, SayGroupsScreen)
    return screen


def test_a_patient_gives_a_view_and_the_topic_is_marked(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_group(qtbot, window, "Sam")
    group = services.say_groups.open_group(screen.person.ward_id)
    assert group is not None
    food = group.topics[0]
    assert [c.words for c in screen.topic_cards()][:3] == ["Food", "Activities", "The ward"]
    assert all(c.width() >= MIN_TARGET and c.height() >= MIN_TARGET for c in screen.topic_cards())
    assert not screen.has_view(food.id)
    qtbot.mouseClick(window.nav.read, LEFT)
    assert "SAY group" in speaker.last and "Food" in speaker.last

    view_screen = open_topic(qtbot, window, screen, 0)
    assert view_screen.title() == "Food"
    assert view_screen.panel.view is None  # opening adds nothing
    qtbot.mouseClick(view_screen.panel.rating.button(Rating.NOT_GOOD), LEFT)
    assert view_screen.panel.view is not None  # saved at the first change
    qtbot.mouseClick(view_screen.panel.add_words, LEFT)
    qtbot.keyClicks(view_screen.panel.words_editor.box, "More fruit please")
    [saved] = services.say_groups.views_by(group.id, screen.person.id)[food.id]
    assert saved.words == "More fruit please"  # saved as typed, before Finished
    assert saved.words_language == "en"  # the screen's language, so a rare one is never quoted
    assert not saved.council_may_quote  # no, unless the person says yes
    qtbot.mouseClick(view_screen.panel.words_editor.done, LEFT)  # back on the view, with its question
    council = view_screen.panel.council
    assert council.isVisible()  # asked once there are words to read out
    assert council.question_text() == (
        "Can the ward rep read out your words at the council? Your name will not be said."
    )
    assert council.no.isChecked() and not council.yes.isChecked()  # a question, never a "Council: no" toggle
    assert min(council.yes.width(), council.yes.height(), council.no.width()) >= MIN_TARGET
    qtbot.mouseClick(council.yes, LEFT)
    assert council.yes.isChecked() and not council.no.isChecked()
    assert speaker.last.endswith("Yes.")
    [saved] = services.say_groups.views_by(group.id, screen.person.id)[food.id]
    assert saved.council_may_quote
    qtbot.mouseClick(council.no, LEFT)  # changing their mind
    [saved] = services.say_groups.views_by(group.id, screen.person.id)[food.id]
    assert not saved.council_may_quote
    qtbot.mouseClick(council.yes, LEFT)
    qtbot.mouseClick(view_screen.done, LEFT)
    assert speaker.last == "Thank you. Your view is saved."
    assert back_on_have_my_say(window, screen)
    assert screen.has_view(food.id)
    card = screen.card_for(food.id)
    assert card.property("state") == "done" and card.words == "Food\nDone"  # words, not colour alone
    assert "You gave your view" in card.spoken
    [mine] = services.say_groups.views_by(group.id, screen.person.id)[food.id]
    assert mine.rating is Rating.NOT_GOOD and mine.words == "More fruit please"
    assert mine.whose is WhoseWords.MINE and mine.written_by_id is None


def test_opening_a_topic_and_leaving_adds_nothing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_group(qtbot, window, "Lee")
    group = services.say_groups.open_group(screen.person.ward_id)
    assert group is not None
    view_screen = open_topic(qtbot, window, screen, 2)
    qtbot.mouseClick(view_screen.panel.add_words, LEFT)
    qtbot.keyClicks(view_screen.panel.words_editor.box, "ab")
    for _ in range(2):
        qtbot.keyClick(view_screen.panel.words_editor.box, Qt.Key.Key_Backspace)
    qtbot.mouseClick(view_screen.done, LEFT)  # typed and rubbed out: nothing is kept
    view_screen = open_topic(qtbot, window, screen, 3)
    qtbot.mouseClick(window.nav.back, LEFT)
    assert back_on_have_my_say(window, screen)
    assert services.say_groups.views_by(group.id, screen.person.id) == {}
    assert not any(screen.has_view(t.id) for t in group.topics)


def test_pictures_and_the_recorder_on_a_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_group(qtbot, window, "Aisha")
    group = services.say_groups.open_group(screen.person.ward_id)
    assert group is not None
    view_screen = open_topic(qtbot, window, screen, 0)
    panel = view_screen.panel
    qtbot.mouseClick(panel.add_pictures, LEFT)
    sentence = panel.pages.sentence
    assert sentence is not None and panel.pages.currentWidget() is sentence
    qtbot.mouseClick(sentence.more, LEFT)  # any picture at all joins the sentence
    assert panel.pages.symbol_picker is not None
    qtbot.keyClicks(panel.pages.symbol_picker.search, "fruit")
    fruit = next(b for b in panel.pages.symbol_picker.buttons() if b.symbol_id == "fruit")
    qtbot.mouseClick(fruit, LEFT)
    assert sentence.symbols == ["fruit"]
    [view] = services.say_groups.views_by(group.id, screen.person.id)[group.topics[0].id]
    assert view.symbols == ("fruit",) and view.words == "Fruit."
    qtbot.mouseClick(sentence.take_off, LEFT)  # taking it off is kept at once too
    assert panel.view is not None and panel.view.symbols == () and panel.view.words is None
    qtbot.mouseClick(sentence.done, LEFT)
    assert panel.pages.on_own_page
    qtbot.mouseClick(panel.record, LEFT)
    record = panel.pages.record_panel
    assert record is not None and record.isVisible()
    # With a microphone there is a Record button; without one it is hidden and a note says why.
    assert record.record_button.isVisible() or "no microphone" in record.note.text()


def test_two_views_by_one_person_on_a_topic_are_both_kept_in_order(
    qtbot, window: MainWindow, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_group(qtbot, window, "Dafydd")
    group = services.say_groups.open_group(screen.person.ward_id)
    assert group is not None
    food = group.topics[0]
    assert screen.topic_cards()[0].words == "Bwyd"  # Dafydd uses Welsh
    for rating, words in ((Rating.GOOD, "first"), (Rating.NOT_GOOD, "second")):
        view_screen = open_topic(qtbot, window, screen, 0)
        qtbot.mouseClick(view_screen.panel.rating.button(rating), LEFT)
        qtbot.mouseClick(view_screen.panel.add_words, LEFT)
        qtbot.keyClicks(view_screen.panel.words_editor.box, words)
        qtbot.mouseClick(view_screen.done, LEFT)
        clock.now += timedelta(minutes=2)
    again = open_topic(qtbot, window, screen, 0).spoken_summary()
    assert "wedi rhoi barn ar hyn o'r blaen" in again  # "you gave a view on this before", in his Welsh
    qtbot.mouseClick(window.nav.back, LEFT)
    # Two tablets at once: each screen keeps its own view, and both are kept.
    person = screen.person
    context = window._context
    tablet_a = SayViewScreen(context, person, Alongside(), food)
    tablet_b = SayViewScreen(context, person, Alongside(), food)
    qtbot.addWidget(tablet_a)
    qtbot.addWidget(tablet_b)
    tablet_a.panel.start_words()
    qtbot.keyClicks(tablet_a.panel.words_editor.box, "third")
    clock.now += timedelta(minutes=2)
    tablet_b.panel.start_words()
    qtbot.keyClicks(tablet_b.panel.words_editor.box, "fourth")
    qtbot.keyClicks(tablet_a.panel.words_editor.box, " and more")
    mine = services.say_groups.views_by(group.id, person.id)[food.id]
    assert [v.words for v in mine] == ["first", "second", "third and more", "fourth"]
    assert [v.rating for v in mine[:2]] == [Rating.GOOD, Rating.NOT_GOOD]


def test_a_group_that_ends_meanwhile_is_explained_kindly(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_group(qtbot, window, "Sam")
    group = services.say_groups.open_group(screen.person.ward_id)
    assert group is not None
    view_screen = open_topic(qtbot, window, screen, 1)
    services.say_groups.end(group.id, None)
    qtbot.mouseClick(view_screen.panel.rating.button(Rating.GOOD), LEFT)
    assert "has finished" in view_screen.panel.message.text()
    assert "has finished" in speaker.last
    assert not view_screen.panel.rating.isEnabled()
    qtbot.mouseClick(view_screen.done, LEFT)
    assert back_on_have_my_say(window, screen)
    assert screen.topic_cards() == []
    assert "has finished" in screen.spoken_summary()


def test_staff_make_a_view_an_action_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_say_groups(qtbot, window)
    assert screen.group is not None
    [priyas] = screen.view_rows
    assert "Priya: Good." in priyas.words.text() and "Can we do more art?" in priyas.words.text()
    assert "Priya's own words" in priyas.words.text()
    qtbot.mouseClick(priyas.make_action, LEFT)
    [row] = screen.view_rows
    assert row.action_made.isVisible() and row.action_made.text() == "Action made"
    assert not row.make_action.isVisible()
    assert row.view.action_id is not None
    action = services.actions.get(row.view.action_id)
    assert action is not None
    assert action.status is ActionStatus.AMBER and action.source is ActionSource.SAY_GROUP
    assert action.you_said == "Can we do more art?" and action.raised_by_id == row.view.person_id
    again = services.say_groups.to_action(row.view.id, screen.staff.id)
    assert again.id == action.id  # one view, one action


def test_staff_change_the_agenda_and_the_next_group_uses_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_say_groups(qtbot, window)
    ward_id = screen._ward()
    assert ward_id is not None
    qtbot.mouseClick(screen.agenda_button, LEFT)
    assert screen.pages.currentIndex() == PAGE_AGENDA
    assert [r.title_edit.text() for r in screen.agenda_rows][:2] == ["Food", "Activities"]
    qtbot.keyClicks(screen.new_topic, "Smoking breaks")
    qtbot.mouseClick(screen.add_button, LEFT)
    assert services.say_groups.agenda(ward_id)[-1].title == "Smoking breaks"
    qtbot.mouseClick(screen.agenda_rows[-1].picture, LEFT)
    assert screen.picker.isVisible()
    qtbot.keyClicks(screen.picker.search, "walk")
    qtbot.mouseClick(next(b for b in screen.picker.buttons() if b.symbol_id == "walk"), LEFT)
    assert services.say_groups.agenda(ward_id)[-1].symbol_id == "walk"
    rules = screen.agenda_rows[4]
    rules.title_edit.selectAll()
    qtbot.keyClicks(rules.title_edit, "Ward rules")
    rules.flush()
    assert services.say_groups.agenda(ward_id)[4].title == "Ward rules"
    assert services.say_groups.agenda(ward_id)[0].title == "Food"  # untouched stays translatable
    qtbot.mouseClick(screen.agenda_rows[1].remove, LEFT)
    assert screen.confirm.isVisible() and "Activities" in screen.confirm.question.text()
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    titles = [t.title for t in services.say_groups.agenda(ward_id)]
    assert "Activities" not in titles and len(titles) == 8
    # End today's group and start the next one: it has the new agenda.
    qtbot.mouseClick(screen.now_button, LEFT)
    qtbot.mouseClick(screen.end_button, LEFT)
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    assert screen.group is None and screen.start_button.isVisible()
    qtbot.mouseClick(screen.start_button, LEFT)
    assert screen.group is not None
    assert [t.title for t in screen.group.topics] == titles


def test_twelve_people_pass_the_tablet_round_and_the_minutes_add_up(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    ward_id = window.ward_id()
    assert ward_id is not None
    names = [f"Person {n:02d}" for n in range(1, 13)]
    for name in names:
        services.people.add(name, ward_id=ward_id, role=Role.PATIENT, picture_symbol="portrait-3")
    screen = open_say_groups(qtbot, window)
    qtbot.mouseClick(screen.end_button, LEFT)  # a fresh group, so only these twelve give views
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    qtbot.mouseClick(screen.start_button, LEFT)
    group = screen.group
    assert group is not None
    qtbot.mouseClick(screen.round_button, LEFT)
    round_screen = window.current_screen()
    assert isinstance(round_screen, SayGroupRoundScreen)
    assert round_screen.title() == "Who is this?"
    assert len(round_screen.person_buttons) == 17  # the demo ward's five and the twelve
    ratings = [Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD]
    for turn, name in enumerate(names):
        button = round_screen.button_for(name)
        assert button.width() >= MIN_TARGET and button.height() >= MIN_TARGET
        qtbot.mouseClick(button, LEFT)
        assert round_screen.asking is not None and round_screen.person is None  # "Is this you?" first
        qtbot.mouseClick(round_screen.asking.yes, LEFT)
        assert round_screen.person is not None and round_screen.person.called == name
        topics = round_screen.topics_screen
        assert topics is not None
        qtbot.mouseClick(topics.topic_cards()[0], LEFT)
        view = round_screen.view_screen
        assert view is not None
        qtbot.mouseClick(view.panel.rating.button(ratings[turn % 3]), LEFT)
        if turn == 0:
            qtbot.mouseClick(view.panel.add_words, LEFT)
            qtbot.keyClicks(view.panel.words_editor.box, "Hot food at night")
        if turn == 1:  # typed by the person: their own words, though the face was chosen first
            qtbot.mouseClick(view.panel.add_words, LEFT)
            qtbot.keyClicks(view.panel.words_editor.box, "I typed this")
        qtbot.mouseClick(view.done, LEFT)
        assert topics.has_view(group.topics[0].id)
        qtbot.mouseClick(round_screen.pass_on, LEFT)
        assert speaker.last == "Pass the tablet to the next person."
        assert round_screen.title() == "Who is this?"
        assert "Had a turn" in round_screen.button_for(name).words
    assert "12 of 17 people have had a turn" in round_screen.spoken_summary()
    assert "Had a turn" not in round_screen.button_for("Sam").words

    views = services.say_groups.views(group.id)
    given = views[group.topics[0].id]
    assert {v.person_name for v in given} == set(names)
    assert len({v.person_id for vs in views.values() for v in vs}) == 12
    first = next(v for v in given if v.person_name == names[0])
    # The patient holds the tablet in a round: what they type is always their own words.
    assert first.whose is WhoseWords.MINE and first.written_by_id is None
    second = next(v for v in given if v.person_name == names[1])
    assert second.whose is WhoseWords.MINE and second.written_by_id is None
    assert second.rating is Rating.NOT_SURE and second.words == "I typed this"

    qtbot.mouseClick(round_screen.finish, LEFT)  # leaving the round needs a staff PIN
    enter_pin(qtbot, window, "Jo", DEMO_STAFF_PIN)
    assert window.current_screen() is screen
    assert len(screen.view_rows) == 12  # refreshed on coming back
    assert "Jo wrote down" not in screen.row_for(first.id).words.text()
    qtbot.mouseClick(screen.end_button, LEFT)
    qtbot.mouseClick(screen.confirm.yes, LEFT)
    qtbot.mouseClick(screen.past_button, LEFT)
    assert screen.pages.currentIndex() == PAGE_PAST
    qtbot.mouseClick(screen.past_rows[group.id], LEFT)
    minutes = services.say_groups.minutes(group.id)
    assert minutes.people == 12
    food = minutes.topics[0]
    assert (food.count(Rating.GOOD), food.count(Rating.NOT_SURE), food.count(Rating.NOT_GOOD)) == (4, 4, 4)
    shown = screen.minutes_view.text()
    assert "12 people gave their views." in shown
    assert "Food\nGood: 4. Not sure: 4. Not good: 4." in shown
    assert "Activities\nGood: 0. Not sure: 0. Not good: 0.\nNobody gave a view on this." in shown


def test_last_weeks_minutes_show_counts_views_and_the_action(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_groups(qtbot, window)
    qtbot.mouseClick(screen.past_button, LEFT)
    shown = screen.minutes_view.text()  # the newest ended group shows first
    assert "Food\nGood: 1. Not sure: 0. Not good: 2." in shown
    assert "Lee: Not good. “Lee said the portions are small.” (Jo wrote down what Lee said)" in shown
    assert "Action: More choice at tea time. We are working on it." in shown
    assert "Led by Jo." in shown and "5 people gave their views." in shown
