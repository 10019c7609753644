"""Thank-yous as Qt list models, and the plain words that say a thank-you aloud.

A ward's wall may hold thousands of thank-yous, so ThankYouWallModel asks the service for one page at
a time (canFetchMore/fetchMore) as the list is scrolled: opening the wall never loads them all.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from coprod_desktop.services.thanks import ThanksRecord
from coprod_desktop.store.kinds import ThankReason

if TYPE_CHECKING:
    from coprod_desktop.services.thanks import ThanksService
    from coprod_desktop.symbols.catalogue import SymbolCatalogue

PAGE_SIZE = 200
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The ThanksRecord itself, for the delegate that paints the card."""
TO_ROLE = Qt.ItemDataRole.UserRole + 2
"""Who it is to, in words (a name, the word of the picture chosen for someone else, or "someone")."""

REASON_SYMBOLS: dict[ThankReason, str] = {
    ThankReason.HELPED_ME: "thanks-helped",
    ThankReason.LISTENED: "thanks-listened",
    ThankReason.MADE_ME_LAUGH: "thanks-laugh",
    ThankReason.WAS_KIND: "thanks-kind",
    ThankReason.SHARED: "thanks-shared",
    ThankReason.CALMED_ME: "thanks-calmed",
    ThankReason.TAUGHT_ME: "thanks-taught",
    ThankReason.SOMETHING_ELSE: "thanks-something-else",
}

AnyIndex = QModelIndex | QPersistentModelIndex


def reason_words(reason: ThankReason) -> str:
    """Short words for a reason: shown under its symbol, and joined up on a card."""
    words = {
        ThankReason.HELPED_ME: QCoreApplication.translate("ThankYouWords", "Helped me"),
        ThankReason.LISTENED: QCoreApplication.translate("ThankYouWords", "Listened to me"),
        ThankReason.MADE_ME_LAUGH: QCoreApplication.translate("ThankYouWords", "Made me laugh"),
        ThankReason.WAS_KIND: QCoreApplication.translate("ThankYouWords", "Was kind"),
        ThankReason.SHARED: QCoreApplication.translate("ThankYouWords", "Shared with me"),
        ThankReason.CALMED_ME: QCoreApplication.translate("ThankYouWords", "Calmed me down"),
        ThankReason.TAUGHT_ME: QCoreApplication.translate("ThankYouWords", "Taught me something"),
        ThankReason.SOMETHING_ELSE: QCoreApplication.translate("ThankYouWords", "Something else"),
    }
    return words[reason]


def recipient_words(
    record: ThanksRecord, catalogue: SymbolCatalogue | None = None, language: str = "en"
) -> str:
    """Who a thank-you is to, in words: their name; for someone else shown by a picture, the picture's
    word; named only in the author's voice, "someone" (their recording plays beside it)."""
    if record.to_name:
        return record.to_name
    if record.to_symbol_id and catalogue is not None:
        word = catalogue.label(record.to_symbol_id, language)
        if word:
            return word
    if record.to_recording_file:
        return QCoreApplication.translate("ThankYouWords", "someone named in their own voice")
    return QCoreApplication.translate("ThankYouWords", "someone")


Recipient = Callable[[ThanksRecord], str]


def from_to_words(record: ThanksRecord, to: str | None = None) -> str:
    """ "From Sam to Jo": who said it and to whom, as the card's heading (`to` from recipient_words)."""
    return QCoreApplication.translate("ThankYouWords", "From {author} to {to}").format(
        author=record.author_name, to=to if to is not None else recipient_words(record)
    )


def reasons_line(record: ThanksRecord) -> str:
    return ", ".join(reason_words(reason) for reason in record.reasons)


def spoken_thanks(record: ThanksRecord, to: str | None = None) -> str:
    """What is read aloud when a thank-you is tapped: who, why, and the words if there are any."""
    parts = [
        QCoreApplication.translate("ThankYouWords", "{author} says thank you to {to}.").format(
            author=record.author_name, to=to if to is not None else recipient_words(record)
        ),
    ]
    if record.reasons:  # why is optional
        why = QCoreApplication.translate("ThankYouWords", "Why: {reasons}.")
        parts.append(why.format(reasons=reasons_line(record)))
    if record.words:
        parts.append(record.words)
    return " ".join(parts)


class ThanksListModel(QAbstractListModel):
    """A short list of thank-yous held whole (such as those to one person)."""

    def __init__(
        self,
        records: list[ThanksRecord] | None = None,
        parent: object = None,
        recipient: Recipient | None = None,
    ) -> None:
        """`recipient` says who a thank-you is to in the reader's language (recipient_words)."""
        super().__init__(parent)  # type: ignore[arg-type]
        self._records: list[ThanksRecord] = list(records or [])
        self.recipient: Recipient = recipient or recipient_words

    def set_records(self, records: list[ThanksRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> ThanksRecord:
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._records)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        record = self._records[index.row()]
        if role == RECORD_ROLE:
            return record
        if role == TO_ROLE:
            return self.recipient(record)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return spoken_thanks(record, self.recipient(record))
        return None


class ThankYouWallModel(ThanksListModel):
    """The ward's wall, newest first, loaded PAGE_SIZE rows at a time as the view asks for more."""

    def __init__(
        self,
        thanks: ThanksService,
        ward_id: uuid.UUID,
        page_size: int = PAGE_SIZE,
        parent: object = None,
        recipient: Recipient | None = None,
    ) -> None:
        super().__init__(None, parent, recipient)
        self._thanks = thanks
        self._ward_id = ward_id
        self._page_size = page_size
        self._total = 0
        self.reload()

    @property
    def total(self) -> int:
        """How many thank-yous the wall holds in all (loaded or not)."""
        return self._total

    def reload(self) -> None:
        """Back to the first page, so new thank-yous show at the top."""
        self.beginResetModel()
        self._total = self._thanks.wall_count(self._ward_id)
        self._records = self._thanks.wall(self._ward_id, 0, self._page_size) if self._total else []
        self._offset = len(self._records)
        self._ids = {record.id for record in self._records}
        self.endResetModel()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._offset < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._offset >= self._total:
            return
        page = self._thanks.wall(self._ward_id, self._offset, self._page_size)
        if not page:
            self._total = self._offset  # some were taken off the wall meanwhile
            return
        self._offset += len(page)
        # One added since the first page shifts the offsets: it is never shown twice.
        page = [record for record in page if record.id not in self._ids]
        if not page:
            return
        self._ids.update(record.id for record in page)
        first = len(self._records)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._records.extend(page)
        self.endInsertRows()
