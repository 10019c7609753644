"""Finds words a screen does not show whole: cut off by their box, ended with "…", broken inside a
word across two lines, pushed outside their parent, or drawn over other words. Used by the fit test
(every screen, every word size, English and Welsh, both looks) and by scripts/screenshots.py
--check-fit, so a person never has to guess the end of a button's words.

Only what is on screen counts: hidden widgets, and widgets on a page not shown, are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

from coprod_desktop.ui.widgets.wrap_label import WrapLabel

ELLIPSIS = "…"
SLACK = 2
"""Pixels of rounding allowed before words count as cut."""


@dataclass(frozen=True)
class CutWords:
    """One place where words do not show whole."""

    widget: str
    words: str
    why: str

    def __str__(self) -> str:
        return f"{self.why}: {self.words!r} ({self.widget})"


def cut_words(root: QWidget) -> list[CutWords]:
    """Every place under `root` (as it is laid out now) where words are not shown whole."""
    found: list[CutWords] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or not widget.isVisible() or widget.width() <= 0:
            continue
        if _on_another_page(widget, root):
            continue
        found += _check(widget, root)
    return found


def _on_another_page(widget: QWidget, root: QWidget) -> bool:
    """Scrolled wholly out of a scroll area's view: on another page of it (the pager's arrows reach
    it), not cut."""
    box = _box(widget, root)
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.objectName() == "qt_scrollarea_viewport":
            view = _box(parent, root)
            if not view.intersects(box):
                return True
        parent = parent.parentWidget()
    return False


def _box(widget: QWidget, root: QWidget) -> QRect:
    """Where the widget is, in the root's coordinates (QWidget's own methods: a screen may name an
    attribute "size" or "rect")."""
    return QWidget.rect(widget).translated(QWidget.mapTo(widget, root, QPoint(0, 0)))


def _name(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None and len(names) < 3:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return " < ".join(names)


def _check(widget: QWidget, root: QWidget) -> list[CutWords]:
    if isinstance(widget, WrapLabel):
        return _wrap_label(widget, root)
    if isinstance(widget, QLabel):
        return _label(widget, root)
    if isinstance(widget, QAbstractButton) and widget.text():
        return _button_text(widget)
    return []


def _wrap_label(label: WrapLabel, root: QWidget) -> list[CutWords]:
    text = " ".join(label.text().split())
    if not text:
        return []
    lines = label.visible_lines(label.width())
    problems = []
    if lines and lines[-1].endswith(ELLIPSIS) and not text.endswith(ELLIPSIS):
        problems.append(CutWords(_name(label), text, "ended with …"))
    elif label.heightForWidth(label.width()) > label.height() + SLACK:
        problems.append(CutWords(_name(label), text, "taller than its box"))
    if label.breaks_a_word(label.width(), as_drawn=True):
        problems.append(CutWords(_name(label), text, "a word broken across lines"))
    return problems + _outside(label, root, text)


def _label(label: QLabel, root: QWidget) -> list[CutWords]:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return []
    problems = []
    contents = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            problems.append(CutWords(_name(label), text, "taller than its box"))
    else:
        metrics = label.fontMetrics()
        widest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
        if widest > contents.width() + SLACK:
            problems.append(CutWords(_name(label), text, "wider than its box"))
    return problems + _outside(label, root, text)


def _button_text(button: QAbstractButton) -> list[CutWords]:
    metrics = button.fontMetrics()
    room = button.contentsRect().width() - 16  # the style's padding either side
    if metrics.horizontalAdvance(button.text()) > room + SLACK:
        return [CutWords(_name(button), button.text(), "wider than its button")]
    return []


def _is_scroll_view(widget: QWidget) -> bool:
    """The window of a scroll area onto its content (whatever name a screen gave it for styling)."""
    area = widget.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is widget


def _outside(widget: QWidget, root: QWidget, text: str) -> list[CutWords]:
    """Words whose box reaches past an ancestor's edge are cut by it (a layout squeezed too far)."""
    box = _box(widget, root)
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        above = parent.parentWidget()
        if above is not None and _is_scroll_view(above):
            # A scroll area's content is meant to be taller than its view (it scrolls into sight),
            # but words reaching past its sides are cut.
            area = _box(above, root)
            if box.left() < area.left() - SLACK or box.right() > area.right() + SLACK:
                return [CutWords(_name(widget), text, "past the side of a scrolling area")]
            return []
        area = _box(parent, root)
        if not area.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(box):
            return [CutWords(_name(widget), text, f"outside {type(parent).__name__}")]
        if parent is root:
            break
        parent = parent.parentWidget()
    return []
