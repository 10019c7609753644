"""Shared fixtures for speech tests: real espeak-ng, real Qt, a real (null-sink) audio device if any."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

# QtMultimedia's first use logs these once per process at warning level; they describe this machine
# (no PipeWire; no PulseAudio server on a machine without sound), not a fault in our code.
QT_MULTIMEDIA_NOISE = (
    r"Couldn't (load|resolve) pipewire",
    r"PulseAudioService: pa_context_connect\(\) failed",
)


@pytest.fixture(scope="session")
def audio_outputs(qapp: object) -> list[object]:
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.audioOutputs())


@pytest.fixture
def needs_audio(audio_outputs: list[object]) -> None:
    if not audio_outputs:
        pytest.skip("No audio output device (run scripts/start-null-audio to get a PulseAudio null sink)")


@pytest.fixture
def speech_cache(tmp_path: Path) -> Path:
    folder = tmp_path / "speech-cache"
    folder.mkdir()
    return folder


@pytest.fixture
def speaker(qtbot: object, speech_cache: Path) -> Iterator[object]:
    from coprod_desktop.speech.prompts import PromptLibrary
    from coprod_desktop.ui.speech import QtSpeaker

    # No made-in-advance prompts: these tests are about the engine, and "Say thank you" is a fixed
    # phrase (tests/speech/test_prompts.py covers the prompts).
    instance = QtSpeaker(speech_cache, prompts=PromptLibrary(speech_cache.parent / "no-prompts"))
    yield instance
    instance.shutdown()
