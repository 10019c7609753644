""" "I need help" tells the truth and reaches someone: the card records one request per device with a
count, chimes even with speech off, flashes slowly, cancels with "I am OK now"; staff screens show
the request until someone says "I am here".

The sound goes to tests.fakes.RecordingSpeaker: the audio device is the one edge faked here (the
chime file itself is checked to be a real PCM WAV the app's player reads).
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from coprod_desktop.paths import AUDIO_DIR
from coprod_desktop.services.demo import DEMO_HELP_DEVICE, DEMO_STAFF_PIN
from coprod_desktop.services.help_requests import ANSWERED_EVENT, CANCELLED_EVENT
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.help.cues import HELP_CHIME, cue_path
from coprod_desktop.ui.screens.help.help_coming_screen import FLASH_MS, HelpComingScreen
from coprod_desktop.ui.screens.staff.sign_in_screen import SignInScreen
from coprod_desktop.ui.screens.staff.staff_home_screen import StaffHomeScreen
from coprod_desktop.ui.speech.qt_speaker import read_pcm_wav
from coprod_desktop.ui.widgets.help_banner import HelpBanner
from tests.fakes import RecordingSpeaker

LEFT = Qt.MouseButton.LeftButton
WORDS = "Show this to staff. I need help."


@pytest.fixture
def sam(window: MainWindow, ui_context: UiContext) -> PersonInfo:
    assert window.ward is not None
    return next(p for p in ui_context.services.people.on_ward(window.ward.id) if p.called == "Sam")


@pytest.fixture
def card(qtbot, window: MainWindow, ui_context: UiContext) -> HelpComingScreen:  # type: ignore[no-untyped-def]
    shown = HelpComingScreen(ui_context)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def open_requests(context: UiContext, window: MainWindow):  # type: ignore[no-untyped-def]
    assert window.ward is not None
    return context.services.help_requests.open_requests(window.ward.id)


def test_the_card_tells_the_room_with_speech_off_and_records_the_request(
    qtbot, card: HelpComingScreen, window: MainWindow, ui_context: UiContext, speaker: RecordingSpeaker, sam
) -> None:  # type: ignore[no-untyped-def]
    speaker.set_enabled(False)
    ui_context.services.device.set_device_name("Quiet room tablet")
    card.open_for(sam.id, window.ward_id())
    assert card._message.text() == WORDS and card._message.isVisible()
    assert speaker.played == [cue_path(HELP_CHIME)]  # plays even though speech is off
    assert card.chime_timer.isActive() and card.flashing()
    card.chime_timer.timeout.emit()  # the next repeat
    assert speaker.played == [cue_path(HELP_CHIME)] * 2
    request = card.request
    assert request is not None and (request.person_id, request.device) == (sam.id, "Quiet room tablet")
    assert [(r.called, r.device) for r in open_requests(ui_context, window)][-1] == (
        "Sam",
        "Quiet room tablet",
    )


def test_with_speech_on_the_words_are_read_after_the_first_chime(
    qtbot, card: HelpComingScreen, window: MainWindow, speaker: RecordingSpeaker, sam
) -> None:  # type: ignore[no-untyped-def]
    card.open_for(sam.id, window.ward_id())
    qtbot.waitUntil(lambda: speaker.last == WORDS, timeout=5000)
    assert card.spoken_summary() == "Show this to staff. I need help. I am OK now."


def test_pressing_help_again_counts_on_one_request(
    qtbot, card: HelpComingScreen, window: MainWindow, ui_context: UiContext, sam
) -> None:  # type: ignore[no-untyped-def]
    before = len(open_requests(ui_context, window))
    for _ in range(3):
        card.open_for(sam.id, window.ward_id())
    mine = [r for r in open_requests(ui_context, window) if r.person_id == sam.id]
    assert len(open_requests(ui_context, window)) == before + 1
    assert [r.presses for r in mine] == [3]


def test_i_am_ok_now_cancels_it_records_it_and_goes_quiet(
    qtbot, card: HelpComingScreen, window: MainWindow, ui_context: UiContext, speaker: RecordingSpeaker, sam
) -> None:  # type: ignore[no-untyped-def]
    card.open_for(sam.id, window.ward_id())
    request = card.request
    assert request is not None
    assert card.cancel.spoken == "I am OK now"
    assert card.cancel.accessibleName().startswith("I am OK now")
    assert card.cancel.width() >= 88 and card.cancel.height() >= 88
    with qtbot.waitSignal(card.closed):
        qtbot.keyClick(card.cancel, Qt.Key.Key_Return)  # Enter picks, for keys and switches alike
    assert not card.flashing() and not card.chime_timer.isActive()
    assert all(r.id != request.id for r in open_requests(ui_context, window))
    [event] = ui_context.services.audit.recent(5, kind=CANCELLED_EVENT)
    assert event.subject_id == sam.id
    played = len(speaker.played)
    qtbot.wait(50)
    assert len(speaker.played) == played


def test_the_edge_flashes_no_faster_than_twice_a_second(card: HelpComingScreen, window: MainWindow) -> None:
    card.open_for(None, window.ward_id())
    # One change per tick; a flash is two changes (on, then off): at most 2 flashes a second.
    assert 1000 / (2 * card.flash_timer.interval()) <= 2
    assert FLASH_MS >= 250
    first = card.edge.property("flash")
    card.flash_timer.timeout.emit()
    assert card.edge.property("flash") is not first
    card.hide()  # whatever hides the card silences it
    assert not card.flashing() and not card.chime_timer.isActive()


def test_staff_see_who_where_and_how_long_and_i_am_here_clears_it(
    qtbot, window: MainWindow, ui_context: UiContext, card: HelpComingScreen, sam
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.who_are_you.staff, LEFT)
    sign_in = window.current_screen()
    assert isinstance(sign_in, SignInScreen)
    qtbot.mouseClick(sign_in.button_for("Jo"), LEFT)
    for digit in DEMO_STAFF_PIN:
        qtbot.mouseClick(sign_in.pad.keys[digit], LEFT)
    qtbot.mouseClick(sign_in.pad.ok, LEFT)
    home = window.current_screen()
    assert isinstance(home, StaffHomeScreen)
    banner = home.help_banner
    assert banner.isVisible()
    [waiting] = banner.rows  # the demo's request: Lee, a few minutes ago
    assert waiting.words.text() == f"Lee needs help at {DEMO_HELP_DEVICE}. Asked 4 minutes ago."
    assert waiting.here.text() == "I am here" and waiting.here.height() >= 88
    assert waiting.here.accessibleName().startswith("I am here")

    card.open_for(sam.id, window.ward_id())  # a new press elsewhere shows on the next look
    card.open_for(sam.id, window.ward_id())
    banner.timer.timeout.emit()
    assert [row.request.called for row in banner.rows] == ["Lee", "Sam"]
    assert banner.rows[1].words.text().endswith("Asked just now. Pressed 2 times.")

    jo = window.staff
    assert jo is not None
    qtbot.mouseClick(banner.rows[1].here, LEFT)
    assert [row.request.called for row in banner.rows] == ["Lee"]
    [event] = ui_context.services.audit.recent(5, kind=ANSWERED_EVENT)
    assert event.actor_id == jo.id
    card.check_timer.timeout.emit()  # the patient's card looks again
    assert card.answered and not card.flashing() and not card.chime_timer.isActive()
    assert card._message.text() == "A member of staff saw this. They are coming."

    qtbot.mouseClick(banner.rows[0].here, LEFT)
    assert banner.rows == [] and not banner.isVisible()


def test_the_banner_works_on_its_own_for_any_staff_screen(
    qtbot, window: MainWindow, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    jo = next(p for p in ui_context.services.people.on_ward(window.ward_id()) if p.called == "Jo")  # type: ignore[arg-type]
    banner = HelpBanner(ui_context, jo, window.ward_id())
    qtbot.addWidget(banner)
    assert [row.request.device for row in banner.rows] == [DEMO_HELP_DEVICE]
    with qtbot.waitSignal(banner.answered):
        banner.rows[0].here.click()
    assert banner.rows == []


def test_every_cue_in_the_audio_manifest_is_a_playable_wav() -> None:
    manifest = json.loads((AUDIO_DIR / "manifest.json").read_text(encoding="utf-8"))
    assert [cue["id"] for cue in manifest["cues"]] == [HELP_CHIME]
    for cue in manifest["cues"]:
        pcm = read_pcm_wav(cue_path(cue["id"]))
        assert pcm is not None
        rate, channels, width, data = pcm
        assert (rate, channels, width) == (22050, 1, 2)
        assert 0.5 <= len(data) / (rate * width) <= 2.0  # a short cue, not a long alarm
