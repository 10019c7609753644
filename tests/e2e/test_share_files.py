"""Shared slideshows as other programs meet them: LibreOffice opens the PowerPoint file, the export
command puts slideshows in its bundle, and the app starts without loading python-pptx."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from coprod_desktop.paths import PROJECT_ROOT, DataPaths
from coprod_desktop.services.demo import DEMO_WARD_NAME, seed_demo_ward
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.pictures import import_picture
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.services.share.share_service import ShareAudience, ShareFormat, ShareService
from coprod_desktop.store.engine import Store, open_store
from coprod_desktop.store.kinds import TopicState, WhoseWords
from coprod_desktop.store.migrate import upgrade_to_head
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.symbol_png import QtSymbolImages
from tests.conftest import FixedClock

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
BOTTOM_MARGIN_PT = 24
"""Nothing on a slide may come lower than this above the slide's bottom edge."""


def long_slideshow(store: Store, clock: FixedClock, paths: DataPaths, tmp_path: Path) -> Path:
    """Sam's demo CPA with pictures and words long enough to need continuation slides."""
    factory = store.session_factory
    ward = seed_demo_ward(factory, clock)
    assert ward is not None
    people = {p.called: p for p in PeopleService(factory).on_ward(ward.id)}
    cpa = MeetingService(factory, clock).upcoming(people["Sam"].id)[0]
    service = PreparationService(factory, clock)
    preparation = service.for_meeting(people["Sam"].id, cpa.id)
    first = next(t for t in preparation.topics if t.done)
    for index, size in enumerate([(1024, 768), (400, 1000), (900, 300)]):
        source = tmp_path / f"picture-{index}.jpg"
        Image.new("RGB", size, ("teal", "orange", "purple")[index]).save(source)
        service.add_picture(first.id, import_picture(source, paths.pictures))
    words = "Mae'n ŵyl ŷd ar y ward heddiw, and I want to say so. " * 60
    topic = service.add_own_topic(preparation.id, "Going to college", "topic-future")
    service.add_words(topic.id, words.strip(), WhoseWords.MINE)
    service.set_state(topic.id, TopicState.DONE)
    shares = ShareService(factory, paths, QtSymbolImages(SymbolCatalogue.load()), clock)
    return shares.share(preparation.id, ShareAudience.care_team(), ShareFormat.PPTX, people["Jo"].id)


@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (scripts/setup --for-tests adds it)"
)
def test_libreoffice_opens_the_slideshow_and_nothing_spills_off_a_slide(
    qapp: QApplication, store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    pptx = long_slideshow(store, clock, data_paths, tmp_path)
    slides = list(Presentation(str(pptx)).slides)
    assert any(s.shapes.title.text_frame.text == "Going to college (more)" for s in slides)
    pictures = [s for slide in slides for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) >= 3 + 2 * 2  # the photos, and each topic's symbol and rating face

    out = tmp_path / "converted"
    assert SOFFICE is not None
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}",  # its own, so runs never clash
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(pptx),
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    converted = out / pptx.with_suffix(".pdf").name
    assert converted.is_file(), done.stdout + done.stderr
    reader = PdfReader(converted)
    assert len(reader.pages) == len(slides)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    assert "I feel safe on the ward." in text and "Going to college" in text and "ŵyl ŷd" in text
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width / height - 16 / 9) < 0.01
        assert min(baselines(page)) >= BOTTOM_MARGIN_PT  # no line spilled off the bottom of a slide


def baselines(page) -> list[float]:  # type: ignore[no-untyped-def]
    """How high above the page's bottom edge each piece of text sits, in points."""
    found: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: float) -> None:
        if text.strip():
            found.append(tm[5] * cm[3] + cm[5])

    page.extract_text(visitor_text=visit)
    return found


def export_command(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, str(PROJECT_ROOT / "main.py"), "export", *args],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=PROJECT_ROOT,
        env=env,
        check=False,
    )


@pytest.fixture
def demo_data(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    store = open_store(paths.sqlite_url())
    upgrade_to_head(store, paths.backups)
    seed_demo_ward(store.session_factory)
    store.dispose()
    return paths


def test_the_export_command_draws_symbols_without_a_display(demo_data: DataPaths, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    period = ("--from", "2026-01-01", "--to", "2030-12-31")
    done = export_command(
        "--data-dir", str(demo_data.root), "--ward", DEMO_WARD_NAME, *period, "--out", str(out)
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr and "slideshows 1" in done.stderr
    bundle = Path(done.stdout.strip())
    [pptx] = list(bundle.glob("*-slides-*.pptx"))
    [handout] = list(bundle.glob("*-slides-*.pdf"))
    slides = list(Presentation(str(pptx)).slides)
    assert slides[0].shapes.title.text_frame.text == "Sam"
    symbols = [s for slide in slides[1:] for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert symbols and all(s.image.content_type == "image/png" for s in symbols)  # drawn by Qt, offscreen
    assert sum(len(page.images) for page in PdfReader(handout).pages) >= 2

    council = tmp_path / "council"
    council.mkdir()
    done = export_command(
        "--data-dir",
        str(demo_data.root),
        "--ward",
        DEMO_WARD_NAME,
        *period,
        "--out",
        str(council),
        "--council",
    )
    assert done.returncode == 0, done.stderr
    assert list(Path(done.stdout.strip()).glob("*-slides-*")) == []


def test_the_app_starts_without_loading_python_pptx(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [
            sys.executable, "-X", "importtime", str(PROJECT_ROOT / "main.py"),
            "--data-dir", str(tmp_path / "data"), "--demo", "--no-speech", "--exit-when-ready",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    imported = [
        line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "import time:" in line
    ]
    assert "coprod_desktop.ui.main_window" in imported or "coprod_desktop.app" in imported
    assert not [name for name in imported if name == "pptx" or name.startswith("pptx.")]
