"""Every Speaker offers the whole Speaker protocol, with the same parameters, so a screen can be given
any of them (the app's QtSpeaker, the --no-speech SilentSpeaker, the tests' RecordingSpeaker)."""

from __future__ import annotations

import inspect
import wave
from pathlib import Path

import pytest

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.speech.silent import SilentSpeaker
from coprod_desktop.ui.speech import QtSpeaker
from tests.fakes import RecordingSpeaker

PROTOCOL_METHODS = sorted(
    name for name, member in vars(Speaker).items() if inspect.isfunction(member) and not name.startswith("_")
)


def test_the_protocol_includes_playing_a_recording() -> None:
    assert "play_file" in PROTOCOL_METHODS
    assert PROTOCOL_METHODS == ["play_file", "say", "set_enabled", "set_voice", "status", "stop"]


@pytest.mark.parametrize("implementation", [QtSpeaker, SilentSpeaker, RecordingSpeaker])
@pytest.mark.parametrize("method", PROTOCOL_METHODS)
def test_each_speaker_has_each_method_with_the_same_parameters(implementation: type, method: str) -> None:
    expected = inspect.signature(getattr(Speaker, method))
    actual = inspect.signature(getattr(implementation, method))
    assert list(actual.parameters) == list(expected.parameters)
    assert actual.return_annotation == expected.return_annotation


def test_silent_speaker_plays_nothing_and_says_so(tmp_path: Path) -> None:
    recording = tmp_path / "mine.wav"
    with wave.open(str(recording), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(22050)
        wav.writeframes(b"\x00\x01" * 2205)
    assert SilentSpeaker().play_file(recording) is False


def test_recording_speaker_writes_down_what_it_was_asked_to_play(tmp_path: Path) -> None:
    speaker = RecordingSpeaker()
    assert speaker.play_file(tmp_path / "mine.wav") is True
    assert speaker.played == [tmp_path / "mine.wav"]
