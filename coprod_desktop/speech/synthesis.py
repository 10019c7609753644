"""Text to WAV with pyttsx3 + espeak-ng, writing files only (pyttsx3's say() is unreliable on Linux).

Qt-free on purpose: the UI runs this in one worker thread and plays the files itself.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import threading
import time
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol, TextIO

from coprod_desktop.speech.protocol import Voice

log = logging.getLogger(__name__)

ENGINE_MISSING_REASON = (
    "Only the app's own words can be spoken: the speech engine (espeak-ng) is not installed on this "
    "computer, so names and typed words are not read aloud."
)

# espeak-ng voice ids as pyttsx3 2.99 reports them (checked on Debian 12, espeak-ng 1.51).
PREFERRED_VOICES: dict[str, str] = {"en": "gmw/en", "cy": "cel/cy"}

# espeak-ng keeps one global synthesis state per process, and pyttsx3 shares one engine per driver:
# only one synthesis may run at a time, whichever object or thread asks.
_ENGINE_LOCK = threading.Lock()

# One pyttsx3 engine for the whole process, never released: pyttsx3 frees an engine through a reference
# cycle, so the garbage collector runs its destroy() at a random later time, and that clears espeak-ng's
# global callback under whichever engine is live then (seen as empty WAVs in tests).
_SHARED: dict[str, Any] = {}

# pyttsx3 2.99's runAndWait() returns after about 10 ms whether or not espeak-ng has finished: the WAV
# is written later, from espeak's own thread (measured: a 12-sentence text took 62 ms). So we also
# wait for the engine's "finished-utterance" event, which comes after the file is closed.
_FINISHED = threading.Event()
SYNTHESIS_TIMEOUT_S = 30.0
IDLE_WAIT_S = 2.0


class SpeechEngineUnavailable(RuntimeError):
    """The speech engine cannot run here; `reason` is a plain sentence for staff."""

    def __init__(self, reason: str = ENGINE_MISSING_REASON) -> None:
        super().__init__(reason)
        self.reason = reason


class SpeechSynthesisFailed(RuntimeError):
    """The engine ran but produced no usable audio for this text."""


class _EmptyRecording(SpeechSynthesisFailed):
    """The WAV has a header but no audio: the symptom of pyttsx3's cancel race, worth one retry."""


class Synthesiser(Protocol):
    """What the speech worker needs: a stable name for cache keys, and text -> WAV file."""

    engine_name: str

    def prepare(self) -> None:
        """Starts the engine now (so the first utterance is quick); raises SpeechEngineUnavailable."""

    def synthesise(self, text: str, voice: Voice, destination: Path) -> Path:
        """Writes `text` spoken with `voice` as a WAV at `destination`, atomically."""
        ...


class _DropOneLine:
    """Forwards everything to the real stdout except one exact line (pyttsx3's "Audio saved to ...").

    espeak-ng runs pyttsx3's callback on its own thread, so filtering by thread is not possible; filtering
    by the exact text of our own temp file's line loses nothing anyone else prints.
    """

    def __init__(self, real: TextIO, line: str) -> None:
        self._real = real
        self._line = line
        self._newline_owner: int | None = None

    def write(self, text: str) -> int:
        if text == self._line:
            self._newline_owner = threading.get_ident()
            return len(text)
        if text == "\n" and self._newline_owner == threading.get_ident():
            self._newline_owner = None
            return len(text)
        return self._real.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)


@contextlib.contextmanager
def _without_line_on_stdout(line: str) -> Iterator[None]:
    """Hides one known line; restores stdout afterwards unless someone else replaced it meanwhile."""
    real = sys.stdout
    if real is None:
        yield
        return
    proxy = _DropOneLine(real, line)
    sys.stdout = proxy
    try:
        yield
    finally:
        if sys.stdout is proxy:
            sys.stdout = real


