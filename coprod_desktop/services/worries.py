"""Worries ("I am not happy about something"): read by staff first, never put on the ward's board unread.

A worry goes to a staff-only queue. The person says who may know: staff only; staff and the
advocate; or the ward, without their name, once staff and they agree the words. Staff triage each
one (does it need action today? is it a safeguarding concern, and to whom was it passed on, when?),
then answer the person, who hears the answer in their own "What I said".

Only words staff write for the board, agreed with the person, are ever published, and only when the
person chose "the ward, without my name". Those words may not name anyone on the ward: a worry that
names a patient or a member of staff keeps those words in the staff queue. The audit log records
what kind of thing happened, never the words.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coprod_desktop.services.actions import add_action, said_symbols, said_text
from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import InvalidText, clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import ActionSource, WhoMayKnow, WhoseWords
from coprod_desktop.store.models import Person, WardAction, Worry

WORDS_MAX = 5_000
ANSWER_MAX = 5_000
PASSED_ON_MAX = 500


class WorryProblem(ValueError):
    """A step that cannot be taken; the message is fit for staff."""


class NamesSomeone(WorryProblem):
    """Board words that name someone on the ward. `names` lists who, for the staff member only."""

    def __init__(self, names: list[str]) -> None:
        super().__init__("Words for the board must not name anyone. Write them without names.")
        self.names = names


@dataclass(frozen=True)
class WorryRecord:
    id: uuid.UUID
    ward_id: uuid.UUID
    raised_by_id: uuid.UUID | None
    symbol_id: str | None
    words: str
    whose: WhoseWords | None
    written_by_id: uuid.UUID | None
    who_may_know: WhoMayKnow
    raised_at: datetime
    action_today: bool | None = None
    safeguarding: bool | None = None
    passed_on_to: str | None = None
    passed_on_at: datetime | None = None
    triaged_at: datetime | None = None
    triaged_by_id: uuid.UUID | None = None
    answer: str | None = None
    answered_at: datetime | None = None
    answered_by_id: uuid.UUID | None = None
    answer_heard_at: datetime | None = None
    board_words: str | None = None
    action_id: uuid.UUID | None = None
    published: bool = False
    """The agreed words are on the ward's board."""
    about: str | None = None
    """The SAY group topic the person chose it was about, as the ward's agenda names it (a default
    topic in English: staff screens show it in the reader's language)."""
    said_symbols: tuple[str, ...] = ()
    """What the person said as symbols, in order."""
    recording_file: str | None = None
    """What the person said in their own voice (a file in the recordings folder)."""

    @property
    def triaged(self) -> bool:
        return self.triaged_at is not None

    @property
    def answer_waiting(self) -> bool:
        """Staff answered and the person has not heard the answer yet."""
        return self.answer is not None and self.answer_heard_at is None


def _record(row: Worry, published: bool) -> WorryRecord:
    return WorryRecord(
        id=row.id,
        ward_id=row.ward_id,
        raised_by_id=row.raised_by_id,
        symbol_id=row.symbol_id,
        words=row.words,
        whose=row.whose,
        written_by_id=row.written_by_id,
        who_may_know=row.who_may_know,
        raised_at=row.created_at,
        action_today=row.action_today,
        safeguarding=row.safeguarding,
        passed_on_to=row.passed_on_to,
        passed_on_at=row.passed_on_at,
        triaged_at=row.triaged_at,
        triaged_by_id=row.triaged_by_id,
        answer=row.answer,
        answered_at=row.answered_at,
        answered_by_id=row.answered_by_id,
        answer_heard_at=row.answer_heard_at,
        board_words=row.board_words,
        action_id=row.action_id,
        published=published,
        about=row.about,
        said_symbols=tuple(row.said_symbols or ()),
        recording_file=row.recording_file,
    )


def _records(session: Session, rows: list[Worry]) -> list[WorryRecord]:
    action_ids = [row.action_id for row in rows if row.action_id is not None]
    on_board: set[uuid.UUID] = set()
    if action_ids:
        query = select(WardAction.id).where(WardAction.id.in_(action_ids), WardAction.on_board.is_(True))
        on_board = set(session.scalars(query))
    return [_record(row, row.action_id in on_board) for row in rows]


