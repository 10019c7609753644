"""The staff area's front page: one tile per area, and Sign out. Leaving the app lives here too,
so in kiosk mode only a signed-in staff member can close it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import title_label
from coprod_desktop.ui.screens.staff.areas import StaffArea, available_areas
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class StaffHomeScreen(StaffScreen):
    area_requested = Signal(object)
    """Emits the StaffArea to open."""
    sign_out_requested = Signal()
    leave_requested = Signal()

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._title = title_label(self)
        self._areas = available_areas()
        self.tiles: dict[str, SymbolButton] = {}
        grid = FlowGrid(cell_width=260, cell_height=190)
        for area in self._areas:
            tile = SymbolButton(context.painter, context.speaker, area.symbol, symbol_size=80)
            tile.clicked.connect(lambda _checked=False, a=area: self.area_requested.emit(a))
            self.tiles[area.key] = tile
        grid.set_items(list(self.tiles.values()))
        self.sign_out = SymbolButton(context.painter, context.speaker, "back", symbol_size=48, max_lines=1)
        self.leave = SymbolButton(context.painter, context.speaker, "close", symbol_size=48, max_lines=1)
        for button in (self.sign_out, self.leave):
            button.setMinimumSize(260, 110)
        self.sign_out.clicked.connect(self.sign_out_requested)
        self.leave.clicked.connect(self.leave_requested)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sign_out)
        bottom.addStretch(1)
        bottom.addWidget(self.leave)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(grid, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def areas(self) -> list[StaffArea]:
        return list(self._areas)

    def title(self) -> str:
        return self.tr("Staff area. Signed in as {name}").format(name=self.staff.called)

    def retranslate(self) -> None:
        self._title.setText(self.title())
        for area in self._areas:
            self.tiles[area.key].set_words(area.words())
        self.sign_out.set_words(self.tr("Sign out"))
        self.leave.set_words(self.tr("Close My Say"))
