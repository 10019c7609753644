"""Every OpenMoji picture of a Unicode emoji, findable by English and Welsh words, grouped by topic.

Made by scripts/build-symbol-index from the installed package and Unicode CLDR, and read here on the
first search or browse (never at start-up). Its symbols have ids "openmoji:<code>", so a picture found
here is stored, drawn and spoken like any symbol of the manifest.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from coprod_desktop.paths import SYMBOLS_DIR

log = logging.getLogger(__name__)

INDEX_FILE = SYMBOLS_DIR / "openmoji-index.json"
ID_PREFIX = "openmoji:"

UNICODE_GROUPS = {
    "Smileys & Emotion": "feelings",
    "People & Body": "people",
    "Animals & Nature": "nature",
    "Food & Drink": "food",
    "Travel & Places": "places",
    "Activities": "activities",
    "Objects": "things",
    "Symbols": "signs",
    "Flags": "flags",
}
"""Unicode's emoji groups, as the picker's groups. "Component" (hair, skin) is left out."""

GROUPS = tuple(dict.fromkeys(UNICODE_GROUPS.values()))


Square = tuple[float, float, float]
"""Where a picture's ink is: the square (x, y, side) round it in the picture's own units, margin included."""


class IndexRow:
    """One picture: its code, group, per language its name and folded search words, and where its ink is
    (worked out when the index was built, so drawing it for the first time need not look)."""

    __slots__ = ("_ink", "_parts", "code", "group", "names", "words")

    def __init__(
        self,
        code: str,
        group: str,
        names: dict[str, str],
        words: dict[str, str],
        ink: object = None,
    ) -> None:
        self.code = code
        self.group = group
        self.names = names
        self.words = words
        self._ink = ink
        self._parts: dict[str, list[str]] = {}

    @property
    def ink(self) -> Square | None:
        """Where the picture's ink is; checked when asked, not for all 1,800 rows as the index is read."""
        return square(self._ink)

    def parts(self, language: str) -> list[str]:
        parts = self._parts.get(language)
        if parts is None:
            parts = self._parts[language] = self.words.get(language, "").split()
        return parts

    @property
    def symbol_id(self) -> str:
        return ID_PREFIX + self.code


class OpenMojiIndex:
    """The generated index, read once on first use."""

    def __init__(self, path: Path = INDEX_FILE) -> None:
        self._path = path
        self._rows: list[IndexRow] | None = None
        self._by_code: dict[str, IndexRow] = {}

    def rows(self) -> list[IndexRow]:
        if self._rows is None:
            self._rows = []
            try:
                document = json.loads(self._path.read_text(encoding="utf-8"))
                for code, group, en_name, en_words, cy_name, cy_words, *more in document["symbols"]:
                    row = IndexRow(
                        code,
                        group,
                        {"en": en_name, "cy": cy_name},
                        {"en": en_words, "cy": cy_words},
                        more[0] if more else None,
                    )
                    self._rows.append(row)
                    self._by_code[code] = row
            except (OSError, ValueError, KeyError, TypeError) as error:
                log.warning(
                    "The symbol index cannot be read (%s): only the app's own symbols can be found", error
                )
        return self._rows

    def get(self, symbol_id: str) -> IndexRow | None:
        if not symbol_id.startswith(ID_PREFIX):
            return None
        self.rows()
        return self._by_code.get(symbol_id[len(ID_PREFIX) :])

    def in_group(self, group: str) -> list[IndexRow]:
        return [row for row in self.rows() if row.group == group]

    def search(self, query: str, language: str) -> list[tuple[int, IndexRow]]:
        """(rank, row) for rows whose words match the folded `query`: 0 a whole word, 1 a word starting
        with it, 2 inside a word; the chosen language first, English after (rank + 1)."""
        found: list[tuple[int, IndexRow]] = []
        languages = list(dict.fromkeys((language, "en")))
        one_word = " " not in query
        for row in self.rows():
            best: int | None = None
            for language_rank, lang in enumerate(languages):
                words = row.words.get(lang, "")
                if query not in words:
                    continue
                # A first letter matches most rows: the words are looked at as one string, not split.
                kind = _rank_in(query, words) if one_word else _rank(query, row.parts(lang))
                rank = kind * 2 + language_rank
                best = rank if best is None else min(best, rank)
            if best is not None:
                found.append((best, row))
        return found


def square(value: object) -> Square | None:
    """A stored ink square ([x, y, side]), or None when it is missing or not three numbers."""
    if isinstance(value, list) and len(value) == 3 and all(isinstance(v, int | float) for v in value):
        x, y, side = (float(v) for v in value)
        return (x, y, side) if side > 0 else None
    return None


def _rank_in(query: str, words: str) -> int:
    """_rank for a query of one word, on the words joined by spaces (the same answer, much sooner)."""
    spaced = f" {query}"
    if words.startswith(query):
        following = words[len(query) : len(query) + 1]
        if following in ("", " "):
            return 0
    if spaced not in words:
        return 1 if words.startswith(query) else 2
    if f"{spaced} " in words or words.endswith(spaced):
        return 0
    return 1


def _rank(query: str, parts: list[str]) -> int:
    if query in parts:
        return 0
    if any(part.startswith(query) for part in parts):
        return 1
    return 2
