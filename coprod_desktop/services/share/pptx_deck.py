"""The slideshow as a PowerPoint file (.pptx), 16:9, in large type, with pictures and speaker notes.

Titles are at least 40 pt and words at least 28 pt (32 pt when a topic's words fit on one slide).
Text never overflows its box: lines are measured with DejaVu Sans, wider than the Arial the file asks
for (and than Liberation Sans, which LibreOffice uses in its place), so the measured lines are an
upper bound. Words that do not fit go on to a continuation slide with the same title and "(more)",
and the label saying whose words they are comes with them. Every slide's notes say whose words each
line is, so a presenter reading aloud never blurs the person's words with staff's.

Recordings are not put in the file (audio in .pptx plays differently in every program); the notes
say that one exists and that it plays from My Say.

python-pptx is imported here and nowhere on the way to the first screen: import this module only
when a file is made.
"""

from __future__ import annotations

import io
import math
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.shapes.picture import Picture
from pptx.slide import Slide
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Pt

from coprod_desktop.services.export.pdf_report import FONT_FILES, _font_file
from coprod_desktop.services.share.slides import Deck, SlideWords, TopicSlide
from coprod_desktop.services.share.symbol_images import CachedSymbolImages, SymbolImages

# Sizes are in points; a 16:9 slide is 960 x 540 pt (13.33 x 7.5 in).
SLIDE_W, SLIDE_H = 960, 540
MARGIN = 36
TITLE_SIZES = (44, 40)
NAME_SIZES = (60, 48, 40)
WORD_SIZES = (32, 28)
LABEL_SIZE = 24
LINE = 1.2
"""Line height as a multiple of the type size (PowerPoint's single spacing is about 1.2)."""
INSET = 7.2
"""python-pptx text boxes keep 0.1 in inside left and right."""
PARAGRAPH_GAP = 10

SYMBOL_SIDE = 108
HEADER_TOP = 24
BODY_TOP = 148
BODY_BOTTOM = SLIDE_H - 24
SIDE_X, SIDE_W = 600, SLIDE_W - MARGIN - 600
WORDS_SIDE_W = SIDE_X - 16 - MARGIN
WORDS_FULL_W = SLIDE_W - 2 * MARGIN
RATING_SIDE = 108
"""A fifth of the slide's height: faces and symbols are read from across a meeting room."""
ITEM_GAP = 14
SIDE_SYMBOLS = 2
SIDE_PICTURES = 2
BIG_PICTURES = 4
PNG_PIXELS = 256

FONT = "Arial"
INK = RGBColor(0x1F, 0x1F, 0x1F)
SOFT_INK = RGBColor(0x3D, 0x3D, 0x3D)
ELLIPSIS = "…"
NARROWEST = 0.25
"""Of the type size: no letter is narrower, so a line never holds more than width / (size x this)."""

_NOT_IN_XML = dict.fromkeys(
    [
        *range(0x00, 0x09),
        *(0x0B, 0x0C),
        *range(0x0E, 0x20),
        *(0x061C, 0x200E, 0x200F, 0xFFFE, 0xFFFF),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0xD800, 0xE000),
    ],
    None,
)
"""Characters XML 1.0 cannot hold, and the direction controls (as the PDF report removes them)."""


def clean(text: str) -> str:
    """Text safe in the file's XML, without direction overrides that could turn a line round."""
    return unicodedata.normalize("NFC", text.translate(_NOT_IN_XML)).replace("\r", "")


@cache
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(_font_file(FONT_FILES["B" if bold else ""])), size)


def measure(text: str, size: int, bold: bool = False) -> float:
    """Width in points at this size (a font of `size` pixels measures in points)."""
    return _font(bold, size).getlength(text)


