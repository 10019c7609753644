"""My meeting on the real window over the demo store: topics, a topic's rating and words (whose words
kept), pictures, symbols, removing with undo, how I take part, and the slideshow. Every change is
checked in the store itself, as a person coming back days later would find it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFileDialog

from coprod_desktop.services.demo import DEMO_STAFF_PIN
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.services.taking_part import TakingPartService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import (
    PieceKind,
    Presenter,
    Rating,
    Sharing,
    TakingPart,
    TopicState,
    WhoseWords,
)
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen
from coprod_desktop.ui.screens.meeting.add_topic_screen import AddTopicScreen
from coprod_desktop.ui.screens.meeting.my_meeting_screen import MyMeetingScreen
from coprod_desktop.ui.screens.meeting.present_screen import PresentScreen
from coprod_desktop.ui.screens.meeting.taking_part_screen import TakingPartScreen
from coprod_desktop.ui.screens.meeting.topic_screen import TopicScreen
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home

CLICK = Qt.MouseButton.LeftButton


def open_person(qtbot, window: MainWindow, name: str) -> HomeScreen:  # type: ignore[no-untyped-def]
    home = open_home(qtbot, window, name)
    return home


def open_my_meeting(qtbot, window: MainWindow, name: str = "Sam") -> MyMeetingScreen:  # type: ignore[no-untyped-def]
    home = open_person(qtbot, window, name)
    qtbot.mouseClick(home.meeting_tile, CLICK)
    screen = window.current_screen()
    assert isinstance(screen, MyMeetingScreen)
    return screen


def card_for(screen: MyMeetingScreen, title: str):  # type: ignore[no-untyped-def]
    for card in screen.topic_cards():
        if card.words.endswith(title):
            return card
    raise AssertionError(f"no card for {title}: {[c.words for c in screen.topic_cards()]}")


def open_topic(qtbot, window: MainWindow, screen: MyMeetingScreen, title: str) -> TopicScreen:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(card_for(screen, title), CLICK)
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    return topic


def test_my_meeting_shows_sams_cpa_with_done_topics_marked(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    assert screen.meeting is not None
    assert "CPA" in screen.title()
    done = [card for card in screen.topic_cards() if card.property("state") == "done"]
    assert len(done) == 2
    assert all("Done" in card.spoken for card in done)
    assert "2 of" in screen.spoken_summary()


def test_rating_and_own_words_are_saved_as_they_happen(
    qtbot, window: MainWindow, store: Store, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    preparation_id = screen.preparation.id
    open_card = next(card for card in screen.topic_cards() if card.property("state") == "open")
    qtbot.mouseClick(open_card, CLICK)
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    qtbot.mouseClick(topic.rating.button(Rating.NOT_GOOD), CLICK)
    assert speaker.said[-1] == "Not good"
    qtbot.mouseClick(topic.add_words, CLICK)
    qtbot.keyClicks(topic.words_editor.box, "The food is cold")
    # Saved while typing, before Finished is pressed: a closed app keeps it.
    saved = PreparationService(store.session_factory).get(preparation_id)
    found = next(t for t in saved.topics if t.id == topic.topic.id)
    assert found.rating is Rating.NOT_GOOD
    words = [p for p in found.pieces if p.kind is PieceKind.WORDS]
    assert words[-1].words == "The food is cold"
    assert words[-1].whose is WhoseWords.MINE
    qtbot.mouseClick(topic.words_editor.done, CLICK)
    assert "Sam's own words" in topic.cards[-1].label.text()
    qtbot.mouseClick(topic.done, CLICK)
    assert isinstance(window.current_screen(), MyMeetingScreen)
    assert PreparationService(store.session_factory).topic(found.id).state is TopicState.DONE


def test_staff_with_me_types_what_the_person_said(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    qtbot.mouseClick(screen.staff_with_me, CLICK)
    sign_in = window.current_screen()
    assert isinstance(sign_in, SignInScreen)
    qtbot.mouseClick(sign_in.button_for("Jo"), CLICK)
    for digit in DEMO_STAFF_PIN:
        sign_in.pad.press(digit)
    sign_in.pad.submitted.emit(DEMO_STAFF_PIN)
    assert window.current_screen() is screen
    assert window.meeting.alongside.staff is not None
    assert "Jo" in screen.staff_with_me.words
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[2].title)
    qtbot.mouseClick(topic.add_words, CLICK)
    assert topic.words_editor.whose.isVisible()
    qtbot.keyClicks(topic.words_editor.box, "I want more leave")
    qtbot.mouseClick(topic.words_editor.done, CLICK)
    piece = PreparationService(store.session_factory).topic(topic.topic.id).pieces[-1]
    assert piece.whose is WhoseWords.STAFF_TYPED
    assert piece.written_by_id == window.meeting.alongside.staff.id
    assert topic.cards[-1].label.text() == "Jo wrote down what Sam said"


def test_pictures_are_checked_and_bad_ones_get_a_kind_message(
    qtbot, window: MainWindow, store: Store, tmp_path: Path, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[3].title)
    good = tmp_path / "garden.png"
    Image.new("RGB", (1600, 1200), "#4a8").save(good)
    topic.add_picture_from(good)
    qtbot.waitUntil(lambda: "The picture is added." in speaker.said, timeout=10_000)
    assert any(card.piece.kind is PieceKind.PICTURE for card in topic.cards)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a picture")
    topic.add_picture_from(broken)
    qtbot.waitUntil(lambda: "damaged" in speaker.said[-1], timeout=10_000)
    pictures = [p for p in PreparationService(store.session_factory).topic(topic.topic.id).pieces]
    assert [p.kind for p in pictures].count(PieceKind.PICTURE) == 1


def test_a_picture_is_chosen_from_big_tiles_inside_the_app_and_leaves_the_new_pictures_folder(
    qtbot, window: MainWindow, store: Store, ui_context, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    """No desktop file dialog in a patient's flow: the photos staff put in the new pictures folder
    show as picture tiles; the one pressed is added, and it leaves the folder, so the next person
    at the tablet does not see it."""
    folder = ui_context.paths.new_pictures
    folder.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (2400, 1800), "#c84").save(folder / "bus-trip.jpg")
    Image.new("RGB", (800, 600), "#48c").save(folder / "garden.png")
    (folder / "notes.txt").write_text("not a picture")
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[3].title)
    qtbot.mouseClick(topic.add_picture, CLICK)
    chooser = topic.pages.picture_chooser
    assert chooser is not None and topic.pages.currentWidget() is chooser
    assert not topic.findChildren(QFileDialog)
    tiles = chooser.tiles
    assert sorted(t.path.name for t in tiles) == ["bus-trip.jpg", "garden.png"]
    assert [t.accessibleName() for t in tiles] == ["Picture 1 of 2", "Picture 2 of 2"]
    qtbot.waitUntil(lambda: all(t.drawn for t in tiles))
    bus = next(t for t in tiles if t.path.name == "bus-trip.jpg")
    qtbot.mouseClick(bus, CLICK)
    qtbot.waitUntil(lambda: "The picture is added." in speaker.said, timeout=10_000)
    assert topic.pages.on_own_page
    [piece] = [p for p in PreparationService(store.session_factory).topic(topic.topic.id).pieces]
    assert piece.kind is PieceKind.PICTURE
    assert (ui_context.paths.pictures / piece.file_name).is_file()
    assert sorted(p.name for p in folder.iterdir()) == ["garden.png", "notes.txt"]


def test_a_camera_card_plugged_in_offers_its_photos_and_keeps_them(
    qtbot, window: MainWindow, ui_context, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    """A card mounted as /media/<user>/<card> (here the test's own media folder) shows its photos,
    in a camera's DCIM folder too; choosing one copies it, and the card itself is never changed."""
    [media] = ui_context.paths.removable_media
    camera = media / "ward-tablet" / "CANON" / "DCIM"
    camera.mkdir(parents=True)
    Image.new("RGB", (1600, 1200), "#8c4").save(camera / "IMG_0001.JPG")
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[3].title)
    qtbot.mouseClick(topic.add_picture, CLICK)
    chooser = topic.pages.picture_chooser
    assert chooser is not None and [t.path.name for t in chooser.tiles] == ["IMG_0001.JPG"]
    qtbot.mouseClick(chooser.tiles[0], CLICK)
    qtbot.waitUntil(lambda: "The picture is added." in speaker.said, timeout=10_000)
    assert (camera / "IMG_0001.JPG").is_file()  # a card is read, never emptied


