"""How I like it: the person sets speech, speed, word size, colours and language for themselves.

Every choice is saved the moment it is made and takes effect at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprod_desktop.services.records import RATE_RANGE, PersonInfo, Preferences
from coprod_desktop.store.kinds import TextSize
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.paged_grid import PagedGrid
from coprod_desktop.ui.sample_pictures import letters_drawing
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.theme import HIGH_CONTRAST, STANDARD
from coprod_desktop.ui.widgets.choice_row import ChoiceRow

RATE_STEP = 20
TEXT_SIZES = [TextSize.NORMAL, TextSize.LARGE, TextSize.LARGEST]
LANGUAGE_CODES = ["en", "cy"]


class MySettingsScreen(Screen):
    preferences_changed = Signal(object)
    """Emits the saved Preferences, so the window can apply them straight away."""
    press_requested = Signal()

    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._prefs = context.services.preferences.get(person.id)
        painter, speaker = context.painter, context.speaker

        self._title = title_label(self)
        self.speech = ChoiceRow(painter, speaker, ["speech-on", "speech-off"])
        self.speed = ChoiceRow(painter, speaker, ["slower", "faster"], exclusive=False)
        self.size = ChoiceRow(painter, speaker, ["text-size", "text-size", "text-size"])
        self.colours = ChoiceRow(painter, speaker, ["my-settings", "high-contrast"])
        # Show the choice itself: letters at each size, and each colour scheme as it looks.
        samples = [letters_drawing(px, STANDARD.text, "#FFFFFF") for px in (16, 24, 34)]
        samples.append(letters_drawing(26, STANDARD.text, STANDARD.window))
        samples.append(letters_drawing(26, HIGH_CONTRAST.button_text, HIGH_CONTRAST.window))
        for button, sample in zip(self.size.buttons + self.colours.buttons, samples, strict=True):
            button.set_drawn_picture(sample)
        self.language = ChoiceRow(painter, speaker, ["language-en", "language-cy"])
        # "Are you still there?" comes after the ward's time; some people need twice as long.
        self.time = ChoiceRow(painter, speaker, ["clock", "more-time"])
        self._rows = [self.speech, self.speed, self.size, self.colours, self.language, self.time]
        self.time.buttons[0].clicked.connect(lambda: self._save(more_time=False))
        self.time.buttons[1].clicked.connect(lambda: self._save(more_time=True))

        self.speech.buttons[0].clicked.connect(lambda: self._save(speech_on=True))
        self.speech.buttons[1].clicked.connect(lambda: self._save(speech_on=False))
        self.speed.buttons[0].clicked.connect(lambda: self._change_rate(-RATE_STEP))
        self.speed.buttons[1].clicked.connect(lambda: self._change_rate(RATE_STEP))
        for index, size in enumerate(TEXT_SIZES):
            self.size.buttons[index].clicked.connect(lambda _c=False, s=size: self._save(text_size=s))
        self.colours.buttons[0].clicked.connect(lambda: self._save(high_contrast=False))
        self.colours.buttons[1].clicked.connect(lambda: self._save(high_contrast=True))
        for index, code in enumerate(LANGUAGE_CODES):
            self.language.buttons[index].clicked.connect(lambda _c=False, c=code: self._save(language=c))

        # Keys and switches have a screen of their own (How I press), one level down.
        self.press = ChoiceRow(painter, speaker, ["two-switches"], exclusive=False)
        self.press.buttons[0].clicked.connect(self.press_requested)
        self._rows.append(self.press)

        # Whole pages, never a scroll bar: the questions keep their places at every word size.
        self.pages = PagedGrid(painter, speaker, columns=3, spacing=32)
        for row, span in (
            (self.speech, 1),
            (self.speed, 1),
            (self.language, 1),
            (self.size, 2),
            (self.colours, 1),
            (self.time, 2),
            (self.press, 1),
        ):
            self.pages.add(row, span)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self._title)
        layout.addWidget(self.pages, 1)
        self._show_current()
        self.retranslate()

    @property
    def preferences(self) -> Preferences:
        return self._prefs

    def title(self) -> str:
        return self.tr("How I like it")

    def spoken_summary(self) -> str:
        parts = [self.title()]
        for row in self._rows:
            parts.append(row.question.text())
            parts.extend(button.spoken for button in row.buttons)
        return join_sentences(*parts)

    def _save(self, **changes: object) -> None:
        self._prefs = self._context.services.preferences.update(self._person.id, **changes)
        self._show_current()
        self.preferences_changed.emit(self._prefs)

    def _change_rate(self, step: int) -> None:
        self._save(rate=self._prefs.rate + step)
        self._context.speaker.say(self.tr("This is how fast I talk."))

    def _show_current(self) -> None:
        prefs = self._prefs
        self.speech.set_current(0 if prefs.speech_on else 1)
        self.size.set_current(TEXT_SIZES.index(prefs.text_size))
        self.colours.set_current(1 if prefs.high_contrast else 0)
        language = prefs.language or self._context.ward_language
        self.language.set_current(LANGUAGE_CODES.index(language) if language in LANGUAGE_CODES else 0)
        self.time.set_current(1 if prefs.more_time else 0)
        low, high = RATE_RANGE
        self.speed.buttons[0].setEnabled(prefs.rate > low)
        self.speed.buttons[1].setEnabled(prefs.rate < high)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.speech.question.setText(self.tr("Do you want the app to talk?"))
        self.speech.buttons[0].set_words(self.tr("Talk to me"))
        self.speech.buttons[1].set_words(self.tr("No talking"))
        self.speed.question.setText(self.tr("How fast should it talk?"))
        self.speed.buttons[0].set_words(self.tr("Slower"))
        self.speed.buttons[1].set_words(self.tr("Faster"))
        self.size.question.setText(self.tr("How big should the words be?"))
        self.size.buttons[0].set_words(self.tr("Normal"), self.tr("Normal words"))
        self.size.buttons[1].set_words(self.tr("Big"), self.tr("Big words"))
        self.size.buttons[2].set_words(self.tr("Biggest"), self.tr("Biggest words"))
        self.colours.question.setText(self.tr("Which colours?"))
        self.colours.buttons[0].set_words(self.tr("Light"), self.tr("Light colours"))
        self.colours.buttons[1].set_words(self.tr("Dark"), self.tr("Dark screen, bright words"))
        self.language.question.setText(self.tr("Which language?"))
        # Each language is named in itself, so people find their own.
        self.language.buttons[0].set_words("English")
        self.language.buttons[1].set_words("Cymraeg")
        self.time.question.setText(self.tr("How long before My Say asks if you are still there?"))
        self.time.buttons[0].set_words(self.tr("Usual time"), self.tr("Usual time before it asks"))
        self.time.buttons[1].set_words(
            self.tr("I need more time"), self.tr("I need more time. Twice as long.")
        )
        self.press.question.setText(self.tr("Touch, keys or switches?"))
        self.press.buttons[0].set_words(self.tr("How I press"), self.tr("How I press and move"))
