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
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

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
    Pyttsx3Synthesiser().synthesise(LONG_TEXT + " Again.", Voice(), tmp_path / "direct.wav")
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
        speaker.unavailable.connect(lambda _: speaker.say("Hello"))
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
    speaker = QtSpeaker(speech_cache)
    speaker.say("Goodbye")
    speaker.shutdown()
    speaker.shutdown()
    speaker.say("After the end")  # harmless
    assert speaker._thread is None