def test_with_no_new_pictures_the_chooser_says_how_to_get_some(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[3].title)
    qtbot.mouseClick(topic.add_picture, CLICK)
    chooser = topic.pages.picture_chooser
    assert chooser is not None and chooser.tiles == []
    assert chooser.empty.isVisible() and "Staff can put your photos" in chooser.empty.text()


def test_the_bars_back_goes_from_adding_a_symbol_to_the_topic_and_then_to_my_meeting(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[3].title)
    qtbot.mouseClick(topic.add_symbol, CLICK)
    assert topic.pages.currentWidget() is topic.pages.symbol_picker
    backs = [
        w for w in window.findChildren(QAbstractButton) if w.isVisible() and w.accessibleName() == "Back"
    ]
    assert backs == [window.nav.back]  # one Back on the screen: the bar's
    qtbot.mouseClick(window.nav.back, CLICK)
    assert window.current_screen() is topic and topic.pages.on_own_page
    qtbot.mouseClick(window.nav.back, CLICK)
    assert window.current_screen() is screen


def test_finished_pressed_while_adding_words_leaves_the_topic_with_the_words_saved(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[3].title)
    qtbot.mouseClick(topic.add_words, CLICK)
    qtbot.keyClicks(topic.words_editor.box, "I like the garden")
    qtbot.mouseClick(topic.done, CLICK)
    assert window.current_screen() is screen
    saved = PreparationService(store.session_factory).topic(topic.topic.id)
    assert saved.done and [p.words for p in saved.pieces] == ["I like the garden"]


