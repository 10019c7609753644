"""Choosing a symbol: type a word (in the screen's language or English) or browse a category, then
press one of the big symbol buttons. Used by staff to give a topic its picture."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.symbols.catalogue import SymbolCatalogue, SymbolEntry
from coprod_desktop.symbols.openmoji_index import GROUPS as INDEX_GROUPS
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.widgets.flow_grid import SPACING, FlowGrid
from coprod_desktop.ui.widgets.symbol_button import MIN_TARGET, SymbolButton

APP_CONTROLS = ("navigation", "settings")
"""The app's own Back, Next, Home, OK and settings: they work its buttons, so they are not offered as
things to say (a symbol called "Back" beside the bar's Back would be two Backs to a screen reader)."""
FIRST_GROUPS = ("library", "feelings", "people", "places", "activities", "care", "ward")
"""The picker opens on these, in this order: what people on a ward most often want to say."""
MORE = "more:"
"""Prefix of a group of the full OpenMoji index (after our own groups)."""
MAX_RESULTS = 200
"""Search results kept (best first): more than anyone pages through."""
CELL = (170, 150)
FIRST_PAGE = 12
"""Pictures on a page before the picker knows its size."""
FIELD_HEIGHT = MIN_TARGET

CATEGORY_WORDS = {
    "navigation": QT_TRANSLATE_NOOP("SymbolPicker", "Moving around"),
    "people": QT_TRANSLATE_NOOP("SymbolPicker", "People"),
    "feelings": QT_TRANSLATE_NOOP("SymbolPicker", "Feelings"),
    "meetings": QT_TRANSLATE_NOOP("SymbolPicker", "Meetings"),
    "topics": QT_TRANSLATE_NOOP("SymbolPicker", "Topics"),
    "settings": QT_TRANSLATE_NOOP("SymbolPicker", "Settings"),
    "places": QT_TRANSLATE_NOOP("SymbolPicker", "Places"),
    "activities": QT_TRANSLATE_NOOP("SymbolPicker", "Things to do"),
    "food": QT_TRANSLATE_NOOP("SymbolPicker", "Food and drink"),
    "health": QT_TRANSLATE_NOOP("SymbolPicker", "Health"),
    "time": QT_TRANSLATE_NOOP("SymbolPicker", "Time"),
    "things": QT_TRANSLATE_NOOP("SymbolPicker", "Things"),
    "care": QT_TRANSLATE_NOOP("SymbolPicker", "My care"),
    "ward": QT_TRANSLATE_NOOP("SymbolPicker", "The ward"),
    "core": QT_TRANSLATE_NOOP("SymbolPicker", "Little words: I, want, more"),
    "library": QT_TRANSLATE_NOOP("SymbolPicker", "Our ward's pictures"),
}

MORE_WORDS = {
    "feelings": QT_TRANSLATE_NOOP("SymbolPicker", "More faces and feelings"),
    "people": QT_TRANSLATE_NOOP("SymbolPicker", "More people and bodies"),
    "nature": QT_TRANSLATE_NOOP("SymbolPicker", "Animals and nature"),
    "food": QT_TRANSLATE_NOOP("SymbolPicker", "More food and drink"),
    "places": QT_TRANSLATE_NOOP("SymbolPicker", "More places and travel"),
    "activities": QT_TRANSLATE_NOOP("SymbolPicker", "More things to do"),
    "things": QT_TRANSLATE_NOOP("SymbolPicker", "More things"),
    "signs": QT_TRANSLATE_NOOP("SymbolPicker", "Signs and shapes"),
    "flags": QT_TRANSLATE_NOOP("SymbolPicker", "Flags"),
}


def category_words(category: str) -> str:
    source = (
        MORE_WORDS.get(category[len(MORE) :]) if category.startswith(MORE) else CATEGORY_WORDS.get(category)
    )
    return QCoreApplication.translate("SymbolPicker", source) if source else category


def picker_groups(catalogue: SymbolCatalogue) -> list[str]:
    """Our own topical groups first, then the rest of ours, then the whole OpenMoji index by topic."""
    own = [category for category in catalogue.categories() if category not in APP_CONTROLS]
    first = [category for category in FIRST_GROUPS if category in own]
    return first + [c for c in own if c not in first] + [MORE + group for group in INDEX_GROUPS]


class SymbolPicker(QWidget):
    chosen = Signal(str)
    """Emits the symbol id pressed."""

    def __init__(
        self,
        catalogue: SymbolCatalogue,
        painter: SymbolPainter,
        speaker: Speaker,
        language: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._painter = painter
        self._speaker = speaker
        self._language = language
        self.search_label = QLabel(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.category_label = QLabel(self)
        self.category = QComboBox(self)
        for widget in (self.search, self.category):
            widget.setMinimumHeight(FIELD_HEIGHT)
        for label, field in ((self.search_label, self.search), (self.category_label, self.category)):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)  # two lines at big word sizes rather than cut
            label.setBuddy(field)
        self._entries: list[SymbolEntry] = []
        self._starts: list[int] = []
        self._start = 0
        self._page_size = 0
        self.results = FlowGrid(painter, speaker, cell_width=CELL[0], cell_height=CELL[1])
        self.results.setMinimumHeight(170)
        self.empty = QLabel(self)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.hide()
        self.search.textChanged.connect(self._search)
        self.category.activated.connect(self._browse)
        fields = QGridLayout()
        fields.setHorizontalSpacing(16)
        fields.addWidget(self.search_label, 0, 0)
        fields.addWidget(self.search, 1, 0)
        fields.addWidget(self.category_label, 0, 1)
        fields.addWidget(self.category, 1, 1)
        fields.setColumnStretch(0, 3)
        fields.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(fields)
        layout.addWidget(self.empty)
        layout.addWidget(self.results, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Find a picture by a word"))
        self.search.setAccessibleName(self.search_label.text())
        self.category_label.setText(self.tr("Or look in a group"))
        self.category.setAccessibleName(self.category_label.text())
        self.empty.setText(self.tr("No pictures match. Try another word."))
        current = self.category.currentData()
        self.category.clear()
        for category in picker_groups(self._catalogue):
            self.category.addItem(category_words(category), category)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(index, 0))
        self.refresh()

    def refresh(self) -> None:
        """Shows the search results, or the chosen group when the search box is empty."""
        if self.search.text().strip():
            self._search(self.search.text())
        else:
            self._browse()

    def buttons(self) -> list[SymbolButton]:
        return [item for item in self.results.items() if isinstance(item, SymbolButton)]

    def _search(self, word: str) -> None:
        if not word.strip():
            self._browse()
            return
        self._show(self._catalogue.search_all(word, self._language(), limit=MAX_RESULTS))

    def _browse(self, _index: int = 0) -> None:
        category = str(self.category.currentData() or "")
        if category.startswith(MORE):
            self._show(self._catalogue.index_group(category[len(MORE) :]))
        else:
            self._show(self._catalogue.in_category(category) if category else [])

    def _show(self, entries: list[SymbolEntry]) -> None:
        """Results a page at a time: only the buttons on screen are made (a letter typed into a search
        of 1,800 pictures stays instant), with "Pictures before" and "More pictures" as tiles."""
        self._entries = [entry for entry in entries if entry.category not in APP_CONTROLS]
        self._starts = []
        self._start = 0
        self._show_page()

    def _capacity(self) -> int:
        width, height = self.results.width(), self.results.height()
        if width < CELL[0] or height < CELL[1]:
            return FIRST_PAGE
        columns = max(1, (width + SPACING) // (CELL[0] + SPACING))
        rows = max(1, (height + SPACING) // (CELL[1] + SPACING))
        return max(3, columns * rows)

    def _show_page(self) -> None:
        self._page_size = capacity = self._capacity()
        language = self._language()
        start, entries = self._start, self._entries
        room = capacity - (1 if start else 0)
        more = len(entries) - start > room
        room -= 1 if more else 0
        buttons: list[QWidget] = []
        if start:
            before = SymbolButton(self._painter, self._speaker, "previous", symbol_size=56, max_lines=2)
            before.setObjectName("pictures-before")
            before.set_words(self.tr("Pictures before"))
            before.clicked.connect(self._page_before)
            buttons.append(before)
        for entry in entries[start : start + room]:
            words = entry.label(language)
            button = SymbolButton(self._painter, self._speaker, entry.id, words, symbol_size=56, max_lines=2)
            button.clicked.connect(lambda _checked=False, symbol=entry.id: self.chosen.emit(symbol))
            buttons.append(button)
        if more:
            after = SymbolButton(self._painter, self._speaker, "next", symbol_size=56, max_lines=2)
            after.setObjectName("more-pictures")
            after.set_words(self.tr("More pictures"))
            after.clicked.connect(lambda: self._page_after(room))
            buttons.append(after)
        for old in self.results.items():
            old.hide()
            old.deleteLater()
        self.results.set_items(buttons)
        self.empty.setVisible(not entries)

    def _page_after(self, shown: int) -> None:
        self._starts.append(self._start)
        self._start += shown
        self._show_page()
        self._focus_first()

    def _page_before(self) -> None:
        self._start = self._starts.pop() if self._starts else 0
        self._show_page()
        self._focus_first()

    def _focus_first(self) -> None:
        items = self.results.items()
        if items:
            items[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._entries and self._capacity() != self._page_size:
            self._show_page()
