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


@dataclass(frozen=True)
class DataPaths:
    """Every file the app writes sits under one data folder."""

    root: Path

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
    def lock_file(self) -> Path:
        return self.root / "my-say.lock"

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.store_file}"
