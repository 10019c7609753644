"""Experience measures (PREMs): a short easy-read questionnaire we wrote ourselves, asked over time.

Each ward has its own questions. They start as DEFAULT_ITEMS and staff may change them; once a
version has answers, a change makes a new version, so old answers keep the words they were given to.
An item's key stays the same across versions (its wording may change), which is what lets trends
join up. Every answer saves the moment it is given, and Skip is always allowed (stored as no rating).

Scores: good = 3, not sure = 2, not good = 1; skipped answers count for nothing. Anything shown
without names (ward trends) hides counts under 3 as "fewer than 3", so nobody can be picked out.

The audit log records that questions were started, finished or changed, never what was answered.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import ColumnElement, Integer, case, cast, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import InvalidText, clean_name
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Rating, Role
from coprod_desktop.store.models import (
    AuditEvent,
    Person,
    PremAnswer,
    PremItem,
    PremItemSet,
    PremResponse,
    PremSchedule,
    Ward,
)

TEXT_MAX = 500
ITEMS_MAX = 20
EVERY_DAYS_MAX = 366
ANONYMOUS_MIN = 3
"""Counts below this are shown as "fewer than 3" in anything without names."""
FINISHED_EVENT = "prem_finished"

# The default questions, in easy words and our own wording (not a licensed measure). Screens
# translate these texts with the context "PremItems"; a question staff have reworded is shown as typed.
ITEM_SAFE = "I feel safe on the ward."
ITEM_LISTENED = "Staff listen to me."
ITEM_KIND = "Staff are kind to me."
ITEM_SAY = "I have a say in my care."
ITEM_UNDERSTAND = "I know what is happening in my care."
ITEM_ACTIVITIES = "There are things to do that I like."
ITEM_FAMILY = "I can keep in touch with family and friends."
ITEM_FUTURE = "I feel hopeful about my future."

DEFAULT_ITEMS: tuple[tuple[str, str, str], ...] = (
    ("safe", ITEM_SAFE, "topic-safe"),
    ("listened", ITEM_LISTENED, "thanks-listened"),
    ("kind", ITEM_KIND, "thanks-kind"),
    ("say", ITEM_SAY, "want-to-say"),
    ("understand", ITEM_UNDERSTAND, "care-team"),
    ("activities", ITEM_ACTIVITIES, "activities"),
    ("family", ITEM_FAMILY, "topic-family-friends"),
    ("future", ITEM_FUTURE, "topic-future"),
)
"""(key, English text, symbol id) for each question a ward starts with."""
DEFAULT_TEXTS: frozenset[str] = frozenset(text for _, text, _ in DEFAULT_ITEMS)

SCORES: dict[Rating, int] = {Rating.GOOD: 3, Rating.NOT_SURE: 2, Rating.NOT_GOOD: 1}


class PremProblem(ValueError):
    """Something that cannot be done; the message is fit for staff."""


class Change(enum.StrEnum):
    """How a question went for a person compared with last time."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"


def shown_count(n: int) -> int | None:
    """A count fit to show without names: None means "fewer than 3" (none at all is shown as 0)."""
    return n if n == 0 or n >= ANONYMOUS_MIN else None


def score(rating: Rating | None) -> int | None:
    return SCORES[rating] if rating is not None else None


# --- records -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ItemDraft:
    """A question as staff edit it. Keep `key` when rewording an existing question (so its trend
    joins up); leave it None for a new question and one is made."""

    text: str
    symbol_id: str | None = None
    key: str | None = None


@dataclass(frozen=True)
class ItemInfo:
    id: uuid.UUID
    key: str
    position: int
    text: str
    symbol_id: str | None

    @property
    def is_default_wording(self) -> bool:
        """True when the text is one of ours, so the screen can translate it ("PremItems")."""
        return self.text in DEFAULT_TEXTS

    def draft(self) -> ItemDraft:
        return ItemDraft(self.text, self.symbol_id, self.key)


