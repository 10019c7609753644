"""After a meeting: staff write what was agreed in plain words, and see what was written before.

The person hears these words the next time they open My meeting, so each save is a new, dated
entry with the name of who wrote it: nothing written before is changed or lost. The words save
only when staff press Save, so half-written words never reach the person.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from coprod_desktop.services.meetings import MeetingDetail
from coprod_desktop.services.outcomes import Outcome
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.meeting_form import to_local
from coprod_desktop.ui.screens.staff.staff_screen import message_label
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

BOX_HEIGHT = 220


class OutcomeForm(QWidget):
    saved = Signal(object)
    """Emits the Outcome just written."""
    closed = Signal()

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._staff = staff
        self._meeting: MeetingDetail | None = None
        self._names: dict[uuid.UUID, str] = {}
        self.earlier_labels: list[QLabel] = []

        self.heading = title_label(self, role="subtitle")
        self.earlier_heading = title_label(self, role="subtitle")
        self.nothing_yet = message_label(self)
        self._earlier = QVBoxLayout()
        self._earlier.setSpacing(8)
        self.words_label = QLabel(self)
        self.words_label.setTextFormat(Qt.TextFormat.PlainText)
        self.words = QPlainTextEdit(self)
        self.words.setMinimumHeight(BOX_HEIGHT)
        self.words.setTabChangesFocus(True)
        self.words_label.setBuddy(self.words)
        self.hint = title_label(self, role="muted")
        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.close_button = QPushButton(self)
        for button in (self.save_button, self.close_button):
            button.setMinimumSize(260, MIN_TARGET)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close_form)
        self.message = message_label(self)
        self.words.textChanged.connect(self._typing)

        actions = QHBoxLayout()
        actions.setSpacing(16)
        actions.addWidget(self.save_button)
        actions.addWidget(self.close_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.words_label)
        layout.addWidget(self.words)
        layout.addWidget(self.hint)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.earlier_heading)
        layout.addWidget(self.nothing_yet)
        layout.addLayout(self._earlier)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("What was agreed"))
        self.words_label.setText(self.tr("Write what was agreed, in plain words"))
        self.words.setAccessibleName(self.words_label.text())
        self.hint.setText(
            self.tr("Use short sentences and everyday words. The person will hear this read aloud.")
        )
        self.save_button.setText(self.tr("Save what was agreed"))
        self.close_button.setText(self.tr("Close"))
        for button in (self.save_button, self.close_button):
            button.setAccessibleName(button.text())
        self.earlier_heading.setText(self.tr("Written before"))
        self.nothing_yet.setText(self.tr("Nothing is written for this meeting yet."))
        self._show_earlier()

    @property
    def meeting(self) -> MeetingDetail | None:
        return self._meeting

    def show_meeting(self, meeting: MeetingDetail) -> None:
        """The box for this meeting (with anything half written before, kept as a draft), and
        everything written about it before."""
        if self._meeting is None or self._meeting.id != meeting.id:
            draft = self._context.services.drafts.get(self._staff.id, self._draft_key(meeting.id)) or {}
            words = draft.get("words")
            self._meeting = None  # no draft is written while the box is filled
            self.words.setPlainText(words if isinstance(words, str) else "")
            self.words.moveCursor(QTextCursor.MoveOperation.End)  # carry on where they stopped
        self._meeting = meeting
        self.message.clear()
        self._show_earlier()

    def close_form(self) -> None:
        self.hide()
        self.closed.emit()

    def save(self) -> None:
        if self._meeting is None:
            return
        try:
            outcome = self._context.services.outcomes.write(
                self._meeting.id, self.words.toPlainText(), self._staff.id
            )
        except InvalidText:
            self.message.setText(self.tr("Please write what was agreed first. Then press Save."))
            self.words.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        except LookupError:
            self.message.setText(self.tr("This meeting was cancelled somewhere else. Nothing was saved."))
            return
        self._context.services.drafts.clear(self._staff.id, self._draft_key(self._meeting.id))
        self.words.clear()
        self._show_earlier()
        self.message.setText(
            self.tr("Saved. {name} will hear it next time they open My meeting.").format(
                name=self._person_name()
            )
        )
        self.saved.emit(outcome)

    @staticmethod
    def _draft_key(meeting_id: uuid.UUID) -> str:
        return f"outcome:{meeting_id}"

    def _typing(self) -> None:
        words = self.words.toPlainText()
        if words.strip():
            self.message.clear()
        if self._meeting is not None:
            # Kept as it is typed under the staff member's name, so closing the app loses nothing.
            data = {"words": words} if words.strip() else {}
            self._context.services.drafts.save(self._staff.id, self._draft_key(self._meeting.id), data)

    def _person_name(self) -> str:
        if self._meeting is None:
            return ""
        return self._name(self._meeting.person_id)

    def _name(self, person_id: uuid.UUID | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._names:
            person = self._context.services.people.get(person_id)
            self._names[person_id] = person.called if person else ""
        return self._names[person_id]

    def _outcomes(self) -> list[Outcome]:
        if self._meeting is None:
            return []
        meeting_id = self._meeting.id
        return [
            o
            for o in self._context.services.outcomes.for_person(self._meeting.person_id)
            if o.meeting_id == meeting_id
        ]

    def _show_earlier(self) -> None:
        for label in self.earlier_labels:
            self._earlier.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.earlier_labels = []
        outcomes = self._outcomes()
        for outcome in outcomes:
            label = plain_label(self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setProperty("role", "card")
            label.setMargin(12)
            label.setText(f"{self.written_words(outcome)}\n{outcome.words}")
            self._earlier.addWidget(label)
            label.show()
            self.earlier_labels.append(label)
        self.nothing_yet.setVisible(not outcomes)

    def written_words(self, outcome: Outcome) -> str:
        """'Written 1 October 2026 at 14:00 by Jo. They have heard it.'"""
        local = to_local(outcome.written_at)
        day = self._context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "d MMMM yyyy"
        )
        when = QCoreApplication.translate("MeetingWords", "{date} at {time}").format(
            date=day, time=f"{local:%H:%M}"
        )
        name = self._name(outcome.written_by_id)
        if name:
            written = self.tr("Written {when} by {name}.").format(when=when, name=name)
        else:
            written = self.tr("Written {when}.").format(when=when)
        heard = self.tr("They have heard it.") if outcome.seen_at else self.tr("They have not heard it yet.")
        return f"{written} {heard}"
