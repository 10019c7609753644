"""The recovery council pack as a PDF and a PowerPoint file, drawn only from `PackContents`.

`PackContents` (services.council) already holds no names and no ids, and services.disclosure says
which counts show as "fewer than 3", which zeros and totals are left out beside them, and which
topics show only "a few people"; this module only lays it out: a title (the ward and the period),
each chosen theme with its counts in words, the quotes people allowed, and the ward rep's points,
each with a line saying whose words they are ("The ward rep's own words"). The speaker notes say
the same, so whoever reads the pack aloud never blurs the rep's words with staff's or a quote's.

The PDF uses the export report's set-up (DejaVu Sans, safe text, page numbers); the slides use the
slideshow's measuring and cleaning, so text never overflows a box: whatever does not fit goes on to
the next slide. Recordings are not put in either file; the pack says one exists in My Say.

python-pptx is imported here: import this module only when a pack is made.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.slide import Slide
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Pt

from coprod_desktop.services.council import PackContents, PackPoint, PackQuote, TopicTheme, is_default_title
from coprod_desktop.services.disclosure import Count, shown_row
from coprod_desktop.services.export.pdf_report import FAMILY, LEFT, PAGE_BOTTOM, PAGE_TOP, WIDTH, _Report
from coprod_desktop.services.export.words import ReportWords
from coprod_desktop.services.share.pptx_deck import clean, first_lines, fit_lines, rejoin, wrap
from coprod_desktop.services.share.symbol_images import CachedSymbolImages, NoSymbolImages, SymbolImages
from coprod_desktop.store.kinds import ActionSource, ActionStatus, Rating, WhoseWords

SymbolLabel = Callable[[str, str], str]
"""(symbol id, language) -> the symbol's words; SymbolCatalogue.label fits."""

LANGUAGES = ("en", "cy")

_EN: dict[str, str] = {
    "title": "Recovery council pack",
    "summary.title": "For the recovery council: SAY groups and You said, we did",
    "from_ward": "From {ward}",
    "period": "From {start} to {end}",
    "made": "Made on {day}",
    "no_names": (
        "There are no names in this pack. Numbers under 3 are shown as \u201cfewer than 3\u201d, "
        "so nobody can be identified."
    ),
    "nothing": "Nothing was chosen for this pack.",
    "fewer": "fewer than 3",
    "say.heading": "What people said in SAY groups",
    "say.views": "Views given: {n}",
    "say.few": "A few people talked about this. There are no numbers: fewer than 3 people gave views.",
    "rating.good": "Good",
    "rating.not_sure": "Not sure",
    "rating.not_good": "Not good",
    "rating.none": "No rating given",
    "raised.heading": "Ideas and things people are not happy about",
    "raised.idea": "Ideas about {topic}: {n}",
    "raised.not_happy": "Not happy about {topic}: {n}",
    "raised.other": "other things",
    "status.heading": "You said, we did",
    "status.red": "Red, we can't do this: {n}",
    "status.amber": "Amber, we are working on it: {n}",
    "status.green": "Green, done: {n}",
    "quotes.heading": "In people's own words",
    "quote.topic": "Said in a SAY group about {topic}",
    "quote.idea": "An idea someone had",
    "quote.not_happy": "Something someone is not happy about",
    "quote.other": "Something someone raised",
    "point.heading": "The ward rep's point {n}",
    "points.heading": "The ward rep's points",
    "point.mine": "The ward rep's own words",
    "point.staff_typed": "A member of staff wrote down what the ward rep said",
    "point.staff_note": "A note from staff",
    "point.symbols": "Symbols the ward rep chose: {symbols}",
    "point.recording": "The ward rep made a recording about this. It plays from My Say.",
    "more": "{title} (more)",
    "note.title": "A pack for the recovery council from {ward}, for {period}.",
    "note.topic": (
        "Views given in SAY groups held in this period on {topic}. "
        "\u201cFewer than 3\u201d means none, 1 or 2. The total is left out when it would give that away."
    ),
    "note.raised": "Ideas and things people were not happy about, raised in this period.",
    "note.status": "You said, we did: actions raised or changed in this period, by how they stand now.",
    "note.quotes": (
        "These are people's own words. They agreed to them being read here without their name; "
        "any name in them has been changed to \u201csomeone\u201d. Read them as they are."
    ),
    "note.point": "The ward rep's point.",
}

