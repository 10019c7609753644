"""One topic in a template being edited: its picture, its words (saved as you type), and buttons to
change the picture, move it up or down, or remove it. The default template shows words only."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from coprod_desktop.services.templates import TITLE_MAX, TopicInfo
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

SYMBOL_SIZE = 64
SAVE_PAUSE_MS = 600
"""How long after the last key press the words save by themselves."""


class TopicRow(QFrame):
    rename_requested = Signal(object, str)
    """(topic id, words) after a pause in typing or when editing finishes; only if the words changed."""
    picture_requested = Signal(object)
    move_requested = Signal(object, str)
    """(topic id, "up" or "down")."""
    remove_requested = Signal(object)

    def __init__(
        self,
        painter: SymbolPainter,
        topic: TopicInfo,
        shown_title: str,
        editable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.topic = topic
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        self.icon = QLabel(self)
        self.icon.setObjectName("symbol")
        self.icon.setFixedSize(SYMBOL_SIZE + 8, SYMBOL_SIZE + 8)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if topic.symbol_id:
            self.icon.setPixmap(painter.pixmap(topic.symbol_id, SYMBOL_SIZE, self.devicePixelRatioF()))
        # The picture on the left; the words above the buttons, so a row fits a narrow column.
        layout = QGridLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(8)
        layout.addWidget(self.icon, 0, 0, 2, 1, Qt.AlignmentFlag.AlignTop)
        self.title_edit: QLineEdit | None = None
        self.picture: QPushButton | None = None
        self.up: QPushButton | None = None
        self.down: QPushButton | None = None
        self.remove: QPushButton | None = None
        if not editable:
            words = plain_label(self, None, shown_title)
            layout.addWidget(words, 0, 1, 2, 1)
            return
        self.title_edit = QLineEdit(shown_title, self)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setMinimumHeight(72)
        self.title_edit.textEdited.connect(self._edited)
        self.title_edit.editingFinished.connect(self.flush)
        layout.addWidget(self.title_edit, 0, 1)
        self.picture, self.up, self.down, self.remove = (QPushButton(self) for _ in range(4))
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for button in (self.picture, self.up, self.down, self.remove):
            button.setMinimumSize(MIN_TARGET + 12, MIN_TARGET)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons, 1, 1)
        layout.setColumnStretch(1, 1)
        self.picture.clicked.connect(lambda: self.picture_requested.emit(topic.id))
        self.up.clicked.connect(lambda: self.move_requested.emit(topic.id, "up"))
        self.down.clicked.connect(lambda: self.move_requested.emit(topic.id, "down"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(topic.id))

    @property
    def topic_id(self) -> uuid.UUID:
        return self.topic.id

    def set_button_words(self, picture: str, up: str, down: str, remove: str, spoken: list[str]) -> None:
        """Short words on the buttons; `spoken` gives each one's fuller accessible name."""
        buttons = (self.picture, self.up, self.down, self.remove)
        for button, words, name in zip(buttons, (picture, up, down, remove), spoken, strict=True):
            if button is not None:
                button.setText(words)
                button.setAccessibleName(name)

    def set_title_name(self, name: str) -> None:
        if self.title_edit is not None:
            self.title_edit.setAccessibleName(name)

    def _edited(self, _text: str) -> None:
        self._dirty = True
        self._timer.start()

    def flush(self) -> None:
        """Sends the typed words now if they changed (called before the row is rebuilt or hidden)."""
        self._timer.stop()
        if self._dirty and self.title_edit is not None:
            self._dirty = False
            self.rename_requested.emit(self.topic.id, self.title_edit.text())
