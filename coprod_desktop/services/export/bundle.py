"""Writing an export so that only a finished one ever looks finished.

Everything goes into a sibling "<name>.partial" (a folder, or a .zip file), and only when every file
is written and flushed is it renamed to its final name in one step. A cancel or any failure removes
the partial output completely. Problems a person can act on (folder missing, not allowed to write,
disk full) come back as BundleProblem with plain words.
"""

from __future__ import annotations

import enum
import errno
import logging
import os
import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyzipper

from coprod_desktop.store.durable import fsync_folder

log = logging.getLogger(__name__)

PARTIAL = ".partial"

Progress = Callable[[int, int], None]
"""Called with (done, total) steps; from the exporting thread."""


class BundleProblemKind(enum.StrEnum):
    FOLDER_MISSING = "folder_missing"
    NOT_WRITABLE = "not_writable"
    DISK_FULL = "disk_full"
    FAILED = "failed"


@dataclass(eq=False)  # not frozen: Python sets __traceback__ on exceptions
class BundleProblem(Exception):
    """The export could not be written; nothing that looks complete was left behind."""

    kind: BundleProblemKind
    place: str
    detail: str = ""

    def __str__(self) -> str:
        return self.message()

    def message(self) -> str:
        """One line for staff or a scheduled task's log."""
        if self.kind is BundleProblemKind.FOLDER_MISSING:
            return f"The export folder {self.place} is not there. Check the drive or network is connected."
        if self.kind is BundleProblemKind.NOT_WRITABLE:
            return (
                f"The export folder {self.place} cannot be used: My Say is not allowed to save files in it."
            )
        if self.kind is BundleProblemKind.DISK_FULL:
            return (
                f"The disk holding {self.place} is full. Nothing was saved. "
                "Free some space or choose another folder."
            )
        return f"The export could not be written to {self.place}. Nothing was saved. Details: {self.detail}"


class ExportCancelled(Exception):
    """Someone pressed Cancel; the partial output has been removed."""


class Steps:
    """Counts work done, reports it now and then, and stops the export when Cancel is pressed."""

    def __init__(self, total: int, progress: Progress | None, cancel: threading.Event | None) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._last_percent = -1

    def check(self) -> None:
        if self._cancel is not None and self._cancel.is_set():
            raise ExportCancelled()

    def tick(self, count: int = 1) -> None:
        self.check()
        self.done = min(self.done + count, self.total)
        percent = self.done * 100 // self.total
        if self._progress is not None and percent != self._last_percent:
            self._last_percent = percent
            self._progress(self.done, self.total)


@dataclass(frozen=True)
class BundleFile:
    """A file of the bundle, made only when it is written (so Cancel stops the work itself)."""

    name: str
    """A generated name; "folder/name" puts it in a folder of the bundle."""
    render: Callable[[Callable[[], None]], bytes]
    """Given a tick to call once per item, returns the file's bytes."""


def problem_from(error: OSError, place: Path) -> BundleProblem:
    number = error.errno
    if number in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return BundleProblem(BundleProblemKind.DISK_FULL, str(place), str(error))
    if number in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST):
        return BundleProblem(BundleProblemKind.NOT_WRITABLE, str(place), str(error))
    if number == errno.ENOENT:
        return BundleProblem(BundleProblemKind.FOLDER_MISSING, str(place), str(error))
    return BundleProblem(BundleProblemKind.FAILED, str(place), str(error))


def check_folder(folder: Path) -> None:
    """A quick look before any work: the folder is there and is a folder."""
    if folder.is_dir():
        if not os.access(folder, os.W_OK | os.X_OK):
            raise BundleProblem(BundleProblemKind.NOT_WRITABLE, str(folder), "no permission to write")
        return
    if folder.exists():
        raise BundleProblem(BundleProblemKind.NOT_WRITABLE, str(folder), "this is a file, not a folder")
    for parent in folder.parents:
        if parent.exists():
            if not parent.is_dir():
                raise BundleProblem(BundleProblemKind.NOT_WRITABLE, str(folder), f"{parent} is a file")
            break
    raise BundleProblem(BundleProblemKind.FOLDER_MISSING, str(folder), "no such folder")


