"""How I press: touch and keys, two switches, or one switch that moves by itself, and how it moves.

Reached from How I like it. Every choice saves at once and works straight away, so the person feels
the new speed or way of pressing while still on this screen. The one-switch questions show only for
one switch.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coprod_desktop.services.records import HOLD_MS_CHOICES, SCAN_LOOPS_RANGE, SCAN_MS_RANGE, PersonInfo
from coprod_desktop.store.kinds import AccessMode
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.paged_grid import PagedGrid
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.choice_row import ChoiceRow

MODES = [AccessMode.KEYS, AccessMode.TWO_SWITCHES, AccessMode.ONE_SWITCH]
SCAN_STEP_MS = 500
KEEP_SECONDS = 15
"""A new way of pressing goes back to the old one unless it is kept in this time: someone who can no
longer press anything (one switch, now set to two) is never stranded."""


def seconds(ms: int) -> str:
    """1500 -> "1.5", 2000 -> "2": said and shown the way people say it."""
    return f"{ms / 1000:g}"


class HowIPressScreen(Screen):
    preferences_changed = Signal(object)

    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._prefs = context.services.preferences.get(person.id)
        painter, speaker = context.painter, context.speaker

        self._title = title_label(self)
        self.mode = ChoiceRow(painter, speaker, ["press-touch", "two-switches", "one-switch"])
        self.speed = ChoiceRow(painter, speaker, ["slower", "faster"], exclusive=False)
        self.loops = ChoiceRow(painter, speaker, ["remove", "add"], exclusive=False)
        self.style = ChoiceRow(painter, speaker, ["scan-one", "scan-rows"])
        self.speaks = ChoiceRow(painter, speaker, ["speech-on", "speech-off"])
        self.hold = ChoiceRow(painter, speaker, ["press-touch", "hold-press", "hold-press"])
        self.reader = ChoiceRow(painter, speaker, ["no", "screen-reader"])
        self._rows = [self.mode, self.speaks, self.speed, self.loops, self.style, self.hold, self.reader]

        for index, mode in enumerate(MODES):
            self.mode.buttons[index].clicked.connect(lambda _c=False, m=mode: self._try_mode(m))
        # "Keep this way?": shown after the way of pressing changes, until kept or put back.
        self.keep = ChoiceRow(painter, speaker, ["yes", "undo"], exclusive=False)
        self.keep.setProperty("role", "notice")
        self.keep.buttons[0].clicked.connect(self._keep_mode)
        self.keep.buttons[1].clicked.connect(self._put_mode_back)
        self.keep.hide()
        self._mode_before: AccessMode | None = None
        self._left = 0
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self.speed.buttons[0].clicked.connect(lambda: self._save(scan_ms=self._prefs.scan_ms + SCAN_STEP_MS))
        self.speed.buttons[1].clicked.connect(lambda: self._save(scan_ms=self._prefs.scan_ms - SCAN_STEP_MS))
        self.loops.buttons[0].clicked.connect(lambda: self._save(scan_loops=self._prefs.scan_loops - 1))
        self.loops.buttons[1].clicked.connect(lambda: self._save(scan_loops=self._prefs.scan_loops + 1))
        self.style.buttons[0].clicked.connect(lambda: self._save(scan_rows=False))
        self.style.buttons[1].clicked.connect(lambda: self._save(scan_rows=True))
        self.speaks.buttons[0].clicked.connect(lambda: self._save(scan_speaks=True))
        self.speaks.buttons[1].clicked.connect(lambda: self._save(scan_speaks=False))
        for index, hold in enumerate(HOLD_MS_CHOICES):
            self.hold.buttons[index].clicked.connect(lambda _c=False, h=hold: self._save(hold_ms=h))
        self.reader.buttons[0].clicked.connect(lambda: self._save(screen_reader=False))
        self.reader.buttons[1].clicked.connect(lambda: self._save(screen_reader=True))

        self.pages = PagedGrid(painter, speaker, columns=3, spacing=32)
        for row, span in (
            (self.mode, 2),
            (self.speaks, 1),
            (self.speed, 1),
            (self.loops, 1),
            (self.style, 1),
            (self.hold, 2),
            (self.reader, 1),
        ):
            self.pages.add(row, span)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(self._title)
        layout.addWidget(self.keep)
        layout.addWidget(self.pages, 1)
        self._show_current()
        self.retranslate()

    @property
    def preferences(self):  # type: ignore[no-untyped-def]
        return self._prefs

    def title(self) -> str:
        return self.tr("How I press")

    def spoken_summary(self) -> str:
        parts = [self.title()]
        for row in self._rows:
            if row.isVisible():
                parts.append(row.question.text())
                parts.extend(button.spoken for button in row.buttons)
        return join_sentences(*parts)

    def _save(self, **changes: object) -> None:
        self._prefs = self._context.services.preferences.update(self._person.id, **changes)
        self._show_current()
        self.retranslate()
        self.preferences_changed.emit(self._prefs)

    def first_focus(self) -> QWidget | None:
        return self.keep.buttons[0] if self.keep.isVisible() else None

    # --- a new way of pressing is tried, then kept or put back --------------------------------------
    def _try_mode(self, mode: AccessMode) -> None:
        if mode is self._prefs.access_mode:
            return
        if self._mode_before is None:
            self._mode_before = self._prefs.access_mode
        self._save(access_mode=mode)
        self._left = KEEP_SECONDS
        self.keep.show()
        self._countdown.start()
        self._show_keep_words()
        self.keep.buttons[0].setFocus()
        self._context.speaker.say(self.keep.question.text())

    def _tick(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self._put_mode_back()
            return
        self._show_keep_words()

    def _keep_mode(self) -> None:
        self._countdown.stop()
        self._mode_before = None
        self.keep.hide()
        self.mode.buttons[MODES.index(self._prefs.access_mode)].setFocus()

    def _put_mode_back(self) -> None:
        self._countdown.stop()
        before, self._mode_before = self._mode_before, None
        self.keep.hide()
        if before is not None:
            self._save(access_mode=before)
            self.mode.buttons[MODES.index(before)].setFocus()

    def _show_keep_words(self) -> None:
        self.keep.question.setText(
            self.tr("Keep this way of pressing? It goes back in {seconds} seconds.").format(
                seconds=self._left
            )
        )

    def _show_current(self) -> None:
        prefs = self._prefs
        self.mode.set_current(MODES.index(prefs.access_mode))
        self.style.set_current(1 if prefs.scan_rows else 0)
        self.speaks.set_current(0 if prefs.scan_speaks else 1)
        self.hold.set_current(HOLD_MS_CHOICES.index(prefs.hold_ms) if prefs.hold_ms in HOLD_MS_CHOICES else 0)
        self.reader.set_current(1 if prefs.screen_reader else 0)
        low, high = SCAN_MS_RANGE
        self.speed.buttons[0].setEnabled(prefs.scan_ms < high)
        self.speed.buttons[1].setEnabled(prefs.scan_ms > low)
        fewest, most = SCAN_LOOPS_RANGE
        self.loops.buttons[0].setEnabled(prefs.scan_loops > fewest)
        self.loops.buttons[1].setEnabled(prefs.scan_loops < most)
        one_switch = prefs.access_mode is AccessMode.ONE_SWITCH
        for row in (self.speed, self.loops, self.style):
            self.pages.leave_out(row, not one_switch)

    def retranslate(self) -> None:
        prefs = self._prefs
        self._title.setText(self.title())
        self.mode.question.setText(self.tr("How do you press?"))
        self.mode.buttons[0].set_words(self.tr("Touch or keys"), self.tr("Touch or keys. Space presses."))
        self.mode.buttons[1].set_words(
            self.tr("Two switches"), self.tr("Two switches. One moves on, the other picks.")
        )
        self.mode.buttons[2].set_words(
            self.tr("One switch"), self.tr("One switch. It moves by itself; press to pick.")
        )
        self.speaks.question.setText(self.tr("Say each choice as you get to it?"))
        self.speaks.buttons[0].set_words(self.tr("Say it"), self.tr("Say it. Say each choice."))
        self.speaks.buttons[1].set_words(self.tr("Quiet"), self.tr("Quiet. Do not say each choice."))
        self.speed.question.setText(
            self.tr("How fast does it move? Every {seconds} seconds").format(seconds=seconds(prefs.scan_ms))
        )
        self.speed.buttons[0].set_words(self.tr("Slower"), self.tr("Slower. Wait longer on each choice."))
        self.speed.buttons[1].set_words(self.tr("Faster"), self.tr("Faster. Move on sooner."))
        self.loops.question.setText(
            self.tr("Times round before it waits: {count}").format(count=prefs.scan_loops)
        )
        self.loops.buttons[0].set_words(self.tr("Fewer"), self.tr("Fewer times round"))
        self.loops.buttons[1].set_words(self.tr("More times"), self.tr("More times round"))
        self.style.question.setText(self.tr("How does it move?"))
        self.style.buttons[0].set_words(
            self.tr("One at a time"), self.tr("One at a time. Every choice in turn.")
        )
        self.style.buttons[1].set_words(
            self.tr("A row first"), self.tr("A row first. Pick a row, then a choice in it.")
        )
        self.hold.question.setText(self.tr("How long do you hold to pick?"))
        self.hold.buttons[0].set_words(self.tr("Just press"), self.tr("Just press to pick"))
        self.hold.buttons[1].set_words(self.tr("Short hold"), self.tr("Short hold. Half a second."))
        self.hold.buttons[2].set_words(self.tr("Long hold"), self.tr("Long hold. One second."))
        self.keep.buttons[0].set_words(self.tr("Keep it"), self.tr("Keep this way of pressing"))
        self.keep.buttons[1].set_words(self.tr("Change back"), self.tr("Change back to how it was"))
        self._show_keep_words()
        self.reader.question.setText(self.tr("Do you use a screen reader?"))
        self.reader.buttons[0].set_words(self.tr("No"), self.tr("No. My Say talks."))
        yes_spoken = self.tr("Yes, I use one. My Say does not talk over it.")
        self.reader.buttons[1].set_words(self.tr("Yes"), yes_spoken)
