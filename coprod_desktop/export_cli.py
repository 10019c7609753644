"""`python main.py export ...`: the staff export without a screen, for a scheduled task.

Same consent rules, files and audit entry as the Export screen (both call services.export.runner);
with --council, the disclosure rule too (services.disclosure, as the council pack).
Prints the bundle's path and exits 0; exits 2 when the request itself is wrong (no such ward or
person, bad dates) and 1 when the export could not be written or the store could not be opened.
Expected problems are one clear line on stderr, never a traceback. Qt is loaded only when the export
holds a slideshow or a recovery council pack, to draw their symbols (offscreen: no display needed);
if Qt cannot start, they are made without symbol pictures and their words stay.
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from coprod_desktop import APP_NAME

if TYPE_CHECKING:
    from coprod_desktop.services.share.symbol_images import SymbolImages

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_REQUEST = 2


class BadRequest(Exception):
    """Something in the command needs changing; the message says what."""


class SymbolsWhenNeeded:
    """Symbol pictures for slideshows, starting Qt on the first one asked for, never before."""

    def __init__(self) -> None:
        self._images: SymbolImages | None = None
        self._app: object = None
        self._tried = False

    def png(self, symbol_id: str, size: int) -> bytes | None:
        if not self._tried:
            self._tried = True
            try:
                from coprod_desktop.symbols.catalogue import SymbolCatalogue
                from coprod_desktop.ui.symbol_png import QtSymbolImages, ensure_gui_application

                self._app = ensure_gui_application()
                self._images = QtSymbolImages(SymbolCatalogue.load())
            except (ImportError, RuntimeError) as error:
                print(f"Slideshows are made without symbol pictures: {error}", file=sys.stderr)
        return self._images.png(symbol_id, size) if self._images is not None else None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-01-31") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py export",
        description=f"{APP_NAME}: write an export for staff (PDF, CSV and JSON), as the Export screen does.",
    )
    parser.add_argument("--data-dir", type=Path, help="the My Say data folder (default: user data folder)")
    parser.add_argument("--db-url", help="SQLAlchemy database URL instead of the data folder's SQLite file")
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--ward", metavar="NAME", help="everyone on this ward (for the ward's staff)")
    who.add_argument("--person", metavar="NAME", help="one person, by the name they are called (care team)")
    who.add_argument("--person-id", metavar="UUID", help="one person, by id (when two share a name)")
    parser.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR", help="an existing folder")
    parser.add_argument("--zip", action="store_true", help="one .zip file instead of a folder")
    parser.add_argument(
        "--password-env",
        metavar="VAR",
        help="encrypt the zip (AES) with the password held in this environment variable",
    )
    parser.add_argument("--include", metavar="KIND,KIND", help="kinds of item (default: all)")
    parser.add_argument(
        "--council",
        action="store_true",
        help=(
            "for the patients' council (--ward only): only quotes people said yes to, no names, "
            "and no count under 3 that shows or can be worked out"
        ),
    )
    parser.add_argument("--lang", choices=("en", "cy"), default="en", help="language of the PDF report")
    return parser


def _kinds(text: str | None) -> list[str]:
    from coprod_desktop.services.export.sources import registered

    known = [source.kind for source in registered()]
    if not text:
        return known
    wanted = [kind.strip() for kind in text.split(",") if kind.strip()]
    unknown = [kind for kind in wanted if kind not in known]
    if unknown or not wanted:
        what = ", ".join(unknown) if unknown else repr(text)
        raise BadRequest(f"Unknown kind of item: {what}. Choose from: {', '.join(known)}.")
    return wanted


def _password(variable: str | None) -> str | None:
    if variable is None:
        return None
    password = os.environ.get(variable)
    if not password:
        raise BadRequest(f"The environment variable {variable} holds no password.")
    return password


def _scope(session_factory, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from coprod_desktop.services.export.sources import Scope
    from coprod_desktop.store.models import Person, Ward

    with session_factory() as session:
        if args.person_id:
            try:
                person_id = uuid.UUID(args.person_id)
            except ValueError:
                raise BadRequest(f"{args.person_id!r} is not a person id.") from None
            if session.get(Person, person_id) is None:
                raise BadRequest(f"No person has the id {person_id}.")
            return Scope.person(person_id)
        if args.ward is not None:
            wards = list(
                session.scalars(select(Ward).where(Ward.name == args.ward, Ward.archived.is_(False)))
            )
            if len(wards) != 1:
                raise BadRequest(
                    f"No ward is called {args.ward!r}."
                    if not wards
                    else f"{len(wards)} wards are called {args.ward!r}; rename one in Ward settings."
                )
            return Scope.ward(wards[0].id)
        people = list(session.scalars(select(Person).where(Person.called == args.person)))
        if len(people) != 1:
            if not people:
                raise BadRequest(f"No person is called {args.person!r}.")
            ids = ", ".join(str(person.id) for person in people)
            raise BadRequest(
                f"{len(people)} people are called {args.person!r}; use --person-id with one of: {ids}"
            )
        return Scope.person(people[0].id)


def _open_store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from coprod_desktop.paths import DataPaths, default_data_dir
    from coprod_desktop.store.engine import open_store
    from coprod_desktop.store.migrate import upgrade_to_head

    paths = DataPaths(args.data_dir or default_data_dir())
    if args.db_url is None and not paths.store_file.is_file():
        raise BadRequest(f"There is no My Say data in {paths.root}.")
    store = open_store(args.db_url or paths.sqlite_url())
    try:
        upgrade_to_head(store, paths.backups)
    except Exception:
        store.dispose()
        raise
    return store


def run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from coprod_desktop.paths import DataPaths, default_data_dir
    from coprod_desktop.services.export.bundle import BundleProblem
    from coprod_desktop.services.export.runner import export
    from coprod_desktop.store.problems import StoreProblem

    if args.end < args.start:
        raise BadRequest("--to is before --from.")
    if args.council and args.ward is None:
        raise BadRequest("--council covers a whole ward: use it with --ward.")
    kinds = _kinds(args.include)
    password = _password(args.password_env)
    try:
        store = _open_store(args)
    except StoreProblem as problem:
        return _fail(f"The My Say data could not be opened ({problem.kind.value}): {problem.location}")
    try:
        scope = _scope(store.session_factory, args)
        result = export(
            store.session_factory,
            scope,
            args.start,
            args.end,
            kinds,
            args.out,
            None,
            zip_password=password,
            as_zip=args.zip,
            council=args.council,
            language=args.lang,
            from_cli=True,
            data_paths=DataPaths(args.data_dir or default_data_dir()),
            symbol_images=SymbolsWhenNeeded(),
        )
    except BundleProblem as problem:
        return _fail(problem.message())
    except SQLAlchemyError as error:
        return _fail(f"The My Say data could not be read: {error.__class__.__name__}")
    finally:
        store.dispose()
    counts = ", ".join(f"{kind} {count}" for kind, count in result.counts.items())
    print(result.path)
    print(f"Items: {counts}; slideshows {result.slideshows}", file=sys.stderr)
    for line in [*_ward_voice_lines(result), *_measures_lines(result)]:
        print(line, file=sys.stderr)
    return EXIT_OK


def _ward_voice_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    """The ward's voice in words staff use, for the kinds that were exported."""
    from coprod_desktop.services.export.ward_voice_files import ACTION_KIND, THANKS_KIND, VIEW_KIND

    lines = []
    if THANKS_KIND in result.counts:
        lines.append(f"thank-yous {result.counts[THANKS_KIND]}")
    if ACTION_KIND in result.counts:
        lines.append(f"actions {result.counts[ACTION_KIND]}")
    if VIEW_KIND in result.counts:
        lines.append(f"SAY group minutes {result.minutes}")
    return lines


