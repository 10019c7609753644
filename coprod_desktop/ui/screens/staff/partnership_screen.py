"""Working in partnership: the ward team's own self-check, and how it has gone over time.

The three levels of the partnership model (laying the foundation; identifying and building skills;
working in partnership), each a checklist of practices. The team rates each one Not yet, Starting,
Mostly or Always with four big buttons; a practice can be left unrated. Save records the check (the
form starts from the last one, so only what changed needs a press). Progress shows each level as a
percent of "always" per check, as a bar chart and in words, with a friendly note before the first.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coprod_desktop.services.partnership import (
    PRACTICES,
    RATING_MAX,
    RATING_MIN,
    RATING_WORDS,
    CheckInfo,
    Level,
    PartnershipProblem,
    Practice,
)
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.prem_charts import partnership_chart
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET

SECTION_CHECK, SECTION_PROGRESS = range(2)
CHECKS_LISTED = 6
CHART_HEIGHT = 460

# The service's English words, marked so lupdate finds them (tests check they match the service).
PARTNERSHIP_WORDS = (
    QT_TRANSLATE_NOOP("Partnership", "Laying the foundation"),
    QT_TRANSLATE_NOOP(
        "Partnership", "We tell each person how they can have a say, in a way they understand."
    ),
    QT_TRANSLATE_NOOP("Partnership", "Our notices and letters come in easy words and pictures."),
    QT_TRANSLATE_NOOP("Partnership", "We make time to listen, not only when there is a problem."),
    QT_TRANSLATE_NOOP("Partnership", "We ask each person how they want to take part, including not at all."),
    QT_TRANSLATE_NOOP("Partnership", "We tell people what happened to what they said, even when it is no."),
    QT_TRANSLATE_NOOP("Partnership", "Identifying and building skills"),
    QT_TRANSLATE_NOOP("Partnership", "We find out what each person is good at and what they enjoy."),
    QT_TRANSLATE_NOOP("Partnership", "People can take on a role, such as ward rep or group helper."),
    QT_TRANSLATE_NOOP("Partnership", "People can learn skills for meetings, like speaking up or chairing."),
    QT_TRANSLATE_NOOP("Partnership", "We help people get ready before meetings about their care."),
    QT_TRANSLATE_NOOP("Partnership", "Staff learn with patients, not only about them."),
    QT_TRANSLATE_NOOP("Partnership", "Working in partnership"),
    QT_TRANSLATE_NOOP("Partnership", "Patients help decide how the ward is run."),
    QT_TRANSLATE_NOOP("Partnership", "Each person writes their care plan with us, in their words."),
    QT_TRANSLATE_NOOP("Partnership", "Patients help choose and train new staff."),
    QT_TRANSLATE_NOOP("Partnership", "Patients' views go to the hospital council and come back answered."),
    QT_TRANSLATE_NOOP("Partnership", "We check this list with patients, not only about them."),
    QT_TRANSLATE_NOOP("Partnership", "Not yet"),
    QT_TRANSLATE_NOOP("Partnership", "Starting"),
    QT_TRANSLATE_NOOP("Partnership", "Mostly"),
    QT_TRANSLATE_NOOP("Partnership", "Always"),
)


def words(text: str) -> str:
    """A level title, practice or rating from the service, in the current language."""
    return QCoreApplication.translate("Partnership", text)


class PracticeRow(QFrame):
    """One practice and its four big rating buttons; none pressed means not rated this time."""

    changed = Signal()

    def __init__(self, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.practice = practice
        self.text = plain_label(self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive by hand, so a pressed rating can be taken back
        self.buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(12)
        for value in range(RATING_MIN, RATING_MAX + 1):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setMinimumSize(150, MIN_TARGET)
            button.clicked.connect(lambda checked, v=value: self._pressed(v, checked))
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.text)
        layout.addLayout(row)

    def _pressed(self, value: int, checked: bool) -> None:
        for other, button in self.buttons.items():
            if other != value:
                button.setChecked(False)
        self.buttons[value].setChecked(checked)
        self.changed.emit()

    def value(self) -> int | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: int | None) -> None:
        for other, button in self.buttons.items():
            button.setChecked(other == value)

    def retranslate(self) -> None:
        shown = words(self.practice.text)
        self.text.setText(shown)
        for value, button in self.buttons.items():
            rating = words(RATING_WORDS[value])
            button.setText(rating)
            button.setAccessibleName(
                QCoreApplication.translate("PartnershipScreen", "{practice} {rating}").format(
                    practice=shown, rating=rating
                )
            )


class PartnershipScreen(StaffScreen):
    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._service = context.services.partnership
        self._ward = self.ward_id()
        self._chart: QChart | None = None
        self._title = title_label(self)

        self.section_buttons: list[QPushButton] = []
        sections = QButtonGroup(self)
        sections.setExclusive(True)
        section_row = QHBoxLayout()
        section_row.setSpacing(12)
        for index in range(2):
            button = QPushButton(self)
            button.setCheckable(True)
            button.setMinimumSize(220, MIN_TARGET)
            button.clicked.connect(lambda _c=False, i=index: self.show_section(i))
            sections.addButton(button)
            section_row.addWidget(button)
            self.section_buttons.append(button)
        section_row.addStretch(1)

        # The check.
        check_inner = QWidget()
        self._intro = plain_label(check_inner)
        self.level_headings: dict[str, QLabel] = {}
        self.rows: dict[str, PracticeRow] = {}
        column = QVBoxLayout(check_inner)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(10)
        column.addWidget(self._intro)
        for level in PRACTICES:
            heading = title_label(check_inner, role="subtitle")
            self.level_headings[level.key] = heading
            column.addSpacing(8)
            column.addWidget(heading)
            for practice in level.practices:
                row = PracticeRow(practice, check_inner)
                row.changed.connect(self._edited)
                self.rows[practice.key] = row
                column.addWidget(row)
        self.save = QPushButton(check_inner)
        self.save.setProperty("role", "primary")
        self.save.setMinimumSize(260, MIN_TARGET)
        self.save.clicked.connect(self.save_check)
        self.message = message_label(check_inner)
        save_row = QHBoxLayout()
        save_row.addWidget(self.save)
        save_row.addWidget(self.message, 1)
        column.addLayout(save_row)
        column.addStretch(1)
        self.check_scroll = self._scroll(check_inner)

        # Progress.
        progress_inner = QWidget()
        self._progress_heading = title_label(progress_inner, role="subtitle")
        self.empty = message_label(progress_inner)
        self.chart_view = QChartView(progress_inner)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(CHART_HEIGHT)
        self._list_heading = title_label(progress_inner, role="subtitle")
        self.checks_list = plain_label(progress_inner)
        progress = QVBoxLayout(progress_inner)
        progress.setContentsMargins(0, 0, 12, 0)
        progress.setSpacing(12)
        progress.addWidget(self._progress_heading)
        progress.addWidget(self.empty)
        progress.addWidget(self.chart_view)
        progress.addWidget(self._list_heading)
        progress.addWidget(self.checks_list)
        progress.addStretch(1)

        self.sections = QStackedWidget(self)
        self.sections.addWidget(self.check_scroll)
        self.sections.addWidget(self._scroll(progress_inner))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addLayout(section_row)
        layout.addWidget(self.sections, 1)
        self.setEnabled(self._ward is not None)
        self._start_from_last()
        self.retranslate()
        self.show_section(SECTION_CHECK)

    @staticmethod
    def _scroll(inner: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return scroll

    # --- the check ---------------------------------------------------------------------------------
    def _checks(self) -> list[CheckInfo]:
        return self._service.checks(self._ward) if self._ward else []

    def _draft_key(self) -> str:
        return f"partnership:{self._ward}"

    def _start_from_last(self) -> None:
        """Carries on a check this staff member had started (kept as a draft), else starts from the
        last saved check, so only what changed needs pressing."""
        last = self._service.latest(self._ward) if self._ward else None
        ratings: dict[str, object] = dict(last.ratings) if last else {}
        draft = self.context.services.drafts.get(self.staff.id, self._draft_key()) if self._ward else None
        if draft and isinstance(draft.get("ratings"), dict):
            ratings = draft["ratings"]  # type: ignore[assignment]
        for key, row in self.rows.items():
            value = ratings.get(key)
            row.set_value(value if isinstance(value, int) else None)
        if draft:
            self.message.setText(self.tr("Not saved yet. Press Save this check."))

    def ratings(self) -> dict[str, int]:
        return {key: value for key, row in self.rows.items() if (value := row.value()) is not None}

    def _edited(self) -> None:
        self.message.setText(self.tr("Not saved yet. Press Save this check."))
        if self._ward is not None:
            # Kept as pressed, so signing out (or the app closing) loses nothing.
            self.context.services.drafts.save(self.staff.id, self._draft_key(), {"ratings": self.ratings()})

    def save_check(self) -> None:
        if self._ward is None:
            return
        try:
            check = self._service.record(self._ward, self.ratings(), self.staff.id)
        except PartnershipProblem as problem:
            self.message.setText(str(problem))
            return
        self.context.services.drafts.clear(self.staff.id, self._draft_key())
        percents = check.percents()
        parts = [self._percent_words(level, percents.get(level.key)) for level in PRACTICES]
        self.message.setText(join_sentences(self.tr("Saved. See Progress"), *parts))
        self._show_progress()

    # --- progress ----------------------------------------------------------------------------------
    def show_section(self, index: int) -> None:
        self.section_buttons[index].setChecked(True)
        self.sections.setCurrentIndex(index)
        if index == SECTION_PROGRESS:
            self._show_progress()

    def _day_words(self, moment: datetime) -> str:
        local = moment.astimezone()
        return self.context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "d MMM yyyy"
        )

    def _percent_words(self, level: Level, percent: int | None) -> str:
        title = words(level.title)
        if percent is None:
            return self.tr("{level}: not rated").format(level=title)
        return self.tr("{level}: {percent}%").format(level=title, percent=percent)

    def _show_progress(self) -> None:
        progress = self._service.progress(self._ward) if self._ward else []
        has_checks = bool(progress)
        self.empty.setVisible(not has_checks)
        self.chart_view.setVisible(has_checks)
        self._list_heading.setVisible(has_checks)
        self.checks_list.setVisible(has_checks)
        if not has_checks:
            return
        levels = [(level.key, words(level.title)) for level in PRACTICES]
        chart = partnership_chart(progress, levels, self._day_words, self.tr("Each level, check by check"))
        old, self._chart = self._chart, chart
        self.chart_view.setChart(chart)
        if old is not None:
            old.deleteLater()
        lines = []
        for point in reversed(progress[-CHECKS_LISTED:]):
            parts = [self._percent_words(level, point.percents.get(level.key)) for level in PRACTICES]
            lines.append(self._day_words(point.checked_at) + "\n  " + "\n  ".join(parts))
        self.checks_list.setText("\n\n".join(lines))

    # --- screen ------------------------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.sections.currentIndex() == SECTION_PROGRESS:
            self._show_progress()

    def title(self) -> str:
        return self.tr("Working in partnership")

    def spoken_summary(self) -> str:
        if self.sections.currentIndex() == SECTION_PROGRESS:
            shown = self.checks_list.text() if self.checks_list.isVisible() else self.empty.text()
            return join_sentences(self.title(), self._progress_heading.text(), shown.replace("\n", ". "))
        return join_sentences(self.title(), self._intro.text())

    def retranslate(self) -> None:
        self._title.setText(self.title())
        for button, text in zip(
            self.section_buttons, (self.tr("Check now"), self.tr("Progress")), strict=True
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self._intro.setText(
            self.tr(
                "As a team, rate how often you do each practice. It starts from your last check. Leave a "
                "practice blank if you are not sure. Press Save this check when you are done."
            )
        )
        for level in PRACTICES:
            self.level_headings[level.key].setText(words(level.title))
        for row in self.rows.values():
            row.retranslate()
        self.save.setText(self.tr("Save this check"))
        self.save.setAccessibleName(self.save.text())
        self._progress_heading.setText(self.tr("How each level is going: percent of Always"))
        self.empty.setText(
            self.tr("No checks yet. Rate the practices in Check now and press Save. Progress shows here.")
        )
        self._list_heading.setText(self.tr("The last checks"))
        if self.sections.currentIndex() == SECTION_PROGRESS:
            self._show_progress()
