"""The app's own words (a SAY group's default topics, the default experience questions, a meeting's
default topics) in a reader's language, for what is made without a screen: exports and reports.

Screens translate these words through Qt; files made by the services read the same translations
from the same source, `i18n/coprod_<language>.ts`, so a Welsh export says "Bwyd" where the Welsh
screen does. Words staff or patients typed are never translated: only our own defaults, known by
their English words (and, for topics, the symbol they came with)."""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ElementTree  # our own translation file, not outside input
from collections.abc import Callable
from functools import cache
from pathlib import Path

from coprod_desktop.paths import I18N_DIR
from coprod_desktop.services.prems import DEFAULT_TEXTS
from coprod_desktop.services.say_groups import DEFAULT_AGENDA
from coprod_desktop.services.templates import DEFAULT_TOPICS

log = logging.getLogger(__name__)

SAY_GROUP_TOPICS = "SayGroupTopics"
"""The translation context of a SAY group's default agenda (ui/widgets/say_view_panel.py)."""
PREM_ITEMS = "PremItems"
"""The translation context of the default experience questions (ui/prem_words.py)."""

_NOT_TRANSLATED = {"unfinished", "obsolete", "vanished"}
SAY_AGENDA = dict(DEFAULT_AGENDA)
MEETING_TOPICS = dict(DEFAULT_TOPICS)


@cache
def _translations(language: str, folder: Path = I18N_DIR) -> dict[tuple[str, str], str]:
    path = folder / f"coprod_{language}.ts"
    if language == "en" or not path.is_file():
        return {}
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        log.warning("could not read %s (%s): files keep the English words", path, error)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in _NOT_TRANSLATED:
                continue
            found[(name, source)] = translation.text
    return found


def translated(language: str, context: str, source: str) -> str:
    """Our English words `source` in `language`, as the screens show them (the English if none)."""
    return _translations(language).get((context, source), source)


class AppWords:
    """Our default words in one reader's language, for one export."""

    def __init__(self, language: str, symbol_label: Callable[[str, str], str] | None = None) -> None:
        """`symbol_label` (symbol id, language -> words, "" for none) names a meeting's default topics
        in the language, as the screens do (SymbolCatalogue.label)."""
        self.language = language
        self._symbol_label = symbol_label

    def topic(self, title: str, symbol_id: str | None = None) -> str:
        """A SAY group's or a meeting's topic: one of our default topics in the reader's language (by
        its English title, and the symbol it came with when that is known); anything else as typed."""
        if self.language == "en":
            return title
        for defaults, context in ((SAY_AGENDA, SAY_GROUP_TOPICS), (MEETING_TOPICS, None)):
            symbol = defaults.get(title)
            if symbol is None or symbol_id not in (None, symbol):
                continue
            words = translated(self.language, context, title) if context else title
            if words == title and self._symbol_label is not None:
                words = self._symbol_label(symbol, self.language) or title
            return words
        return title

    def question(self, text: str) -> str:
        """An experience question: a default question translated, a reworded one as typed."""
        return translated(self.language, PREM_ITEMS, text) if text in DEFAULT_TEXTS else text