_CY: dict[str, str] = {
    "title": "Pecyn y cyngor adfer",
    "summary.title": "I'r cyngor adfer: grwpiau SAY a Dywedoch chi, gwnaethon ni",
    "from_ward": "O {ward}",
    "period": "O {start} i {end}",
    "made": "Wedi'i wneud ar {day}",
    "no_names": (
        "Does dim enwau yn y pecyn hwn. Mae rhifau o dan 3 yn cael eu dangos fel \u201cllai na 3\u201d, "
        "fel na all neb gael eu hadnabod."
    ),
    "nothing": "Ni ddewiswyd dim ar gyfer y pecyn hwn.",
    "fewer": "llai na 3",
    "say.heading": "Beth ddywedodd pobl yn y grwpiau SAY",
    "say.views": "Barn a roddwyd: {n}",
    "say.few": "Siaradodd ychydig o bobl am hyn. Does dim rhifau: rhoddodd llai na 3 o bobl eu barn.",
    "rating.good": "Da",
    "rating.not_sure": "Ddim yn siŵr",
    "rating.not_good": "Ddim yn dda",
    "rating.none": "Dim sgôr",
    "raised.heading": "Syniadau a phethau nad yw pobl yn hapus â nhw",
    "raised.idea": "Syniadau am {topic}: {n}",
    "raised.not_happy": "Ddim yn hapus am {topic}: {n}",
    "raised.other": "pethau eraill",
    "status.heading": "Dywedoch chi, gwnaethon ni",
    "status.red": "Coch, allwn ni ddim gwneud hyn: {n}",
    "status.amber": "Oren, rydyn ni'n gweithio arno: {n}",
    "status.green": "Gwyrdd, wedi'i wneud: {n}",
    "quotes.heading": "Yng ngeiriau pobl eu hunain",
    "quote.topic": "Wedi'i ddweud mewn grŵp SAY am {topic}",
    "quote.idea": "Syniad a gafodd rhywun",
    "quote.not_happy": "Rhywbeth nad yw rhywun yn hapus ag ef",
    "quote.other": "Rhywbeth a godwyd gan rywun",
    "point.heading": "Pwynt {n} cynrychiolydd y ward",
    "points.heading": "Pwyntiau cynrychiolydd y ward",
    "point.mine": "Geiriau cynrychiolydd y ward ei hun",
    "point.staff_typed": "Ysgrifennodd aelod o staff beth ddywedodd cynrychiolydd y ward",
    "point.staff_note": "Nodyn gan staff",
    "point.symbols": "Symbolau a ddewisodd cynrychiolydd y ward: {symbols}",
    "point.recording": "Gwnaeth cynrychiolydd y ward recordiad am hyn. Mae'n chwarae o My Say.",
    "more": "{title} (mwy)",
    "note.title": "Pecyn i'r cyngor adfer o {ward}, ar gyfer {period}.",
    "note.topic": (
        "Barn a roddwyd mewn grwpiau SAY yn y cyfnod hwn am {topic}. "
        "Mae \u201cllai na 3\u201d yn golygu dim, 1 neu 2. "
        "Mae'r cyfanswm yn cael ei adael allan pan fyddai'n dangos hynny."
    ),
    "note.raised": "Syniadau a phethau nad oedd pobl yn hapus â nhw, a godwyd yn y cyfnod hwn.",
    "note.status": "Dywedoch chi, gwnaethon ni: camau a godwyd neu a newidiwyd yn y cyfnod hwn.",
    "note.quotes": (
        "Geiriau pobl eu hunain yw'r rhain. Cytunon nhw iddyn nhw gael eu darllen yma heb eu henw; "
        "mae unrhyw enw ynddyn nhw wedi'i newid i \u201crhywun\u201d. Darllenwch nhw fel y maen nhw."
    ),
    "note.point": "Pwynt cynrychiolydd y ward.",
}

RATING_KEYS: dict[Rating | None, str] = {
    Rating.GOOD: "rating.good",
    Rating.NOT_SURE: "rating.not_sure",
    Rating.NOT_GOOD: "rating.not_good",
    None: "rating.none",
}
WHOSE_KEYS = {
    WhoseWords.MINE: "point.mine",
    WhoseWords.STAFF_TYPED: "point.staff_typed",
    WhoseWords.STAFF_NOTE: "point.staff_note",
}


