"""You said, we did: what people raised and what the ward did about it, Red / Amber / Green.

Red ("we can't do this") always comes with a reason, because people must be told why not. Every
status, reply and reason an action has had is kept, with who set it and when.

What patients see is only what is `on_board`: an idea waits there until a member of staff has
looked at it (unless the ward lets ideas show at once), and "I am not happy" never comes here at
all: it goes to the staff-only worry queue (services/worries), and only words staff and the person
agreed are ever published.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import InvalidText, clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import ActionSource, ActionStatus
from coprod_desktop.store.models import ActionChange, Person, WardAction, WardSettings

SAID_MAX = 5_000
REPLY_MAX = 5_000
SYMBOLS_MAX = 40
"""Symbols in one thing said: a few sentences' worth."""


class ActionProblem(ValueError):
    """A change that cannot be saved; the message is fit for staff."""


@dataclass(frozen=True)
class ChangeRecord:
    at: datetime
    by_id: uuid.UUID | None
    status: ActionStatus
    reply: str
    reason: str | None


@dataclass(frozen=True)
class ActionRecord:
    id: uuid.UUID
    ward_id: uuid.UUID
    source: ActionSource
    raised_by_id: uuid.UUID | None
    you_said: str
    symbol_id: str | None
    status: ActionStatus
    reply: str
    reason: str | None
    owner_id: uuid.UUID | None
    due_at: datetime | None
    raised_at: datetime
    changed_at: datetime
    council_may_quote: bool = False
    """The person who raised it said yes to their words being read at the council, unnamed."""
    on_board: bool = True
    """Every patient can see it on You said, we did. False: only staff and the person who raised it."""
    looked_at: datetime | None = None
    words_language: str | None = None
    said_symbols: tuple[str, ...] = ()
    """What the person said as symbols, in order."""
    recording_file: str | None = None
    """What the person said in their own voice (a file in the recordings folder)."""

    @property
    def waiting_for_staff(self) -> bool:
        """An idea no member of staff has looked at yet: the person hears "Staff will look at this"."""
        return not self.on_board and self.looked_at is None


def action_record(row: WardAction) -> ActionRecord:
    return ActionRecord(
        id=row.id,
        ward_id=row.ward_id,
        source=row.source,
        raised_by_id=row.raised_by_id,
        you_said=row.you_said,
        symbol_id=row.symbol_id,
        status=row.status,
        reply=row.reply,
        reason=row.reason,
        owner_id=row.owner_id,
        due_at=row.due_at,
        raised_at=row.created_at,
        changed_at=row.updated_at,
        council_may_quote=bool(row.council_may_quote),
        on_board=bool(row.on_board),
        looked_at=row.looked_at,
        words_language=row.words_language,
        said_symbols=tuple(row.said_symbols or ()),
        recording_file=row.recording_file,
    )


def said_symbols(symbols: Sequence[str] | None) -> list[str]:
    """Symbol ids as stored: strings only, each short, at most SYMBOLS_MAX of them (a sentence)."""
    return [str(s)[:100] for s in (symbols or ()) if isinstance(s, str) and s.strip()][:SYMBOLS_MAX]


def said_text(words: str, limit: int, *, symbols: Sequence[str], recording_file: str | None) -> str:
    """The words as stored. Empty words are fine when the person said it with symbols or their voice
    (the symbols' words are passed as `words` by the screen; a recording alone has none)."""
    if not words.strip() and (symbols or recording_file):
        return ""
    return clean_text(words, limit=limit)


def _optional_text(text: str | None, limit: int) -> str | None:
    try:
        return clean_text(text, limit=limit) if text is not None else None
    except InvalidText:
        return None


