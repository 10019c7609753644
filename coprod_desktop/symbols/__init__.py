"""Symbol catalogue: symbol ids -> picture files and words per language (Qt-free, so services may use it)."""

from coprod_desktop.symbols.catalogue import (
    CATEGORIES,
    SOURCES,
    SymbolCatalogue,
    SymbolEntry,
    openmoji_credit,
)

__all__ = ["CATEGORIES", "SOURCES", "SymbolCatalogue", "SymbolEntry", "openmoji_credit"]
