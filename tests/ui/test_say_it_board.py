"""Help me say it on a real store: phrases are spoken (never recorded), shown to the room in huge type,
and the person's own phrases are added and removed by clicking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractButton, QApplication

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.phrases import PHRASE_MAX
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.engine import Store
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.meeting.say_it_board_screen import SayItBoardScreen
from coprod_desktop.ui.switch_access import SwitchAccess
from coprod_desktop.ui.widgets.room_words import INK
from tests.conftest import ODD_NAMES, FixedClock
from tests.fakes import RecordingSpeaker
from tests.ui.journeys import open_home
from tests.ui.test_accessibility import check_targets

LEFT = Qt.MouseButton.LeftButton
COMMON = [
    "I want to say something",
    "I don't understand",
    "Please say that again",
    "Please slow down",
    "I need a break",
    "Yes",
    "No",
    "I don't know",
    "I agree",
    "I don't agree",
]


class PlayingSpeaker(RecordingSpeaker):
    """Plays a recorded file when there is a sound device (`plays`), as the real backend does."""

    def __init__(self, plays: bool = True) -> None:
        super().__init__()
        self.plays = plays
        self.played: list[Path] = []

    def play_file(self, path: Path) -> bool:
        self.played.append(path)
        return self.plays


class WordsOnlySpeaker(RecordingSpeaker):
    """A speech backend that cannot play files at all."""

    play_file = None


@pytest.fixture
def lee(ui_context: UiContext, store: Store, clock: FixedClock) -> PersonInfo:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    return next(p for p in ui_context.services.people.on_ward(ward.id) if p.called == "Lee")


@pytest.fixture
def open_board(qtbot, ui_context: UiContext) -> Iterator:  # type: ignore[no-untyped-def,type-arg]
    made: list[SayItBoardScreen] = []

    def make(person: PersonInfo) -> SayItBoardScreen:
        board = SayItBoardScreen(ui_context, person)
        qtbot.addWidget(board)
        board.resize(1280, 760)
        board.show()
        qtbot.waitExposed(board)
        board.activateWindow()  # so focus can be checked
        qtbot.waitUntil(board.isActiveWindow)
        made.append(board)
        return board

    yield make
    # Deleted now: a screen left waiting would still retranslate after the store is closed.
    for board in made:
        board.close()
        board.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def audit_count(context: UiContext) -> int:
    return len(context.services.audit.recent(limit=100_000))


def test_pressing_each_phrase_says_it_and_stores_nothing(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    ui_context.services.phrases.add(lee.id, "Can I ring my mam after", "phone-call")
    board = open_board(lee)
    before = audit_count(ui_context)
    assert [b.spoken for b in board.phrase_buttons] == [*COMMON, "Can I ring my mam after"]
    speaker.said.clear()
    for words in [*COMMON, "Can I ring my mam after"]:
        qtbot.mouseClick(board.button_for(words), LEFT)
    # One utterance per press, in order: the speaker cuts off the one before.
    assert speaker.said == [*COMMON, "Can I ring my mam after"]
    qtbot.mouseClick(board.show_toggle, LEFT)
    qtbot.mouseClick(board.button_for("I don't understand"), LEFT)
    qtbot.keyClick(board.room, Qt.Key.Key_Escape)
    assert audit_count(ui_context) == before
    assert [p.words for p in ui_context.services.phrases.for_person(lee.id)] == ["Can I ring my mam after"]
    check_targets(board)
    for button in board.phrase_buttons:
        assert button.symbol_id in ui_context.catalogue


def test_show_the_room_fills_the_screen_with_huge_words_and_any_tap_closes_it(
    qtbot, open_board, lee: PersonInfo, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    board = open_board(lee)
    qtbot.mouseClick(board.button_for("I need a break"), LEFT)
    assert not board.room.isVisible()  # Show the room is off: only spoken

    qtbot.mouseClick(board.show_toggle, LEFT)
    assert board.show_toggle.isChecked() and speaker.last == "Show the room is on"
    qtbot.mouseClick(board.button_for("I need a break"), LEFT)
    room = board.room
    assert room.isVisible() and room.text == "I need a break"
    assert speaker.last == "I need a break"
    assert room.geometry() == board.window().rect()
    image = room.grab().toImage()
    assert room.points >= 72, room.points
    ink = QColor(INK).rgb()
    inked = sum(
        1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4) if image.pixel(x, y) == ink
    )
    assert inked > 0.04 * (image.width() // 4) * (image.height() // 4)  # the words fill the screen
    assert room.close_button.hasFocus()
    assert not board.button_for("Yes").isEnabled()  # nothing behind can be reached by keyboard
    qtbot.mouseClick(room, LEFT, pos=QPoint(room.width() // 2, room.height() // 2))
    assert not room.isVisible() and board.button_for("Yes").isEnabled()

    qtbot.mouseClick(board.button_for("No"), LEFT)
    assert room.isVisible() and room.text == "No"
    qtbot.mouseClick(room.close_button, LEFT)
    assert not room.isVisible()

    qtbot.mouseClick(board.show_toggle, LEFT)
    assert speaker.last == "Show the room is off"
    qtbot.mouseClick(board.button_for("Yes"), LEFT)
    assert not room.isVisible()


def test_keyboard_moves_with_arrows_presses_with_space_and_escape_closes_the_words(
    qtbot, open_board, lee: PersonInfo, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    board = open_board(lee)
    first = board.phrase_buttons[0]
    first.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(first.hasFocus)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert board.phrase_buttons[1].hasFocus()
    qtbot.keyClick(board.phrase_buttons[1], Qt.Key.Key_Down)
    below = QApplication.focusWidget()
    assert (
        below in board.phrase_buttons and below.y() > first.y() and below.x() == board.phrase_buttons[1].x()
    )
    qtbot.keyClick(below, Qt.Key.Key_Space)
    assert speaker.last == below.spoken
    board.show_toggle.setChecked(True)
    switch = SwitchAccess(board)
    QApplication.instance().installEventFilter(switch)
    try:
        qtbot.keyClick(below, Qt.Key.Key_Return)  # Enter picks, as a single switch does
        qtbot.waitUntil(board.room.isVisible)
        qtbot.keyClick(board.room.close_button, Qt.Key.Key_Space)  # Space moves: only Close is there
        assert board.room.close_button.hasFocus()
    finally:
        QApplication.instance().removeEventFilter(switch)
    qtbot.keyClick(board.room.close_button, Qt.Key.Key_Escape)
    assert not board.room.isVisible()
    assert below.hasFocus()  # back where the person was


def test_adding_a_phrase_saves_it_at_once_and_it_is_on_a_fresh_board(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    board = open_board(lee)
    qtbot.mouseClick(board.add_choice, LEFT)
    assert board.add_panel.isVisible() and not board.board.isVisible()
    assert board.words_edit.hasFocus()
    qtbot.keyClicks(board.words_edit, "I want to see my dad")
    qtbot.mouseClick(board.picture_choice, LEFT)
    assert board.picker.isVisible() and not board.words_edit.isVisible()
    qtbot.keyClicks(board.picker.search, "family")
    family = next(b for b in board.picker.buttons() if b.symbol_id == "family")
    qtbot.mouseClick(family, LEFT)
    assert board.words_edit.isVisible() and not board.picker.isVisible()
    assert board.picture_choice.symbol_id == "family" and "Family" in board.picture_choice.spoken
    qtbot.mouseClick(board.save_button, LEFT)
    [saved] = ui_context.services.phrases.for_person(lee.id)
    assert saved.words == "I want to see my dad" and saved.symbol_id == "family"
    assert not board.add_panel.isVisible() and board.board.isVisible()
    assert board.button_for("I want to see my dad").hasFocus()

    fresh = open_board(lee)
    button = fresh.button_for("I want to see my dad")
    assert button.symbol_id == "family"
    qtbot.mouseClick(button, LEFT)
    assert speaker.last == "I want to see my dad"


def test_a_phrase_from_a_picture_alone_takes_the_pictures_words(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    board = open_board(lee)
    qtbot.mouseClick(board.add_choice, LEFT)
    qtbot.mouseClick(board.picture_choice, LEFT)
    group = board.picker.category.findData("care")
    board.picker.category.setCurrentIndex(group)
    board.picker.category.activated.emit(group)
    leave = next(b for b in board.picker.buttons() if b.symbol_id == "leave")
    qtbot.mouseClick(leave, LEFT)
    assert board.words_edit.text() == "Leave from the ward"
    qtbot.mouseClick(board.save_button, LEFT)
    [saved] = ui_context.services.phrases.for_person(lee.id)
    assert saved.words == "Leave from the ward" and saved.symbol_id == "leave"


def test_empty_words_get_a_kind_message_and_cancel_keeps_nothing(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    board = open_board(lee)
    qtbot.mouseClick(board.add_choice, LEFT)
    qtbot.keyClicks(board.words_edit, "    ")
    qtbot.mouseClick(board.save_button, LEFT)
    assert board.message.text() == "Choose a picture or type your words first. Then press Save."
    assert speaker.last == board.message.text()
    assert board.add_panel.isVisible()
    assert ui_context.services.phrases.for_person(lee.id) == []
    qtbot.keyClicks(board.words_edit, "Not this one")
    qtbot.mouseClick(board.cancel_button, LEFT)
    assert not board.add_panel.isVisible()
    assert ui_context.services.phrases.for_person(lee.id) == []
    assert [b.spoken for b in board.phrase_buttons] == COMMON


def test_odd_words_are_kept_exactly_and_very_long_words_are_cut_safely(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    board = open_board(lee)
    qtbot.mouseClick(board.add_choice, LEFT)
    QApplication.clipboard().setText("🌈" * 10_000)
    qtbot.keyClick(board.words_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert board.words_edit.text() == "🌈" * PHRASE_MAX  # whole emoji, never half of one
    assert "300" in board.message.text()
    qtbot.mouseClick(board.save_button, LEFT)

    odd = [name for name in ODD_NAMES if len(name) <= PHRASE_MAX]
    for words in odd:
        qtbot.mouseClick(board.add_choice, LEFT)
        board.words_edit.setText(words)
        qtbot.mouseClick(board.save_button, LEFT)
    stored = [p.words for p in ui_context.services.phrases.for_person(lee.id)]
    assert stored == ["🌈" * PHRASE_MAX, *odd]
    fresh = open_board(lee)
    fresh.show_toggle.setChecked(True)
    for words in stored:
        button = fresh.button_for(words)
        assert button.words == words and button.accessibleName() == words
        qtbot.mouseClick(button, LEFT)
        assert speaker.last == words and fresh.room.text == words
        fresh.room.grab()  # drawing a long, right-to-left or markup-like phrase must not fail
        qtbot.keyClick(fresh.room.close_button, Qt.Key.Key_Escape)
    check_targets(fresh)


def test_removing_an_own_phrase_asks_yes_or_no_first(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    phrases = ui_context.services.phrases
    phrases.add(lee.id, "Can we stop for a smoke break", "wait")
    phrases.add(lee.id, "I want my own room", None)
    board = open_board(lee)
    assert board.remove_buttons["I want my own room"].isHidden() or not board.change_area.isVisible()
    qtbot.mouseClick(board.change_toggle, LEFT)
    assert board.change_area.isVisible() and not board.board.isVisible()
    remove = board.remove_buttons["Can we stop for a smoke break"]
    assert remove.accessibleName() == "Remove: Can we stop for a smoke break"
    check_targets(board)
    qtbot.mouseClick(remove, LEFT)
    assert board.confirm.isVisible() and board.confirm.no.hasFocus()
    assert "Can we stop for a smoke break" in speaker.last
    check_targets(board)
    qtbot.mouseClick(board.confirm.no, LEFT)
    assert not board.confirm.isVisible()
    assert len(phrases.for_person(lee.id)) == 2

    qtbot.mouseClick(board.remove_buttons["Can we stop for a smoke break"], LEFT)
    qtbot.mouseClick(board.confirm.yes, LEFT)
    assert [p.words for p in phrases.for_person(lee.id)] == ["I want my own room"]
    assert list(board.remove_buttons) == ["I want my own room"]
    qtbot.mouseClick(board.change_toggle, LEFT)
    assert board.board.isVisible()
    assert [b.spoken for b in board.phrase_buttons] == [*COMMON, "I want my own room"]


def test_own_recording_plays_when_the_speaker_can_play_files(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    phrases = ui_context.services.phrases
    recorded = phrases.add(lee.id, "My own voice", None)
    phrases.set_recording(recorded.id, "lee-voice.wav")
    escaping = phrases.add(lee.id, "Not a real recording", None)
    phrases.set_recording(escaping.id, "../my-say.sqlite3")
    ui_context.paths.recordings.mkdir(parents=True, exist_ok=True)
    (ui_context.paths.recordings / "lee-voice.wav").write_bytes(b"RIFF")

    words_only = WordsOnlySpeaker()
    ui_context.speaker = words_only
    board = open_board(lee)
    qtbot.mouseClick(board.button_for("My own voice"), LEFT)
    assert words_only.said == ["My own voice"]

    no_device = PlayingSpeaker(plays=False)
    ui_context.speaker = no_device
    board = open_board(lee)
    qtbot.mouseClick(board.button_for("My own voice"), LEFT)
    assert len(no_device.played) == 1 and no_device.said == ["My own voice"]

    player = PlayingSpeaker()
    ui_context.speaker = player
    board = open_board(lee)
    qtbot.mouseClick(board.button_for("My own voice"), LEFT)
    assert player.played == [ui_context.paths.recordings / "lee-voice.wav"] and player.said == []
    qtbot.mouseClick(board.button_for("Not a real recording"), LEFT)
    assert player.said == ["Not a real recording"] and len(player.played) == 1
    (ui_context.paths.recordings / "lee-voice.wav").unlink()
    qtbot.mouseClick(board.button_for("My own voice"), LEFT)  # the file has gone: say the words
    assert player.last == "My own voice" and len(player.played) == 1


def test_the_main_window_opens_the_board_and_the_words_cover_the_whole_window(
    qtbot, window: MainWindow, speaker: RecordingSpeaker
) -> None:  # type: ignore[no-untyped-def]
    open_home(qtbot, window, "Sam")
    window.open_say_it_board()
    board = window.current_screen()
    assert isinstance(board, SayItBoardScreen) and board.person.called == "Sam"
    check_targets(window)
    qtbot.mouseClick(board.show_toggle, LEFT)
    qtbot.mouseClick(board.button_for("Please slow down"), LEFT)
    assert board.room.isVisible() and board.room.geometry() == window.rect()
    assert not window.nav.isEnabled()
    qtbot.keyClick(board.room.close_button, Qt.Key.Key_Escape)
    assert not board.room.isVisible() and window.nav.isEnabled()
    window.go_back()
    assert not isinstance(window.current_screen(), SayItBoardScreen)


def test_a_half_written_phrase_is_kept_when_the_app_closes_and_comes_back_as_it_was(
    qtbot, open_board, lee: PersonInfo, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    board = open_board(lee)
    qtbot.mouseClick(board.add_choice, LEFT)
    qtbot.keyClicks(board.words_edit, "I want to go to the ")
    qtbot.mouseClick(board.picture_choice, LEFT)
    qtbot.keyClicks(board.picker.search, "garden")
    qtbot.mouseClick(next(b for b in board.picker.buttons() if b.symbol_id == "garden"), LEFT)
    # The app is closed here without Save: a new board (as after a restart) reads the same store.
    again = open_board(lee)
    assert again.add_panel.isVisible() and again.words_edit.text() == "I want to go to the "
    assert again.picture_choice.symbol_id == "garden"
    qtbot.keyClicks(again.words_edit, "garden")
    qtbot.mouseClick(again.save_button, LEFT)
    assert [p.words for p in ui_context.services.phrases.for_person(lee.id)] == ["I want to go to the garden"]
    assert ui_context.services.drafts.get(lee.id, "new-phrase") is None
    third = open_board(lee)
    assert not third.add_panel.isVisible()
    qtbot.mouseClick(third.add_choice, LEFT)
    qtbot.keyClicks(third.words_edit, "Never mind")
    qtbot.mouseClick(third.cancel_button, LEFT)
    assert ui_context.services.drafts.get(lee.id, "new-phrase") is None


def test_the_bars_back_goes_from_the_pictures_to_the_words_to_the_board_and_keeps_the_words(
    qtbot, window: MainWindow, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    open_home(qtbot, window, "Sam")
    window.open_say_it_board()
    board = window.current_screen()
    assert isinstance(board, SayItBoardScreen)
    qtbot.mouseClick(board.add_choice, LEFT)
    qtbot.keyClicks(board.words_edit, "Can I phone home")
    qtbot.mouseClick(board.picture_choice, LEFT)
    assert board.picker.isVisible()
    backs = [
        b for b in window.findChildren(QAbstractButton) if b.isVisible() and "Back" in b.accessibleName()
    ]
    assert backs == [window.nav.back]  # one Back: the bar's
    qtbot.mouseClick(window.nav.back, LEFT)
    assert board.words_edit.isVisible() and board.words_edit.text() == "Can I phone home"
    qtbot.mouseClick(window.nav.back, LEFT)
    assert window.current_screen() is board and board.board.isVisible()
    draft = ui_context.services.drafts.get(board.person.id, "new-phrase")
    assert draft is not None and draft["words"] == "Can I phone home"
    qtbot.mouseClick(window.nav.back, LEFT)
    assert not isinstance(window.current_screen(), SayItBoardScreen)
