"""SAY groups: patients give their views on how the ward is run, topic by topic.

Staff start a group with the ward's agenda (a default set until staff change it). People give their
view on each topic, on their own or passing the tablet round, and every view is kept: two tablets'
worth for the same person and topic are both kept, in the order given. The facilitator turns a view
into a You said, we did action in one tap, and the minutes come from the group itself.

The audit log records that a view was given, never what it said.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coprod_desktop.services.actions import (
    ActionRecord,
    ActionService,
    action_record,
    add_action,
    said_symbols,
)
from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.text import InvalidText, clean_name, clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import ActionSource, Rating, WhoseWords
from coprod_desktop.store.models import (
    Person,
    SayAgendaTopic,
    SayGroup,
    SayGroupTopic,
    SayView,
    Ward,
    WardAction,
)

WORDS_MAX = 5_000
TITLE_MAX = 300
AGENDA_MAX = 30

DEFAULT_AGENDA: tuple[tuple[str, str], ...] = (
    ("Food", "food"),
    ("Activities", "activities"),
    ("The ward", "ward"),
    ("Staff", "staff"),
    ("Rules", "rules"),
    ("Going out", "topic-going-out"),
    ("Health", "topic-health"),
    ("Anything else", "topic-anything-else"),
)
"""The agenda a ward starts with; the titles are translated on screen like the topic templates."""


class SayGroupProblem(ValueError):
    """Something that cannot be done; the message is fit to show and to speak."""


@dataclass(frozen=True)
class AgendaTopic:
    title: str
    symbol_id: str | None = None


@dataclass(frozen=True)
class GroupTopicInfo:
    id: uuid.UUID
    position: int
    title: str
    symbol_id: str | None


@dataclass(frozen=True)
class GroupInfo:
    id: uuid.UUID
    ward_id: uuid.UUID
    started_by_id: uuid.UUID | None
    started_at: datetime
    ended_at: datetime | None
    topics: tuple[GroupTopicInfo, ...]

    @property
    def is_open(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True)
class ViewInfo:
    id: uuid.UUID
    topic_id: uuid.UUID
    person_id: uuid.UUID
    person_name: str
    rating: Rating | None
    words: str | None
    whose: WhoseWords | None
    written_by_id: uuid.UUID | None
    symbols: tuple[str, ...]
    recording_file: str | None
    action_id: uuid.UUID | None
    given_at: datetime
    council_may_quote: bool = False
    """The person said yes to their words being read at the recovery council, without their name."""
    words_language: str | None = None

    @property
    def is_empty(self) -> bool:
        return not (self.rating or self.words or self.symbols or self.recording_file)


@dataclass(frozen=True)
class TopicMinutes:
    topic: GroupTopicInfo
    views: tuple[ViewInfo, ...]
    actions: tuple[ActionRecord, ...]

    def count(self, rating: Rating) -> int:
        return sum(1 for view in self.views if view.rating is rating)


@dataclass(frozen=True)
class Minutes:
    """Everything a SAY group said and what came of it, for the screen, the PDF and the CSV."""

    group: GroupInfo
    ward_name: str
    facilitator_name: str
    people: int
    topics: tuple[TopicMinutes, ...] = field(default_factory=tuple)


def _group_info(row: SayGroup) -> GroupInfo:
    return GroupInfo(
        id=row.id,
        ward_id=row.ward_id,
        started_by_id=row.started_by_id,
        started_at=row.created_at,
        ended_at=row.ended_at,
        topics=tuple(GroupTopicInfo(t.id, t.position, t.title, t.symbol_id) for t in row.topics),
    )


def _view_info(row: SayView, names: dict[uuid.UUID, str]) -> ViewInfo:
    return ViewInfo(
        id=row.id,
        topic_id=row.topic_id,
        person_id=row.person_id,
        person_name=names.get(row.person_id, ""),
        rating=row.rating,
        words=row.words,
        whose=row.whose,
        written_by_id=row.written_by_id,
        symbols=tuple(row.symbols or ()),
        recording_file=row.recording_file,
        action_id=row.action_id,
        given_at=row.created_at,
        council_may_quote=bool(row.council_may_quote),
        words_language=row.words_language,
    )


def _names(session: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    wanted = set(ids)
    if not wanted:
        return {}
    found = session.execute(select(Person.id, Person.called).where(Person.id.in_(wanted)))
    return {person_id: called for person_id, called in found}


class SayGroupService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # --- the ward's agenda ------------------------------------------------------------------
    def agenda(self, ward_id: uuid.UUID) -> list[AgendaTopic]:
        """The ward's own agenda, or the default one until staff change it."""
        query = (
            select(SayAgendaTopic).where(SayAgendaTopic.ward_id == ward_id).order_by(SayAgendaTopic.position)
        )
        with self._sessions() as session:
            rows = list(session.scalars(query))
        if not rows:
            return [AgendaTopic(title, symbol) for title, symbol in DEFAULT_AGENDA]
        return [AgendaTopic(row.title, row.symbol_id) for row in rows]

    def set_agenda(self, ward_id: uuid.UUID, topics: list[AgendaTopic], by_id: uuid.UUID | None) -> None:
        """Replaces the ward's agenda. Groups already started keep their own copy."""
        cleaned = [AgendaTopic(self._title(t.title), t.symbol_id or None) for t in topics]
        if not cleaned:
            raise SayGroupProblem("A SAY group needs at least one topic.")
        if len(cleaned) > AGENDA_MAX:
            raise SayGroupProblem(f"Keep the agenda short: at most {AGENDA_MAX} topics.")
        with self._sessions.begin() as session:
            if session.get(Ward, ward_id) is None:
                raise SayGroupProblem("This ward is no longer here.")
            for row in session.scalars(select(SayAgendaTopic).where(SayAgendaTopic.ward_id == ward_id)):
                session.delete(row)
            session.flush()
            for position, topic in enumerate(cleaned):
                session.add(
                    SayAgendaTopic(
                        ward_id=ward_id, position=position, title=topic.title, symbol_id=topic.symbol_id
                    )
                )
            add_event(
                session,
                self._clock,
                "say_agenda_changed",
                actor_id=by_id,
                subject_id=ward_id,
                detail={"topics": len(cleaned)},
            )

    @staticmethod
    def _title(title: str) -> str:
        try:
            return clean_name(title, limit=TITLE_MAX)
        except InvalidText:
            raise SayGroupProblem("Give each topic a name.") from None

    # --- a group ------------------------------------------------------------------------------
    def start(self, ward_id: uuid.UUID, staff_id: uuid.UUID | None) -> GroupInfo:
        """Opens a group with a copy of the ward's agenda. One group is open on a ward at a time."""
        agenda = self.agenda(ward_id)
        with self._sessions.begin() as session:
            if session.get(Ward, ward_id) is None:
                raise SayGroupProblem("This ward is no longer here.")
            if self._open_row(session, ward_id) is not None:
                raise SayGroupProblem("A SAY group is already open on this ward. End it first.")
            row = SayGroup(ward_id=ward_id, started_by_id=staff_id, created_at=self._clock())
            row.topics = [
                SayGroupTopic(position=i, title=t.title, symbol_id=t.symbol_id) for i, t in enumerate(agenda)
            ]
            session.add(row)
            session.flush()
            add_event(session, self._clock, "say_group_started", actor_id=staff_id, subject_id=row.id)
            return _group_info(row)

    @staticmethod
    def _open_row(session: Session, ward_id: uuid.UUID) -> SayGroup | None:
        query = (
            select(SayGroup)
            .where(SayGroup.ward_id == ward_id, SayGroup.ended_at.is_(None))
            .order_by(SayGroup.created_at.desc())
        )
        return session.scalars(query).first()

    def open_group(self, ward_id: uuid.UUID) -> GroupInfo | None:
        """The group people can give views to now, if staff have started one."""
        with self._sessions() as session:
            row = self._open_row(session, ward_id)
            return _group_info(row) if row is not None else None

    def get(self, group_id: uuid.UUID) -> GroupInfo | None:
        with self._sessions() as session:
            row = session.get(SayGroup, group_id)
            return _group_info(row) if row is not None else None

    def held(self, ward_id: uuid.UUID, limit: int = 50) -> list[GroupInfo]:
        """The ward's groups, newest first, for staff to look back at their minutes."""
        query = select(SayGroup).where(SayGroup.ward_id == ward_id).order_by(SayGroup.created_at.desc())
        with self._sessions() as session:
            return [_group_info(row) for row in session.scalars(query.limit(limit))]

    def add_topic(
        self, group_id: uuid.UUID, title: str, symbol_id: str | None, by_id: uuid.UUID | None
    ) -> GroupTopicInfo:
        """Something people want to talk about that was not on the agenda."""
        name = self._title(title)
        with self._sessions.begin() as session:
            group = self._open_group_row(session, group_id)
            topic = SayGroupTopic(position=len(group.topics), title=name, symbol_id=symbol_id or None)
            group.topics.append(topic)
            session.flush()
            add_event(session, self._clock, "say_topic_added", actor_id=by_id, subject_id=group.id)
            return GroupTopicInfo(topic.id, topic.position, topic.title, topic.symbol_id)

    def end(self, group_id: uuid.UUID, staff_id: uuid.UUID | None) -> GroupInfo:
        with self._sessions.begin() as session:
            row = session.get(SayGroup, group_id)
            if row is None:
                raise SayGroupProblem("This SAY group is no longer here.")
            if row.ended_at is None:
                row.ended_at = self._clock()
                add_event(session, self._clock, "say_group_ended", actor_id=staff_id, subject_id=row.id)
            return _group_info(row)

    @staticmethod
    def _open_group_row(session: Session, group_id: uuid.UUID) -> SayGroup:
        row = session.get(SayGroup, group_id)
        if row is None:
            raise SayGroupProblem("This SAY group is no longer here.")
        if row.ended_at is not None:
            raise SayGroupProblem("This SAY group has finished. Your views can go to the next one.")
        return row

    # --- views ------------------------------------------------------------------------------
    def start_view(
        self,
        topic_id: uuid.UUID,
        person_id: uuid.UUID,
        *,
        whose: WhoseWords = WhoseWords.MINE,
        written_by_id: uuid.UUID | None = None,
    ) -> ViewInfo:
        """A new, empty view for this person on this topic; each change to it then saves at once."""
        if whose is not WhoseWords.MINE and written_by_id is None:
            raise SayGroupProblem("Say which member of staff is writing.")
        with self._sessions.begin() as session:
            topic = session.get(SayGroupTopic, topic_id)
            if topic is None:
                raise SayGroupProblem("This topic is no longer here.")
            group = self._open_group_row(session, topic.group_id)
            person = session.get(Person, person_id)
            if person is None or person.archived or person.ward_id != group.ward_id:
                raise SayGroupProblem("Only people on this ward can give their views here.")
            row = SayView(
                topic_id=topic_id,
                person_id=person_id,
                whose=whose,
                written_by_id=written_by_id if whose is not WhoseWords.MINE else None,
                symbols=[],
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            add_event(
                session,
                self._clock,
                "say_view_given",
                actor_id=written_by_id or person_id,
                subject_id=group.id,
            )
            return _view_info(row, {person.id: person.called})

    def update_view(
        self,
        view_id: uuid.UUID,
        *,
        rating: Rating | None = None,
        clear_rating: bool = False,
        words: str | None = None,
        symbols: tuple[str, ...] | None = None,
        recording_file: str | None = None,
        clear_recording: bool = False,
        council_may_quote: bool | None = None,
        words_language: str | None = None,
    ) -> ViewInfo:
        """Saves one change to a view at once (only the parts given change). `words_language` is the
        language the words were given in (the screen's): a rare one is never quoted at the council."""
        with self._sessions.begin() as session:
            row = session.get(SayView, view_id)
            if row is None:
                raise SayGroupProblem("This view is no longer here.")
            topic = session.get(SayGroupTopic, row.topic_id)
            assert topic is not None
            self._open_group_row(session, topic.group_id)
            if rating is not None or clear_rating:
                row.rating = None if clear_rating else rating
            if words is not None:
                row.words = clean_text(words, limit=WORDS_MAX) if words.strip() else None
                row.words_language = (words_language or row.words_language) if row.words else None
            if symbols is not None:
                row.symbols = said_symbols(symbols)  # a sentence: its order and repeats are kept
            if recording_file is not None or clear_recording:
                row.recording_file = None if clear_recording else recording_file
            if council_may_quote is not None:
                row.council_may_quote = council_may_quote
            row.updated_at = self._clock()
            flag_modified(row, "updated_at")  # or an equal time lets onupdate stamp the wall clock
            session.flush()
            return _view_info(row, _names(session, [row.person_id]))

    def remove_view(self, view_id: uuid.UUID) -> None:
        """The person changed their mind while the group is open."""
        with self._sessions.begin() as session:
            row = session.get(SayView, view_id)
            if row is None:
                return
            topic = session.get(SayGroupTopic, row.topic_id)
            assert topic is not None
            self._open_group_row(session, topic.group_id)
            session.delete(row)

    def views(self, group_id: uuid.UUID) -> dict[uuid.UUID, list[ViewInfo]]:
        """Every view given in the group, by topic id, in the order given (empty ones left out)."""
        query = (
            select(SayView)
            .join(SayGroupTopic, SayGroupTopic.id == SayView.topic_id)
            .where(SayGroupTopic.group_id == group_id)
            .order_by(SayView.created_at, SayView.id)
        )
        with self._sessions() as session:
            rows = list(session.scalars(query))
            names = _names(session, (r.person_id for r in rows))
        found: dict[uuid.UUID, list[ViewInfo]] = {}
        for row in rows:
            view = _view_info(row, names)
            if not view.is_empty:
                found.setdefault(view.topic_id, []).append(view)
        return found

    def views_by(self, group_id: uuid.UUID, person_id: uuid.UUID) -> dict[uuid.UUID, list[ViewInfo]]:
        """What this person has said in the group so far, by topic id (for a done mark on each topic)."""
        return {
            topic_id: mine
            for topic_id, views in self.views(group_id).items()
            if (mine := [v for v in views if v.person_id == person_id])
        }

    # --- from a view to an action ----------------------------------------------------------------
    def to_action(self, view_id: uuid.UUID, staff_id: uuid.UUID, you_said: str | None = None) -> ActionRecord:
        """One tap: the view becomes an Amber You said, we did action raised by the person who said it.
        Tapping again gives the same action, never a second one."""
        with self._sessions.begin() as session:
            row = session.get(SayView, view_id)
            if row is None:
                raise SayGroupProblem("This view is no longer here.")
            if row.action_id is not None:
                existing = session.get(WardAction, row.action_id)
                if existing is not None:
                    return action_record(existing)
            topic = session.get(SayGroupTopic, row.topic_id)
            assert topic is not None
            group = session.get(SayGroup, topic.group_id)
            assert group is not None
            said = (you_said or "").strip() or row.words or topic.title
            action = add_action(
                session,
                self._clock,
                group.ward_id,
                ActionSource.SAY_GROUP,
                said,
                row.person_id,
                symbol_id=(row.symbols[0] if row.symbols else topic.symbol_id),
                by_id=staff_id,
            )
            row.action_id = action.id
            session.flush()
            return self._action(action.id, session)

    @staticmethod
    def _action(action_id: uuid.UUID, session: Session) -> ActionRecord:
        row = session.get(WardAction, action_id)
        assert row is not None
        return action_record(row)

    # --- minutes ------------------------------------------------------------------------------
    def minutes(self, group_id: uuid.UUID) -> Minutes:
        group = self.get(group_id)
        if group is None:
            raise SayGroupProblem("This SAY group is no longer here.")
        views = self.views(group_id)
        action_ids = {v.action_id for vs in views.values() for v in vs if v.action_id}
        actions = ActionService(self._sessions, self._clock)
        found = {a.id: a for a in (actions.get(i) for i in action_ids) if a is not None}
        with self._sessions() as session:
            ward = session.get(Ward, group.ward_id)
            names = _names(session, [group.started_by_id] if group.started_by_id else [])
        topics = tuple(
            TopicMinutes(
                topic=topic,
                views=tuple(views.get(topic.id, [])),
                actions=tuple(
                    found[v.action_id]
                    for v in views.get(topic.id, [])
                    if v.action_id and v.action_id in found
                ),
            )
            for topic in group.topics
        )
        people = len({v.person_id for vs in views.values() for v in vs})
        return Minutes(
            group=group,
            ward_name=ward.name if ward is not None else "",
            facilitator_name=names.get(group.started_by_id, "") if group.started_by_id else "",
            people=people,
            topics=topics,
        )
