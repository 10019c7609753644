"""Qt side of a person's own voice: recording from the microphone to WAV files."""

from coprod_desktop.ui.audio.voice_recorder import DEFAULT_LIMIT_MS, VoiceRecorder

__all__ = ["DEFAULT_LIMIT_MS", "VoiceRecorder"]