@dataclass(frozen=True)
class ItemSetInfo:
    id: uuid.UUID
    ward_id: uuid.UUID
    version: int
    made_at: datetime
    made_by_id: uuid.UUID | None
    items: tuple[ItemInfo, ...]

    def drafts(self) -> list[ItemDraft]:
        """The questions as editable drafts, for the staff editor."""
        return [item.draft() for item in self.items]

    def item(self, item_id: uuid.UUID) -> ItemInfo | None:
        return next((item for item in self.items if item.id == item_id), None)


@dataclass(frozen=True)
class ScheduleInfo:
    person_id: uuid.UUID
    every_days: int
    next_due_at: datetime
    set_by_id: uuid.UUID | None


@dataclass(frozen=True)
class ResponseInfo:
    """One sitting of the questions. `answers` maps item id to the rating (None = skipped);
    an item not in it has not been answered yet."""

    id: uuid.UUID
    person_id: uuid.UUID
    ward_id: uuid.UUID
    item_set: ItemSetInfo
    answered_at: datetime
    with_staff_id: uuid.UUID | None
    answers: Mapping[uuid.UUID, Rating | None] = field(default_factory=dict)

    def answered(self, item_id: uuid.UUID) -> bool:
        return item_id in self.answers

    @property
    def is_complete(self) -> bool:
        return all(item.id in self.answers for item in self.item_set.items)


@dataclass(frozen=True)
class ItemTrend:
    """For the person: how one question went last time against the time before."""

    key: str
    text: str
    symbol_id: str | None
    latest: Rating | None
    previous: Rating | None
    change: Change | None
    """None when there is nothing to compare (fewer than two answers, skips left out)."""
    latest_at: datetime | None


class HistoryPoint(NamedTuple):
    answered_at: datetime
    score: int


class TrendPoint(NamedTuple):
    """One period of a ward trend. `mean` is None when too few answered to show it without names."""

    start: datetime
    mean: float | None
    n: int
    people: int
    too_few: bool

    @property
    def shown_n(self) -> int | None:
        return shown_count(self.n)


@dataclass(frozen=True)
class WardTrend:
    ward_id: uuid.UUID
    start: datetime
    end: datetime
    bucket_days: int
    items: tuple[ItemInfo, ...]
    """Labels: the current questions first, then any older ones that have answers in the period."""
    points: Mapping[str, tuple[TrendPoint, ...]]
    """By item key, oldest first; only periods with answers appear."""

    @property
    def is_empty(self) -> bool:
        """Nothing answered in the period: show a friendly empty state."""
        return not any(self.points.values())

    def answers(self, key: str) -> int:
        return sum(point.n for point in self.points.get(key, ()))

    def bucket_starts(self) -> list[datetime]:
        """Every period's start, answered or not, for the chart's axis."""
        step = timedelta(days=self.bucket_days)
        starts, at = [], self.start
        while at < self.end:
            starts.append(at)
            at += step
        return starts

    shown_count = staticmethod(shown_count)


@dataclass(frozen=True)
class ResultRow:
    """One answer for the CSV export: no names, the person by id only."""

    answered_at: datetime
    ward_id: uuid.UUID
    person_id: uuid.UUID
    response_id: uuid.UUID
    version: int
    position: int
    key: str
    text: str
    rating: Rating | None

    @property
    def skipped(self) -> bool:
        return self.rating is None

    @property
    def score(self) -> int | None:
        return score(self.rating)


# --- helpers -----------------------------------------------------------------------------------
def _set_info(row: PremItemSet) -> ItemSetInfo:
    return ItemSetInfo(
        id=row.id,
        ward_id=row.ward_id,
        version=row.version,
        made_at=row.created_at,
        made_by_id=row.made_by_id,
        items=tuple(ItemInfo(i.id, i.key, i.position, i.text, i.symbol_id) for i in row.items),
    )


def _current_row(session: Session, ward_id: uuid.UUID) -> PremItemSet | None:
    query = select(PremItemSet).where(PremItemSet.ward_id == ward_id).order_by(PremItemSet.version.desc())
    return session.scalars(query.limit(1)).first()


