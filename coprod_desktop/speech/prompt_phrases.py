"""Which fixed phrases a patient can hear, in English and Welsh: the list `scripts/render-prompts` turns
into sound files in assets/audio/, and the test that keeps those files in step with the code reads too.

A fixed phrase is a translatable message of a patient screen (the Qt Linguist file holds the English
source and the Welsh translation side by side) or a symbol's label from the symbol manifest. Messages with
a place for a name or number (%1, %n) are not fixed: the engine speaks them. Staff screens are left out:
staff read, and the files would only take room. Qt-free and stdlib only, so the test needs no app.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from pathlib import Path

from coprod_desktop.paths import I18N_DIR, PROJECT_ROOT, SYMBOLS_DIR

LANGUAGES = ("en", "cy")
STAFF_SCREENS = PROJECT_ROOT / "coprod_desktop" / "ui" / "screens" / "staff"
PLACEHOLDER = re.compile(r"%(\d|n|L\d)")
WHITESPACE = re.compile(r"\s+")


def spoken_form(text: str) -> str:
    """The one form used to look a phrase up: whitespace folded, ends trimmed (a label broken over two
    lines on a tile is the same phrase spoken)."""
    return WHITESPACE.sub(" ", text).strip()


def staff_contexts(folder: Path = STAFF_SCREENS) -> set[str]:
    """Class names defined under the staff screens: their messages are for staff only."""
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names.update(node.name for node in ast.walk(tree) if isinstance(node, ast.ClassDef))
    return names


def message_phrases(ts_file: Path, skip_contexts: set[str]) -> dict[str, dict[str, str]]:
    """{language: {English source: phrase}} from a Linguist file whose translations are Welsh. A message
    not yet translated is left out of Welsh (the engine says the English the screen shows)."""
    phrases: dict[str, dict[str, str]] = {language: {} for language in LANGUAGES}
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        if (context.findtext("name") or "") in skip_contexts:
            continue
        for message in context.iter("message"):
            source = spoken_form(message.findtext("source") or "")
            if not source or PLACEHOLDER.search(source) or message.get("numerus") == "yes":
                continue
            phrases["en"][source] = source
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            welsh = spoken_form(translation.text or "")
            if welsh:
                phrases["cy"][source] = welsh
    return phrases


def symbol_phrases(manifest: Path) -> dict[str, list[str]]:
    """Every symbol label, by language: a tile says its symbol's words when it is touched."""
    document = json.loads(manifest.read_text(encoding="utf-8"))
    entries = document["symbols"] if isinstance(document, dict) else document
    found: dict[str, list[str]] = {language: [] for language in LANGUAGES}
    for entry in entries:
        for language in LANGUAGES:
            label = spoken_form(str(entry.get("label", {}).get(language, "")))
            if label:
                found[language].append(label)
    return found


def fixed_phrases(
    ts_file: Path = I18N_DIR / "coprod_cy.ts", manifest: Path = SYMBOLS_DIR / "manifest.json"
) -> dict[str, list[str]]:
    """{language: sorted phrases} a patient can hear, each once."""
    messages = message_phrases(ts_file, staff_contexts())
    symbols = symbol_phrases(manifest)
    return {
        language: _unique(list(messages[language].values()) + symbols[language]) for language in LANGUAGES
    }


def _unique(phrases: Iterable[str]) -> list[str]:
    return sorted(set(phrases))
