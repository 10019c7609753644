"""A Speaker that never speaks: for --no-speech, and wherever a screen needs a speaker in tests."""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.speech.protocol import SpeechStatus, Voice

SWITCHED_OFF_REASON = "Speech is switched off for this app (started with --no-speech)."


class SilentSpeaker:
    """Accepts every call and does nothing, so screens need no 'is speech on?' checks."""

    def __init__(self, reason: str = SWITCHED_OFF_REASON) -> None:
        self._reason = reason
        self.voice = Voice()
        self.enabled = True

    def say(self, text: str) -> None:
        return None

    def stop(self) -> None:
        return None

    def set_voice(self, voice: Voice) -> None:
        self.voice = voice

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled

    def status(self) -> SpeechStatus:
        return SpeechStatus(available=False, reason=self._reason)

    def play_file(self, path: Path) -> bool:
        """No sound at all here, so a screen shows its "will not play" message instead."""
        return False
