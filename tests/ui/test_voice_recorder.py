"""Recording a person's voice for real, and the Record / Stop / Play panel.

Recording tests need a microphone: on a headless machine run scripts/start-null-audio first (PulseAudio
with a null source, which records silence). Without one they skip and say why. The sound captured,
the WAV files and the playback are all real; only the panel's speaker is the RecordingSpeaker.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprod_desktop.ui.audio import VoiceRecorder
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.speech import QtSpeaker
from coprod_desktop.ui.widgets.record_panel import RecordPanel, clock_time
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET
from tests.fakes import RecordingSpeaker

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def needs_speakers(qapp: QApplication) -> None:
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        pytest.skip("No audio output device (run scripts/start-null-audio to get a PulseAudio null sink)")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data" / "recordings"  # not made yet: the recorder makes it


@pytest.fixture
def qt_speaker(qtbot, tmp_path: Path) -> Iterator[QtSpeaker]:  # type: ignore[no-untyped-def]
    speaker = QtSpeaker(tmp_path / "speech-cache")
    yield speaker
    speaker.shutdown()


class NoMicrophoneRecorder(VoiceRecorder):
    """A true edge: this machine has a (null) microphone, so "no microphone" is simulated by the one
    question the panel asks. The subprocess test below checks the real VoiceRecorder without one."""

    def has_microphone(self) -> bool:
        return False


def wav_facts(path: Path) -> tuple[int, int, int, int]:
    with wave.open(str(path), "rb") as wav:
        return wav.getnchannels(), wav.getframerate(), wav.getsampwidth(), wav.getnframes()


def record_for(qtbot, recorder: VoiceRecorder, ms: int) -> str:  # type: ignore[no-untyped-def]
    assert recorder.start()
    qtbot.wait(ms)
    with qtbot.waitSignal(recorder.finished, timeout=1000) as done:
        recorder.stop()
    return str(done.args[0])


# The recorder ---------------------------------------------------------------------------------------


@pytest.mark.audio
def test_about_a_second_is_recorded_to_a_new_valid_wav(qtbot, folder: Path, needs_microphone: None) -> None:  # type: ignore[no-untyped-def]
    recorder = VoiceRecorder(folder)
    seconds: list[int] = []
    recorder.elapsed.connect(seconds.append)
    assert recorder.has_microphone()

    name = record_for(qtbot, recorder, 1200)

    assert not recorder.is_recording()
    assert [p.name for p in folder.iterdir()] == [name]
    assert name.endswith(".wav") and len(name) == 36  # a uuid hex: says nothing about the person
    channels, rate, width, frames = wav_facts(folder / name)
    assert channels >= 1 and rate >= 8000 and width == 2
    assert 0.8 * rate < frames < 1.6 * rate
    assert seconds == [1]


@pytest.mark.audio
def test_each_take_gets_its_own_file(qtbot, folder: Path, needs_microphone: None) -> None:  # type: ignore[no-untyped-def]
    recorder = VoiceRecorder(folder)
    first = record_for(qtbot, recorder, 300)
    second = record_for(qtbot, recorder, 300)
    assert first != second
    assert sorted(p.name for p in folder.iterdir()) == sorted([first, second])


@pytest.mark.audio
def test_a_take_stops_by_itself_at_the_limit_and_keeps_the_sound(
    qtbot, folder: Path, needs_microphone: None
) -> None:  # type: ignore[no-untyped-def]
    recorder = VoiceRecorder(folder, limit_ms=600)
    events: list[str] = []
    recorder.limit_reached.connect(lambda: events.append("limit"))
    recorder.finished.connect(lambda name: events.append("finished"))
    assert recorder.start()
    with qtbot.waitSignal(recorder.finished, timeout=3000) as done:
        pass  # nobody presses Stop

    assert events == ["limit", "finished"]
    assert not recorder.is_recording()
    _, rate, _, frames = wav_facts(folder / done.args[0])
    assert 0.3 * rate < frames < 1.0 * rate


@pytest.mark.audio
def test_a_recording_plays_back_through_the_speaker(
    qtbot, folder: Path, needs_microphone: None, needs_speakers: None, qt_speaker: QtSpeaker
) -> None:  # type: ignore[no-untyped-def]
    name = record_for(qtbot, VoiceRecorder(folder), 800)
    with qtbot.waitSignal(qt_speaker.started, timeout=2000):
        assert qt_speaker.play_file(folder / name)
    with qtbot.waitSignal(qt_speaker.finished, timeout=4000):
        pass  # plays to the end by itself


def test_no_microphone_is_reported_kindly_and_no_file_is_left(tmp_path: Path) -> None:
    # A real "no microphone": a separate process whose PulseAudio client finds no server, so
    # QMediaDevices.audioInputs() is truly empty. Nothing inside Qt is faked.
    folder = tmp_path / "recordings"
    script = textwrap.dedent(
        f"""
        import json
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from coprod_desktop.ui.audio import VoiceRecorder
        app = QApplication([])
        recorder = VoiceRecorder(Path({str(folder)!r}))
        failed, finished = [], []
        recorder.failed.connect(failed.append)
        recorder.finished.connect(finished.append)
        has = recorder.has_microphone()
        started = recorder.start()
        recorder.stop()
        print(json.dumps({{"has": has, "started": started, "failed": failed, "finished": finished,
                          "recording": recorder.is_recording()}}))
        """
    )
    env = {**os.environ, "PULSE_SERVER": "unix:/nonexistent/pulse", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["has"] is False and outcome["started"] is False and outcome["recording"] is False
    assert outcome["finished"] == []
    assert len(outcome["failed"]) == 1 and "no microphone" in outcome["failed"][0]
    assert "Traceback" not in result.stderr
    assert not folder.exists() or not any(folder.iterdir())


def test_making_a_recorder_does_not_load_qt_multimedia(tmp_path: Path) -> None:
    # Start-up time: QtMultimedia waits for the first take or the first microphone check.
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from coprod_desktop.ui.audio import VoiceRecorder
        app = QApplication([])
        recorder = VoiceRecorder(Path({str(tmp_path)!r}))
        before = "PySide6.QtMultimedia" in sys.modules
        recorder.has_microphone()
        print(before, "PySide6.QtMultimedia" in sys.modules)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.split() == ["False", "True"]


# The panel ----------------------------------------------------------------------------------------


def make_panel(qtbot, ui_context: UiContext, speaker, recorder, folder: Path) -> RecordPanel:  # type: ignore[no-untyped-def]
    panel = RecordPanel(ui_context.painter, speaker, recorder, folder)
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_without_a_microphone_record_is_hidden_and_a_note_says_why(
    qtbot, ui_context: UiContext, speaker: RecordingSpeaker, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, ui_context, speaker, NoMicrophoneRecorder, folder)

    assert panel.record_button.isHidden()
    assert panel.stop_button.isHidden() and panel.play_button.isHidden()
    assert panel.note.isVisible()
    assert panel.note.text() == (
        "This computer has no microphone, so you cannot record here. "
        "You can still type or ask staff to write what you say."
    )
    # An older take can still be played.
    panel.set_latest("earlier.wav")
    assert panel.play_button.isVisible() and panel.record_button.isHidden()
    qtbot.mouseClick(panel.play_button, LEFT)
    assert speaker.played == [folder / "earlier.wav"]


@pytest.mark.audio
def test_record_then_stop_gives_a_complete_file_and_play_plays_it(
    qtbot, ui_context: UiContext, speaker: RecordingSpeaker, folder: Path, needs_microphone: None
) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, ui_context, speaker, None, folder)  # None: the panel makes a VoiceRecorder
    assert isinstance(panel.recorder, VoiceRecorder) and panel.recorder.folder == folder
    assert panel.record_button.isVisible() and panel.play_button.isHidden()
    for button in (panel.record_button, panel.stop_button, panel.play_button):
        assert button.minimumWidth() >= MIN_TARGET and button.minimumHeight() >= MIN_TARGET
        assert button.accessibleName() == button.spoken == button.words
    on_disk_when_told: list[tuple[int, int, int, int]] = []
    panel.recorded.connect(lambda name: on_disk_when_told.append(wav_facts(folder / name)))

    qtbot.mouseClick(panel.record_button, LEFT)
    assert panel.is_recording()
    assert panel.stop_button.isVisible() and panel.focusWidget() is panel.stop_button
    assert panel.record_button.isHidden() and panel.play_button.isHidden()
    # Nothing is spoken while recording (it would be recorded too); the prompt is on screen instead.
    assert speaker.last == "Record" and speaker.stops >= 1
    assert "Stop" in panel.status.text()
    assert panel.status.text().startswith("Recording... 0:00")
    qtbot.waitUntil(lambda: panel.status.text().startswith("Recording... 0:01"), timeout=3000)

    with qtbot.waitSignal(panel.recorded, timeout=1000) as done:
        qtbot.mouseClick(panel.stop_button, LEFT)

    name = done.args[0]
    assert [p.name for p in folder.iterdir()] == [name]
    assert on_disk_when_told[0][3] > on_disk_when_told[0][1]  # over a second of sound, readable at once
    assert on_disk_when_told[0] == wav_facts(folder / name)
    assert speaker.last == "Your recording is saved. Press Play to listen."
    assert panel.latest_file == folder / name
    assert panel.play_button.isVisible() and panel.record_button.isVisible() and panel.stop_button.isHidden()

    qtbot.mouseClick(panel.play_button, LEFT)
    assert speaker.played == [folder / name]


@pytest.mark.audio
def test_leaving_the_screen_mid_take_keeps_the_take(
    qtbot, ui_context: UiContext, speaker: RecordingSpeaker, folder: Path, needs_microphone: None
) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, ui_context, speaker, VoiceRecorder, folder)
    qtbot.mouseClick(panel.record_button, LEFT)
    qtbot.wait(400)
    with qtbot.waitSignal(panel.recorded, timeout=1000) as done:
        panel.hide()
    assert wav_facts(folder / done.args[0])[3] > 0
    assert not panel.is_recording()


@pytest.mark.audio
def test_a_recording_that_will_not_play_gets_a_kind_message(
    qtbot, ui_context: UiContext, folder: Path, needs_speakers: None, qt_speaker: QtSpeaker
) -> None:  # type: ignore[no-untyped-def]
    panel = make_panel(qtbot, ui_context, qt_speaker, VoiceRecorder, folder)
    folder.mkdir(parents=True)
    (folder / "damaged.wav").write_bytes(b"RIFF\x10\x00\x00\x00WAVEfmt junk")
    panel.set_latest("damaged.wav")

    qtbot.mouseClick(panel.play_button, LEFT)

    assert panel.note.isVisible()
    assert panel.note.text().startswith("Sorry, this recording will not play. Please ask staff for help.")


def test_time_is_shown_like_a_phone_shows_it() -> None:
    assert [clock_time(s) for s in (0, 5, 59, 60, 125, 300)] == [
        "0:00",
        "0:05",
        "0:59",
        "1:00",
        "2:05",
        "5:00",
    ]
