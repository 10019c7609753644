"""Sharing a 15-topic slideshow with 30 pictures as PowerPoint and as a PDF handout, against a baseline.

Target: each share (build the slideshow from the store, draw it, write the file atomically, audit) at
most 3 s. The baseline, measured in the same run, is the least any file holding the same content can
cost: the same pictures and words read and written into one zip file. Symbols are drawn by Qt
(offscreen), as the app draws them. The store is generated deterministically in a temp folder; runs
alternate between the three ways so machine noise hits them alike. Prints a table and writes JSON.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image, ImageDraw  # noqa: E402

from coprod_desktop.paths import DataPaths  # noqa: E402
from coprod_desktop.services.meetings import MeetingService  # noqa: E402
from coprod_desktop.services.people import PeopleService  # noqa: E402
from coprod_desktop.services.pictures import import_picture  # noqa: E402
from coprod_desktop.services.preparation import PreparationService  # noqa: E402
from coprod_desktop.services.share.share_service import ShareAudience, ShareFormat, ShareService  # noqa: E402
from coprod_desktop.services.taking_part import TakingPartService  # noqa: E402
from coprod_desktop.services.wards import WardService  # noqa: E402
from coprod_desktop.store.engine import Store, open_store  # noqa: E402
from coprod_desktop.store.kinds import (  # noqa: E402
    MeetingKind,
    PieceKind,
    Presenter,
    Rating,
    Role,
    Sharing,
    TakingPart,
    TopicState,
    WhoseWords,
)
from coprod_desktop.store.migrate import upgrade_to_head  # noqa: E402

TARGET_SECONDS = 3.0
TOPICS = 15
PICTURES_PER_TOPIC = 2
NOW = datetime(2026, 11, 22, 9, tzinfo=UTC)
WORDS = (
    "I feel safe on the ward most days.",
    "The night staff are kind but it is noisy after ten.",
    "Rydw i eisiau mynd allan i'r parc gyda fy nain.",
    "I want more time in the garden and to cook my own tea on Fridays.",
)


def photo(rng: random.Random, path: Path) -> None:
    """A 1600 x 1200 picture with shapes and noise, so it compresses like a photo rather than a flat fill."""
    image = Image.effect_noise((1600, 1200), 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(40):
        x, y = rng.randrange(1500), rng.randrange(1100)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x, y, x + rng.randrange(50, 400), y + rng.randrange(50, 400)), fill=colour)
    image.save(path, quality=90)


def build(folder: Path) -> tuple[Store, DataPaths, uuid.UUID, uuid.UUID]:
    rng = random.Random(20261122)
    paths = DataPaths(folder / "data")
    store = open_store(paths.sqlite_url())
    upgrade_to_head(store, paths.backups)
    factory = store.session_factory

    def clock() -> datetime:
        return NOW

    ward = WardService(factory, clock).add("Benchmark Ward")
    people = PeopleService(factory, clock)
    person = people.add("Llŷr", ward_id=ward.id, picture_symbol="portrait-1")
    staff = people.add("Jo", ward_id=ward.id, role=Role.STAFF)
    meeting = MeetingService(factory, clock).schedule(person.id, MeetingKind.CPA, NOW + timedelta(days=9))
    service = PreparationService(factory, clock)
    preparation = service.for_meeting(person.id, meeting.id)
    topics = list(preparation.topics)
    while len(topics) < TOPICS:
        topics.append(service.add_own_topic(preparation.id, f"My own topic {len(topics) + 1}", "idea"))
    source = folder / "source.jpg"
    for index, topic in enumerate(topics[:TOPICS]):
        service.rate(topic.id, list(Rating)[index % 3])
        service.add_words(topic.id, " ".join(rng.sample(WORDS, 2)), WhoseWords.MINE)
        service.add_words(topic.id, rng.choice(WORDS), WhoseWords.STAFF_TYPED, staff.id)
        service.add_symbol(topic.id, "happy")
        for _ in range(PICTURES_PER_TOPIC):
            photo(rng, source)
            service.add_picture(topic.id, import_picture(source, paths.pictures))
        service.set_state(topic.id, TopicState.DONE)
    TakingPartService(factory, clock).choose(preparation.id, TakingPart.GO, Presenter.ME, Sharing.CARE_TEAM)
    return store, paths, preparation.id, staff.id


def run_share(service: ShareService, preparation_id: uuid.UUID, fmt: ShareFormat, staff: uuid.UUID) -> float:
    began = time.perf_counter()
    service.share(preparation_id, ShareAudience.care_team(), fmt, staff)
    return time.perf_counter() - began


def run_baseline(store: Store, paths: DataPaths, preparation_id: uuid.UUID, out: Path) -> float:
    """The same words and picture files read from the store and written into one zip, stored as they are."""
    began = time.perf_counter()
    record = PreparationService(store.session_factory).get(preparation_id)
    with zipfile.ZipFile(out / f"baseline-{time.perf_counter_ns()}.zip", "w") as archive:
        for topic in record.topics:
            words = [piece.words or "" for piece in topic.pieces if piece.kind is PieceKind.WORDS]
            archive.writestr(f"{topic.position}.txt", "\n".join([topic.title, *words]))
            for piece in topic.pieces:
                if piece.kind is PieceKind.PICTURE and piece.file_name:
                    archive.write(paths.pictures / piece.file_name, piece.file_name)
    return time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "share_export.json")
    args = parser.parse_args()

    from coprod_desktop.symbols.catalogue import SymbolCatalogue
    from coprod_desktop.ui.symbol_png import QtSymbolImages, ensure_gui_application

    app = ensure_gui_application()  # offscreen: no display needed
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        store, paths, preparation_id, staff = build(folder)
        service = ShareService(
            store.session_factory, paths, QtSymbolImages(SymbolCatalogue.load()), lambda: NOW
        )
        out = folder / "baseline"
        out.mkdir()
        times: dict[str, list[float]] = {"pptx": [], "pdf": [], "baseline": []}
        try:
            for _ in range(args.runs):
                times["pptx"].append(run_share(service, preparation_id, ShareFormat.PPTX, staff))
                times["pdf"].append(run_share(service, preparation_id, ShareFormat.PDF, staff))
                times["baseline"].append(run_baseline(store, paths, preparation_id, out))
            sizes = {path.suffix[1:]: path.stat().st_size for path in paths.shares.iterdir()}
        finally:
            store.dispose()
    del app
    medians = {way: statistics.median(seconds) for way, seconds in times.items()}
    result = {
        "benchmark": "share a 15-topic slideshow with 30 pictures: PowerPoint and PDF handout",
        "topics": TOPICS,
        "pictures": TOPICS * PICTURES_PER_TOPIC,
        "runs": args.runs,
        "pptx_seconds": [round(s, 3) for s in times["pptx"]],
        "pdf_seconds": [round(s, 3) for s in times["pdf"]],
        "pptx_median_seconds": round(medians["pptx"], 3),
        "pdf_median_seconds": round(medians["pdf"], 3),
        "baseline_zip_median_seconds": round(medians["baseline"], 3),
        "pptx_ratio_to_baseline": round(medians["pptx"] / medians["baseline"], 1),
        "pdf_ratio_to_baseline": round(medians["pdf"] / medians["baseline"], 1),
        "file_bytes": sizes,
        "target_seconds": TARGET_SECONDS,
        "meets_target": max(medians["pptx"], medians["pdf"]) <= TARGET_SECONDS,
        "python": platform.python_version(),
        "machine": platform.machine(),
    }
    print(f"{'way':<40}{'median s':>10}")
    print(f"{'share as PowerPoint (.pptx)':<40}{medians['pptx']:>10.3f}")
    print(f"{'share as PDF handout':<40}{medians['pdf']:>10.3f}")
    print(f"{'baseline (same words and pictures, zip)':<40}{medians['baseline']:>10.3f}")
    print(
        f"ratios: pptx {result['pptx_ratio_to_baseline']}x, pdf {result['pdf_ratio_to_baseline']}x; "
        f"sizes {sizes}; target {TARGET_SECONDS} s"
    )
    print("meets target" if result["meets_target"] else "MISSES TARGET")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if result["meets_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