class PackWords:
    """The pack's fixed words in English or Welsh (services cannot use Qt's translations)."""

    def __init__(self, language: str = "en", symbol_label: SymbolLabel | None = None) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._words = _CY if self.language == "cy" else _EN
        self._label = symbol_label
        self.report = ReportWords(self.language)

    def __call__(self, key: str, **values: object) -> str:
        words = self._words.get(key, _EN[key])
        return words.format(**values) if values else words

    def cell(self, value: int | None) -> str:
        """A count as disclosure shows it: None is "fewer than 3"."""
        return self("fewer") if value is None else str(value)

    def period(self, start: datetime, end: datetime) -> str:
        """The period's days as people say them: an end at midnight is the day before's end."""
        last = (end - timedelta(microseconds=1)).date()
        return self("period", start=self.report.day(start.date()), end=self.report.day(last))

    def symbol(self, symbol_id: str | None) -> str:
        if not symbol_id:
            return self("raised.other")
        label = self._label(symbol_id, self.language) if self._label is not None else ""
        return label or symbol_id.removeprefix("topic-").replace("-", " ")

    def topic(self, title: str, symbol_id: str | None) -> str:
        """A seeded English agenda title shows its symbol's words in another language."""
        if self.language != "en" and self._label is not None and is_default_title(title, symbol_id):
            assert symbol_id is not None
            return self._label(symbol_id, self.language) or title
        return title

    def raised(self, source: ActionSource, symbol_id: str | None, count: Count) -> str:
        key = "raised.idea" if source is ActionSource.IDEA else "raised.not_happy"
        return self(key, topic=self.symbol(symbol_id), n=self.cell(shown_row((count,)).cells[0]))

    def status(self, status: ActionStatus, value: int | None) -> str:
        """One status's count as shown beside the others (`PackContents.status_row`)."""
        return self(f"status.{status.value}", n=self.cell(value))

    def quote_label(self, quote: PackQuote) -> str:
        if quote.topic is not None:
            return self("quote.topic", topic=self.topic(quote.topic, quote.topic_symbol))
        if quote.source is ActionSource.IDEA:
            return self("quote.idea")
        if quote.source is ActionSource.NOT_HAPPY:
            return self("quote.not_happy")
        return self("quote.other")

    def whose(self, point: PackPoint) -> str:
        return self(WHOSE_KEYS.get(point.whose or WhoseWords.MINE, "point.mine"))


RATING_ORDER: tuple[Rating | None, ...] = (Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD, None)
"""The order of `TopicTheme.shown.cells`."""


def count_lines(words: PackWords, topic: TopicTheme) -> list[str]:
    """A topic's counts in words, as disclosure allows: "a few people", or each rating with hidden
    ones as "fewer than 3" and the total only when nothing beside it is hidden."""
    shown = topic.shown
    if shown.few:
        return [words("say.few")]
    lines = [words("say.views", n=shown.total)] if shown.total is not None else []
    for rating, cell in zip(RATING_ORDER, shown.cells, strict=True):
        if rating is None and cell == 0:
            continue
        lines.append(f"{words(RATING_KEYS[rating])}: {words.cell(cell)}")
    return lines


def topic_lines(words: PackWords, contents: PackContents) -> list[tuple[str, str | None, list[str]]]:
    """Each chosen SAY topic as (title, symbol, lines of counts in words)."""
    return [
        (words.topic(topic.label, topic.symbol_id), topic.symbol_id, count_lines(words, topic))
        for topic in contents.topics
    ]


def file_stem(contents: PackContents) -> str:
    last = (contents.end - timedelta(microseconds=1)).date()
    return f"council-pack-{contents.start.date().isoformat()}-to-{last.isoformat()}"


# --- PDF -------------------------------------------------------------------------------------------

HEADING, SUBHEADING, BODY_PT, LABEL_PT, TITLE_PT = 17, 15, 13, 11, 24
PDF_SYMBOL = 12.0
GAP = 3.0
PNG_PIXELS = 160


