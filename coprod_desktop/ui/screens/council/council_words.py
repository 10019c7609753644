"""The recovery council's words, shared by the rep's screen and the staff's Council packs: the
times to choose from, counts as services.disclosure allows them, what people raised and how it
went, quotes, and making the pack's files. Each is QCoreApplication.translate with its words written
out, so lupdate finds them for Welsh."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate

from coprod_desktop.services.council import (
    CouncilProblem,
    Count,
    PackInfo,
    Quote,
    RaisedTheme,
    TopicTheme,
)
from coprod_desktop.services.disclosure import shown_row
from coprod_desktop.store.kinds import ActionSource, ActionStatus, PackStatus
from coprod_desktop.ui.action_words import status_words
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.ward.raise_screen import topic_title

# --- periods -----------------------------------------------------------------------------------------


def month_start(moment: datetime, back: int = 0) -> datetime:
    """The first day of the month `back` months before `moment`'s month (negative: later), at UTC
    midnight. The pack writer names days from the stored UTC times, so periods are whole UTC days."""
    moment = moment.astimezone(UTC)
    index = moment.year * 12 + moment.month - 1 - back
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=UTC)


def council_periods(now: datetime, packs: list[PackInfo]) -> dict[str, tuple[datetime, datetime]]:
    """The times a rep can choose. Each ends with this month, so the same choice on another day this
    month reopens the same draft. "Since the last council" is there only after a pack was taken."""
    end = month_start(now, -1)
    periods = {"month": (month_start(now), end), "quarter": (month_start(now, 2), end)}
    taken = [pack.end for pack in packs if pack.status is not PackStatus.DRAFT]
    if taken and max(taken) < end:
        periods["since"] = (max(taken), end)
    return periods


# --- words shared with the staff screen --------------------------------------------------------------
# Each is QCoreApplication.translate with its words written out, so lupdate finds them for Welsh.


def cell_words(value: int | None) -> str:
    """A count as services.disclosure shows it: None is "fewer than 3"."""
    return QCoreApplication.translate("CouncilWords", "fewer than 3") if value is None else str(value)


def count_words(count: Count) -> str:
    """A number fit for anything anonymous: 1 or 2 (or fewer than 3 people) never shows as itself."""
    return cell_words(shown_row((count,)).cells[0])


def rating_counts(theme: TopicTheme) -> str:
    """ "Good 4, Not sure fewer than 3, Not good 5", or that only a few people talked about it."""
    shown = theme.shown
    if shown.few:
        return QCoreApplication.translate("CouncilWords", "A few people talked about this.")
    good, not_sure, not_good, no_rating = shown.cells
    parts = [
        QCoreApplication.translate("CouncilWords", "Good {n}").format(n=cell_words(good)),
        QCoreApplication.translate("CouncilWords", "Not sure {n}").format(n=cell_words(not_sure)),
        QCoreApplication.translate("CouncilWords", "Not good {n}").format(n=cell_words(not_good)),
    ]
    if no_rating != 0:
        parts.append(
            QCoreApplication.translate("CouncilWords", "No face chosen {n}").format(n=cell_words(no_rating))
        )
    return ", ".join(parts)


def topic_words(theme: TopicTheme) -> tuple[str, str]:
    """(title, details) for a SAY group topic; the total only where disclosure shows it."""
    total = theme.shown.total
    lines = [rating_counts(theme)]
    if total is not None:
        lines.insert(0, QCoreApplication.translate("CouncilWords", "Views given: {n}").format(n=total))
    return topic_title(theme.label), "\n".join(lines)


def symbol_words(context: UiContext, symbol_id: str | None) -> str:
    if not symbol_id:
        return QCoreApplication.translate("CouncilWords", "other things")
    words = context.catalogue.label(symbol_id, context.languages.current)
    return words or symbol_id.removeprefix("topic-").replace("-", " ")


def raised_words(context: UiContext, theme: RaisedTheme) -> tuple[str, str]:
    """(title, details) for ideas or not-happy reports under one symbol."""
    about = symbol_words(context, theme.symbol_id)
    if theme.source is ActionSource.IDEA:
        title = QCoreApplication.translate("CouncilWords", "Ideas about {about}").format(about=about)
    else:
        title = QCoreApplication.translate("CouncilWords", "Not happy about {about}").format(about=about)
    return title, QCoreApplication.translate("CouncilWords", "How many: {n}").format(
        n=count_words(theme.count)
    )


def status_line(status: ActionStatus, count: Count | int | None) -> tuple[str, str]:
    """(title, details) for You said, we did in one status: words and shape, never colour alone.
    `count` is a Count on its own, or its cell from `Themes.status_row()` beside the others."""
    n = count_words(count) if isinstance(count, Count) else cell_words(count)
    return status_words(status), QCoreApplication.translate("CouncilWords", "How many: {n}").format(n=n)


def quote_label(quote: Quote) -> str:
    """Where the words come from, without who said them."""
    if quote.topic:
        title = topic_title(quote.topic)
        return QCoreApplication.translate("CouncilWords", "Said in a SAY group about {topic}").format(
            topic=title
        )
    if quote.source is ActionSource.IDEA:
        return QCoreApplication.translate("CouncilWords", "An idea someone had")
    if quote.source is ActionSource.NOT_HAPPY:
        return QCoreApplication.translate("CouncilWords", "Something someone is not happy about")
    return QCoreApplication.translate("CouncilWords", "Something someone raised")


def day_words(context: UiContext, moment: datetime) -> str:
    day = moment.astimezone(UTC).date()
    return context.languages.locale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def period_words(context: UiContext, start: datetime, end: datetime) -> str:
    """ "1 November 2026 to 30 November 2026": the end is the last whole day in the period."""
    last = end - timedelta(microseconds=1)
    return QCoreApplication.translate("CouncilWords", "{start} to {end}").format(
        start=day_words(context, start), end=day_words(context, last)
    )


def make_pack_files(context: UiContext, pack_id: uuid.UUID, language: str) -> tuple[Path, Path]:
    """Writes the pack's PDF and PowerPoint into the data folder's shares/ (where staff pick up
    copies to hand on). Safe on a worker thread: symbols are drawn into QImages."""
    from coprod_desktop.services.share.council_pack import write_council_pack
    from coprod_desktop.ui.symbol_png import QtSymbolImages

    contents = context.services.council.pack_contents(pack_id, language)
    return write_council_pack(
        contents,
        context.paths.shares,
        language,
        images=QtSymbolImages(context.catalogue, context.painter),
        symbol_label=context.catalogue.label,
    )


def pack_problem_words(error: object) -> str:
    """A failure to make the files, in plain words (never a traceback)."""
    from coprod_desktop.services.export.pdf_report import ReportFontMissing

    if isinstance(error, CouncilProblem):
        return QCoreApplication.translate("CouncilWords", "The pack could not be made. {why}").format(
            why=str(error)
        )
    if isinstance(error, ReportFontMissing):
        return QCoreApplication.translate(
            "CouncilWords",
            "The pack could not be made: a font is missing on this computer. Please ask staff.",
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "CouncilWords", "The pack could not be saved. The folder may be full. Please ask staff."
        )
    return QCoreApplication.translate(
        "CouncilWords", "Something went wrong. The pack was not made. Please ask staff to help."
    )
