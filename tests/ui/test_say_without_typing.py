"""An idea and a worry said without reading or typing: a sentence of pictures (core words, the topic's
own picture, any picture found through More pictures) and the person's own voice, kept as a draft at
every press, sent, and seen and heard by staff. Real clicks on the demo ward."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from coprod_desktop.services.actions import ActionRecord
from coprod_desktop.services.worries import WorryRecord
from coprod_desktop.store.kinds import ActionSource, WhoMayKnow
from coprod_desktop.ui.kit.paged_grid import PagedGrid
from coprod_desktop.ui.kit.symbol_sentence import SymbolSentence, sentence_words
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.staff.actions_board_screen import ActionsBoardScreen
from coprod_desktop.ui.screens.ward.raise_screen import STEP_SENT, STEP_WHO, STEP_WORDS
from coprod_desktop.ui.widgets.symbol_button import SymbolButton
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import sign_in_as_jo
from tests.ui.test_worries import open_not_happy, open_worries
from tests.ui.test_you_said_we_did import open_raise

LEFT = Qt.MouseButton.LeftButton


def word(sentence: SymbolSentence, symbol: str) -> SymbolButton:
    for button in sentence.grid.items():
        if isinstance(button, SymbolButton) and button.symbol_id == symbol:
            sentence.grid.show_page_of(button)
            return button
    raise AssertionError(f"{symbol} is not offered")


def press(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    """As a person would: turn to the page the button is on, then press it where it shows."""
    parent = button.parentWidget()
    while parent is not None and not isinstance(parent, PagedGrid):
        parent = parent.parentWidget()
    if parent is not None:
        parent.show_page_of(button)
    assert button.isVisible(), button.objectName()
    qtbot.mouseClick(button, LEFT)


def test_an_idea_said_with_pictures_only_reaches_staff_as_pictures_and_words(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_raise(qtbot, window, "Priya", "idea")
    food = [b.words for b in screen.topics].index("Food")
    press(qtbot, screen.topics[food])
    assert screen.step == STEP_WORDS
    # The first thing offered is to say it with pictures; no typing is needed anywhere.
    assert window.focusWidget() is screen.with_pictures
    press(qtbot, screen.with_pictures)
    sentence = screen.pieces.sentence
    assert sentence is not None and screen.pieces.currentWidget() is sentence
    assert "Press the pictures to say it" in speaker.last
    press(qtbot, word(sentence, "core-i"))
    assert speaker.last == "I"  # each picture says its word as it is pressed
    press(qtbot, word(sentence, "core-want"))
    press(qtbot, word(sentence, "core-more"))
    press(qtbot, word(sentence, "food"))  # what it is about is offered after the core words
    assert sentence.symbols == ["core-i", "core-want", "core-more", "food"]
    # Every press is kept at once: the draft holds the sentence.
    assert window._context.services.drafts.get(screen._person.id, "idea")["sentence"] == sentence.symbols
    press(qtbot, sentence.take_off)
    assert sentence.symbols == ["core-i", "core-want", "core-more"]
    # Any picture at all: More pictures opens the picker; the one chosen joins the sentence.
    press(qtbot, sentence.more)
    picker = screen.pieces.symbol_picker
    assert picker is not None and screen.pieces.currentWidget() is picker
    qtbot.keyClicks(picker.search, "canteen")
    press(qtbot, picker.buttons()[0])
    assert screen.pieces.currentWidget() is sentence
    assert sentence.symbols == ["core-i", "core-want", "core-more", "canteen"]
    press(qtbot, sentence.hear)
    assert speaker.last == "I want more canteen and shop."
    press(qtbot, sentence.done)
    assert screen.pieces.on_own_page and "I want more canteen and shop." in screen.words_page.said.text()
    assert screen.said.typed == ""
    press(qtbot, screen.send)
    assert screen.step == STEP_SENT
    [raised] = services.actions.raised_by(screen._person.id, waiting_too=True)
    assert isinstance(raised, ActionRecord) and raised.source is ActionSource.IDEA
    assert raised.said_symbols == ("core-i", "core-want", "core-more", "canteen")
    assert raised.you_said == "I want more canteen and shop."
    assert raised.symbol_id == "food" and raised.recording_file is None

    # Staff see the same pictures, in order, beside the words.
    window.start_over()
    staff_home = sign_in_as_jo(qtbot, window)
    qtbot.mouseClick(staff_home.tiles["actions"], LEFT)
    board = window.current_screen()
    assert isinstance(board, ActionsBoardScreen)
    qtbot.mouseClick(board.waiting_button, LEFT)
    row = board.action_ids().index(raised.id)
    rect = board.list.visualRect(board.model.index(row, 0))
    qtbot.mouseClick(board.list.viewport(), LEFT, pos=rect.center())
    shown = board.form.said_shown
    assert shown.isVisible() and shown.pictures.isVisible() and not shown.play.isVisible()
    assert shown.pictures.accessibleName() == "I want more canteen and shop."
    assert len(shown.pictures.findChildren(type(shown.heading))) >= 4


def test_the_sentence_is_kept_if_the_app_closes_and_carries_on_where_it_was(
    qtbot, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    screen = open_raise(qtbot, window, "Sam", "idea")
    press(qtbot, screen.skip_topic)
    press(qtbot, screen.with_pictures)
    sentence = screen.pieces.sentence
    assert sentence is not None
    for symbol in ("core-i", "core-need", "help"):
        press(qtbot, word(sentence, symbol))
    window.start_over()  # the next person picks the tablet up; Sam comes back later
    again = open_raise(qtbot, window, "Sam", "idea")
    assert again.asking_carry_on
    press(qtbot, again.carry_on_question.carry_on_button)
    assert again.step == STEP_WORDS and again.said.sentence == ["core-i", "core-need", "help"]
    assert "I need help." in again.words_page.said.text()


def test_sentence_words_follow_the_language(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    catalogue = window._context.catalogue
    assert sentence_words(catalogue, ["core-i", "core-want", "core-more"], "en") == "I want more."
    assert sentence_words(catalogue, ["core-i", "core-want", "core-more"], "cy") == "Fi eisiau mwy."
    assert sentence_words(catalogue, ["core-i", "no-such-symbol"], "en") == "I."
    assert sentence_words(catalogue, [], "en") == ""


@pytest.mark.audio
def test_a_worry_said_in_my_voice_and_pictures_is_heard_by_staff(
    qtbot, window: MainWindow, speaker: RecordingSpeaker, needs_microphone: None
) -> None:  # type: ignore[no-untyped-def]
    services = window._context.services
    screen = open_not_happy(qtbot, window, "Lee")
    press(qtbot, screen.skip_topic)
    press(qtbot, screen.with_voice)
    panel = screen.pieces.record_panel
    assert panel is not None and screen.pieces.currentWidget() is panel
    press(qtbot, panel.record_button)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Recording... 0:01"), timeout=3000)
    with qtbot.waitSignal(panel.recorded, timeout=2000):
        press(qtbot, panel.stop_button)
    assert screen.said.recording and (window._context.paths.recordings / screen.said.recording).is_file()
    assert screen.back_a_step() and screen.pieces.on_own_page  # Back returns to the words page
    assert "Your voice is recorded." in screen.words_page.said.text()
    press(qtbot, screen.with_pictures)
    sentence = screen.pieces.sentence
    assert sentence is not None
    for symbol in ("core-dont", "core-like", "staff"):
        press(qtbot, word(sentence, symbol))
    press(qtbot, sentence.done)
    press(qtbot, screen.send)
    assert screen.step == STEP_WHO
    press(qtbot, screen.who[WhoMayKnow.STAFF_ONLY])
    assert screen.step == STEP_SENT and isinstance(screen.sent, WorryRecord)
    worry = services.worries.get(screen.sent.id)
    assert worry is not None and worry.recording_file == screen.said.recording
    assert worry.said_symbols == ("core-dont", "core-like", "staff") and worry.words == "Don't like staff."

    staff = open_worries(qtbot, window)
    staff.choose_row(staff.worry_ids().index(worry.id))
    shown = staff.form.said_shown
    assert shown.pictures.isVisible() and shown.play.isVisible()
    press(qtbot, shown.play)
    assert speaker.played[-1] == window._context.paths.recordings / worry.recording_file
