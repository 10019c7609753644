"""The ward's picture library on a real SQLite file with real photos: checked on the way in, kept
as our own copy, found by the catalogue as symbols, and gone (file and row) when removed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from coprod_desktop.services.pictures import PictureProblem
from coprod_desktop.services.ward_pictures import WardPictureProblem, WardPictureService, picture_uuid
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.symbols.catalogue import LIBRARY, SymbolCatalogue, SymbolEntry
from tests.conftest import FixedClock


def photo(path: Path, colour: str = "green", size: tuple[int, int] = (800, 600)) -> Path:
    image = Image.new("RGB", size, colour)
    image.save(path, "JPEG", exif=b"Exif\x00\x00secret-camera-owner")
    return path


@pytest.fixture
def pictures_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "pictures"
    folder.mkdir()
    return folder


def test_a_checked_photo_is_added_found_changed_and_removed(
    store: Store, clock: FixedClock, tmp_path: Path, pictures_dir: Path
) -> None:
    ward = WardService(store.session_factory, clock).add("Oak")
    service = WardPictureService(store.session_factory, clock)
    source = photo(tmp_path / "IMG_0042 garden by the fence.jpg")
    added = service.add(ward.id, source, "  Our garden ", "places", pictures_dir, by_id=ward.id)
    assert added.word == "Our garden" and added.group == "places"
    kept = pictures_dir / added.file_name
    assert kept.is_file() and kept.name != source.name  # our own copy, never the chosen file's name
    assert b"secret-camera-owner" not in kept.read_bytes()  # no metadata survives
    assert picture_uuid(added.symbol_id) == added.id
    assert [p.id for p in service.on_ward(ward.id)] == [added.id]

    changed = service.change(added.id, "The garden", "ward", by_id=ward.id)
    assert changed.word == "The garden" and changed.group == "ward"
    with pytest.raises(WardPictureProblem):
        service.change(added.id, "   ", "ward", by_id=ward.id)
    with pytest.raises(WardPictureProblem):
        service.change(added.id, "Garden", "not-a-group", by_id=ward.id)

    service.remove(added.id, pictures_dir, by_id=ward.id)
    assert service.on_ward(ward.id) == [] and not kept.exists()


def test_a_broken_photo_or_no_word_leaves_nothing(
    store: Store, clock: FixedClock, tmp_path: Path, pictures_dir: Path
) -> None:
    ward = WardService(store.session_factory, clock).add("Oak")
    service = WardPictureService(store.session_factory, clock)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    with pytest.raises(PictureProblem):
        service.add(ward.id, broken, "Garden", "places", pictures_dir, by_id=ward.id)
    with pytest.raises(WardPictureProblem):
        service.add(ward.id, photo(tmp_path / "a.jpg"), "  ", "places", pictures_dir, by_id=ward.id)
    assert service.on_ward(ward.id) == [] and list(pictures_dir.iterdir()) == []


def test_the_catalogue_reads_the_library_when_first_needed(tmp_path: Path) -> None:
    catalogue = SymbolCatalogue.load()
    reads: list[int] = []

    def source() -> tuple[list[SymbolEntry], Path]:
        reads.append(1)
        entry = SymbolEntry("picture:1234", "picture", "garden.jpg", {"en": "Our garden"}, "places")
        return [entry], tmp_path

    catalogue.picture_source = source
    assert reads == []  # nothing read until a picker or a picture needs it
    assert catalogue.categories()[0] == LIBRARY and reads == [1]
    assert catalogue.in_category("places")[0].id == "picture:1234"  # first in its own group too
    assert catalogue.search("our garden", "cy")[0].id == "picture:1234"  # one word, every language
    assert catalogue.picture_path("picture:1234") == tmp_path / "garden.jpg"
    catalogue.reload_pictures()
    catalogue.get("picture:1234")
    assert reads == [1, 1]
