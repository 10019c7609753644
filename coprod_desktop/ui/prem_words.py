"""Words for the experience questions (PREMs): the default questions marked for translation, and
how a change since last time is said.

The service keeps the default questions as English constants; marking them here with
QT_TRANSLATE_NOOP lets lupdate find them, and `item_words` shows them in the person's language.
A question staff have reworded is shown exactly as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from coprod_desktop.services.prems import DEFAULT_TEXTS, Change

CONTEXT = "PremItems"

DEFAULT_ITEM_WORDS = (
    QT_TRANSLATE_NOOP("PremItems", "I feel safe on the ward."),
    QT_TRANSLATE_NOOP("PremItems", "Staff listen to me."),
    QT_TRANSLATE_NOOP("PremItems", "Staff are kind to me."),
    QT_TRANSLATE_NOOP("PremItems", "I have a say in my care."),
    QT_TRANSLATE_NOOP("PremItems", "I know what is happening in my care."),
    QT_TRANSLATE_NOOP("PremItems", "There are things to do that I like."),
    QT_TRANSLATE_NOOP("PremItems", "I can keep in touch with family and friends."),
    QT_TRANSLATE_NOOP("PremItems", "I feel hopeful about my future."),
)
"""Each of services.prems.DEFAULT_ITEMS' texts, word for word (tests check they match)."""

DEFAULT_SYMBOL = "question"
"""Shown for a question staff gave no picture."""


def text_words(text: str) -> str:
    """A question's words to show: ours translated, staff's own as typed."""
    return QCoreApplication.translate(CONTEXT, text) if text in DEFAULT_TEXTS else text


def item_words(item: object) -> str:
    """`text_words` for an ItemInfo or ItemTrend (anything with `.text`)."""
    return text_words(str(getattr(item, "text", "")))


def change_words(change: Change | None, answered_now: bool) -> str:
    """How a question went against last time, in plain words."""
    if not answered_now:
        return QCoreApplication.translate("PremWords", "You skipped this one")
    if change is Change.BETTER:
        return QCoreApplication.translate("PremWords", "Better than last time")
    if change is Change.SAME:
        return QCoreApplication.translate("PremWords", "The same as last time")
    if change is Change.WORSE:
        return QCoreApplication.translate("PremWords", "Worse than last time")
    return QCoreApplication.translate("PremWords", "First time")


def every_words(every_days: int | None) -> str:
    """How often a person is asked, for staff."""
    if every_days is None:
        return QCoreApplication.translate("PremWords", "Not asked")
    if every_days % 7 == 0:
        weeks = every_days // 7
        if weeks == 1:
            return QCoreApplication.translate("PremWords", "Every week")
        return QCoreApplication.translate("PremWords", "Every {weeks} weeks").format(weeks=weeks)
    return QCoreApplication.translate("PremWords", "Every {days} days").format(days=every_days)
