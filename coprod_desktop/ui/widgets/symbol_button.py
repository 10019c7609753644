"""The basic patient control: a symbol, words under it, and speech when chosen or reached by switch."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontInfo, QFontMetrics, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from coprod_desktop.speech.protocol import Speaker
from coprod_desktop.store.kinds import TextSize
from coprod_desktop.ui.symbol_icons import SymbolPainter
from coprod_desktop.ui.theme import BODY_POINTS, TARGET_PX
from coprod_desktop.ui.widgets.wrap_label import WrapLabel

SYMBOLS_ON_PROPERTY = "mySaySymbolsOn"
"""Application property holding the chosen person's "symbols on/off" preference."""

MIN_TARGET = TARGET_PX
"""Smallest touch target in pixels at 100% scale (DESIGN.md section 3)."""

UNLIMITED = 16777215
"""Qt's largest widget size (QWIDGETSIZE_MAX)."""
NORMAL_POINTS = BODY_POINTS[TextSize.NORMAL]
PAD = 6
"""Room round the symbol inside its light tile."""
GAP = 2
"""Between a symbol and the words under it."""
EDGE = 8
"""Inside the button's border, round the symbol and words."""
EDGE_ABOVE = 4
"""Above the symbol and under the words of a button standing up: the symbol takes the rest."""
EDGE_BESIDE = 10
"""Left and right of a button on its side."""
GAP_BESIDE = 12
"""Between a symbol and the words to its right."""
SMALLEST_SYMBOL = 32
"""A symbol never shrinks below this to give words room (the button grows instead)."""
LARGEST_SHARE = 0.7
"""The symbol's side is at most this share of the tile's shorter side, as in AAC apps."""
MOST_LINES = 4
"""Words may take this many lines when the tile has the height: they reflow rather than being cut."""
GROWING_SCALE = 1.1
"""A cell of a grid grows with the words from this scale up (the two bigger word sizes)."""
HERO_SHARE = 0.5
"""A symbol is drawn at least this share of its tile's shorter side where the tile allows it."""
TOGETHER_LINES = 2
"""A tile turns its words beside its symbol to match its row only when they fit in this many lines."""
TALL_TILE_LINES = 8
"""The most lines words may take in a tile tall enough for them and a small symbol."""


