"""Speech for the screens: synthesis in one worker thread, playback with QAudioSink on the GUI thread.
A person's own recordings play through the same player (play_file), so speech and recordings never
talk over each other.

Why QAudioSink: for short 22050 Hz mono WAVs it starts in about 1 ms (PCM read with `wave`), while
QMediaPlayer took about 500 ms to reach a position > 0 and logs FFmpeg stream dumps. QSoundEffect is
avoided: with QMediaPlayer and QMediaRecorder in one process it aborted at exit (PLATFORM-NOTES).
QtMultimedia is imported on first use, not at import time, because start-up time is measured.
"""

from __future__ import annotations

import itertools
import logging
import wave
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QObject, QThread, Signal, Slot

from coprod_desktop.speech.cache import WavCache
from coprod_desktop.speech.prompts import PcmSound, PromptLibrary
from coprod_desktop.speech.protocol import SpeechStatus, Voice
from coprod_desktop.speech.synthesis import (
    Pyttsx3Synthesiser,
    SpeechEngineUnavailable,
    Synthesiser,
)

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QAudioFormat, QAudioSink

log = logging.getLogger(__name__)

NO_DEVICE_REASON = "Speech is off: this computer has no speakers or headphones connected."
SHUTDOWN_WAIT_MS = 5000
MAX_PLAY_BYTES = 200 * 1024 * 1024
"""Far above a 5-minute recording (about 26 MB): a bigger file is not ours, and reading it would stall."""
MIN_RATE, MAX_RATE, MAX_CHANNELS = 1000, 384_000, 8


class _Latest:
    """The newest request id, shared with the worker so it skips requests nobody wants any more.

    A plain int attribute: reads and writes of one attribute are atomic in CPython.
    """

    def __init__(self) -> None:
        self.value = 0


class _SynthWorker(QObject):
    """Lives in the worker thread and owns the synthesiser: the engine is never touched by the GUI."""

    ready = Signal(int, str)  # request id, WAV path
    failed = Signal(int, str)  # request id, message for the log
    engine_unavailable = Signal(str)  # reason for staff

    def __init__(self, synthesiser: Synthesiser, cache: WavCache, latest: _Latest) -> None:
        super().__init__()
        self._synthesiser = synthesiser
        self._cache = cache
        self._latest = latest
        self._broken = False
        self._written = 0

    @Slot()
    def prepare(self) -> None:
        """Starts the engine as soon as the thread runs, so the first tap is not slowed by it."""
        try:
            self._synthesiser.prepare()
        except SpeechEngineUnavailable as error:
            self._broken = True
            self.engine_unavailable.emit(error.reason)

    @Slot(int, str, str, str, int)
    def synthesise(self, request_id: int, text: str, language: str, voice_id: str, rate: int) -> None:
        if self._broken or request_id != self._latest.value:
            return  # a newer say() (or stop) came in while this one waited: skip the work
        engine = self._synthesiser.engine_name
        cached = self._cache.get(text, language, voice_id or None, rate, engine)
        if cached is not None:
            self.ready.emit(request_id, str(cached))
            return
        path = self._cache.path_for(text, language, voice_id or None, rate, engine)
        try:
            self._synthesiser.synthesise(text, Voice(language, voice_id or None, rate), path)
        except SpeechEngineUnavailable as error:
            self._broken = True
            self.engine_unavailable.emit(error.reason)
            return
        except Exception as error:  # a bad phrase must not kill the speech thread
            log.warning("Speech synthesis failed for one phrase: %s", error)
            self.failed.emit(request_id, str(error))
            return
        self.ready.emit(request_id, str(path))
        self._written += 1
        if self._written % 20 == 0:
            self._cache.trim()