def _free_final(folder: Path, name: str, suffix: str) -> Path:
    """The first of name, name-2, name-3 … with neither a finished nor a partial copy there."""
    number = 1
    while True:
        stem = name if number == 1 else f"{name}-{number}"
        final = folder / f"{stem}{suffix}"
        if not final.exists() and not final.with_name(final.name + PARTIAL).exists():
            return final
        number += 1


def _remove(path: Path) -> None:
    try:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)
    except OSError as error:  # reported, but the original problem is what staff need to see
        log.error("could not remove the unfinished export %s: %s", path, error)


def _write_file(path: Path, data: bytes) -> None:
    """A new file, flushed to the disk (exclusive create: never overwrites anything)."""
    with open(path, "xb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


class PreparedBundle:
    """A bundle fully written under its .partial name, waiting to be published or discarded."""

    def __init__(self, partial: Path, final: Path, *, encrypted: bool = False) -> None:
        self.partial = partial
        self.final = final
        self.encrypted = encrypted
        self.published = False

    def publish(self) -> Path:
        """The one rename that makes the export appear complete."""
        if self.final.exists():
            raise BundleProblem(BundleProblemKind.FAILED, str(self.final), "a file of that name appeared")
        try:
            os.rename(self.partial, self.final)
            fsync_folder(self.final.parent)
        except OSError as error:
            raise problem_from(error, self.final.parent) from error
        self.published = True
        return self.final

    def discard(self) -> None:
        """Removes whatever this export wrote, finished or not."""
        _remove(self.partial)
        if self.published:
            _remove(self.final)
            self.published = False


def prepare_bundle(
    folder: Path,
    name: str,
    files: Sequence[BundleFile],
    steps: Steps,
    *,
    as_zip: bool = False,
    password: str | None = None,
) -> PreparedBundle:
    """Writes every file under a .partial name. Cleans up and raises on failure or cancel."""
    check_folder(folder)
    as_zip = as_zip or bool(password)
    final = _free_final(folder, name, ".zip" if as_zip else "")
    bundle = PreparedBundle(final.with_name(final.name + PARTIAL), final, encrypted=bool(password))
    try:
        steps.check()
        if as_zip:
            _write_zip(bundle.partial, files, steps, password)
        else:
            _write_folder(bundle.partial, files, steps)
    except OSError as error:
        bundle.discard()
        raise problem_from(error, folder) from error
    except BaseException:
        bundle.discard()
        raise
    return bundle


def _write_folder(partial: Path, files: Sequence[BundleFile], steps: Steps) -> None:
    partial.mkdir()
    folders = {partial}
    for file in files:
        data = file.render(steps.tick)
        steps.check()
        path = partial / file.name
        if path.parent not in folders:  # a file in a folder of the bundle ("say-groups/...")
            path.parent.mkdir(parents=True, exist_ok=True)
            folders.add(path.parent)
        _write_file(path, data)
        steps.tick()
    for folder in sorted(folders, key=lambda f: len(f.parts), reverse=True):
        fsync_folder(folder)


def _write_zip(partial: Path, files: Sequence[BundleFile], steps: Steps, password: str | None) -> None:
    encryption = pyzipper.WZ_AES if password else None
    with open(partial, "xb") as handle:
        with pyzipper.AESZipFile(
            handle, "w", compression=pyzipper.ZIP_DEFLATED, encryption=encryption
        ) as archive:
            if password:
                archive.setpassword(password.encode("utf-8"))
                archive.setencryption(pyzipper.WZ_AES, nbits=256)
            for file in files:
                data = file.render(steps.tick)
                steps.check()
                archive.writestr(file.name, data)
                steps.tick()
        handle.flush()
        os.fsync(handle.fileno())
