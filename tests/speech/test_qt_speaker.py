"""QtSpeaker with real espeak-ng, a real worker QThread and real QAudioSink playback.

`audio` tests need an output device: on a headless machine run scripts/start-null-audio first
(PulseAudio with a null sink). Nothing here mocks Qt or the engine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
import wave
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from coprod_desktop.speech.prompts import PromptLibrary
from coprod_desktop.speech.protocol import Voice
from coprod_desktop.speech.synthesis import ENGINE_MISSING_REASON, Pyttsx3Synthesiser
from coprod_desktop.ui.speech import NO_DEVICE_REASON, QtSpeaker

pytestmark = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) pipewire", r"PulseAudioService: pa_context_connect\(\) failed"
)

# About a minute of speech: espeak-ng needs 100-250 ms for it, long enough to see a blocked GUI.
LONG_TEXT = " ".join(["This is my meeting and I want to say how my week on the ward has been."] * 12)


def files_in(folder: Path) -> dict[str, tuple[int, int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.stat().st_size) for p in folder.iterdir()}


def record(speaker: QtSpeaker) -> list[str]:
    events: list[str] = []
    speaker.started.connect(lambda text: events.append(f"started:{text}"))
    speaker.finished.connect(lambda: events.append("finished"))
    return events


@pytest.mark.audio
@pytest.mark.espeak
def test_say_returns_at_once_and_the_screen_keeps_responding(
    qtbot, speaker: QtSpeaker, needs_audio: None, tmp_path: Path
) -> None:
    # The same work on the calling thread would freeze the screen this long (the test's power).
    start = time.perf_counter()
    # Three times the phrase, so even a fast machine takes long enough for the check to mean something.
    Pyttsx3Synthesiser().synthesise(" ".join([LONG_TEXT] * 3) + " Again.", Voice(), tmp_path / "direct.wav")
    blocking_s = time.perf_counter() - start
    assert blocking_s > 0.06

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(30)
    with qtbot.waitSignal(speaker.started, timeout=5000):
        start = time.perf_counter()
        speaker.say(LONG_TEXT)
        say_s = time.perf_counter() - start
        said_at = time.perf_counter()
    timer.stop()

    assert say_s < 0.01
    during = [t for t in ticks if t >= said_at]
    gaps = [b - a for a, b in zip([said_at, *during], during, strict=False)]
    assert max(gaps) < min(0.05, blocking_s)


@pytest.mark.audio
@pytest.mark.espeak
def test_new_say_cuts_off_a_phrase_still_being_synthesised(
    qtbot, speaker: QtSpeaker, needs_audio: None, speech_cache: Path
) -> None:
    events = record(speaker)
    speaker.say(LONG_TEXT)
    # The worker's temp file shows synthesis has really begun.
    qtbot.waitUntil(lambda: any(".part" in name for name in files_in(speech_cache)), timeout=3000)
    speaker.say("Say thank you")

    qtbot.waitUntil(lambda: "started:Say thank you" in events, timeout=3000)
    qtbot.wait(300)
    assert [e for e in events if e.startswith("started")] == ["started:Say thank you"]
    assert len(files_in(speech_cache)) == 2  # the cut-off phrase was still finished and cached


@pytest.mark.audio
@pytest.mark.espeak
def test_new_say_cuts_off_the_phrase_playing(qtbot, speaker: QtSpeaker, needs_audio: None) -> None:
    events = record(speaker)
    with qtbot.waitSignal(speaker.started, timeout=3000):
        speaker.say(LONG_TEXT)
    with qtbot.waitSignal(speaker.started, timeout=3000):
        speaker.say("My meeting")

    assert events == [f"started:{LONG_TEXT}", "finished", "started:My meeting"]


@pytest.mark.audio
@pytest.mark.espeak
def test_cached_phrase_plays_at_once_without_the_engine(
    qtbot, speaker: QtSpeaker, needs_audio: None, speech_cache: Path
) -> None:
    with qtbot.waitSignal(speaker.started, timeout=3000):
        speaker.say("Home")
    speaker.stop()
    before = files_in(speech_cache)
    assert len(before) == 1

    events = record(speaker)
    speaker.say("Home")  # cached: playback starts inside say(), no round trip to the worker

    assert events == ["started:Home"]
    qtbot.wait(100)
    assert files_in(speech_cache) == before  # same file, same inode and mtime: nothing re-synthesised


@pytest.mark.audio
@pytest.mark.espeak
def test_switched_off_speech_is_silent_and_does_no_work(
    qtbot, speaker: QtSpeaker, needs_audio: None, speech_cache: Path
) -> None:
    events = record(speaker)
    speaker.set_enabled(False)
    speaker.say("I need help")
    qtbot.wait(300)
    assert events == []
    assert files_in(speech_cache) == {}

    speaker.set_enabled(True)
    with qtbot.waitSignal(speaker.started, timeout=3000):
        speaker.say("I need help")


@pytest.mark.audio
@pytest.mark.espeak
def test_stop_silences_and_reports_finished(qtbot, speaker: QtSpeaker, needs_audio: None) -> None:
    with qtbot.waitSignal(speaker.started, timeout=3000):
        speaker.say(LONG_TEXT)
    with qtbot.waitSignal(speaker.finished, timeout=1000):
        speaker.stop()


@pytest.mark.audio
@pytest.mark.espeak
def test_welsh_voice_is_spoken(qtbot, speaker: QtSpeaker, needs_audio: None, speech_cache: Path) -> None:
    speaker.set_voice(Voice("cy"))
    with qtbot.waitSignal(speaker.started, timeout=3000) as blocker:
        speaker.say("Bore da")
    assert blocker.args == ["Bore da"]
    assert speaker.status().available


@pytest.mark.espeak
def test_no_audio_device_is_reported_honestly(tmp_path: Path) -> None:
    # A real "no sound device": a separate process whose PulseAudio client finds no server, so
    # QMediaDevices.audioOutputs() is truly empty. Nothing inside Qt is faked.
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from coprod_desktop.ui.speech import QtSpeaker
        app = QApplication([])
        speaker = QtSpeaker(Path({str(tmp_path)!r}))
        reasons, started = [], []
        speaker.unavailable.connect(reasons.append)
        speaker.started.connect(started.append)
        speaker.say("Hello")
        speaker.say("Hello again")
        app.processEvents()
        status = speaker.status()
        speaker.shutdown()
        print(json.dumps({{"available": status.available, "reason": status.reason,
                          "reasons": reasons, "started": started}}))
        """
    )
    env = {**os.environ, "PULSE_SERVER": "unix:/nonexistent/pulse", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {
        "available": False,
        "reason": NO_DEVICE_REASON,
        "reasons": [NO_DEVICE_REASON],  # told once, not on every tap
        "started": [],
    }


def test_missing_engine_is_reported_and_say_is_harmless(tmp_path: Path) -> None:
    # A fresh process where `import pyttsx3` really fails in the worker, as on a computer without it.
    script = textwrap.dedent(
        f"""
        import json, sys
        from pathlib import Path
        sys.modules["pyttsx3"] = None
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from coprod_desktop.ui.speech import QtSpeaker
        app = QApplication([])
        speaker = QtSpeaker(Path({str(tmp_path)!r}))
        reasons, started = [], []
        speaker.unavailable.connect(reasons.append)
        speaker.started.connect(started.append)
        speaker.unavailable.connect(lambda _: QTimer.singleShot(200, app.quit))
        # A name: fixed phrases still speak from assets/audio without the engine (test_prompts.py).
        speaker.unavailable.connect(lambda _: speaker.say("Zebedee Quayle"))
        speaker.prepare_audio()  # as the app does once its first screen is shown
        QTimer.singleShot(5000, app.quit)
        app.exec()
        status = speaker.status()
        speaker.shutdown()
        print(json.dumps({{"reason": status.reason, "reasons": reasons, "started": started}}))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"reason": ENGINE_MISSING_REASON, "reasons": [ENGINE_MISSING_REASON], "started": []}


def test_shutdown_is_clean_and_idempotent(qtbot, speech_cache: Path) -> None:
    speaker = QtSpeaker(speech_cache, prompts=PromptLibrary(speech_cache.parent / "no-prompts"))
    speaker.say("Goodbye")
    speaker.shutdown()
    speaker.shutdown()
    speaker.say("After the end")  # harmless
    assert speaker._thread is None


# A person's own recordings: play_file -------------------------------------------------------------


def write_wav(path: Path, seconds: float, rate: int = 22050, channels: int = 1, width: int = 2) -> Path:
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(channels)
        wav.setsampwidth(width)
        wav.setframerate(rate)
        wav.writeframes(b"\x01" * width * channels * int(rate * seconds))
    return path


@pytest.mark.audio
def test_play_file_plays_a_recording_even_with_spoken_labels_off(
    qtbot, speaker: QtSpeaker, needs_audio: None, tmp_path: Path
) -> None:
    recording = write_wav(tmp_path / "mine.wav", 0.3, rate=44100, channels=2)
    speaker.set_enabled(False)  # the person turned spoken labels off, then pressed Play
    events = record(speaker)
    with qtbot.waitSignal(speaker.finished, timeout=3000):
        assert speaker.play_file(recording) is True
    assert events == ["started:", "finished"]


@pytest.mark.audio
@pytest.mark.espeak
def test_speech_and_a_recording_cut_each_other_off(
    qtbot, speaker: QtSpeaker, needs_audio: None, tmp_path: Path
) -> None:
    recording = write_wav(tmp_path / "mine.wav", 5.0)
    events = record(speaker)
    with qtbot.waitSignal(speaker.started, timeout=3000):
        speaker.say(LONG_TEXT)
    with qtbot.waitSignal(speaker.started, timeout=3000):
        assert speaker.play_file(recording)
    with qtbot.waitSignal(speaker.started, timeout=3000):
        speaker.say("My meeting")
    assert events == [f"started:{LONG_TEXT}", "finished", "started:", "finished", "started:My meeting"]


@pytest.mark.audio
@pytest.mark.espeak
def test_a_phrase_still_being_made_does_not_cut_a_recording_off(
    qtbot, speaker: QtSpeaker, needs_audio: None, speech_cache: Path, tmp_path: Path
) -> None:
    recording = write_wav(tmp_path / "mine.wav", 3.0)
    events = record(speaker)
    speaker.say(LONG_TEXT)
    qtbot.waitUntil(lambda: any(".part" in name for name in files_in(speech_cache)), timeout=3000)
    assert speaker.play_file(recording)
    qtbot.waitUntil(
        lambda: len(files_in(speech_cache)) == 1 and not any(".part" in n for n in files_in(speech_cache))
    )
    qtbot.wait(300)  # time for the finished phrase to reach the GUI thread
    assert events == ["started:"]


@pytest.mark.audio
def test_play_file_refuses_files_that_will_not_play_and_never_raises(
    speaker: QtSpeaker, needs_audio: None, tmp_path: Path
) -> None:
    good = write_wav(tmp_path / "good.wav", 0.2)
    header = good.read_bytes()[:44]
    broken = {
        "missing.wav": None,
        "empty.wav": b"",
        "text.wav": b"I am not a sound file\n" * 10,
        "cut-header.wav": header[:20],
        "header-only.wav": header,  # a take with no sound in it
        "no-channels.wav": header[:22] + b"\x00\x00" + header[24:] + b"\x01\x00" * 100,
        "float.wav": header[:20] + b"\x03\x00" + header[22:] + b"\x00\x00" * 100,
    }
    for name, data in broken.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    write_wav(tmp_path / "24-bit.wav", 0.2, width=3)
    (tmp_path / "folder.wav").mkdir()

    assert speaker.play_file(good) is True  # the device works: the refusals below are about the files
    for name in [*broken, "24-bit.wav", "folder.wav"]:
        assert speaker.play_file(tmp_path / name) is False, name


def test_play_file_without_a_sound_device_returns_false(tmp_path: Path) -> None:
    # A real "no sound device", as in test_no_audio_device_is_reported_honestly.
    recording = write_wav(tmp_path / "mine.wav", 0.2)
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from coprod_desktop.ui.speech import QtSpeaker
        app = QApplication([])
        speaker = QtSpeaker(Path({str(tmp_path / "cache")!r}))
        played = speaker.play_file(Path({str(recording)!r}))
        speaker.shutdown()
        print(played)
        """
    )
    env = {**os.environ, "PULSE_SERVER": "unix:/nonexistent/pulse", "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().splitlines()[-1] == "False"


def test_play_file_after_shutdown_is_harmless(qtbot, speech_cache: Path, tmp_path: Path) -> None:
    speaker = QtSpeaker(speech_cache)
    speaker.shutdown()
    assert speaker.play_file(write_wav(tmp_path / "mine.wav", 0.2)) is False
