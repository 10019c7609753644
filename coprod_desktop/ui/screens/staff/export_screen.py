"""Export to staff: choose the ward or one person, the dates and what to include, then a folder.

The export runs on a pool thread with a progress bar and a big Cancel; a cancelled or failed export
leaves nothing behind that looks finished (services.export.bundle). Consent is applied by the
service, never here: this screen only asks what staff want. The whole ward needs a ward manager;
anyone signed in may export about one person.
"""

from __future__ import annotations

import threading
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.export.bundle import BundleProblem, BundleProblemKind, ExportCancelled
from coprod_desktop.services.export.runner import ExportResult, export
from coprod_desktop.services.export.sources import Scope, registered
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.staff_roles import ManagerAction, NotAllowed
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.symbol_png import QtSymbolImages
from coprod_desktop.ui.system_window import opens_system_window
from coprod_desktop.ui.widgets.manager_only import manager_only_words

TARGET = 88
"""Every control at least 88 px tall (DESIGN.md section 3)."""


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class ExportJob(QRunnable):
    """Runs one export off the UI thread; progress and the answer come back as queued signals."""

    def __init__(self, work) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.setAutoDelete(False)
        self.signals = _Signals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit)
        except Exception as error:  # shown to staff in plain words
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


def _big(widget: QWidget) -> QWidget:
    widget.setMinimumHeight(TARGET)
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return widget


