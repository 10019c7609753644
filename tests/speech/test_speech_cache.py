"""WavCache keys and bounds, on real files."""

from __future__ import annotations

import os
from pathlib import Path

from coprod_desktop.speech.cache import WavCache


def test_each_part_of_the_key_changes_the_file(tmp_path: Path) -> None:
    cache = WavCache(tmp_path)
    base = ("Home", "en", None, 150, "pyttsx3-espeak-ng")
    variants = [
        ("Home ", "en", None, 150, "pyttsx3-espeak-ng"),
        ("Home", "cy", None, 150, "pyttsx3-espeak-ng"),
        ("Home", "en", "gmw/en-gb-x-rp", 150, "pyttsx3-espeak-ng"),
        ("Home", "en", None, 120, "pyttsx3-espeak-ng"),
        ("Home", "en", None, 150, "sapi5"),
    ]
    paths = {cache.path_for(*base)} | {cache.path_for(*v) for v in variants}
    assert len(paths) == 6
    assert cache.path_for(*base) == WavCache(tmp_path).path_for(*base)
    assert all(p.parent == tmp_path and p.suffix == ".wav" for p in paths)


def test_get_needs_a_non_empty_file(tmp_path: Path) -> None:
    cache = WavCache(tmp_path)
    key = ("Help", "en", None, 150, "e")
    assert cache.get(*key) is None
    cache.path_for(*key).write_bytes(b"")
    assert cache.get(*key) is None  # never play a half-made file
    cache.path_for(*key).write_bytes(b"RIFF....")
    assert cache.get(*key) == cache.path_for(*key)


def test_trim_removes_the_oldest_files_first(tmp_path: Path) -> None:
    cache = WavCache(tmp_path, max_bytes=2500)
    for index in range(4):
        path = tmp_path / f"{index}.wav"
        path.write_bytes(b"x" * 1000)
        os.utime(path, ns=(index * 10**9, index * 10**9))

    assert cache.trim() == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2.wav", "3.wav"]