def _measures_lines(result) -> list[str]:  # type: ignore[no-untyped-def]
    """Experience answers, council packs and self-checks, for the kinds that were exported."""
    from coprod_desktop.services.export.measures_files import PACK_KIND, PARTNERSHIP_KIND, PREM_KIND

    lines = []
    if PREM_KIND in result.counts:
        lines.append(f"experience answers {result.counts[PREM_KIND]}")
    if PACK_KIND in result.counts:
        lines.append(f"council packs {result.counts[PACK_KIND]}")
    if PARTNERSHIP_KIND in result.counts:
        lines.append(f"partnership checks {result.counts[PARTNERSHIP_KIND]}")
    return lines


def _fail(message: str) -> int:
    print(f"Export failed: {message}", file=sys.stderr)
    return EXIT_FAILED


def main(argv: list[str]) -> int:
    """argv is what follows `export` (a leading "export" is skipped too)."""
    if argv[:1] == ["export"]:
        argv = argv[1:]
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # argparse has printed its message (or --help)
        return int(stop.code or 0)
    try:
        return run(args)
    except BadRequest as problem:
        print(f"Export not started: {problem}", file=sys.stderr)
        return EXIT_BAD_REQUEST
    except KeyboardInterrupt:
        print("Export stopped. Nothing was saved.", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