class _PackPdf(_Report):
    def __init__(self, words: PackWords, images: SymbolImages) -> None:
        super().__init__(words.report)
        self.pack_words = words
        self.images = CachedSymbolImages(images)

    def room(self, height: float) -> None:
        if self.y_pos + height > PAGE_BOTTOM:
            self.add_page()
            self.y_pos = PAGE_TOP

    def flow(
        self, text: str, size: int, *, bold: bool = False, x: float = LEFT, width: float = WIDTH
    ) -> None:
        """Wrapped lines, keeping the text's own line breaks, going on to a new page when needed."""
        self.set_font(FAMILY, "B" if bold else "", size)
        height = size * 0.5
        for hard in text.split("\n"):
            for line in self.lines(self.safe(hard), width) if hard.strip() else [""]:
                self.room(height)
                self.y_pos += height
                if line:
                    self.text(x, self.y_pos, line)

    def symbol(self, symbol_id: str | None, x: float, y: float, side: float) -> bool:
        png = self.images.png(symbol_id, PNG_PIXELS) if symbol_id else None
        if png is None:
            return False
        self.image(io.BytesIO(png), x=x, y=y, w=side, h=side)
        return True

    def heading(self, text: str, symbol_id: str | None = None, size: int = SUBHEADING) -> None:
        self.room(PDF_SYMBOL + 12)
        self.y_pos += 3
        top = self.y_pos
        indent = PDF_SYMBOL + GAP if self.symbol(symbol_id, LEFT, top, PDF_SYMBOL) else 0.0
        self.flow(text, size, bold=True, x=LEFT + indent, width=WIDTH - indent)
        self.y_pos = max(self.y_pos, top + (PDF_SYMBOL if indent else 0.0)) + 1.5


def pdf_bytes(
    contents: PackContents, words: PackWords, images: SymbolImages, *, title: str | None = None
) -> bytes:
    heading = title or words("title")
    pdf = _PackPdf(words, images)
    pdf.set_title(heading)
    pdf.set_author("My Say")
    pdf.set_creator("My Say")
    pdf.set_lang("cy" if words.language == "cy" else "en")
    pdf.start()
    pdf.flow(heading, TITLE_PT, bold=True)
    pdf.y_pos += 2
    pdf.flow(words("from_ward", ward=contents.ward_name), HEADING, bold=True)
    pdf.flow(words.period(contents.start, contents.end), BODY_PT)
    pdf.flow(words("made", day=words.report.day(contents.made_at.date())), BODY_PT)
    pdf.y_pos += 2
    pdf.flow(words("no_names"), LABEL_PT)
    pdf.y_pos += 3
    if contents.is_empty:
        pdf.flow(words("nothing"), BODY_PT, bold=True)
    if contents.topics:
        pdf.heading(words("say.heading"), size=HEADING)
        for title, symbol_id, lines in topic_lines(words, contents):
            pdf.room(PDF_SYMBOL + 12 + len(lines) * BODY_PT * 0.5)  # a topic stays on one page
            pdf.heading(title, symbol_id)
            for line in lines:
                pdf.flow(line, BODY_PT)
            pdf.y_pos += 1
    if contents.raised:
        pdf.heading(words("raised.heading"), size=HEADING)
        for theme in contents.raised:
            pdf.flow(words.raised(theme.source, theme.symbol_id, theme.count), BODY_PT)
    if contents.statuses:
        pdf.room(PDF_SYMBOL + 12 + len(contents.statuses) * BODY_PT * 0.5)
        pdf.heading(words("status.heading"), size=HEADING)
        for status, value in contents.status_row().items():
            pdf.flow(words.status(status, value), BODY_PT)
    if contents.quotes:
        pdf.heading(words("quotes.heading"), size=HEADING)
        pdf.flow(words("note.quotes"), LABEL_PT)
        for quote in contents.quotes:
            pdf.y_pos += 2
            pdf.room(LABEL_PT + BODY_PT)
            pdf.flow(f"{words.quote_label(quote)}:", LABEL_PT, bold=True)
            pdf.flow(f"\u201c{quote.text}\u201d", BODY_PT)
    if contents.points:
        pdf.heading(words("points.heading"), size=HEADING)
        for number, point in enumerate(contents.points, start=1):
            pdf.heading(words("point.heading", n=number))
            _pdf_point(pdf, words, point)
    return bytes(pdf.output())


