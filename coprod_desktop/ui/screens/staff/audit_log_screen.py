"""The audit log for staff: who signed in or failed, exports, erasures, restores, settings changes.

A list view over a model, so thousands of events stay quick. Filter by kind and by dates.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.records import AuditRecord, PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen

ALL = "all"
FILTERS: dict[str, tuple[str, set[str] | None]] = {
    ALL: (QT_TRANSLATE_NOOP("AuditFilters", "Everything"), None),
    "sign_ins": (QT_TRANSLATE_NOOP("AuditFilters", "Sign-ins"), {"sign_in", "sign_out"}),
    "failures": (
        QT_TRANSLATE_NOOP("AuditFilters", "Wrong PINs and waits"),
        {"sign_in_failed", "sign_in_refused"},
    ),
    "exports": (QT_TRANSLATE_NOOP("AuditFilters", "Exports"), {"export_made", "share_made"}),
    "erasures": (QT_TRANSLATE_NOOP("AuditFilters", "Erasures"), {"person_erased"}),
    "backups": (
        QT_TRANSLATE_NOOP("AuditFilters", "Backups and restores"),
        {"backup_made", "backup_failed", "store_restored"},
    ),
    "settings": (
        QT_TRANSLATE_NOOP("AuditFilters", "Settings changes"),
        {"settings_changed", "preferences_changed", "pin_set"},
    ),
}
EVENT_WORDS = {
    "sign_in": QT_TRANSLATE_NOOP("AuditEvents", "Signed in"),
    "sign_in_failed": QT_TRANSLATE_NOOP("AuditEvents", "Wrong PIN"),
    "sign_out": QT_TRANSLATE_NOOP("AuditEvents", "Signed out"),
    "sign_in_refused": QT_TRANSLATE_NOOP("AuditEvents", "Sign-in refused while waiting"),
    "pin_set": QT_TRANSLATE_NOOP("AuditEvents", "PIN set"),
    "person_added": QT_TRANSLATE_NOOP("AuditEvents", "Person added"),
    "person_changed": QT_TRANSLATE_NOOP("AuditEvents", "Person changed"),
    "person_archived": QT_TRANSLATE_NOOP("AuditEvents", "Person archived"),
    "person_unarchived": QT_TRANSLATE_NOOP("AuditEvents", "Person brought back"),
    "person_moved": QT_TRANSLATE_NOOP("AuditEvents", "Person moved to another ward"),
    "picture_set": QT_TRANSLATE_NOOP("AuditEvents", "Picture added"),
    "picture_removed": QT_TRANSLATE_NOOP("AuditEvents", "Picture removed"),
    "template_copied": QT_TRANSLATE_NOOP("AuditEvents", "Topic template copied"),
    "template_removed": QT_TRANSLATE_NOOP("AuditEvents", "Topic template removed"),
    "person_erased": QT_TRANSLATE_NOOP("AuditEvents", "Person erased"),
    "preferences_changed": QT_TRANSLATE_NOOP("AuditEvents", "A person's settings changed"),
    "settings_changed": QT_TRANSLATE_NOOP("AuditEvents", "Ward settings changed"),
    "ward_added": QT_TRANSLATE_NOOP("AuditEvents", "Ward added"),
    "ward_renamed": QT_TRANSLATE_NOOP("AuditEvents", "Ward renamed"),
    "ward_archived": QT_TRANSLATE_NOOP("AuditEvents", "Ward archived"),
    "meeting_scheduled": QT_TRANSLATE_NOOP("AuditEvents", "Meeting booked"),
    "meeting_changed": QT_TRANSLATE_NOOP("AuditEvents", "Meeting changed"),
    "meeting_cancelled": QT_TRANSLATE_NOOP("AuditEvents", "Meeting cancelled"),
    "backup_made": QT_TRANSLATE_NOOP("AuditEvents", "Backup made"),
    "backup_failed": QT_TRANSLATE_NOOP("AuditEvents", "Backup failed"),
    "store_restored": QT_TRANSLATE_NOOP("AuditEvents", "Store restored from a backup"),
    "export_made": QT_TRANSLATE_NOOP("AuditEvents", "Export made"),
}


def event_words(kind: str) -> str:
    """The event in words; an unknown kind is shown as it is stored."""
    source = EVENT_WORDS.get(kind)
    return QCoreApplication.translate("AuditEvents", source) if source else kind


class AuditModel(QAbstractTableModel):
    def __init__(self, names: dict[uuid.UUID, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditRecord] = []
        self._names = names

    def set_rows(self, rows: list[AuditRecord]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def _who(self, person_id: uuid.UUID | None) -> str:
        if person_id is None:
            return QCoreApplication.translate("AuditLogScreen", "My Say")
        return self._names.get(person_id) or QCoreApplication.translate(
            "AuditLogScreen", "Someone no longer here"
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        event = self._rows[index.row()]
        if index.column() == 0:
            return event.at.astimezone().strftime("%d/%m/%Y %H:%M")
        if index.column() == 1:
            return event_words(event.kind)
        return self._who(event.actor_id)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        words = (
            QT_TRANSLATE_NOOP("AuditLogScreen", "When"),
            QT_TRANSLATE_NOOP("AuditLogScreen", "What"),
            QT_TRANSLATE_NOOP("AuditLogScreen", "Who"),
        )
        return QCoreApplication.translate("AuditLogScreen", words[section])


class AuditLogScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._title = title_label(self)
        self.kind = QComboBox(self)
        for key in FILTERS:
            self.kind.addItem("", key)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addDays(-30), self)
        self.end = QDateEdit(today, self)
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self._from = QLabel(self)
        self._to = QLabel(self)
        filters = QHBoxLayout()
        filters.setSpacing(16)
        filters.addWidget(self.kind, 2)
        filters.addWidget(self._from)
        filters.addWidget(self.start, 1)
        filters.addWidget(self._to)
        filters.addWidget(self.end, 1)
        self.model = AuditModel(self._names(), self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(56)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.refresh()

    def _names(self) -> dict[uuid.UUID, str]:
        services = self.context.services
        names: dict[uuid.UUID, str] = {}
        for ward in services.wards.active():
            for person in services.people.on_ward(ward.id):
                names[person.id] = person.called
        return names

    def title(self) -> str:
        return self.tr("Audit log")

    def set_filter(self, key: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(key))

    def refresh(self) -> None:
        _words, kinds = FILTERS[self.kind.currentData() or ALL]
        start = datetime.combine(self.start.date().toPython(), time.min).astimezone(UTC)
        end = datetime.combine(self.end.date().toPython() + timedelta(days=1), time.min).astimezone(UTC)
        self.model.set_rows(self.context.services.audit.search(kinds, start, end, limit=5000))

    def retranslate(self) -> None:
        self._title.setText(self.title())
        for index in range(self.kind.count()):
            words, _kinds = FILTERS[self.kind.itemData(index)]
            self.kind.setItemText(index, QCoreApplication.translate("AuditFilters", words))
        self.kind.setAccessibleName(self.tr("Which events"))
        self._from.setText(self.tr("From"))
        self._to.setText(self.tr("To"))
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
