"""The slideshow as a PDF handout: the same content as the slides, one topic after another on A4.

It uses the export report's PDF set-up (DejaVu Sans, so Welsh ŵ and ŷ and other scripts show, with
direction controls removed and a mark for a character the font lacks) and its page numbers. Each
piece of words has its own line above it saying whose words they are ("Sam's own words", "Jo wrote
down what Sam said", "Staff note by Jo"), so a reader never mistakes one for the other.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from PIL import Image

from coprod_desktop.services.export.pdf_report import FAMILY, LEFT, PAGE_BOTTOM, PAGE_TOP, WIDTH, _Report
from coprod_desktop.services.export.words import ReportWords
from coprod_desktop.services.share.slides import Deck, TopicSlide
from coprod_desktop.services.share.symbol_images import CachedSymbolImages, SymbolImages

PNG_PIXELS = 160
TITLE_PICTURE = 40.0
TOPIC_SYMBOL = 14.0
RATING_FACE = 10.0
SYMBOL_SIDE = 14.0
PICTURES_PER_ROW = 3
PICTURE_HEIGHT = 48.0
GAP = 4.0
NAME, HEADING, BODY, LABEL, TOPIC = 24, 17, 14, 12, 18


class _Handout(_Report):
    def __init__(self, deck: Deck, images: SymbolImages) -> None:
        super().__init__(ReportWords(deck.language))
        self.deck = deck
        self.images = CachedSymbolImages(images)

    def room(self, height: float) -> None:
        """A new page unless `height` millimetres still fit on this one."""
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

    def picture(self, path: Path, x: float, y: float, width: float, height: float) -> None:
        """As large as fits in the cell, keeping its shape."""
        try:
            with Image.open(path) as image:
                pixels_wide, pixels_high = image.size
        except OSError:
            return
        scale = min(width / pixels_wide, height / pixels_high)
        self.image(str(path), x=x, y=y, w=pixels_wide * scale, h=pixels_high * scale)

    def title_page(self, made: date, words: ReportWords) -> None:
        title = self.deck.title
        self.start()
        width = WIDTH
        corner = LEFT + WIDTH - TITLE_PICTURE
        if title.photo is not None:
            self.picture(title.photo, corner, PAGE_TOP, TITLE_PICTURE, TITLE_PICTURE)
            width -= TITLE_PICTURE + GAP
        elif self.symbol(title.picture_symbol, corner, PAGE_TOP, TITLE_PICTURE):
            width -= TITLE_PICTURE + GAP
        self.flow(title.name, NAME, bold=True, width=width)
        self.y_pos += 2
        self.flow(title.heading, HEADING, bold=True, width=width)
        self.y_pos += 1
        for line in (title.when, title.for_whom, self.deck.words("made", day=self.deck.words.day(made))):
            if line:
                self.flow(line, BODY, width=width)
        self.y_pos = max(self.y_pos, PAGE_TOP + TITLE_PICTURE) + 6

    def topic(self, topic: TopicSlide) -> None:
        words, person = self.deck.words, self.deck.person
        self.room(TOPIC_SYMBOL + 20)
        self.line(LEFT, self.y_pos, LEFT + WIDTH, self.y_pos)
        self.y_pos += 3
        top = self.y_pos
        indent = TOPIC_SYMBOL + GAP if self.symbol(topic.symbol_id, LEFT, top, TOPIC_SYMBOL) else 0.0
        self.flow(topic.title, TOPIC, bold=True, x=LEFT + indent, width=WIDTH - indent)
        self.y_pos = max(self.y_pos, top + TOPIC_SYMBOL) + 2
        if topic.rating_words is not None:
            self.room(RATING_FACE + 2)
            top = self.y_pos
            indent = RATING_FACE + GAP if self.symbol(topic.rating_symbol, LEFT, top, RATING_FACE) else 0.0
            self.y_pos += (RATING_FACE - BODY * 0.5) / 2
            rating = words("note.rating", person=person, rating=topic.rating_words)
            self.flow(rating, BODY, bold=True, x=LEFT + indent, width=WIDTH - indent)
            self.y_pos = max(self.y_pos, top + RATING_FACE) + 2
        for said in topic.words:
            self.room(LABEL * 0.5 + BODY * 0.5 + 2)
            self.flow(f"{said.note}:", LABEL, bold=True)
            self.flow(said.text, BODY)
            self.y_pos += 2.5
        if topic.symbols:
            self.symbol_row(topic)
        if topic.pictures:
            self.picture_rows(topic.pictures)
        if topic.recordings:
            self.flow(words("recording", person=person), BODY)
        self.y_pos += 5

    def symbol_row(self, topic: TopicSlide) -> None:
        chosen = ", ".join(symbol.label or symbol.symbol_id for symbol in topic.symbols)
        self.flow(self.deck.words("note.symbols", person=self.deck.person, symbols=chosen), LABEL, bold=True)
        self.y_pos += 1
        per_row = int((WIDTH + GAP) // (SYMBOL_SIDE + GAP))
        for start in range(0, len(topic.symbols), per_row):
            self.room(SYMBOL_SIDE)
            x = LEFT
            for symbol in topic.symbols[start : start + per_row]:
                if self.symbol(symbol.symbol_id, x, self.y_pos, SYMBOL_SIDE):
                    x += SYMBOL_SIDE + GAP
            self.y_pos += SYMBOL_SIDE + GAP

    def picture_rows(self, pictures: tuple[Path, ...]) -> None:
        cell = (WIDTH - (PICTURES_PER_ROW - 1) * GAP) / PICTURES_PER_ROW
        for start in range(0, len(pictures), PICTURES_PER_ROW):
            self.room(PICTURE_HEIGHT)
            for column, path in enumerate(pictures[start : start + PICTURES_PER_ROW]):
                self.picture(path, LEFT + column * (cell + GAP), self.y_pos, cell, PICTURE_HEIGHT)
            self.y_pos += PICTURE_HEIGHT + GAP


def pdf_bytes(deck: Deck, images: SymbolImages, made: date) -> tuple[bytes, int]:
    """The handout's bytes and how many pages it has. Raises ReportFontMissing without DejaVu Sans."""
    handout = _Handout(deck, images)
    handout.set_title(f"{deck.person}: {deck.title.heading}")
    handout.set_author("My Say")
    handout.set_creator("My Say")
    handout.set_lang("cy" if deck.language == "cy" else "en")
    handout.title_page(made, handout.words)
    for topic in deck.topics:
        handout.topic(topic)
    return bytes(handout.output()), handout.page_no()
