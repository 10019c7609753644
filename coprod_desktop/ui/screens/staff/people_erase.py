"""Two steps before a person is erased for ever, laid out so that one slip can never do it.

Step 1 asks in plain words, with "No" first and focused. Step 2 swaps the places: where "Yes, go on"
was, "No, keep them" now sits, so a double tap or a bounce lands on No. Only a second, deliberate
press on the red "Erase for ever" erases.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.people_prefs import big, short_name

TARGET_TEXT = 88


class EraseConfirm(QWidget):
    confirmed = Signal(object)
    """Emits the PersonInfo to erase, after both steps."""
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._person: PersonInfo | None = None
        self.step = 0
        self.heading = title_label(self)
        self.body = plain_label(self)
        self.body.setMinimumHeight(TARGET_TEXT)
        self.keep = big(QPushButton(self))
        self.go_on = big(QPushButton(self))
        self.erase = big(QPushButton(self))
        self.erase.setProperty("role", "danger")  # red in both themes (see ui/theme.py)
        for button in (self.keep, self.go_on, self.erase):
            button.setMinimumWidth(320)
        self.keep.clicked.connect(self._cancel)
        self.go_on.clicked.connect(self._second_step)
        self.erase.clicked.connect(self._erase)
        self._row = QHBoxLayout()
        self._row.setSpacing(48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addLayout(self._row)
        layout.addStretch(1)
        self.retranslate()

    def ask(self, person: PersonInfo) -> None:
        """Starts at step 1 for this person."""
        self._person = person
        self.step = 1
        self._arrange(self.keep, self.go_on)
        self.erase.hide()
        self.retranslate()
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def _second_step(self) -> None:
        if self.step != 1:
            return
        self.step = 2
        self.go_on.hide()
        self._arrange(self.erase, self.keep)  # No now sits where "Yes, go on" was
        self.retranslate()
        self.keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def _arrange(self, first: QPushButton, second: QPushButton) -> None:
        while self._row.count():
            self._row.takeAt(0)
        self._row.addWidget(first)
        self._row.addWidget(second)
        self._row.addStretch(1)
        first.show()
        second.show()

    def _erase(self) -> None:
        if self.step != 2 or self._person is None:
            return
        person, self.step = self._person, 0
        self.confirmed.emit(person)

    def _cancel(self) -> None:
        self.step = 0
        self.cancelled.emit()

    def retranslate(self) -> None:
        name = short_name(self._person.called) if self._person else ""
        if self.step == 2:
            self.heading.setText(self.tr("Are you really sure?"))
            self.body.setText(
                self.tr('Press "Erase for ever" to erase {name}. There is no way back.').format(name=name)
            )
        else:
            self.heading.setText(self.tr("Erase {name} for ever?").format(name=name))
            self.body.setText(
                self.tr(
                    "This deletes everything about them: their name, picture, settings, PIN and meetings. "
                    "It cannot be undone. The audit log will only keep that someone was erased, by you, "
                    "and when."
                )
            )
        for button, words in (
            (self.keep, self.tr("No, keep them")),
            (self.go_on, self.tr("Yes, go on")),
            (self.erase, self.tr("Erase for ever")),
        ):
            button.setText(words)
            button.setAccessibleName(words)
