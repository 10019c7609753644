"""What I want to say: a person's topics for a meeting, their rating and what they said.

Every change saves at once, so leaving halfway and coming back days later finds everything as it
was. Each piece of text keeps whose words it is: the person's own, what staff wrote down for them,
or a staff note; the two are never blurred.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.templates import TemplateInfo, TemplateService
from coprod_desktop.services.text import clean_name, clean_text
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import PieceKind, Rating, TopicState, WhoseWords
from coprod_desktop.store.models import Meeting, Preparation, PreparedTopic, TopicPiece


class PreparationProblem(ValueError):
    """A change that cannot be made; the message is fit for staff."""


@dataclass(frozen=True)
class PieceRecord:
    id: uuid.UUID
    kind: PieceKind
    words: str | None
    whose: WhoseWords | None
    written_by_id: uuid.UUID | None
    symbol_id: str | None
    file_name: str | None


@dataclass(frozen=True)
class TopicRecord:
    id: uuid.UUID
    position: int
    title: str
    symbol_id: str | None
    state: TopicState
    rating: Rating | None
    own: bool
    pieces: tuple[PieceRecord, ...]

    @property
    def done(self) -> bool:
        return self.state is TopicState.DONE


@dataclass(frozen=True)
class PreparationRecord:
    id: uuid.UUID
    person_id: uuid.UUID
    meeting_id: uuid.UUID | None
    topics: tuple[TopicRecord, ...]
    """Topics in order, without removed ones."""


def _piece(piece: TopicPiece) -> PieceRecord:
    return PieceRecord(
        piece.id, piece.kind, piece.words, piece.whose, piece.written_by_id, piece.symbol_id, piece.file_name
    )


def _topic(topic: PreparedTopic) -> TopicRecord:
    return TopicRecord(
        id=topic.id,
        position=topic.position,
        title=topic.title,
        symbol_id=topic.symbol_id,
        state=topic.state,
        rating=topic.rating,
        own=topic.own,
        pieces=tuple(_piece(p) for p in topic.pieces),
    )


def _record(preparation: Preparation) -> PreparationRecord:
    return PreparationRecord(
        preparation.id,
        preparation.person_id,
        preparation.meeting_id,
        tuple(_topic(t) for t in preparation.topics if t.removed_at is None),
    )


class PreparationService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    # --- starting and finding ------------------------------------------------------------------
    def for_meeting(self, person_id: uuid.UUID, meeting_id: uuid.UUID | None) -> PreparationRecord:
        """The person's preparation for this meeting (or "for my next meeting" when None), started
        from their topic template the first time. Work begun before a meeting was booked moves on to
        the first meeting asked for, so nothing prepared is lost."""
        # The template is found first, outside the write: finding it may itself save the default.
        template = self._template(person_id, meeting_id)
        with self._sessions.begin() as session:
            found = self._find(session, person_id, meeting_id)
            if found is None and meeting_id is not None:
                found = self._find(session, person_id, None)
                if found is not None:
                    found.meeting_id = meeting_id
            if found is None:
                found = Preparation(person_id=person_id, meeting_id=meeting_id, template_id=template.id)
                now = self._clock()
                for index, topic in enumerate(template.topics):
                    found.topics.append(
                        PreparedTopic(
                            position=index,
                            title=topic.title,
                            symbol_id=topic.symbol_id,
                            created_at=now,
                            updated_at=now,
                        )
                    )
                session.add(found)
                add_event(session, self._clock, "preparation_started", subject_id=person_id)
            session.flush()
            return _record(found)

    def _template(self, person_id: uuid.UUID, meeting_id: uuid.UUID | None) -> TemplateInfo:
        templates = TemplateService(self._sessions, self._clock)
        with self._sessions() as session:
            meeting = session.get(Meeting, meeting_id) if meeting_id else None
            chosen = meeting.template_id if meeting is not None else None
        return templates.get(chosen) if chosen is not None else templates.template_for(person_id)

    def _find(
        self, session: Session, person_id: uuid.UUID, meeting_id: uuid.UUID | None
    ) -> Preparation | None:
        query = select(Preparation).where(Preparation.person_id == person_id)
        query = query.where(
            Preparation.meeting_id.is_(None) if meeting_id is None else Preparation.meeting_id == meeting_id
        )
        return session.scalars(query.order_by(Preparation.created_at)).first()

    def get(self, preparation_id: uuid.UUID) -> PreparationRecord:
        with self._sessions() as session:
            preparation = session.get(Preparation, preparation_id)
            if preparation is None:
                raise PreparationProblem("This preparation is no longer here.")
            return _record(preparation)

    def topic(self, topic_id: uuid.UUID) -> TopicRecord:
        with self._sessions() as session:
            topic = session.get(PreparedTopic, topic_id)
            if topic is None or topic.removed_at is not None:
                raise PreparationProblem("This topic is no longer here.")
            return _topic(topic)

    # --- topics -----------------------------------------------------------------------------------
    def _topic_row(self, session: Session, topic_id: uuid.UUID) -> PreparedTopic:
        """The topic, stamped as changed now by the service's clock: exports choose topics by when
        they last changed, so the stamp must come from the same clock as everything else."""
        topic = session.get(PreparedTopic, topic_id)
        if topic is None:
            raise PreparationProblem("This topic is no longer here.")
        self._touch(topic)
        return topic

    def _touch(self, topic: PreparedTopic) -> None:
        topic.updated_at = self._clock()
        flag_modified(topic, "updated_at")  # or an equal time lets onupdate stamp the wall clock

    def rate(self, topic_id: uuid.UUID, rating: Rating | None) -> TopicRecord:
        with self._sessions.begin() as session:
            topic = self._topic_row(session, topic_id)
            topic.rating = rating
            return _topic(topic)

    def set_state(self, topic_id: uuid.UUID, state: TopicState) -> TopicRecord:
        with self._sessions.begin() as session:
            topic = self._topic_row(session, topic_id)
            topic.state = state
            return _topic(topic)

    def add_own_topic(self, preparation_id: uuid.UUID, title: str, symbol_id: str | None) -> TopicRecord:
        with self._sessions.begin() as session:
            preparation = session.get(Preparation, preparation_id)
            if preparation is None:
                raise PreparationProblem("This preparation is no longer here.")
            last = session.scalar(
                select(func.max(PreparedTopic.position)).where(PreparedTopic.preparation_id == preparation_id)
            )
            now = self._clock()
            topic = PreparedTopic(
                position=(last if last is not None else -1) + 1,
                title=clean_name(title, limit=300),
                symbol_id=symbol_id,
                own=True,
                created_at=now,
                updated_at=now,
            )
            preparation.topics.append(topic)
            session.flush()
            return _topic(topic)

    def rename_own_topic(self, topic_id: uuid.UUID, title: str) -> TopicRecord:
        """The person's own topic is saved as they type its name; only their own can be renamed."""
        with self._sessions.begin() as session:
            topic = self._topic_row(session, topic_id)
            if not topic.own:
                raise PreparationProblem("Only a topic the person added can be renamed here.")
            topic.title = clean_name(title, limit=300)
            return _topic(topic)

    def set_topic_symbol(self, topic_id: uuid.UUID, symbol_id: str | None) -> TopicRecord:
        with self._sessions.begin() as session:
            topic = self._topic_row(session, topic_id)
            topic.symbol_id = symbol_id
            return _topic(topic)

    def remove_topic(self, topic_id: uuid.UUID) -> None:
        """Hidden at once but kept, so "undo" can bring it back with everything said in it."""
        with self._sessions.begin() as session:
            self._topic_row(session, topic_id).removed_at = self._clock()

    def undo_remove(self, topic_id: uuid.UUID) -> TopicRecord:
        with self._sessions.begin() as session:
            topic = self._topic_row(session, topic_id)
            topic.removed_at = None
            return _topic(topic)

    # --- what was said ----------------------------------------------------------------------------
    def _add_piece(self, topic_id: uuid.UUID, **values: object) -> PieceRecord:
        with self._sessions.begin() as session:
            topic = self._topic_row(session, topic_id)
            last = session.scalar(
                select(func.max(TopicPiece.position)).where(TopicPiece.topic_id == topic_id)
            )
            piece = TopicPiece(position=(last if last is not None else -1) + 1, **values)
            topic.pieces.append(piece)
            session.flush()
            return _piece(piece)

    def add_words(
        self, topic_id: uuid.UUID, words: str, whose: WhoseWords, written_by_id: uuid.UUID | None = None
    ) -> PieceRecord:
        """`whose` says whose words these are; staff-typed words and staff notes name who typed."""
        if whose is not WhoseWords.MINE and written_by_id is None:
            raise PreparationProblem("Say which member of staff wrote these words.")
        return self._add_piece(
            topic_id, kind=PieceKind.WORDS, words=clean_text(words), whose=whose, written_by_id=written_by_id
        )

    def change_words(self, piece_id: uuid.UUID, words: str) -> PieceRecord:
        """Saves as the person types; whose words they are does not change."""
        with self._sessions.begin() as session:
            piece = session.get(TopicPiece, piece_id)
            if piece is None or piece.kind is not PieceKind.WORDS:
                raise PreparationProblem("These words are no longer here.")
            piece.words = clean_text(words)
            self._touch(piece.topic)
            return _piece(piece)

    def add_symbol(self, topic_id: uuid.UUID, symbol_id: str) -> PieceRecord:
        return self._add_piece(topic_id, kind=PieceKind.SYMBOL, symbol_id=symbol_id)

    def add_picture(self, topic_id: uuid.UUID, file_name: str) -> PieceRecord:
        """`file_name` comes from services.pictures.import_picture (checked and re-encoded)."""
        return self._add_piece(topic_id, kind=PieceKind.PICTURE, file_name=file_name)

    def add_recording(self, topic_id: uuid.UUID, file_name: str) -> PieceRecord:
        """`file_name` is a recording of the person's own voice under DataPaths.recordings."""
        return self._add_piece(topic_id, kind=PieceKind.RECORDING, file_name=file_name)

    def remove_piece(self, piece_id: uuid.UUID) -> None:
        with self._sessions.begin() as session:
            piece = session.get(TopicPiece, piece_id)
            if piece is not None:
                self._touch(piece.topic)
                session.delete(piece)
