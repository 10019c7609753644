"""Share my slides: a PowerPoint or a paper copy (PDF) for each person the owner said may have one.

Only the people chosen in "How I take part" are offered; nobody else can be picked here, and the
service refuses anyone else too. Each copy is made away from the screen's thread and goes in the
audit log; staff hand it on.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.share.share_service import (
    AudienceKind,
    ShareAudience,
    ShareFormat,
    ShareProblem,
    ShareRefused,
    ShareService,
)
from coprod_desktop.ui.alongside import Alongside
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.kit.message_line import MessageLine
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.symbol_png import QtSymbolImages
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class ShareScreen(Screen):
    taking_part_requested = Signal(object)
    """Emits the preparation id: the person wants to choose who may have a copy."""

    def __init__(
        self,
        context: UiContext,
        person: PersonInfo,
        alongside: Alongside,
        preparation_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._person = person
        self._alongside = alongside
        self._preparation_id = preparation_id
        self._jobs = JobRunner(self)
        self.last_file: Path | None = None
        self._service = ShareService(
            context.services.session_factory,
            context.paths,
            QtSymbolImages(context.catalogue, context.painter),
            context.services.clock,
            catalogue=context.catalogue,
        )
        self._audiences = self._service.allowed_audiences(preparation_id)
        painter, speaker = context.painter, context.speaker

        self._title = title_label(self)
        self.intro = plain_label(self)
        self.message = MessageLine(self)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.choose = SymbolButton(painter, speaker, "take-part", symbol_size=48)
        self.choose.setMinimumSize(240, 120)
        self.choose.setMaximumSize(320, 150)
        self.choose.clicked.connect(lambda: self.taking_part_requested.emit(self._preparation_id))
        self.choose.setVisible(not self._audiences)

        body = QWidget()
        rows = QVBoxLayout(body)
        rows.setSpacing(16)
        self.rows: list[tuple[QLabel, SymbolButton, SymbolButton]] = []
        for audience in self._audiences:
            card = QFrame(body)
            card.setProperty("role", "card")
            who = plain_label(card, "subtitle")
            slides = SymbolButton(painter, speaker, "slides-file", symbol_size=48)
            paper = SymbolButton(painter, speaker, "handout", symbol_size=48)
            for button in (slides, paper):
                button.setMinimumSize(200, 120)
                button.setMaximumSize(260, 150)
            slides.clicked.connect(lambda _c=False, a=audience: self.make(a, ShareFormat.PPTX))
            paper.clicked.connect(lambda _c=False, a=audience: self.make(a, ShareFormat.PDF))
            row = QHBoxLayout(card)
            row.setContentsMargins(16, 8, 16, 8)
            row.addWidget(who, 1)
            row.addWidget(slides)
            row.addWidget(paper)
            rows.addWidget(card)
            self.rows.append((who, slides, paper))
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(12)
        layout.addWidget(self._title)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addWidget(self.choose)
        layout.addWidget(scroll, 1)
        self.retranslate()

    @property
    def audiences(self) -> tuple[ShareAudience, ...]:
        return self._audiences

    def make(self, audience: ShareAudience, fmt: ShareFormat) -> None:
        if self._jobs.busy():
            return
        self._tell(self.tr("Making the copy. Please wait."))
        staff = self._alongside.staff
        service, preparation_id = self._service, self._preparation_id
        language = self._context.languages.current
        self._jobs.start(
            lambda: service.share(
                preparation_id, audience, fmt, staff.id if staff else None, language=language
            ),
            lambda path: self._made(audience, path),
            self._failed,
        )

    def wait(self) -> None:
        self._jobs.wait()

    def _made(self, audience: ShareAudience, path: object) -> None:
        assert isinstance(path, Path)
        self.last_file = path
        spoken = self.tr("The copy for {who} is ready. Staff will give it to them.").format(
            who=self._audience_words(audience)
        )
        self.message.setText(f"{spoken}\n{path}")
        self.message.show()
        self._context.speaker.say(spoken)

    def _failed(self, error: object) -> None:
        if isinstance(error, ShareRefused):
            self._tell(self.tr("There is nothing to share yet. Finish a topic first."))
        elif isinstance(error, ShareProblem):
            self._tell(self.tr("The copy could not be saved. Please ask staff to help."))
        else:
            self._tell(self.tr("Something went wrong. Nothing was saved. Please ask staff to help."))

    def _tell(self, words: str) -> None:
        self.message.setText(words)
        self.message.show()
        self._context.speaker.say(words)

    def _audience_words(self, audience: ShareAudience) -> str:
        if audience.kind is AudienceKind.CARE_TEAM:
            return self.tr("My care team")
        return audience.family_name or ""

    def title(self) -> str:
        return self.tr("Share my slides")

    def _intro_words(self) -> str:
        if not self._audiences:
            return self.tr("You have not said anyone can have a copy. You can choose in How I take part.")
        return self.tr("You said these people can have a copy. Choose slides or a paper copy.")

    def spoken_summary(self) -> str:
        return join_sentences(
            self.title(), self._intro_words(), *(who.text() for who, _slides, _paper in self.rows)
        )

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self.intro.setText(self._intro_words())
        self.choose.set_words(self.tr("How I take part"))
        for (who, slides, paper), audience in zip(self.rows, self._audiences, strict=True):
            who.setText(self._audience_words(audience))
            name = self._audience_words(audience)
            slides.set_words(self.tr("Slides"), self.tr("PowerPoint slides for {who}").format(who=name))
            paper.set_words(self.tr("Paper copy"), self.tr("A paper copy for {who}").format(who=name))
