"""My view on one SAY group topic: the topic, three faces, words, symbols and my voice, and a big
Finished. Nothing is added until the person changes something, and each change saves at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.say_groups import GroupTopicInfo
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.topic_words import DEFAULT_TOPIC_SYMBOL
from coprod_desktop.ui.widgets.record_panel import RecorderSource
from coprod_desktop.ui.widgets.say_view_panel import SayViewPanel, topic_title
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class SayViewScreen(Screen):
    finished = Signal()
    """The person pressed Finished: back to the group's topics."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        topic: GroupTopicInfo,
        parent: QWidget | None = None,
        *,
        recorder: RecorderSource = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._topic = topic
        painter, speaker = context.painter, context.speaker

        self._symbol = QLabel(self)
        self._symbol.setObjectName("symbol")
        self._symbol.setPixmap(painter.pixmap(topic.symbol_id or DEFAULT_TOPIC_SYMBOL, 72))
        self._title = title_label(self)
        self._before = title_label(self, role="subtitle")
        self.panel = SayViewPanel(
            context, person, alongside, topic, recorder=recorder, parent=self, show_question=False
        )
        # Said as the view opens; once this new view is started, its room goes to what is said.
        self.panel.changed.connect(lambda _view: self._before.hide())
        # Pictures, words and my voice ask their own question: the header's steps aside for them.
        self.panel.pages.currentChanged.connect(self._page_changed)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self._title)
        heading.addWidget(self.panel.question)
        heading.addWidget(self._before)
        # The words beside the tick: two whole lines fit its height at every word size.
        self.done = SymbolButton(painter, speaker, "done", symbol_size=48, max_lines=2, beside=True)
        self.done.setObjectName("say-finished")
        self.done.setMinimumSize(240, 100)
        self.done.setMaximumSize(300, 120)
        self.done.clicked.connect(self.finish)
        header = QHBoxLayout()
        header.setSpacing(12)
        header.addWidget(self._symbol)
        header.addLayout(heading, 1)
        header.addWidget(self.done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.panel, 1)
        self._earlier = self._count_earlier()
        self.retranslate()

    @property
    def topic(self) -> GroupTopicInfo:
        return self._topic

    def _count_earlier(self) -> int:
        """Views this person gave on the topic before: this one is new, and they are all kept."""
        ward_id = self._person.ward_id
        group = self._context.services.say_groups.open_group(ward_id) if ward_id is not None else None
        if group is None:
            return 0
        mine = self._context.services.say_groups.views_by(group.id, self._person.id)
        return len(mine.get(self._topic.id, []))

    def finish(self) -> None:
        self.panel.remove_if_empty()
        view = self.panel.view
        if view is not None and not view.is_empty:
            self._context.speaker.say(self.tr("Thank you. Your view is saved."))
        self.finished.emit()

    def _page_changed(self, _index: int) -> None:
        on_view = self.panel.pages.on_own_page
        self.panel.question.setVisible(on_view)
        self._before.setVisible(on_view and bool(self._earlier) and self.panel.view is None)

    def back_a_step(self) -> bool:
        """From adding words, symbols or my voice back to my view; then Back leaves the topic."""
        return self.panel.back_a_step()

    def on_shown(self) -> None:
        if not self.panel.closed and not self.panel.group_is_open():
            self.panel.say_message(
                self.tr("The SAY group has finished. Thank you. Your views can go to the next one.")
            )

    def title(self) -> str:
        return topic_title(self._context, self._topic)

    def spoken_summary(self) -> str:
        before = self._before.text() if self._before.isVisibleTo(self) else ""
        return join_sentences(self.title(), before, self.panel.spoken_summary())

    def retranslate(self) -> None:
        self._title.setText(self.title())
        if self._earlier:
            self._before.setText(self.tr("You gave a view on this before. This is a new one."))
        else:
            self._before.setText("")
        self._before.setVisible(bool(self._earlier) and self.panel.view is None)
        self.done.set_words(self.tr("Finished"), self.tr("I have finished. Save my view."))
        self.panel.retranslate()