def _pdf_point(pdf: _PackPdf, words: PackWords, point: PackPoint) -> None:
    if point.words:
        pdf.flow(f"{words.whose(point)}:", LABEL_PT, bold=True)
        pdf.flow(point.words, BODY_PT)
    if point.symbols:
        pdf.y_pos += 1
        chosen = ", ".join(words.symbol(s) for s in point.symbols)
        pdf.flow(words("point.symbols", symbols=chosen), LABEL_PT, bold=True)
        x = LEFT
        drew = False
        for symbol_id in point.symbols:
            if x + PDF_SYMBOL > LEFT + WIDTH:
                pdf.y_pos += PDF_SYMBOL + GAP
                x = LEFT
            pdf.room(PDF_SYMBOL + GAP)
            if pdf.symbol(symbol_id, x, pdf.y_pos + 1, PDF_SYMBOL):
                x += PDF_SYMBOL + GAP
                drew = True
        if drew:
            pdf.y_pos += PDF_SYMBOL + GAP
    if point.has_recording:
        pdf.flow(words("point.recording"), BODY_PT)
    pdf.y_pos += 2


# --- PowerPoint ----------------------------------------------------------------------------------

SLIDE_W, SLIDE_H = 960, 540
MARGIN = 36
TITLE_SIZES = (44, 40)
WORD_SIZE = 32
QUOTE_SIZE = 28
LABEL_SIZE = 24
LINE = 1.2
INSET = 7.2
PARAGRAPH_GAP = 10
HEADER_TOP = 24
BODY_TOP = 148
BODY_BOTTOM = SLIDE_H - 24
BODY_W = SLIDE_W - 2 * MARGIN
SYMBOL_SIDE = 92
SIDE_SYMBOL = 80
PPTX_PNG = 256
FONT = "Arial"
INK = RGBColor(0x1F, 0x1F, 0x1F)
SOFT_INK = RGBColor(0x3D, 0x3D, 0x3D)


@dataclass
class Block:
    """One paragraph group on a slide: an optional bold label, then words."""

    label: str
    text: str
    size: int


def paginate(blocks: Sequence[Block], width: float) -> list[list[Block]]:
    """Blocks laid out top to bottom; what does not fit starts the next slide, and a block too long
    for a whole slide is split (its label comes with each part)."""
    pages: list[list[Block]] = [[]]
    used = 0.0
    height = BODY_BOTTOM - BODY_TOP - INSET
    queue = list(blocks)
    while queue:
        block = queue.pop(0)
        label_lines = len(wrap(clean(block.label), LABEL_SIZE, width, bold=True)) if block.label else 0
        label_h = label_lines * LABEL_SIZE * LINE
        line = block.size * LINE
        room = math.floor((height - used - label_h) / line)
        lines_needed = len(wrap(clean(block.text), block.size, width)) if block.text else 0
        if lines_needed <= room:
            pages[-1].append(block)
            used += label_h + lines_needed * line + PARAGRAPH_GAP
            continue
        if pages[-1] and lines_needed <= math.floor((height - label_h) / line):
            pages.append([])  # fits whole on a fresh slide
            used = 0.0
            queue.insert(0, block)
            continue
        room = max(room, 1)
        kept, rest = first_lines(clean(block.text), block.size, width, room)
        pages[-1].append(Block(block.label, rejoin(kept), block.size))
        pages.append([])
        used = 0.0
        if rest.strip():
            queue.insert(0, Block(block.label, rest.lstrip(" "), block.size))
    return [page for page in pages if page] or [[]]


