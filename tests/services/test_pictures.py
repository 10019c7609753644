"""Pictures from staff: real files, including a decompression bomb and a photo cut in half."""

from __future__ import annotations

import json
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image

from coprod_desktop.paths import PROJECT_ROOT
from coprod_desktop.services.pictures import (
    LONG_SIDE,
    PictureProblem,
    ProblemKind,
    import_picture,
    remove_picture,
)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def write_huge_png(path: Path, width: int = 20_000, height: int = 20_000) -> Path:
    """A real, valid 1-bit PNG of width x height, black; about 50 KB, made in a fraction of a second
    without ever holding the picture in memory."""
    compressor = zlib.compressobj(9)
    row = b"\0" * (1 + (width + 7) // 8)
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", pixels) + _chunk(b"IEND", b"")
    )
    return path


def write_photo(path: Path, size: tuple[int, int] = (4000, 3000), orientation: int | None = None) -> Path:
    """A photo-like JPEG with camera metadata, as phones write them."""
    picture = Image.linear_gradient("L").resize(size).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x9286] = "Secret note about Sam"  # UserComment-ish: personal words in metadata
    if orientation:
        exif[0x0112] = orientation
    picture.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


@pytest.fixture
def pictures(tmp_path: Path) -> Path:
    return tmp_path / "data" / "pictures"


def test_a_huge_png_is_refused_at_once_with_its_size_in_plain_words(tmp_path: Path, pictures: Path) -> None:
    huge = write_huge_png(tmp_path / "holiday.png")
    assert huge.stat().st_size < 1_000_000
    started = time.perf_counter()
    with pytest.raises(PictureProblem) as problem:
        import_picture(huge, pictures)
    assert time.perf_counter() - started < 1.0
    assert problem.value.kind is ProblemKind.TOO_BIG
    assert problem.value.size == (20_000, 20_000)
    assert str(problem.value).startswith("This picture is too big (20000 × 20000). Please choose one under")
    assert not pictures.exists() or not any(pictures.iterdir())


def test_refusing_a_huge_png_never_allocates_the_picture(tmp_path: Path) -> None:
    """Measured in a fresh process: its peak memory must barely move (the full picture would be 400 MB
    as 8-bit, 1.2 GB as RGB)."""
    huge = write_huge_png(tmp_path / "huge.png")
    script = f"""
import json, resource, time
from pathlib import Path
from coprod_desktop.services.pictures import PictureProblem, _register_formats, import_picture
_register_formats()  # decoders loaded before measuring, as in a running app
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
try:
    import_picture(Path({str(huge)!r}), Path({str(tmp_path / "out")!r}))
    refused = False
except PictureProblem:
    refused = True
seconds = time.perf_counter() - started
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"refused": refused, "seconds": seconds, "grew_kb": after - before}}))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    )
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    assert measured["refused"]
    assert measured["seconds"] < 1.0
    assert measured["grew_kb"] < 50 * 1024, measured  # Linux reports ru_maxrss in KB


def test_a_picture_just_over_the_pixel_limit_is_refused_too(tmp_path: Path, pictures: Path) -> None:
    with pytest.raises(PictureProblem) as problem:
        import_picture(write_huge_png(tmp_path / "wide.png", 9_000, 5_000), pictures)
    assert problem.value.kind is ProblemKind.TOO_BIG


def test_a_photo_cut_in_half_is_refused_as_damaged(tmp_path: Path, pictures: Path) -> None:
    whole = write_photo(tmp_path / "whole.jpg").read_bytes()
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(whole[: len(whole) // 2])
    started = time.perf_counter()
    with pytest.raises(PictureProblem) as problem:
        import_picture(cut, pictures)
    assert time.perf_counter() - started < 1.0
    assert problem.value.kind is ProblemKind.NOT_A_PICTURE
    assert str(problem.value) == "This file is not a picture we can use, or it is damaged."


@pytest.mark.parametrize("content", [b"", b"hello, not a picture", b"\x89PNG\r\n\x1a\n" + b"\0" * 40])
def test_files_that_are_not_pictures_are_refused(tmp_path: Path, pictures: Path, content: bytes) -> None:
    fake = tmp_path / "fake.png"
    fake.write_bytes(content)
    with pytest.raises(PictureProblem) as problem:
        import_picture(fake, pictures)
    assert problem.value.kind is ProblemKind.NOT_A_PICTURE


def test_a_photo_is_turned_upright_shrunk_stripped_and_renamed(tmp_path: Path, pictures: Path) -> None:
    source = write_photo(tmp_path / "Sam Jones at home.jpg", (4000, 3000), orientation=6)  # turn 90°
    name = import_picture(source, pictures)
    assert Path(name).name == name and name.endswith(".jpg") and len(Path(name).stem) == 32
    assert "Sam" not in name
    assert [p.name for p in pictures.iterdir()] == [name]  # no .partial left over
    with Image.open(pictures / name) as saved:
        assert saved.format == "JPEG"
        assert saved.size == (LONG_SIDE * 3 // 4, LONG_SIDE)  # upright: portrait now
        assert not saved.getexif()
        assert "exif" not in saved.info and "icc_profile" not in saved.info
    assert b"Secret note" not in (pictures / name).read_bytes()
    assert b"PhoneMaker" not in (pictures / name).read_bytes()


def test_a_small_picture_keeps_its_size_and_transparency_stays_png(tmp_path: Path, pictures: Path) -> None:
    source = tmp_path / "badge.png"
    Image.new("RGBA", (300, 200), (255, 0, 0, 128)).save(source)
    name = import_picture(source, pictures)
    assert name.endswith(".png")
    with Image.open(pictures / name) as saved:
        assert saved.size == (300, 200) and saved.mode == "RGBA"


def test_an_opaque_png_becomes_a_jpeg(tmp_path: Path, pictures: Path) -> None:
    source = tmp_path / "screenshot.png"
    Image.new("RGBA", (2048, 1024), (0, 90, 180, 255)).save(source)
    name = import_picture(source, pictures)
    with Image.open(pictures / name) as saved:
        assert saved.format == "JPEG" and saved.size == (LONG_SIDE, LONG_SIDE // 2)


def test_each_import_gets_a_new_name(tmp_path: Path, pictures: Path) -> None:
    source = write_photo(tmp_path / "a.jpg", (200, 200))
    assert import_picture(source, pictures) != import_picture(source, pictures)


def test_remove_picture_only_touches_plain_names_inside_the_folder(tmp_path: Path, pictures: Path) -> None:
    name = import_picture(write_photo(tmp_path / "a.jpg", (200, 200)), pictures)
    outside = tmp_path / "keep.txt"
    outside.write_text("keep")
    remove_picture("../keep.txt", pictures)
    remove_picture(None, pictures)
    assert outside.exists()
    remove_picture(name, pictures)
    assert not (pictures / name).exists()
