"""Records a person's voice from the default microphone into a new WAV file.

Why QAudioSource and our own WAV writer rather than QMediaRecorder (both measured here, Qt 6.11,
PulseAudio null source):
- QMediaRecorder lost the first 20-70 ms of each take (a 300 ms take held 255-278 ms of sound), and
  two takes close together logged Qt warnings ("QAudioSource::start() called while already started").
- QMediaRecorder finishes the file later, on its own thread; here stop() writes the last sound, closes
  and syncs the file before `finished` is emitted, so the file is complete when the screen hears of it.
- The WAV header is rewritten after every block of sound (the `wave` module does this), so even if
  the app is killed mid-take the file on disk is a valid WAV holding everything up to that moment.
- QAudioSink (speech) and QAudioSource are the only QtMultimedia classes the app then uses: the
  abort-at-exit quirk in PLATFORM-NOTES needed QSoundEffect, QMediaPlayer and QMediaRecorder together.

QtMultimedia is imported and its objects are made only when first needed, never at start-up.
"""

from __future__ import annotations

import logging
import os
import uuid
import wave
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import QIODevice
    from PySide6.QtMultimedia import QAudioFormat, QAudioSource

log = logging.getLogger(__name__)

DEFAULT_LIMIT_MS = 5 * 60 * 1000
"""The longest take. It stops on its own there and keeps what was said."""

WAV_HEADER_BYTES = 44
SAMPLE_WIDTH = 2  # 16-bit PCM: the only kind the app writes and plays back
PREFERRED_RATE = 22050  # plenty for a voice; half the size of 44.1 kHz (5 minutes mono: 13 MB)


