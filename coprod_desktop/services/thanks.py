"""Say thank you: from one person to another on the ward, or to someone else (shown by a picture, named
in the author's own voice or typed), for reasons shown as symbols. "It's good being able to say thanks
to people."

The author decides whether it is read out at the mutual help meeting or just sent, and whether it
may go on the ward's thank-you wall. The audit log records that a thank-you was said, never its words.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.services.actions import said_symbols
from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import clean_name, clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import ThankDelivery, ThankReason, WhoseWords
from coprod_desktop.store.models import Person, ThankYou

WORDS_MAX = 2_000


class ThanksProblemKind(enum.StrEnum):
    """What is wrong, so a screen can say it in the person's language and go back to the right question."""

    NO_RECIPIENT = "no_recipient"
    NO_WRITER = "no_writer"
    AUTHOR_NOT_ON_WARD = "author_not_on_ward"
    THANKING_YOURSELF = "thanking_yourself"
    RECIPIENT_NOT_ON_WARD = "recipient_not_on_ward"


class ThanksProblem(ValueError):
    """A thank-you that cannot be saved; the message is fit to show and to speak."""

    def __init__(self, kind: ThanksProblemKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class ThanksRecord:
    id: uuid.UUID
    ward_id: uuid.UUID
    author_id: uuid.UUID
    author_name: str
    to_person_id: uuid.UUID | None
    to_name: str
    """The person's name on the ward, or someone else's as typed; "" when they were only shown by a
    picture or named in the author's voice."""
    reasons: tuple[ThankReason, ...]
    words: str | None
    whose: WhoseWords | None
    recording_file: str | None
    delivery: ThankDelivery
    show_on_wall: bool
    said_at: datetime
    read_out_at: datetime | None
    to_symbol_id: str | None = None
    """Someone else, shown by the picture the author chose."""
    to_recording_file: str | None = None
    """Someone else, named in the author's own voice (a file in the recordings folder)."""
    said_symbols: tuple[str, ...] = ()
    """The author's words said as symbols, in order (what they make is in `words`)."""


def _record(row: ThankYou, names: dict[uuid.UUID, str]) -> ThanksRecord:
    to_name = names.get(row.to_person_id, "") if row.to_person_id else ""
    return ThanksRecord(
        id=row.id,
        ward_id=row.ward_id,
        author_id=row.author_id,
        author_name=names.get(row.author_id, ""),
        to_person_id=row.to_person_id,
        to_name=to_name or row.to_name or "",
        reasons=tuple(ThankReason(r) for r in row.reasons),
        words=row.words,
        whose=row.whose,
        recording_file=row.recording_file,
        delivery=row.delivery,
        show_on_wall=row.show_on_wall,
        said_at=row.created_at,
        read_out_at=row.read_out_at,
        to_symbol_id=row.to_symbol_id if row.to_person_id is None else None,
        to_recording_file=row.to_recording_file if row.to_person_id is None else None,
        said_symbols=tuple(row.said_symbols or ()),
    )


class ThanksService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def say(
        self,
        author_id: uuid.UUID,
        reasons: tuple[ThankReason, ...],
        delivery: ThankDelivery,
        *,
        to_person_id: uuid.UUID | None = None,
        to_name: str | None = None,
        words: str | None = None,
        whose: WhoseWords = WhoseWords.MINE,
        written_by_id: uuid.UUID | None = None,
        recording_file: str | None = None,
        show_on_wall: bool = False,
        to_symbol_id: str | None = None,
        to_recording_file: str | None = None,
        symbols: tuple[str, ...] | list[str] = (),
    ) -> ThanksRecord:
        """Thanks someone on the author's ward (`to_person_id`) or someone else: by name (`to_name`), by
        a picture (`to_symbol_id`) or named in the author's voice (`to_recording_file`), any of them.
        Why is the author's to give or leave out: a thank-you needs no reason. `symbols` are the
        author's words said with pictures (the words they make come in `words`)."""
        named = bool(to_name and to_name.strip())
        someone_else = named or bool(to_symbol_id) or bool(to_recording_file)
        # A person on the ward is shown by their own picture and name: nothing else is kept beside it.
        if (to_person_id is None and not someone_else) or (to_person_id is not None and named):
            raise ThanksProblem(ThanksProblemKind.NO_RECIPIENT, "Choose one person to thank.")
        if whose is not WhoseWords.MINE and written_by_id is None:
            raise ThanksProblem(ThanksProblemKind.NO_WRITER, "Say which member of staff wrote these words.")
        with self._sessions.begin() as session:
            author = session.get(Person, author_id)
            if author is None or author.archived or author.ward_id is None:
                raise ThanksProblem(
                    ThanksProblemKind.AUTHOR_NOT_ON_WARD, "Only someone on a ward can say thank you here."
                )
            if to_person_id is not None:
                self._check_recipient(session, author, to_person_id)
            row = ThankYou(
                ward_id=author.ward_id,
                author_id=author_id,
                to_person_id=to_person_id,
                to_name=clean_name(to_name, limit=200) if named and to_name else None,
                to_symbol_id=to_symbol_id[:100] if to_symbol_id and to_person_id is None else None,
                to_recording_file=to_recording_file if to_person_id is None else None,
                reasons=list(dict.fromkeys(r.value for r in reasons)),
                words=clean_text(words, limit=WORDS_MAX) if words and words.strip() else None,
                whose=whose if words and words.strip() else None,
                written_by_id=written_by_id if whose is not WhoseWords.MINE else None,
                said_symbols=said_symbols(symbols),
                recording_file=recording_file,
                delivery=delivery,
                show_on_wall=show_on_wall,
                created_at=self._clock(),  # the wall and the mutual help meeting go by this time
            )
            session.add(row)
            session.flush()
            add_event(
                session,
                self._clock,
                "thank_you_said",
                actor_id=author_id,
                subject_id=to_person_id,
                detail={"delivery": delivery.value, "reasons": len(row.reasons)},
            )
            return _record(row, self._names(session, [row]))

    @staticmethod
    def _check_recipient(session: Session, author: Person, to_person_id: uuid.UUID) -> None:
        if to_person_id == author.id:
            raise ThanksProblem(
                ThanksProblemKind.THANKING_YOURSELF, "You cannot thank yourself. Choose someone else."
            )
        recipient = session.get(Person, to_person_id)
        if recipient is None or recipient.archived or recipient.ward_id != author.ward_id:
            raise ThanksProblem(
                ThanksProblemKind.RECIPIENT_NOT_ON_WARD,
                "This person is not on your ward now. Choose “someone else” and staff can type their name.",
            )

    @staticmethod
    def _names(session: Session, rows: list[ThankYou]) -> dict[uuid.UUID, str]:
        ids = {r.author_id for r in rows} | {r.to_person_id for r in rows if r.to_person_id}
        if not ids:
            return {}
        found = session.execute(select(Person.id, Person.called).where(Person.id.in_(ids)))
        return {person_id: called for person_id, called in found}

    def _list(self, query) -> list[ThanksRecord]:  # type: ignore[no-untyped-def]
        with self._sessions() as session:
            rows = list(session.scalars(query))
            names = self._names(session, rows)
            return [_record(row, names) for row in rows]

    def to_read_out(self, ward_id: uuid.UUID) -> list[ThanksRecord]:
        """For the mutual help meeting: those whose authors want them read out, oldest first."""
        return self._list(
            select(ThankYou)
            .where(
                ThankYou.ward_id == ward_id,
                ThankYou.delivery == ThankDelivery.READ_OUT,
                ThankYou.read_out_at.is_(None),
            )
            .order_by(ThankYou.created_at)
        )

    def mark_read_out(self, thanks_id: uuid.UUID, by_id: uuid.UUID | None) -> None:
        with self._sessions.begin() as session:
            row = session.get(ThankYou, thanks_id)
            if row is not None and row.read_out_at is None:
                row.read_out_at = self._clock()
                row.read_out_by_id = by_id

    def wall(self, ward_id: uuid.UUID, offset: int = 0, limit: int = 200) -> list[ThanksRecord]:
        """The thank-you wall: only those their authors agreed to show, newest first, a page at a time."""
        return self._list(
            select(ThankYou)
            .where(ThankYou.ward_id == ward_id, ThankYou.show_on_wall.is_(True))
            .order_by(ThankYou.created_at.desc(), ThankYou.id)
            .offset(offset)
            .limit(limit)
        )

    def wall_count(self, ward_id: uuid.UUID) -> int:
        query = select(func.count()).where(ThankYou.ward_id == ward_id, ThankYou.show_on_wall.is_(True))
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def to_person(self, person_id: uuid.UUID) -> list[ThanksRecord]:
        """Thank-yous the person received, newest first, so they hear them."""
        return self._list(
            select(ThankYou).where(ThankYou.to_person_id == person_id).order_by(ThankYou.created_at.desc())
        )
