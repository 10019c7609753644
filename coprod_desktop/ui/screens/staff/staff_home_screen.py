"""The staff area's front page: anyone waiting for help, one tile per area, and Sign out. Leaving the
app lives here too, so in kiosk mode only a signed-in staff member can close it.

A tile that needs a ward manager stays visible to ward staff: choosing it says kindly who can, and
the try is written to the audit log."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.staff_roles import NotAllowed
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.screen import join_sentences, title_label
from coprod_desktop.ui.screens.staff.areas import StaffArea, available_areas
from coprod_desktop.ui.screens.staff.staff_screen import StaffScreen, message_label
from coprod_desktop.ui.widgets.flow_grid import FlowGrid
from coprod_desktop.ui.widgets.help_banner import HelpBanner
from coprod_desktop.ui.widgets.manager_only import manager_only_words
from coprod_desktop.ui.widgets.symbol_button import SymbolButton


class StaffHomeScreen(StaffScreen):
    area_requested = Signal(object)
    """Emits the StaffArea to open."""
    sign_out_requested = Signal()
    leave_requested = Signal()

    def __init__(self, context: UiContext, staff: PersonInfo, parent: QWidget | None = None) -> None:
        super().__init__(context, staff, parent)
        self._title = title_label(self)
        self.help_banner = HelpBanner(context, staff, self.ward_id(), self)
        self.message = message_label(self)
        self._refusal: NotAllowed | None = None
        self._areas = available_areas()
        self.tiles: dict[str, SymbolButton] = {}
        grid = FlowGrid(context.painter, context.speaker, cell_width=250, cell_height=150)
        for area in self._areas:
            tile = SymbolButton(context.painter, context.speaker, area.symbol, symbol_size=80)
            tile.clicked.connect(lambda _checked=False, a=area: self.choose_area(a))
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
        layout.addWidget(self.help_banner)
        layout.addWidget(self.message)
        layout.addWidget(grid, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def areas(self) -> list[StaffArea]:
        return list(self._areas)

    def choose_area(self, area: StaffArea) -> None:
        """Opens the area, unless it needs a ward manager and the signed-in role is not one."""
        self._refusal = None
        if area.needs_manager is not None:
            try:
                self.context.services.staff_roles.require(self.staff.id, area.needs_manager)
            except NotAllowed as refused:
                self._refusal = refused
                self._show_message()
                self.context.speaker.say(self.message.text())
                return
        self._show_message()
        self.area_requested.emit(area)

    def on_shown(self) -> None:
        self.help_banner.refresh()

    def title(self) -> str:
        if self.staff.is_manager:
            return self.tr("Staff area. Signed in as {name}, ward manager").format(name=self.staff.called)
        return self.tr("Staff area. Signed in as {name}").format(name=self.staff.called)

    def spoken_summary(self) -> str:
        banner = [row.words.text() for row in self.help_banner.rows]
        return join_sentences(self.title(), *banner, self.message.text())

    def _show_message(self) -> None:
        self.message.setText(manager_only_words(self._refusal.action) if self._refusal else "")
        self.message.setVisible(bool(self.message.text()))

    def retranslate(self) -> None:
        self._title.setText(self.title())
        for area in self._areas:
            self.tiles[area.key].set_words(area.words())
        self.sign_out.set_words(self.tr("Sign out"))
        self.leave.set_words(self.tr("Close My Say"))
        self._show_message()
