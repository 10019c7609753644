"""Answering one You said, we did action: its status, the reply people will hear, the reason when
the answer is no, who owns it and by when, and every change it has had.

An idea no member of staff has looked at yet is not on the patients' board: "Put it on the board"
shows it to everyone (a worry's own words never go this way; see the Worries area).

Red cannot be saved without a reason: people must be told why not. The reply and reason are kept
as a draft while typed (under the staff member's name) and reach the board only on Save, so
half-written answers are never read aloud to patients, and each Save is one line of history."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.actions import ActionProblem, ActionRecord, ChangeRecord
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.kinds import ActionSource, ActionStatus, Role
from coprod_desktop.ui.action_words import STATUS_SYMBOLS, said_words, status_words
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.staff_screen import message_label
from coprod_desktop.ui.widgets.said_shown import SaidShown
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

STATUS_ORDER = (ActionStatus.GREEN, ActionStatus.AMBER, ActionStatus.RED)
BOX_HEIGHT = 120


def colour_words(status: ActionStatus) -> str:
    """Red / Amber / Green: the words staff use for the board."""
    if status is ActionStatus.RED:
        return QCoreApplication.translate("ActionWords", "Red")
    if status is ActionStatus.GREEN:
        return QCoreApplication.translate("ActionWords", "Green")
    return QCoreApplication.translate("ActionWords", "Amber")


class ActionForm(QWidget):
    saved = Signal(object)
    """Emits the ActionRecord as saved."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._staff = staff
        self._action: ActionRecord | None = None
        self._status = ActionStatus.AMBER
        self._names: dict[uuid.UUID, str] = {}
        self._filling = False
        self.history_labels: list[QLabel] = []
        painter, speaker = context.painter, context.speaker

        self.heading = title_label(self, role="subtitle")
        self.said = title_label(self, role="body")
        self.said_shown = SaidShown(context, self)
        self.raised = title_label(self, role="muted")
        self.waiting = message_label(self)
        self.put_on_board_button = QPushButton(self)
        self.put_on_board_button.setMinimumHeight(MIN_TARGET)
        self.put_on_board_button.clicked.connect(self.put_on_board)
        self.status_label = QLabel(self)
        self.status_buttons: dict[ActionStatus, SymbolButton] = {}
        group = QButtonGroup(self)
        group.setExclusive(True)
        status_row = QHBoxLayout()
        status_row.setSpacing(12)
        for status in STATUS_ORDER:
            button = SymbolButton(painter, speaker, STATUS_SYMBOLS[status], symbol_size=40, max_lines=3)
            button.setObjectName(f"status-{status.value}")
            button.setCheckable(True)
            button.setMinimumSize(140, 150)
            button.setMaximumHeight(170)
            button.clicked.connect(lambda _c=False, s=status: self.choose_status(s))
            group.addButton(button)
            status_row.addWidget(button)
            self.status_buttons[status] = button

        self.status_label.setWordWrap(True)
        self.reply_label = QLabel(self)
        self.reply_label.setWordWrap(True)
        self.reply = QPlainTextEdit(self)
        self.reply.setMinimumHeight(BOX_HEIGHT)
        self.reply.setTabChangesFocus(True)
        self.reply_label.setBuddy(self.reply)
        self.reason_label = QLabel(self)
        self.reason_label.setWordWrap(True)
        self.reason = QPlainTextEdit(self)
        self.reason.setMinimumHeight(BOX_HEIGHT)
        self.reason.setTabChangesFocus(True)
        self.reason_label.setBuddy(self.reason)
        for box in (self.reply, self.reason):
            box.textChanged.connect(self._typing)

        self.owner_label = QLabel(self)
        self.owner_label.setWordWrap(True)
        self.owner = QComboBox(self)
        self.owner.setMinimumHeight(MIN_TARGET)
        self.owner_label.setBuddy(self.owner)
        self.has_due = QCheckBox(self)
        self.due = QDateEdit(self)
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("d MMMM yyyy")
        self.due.setMinimumHeight(MIN_TARGET)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QVBoxLayout()  # one above the other: the form stays narrow beside the board
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)

        self.save_button = QPushButton(self)
        self.save_button.setProperty("role", "primary")
        self.hear_button = QPushButton(self)
        for button in (self.save_button, self.hear_button):
            button.setMinimumHeight(MIN_TARGET)
        self.save_button.clicked.connect(self.save)
        self.hear_button.clicked.connect(self._hear)
        buttons = QVBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.hear_button)
        self.message = message_label(self)
        self.history_heading = title_label(self, role="subtitle")
        self._history = QVBoxLayout()
        self._history.setSpacing(8)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.said)
        layout.addWidget(self.said_shown)
        layout.addWidget(self.raised)
        layout.addWidget(self.waiting)
        layout.addWidget(self.put_on_board_button)
        layout.addWidget(self.status_label)
        layout.addLayout(status_row)
        layout.addWidget(self.reply_label)
        layout.addWidget(self.reply)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.owner_label)
        layout.addWidget(self.owner)
        layout.addLayout(due_row)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.history_heading)
        layout.addLayout(self._history)
        self.retranslate()

    # --- names -----------------------------------------------------------------------------------
    def name(self, person_id: uuid.UUID | None) -> str:
        if person_id is None:
            return ""
        if person_id not in self._names:
            person = self._context.services.people.get(person_id)
            self._names[person_id] = person.called if person else ""
        return self._names[person_id]

    # --- showing ------------------------------------------------------------------------------------
    @property
    def action(self) -> ActionRecord | None:
        return self._action

    def show_action(self, action: ActionRecord) -> None:
        """Fills the form from the action, or from what this staff member had half written for it."""
        self._filling = True
        self._action = action
        draft = self._context.services.drafts.get(self._staff.id, self._draft_key(action.id)) or {}
        status = draft.get("status")
        self._status = ActionStatus(status) if status in {s.value for s in ActionStatus} else action.status
        reply, reason = draft.get("reply"), draft.get("reason")
        self.reply.setPlainText(reply if isinstance(reply, str) else action.reply)
        self.reason.setPlainText(reason if isinstance(reason, str) else action.reason or "")
        self._fill_owners(action)
        self.has_due.setChecked(action.due_at is not None)
        self.due.setEnabled(action.due_at is not None)
        start = action.due_at.astimezone() if action.due_at else self._context.services.clock().astimezone()
        self.due.setDate(QDate(start.year, start.month, start.day))
        self._filling = False
        self.message.clear()
        self.retranslate()

    def _fill_owners(self, action: ActionRecord) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("Nobody yet"), None)
        for person in self._context.services.people.on_ward(action.ward_id, Role.STAFF):
            self.owner.addItem(person.called, person.id)
        index = self.owner.findData(action.owner_id) if action.owner_id else 0
        self.owner.setCurrentIndex(max(index, 0))

    def choose_status(self, status: ActionStatus) -> None:
        self._status = status
        self.status_buttons[status].setChecked(True)
        self._show_reason()
        self._typing()

    def _show_reason(self) -> None:
        red = self._status is ActionStatus.RED
        self.reason_label.setVisible(red)
        self.reason.setVisible(red)

    @staticmethod
    def _draft_key(action_id: uuid.UUID) -> str:
        return f"action:{action_id}"

    def _typing(self) -> None:
        if self._filling or self._action is None:
            return
        data = {"status": self._status.value, "reply": self.reply.toPlainText()}
        if self._status is ActionStatus.RED:
            data["reason"] = self.reason.toPlainText()
        self._context.services.drafts.save(self._staff.id, self._draft_key(self._action.id), data)

    # --- saving -------------------------------------------------------------------------------------
    def save(self) -> None:
        if self._action is None:
            return
        due_at = None
        if self.has_due.isChecked():
            day = self.due.date().toPython()
            due_at = datetime.combine(day, time(17, 0)).astimezone().astimezone(UTC)
        red = self._status is ActionStatus.RED
        if red and not self.reason.toPlainText().strip():
            self._problem(
                self.tr("Red means we can't do this. Say why, so people know the reason."), self.reason
            )
            return
        if not self.reply.toPlainText().strip():
            self._problem(self.tr("Write a reply in easy words: people will hear it read aloud."), self.reply)
            return
        try:
            saved = self._context.services.actions.update(
                self._action.id,
                self._status,
                self.reply.toPlainText(),
                by_id=self._staff.id,
                reason=self.reason.toPlainText() if self._status is ActionStatus.RED else None,
                owner_id=self.owner.currentData(),
                due_at=due_at,
            )
        except ActionProblem:
            self._problem(
                self.tr("This action was changed or removed somewhere else. Nothing was saved."), None
            )
            return
        self._context.services.drafts.clear(self._staff.id, self._draft_key(saved.id))
        self._action = saved
        self.message.setText(self.tr("Saved. Patients see and hear this answer on You said, we did."))
        self.retranslate()
        self.saved.emit(saved)

    def put_on_board(self) -> None:
        """This member of staff has looked at the idea: every patient sees it from now on."""
        if self._action is None:
            return
        try:
            shown = self._context.services.actions.put_on_board(self._action.id, by_id=self._staff.id)
        except ActionProblem:
            self._problem(self.tr("This cannot go on the board from here."), None)
            return
        self._action = shown
        self.retranslate()
        self.message.setText(self.tr("It is on the board now. Every patient can see it."))
        self.saved.emit(shown)

    def _problem(self, text: str, box: QPlainTextEdit | None) -> None:
        self.message.setText(text)
        if box is not None:
            box.setFocus(Qt.FocusReason.OtherFocusReason)

    def _hear(self) -> None:
        """How patients will hear it."""
        parts = [status_words(self._status), self.reply.toPlainText()]
        if self._status is ActionStatus.RED:
            parts.append(self.reason.toPlainText())
        self._context.speaker.say(join_sentences(*parts))

    # --- words --------------------------------------------------------------------------------------
    def source_words(self, action: ActionRecord) -> str:
        who = self.name(action.raised_by_id)
        if action.source is ActionSource.IDEA:
            return self.tr("An idea from {name}").format(name=who) if who else self.tr("An idea")
        if action.source is ActionSource.NOT_HAPPY:
            if who:
                return self.tr("{name} is not happy about this").format(name=who)
            return self.tr("Someone is not happy about this")
        if action.source is ActionSource.SAY_GROUP:
            return (
                self.tr("From a SAY group ({name})").format(name=who) if who else self.tr("From a SAY group")
            )
        return self.tr("Added by staff")

    def _date(self, moment: datetime) -> str:
        local = moment.astimezone()
        day = self._context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "d MMMM yyyy"
        )
        return f"{day} {local:%H:%M}"

    def change_words(self, change: ChangeRecord) -> str:
        who = self.name(change.by_id) or self.tr("someone")
        line = self.tr("{when}: {who} set {colour} ({words}).").format(
            when=self._date(change.at),
            who=who,
            colour=colour_words(change.status),
            words=status_words(change.status),
        )
        if change.reply:
            line += "\n" + self.tr("Reply: {reply}").format(reply=change.reply)
        if change.reason:
            line += "\n" + self.tr("Why not: {reason}").format(reason=change.reason)
        return line

    def _show_history(self) -> None:
        for label in self.history_labels:
            self._history.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.history_labels = []
        if self._action is None:
            return
        for change in reversed(self._context.services.actions.history(self._action.id)):
            label = plain_label(self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setText(self.change_words(change))
            self._history.addWidget(label)
            label.show()
            self.history_labels.append(label)

    def retranslate(self) -> None:
        action = self._action
        self.heading.setText(self.source_words(action) if action else self.tr("Choose an action"))
        self.said.setText(self.tr("You said: {said}").format(said=said_words(action)) if action else "")
        self.said_shown.show_said(
            action.said_symbols if action else (), action.recording_file if action else None
        )
        self.raised.setText(
            self.tr("Raised {raised}. Last changed {changed}.").format(
                raised=self._date(action.raised_at), changed=self._date(action.changed_at)
            )
            if action
            else ""
        )
        off_board = action is not None and not action.on_board
        can_show = off_board and action is not None and action.source is not ActionSource.NOT_HAPPY
        if not off_board:
            self.waiting.clear()
        elif can_show:
            self.waiting.setText(self.tr("Not on the board yet. Patients will see it once you put it there."))
        else:
            self.waiting.setText(
                self.tr("Not on the board. A worry goes there only in agreed words, from Worries.")
            )
        self.waiting.setVisible(off_board)
        self.put_on_board_button.setVisible(can_show)
        self.put_on_board_button.setText(self.tr("Put it on the board"))
        self.put_on_board_button.setAccessibleName(self.put_on_board_button.text())
        self.status_label.setText(self.tr("What is the answer?"))
        for status, button in self.status_buttons.items():
            words = f"{colour_words(status)}\n{status_words(status)}"
            button.set_words(words, join_sentences(colour_words(status), status_words(status)))
            button.setChecked(status is self._status)
        self.reply_label.setText(self.tr("Reply in easy words (people hear it read aloud)"))
        self.reply.setAccessibleName(self.reply_label.text())
        self.reason_label.setText(self.tr("Why we can't do this (needed for Red)"))
        self.reason.setAccessibleName(self.reason_label.text())
        self._show_reason()
        self.owner_label.setText(self.tr("Who is doing it"))
        self.owner.setAccessibleName(self.owner_label.text())
        if self.owner.count():
            self.owner.setItemText(0, self.tr("Nobody yet"))
        self.has_due.setText(self.tr("To be done by"))
        self.due.setAccessibleName(self.tr("Date to be done by"))
        self.save_button.setText(self.tr("Save the answer"))
        self.hear_button.setText(self.tr("Hear it as patients will"))
        for button in (self.save_button, self.hear_button):
            button.setAccessibleName(button.text())
        self.history_heading.setText(self.tr("What has changed"))
        self._show_history()