def wrap(text: str, size: int, width: float, bold: bool = False) -> list[tuple[str, str]]:
    """Lines as (line, what followed it in the text: "\n", " " or "" for a cut word), so the rest of
    a text that does not fit can be put back together exactly."""
    width -= 2 * INSET
    limit = int(width / (size * NARROWEST)) + 2
    """More letters than any line can hold: a longer word is measured only this far."""

    def wide(word: str) -> float:
        if len(word) > limit:
            start = measure(word[:limit], size, bold)
            return start if start > width else measure(word, size, bold)  # zero-width marks, say
        return measure(word, size, bold)

    out: list[tuple[str, str]] = []
    space = measure(" ", size, bold)
    for hard in text.split("\n"):
        line: list[str] = []
        used = 0.0
        for word in hard.split(" "):
            size_of_word = wide(word)
            if line and used + space + size_of_word <= width:
                line.append(word)
                used += space + size_of_word
                continue
            if line:
                out.append((" ".join(line), " "))
            while size_of_word > width and len(word) > 1:
                cut = _cut(word[:limit], size, width, bold)
                out.append((word[:cut], ""))
                word = word[cut:]
                size_of_word = wide(word)
            line, used = [word], size_of_word
        out.append((" ".join(line), "\n"))
    out[-1] = (out[-1][0], "")
    return out


def _cut(word: str, size: int, width: float, bold: bool) -> int:
    """How many letters of a too-long word fit on one line (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle], size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def rejoin(lines: Sequence[tuple[str, str]]) -> str:
    return "".join(line + after for line, after in lines).rstrip("\n")


def first_lines(text: str, size: int, width: float, count: int) -> tuple[list[tuple[str, str]], str]:
    """The first `count` wrapped lines and the text after them ("" when all of it fits).

    Only a generous slice from the start is wrapped when the text is long, so a very long text
    costs each slide the same. Greedy wrapping gives the same first lines for the slice as for the
    whole text while the slice runs at least two lines further; otherwise the whole text is wrapped."""
    cap = count * (int(width / (size * NARROWEST)) + 2) + 2
    lines: list[tuple[str, str]] | None = None
    if len(text) > cap:
        lines = wrap(text[:cap], size, width)
        if len(lines) < count + 2:
            lines = None
    if lines is None:
        lines = wrap(text, size, width)
        if len(lines) <= count:
            return lines, ""
    consumed = "".join(line + after for line, after in lines[:count])
    return lines[:count], text[len(consumed) :]


def fit_lines(
    text: str, sizes: Sequence[int], width: float, max_lines: int, bold: bool, suffix: str = ""
) -> tuple[str, int]:
    """The largest size at which text + suffix takes at most `max_lines`; at the smallest size a text
    still too long is cut short with "…" before the suffix (the notes hold it in full)."""
    for size in sizes:
        lines = wrap(text + suffix, size, width, bold)
        if len(lines) <= max_lines:
            return text + suffix, size
    size = sizes[-1]
    kept = [line for line, _ in wrap(text, size, width, bold)[:max_lines]]
    last = kept[-1]
    while last and measure(last + ELLIPSIS + suffix, size, bold) > width - 2 * INSET:
        last = last[:-1]
    kept[-1] = last.rstrip() + ELLIPSIS + suffix
    return " ".join(kept), size


# --- laying out one topic ---------------------------------------------------------------------


@dataclass
class Portion:
    """Part (or all) of one piece of words, as it sits on one slide."""

    said: SlideWords
    text: str


@dataclass
class Page:
    first: bool
    words_width: float
    size: int
    portions: list[Portion] = field(default_factory=list)
    side_pictures: list[Path] = field(default_factory=list)
    big_pictures: list[Path] = field(default_factory=list)
    symbols: list[int] = field(default_factory=list)
    """Indexes into the topic's symbols."""


def paginate(topic: TopicSlide, size: int) -> list[Page]:
    """The topic's slides at one word size: words on the left, its rating, pictures and symbols on
    the right; whatever does not fit goes on to the next slide."""
    queue = [Portion(said, clean(said.text)) for said in topic.words]
    pictures = list(topic.pictures)
    symbols = list(range(len(topic.symbols)))
    pages: list[Page] = []
    while not pages or queue or pictures or symbols:
        pages.append(_page(topic, size, not pages, queue, pictures, symbols))
    return pages


