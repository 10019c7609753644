"""Symbols drawn as PNG bytes for shared slideshows, on the GUI thread and from an export's worker."""

from __future__ import annotations

import io
import threading

from PIL import Image
from PySide6.QtWidgets import QApplication

from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.symbol_png import QtSymbolImages, ensure_gui_application


def opened(png: bytes | None) -> Image.Image:
    assert png is not None
    return Image.open(io.BytesIO(png))


def test_svg_symbols_are_drawn_at_the_size_asked(qapp: QApplication) -> None:
    images = QtSymbolImages(SymbolCatalogue.load())
    face = opened(images.png("rating-good", 96))
    assert face.format == "PNG" and face.size == (96, 96)
    colours = face.convert("RGBA").getcolors(96 * 96)
    assert colours is not None and len(colours) > 5  # a drawn face, not an empty square
    assert face.convert("RGBA").getpixel((0, 0))[3] == 0  # the corners stay see-through
    assert opened(images.png("topic-staff", 40)).size == (40, 40)  # one of our own SVG files
    assert images.png("no-such-symbol", 64) is None


def test_glyphs_need_the_gui_thread_and_svgs_do_not(qapp: QApplication) -> None:
    catalogue = SymbolCatalogue.load()
    images = QtSymbolImages(catalogue, SymbolPainter(catalogue))
    assert opened(images.png("play", 64)).size == (64, 64)  # a qtawesome glyph, on the GUI thread
    worker = QtSymbolImages(catalogue, SymbolPainter(catalogue))
    found: dict[str, bytes | None] = {}

    def draw() -> None:
        found["play"] = worker.png("play", 64)
        found["happy"] = worker.png("happy", 64)

    thread = threading.Thread(target=draw)
    thread.start()
    thread.join(timeout=30)
    assert found["play"] is None  # left out rather than drawn unsafely
    assert opened(found["happy"]).size == (64, 64)


def test_the_running_application_is_used(qapp: QApplication) -> None:
    assert ensure_gui_application() is qapp