def _response_info(session: Session, row: PremResponse) -> ResponseInfo:
    item_set = session.get(PremItemSet, row.item_set_id)
    assert item_set is not None
    answers = dict(
        session.execute(
            select(PremAnswer.item_id, PremAnswer.rating).where(PremAnswer.response_id == row.id)
        ).all()
    )
    return ResponseInfo(
        id=row.id,
        person_id=row.person_id,
        ward_id=row.ward_id,
        item_set=_set_info(item_set),
        answered_at=row.answered_at,
        with_staff_id=row.with_staff_id,
        answers=answers,
    )


def _score_expr() -> ColumnElement[int]:
    return case(
        (PremAnswer.rating == Rating.GOOD, 3),
        (PremAnswer.rating == Rating.NOT_SURE, 2),
        (PremAnswer.rating == Rating.NOT_GOOD, 1),
    )


_UNIX_JULIAN_DAY = 2440587.5


def _bucket_expr(dialect: str, start: datetime, bucket_days: int) -> ColumnElement[int]:
    """The period number of each answer, worked out by the database (SQLite or PostgreSQL)."""
    start_seconds = start.timestamp()
    if dialect == "sqlite":
        start_day = start_seconds / 86400 + _UNIX_JULIAN_DAY
        days = func.julianday(PremResponse.answered_at) - start_day
        return cast(days / bucket_days, Integer)
    seconds = func.extract("epoch", PremResponse.answered_at) - start_seconds
    return func.floor(seconds / (bucket_days * 86400))


def _aware(at: datetime, what: str) -> datetime:
    if at.tzinfo is None:
        raise ValueError(f"{what} needs a time zone")
    return at.astimezone(UTC)


