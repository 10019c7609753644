"""Topics, whose words and states in plain words, and the marks drawn on topic cards."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPixmap

from coprod_desktop.services.templates import COPY_NAME, DEFAULT_NAME, NEW_TOPIC, TemplateInfo, shown_title
from coprod_desktop.store.kinds import TopicState, WhoseWords
from coprod_desktop.ui.done_tick import with_done_tick
from coprod_desktop.ui.symbol_icons import SymbolPainter

if TYPE_CHECKING:
    from coprod_desktop.ui.context import UiContext

DEFAULT_TOPIC_SYMBOL = "idea"


def topic_title(context: UiContext, title: str, symbol_id: str | None) -> str:
    """A topic's title in the reader's language: an untouched default topic ("Feeling safe") shows its
    words in Welsh to a Welsh reader, and so does a new topic staff have not named yet; anything typed
    shows as typed."""
    if (title, symbol_id) == NEW_TOPIC:
        return QCoreApplication.translate("TopicWords", "New topic")
    return shown_title(title, symbol_id, context.languages.current, context.catalogue.label)


def template_name(template: TemplateInfo, owner: str) -> str:
    """A copy's name: the one the app gave it ("Topics for Sam", `owner` being the person or ward) in
    the reader's language; a name staff typed, as typed."""
    if template.name in (DEFAULT_NAME, COPY_NAME.format(name=owner)):
        return QCoreApplication.translate("TopicWords", "Topics for {name}").format(name=owner)
    return template.name


def state_words(state: TopicState) -> str:
    words = {
        TopicState.OPEN: "",
        TopicState.DONE: QCoreApplication.translate("TopicWords", "Done"),
        TopicState.SKIPPED: QCoreApplication.translate("TopicWords", "Skipped"),
    }
    return words[state]


def whose_words(whose: WhoseWords, person: str, staff: str | None) -> str:
    """The label shown beside every piece of text, so whose words they are is never blurred."""
    staff_name = staff or QCoreApplication.translate("TopicWords", "staff")
    if whose is WhoseWords.MINE:
        return QCoreApplication.translate("TopicWords", "{person}'s own words").format(person=person)
    if whose is WhoseWords.STAFF_TYPED:
        return QCoreApplication.translate("TopicWords", "{staff} wrote down what {person} said").format(
            staff=staff_name, person=person
        )
    return QCoreApplication.translate("TopicWords", "Note by {staff}").format(staff=staff_name)


def topic_card_pixmap(
    painter: SymbolPainter, symbol_id: str | None, state: TopicState, size: int, ratio: float = 1.0
) -> QPixmap:
    """The topic's symbol, with a big green tick in a white disc when it is done, so "done" shows
    without reading and without relying on colour alone (the tick's shape says it)."""
    base = painter.pixmap(symbol_id or DEFAULT_TOPIC_SYMBOL, size, ratio)
    return with_done_tick(base) if state is TopicState.DONE else base


def topic_card_drawing(
    painter: SymbolPainter, symbol_id: str | None, state: TopicState
) -> Callable[[int, float], QPixmap]:
    """The topic card's picture at whatever side its tile gives it (SymbolButton.set_drawn_picture)."""
    return lambda side, ratio: topic_card_pixmap(painter, symbol_id, state, side, ratio)
