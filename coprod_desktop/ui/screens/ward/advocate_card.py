"""The advocate (or IMHA), shown and read aloud whenever someone says "I am not happy": their picture,
name, phone and when they visit, from the ward's settings. Saying it here never stands in the way
of talking to the advocate or making a formal complaint."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from coprod_desktop.services.ward_settings import WardSettingsInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE = 88


def advocate_pixmap(context: UiContext, info: WardSettingsInfo, size: int, ratio: float = 1.0) -> QPixmap:
    """The advocate's photo if the ward has one, else the advocate symbol."""
    if info.advocate_picture_file:
        photo = QPixmap(str(context.paths.pictures / Path(info.advocate_picture_file).name))
        if not photo.isNull():
            return photo.scaled(
                size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
    return context.painter.pixmap("advocate", size, ratio)


class AdvocateCard(QFrame):
    def __init__(self, context: UiContext, ward_id: uuid.UUID | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ward_id = ward_id
        self._info = WardSettingsInfo()
        self.setProperty("role", "card")
        self.picture = QLabel(self)
        self.picture.setObjectName("symbol")  # a white tile behind it in the dark look
        self.picture.setFixedSize(PICTURE, PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words = title_label(self, role="body")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hear = SymbolButton(context.painter, context.speaker, "read-aloud", symbol_size=44, max_lines=2)
        self.hear.setMinimumSize(180, 96)
        self.hear.setMaximumWidth(240)
        self.hear.clicked.connect(lambda: self._context.speaker.say(self.text()))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 10, 16, 10)
        row.setSpacing(16)
        row.addWidget(self.picture)
        row.addWidget(self.words, 1)
        row.addWidget(self.hear)
        self.refresh()

    def refresh(self) -> None:
        """Reads the ward's advocate again (staff may have changed it)."""
        settings = self._context.services.ward_settings
        self._info = settings.get(self._ward_id) if self._ward_id else WardSettingsInfo()
        self.picture.setPixmap(advocate_pixmap(self._context, self._info, PICTURE, self.devicePixelRatioF()))
        self.retranslate()

    def text(self) -> str:
        info = self._info
        lines = []
        if info.advocate_name:
            lines.append(self.tr("You can talk to the advocate: {name}.").format(name=info.advocate_name))
        else:
            lines.append(self.tr("You can talk to an advocate."))
        if info.advocate_phone:
            lines.append(self.tr("Phone: {phone}.").format(phone=info.advocate_phone))
        if info.advocate_visits:
            lines.append(info.advocate_visits)
        if not info.has_advocate:
            lines.append(self.tr("Staff will tell you how."))
        lines.append(self.tr("You can also make a complaint."))
        if info.advocate_contact:
            lines.append(info.advocate_contact)
        return "\n".join(lines)

    def retranslate(self) -> None:
        text = self.text()
        self.words.setText(text)
        self.picture.setAccessibleName(self.tr("The advocate"))
        self.hear.set_words(self.tr("Hear it"), join_sentences(self.tr("Hear it"), self.tr("The advocate")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
