"""Qt side of speech: the worker thread and audio playback behind the Speaker protocol."""

from coprod_desktop.ui.speech.qt_speaker import NO_DEVICE_REASON, QtSpeaker

__all__ = ["NO_DEVICE_REASON", "QtSpeaker"]
