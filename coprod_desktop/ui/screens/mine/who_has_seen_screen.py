"""Who has seen my things: every copy made of the person's things, in plain words, read aloud.

Each line is a big button that says its sentence. The lines come in pages, never scrolling. "Stop
sharing from now on" asks with big Yes and No first, then says what it did and what it cannot undo.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.sharing_history import (
    ForWhom,
    SharedRecord,
    SharingHistoryService,
    StopResult,
    WhatWent,
)
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.confirm_panel import ConfirmPanel
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PAGE_SIZE = 3
"""Most lines on one page; fewer when big words leave less room (see `_fit`)."""
ROW_HEIGHT = 112
SPACING = 16
SYMBOLS = {
    WhatWent.SLIDES: "slides-file",
    WhatWent.PAPER_COPY: "handout",
    WhatWent.EXPORT: "share",
    WhatWent.COUNCIL_PACK: "recovery-council",
    WhatWent.STOPPED: "stop",
}


class WhoHasSeenScreen(Screen):
    sharing_stopped = Signal()
    """The person stopped sharing: screens showing the wall or their slides may refresh."""

    def __init__(self, context: UiContext, person: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._service = SharingHistoryService(context.services.session_factory, context.clock)
        self._records: list[SharedRecord] = []
        self._page = 0
        self._per_page = PAGE_SIZE
        painter, speaker = context.painter, context.speaker

        self._title = title_label(self)
        self.intro = title_label(self, role="subtitle")
        self.rows: list[SymbolButton] = []
        rows = QVBoxLayout()
        rows.setSpacing(SPACING)
        for _ in range(PAGE_SIZE):
            row = SymbolButton(painter, speaker, None, symbol_size=48, max_lines=2, beside=True)
            row.setMinimumHeight(ROW_HEIGHT)
            row.setMaximumHeight(ROW_HEIGHT + 16)
            self.rows.append(row)
            rows.addWidget(row)
        rows.addStretch(1)

        self.back_page = SymbolButton(painter, speaker, "previous", symbol_size=48, beside=True)
        self.next_page = SymbolButton(painter, speaker, "next", symbol_size=48, beside=True)
        self.page_label = title_label(self, role="subtitle")
        self.stop_button = SymbolButton(painter, speaker, "stop", symbol_size=56, beside=True)
        for button in (self.back_page, self.next_page):
            button.setMinimumSize(240, 100)
            button.setMaximumHeight(120)
        self.stop_button.setMinimumSize(390, 100)
        self.stop_button.setMaximumHeight(120)
        self.back_page.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self._page + 1))
        self.stop_button.clicked.connect(self.ask_to_stop)
        bottom = QHBoxLayout()
        bottom.setSpacing(24)
        bottom.addWidget(self.back_page)
        bottom.addWidget(self.page_label)
        bottom.addWidget(self.next_page)
        bottom.addStretch(1)
        bottom.addWidget(self.stop_button)

        self.confirm = ConfirmPanel(painter, speaker, self)
        self.confirm.no.clicked.connect(self._back_to_list)
        # After stopping, what was done is said in place of the list, until OK.
        self._done = QWidget(self)
        self.done_label = title_label(self._done, role="subtitle")
        self.ok = SymbolButton(painter, speaker, "ok", symbol_size=56, max_lines=1)
        self.ok.setMinimumSize(180, 120)
        self.ok.setMaximumSize(260, 140)
        self.ok.clicked.connect(self._back_to_list)
        done_layout = QVBoxLayout(self._done)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.setSpacing(24)
        done_layout.addWidget(self.done_label)
        done_layout.addWidget(self.ok)
        done_layout.addStretch(1)
        self._done.hide()

        self._list = QWidget(self)
        list_layout = QVBoxLayout(self._list)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(16)
        list_layout.addLayout(rows, 1)
        list_layout.addLayout(bottom)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self.intro)
        layout.addWidget(self._list, 1)
        layout.addWidget(self._done, 1)
        layout.addWidget(self.confirm)
        layout.addStretch(0)
        self.reload()

    # --- the list ---------------------------------------------------------------------------------
    @property
    def records(self) -> list[SharedRecord]:
        return list(self._records)

    @property
    def page(self) -> int:
        return self._page

    def page_count(self) -> int:
        return max(1, -(-len(self._records) // self._per_page))

    def reload(self) -> None:
        self._records = self._service.history_for(self._person.id)
        self.retranslate()
        self.show_page(0, speak=False)

    def show_page(self, page: int, *, speak: bool = True) -> None:
        self._page = min(max(page, 0), self.page_count() - 1)
        first = self._page * self._per_page
        shown = self._records[first : first + self._per_page]
        for index, row in enumerate(self.rows):
            if index < len(shown):
                record = shown[index]
                row.set_symbol(SYMBOLS[record.what])
                row.set_words(self.sentence(record))
                row.show()
            else:
                row.set_words("")
                row.hide()
        paged = self.page_count() > 1
        for widget in (self.back_page, self.next_page, self.page_label):
            widget.setVisible(paged)
        self.back_page.setEnabled(self._page > 0)
        self.next_page.setEnabled(self._page < self.page_count() - 1)
        self.page_label.setText(
            self.tr("Page {page} of {pages}").format(page=self._page + 1, pages=self.page_count())
        )
        if speak:
            self._context.speaker.say(self._page_words())

    def sentences(self) -> list[str]:
        """The lines on this page, as shown and said."""
        return [row.words for row in self.rows if row.isVisibleTo(self)]

    def _page_words(self) -> str:
        parts = self.sentences()
        if self.page_count() > 1:
            parts.insert(0, self.page_label.text())
        return join_sentences(*parts)

    def _fit(self) -> None:
        """As many lines as fit under the words above and over the buttons below: pages never scroll."""
        self.ensurePolished()
        width = self.width() - 64
        above = sum(
            label.heightForWidth(width) for label in (self._title, self.intro) if not label.isHidden()
        )
        below = max(
            max(b.minimumHeight(), b.sizeHint().height())
            for b in (self.back_page, self.next_page, self.stop_button)
        )
        room = self.height() - 32 - above - below - 4 * SPACING
        per_page = max(1, min(PAGE_SIZE, (room + SPACING) // (ROW_HEIGHT + SPACING)))
        if per_page != self._per_page:
            first = self._page * self._per_page
            self._per_page = per_page
            self.show_page(first // per_page, speak=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    # --- stop sharing -----------------------------------------------------------------------------
    def ask_to_stop(self) -> None:
        question = " ".join(
            (
                self.tr("Do you want to stop sharing your things from now on?"),
                self.tr("Copies people already have cannot be taken back."),
            )
        )
        self._list.hide()
        self._done.hide()
        self.confirm.ask(question, self.stop_sharing)
        self._context.speaker.say(join_sentences(question, self.confirm.yes.spoken, self.confirm.no.spoken))

    def _back_to_list(self) -> None:
        self._done.hide()
        self._list.show()
        self.stop_button.setFocus()

    def stop_sharing(self) -> None:
        """The person said Yes: stop, then say what was done in place of the list."""
        result = self._service.stop_sharing(self._person.id, self._person.id)
        self.reload()
        self.done_label.setText(self.done_words(result))
        self._list.hide()
        self._done.show()
        self.ok.setFocus()
        self._context.speaker.say(self.done_label.text())
        self.sharing_stopped.emit()

    def done_words(self, result: StopResult) -> str:
        parts = [self.tr("Done. You stopped sharing from now on.")]
        if result.slides_stopped:
            parts.append(self.tr("Only you can see your slides now."))
        if result.thanks_off_wall:
            parts.append(self.tr("Your thank-yous are off the wall."))
        if result.quotes_stopped:
            parts.append(self.tr("The council will not read out your words."))
        parts.append(self.tr("Copies people already have cannot be taken back."))
        return join_sentences(*parts)

    # --- words ------------------------------------------------------------------------------------
    def _day(self, at: datetime) -> str:
        local = at.astimezone()
        same_year = local.year == self._context.clock().astimezone().year
        return self._context.languages.locale().toString(
            QDate(local.year, local.month, local.day), "d MMMM" if same_year else "d MMMM yyyy"
        )

    def sentence(self, record: SharedRecord) -> str:
        """One short sentence: when, who did it, what, and for whom."""
        day = self._day(record.at)
        who = record.by_name or self.tr("staff")
        family = record.for_whom is ForWhom.FAMILY
        if record.what is WhatWent.SLIDES:
            if family:
                text = self.tr("On {day}, {who} made a copy of your slides for {name}.")
            else:
                text = self.tr("On {day}, {who} made a copy of your slides for your care team.")
        elif record.what is WhatWent.PAPER_COPY:
            if family:
                text = self.tr("On {day}, {who} made a paper copy of your slides for {name}.")
            else:
                text = self.tr("On {day}, {who} made a paper copy of your slides for your care team.")
        elif record.what is WhatWent.COUNCIL_PACK:
            text = self.tr("On {day}, your words went to the council without your name.")
        elif record.what is WhatWent.STOPPED:
            text = self.tr("On {day}, you stopped sharing from then on.")
        elif record.for_whom is ForWhom.CARE_TEAM:
            text = self.tr("On {day}, {who} made a copy of your things for your care team.")
        elif record.for_whom is ForWhom.COUNCIL:
            text = self.tr("On {day}, {who} gave your views to the council without your name.")
        elif record.with_my_name:
            text = self.tr("On {day}, {who} put your things in a copy for the ward team.")
        else:
            text = self.tr("On {day}, {who} put your views in a copy for the ward team, without your name.")
        return text.format(day=day, who=who, name=record.family_name or "")

    # --- screen -----------------------------------------------------------------------------------
    def on_shown(self) -> None:
        self.reload()

    def title(self) -> str:
        return self.tr("Who has seen my things")

    def spoken_summary(self) -> str:
        if self.confirm.isVisible():
            return join_sentences(
                self.title(), self.confirm.question.text(), self.confirm.yes.spoken, self.confirm.no.spoken
            )
        if self._done.isVisible():
            return join_sentences(self.title(), self.done_label.text(), self.ok.spoken)
        return join_sentences(
            self.title(),
            self.intro.text(),
            self._page_words(),
            self.next_page.spoken if self.next_page.isVisible() and self.next_page.isEnabled() else "",
            self.stop_button.spoken,
        )

    def retranslate(self) -> None:
        self._title.setText(self.title())
        if self._records:
            self.intro.setText(self.tr("Here is every copy made of your things. Tap one to hear it."))
        else:
            self.intro.setText(self.tr("Nobody has had a copy of your things."))
        self.back_page.set_words(self.tr("Back a page"))
        self.next_page.set_words(self.tr("Next page"))
        self.stop_button.set_words(self.tr("Stop sharing from now on"))
        self.ok.set_words(self.tr("OK"))
        self.confirm.retranslate()
        if self._records:
            self.show_page(self._page, speak=False)