def add_action(
    session: Session,
    clock: Clock,
    ward_id: uuid.UUID,
    source: ActionSource,
    you_said: str,
    raised_by_id: uuid.UUID | None,
    *,
    symbol_id: str | None = None,
    by_id: uuid.UUID | None = None,
    council_may_quote: bool = False,
    on_board: bool = True,
    looked_at_by_id: uuid.UUID | None = None,
    words_language: str | None = None,
    symbols: Sequence[str] = (),
    recording_file: str | None = None,
) -> WardAction:
    """Adds an Amber action inside the caller's transaction (a SAY group view becomes one this way).
    `looked_at_by_id` is the member of staff who has already read it."""
    symbols = said_symbols(symbols)
    said = said_text(you_said, SAID_MAX, symbols=symbols, recording_file=recording_file)
    now = clock()
    if raised_by_id is not None:
        person = session.get(Person, raised_by_id)
        if person is None or person.ward_id != ward_id:
            raise ActionProblem("That person is not on this ward.")
    row = WardAction(
        ward_id=ward_id,
        source=source,
        raised_by_id=raised_by_id,
        you_said=said,
        symbol_id=symbol_id,
        said_symbols=symbols,
        recording_file=recording_file,
        status=ActionStatus.AMBER,
        reply="",
        created_at=now,
        updated_at=now,
        council_may_quote=council_may_quote and raised_by_id is not None,
        on_board=on_board,
        looked_at=now if looked_at_by_id is not None else None,
        looked_at_by_id=looked_at_by_id,
        words_language=words_language,
        # Staff typing what the person said: never passed off as the person's own words.
        written_by_id=by_id
        if by_id is not None and by_id != raised_by_id and source is not ActionSource.STAFF
        else None,
    )
    row.changes.append(ActionChange(at=now, by_id=by_id or raised_by_id, status=ActionStatus.AMBER))
    session.add(row)
    session.flush()
    add_event(
        session,
        clock,
        "action_raised",
        actor_id=by_id or raised_by_id,
        subject_id=row.id,
        detail={"source": source.value, "on_board": on_board},
    )
    return row


def ideas_show_at_once(session: Session, ward_id: uuid.UUID) -> bool:
    setting = session.scalars(
        select(WardSettings.ideas_show_at_once).where(WardSettings.ward_id == ward_id)
    ).first()
    return bool(setting)


