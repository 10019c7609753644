"""The --no-speech speaker."""

from __future__ import annotations

from coprod_desktop.speech.protocol import Speaker, Voice
from coprod_desktop.speech.silent import SilentSpeaker


def test_silent_speaker_accepts_everything_and_says_speech_is_off() -> None:
    speaker: Speaker = SilentSpeaker()
    speaker.set_voice(Voice("cy"))
    speaker.set_enabled(True)
    speaker.say("Hello")
    speaker.stop()

    status = speaker.status()
    assert not status.available
    assert "switched off" in status.reason
