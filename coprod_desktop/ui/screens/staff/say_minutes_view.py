"""The minutes of a SAY group, read-only: per topic how many said good, not sure and not good, each
view with whose words they are, and the You said, we did actions made from them.

Built from the group itself (SayGroupService.minutes), so the minutes never disagree with the views.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.say_groups import Minutes, TopicMinutes, ViewInfo
from coprod_desktop.store.kinds import Rating
from coprod_desktop.ui.action_words import said_words, status_words
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.meeting_form import to_local
from coprod_desktop.ui.staff_names import StaffNames
from coprod_desktop.ui.topic_words import whose_words
from coprod_desktop.ui.widgets.rating_scale import rating_words
from coprod_desktop.ui.widgets.say_view_panel import topic_title


def _plain(text: str, parent: QWidget | None = None, role: str = "body") -> QLabel:
    """Minutes staff may copy from: selectable."""
    label = plain_label(parent, role, text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def view_line(
    context: UiContext, view: ViewInfo, staff_name: Callable[[uuid.UUID | None], str | None]
) -> str:
    """One view in a line: who, the face in words, the words with whose they are, symbols, a recording.
    For example: Lee: Not good. "The portions are small" (Jo wrote down what Lee said)."""
    parts = [view.person_name + ":"]
    parts.append(
        rating_words(view.rating) + "."
        if view.rating
        else QCoreApplication.translate("SayMinutesView", "No face chosen.")
    )
    if view.words:
        whose = (
            whose_words(view.whose, view.person_name, staff_name(view.written_by_id)) if view.whose else ""
        )
        parts.append(f"“{view.words}”" + (f" ({whose})" if whose else ""))
    if view.symbols:
        language = context.languages.current
        labels = ", ".join(context.catalogue.label(s, language) or s for s in view.symbols)
        parts.append(
            QCoreApplication.translate("SayMinutesView", "Symbols: {symbols}.").format(symbols=labels)
        )
    if view.recording_file:
        parts.append(QCoreApplication.translate("SayMinutesView", "A recording."))
    return " ".join(parts)


class SayMinutesView(QWidget):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._minutes: Minutes | None = None
        self._staff_name = StaffNames(context.services.people)
        self._heading = title_label(self, role="subtitle")
        self._summary = _plain("", self)
        self._topics = QVBoxLayout()
        self._topics.setSpacing(12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self._heading)
        layout.addWidget(self._summary)
        layout.addLayout(self._topics)
        layout.addStretch(1)
        self.topic_cards: list[QFrame] = []
        self._lines: list[str] = []

    @property
    def minutes(self) -> Minutes | None:
        return self._minutes

    def show_minutes(self, minutes: Minutes | None) -> None:
        self._minutes = minutes
        self.retranslate()

    def text(self) -> str:
        """Everything shown, as plain lines (for reading out and for checking)."""
        return "\n".join(self._lines)

    def day_words(self, minutes: Minutes) -> str:
        local = to_local(minutes.group.started_at)
        day = self._context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "dddd d MMMM yyyy"
        )
        return self.tr("{day} at {time}").format(day=day, time=f"{local:%H:%M}")

    def view_line(self, view: ViewInfo) -> str:
        return view_line(self._context, view, self._staff_name)

    def counts_line(self, topic: TopicMinutes) -> str:
        return self.tr("Good: {good}. Not sure: {not_sure}. Not good: {not_good}.").format(
            good=topic.count(Rating.GOOD),
            not_sure=topic.count(Rating.NOT_SURE),
            not_good=topic.count(Rating.NOT_GOOD),
        )

    def retranslate(self) -> None:
        while self._topics.count():
            item = self._topics.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.topic_cards = []
        self._lines = []
        minutes = self._minutes
        if minutes is None:
            self._heading.setText(self.tr("Choose a group to see its minutes."))
            self._summary.hide()
            self._lines.append(self._heading.text())
            return
        self._heading.setText(self.tr("Minutes: SAY group on {when}").format(when=self.day_words(minutes)))
        summary = [minutes.ward_name]
        if minutes.facilitator_name:
            summary.append(self.tr("Led by {name}.").format(name=minutes.facilitator_name))
        summary.append(self.tr("{count} people gave their views.").format(count=minutes.people))
        if minutes.group.is_open:
            summary.append(self.tr("The group is still on."))
        self._summary.setText(" ".join(s for s in summary if s))
        self._summary.show()
        self._lines += [self._heading.text(), self._summary.text()]
        for topic in minutes.topics:
            card = QFrame(self)
            card.setProperty("role", "card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(16, 10, 16, 10)
            inner.setSpacing(6)
            title = topic_title(self._context, topic.topic)
            lines = [title, self.counts_line(topic)]
            if not topic.views:
                lines.append(self.tr("Nobody gave a view on this."))
            lines += [self.view_line(v) for v in topic.views]
            lines += [
                self.tr("Action: {said}. {status}.").format(said=said_words(a), status=status_words(a.status))
                for a in topic.actions
            ]
            inner.addWidget(_plain(lines[0], card, role="subtitle"))
            for line in lines[1:]:
                inner.addWidget(_plain(line, card))
            self._topics.addWidget(card)
            card.show()  # at once, not on the next turn of the event loop
            self.topic_cards.append(card)
            self._lines += lines
