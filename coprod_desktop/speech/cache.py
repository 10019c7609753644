"""Spoken phrases kept as WAV files, so a label heard before plays at once, without the engine."""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024


class WavCache:
    """One WAV per (text, language, voice, rate, engine), named by a hash so user text never names a file.

    The folder is only read here; the synthesiser writes each file atomically, so a file that exists and
    is not empty is complete.
    """

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes

    @staticmethod
    def key(text: str, language: str, voice_id: str | None, rate: int, engine: str) -> str:
        """A stable sha256 of everything that changes the sound."""
        parts = json.dumps([text, language, voice_id or "", int(rate), engine], ensure_ascii=False)
        return hashlib.sha256(parts.encode("utf-8")).hexdigest()

    def path_for(self, text: str, language: str, voice_id: str | None, rate: int, engine: str) -> Path:
        return self.folder / f"{self.key(text, language, voice_id, rate, engine)}.wav"

    def get(self, text: str, language: str, voice_id: str | None, rate: int, engine: str) -> Path | None:
        """The cached WAV, or None if it has not been made yet."""
        path = self.path_for(text, language, voice_id, rate, engine)
        try:
            return path if path.stat().st_size > 0 else None
        except OSError:
            return None

    def trim(self) -> int:
        """Deletes the oldest WAVs until the folder is under `max_bytes`; returns how many went."""
        try:
            entries = [(p.stat().st_mtime_ns, p.stat().st_size, p) for p in self.folder.glob("*.wav")]
        except OSError as error:
            log.warning("Could not list the speech cache: %s", error)
            return 0
        total = sum(size for _, size, _ in entries)
        removed = 0
        for _, size, path in sorted(entries):
            if total <= self.max_bytes:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        return removed
