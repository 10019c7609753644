"""The recovery council: a ward rep takes the ward's themes, and their own points, to the council.

For a period the ward sees its themes: how many views each SAY group topic had and how they were
rated, the ideas and not-happy reports raised, the You said, we did actions by Red / Amber / Green,
and the words of people who agreed to be quoted without their name. The rep chooses what to take and
adds their own points; the pack is made from `pack_contents`, which holds no person's name or id.
After the council, each answer becomes (or updates) a You said, we did action, so it reaches the ward.

What may be shown is decided by services.disclosure, the one rule every council-bound output uses:
counts under 3 as "fewer than 3" with nothing left to subtract (`TopicTheme.shown`, `Themes.status_row`),
and quotes only of a person's own words where they said Yes, on a topic at least 3 people talked
about, in a language at least 3 patients use, with every name on the store taken out.

The audit log records what was done to a pack, never what it says.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coprod_desktop.services.actions import REPLY_MAX, ActionProblem, ActionService, add_action, said_symbols
from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.disclosure import (
    ZERO,
    Count,
    Gate,
    NameScrubber,
    ShownRow,
    shown_row,
)
from coprod_desktop.services.say_groups import DEFAULT_AGENDA
from coprod_desktop.services.text import InvalidText, clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import ActionSource, ActionStatus, PackStatus, Rating, WhoseWords
from coprod_desktop.store.models import (
    ActionChange,
    CouncilAnswer,
    CouncilPack,
    CouncilPoint,
    Person,
    SayGroup,
    SayGroupTopic,
    SayView,
    Ward,
    WardAction,
)

WORDS_MAX = 5_000
POINTS_MAX = 50
STATUS_ORDER = (ActionStatus.RED, ActionStatus.AMBER, ActionStatus.GREEN)
STATUS_VALUES = frozenset(s.value for s in ActionStatus)
RAISED_SOURCES = (ActionSource.IDEA, ActionSource.NOT_HAPPY)
DEFAULT_TITLES = frozenset(DEFAULT_AGENDA)
"""(title, symbol) pairs seeded in English: a pack in another language may show the symbol's words."""


class CouncilProblem(ValueError):
    """Something that cannot be done; the message is fit for staff and the ward rep."""


# --- records -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TopicTheme:
    """One SAY group topic (by title) over the period: its views by rating."""

    title: str
    symbol_id: str | None
    good: Count
    not_sure: Count
    not_good: Count
    no_rating: Count
    total: Count
    shown_title: str = ""
    """The title with any name in it taken out: what council-bound outputs and the rep see."""

    @property
    def key(self) -> str:
        return self.title

    @property
    def label(self) -> str:
        return self.shown_title or self.title

    @property
    def shown(self) -> ShownRow:
        """Good, not sure, not good, no rating and the total, as anything council-bound shows them."""
        return shown_row((self.good, self.not_sure, self.not_good, self.no_rating), self.total)

    @property
    def people(self) -> int:
        return self.total.people

    def rating(self, rating: Rating | None) -> Count:
        return {
            Rating.GOOD: self.good,
            Rating.NOT_SURE: self.not_sure,
            Rating.NOT_GOOD: self.not_good,
            None: self.no_rating,
        }[rating]


@dataclass(frozen=True)
class RaisedTheme:
    """Ideas, or things people are not happy about, raised in the period under one symbol."""

    source: ActionSource
    symbol_id: str | None
    count: Count

    @property
    def key(self) -> str:
        return raised_key(self.source, self.symbol_id)

    @property
    def shown(self) -> ShownRow:
        return shown_row((self.count,), self.count)


def raised_key(source: ActionSource, symbol_id: str | None) -> str:
    """How an ideas theme is named in a pack's chosen topics (a SAY topic is named by its title)."""
    return f"raised:{source.value}:{symbol_id or ''}"