class ActionService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def raise_action(
        self,
        ward_id: uuid.UUID,
        source: ActionSource,
        you_said: str,
        *,
        raised_by_id: uuid.UUID | None = None,
        symbol_id: str | None = None,
        by_id: uuid.UUID | None = None,
        council_may_quote: bool = False,
        words_language: str | None = None,
        symbols: Sequence[str] = (),
        recording_file: str | None = None,
    ) -> ActionRecord:
        """Starts Amber ("we are working on it"): once raised, something is always being done or said.

        An idea waits off the board for a member of staff to look at it, unless the ward's setting
        lets ideas show at once; something staff add is on the board at once. A worry is never put
        on the board from here (patients raise one through WorryService.raise_worry)."""
        with self._sessions.begin() as session:
            staff_added = source is ActionSource.STAFF
            if source is ActionSource.NOT_HAPPY:
                on_board = False
            elif source is ActionSource.IDEA:
                on_board = ideas_show_at_once(session, ward_id)
            else:
                on_board = True
            row = add_action(
                session,
                self._clock,
                ward_id,
                source,
                you_said,
                raised_by_id,
                symbol_id=symbol_id,
                by_id=by_id,
                council_may_quote=council_may_quote,
                on_board=on_board,
                looked_at_by_id=by_id if staff_added else None,
                words_language=words_language,
                symbols=symbols,
                recording_file=recording_file,
            )
            return action_record(row)

    def put_on_board(self, action_id: uuid.UUID, *, by_id: uuid.UUID) -> ActionRecord:
        """A member of staff has looked at an idea: from now on every patient sees it on the board.
        A worry's own words never go this way (they are published from the worry queue)."""
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(WardAction, action_id)
            if row is None:
                raise ActionProblem("This action is no longer here.")
            if row.source is ActionSource.NOT_HAPPY:
                raise ActionProblem("A worry goes on the board only in words agreed with the person.")
            row.looked_at = row.looked_at or now
            row.looked_at_by_id = row.looked_at_by_id or by_id
            row.on_board = True
            flag_modified(row, "updated_at")  # keeps its time: the answer has not changed
            add_event(session, self._clock, "action_looked_at", actor_id=by_id, subject_id=row.id)
            session.flush()
            return action_record(row)

    def update(
        self,
        action_id: uuid.UUID,
        status: ActionStatus,
        reply: str,
        *,
        by_id: uuid.UUID,
        reason: str | None = None,
        owner_id: uuid.UUID | None = None,
        due_at: datetime | None = None,
    ) -> ActionRecord:
        """Sets the status and the reply people will hear. Red without a reason is refused."""
        try:
            words = clean_text(reply, limit=REPLY_MAX)
        except InvalidText:
            raise ActionProblem("Write a reply in easy words: people will hear it read aloud.") from None
        why = _optional_text(reason, REPLY_MAX)
        if status is ActionStatus.RED and why is None:
            raise ActionProblem("Red means we can't do this. Say why, so people know the reason.")
        if due_at is not None and due_at.tzinfo is None:
            raise ValueError("a due date needs a time zone")
        now = self._clock()
        with self._sessions.begin() as session:
            row = session.get(WardAction, action_id)
            if row is None:
                raise ActionProblem("This action is no longer here.")
            before = row.status
            row.status, row.reply = status, words
            row.reason = why if status is ActionStatus.RED else None
            row.owner_id = owner_id if owner_id is not None else row.owner_id
            row.due_at = due_at if due_at is not None else row.due_at
            row.updated_at = now
            flag_modified(row, "updated_at")  # or an unchanged time lets onupdate stamp the wall clock
            row.changes.append(
                ActionChange(at=now, by_id=by_id, status=status, reply=words, reason=row.reason)
            )
            add_event(
                session,
                self._clock,
                "action_updated",
                actor_id=by_id,
                subject_id=row.id,
                detail={"from": before.value, "to": status.value},
            )
            session.flush()
            return action_record(row)

    def set_council_may_quote(self, action_id: uuid.UUID, allowed: bool) -> None:
        """The person who raised it changes their mind about being quoted (without their name)."""
        with self._sessions.begin() as session:
            row = session.get(WardAction, action_id)
            if row is not None and row.raised_by_id is not None:
                row.council_may_quote = allowed
                flag_modified(row, "updated_at")  # keeps its time: this is not a change to the answer

    def get(self, action_id: uuid.UUID) -> ActionRecord | None:
        with self._sessions() as session:
            row = session.get(WardAction, action_id)
            return action_record(row) if row is not None else None

    def history(self, action_id: uuid.UUID) -> list[ChangeRecord]:
        query = select(ActionChange).where(ActionChange.action_id == action_id).order_by(ActionChange.at)
        with self._sessions() as session:
            return [ChangeRecord(c.at, c.by_id, c.status, c.reply, c.reason) for c in session.scalars(query)]

    def board(
        self,
        ward_id: uuid.UUID,
        status: ActionStatus | None = None,
        offset: int = 0,
        limit: int = 500,
        *,
        for_staff: bool = False,
    ) -> list[ActionRecord]:
        """The You said, we did board: newest change first, a page at a time. Patients see only what
        is on the board; `for_staff` adds the ideas waiting for a look and worries' own actions."""
        query = select(WardAction).where(WardAction.ward_id == ward_id)
        if not for_staff:
            query = query.where(WardAction.on_board.is_(True))
        if status is not None:
            query = query.where(WardAction.status == status)
        query = query.order_by(WardAction.updated_at.desc(), WardAction.id).offset(offset).limit(limit)
        with self._sessions() as session:
            return [action_record(row) for row in session.scalars(query)]

    def count(self, ward_id: uuid.UUID) -> int:
        """How many are on the board patients see."""
        query = select(func.count()).where(WardAction.ward_id == ward_id, WardAction.on_board.is_(True))
        with self._sessions() as session:
            return int(session.scalar(query) or 0)

    def waiting(self, ward_id: uuid.UUID) -> list[ActionRecord]:
        """Ideas no member of staff has looked at yet, oldest first, for the staff board."""
        query = (
            select(WardAction)
            .where(
                WardAction.ward_id == ward_id,
                WardAction.on_board.is_(False),
                WardAction.looked_at.is_(None),
                WardAction.source != ActionSource.NOT_HAPPY,
            )
            .order_by(WardAction.created_at, WardAction.id)
        )
        with self._sessions() as session:
            return [action_record(row) for row in session.scalars(query)]

    def raised_by(self, person_id: uuid.UUID, *, waiting_too: bool = False) -> list[ActionRecord]:
        """What this person raised, newest change first: for Home, only what is on the board.
        `waiting_too` adds their ideas staff have not looked at yet (for their own "What I said").
        A worry never shows here in its own words: the person hears about it from the worry queue."""
        shown = WardAction.on_board.is_(True)
        if waiting_too:
            shown = shown | (WardAction.source != ActionSource.NOT_HAPPY)
        query = (
            select(WardAction)
            .where(WardAction.raised_by_id == person_id, shown)
            .order_by(WardAction.updated_at.desc())
        )
        with self._sessions() as session:
            return [action_record(row) for row in session.scalars(query)]
