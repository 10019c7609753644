"""Whether the person's words are big (the two larger word sizes), for the few rows that must turn
their buttons on their side or show fewer lines so every word keeps a whole line."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QWidget

from coprod_desktop.store.kinds import TextSize
from coprod_desktop.ui.theme import BODY_POINTS

BIG_POINTS = BODY_POINTS[TextSize.LARGE]


def big_words(widget: QWidget) -> bool:
    """The widget's own font, as the style sheet of the person's word size made it."""
    return QFontInfo(widget.font()).pointSizeF() >= BIG_POINTS - 0.5