@dataclass(frozen=True)
class Quote:
    """Words someone allowed to be read at the council without their name (already scrubbed).
    `id` is the view's or action's, for choosing; it never goes into a pack. It carries no rating
    and no status: beside a hidden count, those would let someone count the quotes."""

    id: uuid.UUID
    text: str
    topic: str | None
    """The SAY group topic it was said on; None for something raised."""
    source: ActionSource | None
    """For an action: how it was raised; None for a SAY group view."""
    symbol_id: str | None


@dataclass(frozen=True)
class Themes:
    ward_id: uuid.UUID
    ward_name: str
    start: datetime
    end: datetime
    topics: tuple[TopicTheme, ...] = ()
    raised: tuple[RaisedTheme, ...] = ()
    statuses: tuple[tuple[ActionStatus, Count], ...] = ()
    quotes: tuple[Quote, ...] = ()

    @property
    def is_empty(self) -> bool:
        """Nothing happened on the ward in the period: the screen says so kindly."""
        return (
            not self.topics
            and not self.raised
            and all(count.number == 0 for _, count in self.statuses)
            and not self.quotes
        )

    def status(self, status: ActionStatus) -> Count:
        return dict(self.statuses).get(status, ZERO)

    def status_row(self) -> dict[ActionStatus, int | None]:
        """Each status's count as shown together (None: "fewer than 3")."""
        return status_row(self.statuses)

    def topic(self, key: str) -> TopicTheme | None:
        return next((t for t in self.topics if t.key == key), None)


@dataclass(frozen=True)
class PointInfo:
    id: uuid.UUID
    position: int
    words: str | None
    whose: WhoseWords | None
    written_by_id: uuid.UUID | None
    symbols: tuple[str, ...]
    recording_file: str | None

    @property
    def is_empty(self) -> bool:
        return not (self.words or self.symbols or self.recording_file)


@dataclass(frozen=True)
class AnswerInfo:
    id: uuid.UUID
    point_id: uuid.UUID | None
    about: str
    answer: str
    written_by_id: uuid.UUID | None
    action_id: uuid.UUID | None
    given_at: datetime


@dataclass(frozen=True)
class PackInfo:
    id: uuid.UUID
    ward_id: uuid.UUID
    prepared_by_id: uuid.UUID | None
    start: datetime
    end: datetime
    status: PackStatus
    topics: tuple[str, ...]
    statuses: tuple[ActionStatus, ...]
    quotes: tuple[uuid.UUID, ...]
    taken_at: datetime | None
    made_at: datetime
    points: tuple[PointInfo, ...] = ()
    answers: tuple[AnswerInfo, ...] = ()


@dataclass(frozen=True)
class PackQuote:
    text: str
    topic: str | None
    topic_symbol: str | None
    source: ActionSource | None


@dataclass(frozen=True)
class PackPoint:
    words: str | None
    whose: WhoseWords | None
    symbols: tuple[str, ...]
    has_recording: bool


