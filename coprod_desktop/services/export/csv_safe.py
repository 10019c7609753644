"""CSV that spreadsheet programs open safely: UTF-8 with a BOM, and no cell that can run as a formula.

A cell starting with = + - @, a tab, CR or LF could be read as a formula (CSV injection), so it gets a
single quote in front. Every cell is checked, headers included, whatever it holds.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
BOM = "\ufeff"


def neutralise(value: object) -> str:
    """The cell as text, with a leading quote when it could start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(DANGEROUS_STARTS) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The whole file as text, starting with the BOM; encode it as UTF-8."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    return csv_text(header, rows).encode("utf-8")