def _page(
    topic: TopicSlide, size: int, first: bool, queue: list[Portion], pictures: list[Path], symbols: list[int]
) -> Page:
    """One slide, taking from the front of what is still to show (the lists are shortened)."""
    page = Page(first=first, words_width=WORDS_FULL_W, size=size)
    page.symbols = symbols[:SIDE_SYMBOLS]
    del symbols[:SIDE_SYMBOLS]
    if queue:
        page.side_pictures = pictures[:SIDE_PICTURES]
        del pictures[:SIDE_PICTURES]
    else:
        page.big_pictures = pictures[:BIG_PICTURES]
        del pictures[:BIG_PICTURES]
    rating = first and topic.rating is not None
    if rating or page.symbols or page.side_pictures or page.big_pictures:
        page.words_width = WORDS_SIDE_W
    _fill_words(page, queue)
    return page


def _fill_words(page: Page, queue: list[Portion]) -> None:
    line = page.size * LINE
    used = 0.0
    while queue:
        portion = queue[0]
        label_lines = wrap(clean(portion.said.label), LABEL_SIZE, page.words_width, bold=True)
        label = len(label_lines) * LABEL_SIZE * LINE
        room = math.floor((BODY_BOTTOM - BODY_TOP - used - label - INSET) / line)
        if room <= 0:
            if page.portions:
                return
            room = 1  # never leave a slide without the words it was made for
        lines, rest = first_lines(portion.text, page.size, page.words_width, room)
        page.portions.append(Portion(portion.said, rejoin(lines)))
        if rest:
            queue[0] = Portion(portion.said, rest.lstrip(" "))
            return
        queue.pop(0)
        used += label + len(lines) * line + PARAGRAPH_GAP


def topic_pages(topic: TopicSlide) -> list[Page]:
    """The largest word size at which all the words fit on the topic's first slide; else the smallest,
    spilling onto continuation slides."""
    for size in WORD_SIZES[:-1]:
        queue = [Portion(said, clean(said.text)) for said in topic.words]
        _page(topic, size, True, queue, list(topic.pictures), list(range(len(topic.symbols))))
        if not queue:
            return paginate(topic, size)
    return paginate(topic, WORD_SIZES[-1])


# --- writing ------------------------------------------------------------------------------------


