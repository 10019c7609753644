"""The one place that decides where data lives, so tests and staff can redirect it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from coprod_desktop import APP_ID

PROJECT_ROOT = Path(__file__).resolve().parent.parent
ASSETS_DIR = PROJECT_ROOT / "assets"
SYMBOLS_DIR = ASSETS_DIR / "symbols"
AUDIO_DIR = ASSETS_DIR / "audio"
I18N_DIR = PROJECT_ROOT / "i18n"


def default_data_dir() -> Path:
    """The user data folder for this platform (for example ~/.local/share/coprod_desktop)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


REMOVABLE_MEDIA = (Path("/media"), Path("/run/media"))
"""Where Linux desktops mount a camera card or memory stick (/media/<user>/<card>)."""


@dataclass(frozen=True)
class DataPaths:
    """Every file the app writes sits under one data folder."""

    root: Path
    removable_media: tuple[Path, ...] = REMOVABLE_MEDIA
    """Where cards and sticks are mounted, to choose photos from (read, never written)."""

    @property
    def store_file(self) -> Path:
        return self.root / "my-say.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def speech_cache(self) -> Path:
        return self.root / "cache" / "speech"

    @property
    def pictures(self) -> Path:
        return self.root / "pictures"

    @property
    def recordings(self) -> Path:
        """The person's own recorded voice, for topics and saved phrases."""
        return self.root / "recordings"

    @property
    def shares(self) -> Path:
        """Slideshows made to share (PowerPoint and PDF), before staff hand them on."""
        return self.root / "shares"

    @property
    def new_pictures(self) -> Path:
        """Where staff put one person's photos for them to choose in My Say; a picture leaves it once
        it is added, so the next person at the tablet never sees it."""
        return self.root / "new-pictures"

    @property
    def lock_file(self) -> Path:
        return self.root / "my-say.lock"

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.store_file}"


def plugged_in_cards(places: tuple[Path, ...] = REMOVABLE_MEDIA) -> list[Path]:
    """Camera cards and memory sticks mounted now, for choosing photos from."""
    found: list[Path] = []
    for place in places:
        try:
            users = [p for p in place.iterdir() if p.is_dir()]
        except OSError:
            continue
        for user in users:
            try:
                found.extend(card for card in user.iterdir() if card.is_dir())
            except OSError:
                continue
    return found


def picture_sources(paths: DataPaths) -> list[Path]:
    """Where a patient may choose a photo from: the new pictures folder and any card plugged in."""
    return [paths.new_pictures, *plugged_in_cards(paths.removable_media)]