class VoiceRecorder(QObject):
    """One take at a time into `folder`, each in a new file with a random name.

    Signals: started() when sound is being captured, elapsed(seconds) as each whole second of
    sound is saved, limit_reached() just before a take is stopped for being too long,
    finished(file_name) with the name inside `folder` of a complete WAV file, and
    failed(message) with words to show and say to the person (an empty or broken file is deleted).
    """

    started = Signal()
    elapsed = Signal(int)
    limit_reached = Signal()
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, folder: Path, limit_ms: int = DEFAULT_LIMIT_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._limit_ms = limit_ms
        self._mm: Any = None
        self._source: QAudioSource | None = None
        self._device_io: QIODevice | None = None
        self._file: IO[bytes] | None = None
        self._writer: wave.Wave_write | None = None
        self._path: Path | None = None
        self._frame_bytes = SAMPLE_WIDTH
        self._rate = PREFERRED_RATE
        self._frames = 0
        self._seconds = 0
        self._leftover = b""
        self._write_failed = False
        self._limit_timer = QTimer(self)
        self._limit_timer.setSingleShot(True)
        self._limit_timer.timeout.connect(self._stop_at_limit)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # closing the app mid-take keeps the take

    @property
    def folder(self) -> Path:
        return self._folder

    @property
    def limit_ms(self) -> int:
        return self._limit_ms

    def has_microphone(self) -> bool:
        """Live: a headset plugged in later is found without a restart."""
        return bool(self._multimedia().QMediaDevices.audioInputs())

    def is_recording(self) -> bool:
        return self._source is not None

    def elapsed_ms(self) -> int:
        """How much sound the current take holds (not wall-clock time)."""
        return self._frames * 1000 // self._rate if self._rate else 0

    def start(self) -> bool:
        """Starts a take; False (and `failed` emitted) if there is no microphone or it will not open."""
        if self._source is not None:
            return True
        mm = self._multimedia()
        device = mm.QMediaDevices.defaultAudioInput()
        if device.isNull() or not mm.QMediaDevices.audioInputs():
            self.failed.emit(self.no_microphone_message())
            return False
        audio_format = self._choose_format(device)
        if audio_format is None:
            log.warning("The microphone offers no 16-bit format")
            self.failed.emit(self._start_failed_message())
            return False
        if not self._open_file(audio_format):
            self.failed.emit(self._save_failed_message())
            return False
        source = mm.QAudioSource(device, audio_format, self)
        # No-argument slot: PySide cannot always convert the QAudio::State argument to Python.
        source.stateChanged.connect(lambda: self._state_changed(source))
        device_io = source.start()
        if device_io is None or source.error() != mm.QtAudio.Error.NoError:
            log.warning("The microphone would not start: %s", source.error())
            source.stateChanged.disconnect()
            source.deleteLater()
            self._close_file()
            _delete(self._path)
            self._path = None
            self.failed.emit(self._start_failed_message())
            return False
        device_io.readyRead.connect(self._read)
        self._source, self._device_io = source, device_io
        self._limit_timer.start(self._limit_ms)
        self.started.emit()
        return True

    def stop(self) -> None:
        """Ends the take. The file is closed and synced before `finished` is emitted."""
        if self._source is not None:
            self._finish()

    # Messages -----------------------------------------------------------------------------------

    def no_microphone_message(self) -> str:
        return self.tr(
            "This computer has no microphone, so you cannot record here. "
            "You can still type or ask staff to write what you say."
        )

    def _start_failed_message(self) -> str:
        return self.tr("The recording did not start. Please try again, or ask staff for help.")

    def _nothing_recorded_message(self) -> str:
        return self.tr("Nothing was recorded. Please try again.")

    def _save_failed_message(self) -> str:
        return self.tr("Your recording could not be saved. Please ask staff for help.")

    # Internals ----------------------------------------------------------------------------------

    def _multimedia(self) -> Any:
        if self._mm is None:
            from PySide6 import QtMultimedia  # lazy: start-up time

            self._mm = QtMultimedia
        return self._mm

    def _choose_format(self, device: Any) -> QAudioFormat | None:
        """Mono 16-bit at 22050 Hz if the device takes it, else 16-bit at the device's own rate."""
        mm = self._mm
        preferred = device.preferredFormat()
        candidates = [(PREFERRED_RATE, 1), (preferred.sampleRate(), 1)]
        candidates.append((preferred.sampleRate(), preferred.channelCount()))
        for rate, channels in candidates:
            if rate <= 0 or channels <= 0:
                continue
            audio_format = mm.QAudioFormat()
            audio_format.setSampleRate(rate)
            audio_format.setChannelCount(channels)
            audio_format.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
            if device.isFormatSupported(audio_format):
                return audio_format
        return None

    def _open_file(self, audio_format: QAudioFormat) -> bool:
        path = self._folder / f"{uuid.uuid4().hex}.wav"
        try:
            self._folder.mkdir(parents=True, exist_ok=True)
            handle = path.open("xb")
        except OSError as error:
            log.warning("Could not create a recording file in %s: %s", self._folder, error)
            return False
        writer = wave.open(handle, "wb")  # noqa: SIM115 (closed in _close_file, after the last sound)
        writer.setnchannels(audio_format.channelCount())
        writer.setsampwidth(SAMPLE_WIDTH)
        writer.setframerate(audio_format.sampleRate())
        self._file, self._writer, self._path = handle, writer, path
        self._frame_bytes = SAMPLE_WIDTH * audio_format.channelCount()
        self._rate = audio_format.sampleRate()
        self._frames = 0
        self._seconds = 0
        self._leftover = b""
        self._write_failed = False
        return True

    def _read(self) -> None:
        if self._device_io is None or self._writer is None:
            return
        data = self._leftover + self._device_io.readAll().data()
        whole = len(data) - len(data) % self._frame_bytes
        self._leftover = data[whole:]
        if not whole:
            return
        try:
            self._writer.writeframes(data[:whole])  # also rewrites the header: the file stays valid
        except OSError as error:
            log.warning("Writing the recording failed: %s", error)
            self._write_failed = True
            if self._source is not None:  # not already finishing
                self._finish()
            return
        self._frames += whole // self._frame_bytes
        seconds = self.elapsed_ms() // 1000
        if seconds != self._seconds:
            self._seconds = seconds
            self.elapsed.emit(seconds)

    def _stop_at_limit(self) -> None:
        if self._source is not None:
            self.limit_reached.emit()
            self._finish()

    def _state_changed(self, source: QAudioSource) -> None:
        if source is not self._source:
            return
        stopped = source.state() == self._mm.QtAudio.State.StoppedState
        if stopped and source.error() != self._mm.QtAudio.Error.NoError:
            # Unplugged or taken by another program: keep what was said so far.
            log.warning("The microphone stopped with error %s", source.error())
            self._finish()

    def _finish(self) -> None:
        source, self._source = self._source, None
        self._limit_timer.stop()
        if source is not None:
            if not self._write_failed:
                self._read()  # the sound still waiting in the device's buffer: the last word
            source.stateChanged.disconnect()
            source.stop()
            source.deleteLater()
        self._device_io = None
        closed = self._close_file()
        path, self._path = self._path, None
        if closed and not self._write_failed and path is not None and _is_complete(path):
            self.finished.emit(path.name)
            return
        _delete(path)
        if closed and not self._write_failed:
            self.failed.emit(self._nothing_recorded_message())
        else:
            self.failed.emit(self._save_failed_message())

    def _close_file(self) -> bool:
        """Closes and syncs the file; False if that failed (a full disk, a removed drive)."""
        writer, handle = self._writer, self._file
        self._writer, self._file = None, None
        ok = True
        try:
            if writer is not None:
                writer.close()
            if handle is not None:
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as error:
            log.warning("Closing the recording failed: %s", error)
            ok = False
        finally:
            if handle is not None:
                try:
                    handle.close()
                except OSError:
                    ok = False
        return ok


def _is_complete(path: Path) -> bool:
    """Reopens the file as a player would: it must be a WAV holding some sound."""
    try:
        if path.stat().st_size <= WAV_HEADER_BYTES:
            return False
        with wave.open(str(path), "rb") as check:
            return check.getnframes() > 0
    except (OSError, EOFError, wave.Error):
        return False


def _delete(path: Path | None) -> None:
    if path is None:
        return
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("Could not delete an unusable recording %s: %s", path.name, error)
