"""Why there is no speech, in the staff member's language.

The speech core is Qt-free and gives its reasons in English; this maps each known reason to words
Qt Linguist can translate. An unknown reason is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coprod_desktop.speech.silent import SWITCHED_OFF_REASON
from coprod_desktop.speech.synthesis import ENGINE_MISSING_REASON
from coprod_desktop.ui.speech.qt_speaker import NO_DEVICE_REASON


def speech_notice(reason: str) -> str:
    known = {
        ENGINE_MISSING_REASON: QCoreApplication.translate(
            "SpeechNotices",
            "Only the app's own words can be spoken: the speech engine (espeak-ng) is not installed on this "
            "computer, so names and typed words are not read aloud.",
        ),
        NO_DEVICE_REASON: QCoreApplication.translate(
            "SpeechNotices", "Speech is off: this computer has no speakers or headphones connected."
        ),
        SWITCHED_OFF_REASON: QCoreApplication.translate(
            "SpeechNotices", "Speech is switched off for this app (started with --no-speech)."
        ),
    }
    return known.get(reason, reason)