class Pyttsx3Synthesiser:
    """espeak-ng through pyttsx3. The engine is made lazily, in the thread that first needs it."""

    engine_name = "pyttsx3-espeak-ng"

    def __init__(self) -> None:
        self._engine: Any = None
        self._voice_ids: set[str] = set()
        self._voice_languages: list[tuple[str, str]] = []
        self._espeak_is_playing: Any = None

    def prepare(self) -> None:
        self._get_engine()

    def voice_id_for(self, voice: Voice) -> str:
        """The engine voice to use: the chosen one if this computer has it, else the language's default."""
        self._get_engine()
        if voice.voice_id and voice.voice_id in self._voice_ids:
            return voice.voice_id
        if voice.voice_id:
            log.warning("Voice %r is not installed; using the default for %r", voice.voice_id, voice.language)
        return self._default_voice(voice.language)

    def synthesise(self, text: str, voice: Voice, destination: Path) -> Path:
        if not text.strip():
            # pyttsx3's espeak loop never ends for empty text, so refuse it here.
            raise ValueError("Nothing to say: the text is empty.")
        engine = self._get_engine()
        voice_id = self.voice_id_for(voice)
        destination.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(suffix=".part.wav", dir=destination.parent)
        os.close(handle)
        temp = Path(temp_name)
        try:
            try:
                self._run_engine(engine, text, voice_id, voice.rate, temp)
            except _EmptyRecording as error:
                # Rarely (about 1 in 100 back-to-back utterances under load) pyttsx3 2.99 still writes an
                # empty WAV; a second try has always worked.
                log.info("Speech synthesis retried: %s", error)
                self._run_engine(engine, text, voice_id, voice.rate, temp)
            os.replace(temp, destination)
        finally:
            temp.unlink(missing_ok=True)
        return destination

    def _run_engine(self, engine: Any, text: str, voice_id: str, rate: int, temp: Path) -> None:
        with _ENGINE_LOCK, _without_line_on_stdout(f"Audio saved to {temp}"):
            self._synchronise()
            _FINISHED.clear()
            engine.setProperty("voice", voice_id)
            engine.setProperty("rate", int(rate))
            engine.save_to_file(text, str(temp))
            engine.runAndWait()
            finished = _FINISHED.wait(SYNTHESIS_TIMEOUT_S)
            self._synchronise()
            if not finished:
                engine.stop()
                raise SpeechSynthesisFailed("The speech engine did not finish in time.")
        _check_wav(temp)

    def _synchronise(self) -> None:
        """Waits until espeak-ng's own thread is idle, so the next utterance starts clean.

        pyttsx3 starts each utterance with stop(), which cancels espeak-ng if it still looks busy; after
        the previous utterance's last callback it often does for a moment, and the cancelled utterance
        came out as an empty WAV.
        """
        idle_check = self._espeak_is_playing
        if idle_check is None:
            return
        deadline = time.monotonic() + IDLE_WAIT_S
        while idle_check() and time.monotonic() < deadline:
            time.sleep(0.001)

    def _get_engine(self) -> Any:
        if self._engine is None:
            shared = _shared_engine()
            self._espeak_is_playing = shared["is_playing"]
            self._voice_ids = {v.id for v in shared["voices"]}
            self._voice_languages = [(v.id, (v.languages or [""])[0].lower()) for v in shared["voices"]]
            self._engine = shared["engine"]
        return self._engine

    def _default_voice(self, language: str) -> str:
        code = language.lower().replace("_", "-")
        preferred = PREFERRED_VOICES.get(code)
        if preferred in self._voice_ids:
            return preferred
        for voice_id, lang in self._voice_languages:
            if lang == code or voice_id.endswith("/" + code):
                return voice_id
        for voice_id, lang in self._voice_languages:
            if lang.startswith(code + "-"):
                return voice_id
        if code != "en":
            log.warning("No voice for language %r; speaking English", language)
            return self._default_voice("en")
        return sorted(self._voice_ids)[0]


def _shared_engine() -> dict[str, Any]:
    """Makes the process's one engine on first use (in the calling thread) and remembers it."""
    with _ENGINE_LOCK:
        if _SHARED:
            return _SHARED
        try:
            import pyttsx3  # slow import, only needed in the worker

            engine = pyttsx3.init()
            voices = engine.getProperty("voices")
        except (ImportError, OSError, RuntimeError) as error:
            # pyttsx3 raises RuntimeError when libespeak-ng cannot be loaded; ImportError when absent.
            log.warning("Speech engine unavailable: %s", error)
            raise SpeechEngineUnavailable() from error
        if not voices:
            raise SpeechEngineUnavailable("Speech is off: the speech engine has no voices installed.")
        try:  # pyttsx3's ctypes binding of espeak_IsPlaying(); absent on SAPI5/NSSS
            from pyttsx3.drivers import _espeak

            is_playing = _espeak.IsPlaying
        except (ImportError, AttributeError):
            is_playing = None
        engine.connect("finished-utterance", _on_finished)
        _SHARED.update(engine=engine, voices=voices, is_playing=is_playing)
        return _SHARED


def _on_finished(**_details: Any) -> None:
    """Called by pyttsx3 on espeak-ng's thread once the WAV is written (or synthesis was cancelled)."""
    _FINISHED.set()


def _check_wav(path: Path) -> None:
    """Refuses a WAV without audio, so a broken file never reaches the cache."""
    try:
        with wave.open(str(path), "rb") as wav:
            frames = wav.getnframes()
    except (wave.Error, EOFError, OSError) as error:
        raise SpeechSynthesisFailed(f"The speech engine wrote no usable audio: {error}") from error
    if frames == 0:
        raise _EmptyRecording("The speech engine wrote an empty recording.")
