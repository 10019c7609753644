"""Are you still there? Shown when a patient's screens have been left untouched for the ward's time.

Asked by name, aloud, with a 30-second count down; any press carries on. When the count reaches zero
My Say goes back to Who are you? (or, in a SAY group round, to Who is this?), so the next person to
pick up the tablet never lands in someone else's things. What the person started stays as their
draft: every change was saved as it was made.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.person_picture import person_pixmap
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

COUNTDOWN_SECONDS = 30
PICTURE_SIZE = 160
CARRY_ON_EVENTS = (
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
)


class StillThereScreen(Screen):
    carry_on = Signal()
    timed_out = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person: PersonInfo | None = None
        self._left = COUNTDOWN_SECONDS
        self._tick = QTimer(self)
        self._tick.setInterval(1000)  # one second; tests shorten it (a clock at the edge)
        self._tick.timeout.connect(self._count_down)
        self._picture = QLabel(self)
        self._picture.setObjectName("symbol")
        self._picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._question = title_label(self)
        self._question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._count = title_label(self, role="subtitle")
        self._count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.here = SymbolButton(context.painter, context.speaker, "yes", symbol_size=72, max_lines=2)
        self.here.setObjectName("still-here")
        self.here.setMinimumSize(320, 170)
        self.here.clicked.connect(self._carry_on)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(24)
        layout.addStretch(1)
        layout.addWidget(self._picture, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._question)
        layout.addWidget(self._count)
        layout.addWidget(self.here, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()

    def ask(self, person: PersonInfo, seconds: int = COUNTDOWN_SECONDS) -> None:
        """Shows the question for `person`, says it, and starts counting down."""
        self._person = person
        self._left = seconds
        ctx = self._context
        self._picture.setPixmap(person_pixmap(ctx.painter, person, PICTURE_SIZE, ctx.paths.pictures))
        self.retranslate()
        self._tick.start()
        # Asked last, so it hears a press before anything else does: a switch user's Space (which
        # otherwise only moves) carries on as surely as a tap.
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        ctx.speaker.say(join_sentences(self._question.text(), self.here.spoken))
        self.here.setFocus(Qt.FocusReason.OtherFocusReason)

    def is_asking(self) -> bool:
        return self._tick.isActive()

    def seconds_left(self) -> int:
        return self._left

    def stop(self) -> None:
        self._tick.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._tick.isActive() and event.type() in CARRY_ON_EVENTS and self.isVisible():
            self._carry_on()
            return True
        return False

    def _count_down(self) -> None:
        self._left -= 1
        if self._left <= 0:
            self.stop()
            self.timed_out.emit()
            return
        self.retranslate()

    def _carry_on(self) -> None:
        if not self._tick.isActive():
            return
        self.stop()
        self.carry_on.emit()

    def title(self) -> str:
        if self._person is None:
            return self.tr("Are you still there?")
        return self.tr("Are you still there, {name}?").format(name=self._person.called)

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self._count.text(), self.here.spoken)

    def retranslate(self) -> None:
        self._question.setText(self.title())
        self._count.setText(
            self.tr("Press anything to carry on. Otherwise My Say closes in {seconds} seconds.").format(
                seconds=self._left
            )
        )
        self.here.set_words(self.tr("I am still here"), self.tr("I am still here. Carry on."))
