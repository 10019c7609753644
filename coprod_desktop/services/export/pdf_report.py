"""The readable report: a title, who it is for, the period, then each kind of item in plain words.

Drawn with fpdf2 and DejaVu Sans (it has Welsh ŵ and ŷ, Hebrew and Arabic letters). Lines are laid
out here with `text()` rather than fpdf2's cells: a ward-year of 10,000 items then takes well under a
second instead of about eight.

Names are shown safely: direction-changing control characters are removed so a name can never turn
round the rest of a line, words in right-to-left scripts are put in reading order, and a character
the font lacks (an emoji) shows as one replacement mark instead of breaking the file. There is no
shaping engine (uharfbuzz) here, so Arabic letters show unjoined; the CSV and JSON hold the exact text.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from fpdf import FPDF

from coprod_desktop.services.consent import AudienceKind, ExportItem
from coprod_desktop.services.export.report import ExportReport
from coprod_desktop.services.export.words import ReportWords
from coprod_desktop.store.kinds import Sharing

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/share/fonts/TTF"),
    Path("/usr/local/share/fonts"),
)
"""Where fonts-dejavu-core (or a distribution's equivalent) puts the files."""
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
FAMILY = "DejaVu"

PAGE_TOP = 18.0
PAGE_BOTTOM = 277.0
LEFT = 18.0
WIDTH = 174.0
BODY = 11
LINE = 5.6

BIDI_CONTROLS = dict.fromkeys([0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)], None)
REPLACEMENT = "\ufffd"


class ReportFontMissing(RuntimeError):
    """The DejaVu fonts are not installed (package fonts-dejavu-core)."""


def _font_file(name: str) -> Path:
    for folder in FONT_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise ReportFontMissing(f"the report font {name} is missing: install fonts-dejavu-core")


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in ("R", "AL")


def _reversed_letters(word: str) -> str:
    """The letters in drawing order. Vowel points (combining marks) are left out: without a shaping
    engine they would land on the wrong letter, and Hebrew and Arabic read well without them."""
    return "".join(reversed([ch for ch in word if not unicodedata.combining(ch)]))


def visual_order(text: str) -> str:
    """Runs of right-to-left words in the order they are read on the page, in a left-to-right line."""
    words = text.split(" ")
    out: list[str] = []
    run: list[str] = []
    for word in words:
        if any(_is_rtl(ch) for ch in word):
            run.append(_reversed_letters(word))
            continue
        out.extend(reversed(run))
        run = []
        out.append(word)
    out.extend(reversed(run))
    return " ".join(out)


class _Report(FPDF):
    def __init__(self, words: ReportWords) -> None:
        super().__init__(format="A4", unit="mm")
        self.words = words
        self.set_auto_page_break(False)
        self.set_margins(LEFT, PAGE_TOP, LEFT)
        for style, name in FONT_FILES.items():
            self.add_font(FAMILY, style, str(_font_file(name)))
        self.alias_nb_pages("{pages}")
        self.y_pos = PAGE_TOP
        self._glyphs: dict[str, set[int]] = {}
        self._plain: dict[str, set[str]] = {}
        """Per style, characters known to be in the font and left-to-right: the fast path."""

    def footer(self) -> None:
        self.set_font(FAMILY, "", 9)
        self.set_xy(LEFT, 285)
        self.cell(WIDTH, 6, self.words("page", page=self.page_no(), pages="{pages}"), align="C")

    def safe(self, text: str) -> str:
        """Text the current font can draw, in reading order."""
        cmap = self._glyphs.get(self.font_style)
        if cmap is None:
            cmap = self._glyphs[self.font_style] = set(self.current_font.cmap)
        cleaned = unicodedata.normalize("NFC", text.translate(BIDI_CONTROLS))
        plain = self._plain.setdefault(self.font_style, set())
        new = set(cleaned) - plain
        if not new:
            return cleaned  # the usual case: letters seen before, all drawable, none right-to-left
        if all(ord(ch) in cmap and ch.isprintable() and not _is_rtl(ch) for ch in new):
            plain.update(new)
            return cleaned
        chars: list[str] = []
        for ch in cleaned:
            if ch in "\r\n\t":
                ch = " "
            replaced = chars[-1:] == [REPLACEMENT]
            if replaced and (ch == "\u200d" or unicodedata.category(ch) in ("Mn", "Sk", "Cf", "So")):
                continue  # the rest of an emoji already shown as one mark
            if ord(ch) in cmap or ch == " ":
                chars.append(ch)
            elif not replaced:
                chars.append(REPLACEMENT)
        return visual_order("".join(chars))

    def width(self, text: str) -> float:
        """Like get_string_width, from the font's width table: fpdf2's own costs ~30 µs a call,
        which was most of a ward-year's export."""
        widths = self.current_font.cw
        return sum(map(widths.__getitem__, map(ord, text))) * self.font_size_pt * 0.001 / self.k

    def lines(self, text: str, width: float = WIDTH) -> Iterator[str]:
        """Word-wrapped lines; a word longer than a line is cut."""
        space = self.width(" ")
        line: list[str] = []
        used = 0.0
        for word in text.split(" "):
            size = self.width(word)
            if line and used + space + size <= width:
                line.append(word)
                used += space + size
                continue
            if line:
                yield " ".join(line)
            while size > width and len(word) > 1:
                cut = max(1, int(len(word) * width / size))
                yield word[:cut]
                word = word[cut:]
                size = self.width(word)
            line, used = [word], size
        if line and (len(line) > 1 or line[0]):
            yield " ".join(line)

    def write(self, text: str, *, size: int = BODY, bold: bool = False, gap: float = 0.0) -> None:
        self.set_font(FAMILY, "B" if bold else "", size)
        height = size * 0.5
        for line in self.lines(self.safe(text)):
            if self.y_pos + height > PAGE_BOTTOM:
                self.add_page()
                self.y_pos = PAGE_TOP
            self.y_pos += height
            self.text(LEFT, self.y_pos, line)
        self.y_pos += gap

    def start(self) -> None:
        self.add_page()
        self.y_pos = PAGE_TOP


