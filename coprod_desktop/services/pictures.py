"""People's photos: checked, re-encoded and size-capped on the way in, so only our own files are kept.

Nothing from the chosen file survives except the pixels: no metadata (GPS, camera, names), no file
name. The size is read from the header before anything is decoded, so a "decompression bomb" (a small
file that claims to be 20000 x 20000) is refused at once and never fills memory.
"""

from __future__ import annotations

import enum
import io
import logging
import os
import struct
import uuid
import warnings
from pathlib import Path

from PIL import Image, ImageCms, ImageOps

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_SIDE = 10_000
MAX_PIXELS = 40_000_000
LONG_SIDE = 1024
"""Pictures are shown at most a few hundred pixels wide; 1024 keeps them sharp on big screens."""
JPEG_QUALITY = 88
FORMATS = ("JPEG", "PNG", "WEBP", "GIF", "BMP")
"""Only common picture formats are opened, which keeps the decoders untrusted input can reach few."""

# Anything a damaged or crafted file can make Pillow's decoders raise.
_DAMAGED = (
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    IndexError,
    TypeError,
    ZeroDivisionError,
    KeyError,
)


class ProblemKind(enum.Enum):
    TOO_BIG = "too_big"
    FILE_TOO_BIG = "file_too_big"
    NOT_A_PICTURE = "not_a_picture"
    CANNOT_SAVE = "cannot_save"


class PictureProblem(ValueError):
    """The picture cannot be used. The message is fit for staff; `kind` and `size` let a screen say it
    in the reader's language."""

    def __init__(self, kind: ProblemKind, message: str, size: tuple[int, int] | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.size = size


def _too_big(width: int, height: int) -> PictureProblem:
    return PictureProblem(
        ProblemKind.TOO_BIG,
        f"This picture is too big ({width} × {height}). Please choose one under {MAX_SIDE} pixels on"
        f" each side and {MAX_PIXELS // 1_000_000} megapixels.",
        (width, height),
    )


def _damaged() -> PictureProblem:
    return PictureProblem(
        ProblemKind.NOT_A_PICTURE, "This file is not a picture we can use, or it is damaged."
    )


def check_size(width: int, height: int) -> None:
    if width <= 0 or height <= 0:
        raise _damaged()
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise _too_big(width, height)


def import_picture(source: Path, pictures_dir: Path) -> str:
    """Checks, re-encodes and saves a picture; returns its new file name inside `pictures_dir`.

    Raises PictureProblem for anything that cannot be used. Never keeps the chosen file's name or metadata.
    """
    try:
        file_size = source.stat().st_size
    except OSError as error:
        raise _damaged() from error
    if file_size > MAX_FILE_BYTES:
        raise PictureProblem(
            ProblemKind.FILE_TOO_BIG,
            f"This file is too big ({file_size // (1024 * 1024)} MB). Please choose one under"
            f" {MAX_FILE_BYTES // (1024 * 1024)} MB.",
        )
    try:
        picture, has_alpha = _load(source)
    except PictureProblem:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _damaged() from error
    except MemoryError as error:
        raise _damaged() from error
    except _DAMAGED as error:
        log.info("Picture refused: %s", error)
        raise _damaged() from error
    return _save(picture, has_alpha, pictures_dir)


def _register_formats() -> None:
    """Loads only the decoders we accept (Image.init() would load every plugin, AVIF and all)."""
    from PIL import BmpImagePlugin, GifImagePlugin, JpegImagePlugin, PngImagePlugin, WebPImagePlugin

    del BmpImagePlugin, GifImagePlugin, JpegImagePlugin, PngImagePlugin, WebPImagePlugin


def header_size(source: Path) -> tuple[int, int]:
    """Width and height from the file's header, decoding nothing.

    Image.open would refuse a giant picture itself, but only with a vague error and only above ~178
    megapixels; reading the header through the format's own opener lets us say the size in the message.
    """
    _register_formats()
    with open(source, "rb") as handle:
        prefix = handle.read(16)
        for format_name in FORMATS:
            factory, accept = Image.OPEN[format_name]
            accepted = accept(prefix) if accept is not None else True
            if not accepted or isinstance(accepted, str):
                continue
            handle.seek(0)
            try:
                header = factory(handle, str(source))
            except (SyntaxError, IndexError, TypeError, struct.error):
                continue
            try:
                return header.size
            finally:
                header.close()
    raise _damaged()


def _load(source: Path) -> tuple[Image.Image, bool]:
    """Checks the size from the header, then decodes small: JPEGs are decoded scaled down."""
    check_size(*header_size(source))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        with Image.open(source, formats=FORMATS) as opened:
            check_size(*opened.size)  # the same header again; a file changed meanwhile is caught here
            if opened.format == "JPEG":
                opened.draft("RGB", (LONG_SIDE, LONG_SIDE))  # decode at 1/2, 1/4 or 1/8 scale
            opened.seek(0)  # the first frame of an animation
            opened.load()  # a truncated file fails here (Pillow refuses truncated data)
            picture = ImageOps.exif_transpose(opened)  # returns a copy, upright, without the tag
            picture = _to_srgb(picture, opened.info.get("icc_profile"))
    picture.thumbnail((LONG_SIDE, LONG_SIDE), Image.Resampling.LANCZOS)
    return _plain_pixels(picture)


def _to_srgb(picture: Image.Image, icc: bytes | None) -> Image.Image:
    """Colour-managed photos (e.g. Display P3) look right once converted, so the profile can be dropped."""
    if not icc or picture.mode not in ("RGB", "RGBA"):
        return picture
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        converted = ImageCms.profileToProfile(
            picture, source, ImageCms.createProfile("sRGB"), outputMode=picture.mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        return picture
    return converted if converted is not None else picture


def _plain_pixels(picture: Image.Image) -> tuple[Image.Image, bool]:
    """A new image holding only pixels (no info, exif or palette tricks): RGB, L, or RGBA if see-through."""
    if picture.mode in ("RGBA", "LA", "PA") or (picture.mode == "P" and "transparency" in picture.info):
        rgba = picture.convert("RGBA")
        low, _high = rgba.getchannel("A").getextrema()
        if low < 255:
            return _fresh(rgba), True
        picture = rgba
    mode = "L" if picture.mode in ("1", "L", "I", "I;16", "F") else "RGB"
    return _fresh(picture.convert(mode)), False


def _fresh(picture: Image.Image) -> Image.Image:
    clean = Image.new(picture.mode, picture.size)
    clean.paste(picture)
    return clean


def _save(picture: Image.Image, has_alpha: bool, pictures_dir: Path) -> str:
    extension, format_name = (".png", "PNG") if has_alpha else (".jpg", "JPEG")
    name = uuid.uuid4().hex + extension
    final = pictures_dir / name
    partial = pictures_dir / (name + ".partial")
    try:
        pictures_dir.mkdir(parents=True, exist_ok=True)
        with open(partial, "wb") as handle:
            if has_alpha:
                picture.save(handle, format_name)
            else:
                picture.save(handle, format_name, quality=JPEG_QUALITY, optimize=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, final)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise PictureProblem(
            ProblemKind.CANNOT_SAVE, "The picture could not be saved. Please tell the ward's IT contact."
        ) from error
    return name


def remove_picture(name: str | None, pictures_dir: Path) -> None:
    """Deletes one of our pictures. Only a plain file name inside the folder is ever touched."""
    if not name or Path(name).name != name or name in (".", ".."):
        return
    try:
        (pictures_dir / name).unlink(missing_ok=True)
    except OSError as error:
        log.warning("Could not delete a picture: %s", error)
