"""Command-line options. Kept free of Qt so --help and --version answer instantly."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop import APP_NAME, __version__

LANGUAGE_CHOICES = ("en", "cy")


@dataclass(frozen=True)
class Options:
    data_dir: Path | None
    db_url: str | None
    lang: str | None
    demo: bool
    fullscreen: bool
    kiosk: bool
    speech: bool
    exit_when_ready: bool


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coprod_desktop",
        description=f"{APP_NAME}: patients on secure wards take part in their own care and their ward.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir", type=Path, help="folder for the store, backups and caches (default: user data folder)"
    )
    parser.add_argument(
        "--db-url", help="SQLAlchemy database URL, e.g. postgresql+psycopg://host/mysay (default: SQLite)"
    )
    parser.add_argument("--lang", choices=LANGUAGE_CHOICES, help="language before a person is chosen")
    seed = parser.add_mutually_exclusive_group()
    seed.add_argument("--demo", action="store_true", help="add the made-up demo ward if it is not there")
    seed.add_argument("--empty", action="store_true", help="start without any demo data (the default)")
    parser.add_argument("--fullscreen", action="store_true", help="fill the screen")
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="full screen and locked: only a signed-in staff member can close it",
    )
    parser.add_argument("--no-speech", action="store_true", help="never speak")
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="quit as soon as the first screen is shown and usable (smoke tests, start-up timing)",
    )
    return parser


def parse(argv: list[str] | None = None) -> Options:
    args = build_parser().parse_args(argv)
    return Options(
        data_dir=args.data_dir,
        db_url=args.db_url,
        lang=args.lang,
        demo=args.demo,
        fullscreen=args.fullscreen,
        kiosk=args.kiosk,
        speech=not args.no_speech,
        exit_when_ready=args.exit_when_ready,
    )