@dataclass(frozen=True)
class PackContents:
    """Everything a council pack shows, and nothing else: no person's name, no id of any kind.
    The PDF and PowerPoint writers draw only this."""

    ward_name: str
    start: datetime
    end: datetime
    made_at: datetime
    language: str
    topics: tuple[TopicTheme, ...] = ()
    raised: tuple[RaisedTheme, ...] = ()
    statuses: tuple[tuple[ActionStatus, Count], ...] = ()
    quotes: tuple[PackQuote, ...] = ()
    points: tuple[PackPoint, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not (self.topics or self.raised or self.statuses or self.quotes or self.points)

    def status_row(self) -> dict[ActionStatus, int | None]:
        return status_row(self.statuses)


def status_row(statuses: Sequence[tuple[ActionStatus, Count]]) -> dict[ActionStatus, int | None]:
    """The chosen statuses' counts, hidden together: a zero beside a hidden count is hidden too."""
    shown = shown_row([count for _, count in statuses])
    return {status: cell for (status, _), cell in zip(statuses, shown.cells, strict=True)}


def is_default_title(title: str, symbol_id: str | None) -> bool:
    return (title, symbol_id) in DEFAULT_TITLES


def _point_info(row: CouncilPoint) -> PointInfo:
    return PointInfo(
        id=row.id,
        position=row.position,
        words=row.words,
        whose=row.whose,
        written_by_id=row.written_by_id,
        symbols=tuple(row.symbols or ()),
        recording_file=row.recording_file,
    )


def _pack_info(row: CouncilPack) -> PackInfo:
    chosen = row.chosen or {}
    return PackInfo(
        id=row.id,
        ward_id=row.ward_id,
        prepared_by_id=row.prepared_by_id,
        start=row.period_start,
        end=row.period_end,
        status=row.status,
        topics=tuple(chosen.get("topics", ())),
        statuses=tuple(ActionStatus(s) for s in chosen.get("statuses", ()) if s in STATUS_VALUES),
        quotes=tuple(uuid.UUID(q) for q in chosen.get("quotes", ())),
        taken_at=row.taken_at,
        made_at=row.created_at,
        points=tuple(_point_info(p) for p in row.points),
        answers=tuple(
            AnswerInfo(a.id, a.point_id, a.about, a.answer, a.written_by_id, a.action_id, a.created_at)
            for a in row.answers
        ),
    )


def _people(number: int, known: int, unknown: int) -> Count:
    # Staff- or council-raised things (no person) cannot point at a patient: each counts as one.
    return Count(int(number or 0), int(known or 0) + int(unknown or 0))


class CouncilService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # --- themes --------------------------------------------------------------------------------------
    def themes(self, ward_id: uuid.UUID, start: datetime, end: datetime, language: str = "en") -> Themes:
        """The ward's themes for [start, end): counted in the database, a quarter of a big ward at once.
        Quotes are only those the disclosure rule offers, names already taken out."""
        _check_period(start, end)
        with self._sessions() as session:
            ward = session.get(Ward, ward_id)
            if ward is None:
                raise CouncilProblem("This ward is no longer here.")
            gate = Gate.load(session, ward_id, language)
            topics = tuple(
                replace(t, shown_title=gate.scrub(t.title))
                for t in self._topic_themes(session, ward_id, start, end)
            )
            raised = self._raised_themes(session, ward_id, start, end)
            statuses = self._status_counts(session, ward_id, start, end)
            quotes = self._quotes(session, gate, ward_id, start, end, topics, raised)
            return Themes(ward_id, ward.name, start, end, topics, raised, statuses, quotes)

    @staticmethod
    def _views_in(ward_id: uuid.UUID, start: datetime, end: datetime):  # type: ignore[no-untyped-def]
        """Views given in the ward's groups held in the period, leaving out ones with nothing said."""
        said = or_(
            SayView.rating.is_not(None),
            SayView.words.is_not(None),
            SayView.recording_file.is_not(None),
            func.coalesce(func.json_array_length(SayView.symbols), 0) > 0,
        )
        return (
            (SayGroupTopic.group_id == SayGroup.id)
            & (SayView.topic_id == SayGroupTopic.id)
            & (SayGroup.ward_id == ward_id)
            & (SayGroup.created_at >= start)
            & (SayGroup.created_at < end)
            & said
        )

    def _topic_themes(
        self, session: Session, ward_id: uuid.UUID, start: datetime, end: datetime
    ) -> tuple[TopicTheme, ...]:
        where = self._views_in(ward_id, start, end)
        base = select().select_from(SayGroup).join(SayGroupTopic).join(SayView).where(where)
        totals = session.execute(
            base.add_columns(
                SayGroupTopic.title,
                func.min(SayGroupTopic.symbol_id),
                func.min(SayGroupTopic.position),
                func.count(SayView.id),
                func.count(func.distinct(SayView.person_id)),
            ).group_by(SayGroupTopic.title)
        ).all()
        by_rating: dict[tuple[str, Rating | None], Count] = {
            (title, rating): Count(number, people)
            for title, rating, number, people in session.execute(
                base.add_columns(
                    SayGroupTopic.title,
                    SayView.rating,
                    func.count(SayView.id),
                    func.count(func.distinct(SayView.person_id)),
                ).group_by(SayGroupTopic.title, SayView.rating)
            )
        }
        found = [
            (
                position,
                TopicTheme(
                    title=title,
                    symbol_id=symbol_id,
                    good=by_rating.get((title, Rating.GOOD), ZERO),
                    not_sure=by_rating.get((title, Rating.NOT_SURE), ZERO),
                    not_good=by_rating.get((title, Rating.NOT_GOOD), ZERO),
                    no_rating=by_rating.get((title, None), ZERO),
                    total=Count(number, people),
                ),
            )
            for title, symbol_id, position, number, people in totals
        ]
        found.sort(key=lambda pair: (pair[0], pair[1].title.casefold()))
        return tuple(theme for _, theme in found)

    @staticmethod
    def _raised_themes(
        session: Session, ward_id: uuid.UUID, start: datetime, end: datetime
    ) -> tuple[RaisedTheme, ...]:
        query = (
            select(
                WardAction.source,
                WardAction.symbol_id,
                func.count(WardAction.id),
                func.count(func.distinct(WardAction.raised_by_id)),
                func.sum(case((WardAction.raised_by_id.is_(None), 1), else_=0)),
            )
            .where(
                WardAction.ward_id == ward_id,
                WardAction.source.in_(RAISED_SOURCES),
                WardAction.created_at >= start,
                WardAction.created_at < end,
            )
            .group_by(WardAction.source, WardAction.symbol_id)
        )
        found = [
            RaisedTheme(source, symbol_id, _people(number, known, unknown))
            for source, symbol_id, number, known, unknown in session.execute(query)
        ]
        found.sort(key=lambda t: (RAISED_SOURCES.index(t.source), -t.count.number, t.symbol_id or "~"))
        return tuple(found)

    @staticmethod
    def _status_counts(
        session: Session, ward_id: uuid.UUID, start: datetime, end: datetime
    ) -> tuple[tuple[ActionStatus, Count], ...]:
        """Actions raised or changed in the period (each raising is a change too), by status now."""
        changed = exists().where(
            ActionChange.action_id == WardAction.id, ActionChange.at >= start, ActionChange.at < end
        )
        query = (
            select(
                WardAction.status,
                func.count(WardAction.id),
                func.count(func.distinct(WardAction.raised_by_id)),
                func.sum(case((WardAction.raised_by_id.is_(None), 1), else_=0)),
            )
            .where(WardAction.ward_id == ward_id, changed)
            .group_by(WardAction.status)
        )
        rows = session.execute(query)
        counts = {status: _people(number, known, unknown) for status, number, known, unknown in rows}
        return tuple((status, counts.get(status, ZERO)) for status in STATUS_ORDER)

    def _quotes(
        self,
        session: Session,
        gate: Gate,
        ward_id: uuid.UUID,
        start: datetime,
        end: datetime,
        topics: Sequence[TopicTheme],
        raised: Sequence[RaisedTheme],
    ) -> tuple[Quote, ...]:
        """Words the disclosure rule offers, oldest first, each text once, names taken out."""
        views = (
            select(
                SayView.id,
                SayView.words,
                SayView.person_id,
                SayView.whose,
                SayView.words_language,
                SayView.council_may_quote,
                SayGroupTopic.title,
                SayGroupTopic.symbol_id,
                SayView.created_at,
            )
            .select_from(SayGroup)
            .join(SayGroupTopic)
            .join(SayView)
            .where(
                self._views_in(ward_id, start, end),
                SayView.council_may_quote.is_(True),
                SayView.words.is_not(None),
                SayView.whose == WhoseWords.MINE,
            )
        )
        actions = select(
            WardAction.id,
            WardAction.you_said,
            WardAction.raised_by_id,
            WardAction.words_language,
            WardAction.council_may_quote,
            WardAction.source,
            WardAction.symbol_id,
            WardAction.created_at,
            WardAction.written_by_id,
        ).where(
            WardAction.ward_id == ward_id,
            WardAction.council_may_quote.is_(True),
            WardAction.raised_by_id.is_not(None),
            WardAction.source.in_(RAISED_SOURCES),
            WardAction.on_board.is_(True),
            WardAction.created_at >= start,
            WardAction.created_at < end,
        )
        topic_people = {t.title: t.people for t in topics}
        raised_people = {(t.source, t.symbol_id): t.count.people for t in raised}
        rows: list[tuple[datetime, uuid.UUID, str, Quote]] = []
        for view_id, words, person_id, whose, language, answer, title, symbol_id, at in session.execute(
            views
        ):
            if gate.quotable(
                answer=answer,
                owner_id=person_id,
                words=words,
                whose=whose,
                words_language=language,
                topic_people=topic_people.get(title, 0),
            ):
                rows.append((at, view_id, words, Quote(view_id, words, title, None, symbol_id)))
        for action_id, said, raised_by_id, language, answer, source, symbol_id, at, typist in session.execute(
            actions
        ):
            if gate.quotable(
                answer=answer,
                owner_id=raised_by_id,
                words=said,
                whose=WhoseWords.STAFF_TYPED if typist is not None else WhoseWords.MINE,
                words_language=language,
                topic_people=raised_people.get((source, symbol_id), 0),
            ):
                rows.append((at, action_id, said, Quote(action_id, said, None, source, symbol_id)))
        rows.sort(key=lambda r: (r[0], str(r[1])))
        seen: set[str] = set()
        found: list[Quote] = []
        for _, _, text, quote in rows:
            clean = gate.scrub(text)
            if clean.casefold() in seen:
                continue  # a view made into an action says the same words twice
            seen.add(clean.casefold())
            topic = gate.scrub(quote.topic) if quote.topic else None
            found.append(replace(quote, text=clean, topic=topic))
        return tuple(found)

    # --- packs ------------------------------------------------------------------------------------
    def start_pack(
        self, ward_id: uuid.UUID, by_id: uuid.UUID | None, start: datetime, end: datetime
    ) -> PackInfo:
        """A new draft pack for the period, with every theme and status chosen and no quotes yet:
        quotes are people's own words, so the rep picks each one."""
        themes = self.themes(ward_id, start, end)
        chosen = {
            "topics": [t.key for t in themes.topics] + [t.key for t in themes.raised],
            "statuses": [s.value for s, count in themes.statuses if count.number],
            "quotes": [],
        }
        with self._sessions.begin() as session:
            if by_id is not None and session.get(Person, by_id) is None:
                raise CouncilProblem("The person making this pack is no longer here.")
            now = self._clock()
            row = CouncilPack(
                ward_id=ward_id,
                prepared_by_id=by_id,
                period_start=start,
                period_end=end,
                status=PackStatus.DRAFT,
                chosen=chosen,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            add_event(session, self._clock, "council_pack_started", actor_id=by_id, subject_id=row.id)
            return _pack_info(row)

    def get(self, pack_id: uuid.UUID) -> PackInfo | None:
        with self._sessions() as session:
            row = session.get(CouncilPack, pack_id)
            return _pack_info(row) if row is not None else None

    def packs(self, ward_id: uuid.UUID, limit: int = 100) -> list[PackInfo]:
        """The ward's packs, newest first."""
        query = (
            select(CouncilPack)
            .where(CouncilPack.ward_id == ward_id)
            .order_by(CouncilPack.created_at.desc(), CouncilPack.id)
            .limit(limit)
        )
        with self._sessions() as session:
            return [_pack_info(row) for row in session.scalars(query)]

    @staticmethod
    def _pack(session: Session, pack_id: uuid.UUID, *, draft: bool = False) -> CouncilPack:
        row = session.get(CouncilPack, pack_id)
        if row is None:
            raise CouncilProblem("This council pack is no longer here.")
        if draft and row.status is not PackStatus.DRAFT:
            raise CouncilProblem("This pack has been taken to the council, so it cannot change now.")
        return row

    def choose(
        self,
        pack_id: uuid.UUID,
        *,
        topics: Sequence[str] | None = None,
        statuses: Sequence[ActionStatus] | None = None,
        quotes: Sequence[uuid.UUID] | None = None,
        by_id: uuid.UUID | None = None,
    ) -> PackInfo:
        """Saves what the rep chose at once (only the parts given change). A quote can only be chosen
        while its owner allows it."""
        allowed: set[uuid.UUID] = set()
        if quotes is not None:
            pack = self.get(pack_id)
            if pack is not None:
                allowed = {q.id for q in self.themes(pack.ward_id, pack.start, pack.end).quotes}
        with self._sessions.begin() as session:
            row = self._pack(session, pack_id, draft=True)
            chosen = dict(row.chosen or {})
            if topics is not None:
                chosen["topics"] = list(dict.fromkeys(topics))
            if statuses is not None:
                chosen["statuses"] = [s.value for s in STATUS_ORDER if s in set(statuses)]
            if quotes is not None:
                wanted = list(dict.fromkeys(quotes))
                if any(q not in allowed for q in wanted):
                    raise CouncilProblem(
                        "One of those quotes cannot go in the pack: the person has not agreed to it."
                    )
                chosen["quotes"] = [str(q) for q in wanted]
            row.chosen = chosen
            flag_modified(row, "chosen")
            row.updated_at = self._clock()
            add_event(
                session,
                self._clock,
                "council_pack_chosen",
                actor_id=by_id,
                subject_id=row.id,
                detail={k: len(v) for k, v in chosen.items()},
            )
            session.flush()
            return _pack_info(row)

    def add_point(
        self,
        pack_id: uuid.UUID,
        words: str | None = None,
        symbols: Sequence[str] = (),
        recording_file: str | None = None,
        whose: WhoseWords = WhoseWords.MINE,
        written_by_id: uuid.UUID | None = None,
    ) -> PointInfo:
        """One of the rep's own points (it may start empty and fill in with update_point)."""
        if whose is not WhoseWords.MINE and written_by_id is None:
            raise CouncilProblem("Say which member of staff is writing.")
        text = _words(words)
        with self._sessions.begin() as session:
            pack = self._pack(session, pack_id, draft=True)
            if len(pack.points) >= POINTS_MAX:
                raise CouncilProblem(f"A pack can hold at most {POINTS_MAX} points.")
            position = max((p.position for p in pack.points), default=-1) + 1
            row = CouncilPoint(
                position=position,
                words=text,
                whose=whose,
                written_by_id=written_by_id if whose is not WhoseWords.MINE else None,
                symbols=said_symbols(symbols),  # a sentence: its order and repeats are kept
                recording_file=recording_file,
                created_at=self._clock(),
            )
            pack.points.append(row)
            session.flush()
            add_event(
                session,
                self._clock,
                "council_point_added",
                actor_id=written_by_id or pack.prepared_by_id,
                subject_id=pack.id,
            )
            return _point_info(row)

    def update_point(
        self,
        point_id: uuid.UUID,
        *,
        words: str | None = None,
        symbols: Sequence[str] | None = None,
        recording_file: str | None = None,
        clear_recording: bool = False,
    ) -> PointInfo:
        """Saves one change to a point at once; empty words clear them."""
        with self._sessions.begin() as session:
            row = session.get(CouncilPoint, point_id)
            if row is None:
                raise CouncilProblem("This point is no longer here.")
            self._pack(session, row.pack_id, draft=True)
            if words is not None:
                row.words = _words(words)
            if symbols is not None:
                row.symbols = said_symbols(symbols)
            if recording_file is not None or clear_recording:
                row.recording_file = None if clear_recording else recording_file
            row.updated_at = self._clock()
            session.flush()
            return _point_info(row)

    def remove_point(self, point_id: uuid.UUID) -> None:
        with self._sessions.begin() as session:
            row = session.get(CouncilPoint, point_id)
            if row is None:
                return
            pack = self._pack(session, row.pack_id, draft=True)
            session.delete(row)
            by = pack.prepared_by_id
            add_event(session, self._clock, "council_point_removed", actor_id=by, subject_id=pack.id)

    def mark_taken(self, pack_id: uuid.UUID, by_id: uuid.UUID | None = None) -> PackInfo:
        """The rep took the pack to the council: from now on it stays as it was taken."""
        with self._sessions.begin() as session:
            row = self._pack(session, pack_id)
            if row.status is PackStatus.DRAFT:
                row.status = PackStatus.TAKEN
                row.taken_at = self._clock()
                add_event(session, self._clock, "council_pack_taken", actor_id=by_id, subject_id=row.id)
            session.flush()
            return _pack_info(row)

    def set_may_quote(self, item_id: uuid.UUID, allowed: bool, by_id: uuid.UUID | None = None) -> None:
        """The owner of a SAY group view or of something they raised says whether their words may be
        read at the council without their name."""
        with self._sessions.begin() as session:
            row: SayView | WardAction | None = session.get(SayView, item_id)
            if row is None:
                row = session.get(WardAction, item_id)
            if row is None:
                raise CouncilProblem("This is no longer here.")
            row.council_may_quote = allowed
            flag_modified(row, "updated_at")  # keeps its time: a yes or no to quoting changes no answer
            add_event(
                session,
                self._clock,
                "council_quote_consent",
                actor_id=by_id,
                subject_id=item_id,
                detail={"allowed": allowed},
            )

    # --- what the pack shows --------------------------------------------------------------------
    def pack_contents(self, pack_id: uuid.UUID, language: str = "en") -> PackContents:
        """The chosen themes, the chosen quotes the disclosure rule still offers, and the rep's points
        with every name on the store taken out (a staff note is not the rep's words: it stays here).
        No name and no id goes in."""
        pack = self.get(pack_id)
        if pack is None:
            raise CouncilProblem("This council pack is no longer here.")
        themes = self.themes(pack.ward_id, pack.start, pack.end, language)
        chosen_topics = set(pack.topics)
        with self._sessions() as session:
            gate = Gate.load(session, pack.ward_id, language)
        offered = {q.id: q for q in themes.quotes}
        points = tuple(
            PackPoint(
                words=gate.scrub(p.words) if p.words and p.whose is not WhoseWords.STAFF_NOTE else None,
                whose=p.whose,
                symbols=p.symbols,
                has_recording=p.recording_file is not None,
            )
            for p in pack.points
            if not p.is_empty
        )
        return PackContents(
            ward_name=themes.ward_name,
            start=pack.start,
            end=pack.end,
            made_at=self._clock(),
            language=language,
            topics=tuple(t for t in themes.topics if t.key in chosen_topics),
            raised=tuple(t for t in themes.raised if t.key in chosen_topics),
            statuses=tuple((s, themes.status(s)) for s in pack.statuses),
            quotes=tuple(
                PackQuote(q.text, q.topic, q.symbol_id, q.source)
                for q in (offered.get(i) for i in pack.quotes)
                if q is not None
            ),
            points=tuple(p for p in points if p.words or p.symbols or p.has_recording),
        )

    def summary(
        self, ward_id: uuid.UUID, start: datetime, end: datetime, language: str = "en"
    ) -> PackContents:
        """Everything the period's themes hold, as a pack with all of it chosen and no points: the
        council export's summary of SAY groups and You said, we did, under the same rule."""
        themes = self.themes(ward_id, start, end, language)
        return PackContents(
            ward_name=themes.ward_name,
            start=start,
            end=end,
            made_at=self._clock(),
            language=language,
            topics=themes.topics,
            raised=themes.raised,
            statuses=tuple((s, c) for s, c in themes.statuses if c.number),
            quotes=tuple(PackQuote(q.text, q.topic, q.symbol_id, q.source) for q in themes.quotes),
        )

    # --- the council's answers ------------------------------------------------------------------
    def record_answer(
        self,
        pack_id: uuid.UUID,
        about: str,
        answer: str,
        status: ActionStatus,
        by_id: uuid.UUID,
        point_id: uuid.UUID | None = None,
        action_id: uuid.UUID | None = None,
        reason: str | None = None,
    ) -> AnswerInfo:
        """What the council said goes onto You said, we did: it updates the action it was about, or
        becomes a new council action with the answer as its reply. Red without a reason is refused."""
        try:
            about_text = clean_text(about, limit=WORDS_MAX)
        except InvalidText:
            raise CouncilProblem("Say what was asked at the council.") from None
        try:
            answer_text = clean_text(answer, limit=REPLY_MAX)
        except InvalidText:
            raise CouncilProblem("Write the council's answer in easy words: people will hear it.") from None
        why = _optional(reason)
        if status is ActionStatus.RED and why is None:
            raise CouncilProblem("Red means the council can't do this. Say why, so people know the reason.")
        with self._sessions() as session:
            pack = self._pack(session, pack_id)
            ward_id = pack.ward_id
            if point_id is not None:
                point = session.get(CouncilPoint, point_id)
                if point is None or point.pack_id != pack_id:
                    raise CouncilProblem("This point is no longer in the pack.")
            if action_id is not None:
                action = session.get(WardAction, action_id)
                if action is None or action.ward_id != ward_id:
                    raise CouncilProblem("That You said, we did action is not on this ward.")
        if action_id is not None:
            try:
                ActionService(self._sessions, self._clock).update(
                    action_id, status, answer_text, by_id=by_id, reason=why
                )
            except ActionProblem as problem:
                raise CouncilProblem(str(problem)) from None
        with self._sessions.begin() as session:
            pack = self._pack(session, pack_id)
            if action_id is None:
                symbol = None
                if point_id is not None:
                    point = session.get(CouncilPoint, point_id)
                    symbol = point.symbols[0] if point is not None and point.symbols else None
                action = add_action(
                    session,
                    self._clock,
                    pack.ward_id,
                    ActionSource.COUNCIL,
                    about_text,
                    None,
                    symbol_id=symbol,
                    by_id=by_id,
                )
                _set_status(session, self._clock, action, status, answer_text, why, by_id)
                action_id = action.id
            now = self._clock()
            row = CouncilAnswer(
                point_id=point_id,
                about=about_text,
                answer=answer_text,
                written_by_id=by_id,
                action_id=action_id,
                created_at=now,
            )
            pack.answers.append(row)
            pack.status = PackStatus.ANSWERED
            pack.taken_at = pack.taken_at or now
            pack.updated_at = now
            session.flush()
            add_event(
                session,
                self._clock,
                "council_answer_recorded",
                actor_id=by_id,
                subject_id=pack.id,
                detail={"status": status.value},
            )
            return AnswerInfo(row.id, row.point_id, row.about, row.answer, row.written_by_id, action_id, now)


def _set_status(
    session: Session,
    clock: Clock,
    action: WardAction,
    status: ActionStatus,
    reply: str,
    reason: str | None,
    by_id: uuid.UUID,
) -> None:
    """The council's answer on a new action, kept in its history like any other change."""
    now = clock()
    action.status, action.reply = status, reply
    action.reason = reason if status is ActionStatus.RED else None
    action.updated_at = now
    flag_modified(action, "updated_at")
    action.changes.append(ActionChange(at=now, by_id=by_id, status=status, reply=reply, reason=action.reason))
    add_event(
        session,
        clock,
        "action_updated",
        actor_id=by_id,
        subject_id=action.id,
        detail={"from": ActionStatus.AMBER.value, "to": status.value},
    )
    session.flush()


def _words(words: str | None) -> str | None:
    if words is None or not words.strip():
        return None
    return clean_text(words, limit=WORDS_MAX)


def _optional(text: str | None) -> str | None:
    try:
        return clean_text(text, limit=REPLY_MAX) if text is not None else None
    except InvalidText:
        return None


def _check_period(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("a period needs times with a time zone")
    if not start < end:
        raise CouncilProblem("The period must end after it starts.")


__all__ = [
    "AnswerInfo",
    "CouncilProblem",
    "CouncilService",
    "Count",
    "NameScrubber",
    "PackContents",
    "PackInfo",
    "PackPoint",
    "PackQuote",
    "PointInfo",
    "Quote",
    "RaisedTheme",
    "ShownRow",
    "Themes",
    "TopicTheme",
    "is_default_title",
    "raised_key",
    "status_row",
]