class _PackSlides:
    def __init__(self, contents: PackContents, words: PackWords, images: SymbolImages) -> None:
        self.contents = contents
        self.words = words
        self.images = CachedSymbolImages(images)
        self.presentation = Presentation()
        self.presentation.slide_width = Pt(SLIDE_W)
        self.presentation.slide_height = Pt(SLIDE_H)
        self._layout = self.presentation.slide_layouts[5]  # "Title Only"

    def write(self) -> bytes:
        self._properties()
        self._title_slide()
        for title, symbol_id, lines in topic_lines(self.words, self.contents):
            note = self.words("note.topic", topic=title)
            self._blocks(title, [Block("", line, WORD_SIZE) for line in lines], [note, *lines], symbol_id)
        if self.contents.raised:
            lines = [self.words.raised(t.source, t.symbol_id, t.count) for t in self.contents.raised]
            blocks = [Block("", line, WORD_SIZE) for line in lines]
            self._blocks(self.words("raised.heading"), blocks, [self.words("note.raised"), *lines])
        if self.contents.statuses:
            lines = [self.words.status(s, n) for s, n in self.contents.status_row().items()]
            blocks = [Block("", line, WORD_SIZE) for line in lines]
            self._blocks(self.words("status.heading"), blocks, [self.words("note.status"), *lines])
        if self.contents.quotes:
            label = self.words.quote_label
            blocks = [Block(label(q), f"\u201c{q.text}\u201d", QUOTE_SIZE) for q in self.contents.quotes]
            notes = [self.words("note.quotes"), *(f"{b.label}: {b.text}" for b in blocks)]
            self._blocks(self.words("quotes.heading"), blocks, notes, notes_per_page=True)
        for number, point in enumerate(self.contents.points, start=1):
            self._point(number, point)
        buffer = io.BytesIO()
        self.presentation.save(buffer)
        return buffer.getvalue()

    def _properties(self) -> None:
        """The file's details name only the pack and My Say (the template's are replaced)."""
        properties = self.presentation.core_properties
        properties.title = clean(f"{self.words('title')}: {self.contents.ward_name}")[:250]
        properties.author = "My Say"
        properties.last_modified_by = "My Say"
        properties.comments = ""
        properties.subject = ""
        properties.keywords = ""
        properties.category = ""
        properties.language = "cy-GB" if self.words.language == "cy" else "en-GB"

    def _slide(self, title: str, left: float = MARGIN) -> Slide:
        slide = self.presentation.slides.add_slide(self._layout)
        shape = slide.shapes.title
        box = (left, HEADER_TOP, SLIDE_W - MARGIN - left, BODY_TOP - HEADER_TOP - 8)
        shape.left, shape.top, shape.width, shape.height = (Pt(v) for v in box)
        text, size = fit_lines(clean(title), TITLE_SIZES, box[2], 2, bold=True)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        paragraph = frame.paragraphs[0]
        paragraph.text = ""
        paragraph.alignment = PP_ALIGN.LEFT
        self._run(paragraph, text, size, bold=True)
        return slide

    def _run(
        self, paragraph: _Paragraph, text: str, size: int, *, bold: bool = False, ink: RGBColor = INK
    ) -> None:
        run = paragraph.add_run()
        run.text = clean(text)
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = FONT
        run.font.color.rgb = ink

    def _text_box(self, slide: Slide, box: tuple[float, float, float, float]) -> TextFrame:
        shape = slide.shapes.add_textbox(*(Pt(v) for v in box))
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        return frame

    def _symbol(
        self, slide: Slide, symbol_id: str | None, left: float, top: float, side: float, alt: str
    ) -> bool:
        png = self.images.png(symbol_id, PPTX_PNG) if symbol_id else None
        if png is None:
            return False
        picture = slide.shapes.add_picture(io.BytesIO(png), Pt(left), Pt(top), Pt(side), Pt(side))
        picture._element.nvPicPr.cNvPr.set("descr", clean(alt))
        return True

    def _notes(self, slide: Slide, lines: Sequence[str]) -> None:
        slide.notes_slide.notes_text_frame.text = clean("\n".join(line for line in lines if line))

    def _title_slide(self) -> None:
        words, contents = self.words, self.contents
        slide = self._slide(words("title"))
        frame = self._text_box(slide, (MARGIN, BODY_TOP, BODY_W, BODY_BOTTOM - BODY_TOP))
        period = words.period(contents.start, contents.end)
        self._run(frame.paragraphs[0], words("from_ward", ward=contents.ward_name), 40, bold=True)
        lines = [(period, 32), (words("made", day=words.report.day(contents.made_at.date())), 28)]
        lines.append((words("no_names"), 24))
        if contents.is_empty:
            lines.append((words("nothing"), 28))
        for text, size in lines:
            paragraph = frame.add_paragraph()
            paragraph.space_before = Pt(12)
            self._run(paragraph, text, size, ink=SOFT_INK)
        self._notes(slide, [words("note.title", ward=contents.ward_name, period=period), words("no_names")])

    def _blocks(
        self,
        title: str,
        blocks: Sequence[Block],
        notes: Sequence[str],
        symbol_id: str | None = None,
        notes_per_page: bool = False,
    ) -> None:
        """Slides holding `blocks`, continued on "(more)" slides when they do not fit."""
        pages = paginate(blocks, BODY_W)
        for index, page in enumerate(pages):
            shown = title if index == 0 else self.words("more", title=title)
            has_symbol = symbol_id is not None and self.images.png(symbol_id, PPTX_PNG) is not None
            slide = self._slide(shown, MARGIN + SYMBOL_SIDE + 16 if has_symbol else MARGIN)
            if has_symbol:
                self._symbol(slide, symbol_id, MARGIN, HEADER_TOP + 8, SYMBOL_SIDE, title)
            self._fill(slide, page, BODY_W)
            if notes_per_page:
                page_notes = [notes[0], *(f"{b.label}: {b.text}" for b in page)]
                self._notes(slide, page_notes)
            else:
                self._notes(slide, notes)

    def _fill(self, slide: Slide, page: Sequence[Block], width: float, top: float = BODY_TOP) -> None:
        if not page:
            return
        frame = self._text_box(slide, (MARGIN, top, width, BODY_BOTTOM - top))
        first = True
        for block in page:
            for text, size, bold, ink in (
                (block.label, LABEL_SIZE, True, SOFT_INK),
                *((line, block.size, False, INK) for line in block.text.split("\n")),
            ):
                if not text and bold:
                    continue
                paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
                if not first and bold:
                    paragraph.space_before = Pt(PARAGRAPH_GAP)
                first = False
                self._run(paragraph, text, size, bold=bold, ink=ink)

    def _point(self, number: int, point: PackPoint) -> None:
        words = self.words
        title = words("point.heading", n=number)
        whose = words.whose(point)
        drawn = [s for s in point.symbols if self.images.png(s, PPTX_PNG) is not None]
        width = BODY_W - (SIDE_SYMBOL + 16) if drawn else BODY_W
        blocks = [Block(whose, point.words, QUOTE_SIZE)] if point.words else []
        if point.symbols:
            chosen = ", ".join(words.symbol(s) for s in point.symbols)
            blocks.append(Block("", words("point.symbols", symbols=chosen), LABEL_SIZE))
        if point.has_recording:
            blocks.append(Block("", words("point.recording"), LABEL_SIZE))
        pages = paginate(blocks, width)
        for index, page in enumerate(pages):
            slide = self._slide(title if index == 0 else words("more", title=title))
            if index == 0:
                top = BODY_TOP
                for symbol_id in drawn[:4]:
                    label = words.symbol(symbol_id)
                    self._symbol(slide, symbol_id, SLIDE_W - MARGIN - SIDE_SYMBOL, top, SIDE_SYMBOL, label)
                    top += SIDE_SYMBOL + 12
            self._fill(slide, page, width)
            notes = [words("note.point")]
            notes.extend(f"{b.label}: {b.text}" if b.label else b.text for b in page)
            self._notes(slide, notes)


def pptx_bytes(contents: PackContents, words: PackWords, images: SymbolImages) -> bytes:
    return _PackSlides(contents, words, images).write()


def write_council_pack(
    contents: PackContents,
    folder: Path,
    language: str = "en",
    *,
    images: SymbolImages | None = None,
    symbol_label: SymbolLabel | None = None,
) -> tuple[Path, Path]:
    """Writes the pack as a PDF and a PowerPoint file in `folder`; returns (pdf path, pptx path).
    Raises ReportFontMissing without DejaVu Sans."""
    words = PackWords(language, symbol_label)
    drawn = images if images is not None else NoSymbolImages()
    folder.mkdir(parents=True, exist_ok=True)
    stem = file_stem(contents)
    pdf_path, pptx_path = folder / f"{stem}.pdf", folder / f"{stem}.pptx"
    made = ((pdf_path, pdf_bytes(contents, words, drawn)), (pptx_path, pptx_bytes(contents, words, drawn)))
    for path, data in made:
        partial = path.with_name(path.name + ".part")
        partial.write_bytes(data)
        partial.replace(path)
    return pdf_path, pptx_path
