"""Shared fixtures for speech tests: real espeak-ng, real Qt, a real (null-sink) audio device if any."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest


def _pin_singletons() -> None:
    """Works around PySide6 6.12.0 on Python 3.11: its abi3 build does not incref None/True/False it
    returns (they are immortal only from 3.12), so each void Qt call or signal emit() drops one
    reference and, after some thousands of calls, Python aborts ("Fatal Python error: none_dealloc").
    Giving them a huge refcount makes them effectively immortal, as on 3.12. The app needs the same
    at start-up (or Python >= 3.12); this belongs in tests/conftest.py for every Qt test."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


_pin_singletons()

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
    from coprod_desktop.ui.speech import QtSpeaker

    instance = QtSpeaker(speech_cache)
    yield instance
    instance.shutdown()