ANONYMOUS_KINDS = frozenset({"action", "say_view"})
"""Kinds that never carry a name in any export."""


def _owner_words(item: ExportItem, words: ReportWords) -> str:
    if item.owner_name:
        return item.owner_name
    if item.kind in ANONYMOUS_KINDS:
        return words("not_named")  # anonymous for everyone, not only for those who asked
    return words("no_name") if item.sharing is Sharing.COUNCIL_ANONYMOUS else words("ward_fact")


def _item_lines(item: ExportItem, report: ExportReport, words: ReportWords) -> tuple[str, str]:
    heading = _owner_words(item, words)
    if report.audience.kind is AudienceKind.COUNCIL:
        heading = f"{heading} · {words.month(item.at)}"  # never a day that matches a meeting
    elif item.kind not in report.undated:
        heading = f"{heading} · {words.date_time(item.at)}"
    parts = []
    for name, value in item.fields.items():
        if value is None or name.endswith("_id") or (name == "starts_at" and value == item.at.isoformat()):
            continue  # numbers for programs; the CSV and JSON have them
        parts.append(f"{words.field(name)}: {words.value(name, value)}")
    return heading, " · ".join(parts)


def pdf_bytes(report: ExportReport, tick: Callable[[], None] = lambda: None) -> bytes:
    words = ReportWords(report.language)
    pdf = _Report(words)
    pdf.set_title(words("title"))
    pdf.set_creator("My Say")
    pdf.start()
    pdf.write(words("title"), size=20, bold=True, gap=3)
    audience = {
        AudienceKind.PERSON_CARE_TEAM: "for_person",
        AudienceKind.WARD_TEAM: "for_ward",
        AudienceKind.COUNCIL: "for_council",
    }[report.audience.kind]
    pdf.write(words(audience, name=report.scope_name), size=14, bold=True, gap=1)
    pdf.write(words("period", start=words.day(report.start), end=words.day(report.end)))
    pdf.write(words("made", when=words.date_time(report.generated_at)), gap=2)
    pdf.write(words("consent"), gap=3)
    pdf.write(words("counts"), size=13, bold=True, gap=1)
    council = report.audience.kind is AudienceKind.COUNCIL
    for kind, items in report.sections.items():
        pdf.write(f"{words.kind(kind, council=council)}: {len(items)}")
    if report.total() == 0:
        pdf.write(words("nothing"), gap=2)
    for kind, items in report.sections.items():
        if not items:
            continue
        pdf.y_pos += 4
        pdf.write(f"{words.kind(kind, council=council)} ({len(items)})", size=15, bold=True, gap=1.5)
        for item in items:
            heading, details = _item_lines(item, report, words)
            pdf.write(heading, bold=True)
            if details:
                pdf.write(details)
            pdf.y_pos += 1.5
            tick()
    return bytes(pdf.output())
