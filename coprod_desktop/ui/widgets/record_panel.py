"""Record my voice, and play it back: big Record, Stop and Play buttons for a patient screen.

The panel only records and plays; the screen that holds it decides what a recording belongs to
(it hears `recorded(file_name)` once the file is complete on disk). Older takes are never deleted
here: pressing Record again makes a new file.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.ui.audio.voice_recorder import VoiceRecorder
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

RecorderSource = VoiceRecorder | Callable[[Path], VoiceRecorder] | None
"""A recorder, or something that makes one for a folder; None means a VoiceRecorder for `folder`."""


def clock_time(seconds: int) -> str:
    """5 -> "0:05", 125 -> "2:05": the way a phone shows a recording's length."""
    return f"{seconds // 60}:{seconds % 60:02d}"


class RecordPanel(QFrame):
    """States: ready (Record, and Play once there is a take), recording (a big Stop and the
    time so far), and no microphone (Record hidden, a note says why in plain words)."""

    recorded = Signal(str)

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        recorder: RecorderSource,
        folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self._speaker = speaker
        # Making a VoiceRecorder creates no QtMultimedia objects: that waits for the first take.
        if recorder is None:
            recorder = VoiceRecorder
        self._recorder = recorder if isinstance(recorder, VoiceRecorder) else recorder(folder)
        if self._recorder.parent() is None:
            self._recorder.setParent(self)
        self._latest: str | None = None
        self._has_microphone = True
        self._message = ""

        self.status = title_label(self)
        self.note = title_label(self, role="subtitle")
        self.record_button = SymbolButton(painter, speaker, "record", symbol_size=64, max_lines=1)
        self.stop_button = SymbolButton(painter, speaker, "stop", symbol_size=64, max_lines=1)
        self.play_button = SymbolButton(painter, speaker, "play", symbol_size=64, max_lines=1)
        for button in (self.record_button, self.stop_button, self.play_button):
            button.setMinimumSize(180, 130)
        self.record_button.clicked.connect(self.start_recording)
        self.stop_button.clicked.connect(self.stop_recording)
        self.play_button.clicked.connect(self.play_latest)

        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.record_button)
        row.addWidget(self.stop_button)
        row.addWidget(self.play_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.note)

        self._recorder.elapsed.connect(self._show_elapsed)
        self._recorder.limit_reached.connect(self._on_limit)
        self._recorder.finished.connect(self._on_finished)
        self._recorder.failed.connect(self._on_failed)
        self.retranslate()

    # Public -------------------------------------------------------------------------------------

    @property
    def recorder(self) -> VoiceRecorder:
        return self._recorder

    @property
    def latest_file(self) -> Path | None:
        """The take Play plays: the newest one made here, or one the screen gave with set_latest()."""
        return self._recorder.folder / self._latest if self._latest else None

    def set_latest(self, file_name: str | None) -> None:
        """Lets Play reach a take made earlier (a file name inside the recordings folder)."""
        self._latest = file_name or None
        self._message = ""
        self._refresh()

    def is_recording(self) -> bool:
        return self._recorder.is_recording()

    def retranslate(self) -> None:
        self.record_button.set_words(self.tr("Record"))
        self.stop_button.set_words(self.tr("Stop"))
        self.play_button.set_words(self.tr("Play"))
        self._refresh()

    def refresh_microphone(self) -> None:
        """Looks for a microphone again (on show), so one plugged in later is found."""
        self._has_microphone = self._recorder.has_microphone()
        self._refresh()

    def start_recording(self) -> None:
        if self._recorder.is_recording():
            return
        self._message = ""
        # Speech is stopped, not started: a voice from the speakers would end up in the recording.
        # The prompt to press Stop is on the screen in large words instead.
        self._speaker.stop()
        if not self._recorder.start():
            return  # `failed` has already shown and said why
        self._refresh()
        self.stop_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def stop_recording(self) -> None:
        self._recorder.stop()  # `finished` or `failed` follows at once

    def play_latest(self) -> None:
        path = self.latest_file
        if path is None:
            return
        if self._speaker.play_file(path):
            self._message = ""
        else:
            self._tell(self.tr("Sorry, this recording will not play. Please ask staff for help."))
        self._refresh()

    # Qt -----------------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_microphone()

    def hideEvent(self, event: QHideEvent) -> None:
        # Leaving the screen mid-take keeps the take: no timeout or screen change loses words.
        super().hideEvent(event)
        if self._recorder.is_recording():
            self._recorder.stop()

    # Internals ----------------------------------------------------------------------------------

    def _refresh(self) -> None:
        recording = self._recorder.is_recording()
        self.record_button.setVisible(self._has_microphone and not recording)
        self.stop_button.setVisible(recording)
        self.play_button.setVisible(not recording and self._latest is not None)
        if recording:
            self.status.setText(self._recording_status(self._recorder.elapsed_ms() // 1000))
            self.note.setText(self.tr("Press Stop when you have finished."))
        else:
            if self._latest:
                self.status.setText(self.tr("Your recording is saved."))
            elif self._has_microphone:
                self.status.setText(self.tr("Press Record and say what you want."))
            else:
                self.status.setText("")
            no_microphone = "" if self._has_microphone else self._recorder.no_microphone_message()
            self.note.setText(" ".join(part for part in (self._message, no_microphone) if part))
        self.status.setVisible(bool(self.status.text()))
        self.note.setVisible(bool(self.note.text()))

    def _recording_status(self, seconds: int) -> str:
        recording = self.tr("Recording... {time}").format(time=clock_time(seconds))
        finish = self.tr("Press Stop when you have finished.")
        return f"{recording}\n{finish}"

    def _show_elapsed(self, seconds: int) -> None:
        if self._recorder.is_recording():
            self.status.setText(self._recording_status(seconds))

    def _on_limit(self) -> None:
        self._message = self.tr("That is the longest a recording can be.")

    def _on_finished(self, file_name: str) -> None:
        self._latest = file_name
        listen = self.tr("Press Play to listen.")
        saved = self.tr("Your recording is saved.")
        self._speaker.say(" ".join(part for part in (self._message, saved, listen) if part))
        self._message = " ".join(part for part in (self._message, listen) if part)
        self._refresh()
        if self.play_button.isVisible():
            self.play_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.recorded.emit(file_name)

    def _on_failed(self, message: str) -> None:
        self._has_microphone = self._recorder.has_microphone()  # it may have been unplugged
        if self._has_microphone or message != self._recorder.no_microphone_message():
            self._tell(message)
        else:
            self._message = ""
            self._speaker.say(message)  # the note under the buttons already shows it
        self._refresh()
        if self.record_button.isVisible():
            self.record_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _tell(self, message: str) -> None:
        """Shows the message under the buttons and says it."""
        self._message = message
        self._speaker.say(message)