def names_in(session: Session, ward_id: uuid.UUID, words: str) -> list[str]:
    """Who on the ward (patients and staff, as they are called) these words name, as whole words."""
    people = session.scalars(
        select(Person.called).where(or_(Person.ward_id == ward_id, Person.ward_id.is_(None)))
    )
    folded = words.casefold()
    named = []
    for called in people:
        parts = [called, *called.split()]
        if any(len(p) > 1 and re.search(rf"(?<!\w){re.escape(p.casefold())}(?!\w)", folded) for p in parts):
            named.append(called)
    return sorted(set(named))


class WorryService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # --- the person -------------------------------------------------------------------------------
    def raise_worry(
        self,
        ward_id: uuid.UUID,
        words: str,
        who_may_know: WhoMayKnow,
        *,
        raised_by_id: uuid.UUID,
        symbol_id: str | None = None,
        about: str | None = None,
        by_id: uuid.UUID | None = None,
        symbols: Sequence[str] = (),
        recording_file: str | None = None,
    ) -> WorryRecord:
        """Into the staff-only queue. `by_id` is a member of staff typing what the person says. The
        words may be empty when the person said it with symbols or in their own voice."""
        symbols = said_symbols(symbols)
        said = said_text(words, WORDS_MAX, symbols=symbols, recording_file=recording_file)
        now = self._clock()
        with self._sessions.begin() as session:
            person = session.get(Person, raised_by_id)
            if person is None or person.ward_id != ward_id:
                raise WorryProblem("That person is not on this ward.")
            row = Worry(
                ward_id=ward_id,
                raised_by_id=raised_by_id,
                symbol_id=symbol_id,
                about=clean_text(about, limit=300) if about and about.strip() else None,
                words=said,
                said_symbols=symbols,
                recording_file=recording_file,
                whose=WhoseWords.STAFF_TYPED if by_id is not None else WhoseWords.MINE,
                written_by_id=by_id,
                who_may_know=who_may_know,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            add_event(
                session,
                self._clock,
                "worry_raised",
                actor_id=by_id or raised_by_id,
                subject_id=row.id,
                detail={"who_may_know": who_may_know.value},
            )
            return _record(row, False)

    def mine(self, person_id: uuid.UUID) -> list[WorryRecord]:
        """This person's worries, newest first, for their own "What I said"."""
        query = select(Worry).where(Worry.raised_by_id == person_id).order_by(Worry.created_at.desc())
        with self._sessions() as session:
            return _records(session, list(session.scalars(query)))

    def heard(self, worry_id: uuid.UUID, person_id: uuid.UUID) -> WorryRecord | None:
        """The person was shown and read the answer: recorded once, only for their own worry."""
        with self._sessions.begin() as session:
            row = session.get(Worry, worry_id)
            if row is None or row.raised_by_id != person_id or row.answer is None:
                return None
            if row.answer_heard_at is None:
                row.answer_heard_at = self._clock()
                flag_modified(row, "updated_at")
                add_event(session, self._clock, "worry_answer_heard", actor_id=person_id, subject_id=row.id)
            return _records(session, [row])[0]

    # --- staff ------------------------------------------------------------------------------------
    def get(self, worry_id: uuid.UUID) -> WorryRecord | None:
        with self._sessions() as session:
            row = session.get(Worry, worry_id)
            return _records(session, [row])[0] if row is not None else None

    def queue(self, ward_id: uuid.UUID) -> list[WorryRecord]:
        """The staff queue: not yet triaged first (oldest first: waiting longest), then the rest,
        newest first."""
        with self._sessions() as session:
            rows = list(session.scalars(select(Worry).where(Worry.ward_id == ward_id)))
            waiting = sorted((r for r in rows if r.triaged_at is None), key=lambda r: (r.created_at, r.id))
            seen = sorted(
                (r for r in rows if r.triaged_at is not None), key=lambda r: r.created_at, reverse=True
            )
            return _records(session, [*waiting, *seen])

    def waiting_count(self, ward_id: uuid.UUID) -> int:
        query = select(Worry.id).where(Worry.ward_id == ward_id, Worry.triaged_at.is_(None))
        with self._sessions() as session:
            return len(list(session.scalars(query)))

    def triage(
        self,
        worry_id: uuid.UUID,
        *,
        action_today: bool,
        safeguarding: bool,
        by_id: uuid.UUID,
        passed_on_to: str | None = None,
    ) -> WorryRecord:
        """Records the two answers. A safeguarding concern must say to whom it was passed on; the
        time it was passed on is kept with it."""
        to_whom = (passed_on_to or "").strip()[:PASSED_ON_MAX] or None
        if safeguarding and to_whom is None:
            raise WorryProblem("Say who the safeguarding concern was passed on to.")
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(Worry, worry_id)
            if row is None:
                raise WorryProblem("This worry is no longer here.")
            if to_whom is not None and to_whom != row.passed_on_to:
                row.passed_on_to, row.passed_on_at = to_whom, now
            row.action_today, row.safeguarding = action_today, safeguarding
            row.triaged_at, row.triaged_by_id = now, by_id
            row.updated_at = now
            add_event(
                session,
                self._clock,
                "worry_triaged",
                actor_id=by_id,
                subject_id=row.id,
                detail={
                    "action_today": action_today,
                    "safeguarding": safeguarding,
                    "passed_on": row.passed_on_to is not None,
                },
            )
            session.flush()
            return _records(session, [row])[0]

    def answer(self, worry_id: uuid.UUID, answer: str, *, by_id: uuid.UUID) -> WorryRecord:
        """The answer the person will see and hear. A worry is triaged before it is answered."""
        try:
            words = clean_text(answer, limit=ANSWER_MAX)
        except InvalidText:
            raise WorryProblem("Write the answer in easy words: the person hears it read aloud.") from None
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(Worry, worry_id)
            if row is None:
                raise WorryProblem("This worry is no longer here.")
            if row.triaged_at is None:
                raise WorryProblem("Answer the two questions first: action today, and safeguarding.")
            row.answer, row.answered_at, row.answered_by_id = words, now, by_id
            row.answer_heard_at = None  # a new answer is new to the person
            row.updated_at = now
            add_event(session, self._clock, "worry_answered", actor_id=by_id, subject_id=row.id)
            session.flush()
            return _records(session, [row])[0]

    def publish(
        self, worry_id: uuid.UUID, board_words: str, *, by_id: uuid.UUID, language: str | None = None
    ) -> WorryRecord:
        """Puts the words staff and the person agreed on the ward's board, without the person's name.
        Only these words are published, never the worry's own; words naming anyone are refused."""
        try:
            agreed = clean_text(board_words, limit=WORDS_MAX)
        except InvalidText:
            raise WorryProblem("Write the words you and the person agreed for the board.") from None
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(Worry, worry_id)
            if row is None:
                raise WorryProblem("This worry is no longer here.")
            if row.who_may_know is not WhoMayKnow.WARD_WITHOUT_NAME:
                raise WorryProblem("The person did not choose to tell the ward. It stays with staff.")
            if row.triaged_at is None:
                raise WorryProblem("Answer the two questions first: action today, and safeguarding.")
            named = names_in(session, row.ward_id, agreed)
            if named:
                raise NamesSomeone(named)
            action = session.get(WardAction, row.action_id) if row.action_id is not None else None
            if action is None:
                action = add_action(
                    session,
                    self._clock,
                    row.ward_id,
                    ActionSource.NOT_HAPPY,
                    agreed,
                    row.raised_by_id,
                    symbol_id=row.symbol_id,
                    by_id=by_id,
                    on_board=True,
                    looked_at_by_id=by_id,
                    words_language=language,
                )
            else:  # a worry from before the queue: its action kept the old words, off the board
                action.you_said = agreed
                action.on_board = True
                action.council_may_quote = False
                action.looked_at, action.looked_at_by_id = now, by_id
                action.words_language = language
                action.updated_at = now
            row.board_words = agreed
            row.action_id = action.id
            row.updated_at = now
            add_event(
                session,
                self._clock,
                "worry_published",
                actor_id=by_id,
                subject_id=row.id,
                detail={"action": str(action.id)},
            )
            session.flush()
            return _records(session, [row])[0]
