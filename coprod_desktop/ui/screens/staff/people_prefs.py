"""A person's communication preferences, set by staff: speech, voice, speed, words, colours, language.

Each change saves at once. "Try it" speaks a sample with the chosen voice and speed, then the
speaker goes back to the signed-in staff member's own voice.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.preferences import voice_choices
from coprod_desktop.services.records import RATE_RANGE, PersonInfo, Preferences
from coprod_desktop.speech.protocol import Voice
from coprod_desktop.store.kinds import TextSize
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import title_label

RATE_STEP = 20
TEXT_SIZES = (TextSize.NORMAL, TextSize.LARGE, TextSize.LARGEST)
LANGUAGES: tuple[str | None, ...] = (None, "en", "cy")
TARGET = 88
SAMPLES = {
    "en": "Hello. This is how the app will sound.",
    "cy": "Helo. Dyma sut bydd yr ap yn swnio.",
}
"""Spoken in the person's own language, whatever language the staff screens are in."""


def short_name(name: str, limit: int = 40) -> str:
    """A name cut for headings and messages: a 500-letter name with no spaces cannot wrap."""
    return name if len(name) <= limit else name[: limit - 1] + "…"


def big(widget: QWidget) -> QWidget:
    """At least 88 px tall (DESIGN.md section 3); lists do not widen to their longest choice."""
    widget.setMinimumHeight(TARGET)
    if isinstance(widget, QComboBox):
        widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        widget.setMinimumContentsLength(8)
    if isinstance(widget, QPushButton):
        widget.setMinimumWidth(150)
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return widget


