"""Saying it without reading or typing where a thank-you, a council point and a SAY group view take
words: someone else shown by a picture or named in the person's own voice, and a sentence of pictures
(read back, kept with the words it makes). Real clicks on the demo ward; every result is read back
from the store, and from what staff see."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprod_desktop.store.kinds import Rating, ThankDelivery, WhoseWords
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.models.thank_you_model import TO_ROLE
from coprod_desktop.ui.screens.council.council_screen import STEP_POINTS
from coprod_desktop.ui.screens.ward.say_thank_you_screen import STEP_DONE, STEP_HOW, STEP_WHO
from tests.fakes import RecordingSpeaker
from tests.ui.test_council import open_council
from tests.ui.test_say_group import open_group, open_topic
from tests.ui.test_say_without_typing import press, word
from tests.ui.test_thank_you import open_mutual_help, open_say_thank_you, open_wall

LEFT = Qt.MouseButton.LeftButton


def test_a_thank_you_to_someone_else_with_a_picture_only_reaches_staff_and_the_wall(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Lee")
    press(qtbot, screen.someone_else)
    panel = screen.someone.panel
    # A picture first: nobody has to read or type to say who.
    assert window.focusWidget() is panel.picture and panel.picture.words == "A picture of them"
    assert screen.question.text() == "Who is it?"
    press(qtbot, screen.next)  # nobody shown yet: asked kindly, and still on Who?
    assert screen.step == STEP_WHO and "Choose a picture of them" in screen.message.text()
    press(qtbot, panel.picture)
    picker = screen.someone.pieces.symbol_picker
    assert picker is not None and screen.someone.pieces.currentWidget() is picker
    assert picker.category.currentData() == "people"  # opens on people: Family, Friend, Nurse...
    assert screen.question.text() == "Choose a picture of them." and not screen.next.isVisible()
    press(qtbot, next(b for b in picker.buttons() if b.symbol_id == "family"))
    assert screen.someone.pieces.on_own_page and screen.step == STEP_WHO
    assert panel.picture.words == "Family" and panel.picture.symbol_id == "family"
    assert speaker.last == "Family. Chosen."
    assert window.focusWidget() is screen.next and screen.name_edit.text() == ""
    press(qtbot, screen.next)
    assert screen.step == STEP_HOW
    assert "Thank you to Family." in screen.summary.text() and screen.how_page.who_picture.isVisible()

    # What to say, with pictures too: the builder offers the picture of who it is after the core words.
    press(qtbot, screen.add_pictures)
    sentence = screen.pieces.sentence
    assert sentence is not None and screen.pieces.currentWidget() is sentence
    for symbol in ("core-i", "core-like", "family"):
        press(qtbot, word(sentence, symbol))
    press(qtbot, sentence.hear)
    assert speaker.last == "I like family."
    press(qtbot, sentence.done)
    assert screen.pieces.on_own_page and "I like family." in screen.summary.text()
    assert screen.how_page.chips.isVisible()
    press(qtbot, screen.wall_yes)
    press(qtbot, screen.read_out)
    assert screen.step == STEP_DONE
    assert "Thank you for saying thank you to Family." in screen.done_words.text()
    sent = screen.sent
    assert sent is not None
    assert (sent.to_person_id, sent.to_name, sent.to_symbol_id) == (None, "", "family")
    assert sent.to_recording_file is None
    assert sent.said_symbols == ("core-i", "core-like", "family") and sent.words == "I like family."
    assert sent.whose is WhoseWords.MINE and sent.delivery is ThankDelivery.READ_OUT

    # Staff at the mutual help meeting see the picture where the name would be.
    window.start_over()
    meeting = open_mutual_help(qtbot, window)
    card = next(c for c in meeting.cards.values() if c.record.id == sent.id)
    assert card.heading.text() == "From Lee to Family"
    assert card.said_shown.pictures.accessibleName() == "I like family."  # the same pictures, in order
    assert card.to_picture.isVisible() and not card.play_name.isVisible()
    press(qtbot, card.read_aloud)
    assert speaker.last.startswith("Lee says thank you to Family.") and "I like family." in speaker.last

    # On the wall, the same: the card carries the picture and says who in words.
    window.start_over()
    wall = open_wall(qtbot, window, "Sam")
    QApplication.processEvents()
    row = [r.id for r in wall.records_shown()].index(sent.id)
    index = wall.view.model().index(row, 0)
    assert index.data(TO_ROLE) == "Family"
    wall.view.scrollTo(index)
    qtbot.mouseClick(wall.view.viewport(), LEFT, pos=wall.view.visualRect(index).center())
    assert speaker.last.startswith("Lee says thank you to Family.")
    assert not wall.hear_name.isVisible()  # no name was recorded


@pytest.mark.audio
def test_a_thank_you_to_someone_named_only_in_my_voice_is_heard_by_staff_and_on_the_wall(
    qtbot, window: MainWindow, speaker: RecordingSpeaker, needs_microphone: None
) -> None:  # type: ignore[no-untyped-def]
    recordings = window._context.paths.recordings
    screen = open_say_thank_you(qtbot, window, "Priya")
    press(qtbot, screen.someone_else)
    press(qtbot, screen.someone.panel.voice)
    recorder = screen.someone.pieces.record_panel
    assert recorder is not None and screen.someone.pieces.currentWidget() is recorder
    assert screen.question.text() == "Say their name. Press Record, then Stop."
    press(qtbot, recorder.record_button)
    qtbot.waitUntil(lambda: recorder.status.text().startswith("Recording... 0:01"), timeout=3000)
    with qtbot.waitSignal(recorder.recorded, timeout=2000):
        press(qtbot, recorder.stop_button)
    name_file = screen.someone.recording
    assert name_file and (recordings / name_file).is_file()
    press(qtbot, window.nav.back)  # the one Back: to Who?, not out of the thank-you
    assert window.current_screen() is screen and screen.step == STEP_WHO
    assert screen.someone.panel.voice.words == "Their name is recorded"
    # Kept as a draft at once, like everything else: the name survives going Home.
    draft = window._context.services.drafts.get(screen._person.id, "thank-you")
    assert draft is not None and draft["to_recording"] == name_file
    press(qtbot, screen.next)
    assert "someone you named in your voice" in screen.summary.text()
    press(qtbot, screen.wall_yes)
    press(qtbot, screen.read_out)
    sent = screen.sent
    assert sent is not None and sent.to_recording_file == name_file
    assert (sent.to_name, sent.to_symbol_id, sent.words) == ("", None, None)

    window.start_over()
    meeting = open_mutual_help(qtbot, window)
    card = next(c for c in meeting.cards.values() if c.record.id == sent.id)
    assert card.heading.text() == "From Priya to someone named in their own voice"
    assert card.play_name.isVisible() and card.play_name.accessibleName().startswith("Play the name")
    press(qtbot, card.play_name)
    assert speaker.played[-1] == recordings / name_file

    window.start_over()
    wall = open_wall(qtbot, window, "Sam")
    QApplication.processEvents()
    index = wall.view.model().index([r.id for r in wall.records_shown()].index(sent.id), 0)
    wall.view.scrollTo(index)
    qtbot.mouseClick(wall.view.viewport(), LEFT, pos=wall.view.visualRect(index).center())
    assert "Press Hear the name to hear who it is." in speaker.last
    assert wall.hear_name.isVisible()
    press(qtbot, wall.hear_name)
    assert speaker.played[-1] == recordings / name_file


def test_a_name_typed_a_picture_and_a_half_made_thank_you_come_back_after_a_restart(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    screen = open_say_thank_you(qtbot, window, "Sam")
    press(qtbot, screen.someone_else)
    press(qtbot, screen.someone.panel.picture)
    picker = screen.someone.pieces.symbol_picker
    assert picker is not None
    press(qtbot, next(b for b in picker.buttons() if b.symbol_id == "friend"))
    qtbot.keyClicks(screen.name_edit, "Kim")
    press(qtbot, screen.next)
    press(qtbot, screen.add_pictures)
    sentence = screen.pieces.sentence
    assert sentence is not None
    press(qtbot, word(sentence, "thank-you"))
    window.start_over()  # someone else picks the tablet up; Sam comes back later

    again = open_say_thank_you(qtbot, window, "Sam")
    assert again.asking_carry_on and "You started a thank-you to Kim." in again.spoken_summary()
    press(qtbot, again.carry_on_question.carry_on_button)
    assert again.step == STEP_HOW and "Thank you to Kim." in again.summary.text()
    assert again.said.sentence == ["thank-you"] and again.someone.symbol_id == "friend"
    press(qtbot, again.just_send)
    sent = again.sent
    assert sent is not None
    assert (sent.to_name, sent.to_symbol_id, sent.said_symbols) == ("Kim", "friend", ("thank-you",))


def test_a_council_point_said_with_pictures_is_kept_with_its_words_and_changed_with_pictures(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_council(qtbot, window)
    press(qtbot, screen.period_buttons["month"])
    press(qtbot, screen.next)
    assert screen.step == STEP_POINTS
    points = screen.points_page
    # Three equal ways, pictures first: as for an idea.
    assert [b.words for b in (points.add_pictures, points.add_voice, points.add_words)] == [
        "Pictures",
        "My voice",
        "Words",
    ]
    press(qtbot, points.add_pictures)
    sentence = screen.point_pages.sentence
    assert sentence is not None and screen.point_pages.currentWidget() is sentence
    assert "Press the pictures to say it" in speaker.last
    for symbol in ("core-i", "core-want", "core-more", "food"):  # the ward's SAY topics after the core
        press(qtbot, word(sentence, symbol))
    assert screen.pack is not None
    [point] = services.council.get(screen.pack.id).points  # saved at every press
    assert point.symbols == ("core-i", "core-want", "core-more", "food")
    assert point.words == "I want more food." and point.whose is WhoseWords.MINE
    press(qtbot, sentence.done)
    [card] = screen.point_cards
    assert "I want more food." in card.body.text() and "Symbols:" not in card.body.text()
    press(qtbot, card.hear)
    assert "I want more food." in speaker.last
    # Change opens the pictures again, as they were; taking one off is kept at once.
    press(qtbot, card.change)
    assert screen.point_pages.currentWidget() is sentence and sentence.symbols == list(point.symbols)
    press(qtbot, sentence.take_off)
    press(qtbot, sentence.done)
    [point] = services.council.get(screen.pack.id).points
    assert point.symbols == ("core-i", "core-want", "core-more") and point.words == "I want more."


def test_a_say_view_said_with_pictures_then_words_keeps_both(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_group(qtbot, window, "Aisha")
    group = services.say_groups.open_group(screen.person.ward_id)
    assert group is not None
    food = group.topics[0]
    view_screen = open_topic(qtbot, window, screen, 0)
    panel = view_screen.panel
    press(qtbot, panel.rating.button(Rating.GOOD))
    press(qtbot, panel.add_pictures)
    sentence = panel.pages.sentence
    assert sentence is not None and panel.pages.currentWidget() is sentence
    for symbol in ("core-i", "core-like", "food"):  # the topic's own picture after the core words
        press(qtbot, word(sentence, symbol))
    press(qtbot, sentence.hear)
    assert speaker.last == "I like food."
    press(qtbot, sentence.done)
    assert panel.pages.on_own_page and panel.symbols_shown.accessibleName() == "I like food."
    [view] = services.say_groups.views_by(group.id, screen.person.id)[food.id]
    assert view.symbols == ("core-i", "core-like", "food") and view.words == "I like food."
    assert view.rating is Rating.GOOD and view.whose is WhoseWords.MINE
    # Words typed after the pictures follow the pictures' sentence; the box holds only what was typed.
    press(qtbot, panel.add_words)
    assert panel.words_editor.box.toPlainText() == ""
    qtbot.keyClicks(panel.words_editor.box, "The curry")
    [view] = services.say_groups.views_by(group.id, screen.person.id)[food.id]
    assert view.words == "I like food. The curry." and view.symbols == ("core-i", "core-like", "food")
    press(qtbot, panel.words_editor.done)
    assert "I like food. The curry." in panel.spoken_summary()
    press(qtbot, view_screen.done)
    assert speaker.last == "Thank you. Your view is saved."


def test_staff_typing_after_the_persons_pictures_is_marked_as_written_down_by_staff(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    """The pictures are the person's own whoever sits alongside; the first word staff type makes the
    view "staff wrote down what they said", keeping the pictures, so staff typing never passes as the
    person's own."""
    services = window._context.services
    screen = open_group(qtbot, window, "Lee")
    group = services.say_groups.open_group(screen.person.ward_id)
    assert group is not None
    jo = next(p for p in services.people.on_ward(window.ward_id()) if p.called == "Jo")
    window.meeting.alongside.staff = jo  # Jo gave her PIN to sit with Lee
    panel = open_topic(qtbot, window, screen, 0).panel
    press(qtbot, panel.add_pictures)
    sentence = panel.pages.sentence
    assert sentence is not None
    for symbol in ("core-i", "core-want", "core-more"):
        press(qtbot, word(sentence, symbol))
    press(qtbot, sentence.done)
    [view] = services.say_groups.views_by(group.id, screen.person.id)[group.topics[0].id]
    assert view.whose is WhoseWords.MINE and view.written_by_id is None and view.words == "I want more."
    press(qtbot, panel.add_words)
    assert panel.words_editor.whose_words is WhoseWords.STAFF_TYPED
    qtbot.keyClicks(panel.words_editor.box, "chips")
    [view] = services.say_groups.views_by(group.id, screen.person.id)[group.topics[0].id]
    assert view.whose is WhoseWords.STAFF_TYPED and view.written_by_id == jo.id
    assert view.symbols == ("core-i", "core-want", "core-more") and view.words == "I want more. chips."