def read_pcm_wav(path: Path) -> tuple[int, int, int, bytes] | None:
    """(rate, channels, sample width, PCM bytes) of a playable PCM WAV, or None (logged) if it is
    missing, empty, too big, not a PCM WAV or has a damaged header."""
    try:
        size = path.stat().st_size
        if size > MAX_PLAY_BYTES:
            log.warning("Sound file %s is too big to play (%d bytes)", path.name, size)
            return None
        with wave.open(str(path), "rb") as wav:
            rate, channels, width = wav.getframerate(), wav.getnchannels(), wav.getsampwidth()
            pcm = wav.readframes(wav.getnframes())
    except Exception as error:  # damaged headers raise wave.Error, EOFError, RuntimeError and more
        log.warning("Could not read sound file %s: %s", path.name, error)
        return None
    if not pcm or not MIN_RATE <= rate <= MAX_RATE or not 1 <= channels <= MAX_CHANNELS:
        log.warning("Sound file %s has no sound or an impossible format", path.name)
        return None
    return rate, channels, width, pcm


class _PcmPlayer:
    """Plays one WAV at a time through a QAudioSink fed from memory; a new play() cuts off the old one."""

    def __init__(self, on_started: Callable[[], None], on_stopped: Callable[[], None]) -> None:
        from PySide6 import QtMultimedia  # lazy: start-up time

        self._mm: Any = QtMultimedia
        self._on_started = on_started
        self._on_stopped = on_stopped
        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None
        self._active = False

    def has_output(self) -> bool:
        return bool(self._mm.QMediaDevices.audioOutputs())

    def play(self, path: Path) -> bool:
        """Starts playing `path`; False if the file or the device cannot be used. Never raises: the
        file may be a person's recording that was damaged on disk."""
        pcm_file = read_pcm_wav(path)
        if pcm_file is None:
            return False
        rate, channels, width, pcm = pcm_file
        if not self.play_pcm(rate, channels, width, pcm):
            log.warning("Unsupported sound file format in %s", path.name)
            return False
        return True

    def play_pcm(self, rate: int, channels: int, width: int, pcm: bytes) -> bool:
        """Starts playing decoded sound; False if the format is not one a device takes."""
        self.stop()
        if not self.open_for(rate, channels, width) or self._sink is None:
            return False
        buffer = QBuffer()
        buffer.setData(QByteArray(pcm))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self._sink.start(buffer)
        return True

    def open_for(self, rate: int, channels: int, width: int) -> bool:
        """Makes the sink for this format now (the first one takes about 60 ms), so the next play of
        that format starts at once. False if the format is not one a device takes."""
        audio_format = self._format(rate, channels, width)
        if audio_format is None:
            return False
        if self._sink is None or self._sink.format() != audio_format:
            self._release_sink()
            sink = self._mm.QAudioSink(self._mm.QMediaDevices.defaultAudioOutput(), audio_format)
            # No-argument slot: PySide 6.12 cannot convert the QAudio::State argument to Python.
            sink.stateChanged.connect(lambda: self._state_changed(sink))
            self._sink = sink
        return True

    def stop(self) -> None:
        if self._sink is not None and self._sink.state() != self._mm.QtAudio.State.StoppedState:
            self._sink.stop()
        self._finish()

    def close(self) -> None:
        self.stop()
        self._release_sink()

    def is_active(self) -> bool:
        return self._active

    def _format(self, rate: int, channels: int, width: int) -> QAudioFormat | None:
        sample_formats = {1: "UInt8", 2: "Int16", 4: "Int32"}
        if width not in sample_formats:
            return None
        audio_format = self._mm.QAudioFormat()
        audio_format.setSampleRate(rate)
        audio_format.setChannelCount(channels)
        audio_format.setSampleFormat(getattr(self._mm.QAudioFormat.SampleFormat, sample_formats[width]))
        return audio_format

    def _state_changed(self, sink: QAudioSink) -> None:
        if sink is not self._sink:
            return
        state = sink.state()
        states = self._mm.QtAudio.State
        if state == states.ActiveState and not self._active:
            self._active = True
            self._on_started()
        elif state == states.IdleState:
            # All the PCM has gone to the device: release it so the next play() starts clean.
            if self._sink is not None:
                self._sink.stop()
            self._finish()
        elif state == states.StoppedState:
            if self._sink is not None and self._sink.error() not in (
                self._mm.QtAudio.Error.NoError,
                self._mm.QtAudio.Error.UnderrunError,
            ):
                log.warning("Speech playback stopped with error %s", self._sink.error())
            self._finish()

    def _finish(self) -> None:
        if self._active:
            self._active = False
            self._on_stopped()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer = None

    def _release_sink(self) -> None:
        if self._sink is not None:
            sink, self._sink = self._sink, None
            sink.stateChanged.disconnect()
            sink.stop()


