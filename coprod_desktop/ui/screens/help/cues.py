"""Short cue sounds, found through assets/audio/manifest.json so every cue the app plays is listed."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from coprod_desktop.paths import AUDIO_DIR

HELP_CHIME = "help-chime"


@cache
def _manifest(folder: Path) -> dict[str, str]:
    data = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {cue["id"]: cue["file"] for cue in data["cues"]}


def cue_path(cue_id: str, folder: Path = AUDIO_DIR) -> Path:
    """The WAV file of a cue. Raises KeyError for a cue the manifest does not list."""
    return folder / Path(_manifest(folder)[cue_id]).name
