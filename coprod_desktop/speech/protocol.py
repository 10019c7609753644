"""What the screens need from speech, whatever engine or device is behind it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


@dataclass(frozen=True)
class Voice:
    """How to speak: the engine's voice id (None means the language's default) and words per minute."""

    language: str = "en"
    voice_id: str | None = None
    rate: int = 150


@dataclass(frozen=True)
class SpeechStatus:
    """Whether speech works here, and if not, a plain reason for staff."""

    available: bool
    reason: str = ""


class Speaker(Protocol):
    def say(self, text: str) -> None:
        """Speaks `text`, cutting off anything still playing. Returns at once."""

    def stop(self) -> None:
        """Silences speech now."""

    def set_voice(self, voice: Voice) -> None:
        """Used for every utterance from now on (the chosen person's language, voice and rate)."""

    def set_enabled(self, enabled: bool) -> None:
        """The person's 'speech on/off' preference; when off, say() is silent."""

    def status(self) -> SpeechStatus: ...

    def play_file(self, path: Path) -> bool:
        """Plays a WAV file (a person's own recording), cutting off speech, as speech cuts it off.
        Returns at once: False, never an exception, when there is no sound device or the file will not
        play (missing, empty, not a PCM WAV, damaged)."""