class QtSpeaker(QObject):
    """The app's Speaker: say() never blocks; the newest say() always wins.

    Signals: started(text) when audio really starts, finished() when it stops (ended or cut off),
    unavailable(reason) once per reason when speech turns out not to work here.
    """

    started = Signal(str)
    finished = Signal()
    unavailable = Signal(str)
    _request = Signal(int, str, str, str, int)

    def __init__(
        self,
        cache_folder: Path,
        parent: QObject | None = None,
        synthesiser_factory: Callable[[], Synthesiser] = Pyttsx3Synthesiser,
        prompts: PromptLibrary | None = None,
    ) -> None:
        super().__init__(parent)
        self._cache = WavCache(cache_folder)
        self._prompts = prompts if prompts is not None else PromptLibrary()
        self._voice = Voice()
        self._enabled = True
        self._engine_reason = ""
        self._announced: set[str] = set()
        self._ids = itertools.count(1)
        self._latest = _Latest()
        self._texts: dict[int, str] = {}
        self._playing_text = ""
        self._player: _PcmPlayer | None = None
        self._thread: QThread | None = None
        self._worker: _SynthWorker | None = None
        self._closed = False
        try:
            synthesiser = synthesiser_factory()
        except SpeechEngineUnavailable as error:
            self._engine_reason = error.reason
            self._engine_name = ""
            return
        self._engine_name = synthesiser.engine_name
        self._start_worker(synthesiser)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # Speaker protocol -------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        """Plays `text` now if it is a fixed phrase made in advance or cached, else asks the worker; cuts
        off whatever was playing or pending."""
        request_id = next(self._ids)
        self._latest.value = request_id
        text = text.strip()
        if not self._enabled or not text or self._closed:
            self._stop_playback()
            return
        if not self._get_player().has_output():
            self._stop_playback()
            self._announce(NO_DEVICE_REASON)
            return
        voice = self._voice
        sound = self._prompt_sound(text, voice)
        if sound is not None:
            self._play_sound(text, sound)
            return
        if self._engine_reason:
            self._stop_playback()
            self._announce(self._engine_reason)
            return
        cached = self._cache.get(text, voice.language, voice.voice_id, voice.rate, self._engine_name)
        if cached is not None:
            self._play(text, cached)
            return
        self._stop_playback()
        self._texts = {request_id: text}
        self._ensure_started()
        self._request.emit(request_id, text, voice.language, voice.voice_id or "", voice.rate)

    def stop(self) -> None:
        self._latest.value = next(self._ids)
        self._stop_playback()

    def set_voice(self, voice: Voice) -> None:
        self._voice = voice

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled
        if not enabled:
            self.stop()

    def play_file(self, path: Path) -> bool:
        """Plays a WAV file (a person's own recording) through the same player as speech, so each cuts
        the other off. Plays even when spoken labels are switched off: the person asked for it.
        False, never an exception, when there is no sound device or the file will not play."""
        self._latest.value = next(self._ids)  # a phrase still being made must not cut the recording off
        self._texts.clear()
        if self._closed:
            return False
        player = self._get_player()
        player.stop()
        if not player.has_output():
            self._announce(NO_DEVICE_REASON)
            return False
        self._playing_text = ""
        return player.play(path)

    def status(self) -> SpeechStatus:
        """Live: a headset plugged in later makes speech available without a restart."""
        reason = self._reason()
        return SpeechStatus(available=not reason, reason=reason)

    # Lifecycle --------------------------------------------------------------------------------------

    def prepare_audio(self) -> None:
        """Starts the engine, finds the sound device and reads the made-in-advance prompts (about 90 ms);
        call once the window is shown."""
        self._ensure_started()
        player = self._get_player()
        try:
            self._prompts.load()
            if self._prompts.sample_rate and player.has_output():
                player.open_for(self._prompts.sample_rate, 1, PcmSound.sample_width)
        except Exception as error:  # no decoder here: every phrase goes to the engine, as before
            log.warning("Made-in-advance prompts cannot be played here: %s", error)

    def shutdown(self) -> None:
        """Stops sound and the worker thread; safe to call twice. Call before the app exits."""
        self._closed = True
        self._latest.value = next(self._ids)
        if self._player is not None:
            self._player.close()
            self._player = None
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.quit()
            if not thread.wait(SHUTDOWN_WAIT_MS):
                log.warning("The speech thread did not stop within %d ms", SHUTDOWN_WAIT_MS)
        self._worker = None

    # Internals --------------------------------------------------------------------------------------

    def _start_worker(self, synthesiser: Synthesiser) -> None:
        thread = QThread()
        thread.setObjectName("speech-synthesis")
        worker = _SynthWorker(synthesiser, self._cache, self._latest)
        worker.moveToThread(thread)
        thread.started.connect(worker.prepare)
        thread.finished.connect(worker.deleteLater)
        self._request.connect(worker.synthesise)
        worker.ready.connect(self._on_ready)
        worker.failed.connect(self._on_failed)
        worker.engine_unavailable.connect(self._on_engine_unavailable)
        self._thread, self._worker = thread, worker

    def _ensure_started(self) -> None:
        """Starts the worker on first need: loading the engine then does not slow the first screen."""
        if self._thread is not None and not self._thread.isRunning() and not self._closed:
            self._thread.start()

    def _get_player(self) -> _PcmPlayer:
        if self._player is None:
            self._player = _PcmPlayer(self._on_audio_started, self._on_audio_stopped)
        return self._player

    def _reason(self) -> str:
        if self._engine_reason:
            return self._engine_reason
        if not self._get_player().has_output():
            return NO_DEVICE_REASON
        return ""

    def _announce(self, reason: str) -> None:
        if reason not in self._announced:
            self._announced.add(reason)
            self.unavailable.emit(reason)

    def _play(self, text: str, path: Path) -> None:
        player = self._get_player()
        player.stop()  # emits finished() for the old phrase before the new one is named
        self._playing_text = text
        if not player.play(path):
            self._playing_text = ""

    def _prompt_sound(self, text: str, voice: Voice) -> PcmSound | None:
        """A fixed phrase's sound, when it matches the voice asked for; with no engine, whatever the
        rate (a phrase at another speed beats silence)."""
        made_for_voice = voice.voice_id is None and voice.rate == self._prompts.rate
        if not (made_for_voice or self._engine_reason):
            return None
        try:
            return self._prompts.sound(text, voice.language, partial=bool(self._engine_reason))
        except Exception as error:  # the decoder is missing or broken: the engine takes over
            log.warning("A made-in-advance prompt could not be played: %s", error)
            return None

    def _play_sound(self, text: str, sound: PcmSound) -> None:
        player = self._get_player()
        player.stop()
        self._playing_text = text
        if not player.play_pcm(sound.rate, sound.channels, sound.sample_width, sound.pcm):
            self._playing_text = ""

    def _stop_playback(self) -> None:
        if self._player is not None:
            self._player.stop()

    @Slot(int, str)
    def _on_ready(self, request_id: int, path: str) -> None:
        text = self._texts.pop(request_id, None)
        if request_id != self._latest.value or text is None or not self._enabled:
            return  # cut off by a newer say() or stop() while it was being made
        self._play(text, Path(path))

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        self._texts.pop(request_id, None)

    @Slot(str)
    def _on_engine_unavailable(self, reason: str) -> None:
        self._engine_reason = reason
        self._texts.clear()
        self._announce(reason)

    def _on_audio_started(self) -> None:
        self.started.emit(self._playing_text)

    def _on_audio_stopped(self) -> None:
        self._playing_text = ""
        self.finished.emit()
