"""For staff screens: every "I need help" not yet answered, with who, where and how long ago, and an
"I am here" button. It looks again every few seconds, so a request made on a patient's tablet shows
on the staff computer without anyone refreshing. Names show here because only staff see it.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.help_requests import HelpRequestInfo
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label

REFRESH_MS = 5000
BUTTON_SIZE = (220, 88)
STYLE = (
    "QFrame#helpBanner { background: #FFB81C; border: 4px solid #212B32; border-radius: 12px; }"
    "QFrame#helpBanner QLabel { color: #212B32; background: transparent; font-weight: bold; }"
)
"""Its own colours in both themes: dark text on warm yellow is about 9:1."""


class HelpRequestRow(QWidget):
    """One request: the words and its "I am here" button."""

    def __init__(self, request: HelpRequestInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.words = plain_label(self)
        self.here = QPushButton(self)
        self.here.setMinimumSize(*BUTTON_SIZE)
        self.here.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.here)


class HelpBanner(QFrame):
    """Hidden while nobody is waiting. Put one on any staff screen: it needs only the context, the
    signed-in staff member (who answers) and the ward."""

    answered = Signal(object)
    """Emits the HelpRequestInfo a member of staff answered here."""

    def __init__(
        self,
        context: UiContext,
        staff: PersonInfo,
        ward_id: uuid.UUID | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._staff = staff
        self._ward_id = ward_id
        self.rows: list[HelpRequestRow] = []
        self.setObjectName("helpBanner")
        self.setStyleSheet(STYLE)
        self._heading = QLabel(self)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(16, 12, 16, 12)
        self._layout.setSpacing(8)
        self._layout.addWidget(self._heading)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def requests(self) -> list[HelpRequestInfo]:
        return [row.request for row in self.rows]

    def refresh(self) -> None:
        """Reads the open requests again and shows them, oldest first."""
        try:
            requests = self._context.services.help_requests.open_requests(self._ward_id)
        except Exception:  # a busy or closing store: keep what is shown, try again on the next tick
            return
        had_focus = any(row.here.hasFocus() for row in self.rows)
        for row in self.rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for request in requests:
            row = HelpRequestRow(request, self)
            row.here.clicked.connect(lambda _checked=False, r=request: self.answer(r.id))
            self._layout.addWidget(row)
            self.rows.append(row)
        self.retranslate()
        self.setVisible(bool(self.rows))
        if had_focus and self.rows:
            self.rows[0].here.setFocus(Qt.FocusReason.OtherFocusReason)

    def answer(self, request_id: uuid.UUID) -> None:
        """ "I am here": the request leaves every staff screen, and the card on the patient's device
        says a member of staff saw it."""
        try:
            request = self._context.services.help_requests.answer(request_id, self._staff.id)
        except LookupError:
            request = None
        self.refresh()
        if request is not None:
            self.answered.emit(request)

    def row_words(self, request: HelpRequestInfo) -> str:
        if request.called:
            words = self.tr("{name} needs help at {device}.").format(
                name=request.called, device=request.device
            )
        else:
            words = self.tr("Someone needs help at {device}.").format(device=request.device)
        words = f"{words} {self._ago(request.asked_at)}"
        if request.presses > 1:
            words += " " + self.tr("Pressed {count} times.").format(count=request.presses)
        return words

    def _ago(self, asked_at: datetime) -> str:
        minutes = max(0, int((self._context.clock() - asked_at).total_seconds() // 60))
        if minutes < 1:
            return self.tr("Asked just now.")
        if minutes == 1:
            return self.tr("Asked 1 minute ago.")
        return self.tr("Asked {minutes} minutes ago.").format(minutes=minutes)

    def retranslate(self) -> None:
        self._heading.setText(self.tr("I need help: not answered yet"))
        for row in self.rows:
            row.words.setText(self.row_words(row.request))
            words = self.tr("I am here")
            row.here.setText(words)
            name = row.request.called or row.request.device
            row.here.setAccessibleName(self.tr("I am here, for {who}").format(who=name))
