"""The ward's own picture library, as symbols the catalogue can find, draw and say."""

from __future__ import annotations

import uuid
from pathlib import Path

from coprod_desktop.symbols.catalogue import SymbolCatalogue, SymbolEntry
from coprod_desktop.ui.context import UiContext


def library_entries(context: UiContext, ward_id: uuid.UUID) -> tuple[list[SymbolEntry], Path]:
    """Each picture with its word in every language (staff gave one word: it is the picture's name)."""
    entries = [
        SymbolEntry(
            id=picture.symbol_id,
            source="picture",
            ref=picture.file_name,
            labels={"en": picture.word, "cy": picture.word},
            category=picture.group,
        )
        for picture in context.services.ward_pictures.on_ward(ward_id)
    ]
    return entries, context.paths.pictures


def use_ward_library(context: UiContext, catalogue: SymbolCatalogue, ward_id: uuid.UUID) -> None:
    """From now on the catalogue reads this ward's library when it is first needed."""
    catalogue.picture_source = lambda: library_entries(context, ward_id)
    catalogue.reload_pictures()