class SymbolButton(QPushButton):
    """Symbol + words + spoken label. Its accessible name is the spoken label, so a screen reader
    and our own speech say the same thing. Moving onto it by keyboard or switch speaks it too
    (see SwitchAccess)."""

    def __init__(
        self,
        painter: SymbolPainter,
        speaker: Speaker,
        symbol_id: str | None,
        words: str = "",
        spoken: str | None = None,
        symbol_size: int = 72,
        max_lines: int = 2,
        parent: QWidget | None = None,
        *,
        beside: bool = False,
    ) -> None:
        """`beside` puts the words to the right of the symbol: a wide, low button where height is short."""
        super().__init__(parent)
        self._painter = painter
        self._speaker = speaker
        self._symbol_id = symbol_id
        self._symbol_size = symbol_size
        self._spoken = ""
        self._symbols_on = True
        self._draw_when_shown = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._least = QSize(MIN_TARGET, MIN_TARGET)
        """The screen's least size; never narrower than the longest word needs (_apply_least)."""
        QPushButton.setMinimumSize(self, self._least)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

        self._icon = QLabel(self)
        self._icon.setObjectName("symbol")
        self._icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._icon.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._side = symbol_size
        """The symbol's side now: it grows to fill the tile and gives way to words that need lines."""
        self._largest = QSize(UNLIMITED, UNLIMITED)
        """The screen's cap on the size, for normal words (_apply_largest scales it)."""
        self._fixed = False
        self._cap = UNLIMITED
        self._corner = 0
        """Room kept at the right of words beside the symbol, for a badge in the top corner."""
        self._picture: QPixmap | None = None
        self._draw_picture: Callable[[int, float], QPixmap] | None = None
        """Draws a picture at a side and pixel ratio, so it grows with the tile as a symbol does."""
        self._max_lines = max_lines
        self._words = WrapLabel("", max_lines, self)
        self._beside: bool | None = None
        self._words_beside = False
        """Words beside the symbol now: asked for (`beside`), or chosen to make the symbol the hero."""
        self._row_mates: list[SymbolButton] = []
        """Tiles in the same row as this one (share_layout): words beside or under, all the same."""
        self.set_beside(beside)
        self._words.setVisible(False)
        self._draw_symbol()
        self.set_words(words, spoken)
        app = QApplication.instance()
        self.show_symbols(app is None or app.property(SYMBOLS_ON_PROPERTY) is not False)
        self.clicked.connect(self.speak)
        self.toggled.connect(self._restyle_words)

    @property
    def beside(self) -> bool:
        return bool(self._beside)

    @property
    def words_beside(self) -> bool:
        """Where the words are now: beside the symbol (True) or under it."""
        return self._words_beside

    def set_beside(self, beside: bool) -> None:
        """Symbol above the words, or left of them: a row that is short of height at big word sizes
        turns its buttons on their side, so the words keep a whole line."""
        if beside == self._beside:
            return
        self._beside = beside
        self._words.setAlignment(Qt.AlignmentFlag.AlignLeft if beside else Qt.AlignmentFlag.AlignHCenter)
        self.updateGeometry()
        self._place()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._restyle_words()

    def event(self, event: QEvent) -> bool:
        # The words asked for new room (a new word size, more lines): place them again.
        if event.type() == QEvent.Type.LayoutRequest:
            self._apply_largest()
            self._apply_least()
            self._place()
        return super().event(event)

    # A screen's cap on a button's size is set for normal words; bigger words get a bigger cap in
    # step, so a row that was just big enough still gives its words whole lines.

    def setMaximumSize(self, *size: object) -> None:  # type: ignore[override]
        self._largest = QSize(*size)  # type: ignore[arg-type]
        self._apply_largest()

    def setMaximumHeight(self, height: int) -> None:
        self._largest = QSize(self._largest.width(), height)
        self._apply_largest()

    def setMaximumWidth(self, width: int) -> None:
        self._largest = QSize(width, self._largest.height())
        self._apply_largest()

    def setMinimumSize(self, *size: object) -> None:  # type: ignore[override]
        self._least = QSize(*size)  # type: ignore[arg-type]
        self._apply_least()

    def setMinimumWidth(self, width: int) -> None:
        self._least = QSize(width, self._least.height())
        self._apply_least()

    def setMinimumHeight(self, height: int) -> None:
        self._least = QSize(self._least.width(), height)
        self._apply_least()

    def _apply_least(self) -> None:
        """A screen's least width gives way to the longest word's: a squeezed row pages or shrinks
        what is round it rather than breaking "Everything" across two lines."""
        if self._fixed:
            return  # a cell of a grid: its width follows the word size alone (_apply_largest)
        width = self._least.width()
        if self._beside is not None:
            width = min(max(width, self.minimumSizeHint().width()), max(width, self.maximumWidth()))
        QPushButton.setMinimumSize(self, width, self._least.height())

    def setFixedSize(self, *size: object) -> None:  # type: ignore[override]
        """This size for normal words, growing with bigger words like any other cap."""
        self.setMinimumSize(*size)
        self.setMaximumSize(*size)

    def keep_cell_size(self, width: int, height: int) -> None:
        """A tile in a grid of cells of one width: that width for normal words, wider in step with
        bigger words ("Gweithgareddau" whole), the same for every tile so the grid's columns line
        up; bigger words may make it taller too, as any other cap."""
        self._largest = self._least = QSize(width, height)
        self._fixed = True
        self._apply_largest()

    def cap_width(self, width: int) -> None:
        """A width not to pass at any word size (unlike setMaximumWidth's, which grows with words)."""
        self._cap = width
        self._apply_largest()

    def _apply_largest(self) -> None:
        scale = max(1.0, QFontInfo(self._words.font()).pointSizeF() / NORMAL_POINTS)
        if self._fixed:
            # Only the bigger word sizes widen a cell: at normal words every cell is exactly its size,
            # whatever a screen's own font adds a point or so to.
            grow = scale if scale >= GROWING_SCALE else 1.0
            width = round(self._largest.width() * grow)
            QPushButton.setMinimumSize(self, width, self._largest.height())
            QPushButton.setMaximumSize(self, width, round(self._largest.height() * grow))
            return
        width, height = self._largest.width(), self._largest.height()
        QPushButton.setMaximumSize(
            self,
            min(self._cap, width if width >= UNLIMITED else min(UNLIMITED, round(width * scale))),
            height if height >= UNLIMITED else min(UNLIMITED, round(height * scale)),
        )
        self._apply_least()  # a new cap may be below the least width the words wanted

    def _restyle_words(self, _checked: bool = False) -> None:
        # Style sheets match [checked="true"] and [enabled="false"] only when polished again.
        style = self._words.style()
        style.unpolish(self._words)
        style.polish(self._words)
        self._words.update()

    @property
    def words(self) -> str:
        return self._words.text()

    @property
    def spoken(self) -> str:
        return self._spoken

    @property
    def symbol_id(self) -> str | None:
        return self._symbol_id

    def set_words(self, words: str, spoken: str | None = None, shorter: str | None = None) -> None:
        """`shorter` shows where `words` would be cut (see WrapLabel.setText)."""
        self._words.setText(words, shorter)
        self._words.setVisible(bool(words))
        self.updateGeometry()
        self._place()
        self._spoken = spoken if spoken is not None else words
        self.setAccessibleName(self._spoken)
        self.setToolTip("")
        self.show_symbols(self._symbols_on)

    def set_max_lines(self, max_lines: int) -> None:
        """More lines of words where a row turns its buttons on their side at big word sizes."""
        self._words.set_max_lines(max_lines)

    def show_symbols(self, on: bool) -> None:
        """Words only, for a person who chose no symbols. People's pictures always show, and so does
        a symbol that has no words beside it."""
        self._symbols_on = on
        self._icon.setVisible(on or self._symbol_id is None or not self.words)
        self._place()

    def set_symbol(self, symbol_id: str | None) -> None:
        self._symbol_id = symbol_id
        self._picture = None
        self._draw_picture = None
        self._draw_symbol()

    def set_picture(self, pixmap: QPixmap) -> None:
        """Shows a picture (such as a person's photo) in place of a catalogue symbol."""
        self._symbol_id = None
        self._draw_picture = None
        self._draw_when_shown = False
        self._picture = pixmap
        self._icon.setPixmap(self._fitted_picture())
        self.show_symbols(self._symbols_on)

    def set_drawn_picture(self, draw: Callable[[int, float], QPixmap]) -> None:
        """Shows a picture made from symbols (a topic with its done tick, a person's own symbol, a
        sample of letters), drawn afresh at the symbol's side: it fills the tile as a symbol does,
        where a picture made once at a fixed size would stay small in a big tile."""
        self._symbol_id = None
        self._picture = None
        self._draw_picture = draw
        self._draw_symbol()
        self.show_symbols(self._symbols_on)

    def _draws(self) -> bool:
        return self._symbol_id is not None or self._draw_picture is not None

    def _drawn(self) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._draw_picture is not None:
            return self._draw_picture(self._side, ratio)
        assert self._symbol_id is not None
        return self._painter.pixmap(self._symbol_id, self._side, ratio)

    def _fitted_picture(self) -> QPixmap:
        """A photo shrinks with the tile but is never blown up past the size it was made at."""
        assert self._picture is not None
        ratio = self._picture.devicePixelRatioF() or 1.0
        natural = round(max(self._picture.width(), self._picture.height()) / ratio)
        if natural <= self._side or natural <= 0:
            return self._picture
        scaled = self._picture.scaled(
            round(self._side * ratio),
            round(self._side * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(ratio)
        return scaled

    def speak(self) -> None:
        if self._spoken:
            self._speaker.say(self._spoken)

    def _draw_symbol(self) -> None:
        """Drawn when the button is first shown, not when made: a page of search results or the later
        pages of a grid make many buttons a person may never see (a new picture costs milliseconds)."""
        if not self._draws():
            self._draw_when_shown = False
            if self._picture is not None:
                self._icon.setPixmap(self._fitted_picture())
            else:
                self._icon.clear()
            return
        if not self.isVisible():
            self._draw_when_shown = True
            return
        self._draw_when_shown = False
        self._icon.setPixmap(self._drawn())

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_largest()  # the word size may have changed while the button was hidden
        if self._draw_when_shown:
            self._draw_symbol_now()
        super().showEvent(event)

    def _draw_symbol_now(self) -> None:
        self._draw_when_shown = False
        if self._draws():
            self._icon.setPixmap(self._drawn())

    # The symbol and words are placed by hand, not by a layout: the symbol's size follows the tile
    # (a layout would make the drawn size the button's minimum, and the tile could never shrink back).

    @property
    def symbol_side(self) -> int:
        """The symbol's longer side as drawn now, in logical pixels (0 when no symbol shows): what is on
        screen, so a picture smaller than the room it was given counts at the size it is seen."""
        pixmap = self._icon.pixmap()
        if not self._icon.isVisibleTo(self) or pixmap.isNull():
            return 0
        ratio = pixmap.devicePixelRatioF() or 1.0
        return round(max(pixmap.width(), pixmap.height()) / ratio)

    def _shows_symbol(self) -> bool:
        return not self._icon.isHidden()

    def _shows_words(self) -> bool:
        return bool(self._words.text())

    def _line_height(self) -> int:
        return QFontMetrics(self._words.font()).lineSpacing()

    def _words_height(self, width: int, lines: int) -> int:
        needed = self._words.line_count(width)
        return min(max(1, needed), lines) * self._line_height() + 2

    def sizeHint(self) -> QSize:
        symbol = self._symbol_size + PAD if self._shows_symbol() else 0
        if self._beside:
            words = self._words.sizeHint() if self._shows_words() else QSize(0, 0)
            width = 2 * EDGE_BESIDE + symbol + (GAP_BESIDE + words.width() if words.width() else 0)
            height = 2 * EDGE + max(symbol, words.height())
        else:
            words_width = self._words.sizeHint().width() if self._shows_words() else 0
            width = 2 * EDGE + max(symbol, words_width)
            height = self.heightForWidth(width)
        return QSize(width, height).expandedTo(QSize(MIN_TARGET, MIN_TARGET))

    def minimumSizeHint(self) -> QSize:
        symbol = min(self._symbol_size, SMALLEST_SYMBOL) + PAD if self._shows_symbol() else 0
        words = self._words.minimumSizeHint() if self._shows_words() else QSize(0, 0)
        if self._beside:
            size = QSize(
                2 * EDGE_BESIDE + symbol + GAP_BESIDE + words.width(),
                2 * EDGE + max(symbol, words.height()),
            )
        else:
            gap = GAP if symbol and words.height() else 0
            size = QSize(2 * EDGE + max(symbol, words.width()), 2 * EDGE + symbol + gap + words.height())
        return size.expandedTo(QSize(MIN_TARGET, MIN_TARGET))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the words need at this width under a symbol of its usual size, or beside the
        smallest symbol (a row on its side is short of height: the symbol takes what more it gets)."""
        if self._beside:
            # The fewest lines the words can have: the symbol beside them gives way to words that
            # would take another line (_place_beside), so a row on its side is as low as it can be.
            symbol = min(self._symbol_size, SMALLEST_SYMBOL) + PAD if self._shows_symbol() else 0
            room = width - 2 * EDGE_BESIDE - (symbol + GAP_BESIDE if symbol else 0)
            words = self._words_height(max(1, room), max(self._max_lines, MOST_LINES))
            return max(MIN_TARGET, 2 * EDGE + max(symbol, words))
        symbol = self._symbol_size + PAD if self._shows_symbol() else 0
        if not self._shows_words():
            return max(MIN_TARGET, 2 * EDGE + symbol)
        gap = GAP if symbol else 0
        words = self._words_height(max(1, width - 2 * EDGE), max(self._max_lines, MOST_LINES))
        return max(MIN_TARGET, 2 * EDGE + symbol + gap + words)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Gives the words the lines they need (up to MOST_LINES when the tile has the height), and the
        symbol all the room that is left, so it is the hero of a big tile and gives way in a small one."""
        if self._beside is None:
            return
        hero = False
        if self._beside:
            side, words_box = self._place_beside()
        else:
            side, words_box = self._place_above()
            hero = self._hero_beside(side)
            self._words.setAlignment(Qt.AlignmentFlag.AlignLeft if hero else Qt.AlignmentFlag.AlignHCenter)
            if hero:
                side, words_box = self._place_beside()
        changed = self._words_beside != (self._beside or hero)
        self._words_beside = self._beside or hero
        if changed:
            for mate in self._row_mates:
                if not mate.isHidden() and mate._words_beside != self._words_beside:
                    mate._place()
        if side != self._side:
            self._side = side
            self._draw_symbol() if self._draws() else self._refit_picture()
        self._words.setGeometry(words_box)

    def _refit_picture(self) -> None:
        if self._picture is not None:
            self._icon.setPixmap(self._fitted_picture())

    def _place_above(self) -> tuple[int, QRect]:
        side, lines, icon_box, words_box = self._above()
        self._words.set_max_lines(max(lines, 1))
        if icon_box is not None:
            self._icon.setGeometry(icon_box)
        return side, words_box

    def _above(self) -> tuple[int, int, QRect | None, QRect]:
        """Symbol over words, worked out without placing anything: the symbol's side, the words'
        lines, the symbol's box (None when no symbol shows) and the words' box."""
        inner = self.rect().adjusted(EDGE, EDGE_ABOVE, -EDGE, -EDGE_ABOVE)
        symbol_shown, words_shown = self._shows_symbol(), self._shows_words()
        words_height, lines = 0, 0
        if words_shown:
            lines = self._lines_that_fit(inner.width(), inner.height(), symbol_shown)
            words_height = self._words_height(inner.width(), lines)
        gap = GAP if symbol_shown and words_shown else 0
        side = self._side
        if symbol_shown:
            room = min(inner.width(), inner.height() - words_height - gap) - PAD
            most = round(min(self.width(), self.height()) * LARGEST_SHARE)
            side = _step(max(SMALLEST_SYMBOL, min(room, most)))
        used = (side + PAD if symbol_shown else 0) + gap + words_height
        top = inner.top() + max(0, (inner.height() - used) // 2)
        icon_box = None
        if symbol_shown:
            box = side + PAD
            icon_box = QRect(inner.left() + (inner.width() - box) // 2, top, box, box)
            top += box + gap
        words_box = QRect(inner.left(), top, inner.width(), max(words_height, inner.bottom() + 1 - top))
        return side, lines, icon_box, words_box

    def _lines_that_fit(self, width: int, height: int, symbol_shown: bool) -> int:
        """As many lines as the words need, while a small symbol still fits above: a tall tile (Home's
        next meeting in Welsh at the biggest size) gives its words up to TALL_TILE_LINES."""
        needed = max(1, self._words.line_count(width, whole=True))
        lines = min(needed, max(self._max_lines, TALL_TILE_LINES))
        symbol = SMALLEST_SYMBOL + PAD + GAP if symbol_shown else 0
        while lines > self._max_lines and symbol + lines * self._line_height() + 2 > height:
            lines -= 1
        return lines

    def keep_corner(self, width: int) -> None:
        """Words beside the symbol stop this far short of the right edge (a tick badge's corner)."""
        self._corner = max(0, width - EDGE_BESIDE)
        self.updateGeometry()
        self._place()

    def _inner_beside(self, corner: int = 0) -> QRect:
        return self.rect().adjusted(EDGE_BESIDE, EDGE, -EDGE_BESIDE - corner, -EDGE)

    def _hero_beside(self, side_above: int) -> bool:
        """A wide, low tile whose symbol over its words would be under half its height puts the words
        beside the symbol instead when that draws the symbol at least that big with the words still
        whole (at big word sizes the words take the room first, and the layout stays as it is).
        Tiles sharing a row (share_layout) decide together, so a row never mixes the two."""
        wants = self._wants_beside(side_above)
        mates = [m for m in self._row_mates if not m.isHidden()]
        if not mates:
            return wants
        row = [self, *mates]
        wanting = [wants, *(mate._wants_beside(mate._above()[0]) for mate in mates)]
        if not any(wanting):
            return False
        if all(w or t._fits_beside(TOGETHER_LINES) for t, w in zip(row, wanting, strict=True)):
            return True
        return wants  # one tile cannot: each keeps its own symbol big, and the row mixes

    def _wants_beside(self, side_above: int) -> bool:
        low = min(self.width(), self.height())
        return side_above + PAD < HERO_SHARE * low and self._fits_beside(MOST_LINES)

    def _fits_beside(self, most_lines: int) -> bool:
        """Words beside the symbol would be whole in at most `most_lines` lines, with the symbol at
        least HERO_SHARE of the tile: a wide tile at normal words only."""
        if not (self._shows_symbol() and self._shows_words()) or self.width() <= self.height():
            return False
        if QFontInfo(self._words.font()).pointSizeF() / NORMAL_POINTS >= GROWING_SCALE:
            return False  # big words: they take the room first
        inner = self._inner_beside(self._corner)
        fits = max(1, inner.height() // max(1, self._line_height()))
        floor = self._hero_floor()  # the smallest hero symbol leaves the words the most room
        lines = min(fits, most_lines)
        return floor <= self._tallest_beside(inner) and self._whole_beside(inner, floor, lines)

    def _hero_floor(self) -> int:
        """The smallest symbol side that is still HERO_SHARE of the tile (even, as sides step by 2)."""
        least = math.ceil(HERO_SHARE * min(self.width(), self.height())) - PAD
        return max(SMALLEST_SYMBOL, least + least % 2)

    def _whole_beside(self, inner: QRect, side: int, lines: int) -> bool:
        """The words whole in at most `lines` lines beside a symbol of this side."""
        room = inner.width() - side - PAD - GAP_BESIDE
        return self._words.line_count(room) <= lines and not self._words.breaks_a_word(room)

    def _tallest_beside(self, inner: QRect) -> int:
        """The biggest symbol beside words: as tall as the tile allows, at most half its width."""
        most = round(min(self.height() * LARGEST_SHARE, self.width() * 0.5))
        return _step(max(SMALLEST_SYMBOL, min(inner.height() - PAD, most, self._symbol_size * 2)))

    def _side_beside(self, inner: QRect, most_lines: int) -> tuple[int, bool]:
        """The biggest symbol beside whole words, in as few lines as a symbol still HERO_SHARE of the
        tile allows ("Bydda i'n / mynd" rather than a word a line beside a slightly bigger symbol);
        and whether the words are whole at all (False: they are as whole as the smallest symbol lets)."""
        side = self._tallest_beside(inner)
        if not self._shows_words():
            return side, True
        floor = self._hero_floor()
        room = inner.width() - floor - PAD - GAP_BESIDE
        if floor <= side and not self._words.breaks_a_word(room):
            most_lines = min(most_lines, max(1, self._words.line_count(room)))
        while not self._whole_beside(inner, side, most_lines):
            if side <= SMALLEST_SYMBOL:
                return side, False
            side -= 2
        return side, True

    def _place_beside(self) -> tuple[int, QRect]:
        """The symbol as tall as the button allows, made smaller only while the words beside it would
        otherwise be cut or broken inside a word. The words keep clear of a badge's corner where
        they can; where they cannot, whole words come first."""
        for corner in dict.fromkeys((self._corner, 0)):
            inner = self._inner_beside(corner)
            fits = max(1, inner.height() // max(1, self._line_height()))
            lines = max(self._max_lines, min(fits, MOST_LINES))
            side, whole = self._side, True
            if self._shows_symbol():
                side, whole = self._side_beside(inner, min(lines, fits))
            if whole:
                break
        self._words.set_max_lines(lines)
        left = inner.left()
        if self._shows_symbol():
            box = side + PAD
            self._icon.setGeometry(left, inner.top() + (inner.height() - box) // 2, box, box)
            left += box + GAP_BESIDE
        width = max(1, inner.right() + 1 - left)
        return side, QRect(left, inner.top(), width, inner.height())


def share_layout(tiles: list[SymbolButton]) -> None:
    """These tiles stand in one row: their words go beside their symbols or under them all alike."""
    for tile in tiles:
        tile._row_mates = [other for other in tiles if other is not tile]


def _step(side: int) -> int:
    """Symbol sides in steps of 2 px: a resize by a pixel draws nothing new."""
    return max(8, side - side % 2)
