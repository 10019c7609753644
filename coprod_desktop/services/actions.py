"""You said, we did: what people raised and what the ward did about it, Red / Amber / Green.

Red ("we can't do this") always comes with a reason, because people must be told why not. Every
status, reply and reason an action has had is kept, with who set it and when.
"""

from __future__ import annotations

import uuid
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
from coprod_desktop.store.models import ActionChange, Person, WardAction

SAID_MAX = 5_000
REPLY_MAX = 5_000


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
    )


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
) -> WardAction:
    """Adds an Amber action inside the caller's transaction (a SAY group view becomes one this way)."""
    said = clean_text(you_said, limit=SAID_MAX)
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
        status=ActionStatus.AMBER,
        reply="",
        created_at=now,
        updated_at=now,
        council_may_quote=council_may_quote and raised_by_id is not None,
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
        detail={"source": source.value},
    )
    return row


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
    ) -> ActionRecord:
        """Starts Amber ("we are working on it"): once raised, something is always being done or said."""
        with self._sessions.begin() as session:
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
            )
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
        self, ward_id: uuid.UUID, status: ActionStatus | None = None, offset: int = 0, limit: int = 500
    ) -> list[ActionRecord]:
        """The You said, we did board: newest change first, a page at a time."""
        query = select(WardAction).where(WardAction.ward_id == ward_id)
        if status is not None:
            query = query.where(WardAction.status == status)
        query = query.order_by(WardAction.updated_at.desc(), WardAction.id).offset(offset).limit(limit)
        with self._sessions() as session:
            return [action_record(row) for row in session.scalars(query)]

    def count(self, ward_id: uuid.UUID) -> int:
        with self._sessions() as session:
            return int(session.scalar(select(func.count()).where(WardAction.ward_id == ward_id)) or 0)

    def raised_by(self, person_id: uuid.UUID) -> list[ActionRecord]:
        """What this person raised, for their Home: newest change first."""
        query = (
            select(WardAction)
            .where(WardAction.raised_by_id == person_id)
            .order_by(WardAction.updated_at.desc())
        )
        with self._sessions() as session:
            return [action_record(row) for row in session.scalars(query)]
