"""Worries: the staff-only queue of "I am not happy about something", not yet triaged first, each
with the person's name. Nothing here reaches patients except an answer to the person who raised it
and, if they chose it, words agreed with them for the board."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.worries import WorryRecord
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.screens.staff.worry_form import WorryForm
from coprod_desktop.ui.widgets.say_view_panel import say_topic_title

WORRY_ROLE = Qt.ItemDataRole.UserRole + 1


class WorriesScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.worries
        self._worries: list[WorryRecord] = []
        self._title = title_label(self)
        self.summary = message_label(self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._chosen)
        self.empty = message_label(self)
        self.form = WorryForm(context, staff, self)
        self.form.saved.connect(self._saved)
        form_inner = QWidget()
        right = QVBoxLayout(form_inner)
        right.setContentsMargins(0, 0, 16, 0)
        right.addWidget(self.form)
        right.addStretch(1)
        self.form_scroll = QScrollArea(self)
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setWidget(form_inner)
        self.form_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left = QVBoxLayout()
        left.addWidget(self.summary)
        left.addWidget(self.list, 1)
        left.addWidget(self.empty)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addLayout(left, 1)
        body.addWidget(self.form_scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(body, 1)
        self.retranslate()
        self.reload()

    def reload(self) -> None:
        ward_id = self.ward_id()
        chosen = self.form.worry.id if self.form.worry else None
        self._worries = self._service.queue(ward_id) if ward_id is not None else []
        self.list.blockSignals(True)
        self.list.clear()
        for worry in self._worries:
            item = QListWidgetItem(self.row_words(worry))
            item.setData(WORRY_ROLE, worry.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.row_words(worry))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._show_counts()
        rows = [w.id for w in self._worries]
        if chosen in rows:
            self.list.setCurrentRow(rows.index(chosen))
        elif rows:
            self.list.setCurrentRow(0)

    def row_words(self, worry: WorryRecord) -> str:
        name = self.form.name(worry.raised_by_id) or self.tr("Someone")
        if not worry.triaged:
            state = self.tr("Not triaged yet")
        elif worry.safeguarding:
            state = self.tr("Safeguarding")
        elif worry.answer is None:
            state = self.tr("Not answered yet")
        else:
            state = self.tr("Answered")
        about = self.tr("About: %1").replace("%1", self.about_words(worry)) + "\n" if worry.about else ""
        return f"{state} · {name} · {self.form.when(worry.raised_at)}\n{about}{worry.words}"

    def about_words(self, worry: WorryRecord) -> str:
        """The SAY group topic the person chose: a default one in the reader's language."""
        language, catalogue = self.context.languages.current, self.context.catalogue
        return say_topic_title(worry.about or "", worry.symbol_id, language, catalogue)

    def worry_ids(self) -> list:  # type: ignore[type-arg]
        return [w.id for w in self._worries]

    def choose_row(self, row: int) -> None:
        self.list.setCurrentRow(row)

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(self._worries):
            self.form.show_worry(self._worries[row])

    def _saved(self, _worry: WorryRecord) -> None:
        self.reload()

    def _show_counts(self) -> None:
        waiting = sum(1 for w in self._worries if not w.triaged)
        self.summary.setText(self.tr("Waiting for triage: {count}").format(count=waiting))
        self.empty.setVisible(not self._worries)
        self.list.setVisible(bool(self._worries))

    def on_shown(self) -> None:
        self.reload()

    def title(self) -> str:
        return self.tr("Worries")

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.list.setAccessibleName(self.tr("Worries, not yet triaged first"))
        self.form_scroll.setAccessibleName(self.tr("The chosen worry"))
        self.empty.setText(self.tr("No worries here. When someone is not happy, it shows here first."))
        self.form.retranslate()
        if self._worries:
            for row, worry in enumerate(self._worries):
                self.list.item(row).setText(self.row_words(worry))
        self._show_counts()