class ExportScreen(StaffScreen):
    finished = Signal(object)
    """An ExportResult, or the error, once an export has ended."""

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._job: ExportJob | None = None
        self._cancel: threading.Event | None = None
        self._status: tuple[str, object] = ("", None)
        self.folder: Path | None = None
        self.result: ExportResult | None = None

        self._title = title_label(self)
        self._intro = plain_label(self, "muted")
        self._who_label = plain_label(self)
        self.who = _big(QComboBox(self))
        assert isinstance(self.who, QComboBox)
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(12)
        self.who.currentIndexChanged.connect(self._enable)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addYears(-1), self)
        self.end = QDateEdit(today.addMonths(1), self)
        for edit in (self.start, self.end):
            _big(edit)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self._from_label = plain_label(self)
        self._to_label = plain_label(self)
        self._include_label = plain_label(self)
        self.kind_boxes: dict[str, QCheckBox] = {}
        for source in registered():
            box = QCheckBox(self)
            box.setChecked(True)
            box.setMinimumHeight(TARGET)
            box.toggled.connect(self._enable)
            self.kind_boxes[source.kind] = box
        self.council = QCheckBox(self)
        self.council.setMinimumHeight(TARGET)
        self._folder_label = plain_label(self)
        self.folder_words = plain_label(self, "muted")
        self.choose_folder_button = _big(QPushButton(self))
        self.choose_folder_button.clicked.connect(self.choose_folder)
        opens_system_window(self.choose_folder_button)
        self.as_zip = QCheckBox(self)
        self.as_zip.setMinimumHeight(TARGET)
        self.as_zip.toggled.connect(self._enable)
        self._password_label = plain_label(self)
        self.password = _big(QLineEdit(self))
        assert isinstance(self.password, QLineEdit)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.export_button = _big(QPushButton(self))
        self.export_button.setProperty("role", "primary")
        self.export_button.setMinimumSize(320, 96)
        self.export_button.clicked.connect(self.start_export)
        # A button that cannot be pressed yet always says why, beside it.
        self.why_not = QLabel(self)
        self.why_not.setWordWrap(True)
        self.why_not.setProperty("role", "muted")
        self.cancel_button = _big(QPushButton(self))
        self.cancel_button.setMinimumSize(240, 96)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.progress = QProgressBar(self)
        self.progress.setMinimumHeight(40)
        self.progress.setRange(0, 100)
        self.status = message_label(self)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._build_layout()
        self._fill_who()
        self.retranslate()

    def _build_layout(self) -> None:
        form = QWidget()
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 16, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        grid.addWidget(self._who_label, 0, 0)
        grid.addWidget(self.who, 0, 1, 1, 3)
        grid.addWidget(self._from_label, 1, 0)
        grid.addWidget(self.start, 1, 1)
        grid.addWidget(self._to_label, 1, 2)
        grid.addWidget(self.end, 1, 3)
        grid.addWidget(self._include_label, 2, 0, Qt.AlignmentFlag.AlignTop)
        kinds = QVBoxLayout()
        kinds.setSpacing(0)
        for box in self.kind_boxes.values():
            kinds.addWidget(box)
        kinds.addWidget(self.council)
        grid.addLayout(kinds, 2, 1, 1, 3)
        grid.addWidget(self._folder_label, 3, 0)
        grid.addWidget(self.folder_words, 3, 1, 1, 2)
        grid.addWidget(self.choose_folder_button, 3, 3)
        grid.addWidget(self.as_zip, 4, 1, 1, 3)
        grid.addWidget(self._password_label, 5, 0)
        grid.addWidget(self.password, 5, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)

        actions = QHBoxLayout()
        actions.setSpacing(24)
        actions.addWidget(self.export_button)
        actions.addWidget(self.why_not, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # Choices

    def _fill_who(self) -> None:
        services = self.context.services
        self.who.clear()
        ward_id = self.ward_id()
        if ward_id is not None:
            ward = services.wards.get(ward_id)
            self.who.addItem(ward.name if ward else "", ("ward", ward_id))
            for person in services.people.on_ward(ward_id, role=Role.PATIENT):
                self.who.addItem(person.called, ("person", person.id))

    def choose_person(self, person_id: uuid.UUID) -> None:
        index = self.who.findData(("person", person_id))
        if index >= 0:
            self.who.setCurrentIndex(index)

    def scope(self) -> Scope | None:
        data = self.who.currentData()
        if not data:
            return None
        kind, item_id = data
        return Scope.ward(item_id) if kind == "ward" else Scope.person(item_id)

    def set_folder(self, folder: Path | None) -> None:
        self.folder = folder
        self.retranslate()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the export"), str(self.folder or Path.home())
        )
        if chosen:
            self.set_folder(Path(chosen))

    def chosen_kinds(self) -> list[str]:
        return [kind for kind, box in self.kind_boxes.items() if box.isChecked()]

    def busy(self) -> bool:
        return self._job is not None

    # Words

    def title(self) -> str:
        return self.tr("Export to staff")

    def spoken_summary(self) -> str:
        return join_sentences(self.title(), self._intro.text(), self.status.text())

    def on_shown(self) -> None:
        if not self.busy():
            current = self.who.currentData()
            self._fill_who()
            index = self.who.findData(current) if current else -1
            self.who.setCurrentIndex(max(index, 0))
            self.retranslate()

    def kind_words(self, kind: str) -> str:
        words = {
            "person": self.tr("About each person (name, ward, ward rep)"),
            "meeting": self.tr("Meetings"),
            "preferences": self.tr("How each person likes to communicate"),
            "topic": self.tr("What each person wants to say at their meetings"),
            "thank_you": self.tr("Thank-yous (as each author chose)"),
            "action": self.tr("You said, we did (without names)"),
            "say_view": self.tr("SAY group views and minutes (without names)"),
            "prem": self.tr("Experience questions: answers and charts (charts without names)"),
            "council_pack": self.tr("Recovery council packs (without names)"),
            "partnership": self.tr("The team's partnership self-checks"),
        }
        return words.get(kind, kind.replace("_", " ").capitalize())

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "Makes a PDF report, spreadsheet files and a data file. "
                "Only what each person agreed to share goes in: "
                "anything they keep just for themselves never does."
            )
        )
        self._who_label.setText(self.tr("Who is it about?"))
        self.who.setAccessibleName(self.tr("Who is it about? The whole ward, or one person"))
        if self.who.count():
            ward = self.context.services.wards.get(self.who.itemData(0)[1])
            self.who.setItemText(0, self.tr("The whole ward: {ward}").format(ward=ward.name if ward else ""))
        self._from_label.setText(self.tr("From"))
        self._to_label.setText(self.tr("To"))
        self.start.setAccessibleName(self.tr("From this day"))
        self.end.setAccessibleName(self.tr("To this day (included)"))
        self._include_label.setText(self.tr("What to include"))
        for kind, box in self.kind_boxes.items():
            box.setText(self.kind_words(kind))
            box.setAccessibleName(box.text())
        words = self.tr("For the patients' council (no names)")
        self.council.setText(words)
        self.council.setAccessibleName(words)
        self._folder_label.setText(self.tr("Save in"))
        self.folder_words.setText(str(self.folder) if self.folder else self.tr("No folder chosen yet."))
        words = self.tr("Choose folder")
        self.choose_folder_button.setText(words)
        self.choose_folder_button.setAccessibleName(self.tr("Choose the folder to save the export in"))
        words = self.tr("Put it all in one .zip file")
        self.as_zip.setText(words)
        self.as_zip.setAccessibleName(words)
        self._password_label.setText(self.tr("Password (optional)"))
        self.password.setAccessibleName(self.tr("Password for the .zip file (optional)"))
        self.password.setPlaceholderText(self.tr("Leave empty for no password"))
        words = self.tr("Export")
        self.export_button.setText(words)
        self.export_button.setAccessibleName(self.tr("Export now"))
        words = self.tr("Cancel")
        self.cancel_button.setText(words)
        self.cancel_button.setAccessibleName(self.tr("Cancel the export"))
        self.progress.setAccessibleName(self.tr("How much of the export is done"))
        self._show_status()
        self._enable()

    def _enable(self) -> None:
        busy = self.busy()
        scope = self.scope()
        for widget in (self.who, self.start, self.end, self.choose_folder_button, self.as_zip):
            widget.setEnabled(not busy)
        for box in self.kind_boxes.values():
            box.setEnabled(not busy)
        ward_chosen = scope is not None and scope.kind.value == "ward"
        if not ward_chosen:
            self.council.setChecked(False)
        self.council.setEnabled(not busy and ward_chosen)
        self.password.setEnabled(not busy and self.as_zip.isChecked())
        why = self.why_not_yet(busy, scope is not None)
        self.export_button.setEnabled(not why)
        self.why_not.setText(why)
        self.why_not.setVisible(bool(why) and not busy)
        self.export_button.setAccessibleDescription(why)
        self.cancel_button.setEnabled(busy)
        self.progress.setVisible(busy)

    def why_not_yet(self, busy: bool, chosen: bool) -> str:
        """Why Export cannot be pressed yet, in plain words; "" when it can."""
        if busy:
            return self.tr("An export is being made.")
        if not chosen:
            return self.tr("Choose whose export it is first.")
        if self.folder is None:
            return self.tr("Choose a folder to save it in first.")
        if not self.chosen_kinds():
            return self.tr("Tick at least one thing to export first.")
        return ""

    # Export

    def start_export(self) -> None:
        scope = self.scope()
        if self.busy() or scope is None or self.folder is None:
            return
        start, end = self._day(self.start.date()), self._day(self.end.date())
        if end < start:
            self._set_status("bad_dates")
            return
        services = self.context.services
        if scope.kind.value == "ward":
            try:
                services.staff_roles.require(self.staff.id, ManagerAction.EXPORT_WARD, scope.id)
            except NotAllowed:
                self._set_status("not_allowed")
                return
        cancel = threading.Event()
        kinds, folder, actor = self.chosen_kinds(), self.folder, self.staff.id
        password = self.password.text() if self.as_zip.isChecked() else ""
        as_zip, council = self.as_zip.isChecked(), self.council.isChecked()
        language = self.context.languages.current
        session_factory, clock = services.session_factory, services.clock
        data_paths = self.context.paths
        symbols = QtSymbolImages(self.context.catalogue, self.context.painter)

        def work(progress):  # type: ignore[no-untyped-def]
            return export(
                session_factory,
                scope,
                start,
                end,
                kinds,
                folder,
                actor,
                zip_password=password or None,
                as_zip=as_zip,
                council=council,
                language=language if language in ("en", "cy") else "en",
                progress=progress,
                cancel=cancel,
                clock=clock,
                data_paths=data_paths,
                symbol_images=symbols,
            )

        job = ExportJob(work)
        job.signals.progress.connect(self._progressed)
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._job, self._cancel = job, cancel
        self.result = None
        self.progress.setValue(0)
        self._set_status("working")
        self._enable()
        self._pool.start(job)

    @staticmethod
    def _day(value: QDate) -> date:
        return date(value.year(), value.month(), value.day())

    def cancel_export(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._set_status("cancelling")

    def wait(self) -> None:
        """Blocks until a running export ends (tests, and closing the app)."""
        self._pool.waitForDone()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setValue(done * 100 // max(total, 1))

    def _done(self, result: object) -> None:
        assert isinstance(result, ExportResult)
        self._job, self._cancel = None, None
        self.result = result
        self._set_status("done", result)
        self._enable()
        self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit(result)

    def _failed(self, error: object) -> None:
        self._job, self._cancel = None, None
        self._set_status("cancelled" if isinstance(error, ExportCancelled) else "problem", error)
        self._enable()
        self.export_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.finished.emit(error)

    def _set_status(self, key: str, value: object = None) -> None:
        self._status = (key, value)
        self._show_status()

    def _show_status(self) -> None:
        """Kept as a key and value, so a language change re-words the last message too."""
        key, value = self._status
        self.status.setText(self._status_words(key, value))
        self.status.setVisible(bool(self.status.text()))

    def _status_words(self, key: str, value: object) -> str:
        if key == "working":
            return self.tr("Exporting. Please wait, or press Cancel to stop.")
        if key == "cancelling":
            return self.tr("Stopping the export…")
        if key == "cancelled":
            return self.tr("Export stopped. Nothing was saved.")
        if key == "not_allowed":
            return manager_only_words(ManagerAction.EXPORT_WARD)
        if key == "bad_dates":
            return self.tr("The last day is before the first day. Change the dates and try again.")
        if key == "done" and isinstance(value, ExportResult):
            counts = ", ".join(
                self.tr("{what}: {count}").format(what=self.kind_words(kind), count=count)
                for kind, count in value.counts.items()
            )
            return self.tr("Done. The export is saved in:\n{path}\n{counts}").format(
                path=str(value.path), counts=counts
            )
        if key == "problem":
            return self._problem_words(value)
        return ""

    def _problem_words(self, error: object) -> str:
        if isinstance(error, BundleProblem):
            folder = error.place
            if error.kind is BundleProblemKind.FOLDER_MISSING:
                return self.tr(
                    "The folder {folder} is not there. Check the drive or network is connected, "
                    "or choose another folder. Nothing was saved."
                ).format(folder=folder)
            if error.kind is BundleProblemKind.NOT_WRITABLE:
                return self.tr(
                    "My Say is not allowed to save files in {folder}. "
                    "Choose another folder. Nothing was saved."
                ).format(folder=folder)
            if error.kind is BundleProblemKind.DISK_FULL:
                return self.tr(
                    "The disk is full, so the export could not be saved in {folder}. "
                    "Free some space or choose another folder. Nothing was saved."
                ).format(folder=folder)
            detail = error.detail
        else:
            detail = str(error)
        return self.tr("The export did not work. Nothing was saved. Details: {detail}").format(detail=detail)