class _Writer:
    def __init__(self, deck: Deck, images: SymbolImages) -> None:
        self.deck = deck
        self.words = deck.words
        self.images = CachedSymbolImages(images)
        self.presentation = Presentation()
        self.presentation.slide_width = Pt(SLIDE_W)
        self.presentation.slide_height = Pt(SLIDE_H)
        self._layout = self.presentation.slide_layouts[5]  # "Title Only": a real title for every slide

    def write(self) -> tuple[bytes, int]:
        self._properties()
        self._title_slide()
        for topic in self.deck.topics:
            for page in topic_pages(topic):
                self._topic_slide(topic, page)
        buffer = io.BytesIO()
        self.presentation.save(buffer)
        return buffer.getvalue(), len(self.presentation.slides)

    def _properties(self) -> None:
        """The file's own details name only this person and My Say (the template's are replaced)."""
        properties = self.presentation.core_properties
        properties.title = clean(f"{self.deck.person}: {self.deck.title.heading}")[:250]
        properties.author = "My Say"
        properties.last_modified_by = "My Say"
        properties.comments = ""
        properties.subject = ""
        properties.keywords = ""
        properties.category = ""
        properties.language = "cy-GB" if self.deck.language == "cy" else "en-GB"

    # --- pieces

    def _slide(
        self,
        title: str,
        box: tuple[float, float, float, float],
        sizes: Sequence[int],
        lines: int,
        suffix: str = "",
    ) -> tuple[Slide, bool]:
        slide = self.presentation.slides.add_slide(self._layout)
        shape = slide.shapes.title
        shape.left, shape.top, shape.width, shape.height = (Pt(v) for v in box)
        text, size = fit_lines(clean(title), sizes, box[2], lines, bold=True, suffix=suffix)
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        paragraph = frame.paragraphs[0]
        paragraph.text = ""
        paragraph.alignment = PP_ALIGN.LEFT
        self._run(paragraph, text, size, bold=True)
        return slide, text != clean(title) + suffix

    def _run(
        self, paragraph: _Paragraph, text: str, size: int, *, bold: bool = False, ink: RGBColor = INK
    ) -> None:
        run = paragraph.add_run()
        run.text = text
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

    def _symbol(self, slide: Slide, symbol_id: str | None, box: tuple[float, float, float], alt: str) -> bool:
        if not symbol_id:
            return False
        png = self.images.png(symbol_id, PNG_PIXELS)
        if png is None:
            return False
        left, top, side = box
        picture = slide.shapes.add_picture(io.BytesIO(png), Pt(left), Pt(top), Pt(side), Pt(side))
        _alt_text(picture, alt)
        return True

    def _picture(self, slide: Slide, path: Path, box: tuple[float, float, float, float], alt: str) -> None:
        """The picture as large as fits in the box, keeping its shape, centred."""
        left, top, width, height = box
        try:
            with Image.open(path) as image:
                pixels_wide, pixels_high = image.size
        except OSError:
            return  # a damaged file is left out; the rest of the copy is still made
        scale = min(width / pixels_wide, height / pixels_high)
        shown_w, shown_h = pixels_wide * scale, pixels_high * scale
        picture = slide.shapes.add_picture(
            str(path),
            Pt(left + (width - shown_w) / 2),
            Pt(top + (height - shown_h) / 2),
            Pt(shown_w),
            Pt(shown_h),
        )
        _alt_text(picture, alt)

    def _notes(self, slide: Slide, lines: Sequence[str]) -> None:
        slide.notes_slide.notes_text_frame.text = clean("\n".join(line for line in lines if line))

    # --- slides

    def _title_slide(self) -> None:
        title = self.deck.title
        has_picture = title.photo is not None or title.picture_symbol is not None
        left = MARGIN + 300 + 36 if has_picture else MARGIN
        width = SLIDE_W - MARGIN - left
        name_box = (left, 96, width, 2 * NAME_SIZES[0] * LINE + 2 * INSET)
        slide, _cut_short = self._slide(title.name, name_box, NAME_SIZES, 2)
        top = name_box[1] + name_box[3] + 12
        frame = self._text_box(slide, (left, top, width, BODY_BOTTOM - top))
        self._run(frame.paragraphs[0], clean(title.heading), 40, bold=True)
        for text, size in ((title.when, 32), (title.for_whom, 28)):
            if text:
                paragraph = frame.add_paragraph()
                paragraph.space_before = Pt(12)
                self._run(paragraph, clean(text), size, ink=SOFT_INK)
        picture_box = (MARGIN, 120.0, 300.0, 300.0)
        if title.photo is not None:
            self._picture(slide, title.photo, picture_box, title.picture_label)
        elif title.picture_symbol is not None:
            self._symbol(slide, title.picture_symbol, (MARGIN, 120, 300), title.picture_label)
        self._notes(
            slide, [self.words("note.title", person=title.name, heading=title.heading, when=title.when or "")]
        )

    def _topic_slide(self, topic: TopicSlide, page: Page) -> None:
        words = self.words
        has_symbol = topic.symbol_id is not None and self.images.png(topic.symbol_id, PNG_PIXELS) is not None
        title_left = MARGIN + SYMBOL_SIDE + 16 if has_symbol else MARGIN
        title_box = (title_left, HEADER_TOP, SLIDE_W - MARGIN - title_left, BODY_TOP - HEADER_TOP - 8)
        more = "" if page.first else words("more", title="")
        slide, cut_short = self._slide(topic.title, title_box, TITLE_SIZES, 2, suffix=more)
        self._symbol(slide, topic.symbol_id, (MARGIN, HEADER_TOP + 8, SYMBOL_SIDE), clean(topic.title))
        notes: list[str] = []
        if cut_short:
            notes.append(words("note.title_more", title=topic.title))
        side_top = BODY_TOP
        if page.first and topic.rating is not None:
            self._rating(slide, topic)
            side_top += RATING_SIDE + ITEM_GAP
            notes.append(words("note.rating", person=self.deck.person, rating=topic.rating_words))
        if page.symbols:
            self._symbols(slide, topic, page.symbols, side_top)
            side_top += RATING_SIDE + ITEM_GAP
            chosen = ", ".join(topic.symbols[i].label or topic.symbols[i].symbol_id for i in page.symbols)
            notes.append(words("note.symbols", person=self.deck.person, symbols=chosen))
        if page.side_pictures:
            self._pictures(slide, page.side_pictures, (SIDE_X, side_top, SIDE_W, BODY_BOTTOM - side_top), 1)
        if page.big_pictures:
            box = (MARGIN, BODY_TOP, WORDS_SIDE_W, BODY_BOTTOM - BODY_TOP)
            self._pictures(slide, page.big_pictures, box, 2)
        shown = len(page.side_pictures) + len(page.big_pictures)
        if shown:
            notes.append(words("note.pictures", count=shown))
        if page.portions:
            self._words(slide, page)
        notes.extend(f"{portion.said.note}: {portion.text}" for portion in page.portions)
        if page.first and topic.recordings:
            notes.append(words("note.recording", person=self.deck.person))
        self._notes(slide, notes)

    def _rating(self, slide: Slide, topic: TopicSlide) -> None:
        assert topic.rating_words is not None
        drawn = self._symbol(slide, topic.rating_symbol, (SIDE_X, BODY_TOP, RATING_SIDE), topic.rating_words)
        left = SIDE_X + RATING_SIDE + 12 if drawn else SIDE_X
        frame = self._text_box(slide, (left, BODY_TOP, SIDE_X + SIDE_W - left, RATING_SIDE))
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        self._run(frame.paragraphs[0], topic.rating_words, WORD_SIZES[-1], bold=True)

    def _symbols(self, slide: Slide, topic: TopicSlide, indexes: Sequence[int], top: float) -> None:
        left = SIDE_X
        for index in indexes:
            symbol = topic.symbols[index]
            if self._symbol(
                slide, symbol.symbol_id, (left, top, RATING_SIDE), symbol.label or symbol.symbol_id
            ):
                left += RATING_SIDE + ITEM_GAP

    def _pictures(
        self, slide: Slide, files: Sequence[Path], box: tuple[float, float, float, float], columns: int
    ) -> None:
        left, top, width, height = box
        columns = min(columns, len(files))
        rows = math.ceil(len(files) / columns)
        cell_w = (width - (columns - 1) * ITEM_GAP) / columns
        cell_h = (height - (rows - 1) * ITEM_GAP) / rows
        for index, path in enumerate(files):
            row, column = divmod(index, columns)
            cell = (left + column * (cell_w + ITEM_GAP), top + row * (cell_h + ITEM_GAP), cell_w, cell_h)
            self._picture(slide, path, cell, self.deck.picture_alt)

    def _words(self, slide: Slide, page: Page) -> None:
        frame = self._text_box(slide, (MARGIN, BODY_TOP, page.words_width, BODY_BOTTOM - BODY_TOP))
        first = True
        for portion in page.portions:
            paragraph = frame.paragraphs[0] if first else frame.add_paragraph()
            if not first:
                paragraph.space_before = Pt(PARAGRAPH_GAP)
            first = False
            self._run(paragraph, clean(portion.said.label), LABEL_SIZE, bold=True, ink=SOFT_INK)
            for line in portion.text.split("\n"):
                self._run(frame.add_paragraph(), line, page.size)


def _alt_text(picture: Picture, text: str) -> None:
    """What a screen reader says for the picture."""
    picture._element.nvPicPr.cNvPr.set("descr", clean(text))


def pptx_bytes(deck: Deck, images: SymbolImages) -> tuple[bytes, int]:
    """The file's bytes and how many slides it has."""
    return _Writer(deck, images).write()
