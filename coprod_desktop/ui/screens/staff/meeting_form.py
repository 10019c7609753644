"""The fields of one meeting: what kind (five big symbol buttons), the day, the time, an optional
title and which topics it starts from. Staff type local time; the form hands out aware UTC."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSize, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.meetings import TITLE_MAX, MeetingDetail
from coprod_desktop.services.templates import TemplateInfo
from coprod_desktop.store.kinds import MeetingKind
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.meeting_words import SYMBOLS, kind_words
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.topic_words import template_name
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

KINDS = list(MeetingKind)
FIELD_HEIGHT = 72
DEFAULT_HOUR = 10
KIND_COLUMNS = 3
"""Three across, so long words ("Care and Treatment Review", and the Welsh) fit."""


def to_utc(day: date, at: time) -> datetime:
    """A wall-clock day and time on this computer as aware UTC (summer time is handled by the OS)."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    return moment.astimezone()


class MeetingForm(QWidget):
    changed = Signal()
    """Any field changed by the person using the form (not by :meth:`show_meeting`)."""

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._loading = False
        self.kind_question = title_label(self, role="subtitle")
        self.kind_buttons: dict[MeetingKind, SymbolButton] = {}
        self._kinds = QButtonGroup(self)
        kinds_grid = QGridLayout()
        kinds_grid.setSpacing(12)
        for index, kind in enumerate(KINDS):
            button = SymbolButton(
                context.painter, context.speaker, SYMBOLS[kind], symbol_size=44, max_lines=3
            )
            button.setCheckable(True)
            button.setMinimumSize(190, 150)
            button.clicked.connect(self._user_changed)
            self._kinds.addButton(button)
            self.kind_buttons[kind] = button
            kinds_grid.addWidget(button, index // KIND_COLUMNS, index % KIND_COLUMNS)

        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d MMMM yyyy")
        calendar = self.day.calendarWidget()
        calendar.setMinimumSize(QSize(620, 460))
        calendar.setGridVisible(True)
        self.at = QTimeEdit(self)
        self.at.setDisplayFormat("HH:mm")
        self.title_edit = QLineEdit(self)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.template = QComboBox(self)
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(16)
        for field in (self.day, self.at, self.title_edit, self.template):
            field.setMinimumHeight(FIELD_HEIGHT)
        self.day.setMinimumWidth(300)
        self.at.setMinimumWidth(160)

        self.day.dateChanged.connect(self._user_changed)
        self.at.timeChanged.connect(self._user_changed)
        self.title_edit.textEdited.connect(self._user_changed)
        self.template.activated.connect(self._user_changed)

        self.day_label, self.at_label = QLabel(self), QLabel(self)
        self.title_label, self.template_label = QLabel(self), QLabel(self)
        fields = QGridLayout()
        fields.setHorizontalSpacing(16)
        fields.setVerticalSpacing(8)
        for column, (label, field) in enumerate(((self.day_label, self.day), (self.at_label, self.at))):
            fields.addWidget(label, 0, column)
            fields.addWidget(field, 1, column)
        fields.addWidget(self.title_label, 2, 0, 1, 2)
        fields.addWidget(self.title_edit, 3, 0, 1, 2)
        fields.addWidget(self.template_label, 4, 0, 1, 2)
        fields.addWidget(self.template, 5, 0, 1, 2)
        fields.setColumnStretch(2, 1)
        for label, field in (
            (self.day_label, self.day),
            (self.at_label, self.at),
            (self.title_label, self.title_edit),
            (self.template_label, self.template),
        ):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(field)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.kind_question)
        layout.addLayout(kinds_grid)
        layout.addLayout(fields)
        self._templates: list[TemplateInfo] = []
        self._names: dict[uuid.UUID, str] = {}
        self.retranslate()

    # Values

    def kind(self) -> MeetingKind | None:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return None

    def starts_at(self) -> datetime:
        return to_utc(self.day.date().toPython(), self.at.time().toPython())  # type: ignore[arg-type]

    def title_text(self) -> str | None:
        return self.title_edit.text().strip() or None

    def template_id(self) -> uuid.UUID | None:
        data = self.template.currentData()
        return data if isinstance(data, uuid.UUID) else None

    # Filling in

    def set_templates(self, templates: list[TemplateInfo], names: dict[uuid.UUID, str]) -> None:
        """Templates offered, after "Their usual topics"; `names` gives the names of the people and the
        ward their copies are for."""
        self._templates = templates
        self._names = names
        self._fill_templates(self.template_id())

    def _fill_templates(self, selected: uuid.UUID | None) -> None:
        self._loading = True
        self.template.clear()
        self.template.addItem(self.tr("Their usual topics"), None)
        for template in self._templates:
            self.template.addItem(self.template_words(template), template.id)
        index = self.template.findData(selected) if selected is not None else 0
        self.template.setCurrentIndex(max(index, 0))
        self._loading = False

    def template_words(self, template: TemplateInfo) -> str:
        """`_names` has the names of the ward and its people, by id."""
        if template.is_default:
            return self.tr("Default topics")
        if template.person_id is not None:
            person = self._names.get(template.person_id, "")
            name = template_name(template, person)
            return self.tr("{name} (for {person})").format(name=name, person=person)
        return template_name(template, self._names.get(template.ward_id, "") if template.ward_id else "")

    def show_new(self, now: datetime) -> None:
        """Empty form for a new meeting: no kind chosen yet, tomorrow at 10:00 local time."""
        tomorrow = to_local(now).date() + timedelta(days=1)
        self._show(None, tomorrow, time(DEFAULT_HOUR, 0), None, None)

    def show_meeting(self, meeting: MeetingDetail) -> None:
        local = to_local(meeting.starts_at)
        self._show(meeting.kind, local.date(), local.time(), meeting.title, meeting.template_id)

    def _show(
        self,
        kind: MeetingKind | None,
        day: date,
        at: time,
        title: str | None,
        template_id: uuid.UUID | None,
    ) -> None:
        self._loading = True
        self._kinds.setExclusive(False)
        for each, button in self.kind_buttons.items():
            button.setChecked(each is kind)
        self._kinds.setExclusive(True)
        self.day.setDate(QDate(day.year, day.month, day.day))
        self.at.setTime(QTime(at.hour, at.minute))
        self.title_edit.setText(title or "")
        self._fill_templates(template_id)
        self._loading = False

    def _user_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    def retranslate(self) -> None:
        self.kind_question.setText(self.tr("What kind of meeting?"))
        for kind, button in self.kind_buttons.items():
            button.set_words(kind_words(kind))
        pairs = (
            (self.day_label, self.day, self.tr("Day")),
            (self.at_label, self.at, self.tr("Time")),
            (self.title_label, self.title_edit, self.tr("Title (you can leave this empty)")),
            (self.template_label, self.template, self.tr("Topics to start from")),
        )
        for label, field, words in pairs:
            label.setText(words)
            field.setAccessibleName(words)
        self.day.setLocale(self._context.languages.locale())
        self._fill_templates(self.template_id())
