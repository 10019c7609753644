"""Welsh is complete: every string the code can show has a finished Welsh translation."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import tokenize
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coprod_desktop.paths import I18N_DIR, PROJECT_ROOT

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def lupdate() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(beside_python) if beside_python.exists() else shutil.which("pyside6-lupdate")
    if found is None:
        pytest.fail("pyside6-lupdate is missing: the PySide6 install is incomplete")
    return found


def test_the_welsh_file_lists_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (PROJECT_ROOT / "coprod_desktop").rglob("*.py"))
    subprocess.run(
        [lupdate(), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
        check=True,
    )
    in_code = set(messages(fresh))
    committed = set(messages(I18N_DIR / "coprod_cy.ts"))
    missing = in_code - committed
    assert not missing, f"run scripts/update-translations and translate: {sorted(missing)}"


def test_every_welsh_translation_is_finished_and_keeps_its_placeholders() -> None:
    problems = []
    for (context, source), message in messages(I18N_DIR / "coprod_cy.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if (
            translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
        ):
            problems.append(f"{context}: {source!r} is not translated")
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text or "")):
            problems.append(f"{context}: {source!r} lost a placeholder")
    assert not problems, "\n".join(problems)


INFORMAL = re.compile(
    r"\b(ti|di|dy|wyt|rwyt|arnat|wrthot|atat|ohonot|tithau|dewisa|pwysa|gwasga|cyffyrdda|edrycha|gwranda"
    r"|dyweda|teipia|ysgrifenna|ychwanega|defnyddia|cofia|gofynna|arhosa|tria|ceisia|helpa|dere|tyrd"
    r"|paid|gwna|cymera|rho)\b",
    re.IGNORECASE,
)
"""The informal singular ("ti") forms: "ti", "dy", "wyt" and the commands that go with them."""


def test_the_welsh_speaks_to_a_person_in_one_register() -> None:
    """Formal "chi" throughout, as NHS Wales writes to the public: a screen that says "Dewiswch" and
    then "Pwy wyt ti?" would mix the two. The symbols' Welsh words count too: they show and speak."""
    mixed = [
        f"{context}: {''.join(translation.itertext())!r}"
        for (context, _source), message in messages(I18N_DIR / "coprod_cy.ts").items()
        if (translation := message.find("translation")) is not None
        and INFORMAL.search("".join(translation.itertext()))
    ]
    manifest = json.loads((PROJECT_ROOT / "assets" / "symbols" / "manifest.json").read_text(encoding="utf-8"))
    mixed += [
        f"symbol {item['id']}: {item['label']['cy']!r}"
        for item in manifest["symbols"]
        if INFORMAL.search(item["label"].get("cy", ""))
    ]
    assert not mixed, "informal Welsh in a formal file:\n" + "\n".join(mixed)


def test_no_words_are_translated_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: words translated there are never offered to translators,
    and a Welsh reader hears them in English (it happened to "Hear it, number 2" and "Done")."""
    hidden = []
    for path in sorted((PROJECT_ROOT / "coprod_desktop").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for token in tokens:
            prefix = re.match(r"[A-Za-z]*", token.string)
            f_string = token.type == tokenize.STRING and prefix is not None and "f" in prefix.group().lower()
            if f_string and re.search(r"\b(tr|translate)\(", token.string):
                hidden.append(f"{path.relative_to(PROJECT_ROOT)}:{token.start[0]}")
    assert not hidden, "call tr() outside the f-string: " + ", ".join(hidden)
