"""Add my own topic: a few words for it, and a picture if the person wants one. A picture chosen with no
words typed names the topic by its words, so a person who cannot type adds a topic with one press."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coprod_desktop.services.text import InvalidText
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton
from coprod_desktop.ui.widgets.symbol_picker import SymbolPicker

TITLE_MAX = 120
FIELD_HEIGHT = MIN_TARGET


class AddTopicScreen(Screen):
    added = Signal(object)
    """Emits the new topic's id."""

    def __init__(self, context: UiContext, preparation_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._preparation_id = preparation_id
        self._symbol: str | None = None
        self._topic_id: uuid.UUID | None = None
        """Saved from the first letter typed, so closing the app mid-word keeps the topic."""
        painter, speaker = context.painter, context.speaker
        self._title = title_label(self)
        self.name_label = QLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.name = QLineEdit(self)
        self.name.setMaxLength(TITLE_MAX)
        self.name.setMinimumHeight(FIELD_HEIGHT)
        self.name_label.setBuddy(self.name)
        self.name.returnPressed.connect(self.save)
        self.name.textChanged.connect(self._keep)
        self.chosen = QLabel(self)
        self.chosen.setObjectName("symbol")
        self.chosen.setProperty("empty", True)  # no white tile in high contrast until a picture is in it
        self.chosen.setFixedSize(104, 104)
        self.save_button = SymbolButton(painter, speaker, "done", symbol_size=48)
        self.save_button.setProperty("role", "primary")
        self.save_button.setMinimumSize(200, 110)
        self.save_button.setMaximumHeight(130)
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine(self)
        self.message.hide()
        self.picker_label = title_label(self, role="subtitle")
        self.picker = SymbolPicker(context.catalogue, painter, speaker, lambda: context.languages.current)
        self.picker.chosen.connect(self.choose_symbol)

        row = QHBoxLayout()
        row.setSpacing(16)
        fields = QVBoxLayout()
        fields.addWidget(self.name_label)
        fields.addWidget(self.name)
        fields.addWidget(self.message)
        row.addLayout(fields, 1)
        row.addWidget(self.chosen)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(row)
        layout.addWidget(self.picker_label)
        layout.addWidget(self.picker, 1)
        self.retranslate()

    def on_shown(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_symbol(self, symbol_id: str) -> None:
        context = self._context
        self._symbol = symbol_id
        self.chosen.setPixmap(context.painter.pixmap(symbol_id, 96))
        self.chosen.setProperty("empty", False)
        self.chosen.style().unpolish(self.chosen)
        self.chosen.style().polish(self.chosen)
        if self._topic_id is not None:
            context.services.preparation.set_topic_symbol(self._topic_id, symbol_id)
        if not self.name.text().strip():  # the topic is made (with this picture) as the words appear
            self.name.setText(context.catalogue.label(symbol_id, context.languages.current)[:TITLE_MAX])
        words = context.catalogue.label(symbol_id, context.languages.current)
        context.speaker.say(join_sentences(words, self.save_button.spoken))
        self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep(self, text: str) -> None:
        service = self._context.services.preparation
        try:
            if self._topic_id is None:
                self._topic_id = service.add_own_topic(self._preparation_id, text, self._symbol).id
            else:
                service.rename_own_topic(self._topic_id, text)
        except InvalidText:
            # Every letter rubbed out: the half-made topic goes too.
            if self._topic_id is not None:
                service.remove_topic(self._topic_id)
                self._topic_id = None

    def save(self) -> None:
        if self._topic_id is None:
            self.message.setText(self.tr("Please type a few words for your topic first."))
            self.message.show()
            self._context.speaker.say(self.message.text())
            return
        self._context.speaker.say(self.tr("Your topic is added."))
        self.added.emit(self._topic_id)

    def title(self) -> str:
        return self.tr("Add my own topic")

    def spoken_summary(self) -> str:
        return self.tr("Add my own topic. Choose a picture for what you want to talk about, or type it.")

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.name_label.setText(self.tr("What do you want to talk about?"))
        self.name.setAccessibleName(self.name_label.text())
        self.save_button.set_words(self.tr("Add it"), self.tr("Add my topic"))
        self.picker_label.setText(self.tr("Choose a picture for it, or type its words"))
