"""One picture, one meaning: a person who reads the pictures, not the words, must never meet the same
picture for two different things (the raised hand was both "How I take part" and "I need help")."""

from __future__ import annotations

from collections import defaultdict

import pytest

from coprod_desktop.symbols.catalogue import SymbolCatalogue, SymbolEntry
from coprod_desktop.ui.widgets.symbol_picker import APP_CONTROLS, picker_groups


@pytest.fixture(scope="module")
def catalogue() -> SymbolCatalogue:
    return SymbolCatalogue.load()


def picture(entry: SymbolEntry) -> tuple[str, str]:
    return entry.source, entry.ref


def test_no_two_meanings_share_a_picture(catalogue: SymbolCatalogue) -> None:
    users: dict[tuple[str, str], list[SymbolEntry]] = defaultdict(list)
    for entry in catalogue.entries():
        users[picture(entry)].append(entry)
    clashes = []
    for shared in users.values():
        roots = {entry.same_as or entry.id for entry in shared}
        if len(roots) > 1:
            clashes.append(sorted(entry.id for entry in shared))
    assert not clashes, f"these symbols share a picture but mean different things: {clashes}"


def test_a_same_meaning_link_names_a_symbol_with_the_same_picture(catalogue: SymbolCatalogue) -> None:
    for entry in catalogue.entries():
        if entry.same_as:
            other = catalogue.get(entry.same_as)
            assert other is not None and other.same_as is None, entry.id
            assert picture(other) == picture(entry), entry.id


def test_help_and_taking_part_and_questions_have_pictures_of_their_own(catalogue: SymbolCatalogue) -> None:
    ids = ("help", "take-part", "questions-for-me", "rating-good", "help-me-say-it", "question", "present")
    pictures = [picture(catalogue.get(symbol)) for symbol in ids]  # type: ignore[arg-type]
    assert len(set(pictures)) == len(ids)
    # Languages are words in a bubble, not a country's flag.
    for language in ("language-en", "language-cy"):
        entry = catalogue.get(language)
        assert entry is not None and entry.source == "svg"


def test_the_picker_never_offers_the_apps_own_controls(catalogue: SymbolCatalogue) -> None:
    groups = picker_groups(catalogue)
    assert groups[:6] == ["feelings", "people", "places", "activities", "care", "ward"]
    assert not set(APP_CONTROLS) & set(groups)
    for word in ("home", "back", "help", "next"):
        offered = [e for e in catalogue.search_all(word, "en") if e.category not in APP_CONTROLS]
        assert all(picture(e) != picture(catalogue.get(word)) for e in offered), word  # type: ignore[arg-type]
