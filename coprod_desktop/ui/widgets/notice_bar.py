"""A strip at the bottom for staff: why speech is off, a missing picture. Each shown once, then gone."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from coprod_desktop.ui.kit.labels import plain_label


class NoticeBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "notice")
        self._queue: list[str] = []
        self._shown: set[str] = set()
        self._label = plain_label(self)
        self.ok = QPushButton(self)
        self.ok.setMinimumSize(120, 88)
        self.ok.clicked.connect(self._next)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.ok)
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.ok.setText(self.tr("OK"))
        self.ok.setAccessibleName(self.tr("OK"))

    def add(self, message: str) -> None:
        """Queues a message unless it was already shown in this run."""
        if message in self._shown or message in self._queue:
            return
        self._queue.append(message)
        if not self.isVisible():
            self._next()

    def text(self) -> str:
        return self._label.text()

    def _next(self) -> None:
        if not self._queue:
            self.setVisible(False)
            return
        message = self._queue.pop(0)
        self._shown.add(message)
        self._label.setText(self.tr("For staff: {message}").format(message=message))
        self.setVisible(True)
