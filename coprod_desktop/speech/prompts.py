"""Fixed phrases spoken from files made in advance (assets/audio/, by scripts/render-prompts).

Why: the first press of a button must speak at once, and a computer without a working speech engine must
still say "Home", "Back" and every question. Names and free text still go to the engine. A spoken text
made of several fixed sentences ("Question 2 of 5. Who do you want to thank?") is found part by part and
played as one sound with a short pause between the parts.

Qt-free: this finds files and decodes them to PCM; the screens' player plays the PCM.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprod_desktop.paths import AUDIO_DIR
from coprod_desktop.speech.prompt_phrases import spoken_form

log = logging.getLogger(__name__)

INDEX_NAME = "prompts.json"
FILE_SUFFIX = ".ogg"
PAUSE_S = 0.15
"""Silence between two fixed parts: about the pause the engine leaves after a full stop."""
SENTENCE_END = re.compile(r"(?<=[.?!…])\s+")


def prompt_file_name(language: str, phrase: str) -> str:
    """Where a phrase's sound lives under the audio folder: a hash, so any phrase makes a safe name."""
    digest = hashlib.sha256(f"{language}\n{phrase}".encode()).hexdigest()[:20]
    return f"{language}/{digest}{FILE_SUFFIX}"


@dataclass(frozen=True, slots=True)
class PcmSound:
    """Decoded sound ready for an audio device: 16-bit signed samples."""

    rate: int
    channels: int
    pcm: bytes

    sample_width = 2


class PromptLibrary:
    """The made-in-advance phrases, by language. Reads its small index on first use (not at start-up)."""

    def __init__(self, folder: Path = AUDIO_DIR) -> None:
        self.folder = folder
        self._index: dict[str, dict[str, str]] | None = None
        self._rate = 0
        self._sample_rate = 0
        self._engine = ""
        self._sound_module: Any = None

    def load(self) -> None:
        """Reads the index and loads the decoder; call off the press path (after the window shows)."""
        self._phrases()
        self._decoder()

    @property
    def rate(self) -> int:
        """The speaking rate the files were made at: another rate goes to the engine when it can."""
        self._phrases()
        return self._rate

    @property
    def sample_rate(self) -> int:
        """The files' sample rate (0 if unknown), so the player can be ready for them before a press."""
        self._phrases()
        return self._sample_rate

    @property
    def engine(self) -> str:
        self._phrases()
        return self._engine

    def __len__(self) -> int:
        return sum(len(phrases) for phrases in self._phrases().values())

    def phrases(self, language: str) -> dict[str, str]:
        """{phrase: file relative to the folder} for one language (a copy)."""
        return dict(self._phrases().get(language, {}))

    def parts(self, text: str, language: str, partial: bool = False) -> list[Path] | None:
        """The files that say `text`, in order, or None unless every sentence of it is a fixed phrase.
        Fewest files win, so a two-sentence phrase made in advance is used whole. With `partial` (no
        engine to say the rest), sentences that are not fixed are left out rather than all of it."""
        known = self._phrases().get(language)
        text = spoken_form(text)
        if not known or not text:
            return None
        whole = _lookup(known, text)
        if whole is not None:
            return [self.folder / whole]
        sentences = SENTENCE_END.split(text)
        # plan[i] = (cost, file or "" for a sentence left out, where the next step starts) for sentences[i:]
        plan: list[tuple[int, str, int] | None] = [None] * (len(sentences) + 1)
        plan[len(sentences)] = (0, "", len(sentences))
        for start in range(len(sentences) - 1, -1, -1):
            options: list[tuple[int, str, int]] = []
            for end in range(start + 1, len(sentences) + 1):
                rest = plan[end]
                file = _lookup(known, " ".join(sentences[start:end]))
                if rest is not None and file is not None:
                    options.append((rest[0] + 1, file, end))
            rest = plan[start + 1]
            if partial and rest is not None:
                options.append((rest[0] + len(sentences) + 1, "", start + 1))
            plan[start] = min(options, default=None)
        files: list[Path] = []
        position = 0
        while position < len(sentences):
            step = plan[position]
            if step is None:
                return None
            if step[1]:
                files.append(self.folder / step[1])
            position = step[2]
        return files or None

    def sound(self, text: str, language: str, partial: bool = False) -> PcmSound | None:
        """`text` as PCM from the files, or None (not all fixed, or a file will not decode: logged)."""
        files = self.parts(text, language, partial)
        if not files:
            return None
        return self.decode(files)

    def decode(self, files: list[Path]) -> PcmSound | None:
        pieces: list[bytes] = []
        rate = channels = 0
        try:
            decoder = self._decoder()
            for path in files:
                with decoder.SoundFile(str(path)) as sound:
                    if rate and (sound.samplerate, sound.channels) != (rate, channels):
                        log.warning("Prompt %s differs in format from the others", path.name)
                        return None
                    rate, channels = sound.samplerate, sound.channels
                    if pieces:
                        pieces.append(bytes(int(rate * PAUSE_S) * channels * PcmSound.sample_width))
                    pieces.append(bytes(sound.buffer_read(dtype="int16")))
        except Exception as error:  # a damaged or missing file must not stop the app talking
            log.warning("Could not read a prompt sound: %s", error)
            return None
        pcm = b"".join(pieces)
        return PcmSound(rate, channels, pcm) if pcm else None

    def _phrases(self) -> dict[str, dict[str, str]]:
        if self._index is None:
            self._index = {}
            path = self.folder / INDEX_NAME
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
                self._rate = int(document.get("rate", 0))
                self._sample_rate = int(document.get("sample_rate", 0))
                self._engine = str(document.get("engine", ""))
                self._index = {
                    str(language): {str(k): str(v) for k, v in phrases.items()}
                    for language, phrases in document.get("languages", {}).items()
                }
            except (OSError, ValueError, AttributeError, TypeError) as error:
                log.warning("No made-in-advance prompts (%s): every phrase goes to the engine", error)
        return self._index

    def _decoder(self) -> Any:
        if self._sound_module is None:
            import soundfile  # about 40 ms to import: load() does it before the first press

            self._sound_module = soundfile
        return self._sound_module


def _lookup(known: dict[str, str], text: str) -> str | None:
    """A sentence as spoken: join_sentences adds a full stop to a label that had none."""
    found = known.get(text)
    if found is None and text.endswith(".") and not text.endswith(".."):
        found = known.get(text[:-1])
    return found