class PreferencesPanel(QWidget):
    changed = Signal(object)
    """Emits the saved Preferences."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._staff = staff
        self._person_id: uuid.UUID | None = None
        self._prefs = Preferences()
        self._filling = False

        self.heading = title_label(self, role="subtitle")
        self.speech_on = big(QCheckBox(self))
        self.voice_label = plain_label(self)
        self.voice = big(QComboBox(self))
        self.rate_label = plain_label(self)
        self.slower = big(QPushButton(self))
        self.rate_value = plain_label(self)
        self.rate_value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.faster = big(QPushButton(self))
        self.try_it = big(QPushButton(self))
        self.text_size_label = plain_label(self)
        self.text_size = big(QComboBox(self))
        self.text_size.addItems(["", "", ""])
        self.high_contrast = big(QCheckBox(self))
        self.symbols_on = big(QCheckBox(self))
        self.language_label = plain_label(self)
        self.language = big(QComboBox(self))
        self.language.addItems(["", "English", "Cymraeg"])  # each language named in itself

        self.speech_on.toggled.connect(lambda on: self._save(speech_on=on))
        self.voice.activated.connect(self._voice_chosen)
        self.slower.clicked.connect(lambda: self._change_rate(-RATE_STEP))
        self.faster.clicked.connect(lambda: self._change_rate(RATE_STEP))
        self.try_it.clicked.connect(self.try_voice)
        self.text_size.activated.connect(lambda index: self._save(text_size=TEXT_SIZES[index]))
        self.high_contrast.toggled.connect(lambda on: self._save(high_contrast=on))
        self.symbols_on.toggled.connect(lambda on: self._save(symbols_on=on))
        self.language.activated.connect(lambda index: self._save(language=LANGUAGES[index]))

        rate_row = QHBoxLayout()
        rate_row.setSpacing(12)
        rate_row.addWidget(self.slower)
        rate_row.addWidget(self.rate_value, 1)
        rate_row.addWidget(self.faster)
        rate_row.addWidget(self.try_it)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.addWidget(self.voice_label, 0, 0)
        grid.addWidget(self.voice, 1, 0)
        grid.addWidget(self.language_label, 0, 1)
        grid.addWidget(self.language, 1, 1)
        grid.addWidget(self.text_size_label, 2, 0)
        grid.addWidget(self.text_size, 3, 0)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.speech_on)
        layout.addLayout(grid)
        layout.addWidget(self.rate_label)
        layout.addLayout(rate_row)
        layout.addWidget(self.high_contrast)
        layout.addWidget(self.symbols_on)
        self.retranslate()

    @property
    def preferences(self) -> Preferences:
        return self._prefs

    def load(self, person_id: uuid.UUID | None) -> None:
        """Shows a person's preferences; None (a person not saved yet) shows defaults, greyed out."""
        self._person_id = person_id
        self._prefs = self._context.services.preferences.get(person_id) if person_id else Preferences()
        self.setEnabled(person_id is not None)
        self._show()

    def _language(self) -> str:
        return self._prefs.language or self._context.ward_language

    def _save(self, **changes: object) -> None:
        if self._filling or self._person_id is None:
            return
        self._prefs = self._context.services.preferences.update(self._person_id, self._staff.id, **changes)
        self._show()
        self.changed.emit(self._prefs)

    def _voice_chosen(self, index: int) -> None:
        self._save(voice=self.voice.itemData(index))

    def _change_rate(self, step: int) -> None:
        self._save(rate=self._prefs.rate + step)

    def try_voice(self) -> None:
        """Speaks a sample as this person will hear it, then gives the speaker back to the staff member."""
        speaker = self._context.speaker
        language = self._language()
        speaker.set_voice(Voice(language=language, voice_id=self._prefs.voice, rate=self._prefs.rate))
        speaker.say(SAMPLES.get(language, SAMPLES["en"]))
        # say() takes the voice at once, so the staff member's own voice can come back straight away.
        mine = self._context.services.preferences.get(self._staff.id)
        speaker.set_voice(
            Voice(language=mine.language or self._context.ward_language, voice_id=mine.voice, rate=mine.rate)
        )

    def _show(self) -> None:
        prefs = self._prefs
        self._filling = True
        try:
            self.speech_on.setChecked(prefs.speech_on)
            self._fill_voices()
            self.text_size.setCurrentIndex(TEXT_SIZES.index(prefs.text_size))
            self.high_contrast.setChecked(prefs.high_contrast)
            self.symbols_on.setChecked(prefs.symbols_on)
            self.language.setCurrentIndex(
                LANGUAGES.index(prefs.language) if prefs.language in LANGUAGES else 0
            )
        finally:
            self._filling = False
        low, high = RATE_RANGE
        self.slower.setEnabled(prefs.rate > low)
        self.faster.setEnabled(prefs.rate < high)
        self.rate_value.setText(self.tr("{rate} words a minute").format(rate=prefs.rate))
        self.rate_value.setAccessibleName(self.rate_value.text())

    def _fill_voices(self) -> None:
        self.voice.clear()
        for voice_id in voice_choices(self._language(), self._prefs.voice):
            self.voice.addItem(self._voice_words(voice_id), voice_id)
        self.voice.setCurrentIndex(max(0, self.voice.findData(self._prefs.voice)))

    def _voice_words(self, voice_id: str | None) -> str:
        names = {
            None: self.tr("Standard voice"),
            "gmw/en-gb-scotland": self.tr("Scottish English"),
            "gmw/en-gb-x-gbcwmd": self.tr("West Midlands English"),
            "gmw/en-gb-x-rp": self.tr("Received Pronunciation (RP) English"),
            "gmw/en-gb-x-gbclan": self.tr("Lancashire English"),
        }
        return names.get(voice_id, voice_id or "")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How the app talks and looks for them"))
        pairs: list[tuple[QWidget, str]] = [
            (self.speech_on, self.tr("Speak out loud")),
            (self.high_contrast, self.tr("Dark screen, bright words")),
            (self.symbols_on, self.tr("Show symbols")),
            (self.slower, self.tr("Slower")),
            (self.faster, self.tr("Faster")),
            (self.try_it, self.tr("Try it")),
        ]
        for widget, words in pairs:
            widget.setText(words)  # type: ignore[attr-defined]
            widget.setAccessibleName(words)
        for label, combo, words in (
            (self.voice_label, self.voice, self.tr("Voice")),
            (self.text_size_label, self.text_size, self.tr("Size of words")),
            (self.language_label, self.language, self.tr("Language")),
        ):
            label.setText(words)
            label.setBuddy(combo)
            combo.setAccessibleName(words)
        self.rate_label.setText(self.tr("How fast it talks"))
        self.try_it.setAccessibleDescription(self.tr("Speaks a sample with this voice and speed"))
        for index, words in enumerate((self.tr("Normal"), self.tr("Big"), self.tr("Biggest"))):
            self.text_size.setItemText(index, words)
        self.language.setItemText(0, self.tr("Same as the ward"))
        self._show()