def test_symbol_from_the_catalogue(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[3].title)
    qtbot.mouseClick(topic.add_symbol, CLICK)
    qtbot.keyClicks(topic.pages.symbol_picker.search, "garden")
    qtbot.mouseClick(topic.pages.symbol_picker.buttons()[0], CLICK)
    pieces = PreparationService(store.session_factory).topic(topic.topic.id).pieces
    assert pieces[-1].kind is PieceKind.SYMBOL
    assert pieces[-1].symbol_id == "garden"


def test_removing_a_topic_asks_first_and_can_be_undone(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    done_title = next(t.title for t in screen.preparation.topics if t.done)
    topic = open_topic(qtbot, window, screen, done_title)
    qtbot.mouseClick(topic.remove_topic, CLICK)
    assert topic.confirm.isVisible() and "goes too" in topic.confirm.question.text()
    qtbot.mouseClick(topic.confirm.no, CLICK)
    assert window.current_screen() is topic
    qtbot.mouseClick(topic.remove_topic, CLICK)
    qtbot.mouseClick(topic.confirm.yes, CLICK)
    assert window.current_screen() is screen
    assert done_title not in [t.title for t in screen.preparation.topics]
    assert screen.undo_bar.isVisible()
    qtbot.mouseClick(screen.undo, CLICK)
    restored = next(t for t in screen.preparation.topics if t.title == done_title)
    assert restored.done and restored.pieces  # everything said in it came back


def test_add_my_own_topic(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    qtbot.mouseClick(screen.add_topic, CLICK)
    add = window.current_screen()
    assert isinstance(add, AddTopicScreen)
    qtbot.mouseClick(add.save_button, CLICK)
    assert add.message.isVisible()  # no words yet: a kind message, nothing saved
    qtbot.keyClicks(add.name, "My guitar")
    qtbot.keyClicks(add.picker.search, "music")
    qtbot.mouseClick(add.picker.buttons()[0], CLICK)
    qtbot.mouseClick(add.save_button, CLICK)
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    assert topic.topic.title == "My guitar" and topic.topic.own and topic.topic.symbol_id == "music"
    window.go_back()
    assert window.current_screen() is screen
    assert card_for(screen, "My guitar")


def test_an_own_topic_from_a_picture_alone_with_no_typing(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    qtbot.mouseClick(screen.add_topic, CLICK)
    add = window.current_screen()
    assert isinstance(add, AddTopicScreen)
    qtbot.keyClicks(add.picker.search, "solicitor")  # staff alongside may search; the groups need none
    qtbot.mouseClick(add.picker.buttons()[0], CLICK)
    assert add.name.text() == "Solicitor" and add.save_button.hasFocus()
    qtbot.mouseClick(add.save_button, CLICK)
    topic = window.current_screen()
    assert isinstance(topic, TopicScreen)
    assert topic.topic.title == "Solicitor" and topic.topic.own and topic.topic.symbol_id == "solicitor"


def test_how_i_take_part_is_saved_with_who_was_there(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    qtbot.mouseClick(screen.take_part, CLICK)
    choices = window.current_screen()
    assert isinstance(choices, TakingPartScreen)
    service = TakingPartService(store.session_factory)
    qtbot.mouseClick(choices.going.buttons[1], CLICK)
    assert service.current(screen.preparation.id).taking_part is TakingPart.SLIDES_WITHOUT_ME
    qtbot.mouseClick(choices.shows.buttons[1], CLICK)
    assert choices.staff_row.isVisible()
    qtbot.mouseClick(choices.staff_row.buttons[0], CLICK)
    current = service.current(screen.preparation.id)
    assert current.presenter is Presenter.STAFF and current.presenter_staff_id is not None
    qtbot.mouseClick(choices.who_sees.buttons[1], CLICK)  # nobody else
    current = service.current(screen.preparation.id)
    assert current.sharing is Sharing.JUST_ME and current.family_names == ()
    qtbot.keyClicks(choices.family_name, "Aunty B")
    # Closed half typed: the name comes back in the box on a new screen, and Add finishes it.
    window.go_back()
    qtbot.mouseClick(screen.take_part, CLICK)
    choices = window.current_screen()
    assert isinstance(choices, TakingPartScreen) and choices.family_name.text() == "Aunty B"
    qtbot.keyClicks(choices.family_name, "ev")
    qtbot.mouseClick(choices.add_family_button, CLICK)
    assert service.current(screen.preparation.id).family_names == ("Aunty Bev",)
    assert choices.family_name.text() == ""
    assert (
        window._context.services.drafts.get(window.person.id, f"family-name:{screen.preparation.id}") is None
    )
    qtbot.mouseClick(choices.going.buttons[2], CLICK)  # not this time: nobody shows slides
    current = service.current(screen.preparation.id)
    assert current.taking_part is TakingPart.NOT_THIS_TIME and current.presenter is Presenter.NOBODY


def test_slideshow_goes_through_finished_topics_by_keys_and_buttons(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    done = [t for t in screen.preparation.topics if t.done]
    qtbot.mouseClick(screen.present, CLICK)
    show = window.current_screen()
    assert isinstance(show, PresentScreen)
    assert not window.nav.isVisible()
    assert show.slide_count() == 1 + len(done)
    assert "Sam" in [label.text() for label in show.view.word_labels]
    qtbot.mouseClick(show.next, CLICK)
    assert show.view.heading.text() == done[0].title
    qtbot.keyClick(show, Qt.Key.Key_PageDown)
    assert show.view.heading.text() == done[1].title
    assert not show.next.isEnabled()
    qtbot.keyClick(show, Qt.Key.Key_Left)
    assert show.index == 1
    qtbot.mouseClick(show.read, CLICK)
    assert speaker.said[-1].startswith(done[0].title)
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert window.current_screen() is screen
    assert window.nav.isVisible()


def test_slide_faces_and_symbols_are_a_fifth_of_the_slide_on_a_projector(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Read from across a meeting room: on a 1920x1080 screen the topic's symbol and the face are
    drawn at least a fifth of the slide's height (150 px would be a seventh)."""
    screen = open_my_meeting(qtbot, window)
    qtbot.mouseClick(screen.present, CLICK)
    show = window.current_screen()
    assert isinstance(show, PresentScreen)
    window.resize(1920, 1080)
    show.go_to(1)
    view = show.view
    qtbot.waitUntil(lambda: view.height() > 800)
    for label in (view.symbol, view.rating_face):
        assert label.isVisible()
        qtbot.waitUntil(lambda label=label: label.pixmap().height() * 5 >= view.height())
    side = view.symbol.pixmap().height()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: view.symbol.pixmap().height() < side)  # smaller again on a smaller screen


@pytest.mark.parametrize("name", ["Sam", "Aisha"])
def test_every_person_can_prepare_even_with_no_meeting_booked(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window, name)
    assert screen.preparation is not None
    assert screen.topic_cards()


def test_record_my_voice_on_a_topic_and_hear_it_back(
    qtbot, window: MainWindow, store: Store, speaker: RecordingSpeaker, ui_context
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioInputs():
        pytest.skip("No audio input device (run scripts/start-null-audio to get a PulseAudio null source)")
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[4].title)
    qtbot.mouseClick(topic.record, CLICK)
    panel = topic.pages.record_panel
    assert panel is not None and panel.record_button.isVisible()
    qtbot.mouseClick(panel.record_button, CLICK)
    qtbot.wait(600)
    with qtbot.waitSignal(panel.recorded, timeout=5000):
        qtbot.mouseClick(panel.stop_button, CLICK)
    [piece] = PreparationService(store.session_factory).topic(topic.topic.id).pieces
    assert piece.kind is PieceKind.RECORDING
    assert (ui_context.paths.recordings / piece.file_name).stat().st_size > 44
    qtbot.mouseClick(window.nav.back, CLICK)  # the bar's Back: from the recorder to the topic
    assert window.current_screen() is topic
    [card] = topic.cards
    qtbot.mouseClick(card.hear, CLICK)
    assert speaker.played[-1].name == piece.file_name


def test_with_no_topics_left_the_person_can_still_add_their_own(
    qtbot, window: MainWindow, ui_context
) -> None:  # type: ignore[no-untyped-def]
    """Templates always keep one topic (the staff screen refuses an empty one), but a person can remove
    every topic they were given."""
    lee = next(p for p in window.who_are_you.people() if p.called == "Lee")
    preparation = ui_context.services.preparation.for_meeting(lee.id, None)
    for topic in preparation.topics:
        ui_context.services.preparation.remove_topic(topic.id)
    screen = open_my_meeting(qtbot, window, "Lee")
    assert screen.topic_cards() == []
    assert "Add a topic to start" in screen.spoken_summary()
    qtbot.waitUntil(screen.add_topic.isVisible)


def test_ten_thousand_words_are_kept_whole_and_the_slide_scrolls(
    qtbot, window: MainWindow, store: Store
) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    topic = open_topic(qtbot, window, screen, screen.preparation.topics[5].title)
    qtbot.mouseClick(topic.add_words, CLICK)
    long_text = " ".join(f"word{i}" for i in range(10_000))
    topic.words_editor.box.setPlainText(long_text)
    [piece] = PreparationService(store.session_factory).topic(topic.topic.id).pieces
    assert piece.words == long_text
    qtbot.mouseClick(topic.words_editor.done, CLICK)
    qtbot.mouseClick(topic.done, CLICK)
    qtbot.mouseClick(screen.present, CLICK)
    show = window.current_screen()
    assert isinstance(show, PresentScreen)
    show.go_to(show.slide_count() - 1)
    assert any(label.text() == long_text for label in show.view.word_labels)
    qtbot.waitUntil(lambda: show.view.words_scroll.verticalScrollBar().maximum() > 0)


def test_a_recording_that_will_not_play_gets_a_kind_message(
    qtbot, window: MainWindow, store: Store, ui_context, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    """The speaker here records what it is asked to play and says yes; this test's recording is a
    real damaged file, played through the real QtSpeaker check that refuses it."""
    from coprod_desktop.ui.speech.qt_speaker import QtSpeaker

    screen = open_my_meeting(qtbot, window)
    topic_id = screen.preparation.topics[6].id
    ui_context.paths.recordings.mkdir(parents=True, exist_ok=True)
    (ui_context.paths.recordings / "broken.wav").write_bytes(b"RIFF\x00\x00not a wave at all")
    PreparationService(store.session_factory).add_recording(topic_id, "broken.wav")
    real = QtSpeaker(ui_context.paths.speech_cache)
    try:
        speaker.play_file = real.play_file  # type: ignore[method-assign]
        topic = open_topic(qtbot, window, screen, screen.preparation.topics[6].title)
        [card] = topic.cards
        qtbot.mouseClick(card.hear, CLICK)
        assert topic.message.text() == "This recording will not play. It may be damaged."
        assert speaker.said[-1] == topic.message.text()
    finally:
        real.shutdown()


def test_an_own_topic_is_kept_from_the_first_letter(qtbot, window: MainWindow, store: Store) -> None:  # type: ignore[no-untyped-def]
    screen = open_my_meeting(qtbot, window)
    qtbot.mouseClick(screen.add_topic, CLICK)
    add = window.current_screen()
    assert isinstance(add, AddTopicScreen)
    qtbot.keyClicks(add.name, "Visits")
    # Not yet "Add it": the app could close now and the topic would still be there.
    titles = [t.title for t in PreparationService(store.session_factory).get(screen.preparation.id).topics]
    assert titles[-1] == "Visits"
    add.name.clear()
    titles = [t.title for t in PreparationService(store.session_factory).get(screen.preparation.id).topics]
    assert "Visits" not in titles


def test_a_welsh_reader_sees_the_default_topics_in_welsh_and_their_own_as_typed(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    context = window._context
    screen = open_my_meeting(qtbot, window)
    context.languages.use("cy")
    screen.retranslate()
    words = [card.words for card in screen.topic_cards()]
    assert any("Teimlo'n ddiogel" in w for w in words), words  # the untouched default "Feeling safe"
    assert not any(w.endswith("Feeling safe") for w in words)
    spoken = screen.spoken_summary()
    assert "Teimlo'n ddiogel" in spoken and "Feeling safe" not in spoken