class PremService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    shown_count = staticmethod(shown_count)

    # --- the ward's questions -------------------------------------------------------------
    def items(self, ward_id: uuid.UUID) -> ItemSetInfo:
        """The ward's current questions; the first time, version 1 is made from DEFAULT_ITEMS."""
        with self._sessions() as session:
            row = _current_row(session, ward_id)
            if row is not None:
                return _set_info(row)
        try:
            with self._sessions.begin() as session:
                if session.get(Ward, ward_id) is None:
                    raise PremProblem("This ward is no longer here.")
                row = _current_row(session, ward_id)
                if row is not None:
                    return _set_info(row)
                row = PremItemSet(ward_id=ward_id, version=1, made_by_id=None, created_at=self._clock())
                row.items = [
                    PremItem(position=i, key=key, text=text, symbol_id=symbol)
                    for i, (key, text, symbol) in enumerate(DEFAULT_ITEMS)
                ]
                session.add(row)
                session.flush()
                return _set_info(row)
        except IntegrityError:  # another tablet made version 1 at the same moment: use theirs
            with self._sessions() as session:
                row = _current_row(session, ward_id)
                assert row is not None
                return _set_info(row)

    def versions(self, ward_id: uuid.UUID) -> list[ItemSetInfo]:
        """Every version of the ward's questions, newest first (old answers keep their wording)."""
        query = select(PremItemSet).where(PremItemSet.ward_id == ward_id).order_by(PremItemSet.version.desc())
        with self._sessions() as session:
            return [_set_info(row) for row in session.scalars(query)]

    def item_set(self, item_set_id: uuid.UUID) -> ItemSetInfo | None:
        with self._sessions() as session:
            row = session.get(PremItemSet, item_set_id)
            return _set_info(row) if row is not None else None

    def set_items(self, ward_id: uuid.UUID, items: list[ItemDraft], by_id: uuid.UUID | None) -> ItemSetInfo:
        """Saves the ward's questions. While the current version has no answers it is changed in
        place; once it has answers, a new version is made and the old one is kept as it was."""
        cleaned = self._clean(items)
        current = self.items(ward_id)
        if [(d.key, d.text, d.symbol_id) for d in cleaned] == [
            (i.key, i.text, i.symbol_id) for i in current.items
        ]:
            return current  # nothing changed: no new version
        with self._sessions.begin() as session:
            row = session.get(PremItemSet, current.id)
            if row is None or _current_row(session, ward_id) is not row:
                raise PremProblem("Someone else changed these questions just now. Open them again.")
            answered = session.scalar(
                select(exists().where(PremAnswer.item_id == PremItem.id, PremItem.item_set_id == row.id))
            )
            if answered:
                row = PremItemSet(
                    ward_id=ward_id, version=row.version + 1, made_by_id=by_id, created_at=self._clock()
                )
                row.items = [
                    PremItem(position=i, key=d.key, text=d.text, symbol_id=d.symbol_id)
                    for i, d in enumerate(cleaned)
                ]
                session.add(row)
            else:
                by_key = {item.key: item for item in row.items}
                kept = []
                for position, draft in enumerate(cleaned):
                    item = by_key.pop(draft.key, None) if draft.key is not None else None
                    if item is None:
                        item = PremItem(key=draft.key)
                    item.position, item.text, item.symbol_id = position, draft.text, draft.symbol_id
                    kept.append(item)
                row.items = kept  # questions left out are deleted with the orphan cascade
                row.made_by_id = by_id
            session.flush()
            add_event(
                session,
                self._clock,
                "prem_items_changed",
                actor_id=by_id,
                subject_id=ward_id,
                detail={"version": row.version, "items": len(cleaned), "new_version": bool(answered)},
            )
            session.flush()
            session.refresh(row)
            return _set_info(row)

    @staticmethod
    def _clean(items: list[ItemDraft]) -> list[ItemDraft]:
        if not items:
            raise PremProblem("Keep at least one question.")
        if len(items) > ITEMS_MAX:
            raise PremProblem(f"Keep the questions short: at most {ITEMS_MAX}.")
        cleaned: list[ItemDraft] = []
        seen: set[str] = set()
        for draft in items:
            try:
                text = clean_name(draft.text, limit=TEXT_MAX)
            except InvalidText:
                raise PremProblem("Write each question in easy words.") from None
            key = draft.key.strip() if draft.key and draft.key.strip() else f"q-{uuid.uuid4().hex[:12]}"
            if len(key) > 100:
                raise PremProblem("A question's key is too long.")
            if key in seen:
                raise PremProblem("The same question is in the list twice.")
            seen.add(key)
            cleaned.append(ItemDraft(text, draft.symbol_id or None, key))
        return cleaned

    # --- when a person is asked --------------------------------------------------------------
    def schedule(
        self, person_id: uuid.UUID, every_days: int, first_due_at: datetime, by_id: uuid.UUID | None
    ) -> ScheduleInfo:
        """Asks this person every `every_days` days, first on `first_due_at` (replaces any schedule)."""
        if isinstance(every_days, bool) or not 1 <= every_days <= EVERY_DAYS_MAX:
            raise PremProblem(f"Choose how often: every 1 to {EVERY_DAYS_MAX} days.")
        due = _aware(first_due_at, "a due date")
        with self._sessions.begin() as session:
            person = session.get(Person, person_id)
            if person is None or person.archived or person.role is not Role.PATIENT:
                raise PremProblem("Only people on the ward can be asked these questions.")
            row = session.scalars(select(PremSchedule).where(PremSchedule.person_id == person_id)).first()
            if row is None:
                row = PremSchedule(person_id=person_id)
                session.add(row)
            row.every_days, row.next_due_at, row.set_by_id = every_days, due, by_id
            session.flush()
            add_event(
                session,
                self._clock,
                "prem_scheduled",
                actor_id=by_id,
                subject_id=person_id,
                detail={"every_days": every_days},
            )
            return ScheduleInfo(person_id, row.every_days, row.next_due_at, row.set_by_id)

    def schedule_for(self, person_id: uuid.UUID) -> ScheduleInfo | None:
        with self._sessions() as session:
            row = session.scalars(select(PremSchedule).where(PremSchedule.person_id == person_id)).first()
            if row is None:
                return None
            return ScheduleInfo(person_id, row.every_days, row.next_due_at, row.set_by_id)

    def stop(self, person_id: uuid.UUID, by_id: uuid.UUID | None = None) -> None:
        """No more reminders for this person; their answers so far are kept."""
        with self._sessions.begin() as session:
            row = session.scalars(select(PremSchedule).where(PremSchedule.person_id == person_id)).first()
            if row is None:
                return
            session.delete(row)
            add_event(session, self._clock, "prem_schedule_stopped", actor_id=by_id, subject_id=person_id)

    def is_due(self, person_id: uuid.UUID) -> bool:
        schedule = self.schedule_for(person_id)
        return schedule is not None and self._clock() >= schedule.next_due_at

    # --- answering -----------------------------------------------------------------------------
    def start(self, person_id: uuid.UUID, with_staff_id: uuid.UUID | None = None) -> ResponseInfo:
        """A new sitting with the current questions of the person's ward."""
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None or person.archived or person.ward_id is None or person.role is not Role.PATIENT:
                raise PremProblem("Only people on a ward can answer these questions.")
            ward_id = person.ward_id
        item_set = self.items(ward_id)
        with self._sessions.begin() as session:
            row = PremResponse(
                person_id=person_id,
                ward_id=ward_id,
                item_set_id=item_set.id,
                answered_at=self._clock(),
                with_staff_id=with_staff_id,
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            add_event(
                session,
                self._clock,
                "prem_started",
                actor_id=with_staff_id or person_id,
                subject_id=row.id,
                detail={"version": item_set.version},
            )
            return ResponseInfo(row.id, person_id, ward_id, item_set, row.answered_at, with_staff_id, {})

    def response(self, response_id: uuid.UUID) -> ResponseInfo | None:
        with self._sessions() as session:
            row = session.get(PremResponse, response_id)
            return _response_info(session, row) if row is not None else None

    def answer(self, response_id: uuid.UUID, item_id: uuid.UUID, rating: Rating | None) -> ResponseInfo:
        """Saves one answer at once; None is Skip. Answering again changes it."""
        with self._sessions.begin() as session:
            response = session.get(PremResponse, response_id)
            if response is None:
                raise PremProblem("These answers are no longer here.")
            item = session.get(PremItem, item_id)
            if item is None or item.item_set_id != response.item_set_id:
                raise PremProblem("This question is no longer here.")
            row = session.scalars(
                select(PremAnswer).where(PremAnswer.response_id == response_id, PremAnswer.item_id == item_id)
            ).first()
            if row is None:
                session.add(PremAnswer(response_id=response_id, item_id=item_id, rating=rating))
            else:
                row.rating = rating
            session.flush()
            return _response_info(session, response)

    def finish(self, response_id: uuid.UUID) -> ScheduleInfo | None:
        """Done for now: the person's next time moves on by their schedule's days. Finishing the
        same sitting twice moves it once. Never earlier than `every_days` from now."""
        with self._sessions.begin() as session:
            response = session.get(PremResponse, response_id)
            if response is None:
                raise PremProblem("These answers are no longer here.")
            schedule = session.scalars(
                select(PremSchedule).where(PremSchedule.person_id == response.person_id)
            ).first()
            already = session.scalar(
                select(
                    exists().where(AuditEvent.kind == FINISHED_EVENT, AuditEvent.subject_id == response_id)
                )
            )
            if not already:
                if schedule is not None:
                    start_from = max(schedule.next_due_at, self._clock())
                    schedule.next_due_at = start_from + timedelta(days=schedule.every_days)
                add_event(
                    session,
                    self._clock,
                    FINISHED_EVENT,
                    actor_id=response.with_staff_id or response.person_id,
                    subject_id=response_id,
                )
            session.flush()
            if schedule is None:
                return None
            return ScheduleInfo(
                schedule.person_id, schedule.every_days, schedule.next_due_at, schedule.set_by_id
            )

    def responses(self, person_id: uuid.UUID, limit: int = 200) -> list[ResponseInfo]:
        """The person's sittings, newest first."""
        query = (
            select(PremResponse)
            .where(PremResponse.person_id == person_id)
            .order_by(PremResponse.answered_at.desc())
            .limit(limit)
        )
        with self._sessions() as session:
            return [_response_info(session, row) for row in session.scalars(query)]

    # --- for the person ------------------------------------------------------------------------
    def _answers_of(self, session: Session, person_id: uuid.UUID) -> list[tuple[str, datetime, Rating]]:
        """(key, when, rating) for every answer the person gave (skips left out), newest first."""
        query = (
            select(PremItem.key, PremResponse.answered_at, PremAnswer.rating)
            .join(PremResponse, PremResponse.id == PremAnswer.response_id)
            .join(PremItem, PremItem.id == PremAnswer.item_id)
            .where(PremResponse.person_id == person_id, PremAnswer.rating.is_not(None))
            .order_by(PremResponse.answered_at.desc(), PremResponse.id)
        )
        return [(key, at, rating) for key, at, rating in session.execute(query)]

    def person_trend(self, person_id: uuid.UUID) -> list[ItemTrend]:
        """Better / same / worse than last time for each current question (skips left out)."""
        with self._sessions() as session:
            person = session.get(Person, person_id)
            if person is None:
                return []
            item_set = _current_row(session, person.ward_id) if person.ward_id else None
            if item_set is None:  # not on a ward now: the questions they last answered
                last = session.scalars(
                    select(PremResponse)
                    .where(PremResponse.person_id == person_id)
                    .order_by(PremResponse.answered_at.desc())
                    .limit(1)
                ).first()
                item_set = session.get(PremItemSet, last.item_set_id) if last else None
            if item_set is None:
                return []
            items = _set_info(item_set).items
            answers = self._answers_of(session, person_id)
        by_key: dict[str, list[tuple[datetime, Rating]]] = {}
        for key, at, rating in answers:
            by_key.setdefault(key, []).append((at, rating))
        trends = []
        for item in items:
            given = by_key.get(item.key, [])
            latest = given[0][1] if given else None
            previous = given[1][1] if len(given) > 1 else None
            change = None
            if latest is not None and previous is not None:
                difference = SCORES[latest] - SCORES[previous]
                change = Change.BETTER if difference > 0 else Change.WORSE if difference < 0 else Change.SAME
            trends.append(
                ItemTrend(
                    key=item.key,
                    text=item.text,
                    symbol_id=item.symbol_id,
                    latest=latest,
                    previous=previous,
                    change=change,
                    latest_at=given[0][0] if given else None,
                )
            )
        return trends

    def person_history(self, person_id: uuid.UUID) -> dict[str, list[HistoryPoint]]:
        """For staff: each question's scores over time, oldest first (skips left out)."""
        with self._sessions() as session:
            answers = self._answers_of(session, person_id)
        history: dict[str, list[HistoryPoint]] = {}
        for key, at, rating in reversed(answers):
            history.setdefault(key, []).append(HistoryPoint(at, SCORES[rating]))
        return history

    # --- for the ward (no names) ----------------------------------------------------------------
    def ward_trend(
        self, ward_id: uuid.UUID, start: datetime, end: datetime, bucket_days: int = 30
    ) -> WardTrend:
        """Mean score and number of answers per question per period, from `start` (included) to
        `end` (not included). One GROUP BY query does the sums, so five years cost little more than
        a month. Periods where fewer than 3 answers, or fewer than 3 people, keep their count but
        hide the mean (too_few)."""
        start, end = _aware(start, "a start"), _aware(end, "an end")
        if bucket_days < 1:
            raise ValueError("a period is at least one day")
        with self._sessions() as session:
            dialect = session.get_bind().dialect.name
            bucket = _bucket_expr(dialect, start, bucket_days).label("bucket")
            query = (
                select(
                    PremItem.key,
                    bucket,
                    func.avg(_score_expr()),
                    func.count(),
                    func.count(func.distinct(PremResponse.person_id)),
                )
                .select_from(PremAnswer)
                .join(PremResponse, PremResponse.id == PremAnswer.response_id)
                .join(PremItem, PremItem.id == PremAnswer.item_id)
                .where(
                    PremResponse.ward_id == ward_id,
                    PremResponse.answered_at >= start,
                    PremResponse.answered_at < end,
                    PremAnswer.rating.is_not(None),
                )
                .group_by(PremItem.key, bucket)
                .order_by(PremItem.key, bucket)
            )
            rows = session.execute(query).all()
            items = self._labels(session, ward_id, {key for key, *_ in rows})
        step = timedelta(days=bucket_days)
        points: dict[str, list[TrendPoint]] = {item.key: [] for item in items}
        for key, number, mean, n, people in rows:
            too_few = n < ANONYMOUS_MIN or people < ANONYMOUS_MIN
            points.setdefault(key, []).append(
                TrendPoint(
                    start=start + step * int(number),
                    mean=None if too_few else round(float(mean), 3),
                    n=int(n),
                    people=int(people),
                    too_few=too_few,
                )
            )
        return WardTrend(
            ward_id=ward_id,
            start=start,
            end=end,
            bucket_days=bucket_days,
            items=items,
            points={key: tuple(found) for key, found in points.items()},
        )

    @staticmethod
    def _labels(session: Session, ward_id: uuid.UUID, answered: set[str]) -> tuple[ItemInfo, ...]:
        """The current questions, then older questions with answers, each with its newest wording."""
        query = (
            select(PremItem, PremItemSet.version)
            .join(PremItemSet, PremItemSet.id == PremItem.item_set_id)
            .where(PremItemSet.ward_id == ward_id)
            .order_by(PremItemSet.version.desc(), PremItem.position)
        )
        rows = session.execute(query).all()
        if not rows:
            return ()
        newest = rows[0][1]
        labels: dict[str, ItemInfo] = {}
        for item, version in rows:
            if item.key in labels or (version != newest and item.key not in answered):
                continue
            labels[item.key] = ItemInfo(item.id, item.key, item.position, item.text, item.symbol_id)
        return tuple(labels.values())

    def results_rows(
        self,
        *,
        ward_id: uuid.UUID | None = None,
        person_id: uuid.UUID | None = None,
        start: datetime,
        end: datetime,
    ) -> list[ResultRow]:
        """Every answer (skips included) for a ward or a person, for the CSV export: one row per
        question per sitting, oldest first, with the wording the person was given."""
        if (ward_id is None) == (person_id is None):
            raise ValueError("give a ward or a person")
        start, end = _aware(start, "a start"), _aware(end, "an end")
        query = (
            select(PremResponse, PremItemSet.version, PremItem, PremAnswer.rating)
            .select_from(PremAnswer)
            .join(PremResponse, PremResponse.id == PremAnswer.response_id)
            .join(PremItem, PremItem.id == PremAnswer.item_id)
            .join(PremItemSet, PremItemSet.id == PremItem.item_set_id)
            .where(PremResponse.answered_at >= start, PremResponse.answered_at < end)
            .order_by(PremResponse.answered_at, PremResponse.id, PremItem.position)
        )
        if ward_id is not None:
            query = query.where(PremResponse.ward_id == ward_id)
        else:
            query = query.where(PremResponse.person_id == person_id)
        with self._sessions() as session:
            return [
                ResultRow(
                    answered_at=response.answered_at,
                    ward_id=response.ward_id,
                    person_id=response.person_id,
                    response_id=response.id,
                    version=version,
                    position=item.position,
                    key=item.key,
                    text=item.text,
                    rating=rating,
                )
                for response, version, item, rating in session.execute(query)
            ]
