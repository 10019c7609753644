"""Who are you? The ward's people as big pictures with names; tapping one says the name."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.kit.labels import plain_label
from coprod_desktop.ui.person_picture import person_drawing
from coprod_desktop.ui.screens.screen import Screen, join_sentences, title_label
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.symbol_button import SymbolButton

PICTURE_SIZE = 140


class WhoAreYouScreen(Screen):
    person_chosen = Signal(object)
    """Emits the PersonInfo of whoever was tapped."""
    staff_requested = Signal()

    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._ward: WardInfo | None = None
        self._people: list[PersonInfo] = []
        self._title = title_label(self)
        self._title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty = plain_label(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._grid = FlowGrid(context.painter, context.speaker, cell_width=230, cell_height=240, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self._empty)
        layout.addWidget(self._grid, 1)
        self._credit = title_label(self, role="muted")
        self._credit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.staff = SymbolButton(context.painter, context.speaker, "staff", symbol_size=48, max_lines=1)
        self.staff.setMinimumSize(180, 100)
        self.staff.clicked.connect(self.staff_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.staff)
        bottom.addWidget(self._credit, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Who are you?")

    def spoken_summary(self) -> str:
        if not self._people:
            return join_sentences(self.title(), self._empty.text())
        names = ", ".join(p.called for p in self._people)
        return join_sentences(self.title(), self.tr("Tap your picture"), names)

    def people(self) -> list[PersonInfo]:
        return list(self._people)

    def button_for(self, called: str) -> SymbolButton:
        for item in self._grid.items():
            if isinstance(item, SymbolButton) and item.spoken == called:
                return item
        raise LookupError(called)

    def first_focus(self) -> QWidget | None:
        """The first picture on the page, never Staff: the next person starts with their own face."""
        for item in self._grid.items():
            if item.isVisibleTo(self):
                return item
        return None

    def show_ward(self, ward: WardInfo | None, patients: list[PersonInfo] | None = None) -> None:
        """Shows the ward's patients (staff sign in separately), loading them unless they are given."""
        self._ward = ward
        if patients is None:
            patients = (
                self._context.services.people.on_ward(ward.id, role=Role.PATIENT) if ward is not None else []
            )
        self._people = patients
        ctx = self._context
        buttons: list[QWidget] = []
        for person in self._people:
            button = SymbolButton(ctx.painter, ctx.speaker, None, person.called, symbol_size=PICTURE_SIZE)
            button.set_drawn_picture(person_drawing(ctx.painter, person, ctx.paths.pictures))
            button.setObjectName("person")
            button.clicked.connect(lambda _checked=False, p=person: self.person_chosen.emit(p))
            buttons.append(button)
        self._grid.set_items(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self._title.setText(self.title())
        self._empty.setText(self.tr("Nobody has been added to this ward yet. Please ask a member of staff."))
        self._empty.setVisible(not self._people)
        self._credit.setText(self.tr("Symbols: OpenMoji (CC BY-SA 4.0) and our own drawings"))
        self.staff.set_words(self.tr("Staff"))
