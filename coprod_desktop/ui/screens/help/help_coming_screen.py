"""I need help: one big card that tells the room, and records the request so staff screens show it.

It promises only what the app does: it asks the person to show it to staff, it chimes again and
again (even with speech off) and its edge flashes slowly, and the request waits on every staff
screen until a member of staff says "I am here". "I am OK now" cancels it, so it is never a dead end.
"""

from __future__ import annotations

import contextlib
import logging
import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.help_requests import HelpRequestInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.help.cues import HELP_CHIME, cue_path
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

log = logging.getLogger(__name__)

SYMBOL_SIZE = 200
EDGE = 24
FLASH_MS = 1000
"""The edge changes once a second: one flash every two seconds, far below WCAG 2.3.1's three a second."""
CHIME_MS = 8000
"""The chime repeats this often until staff answer or the person is OK."""
SPEAK_AFTER_MS = 1500
"""The words are read after the first chime, which would otherwise cut them off."""
CHECK_MS = 5000
"""How often the card looks whether a member of staff has said "I am here"."""
EDGE_COLOUR = "#FFB81C"
"""Warm yellow: seen in both themes, and not the saturated red that WCAG warns about for flashes."""


class HelpComingScreen(Screen):
    closed = Signal()
    full_screen = True
    """The main window hides its bar: the card is the whole screen."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._request: HelpRequestInfo | None = None
        self._answered = False
        self._flash_on = False

        self.edge = QFrame(self)
        self.edge.setObjectName("helpEdge")
        self._picture = QLabel(self.edge)
        self._picture.setObjectName("symbol")  # gets the light tile in high contrast
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._picture.setFixedSize(SYMBOL_SIZE + 24, SYMBOL_SIZE + 24)
        self._picture.setPixmap(context.painter.pixmap("help", SYMBOL_SIZE))  # asks; promises nothing
        self._message = title_label(self.edge)
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cancel = SymbolButton(context.painter, context.speaker, "ok", symbol_size=72)
        self.cancel.setMinimumSize(320, 160)
        self.cancel.clicked.connect(self.i_am_ok)
        self.ok = self.cancel
        """The same button, by the name the main window has always used."""

        inner = QVBoxLayout(self.edge)
        inner.setContentsMargins(48, 48, 48, 48)
        inner.setSpacing(32)
        inner.addStretch(1)
        inner.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(self._message)
        inner.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edge)

        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_MS)
        self.flash_timer.timeout.connect(self._flash)
        self.chime_timer = QTimer(self)
        self.chime_timer.setInterval(CHIME_MS)
        self.chime_timer.timeout.connect(self.chime)
        self.speak_timer = QTimer(self)
        self.speak_timer.setSingleShot(True)
        self.speak_timer.setInterval(SPEAK_AFTER_MS)
        self.speak_timer.timeout.connect(self._speak)
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(CHECK_MS)
        self.check_timer.timeout.connect(self.check_answered)
        self._show_edge(False)
        self.retranslate()

    # --- what the main window calls ----------------------------------------------------------
    @property
    def request(self) -> HelpRequestInfo | None:
        return self._request

    def open_for(self, person_id: uuid.UUID | None, ward_id: uuid.UUID | None) -> None:
        """Records the press (a press while this device's request is open adds to its count), then
        chimes, flashes and reads the words. Call it before bringing the card to the front."""
        services = self._context.services
        try:
            self._request = services.help_requests.ask(ward_id, person_id, services.device.device_name())
        except Exception:  # the card must still tell the room if the store has a problem
            log.exception("Could not record a request for help")
            self._request = None
        self._answered = False
        self.retranslate()
        self.flash_timer.start()
        self._show_edge(True)
        self.chime()
        self.chime_timer.start()
        self.speak_timer.start()
        if self._request is not None:
            self.check_timer.start()
        self.cancel.setFocus(Qt.FocusReason.OtherFocusReason)

    def i_am_ok(self) -> None:
        """The person is OK now: the request is cancelled (and recorded so), then the card closes."""
        request, self._request = self._request, None
        if request is not None and not self._answered:
            # LookupError: gone with an erased person or ward, so nothing is left to cancel.
            with contextlib.suppress(LookupError):
                self._context.services.help_requests.cancel(request.id)
        self.stop_alert()
        self.closed.emit()

    def stop_alert(self) -> None:
        """Silences the chime and stops the flashing; an open request stays open for staff."""
        for timer in (self.flash_timer, self.chime_timer, self.speak_timer, self.check_timer):
            timer.stop()
        self._show_edge(False)

    def chime(self) -> bool:
        """Plays the attention sound; it plays even when spoken words are switched off."""
        try:
            path = cue_path(HELP_CHIME)
        except (OSError, KeyError, ValueError):
            log.warning("The help chime is missing from assets/audio")
            return False
        return self._context.speaker.play_file(path)

    def check_answered(self) -> None:
        """Once a member of staff has said "I am here", the card says so and goes quiet."""
        if self._request is None or self._answered:
            return
        latest = self._context.services.help_requests.get(self._request.id)
        if latest is None or latest.answered_at is None:
            return
        self._request = latest
        self._answered = True
        self.stop_alert()
        self.retranslate()
        self._context.speaker.say(self._message.text())

    @property
    def answered(self) -> bool:
        return self._answered

    def flashing(self) -> bool:
        return self.flash_timer.isActive()

    # --- words and looks -----------------------------------------------------------------------
    def title(self) -> str:
        if self._answered:
            return self.tr("A member of staff saw this. They are coming.")
        return self.tr("Show this to staff. I need help.")

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self.cancel.spoken)

    def retranslate(self) -> None:
        self._message.setText(self.title())
        self.cancel.set_words(self.tr("I am OK now"))

    def _speak(self) -> None:
        self._context.speaker.say(self.title())

    def _flash(self) -> None:
        self._show_edge(not self._flash_on)

    def _show_edge(self, on: bool) -> None:
        self._flash_on = on
        colour = EDGE_COLOUR if on else "transparent"
        self.edge.setProperty("flash", on)
        self.edge.setStyleSheet(f"QFrame#helpEdge {{ border: {EDGE}px solid {colour}; }}")

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_alert()  # whatever hid the card, it must not chime on behind another screen
        super().hideEvent(event)
