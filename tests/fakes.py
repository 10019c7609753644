"""Fakes for the true edges only: a speaker that writes down what it was asked to say.

Used where a test checks *what* the app says; tests/speech uses the real espeak-ng engine.
"""

from __future__ import annotations

from pathlib import Path

from coprod_desktop.speech.protocol import SpeechStatus, Voice


class RecordingSpeaker:
    def __init__(self) -> None:
        self.said: list[str] = []
        self.stops = 0
        self.voice = Voice()
        self.enabled = True
        self.played: list[Path] = []

    LIMIT = 20_000
    """More than any test says: past it something speaks in a loop, so fail with what it said."""

    def say(self, text: str) -> None:
        if self.enabled:
            if len(self.said) >= self.LIMIT:
                raise AssertionError(f"speech in a loop: {self.said[-5:]}")
            self.said.append(text)

    def stop(self) -> None:
        self.stops += 1

    def set_voice(self, voice: Voice) -> None:
        self.voice = voice

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = enabled

    def status(self) -> SpeechStatus:
        return SpeechStatus(True)

    def play_file(self, path: Path) -> bool:
        self.played.append(path)
        return True

    @property
    def last(self) -> str:
        return self.said[-1] if self.said else ""
