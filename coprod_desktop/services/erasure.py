"""Right to erasure: a person, and everything that hangs off them, deleted for good.

The audit log keeps that an erasure happened, who did it and when; never who was erased. Deleted
rows are overwritten in the SQLite file (secure_delete) and the write-ahead log is emptied, so the
name is not left readable in the file either. Backups made earlier still hold the person until they
are rotated out. Only a ward manager may erase (services.staff_roles); a refusal is audited.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.people import NotForYourself, UnknownPerson
from coprod_desktop.services.pictures import remove_picture
from coprod_desktop.services.staff_roles import ManagerAction, require_manager
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import PieceKind
from coprod_desktop.store.models import (
    CouncilPack,
    CouncilPoint,
    Person,
    Preparation,
    PreparedTopic,
    SavedPhrase,
    SayView,
    ThankYou,
    TopicPiece,
    WardAction,
    Worry,
)

log = logging.getLogger(__name__)

ERASED_EVENT = "person_erased"


def erase_person(
    session_factory: SessionFactory,
    person_id: uuid.UUID,
    actor_id: uuid.UUID | None,
    pictures_dir: Path,
    clock: Clock = system_clock,
    recordings_dir: Path | None = None,
) -> None:
    """Deletes the person row; the database's ON DELETE CASCADE removes their preferences, PIN,
    meetings, topics, phrases, thank-yous, views and own topic templates in the same transaction.
    Then their files go: their photo, the pictures in their topics and every recording of their voice.

    Raises NotForYourself when staff try to erase themselves while signed in, UnknownPerson if gone,
    NotAllowed (audited) when the actor is not a ward manager.
    """
    if actor_id is not None and actor_id == person_id:
        raise NotForYourself("You cannot erase yourself while you are signed in.")
    require_manager(session_factory, clock, actor_id, ManagerAction.ERASE, person_id)
    with session_factory.begin() as session:
        connection = session.connection()
        on_sqlite = connection.dialect.name == "sqlite"
        if on_sqlite:
            # Zero the deleted bytes instead of leaving them in free space; harmless if already on.
            connection.exec_driver_sql("PRAGMA secure_delete=ON")
        picture = session.scalar(select(Person.picture_file).where(Person.id == person_id))
        pictures, recordings = _their_files(session, person_id)
        # A ward rep's own points for the council are their words: they go too. The pack stays,
        # as a ward record that never held their name.
        their_packs = select(CouncilPack.id).where(CouncilPack.prepared_by_id == person_id)
        recordings += [
            n
            for n in session.scalars(
                select(CouncilPoint.recording_file).where(CouncilPoint.pack_id.in_(their_packs))
            )
            if n
        ]
        session.execute(delete(CouncilPoint).where(CouncilPoint.pack_id.in_(their_packs)))
        deleted = session.execute(delete(Person).where(Person.id == person_id)).rowcount
        if not deleted:
            raise UnknownPerson(str(person_id))
        add_event(session, clock, ERASED_EVENT, actor_id=actor_id)
    for name in (picture, *pictures):
        remove_picture(name, pictures_dir)
    if recordings_dir is not None:
        for name in recordings:
            remove_picture(name, recordings_dir)  # the same check: only a plain name inside the folder
    if on_sqlite:
        _empty_write_ahead_log(session_factory)


def _their_files(session: Session, person_id: uuid.UUID) -> tuple[list[str], list[str]]:
    """File names (pictures, recordings) held by rows the cascade is about to delete."""
    pieces = session.execute(
        select(TopicPiece.kind, TopicPiece.file_name)
        .join(PreparedTopic, PreparedTopic.id == TopicPiece.topic_id)
        .join(Preparation, Preparation.id == PreparedTopic.preparation_id)
        .where(Preparation.person_id == person_id, TopicPiece.file_name.is_not(None))
    )
    pictures: list[str] = []
    recordings: list[str] = []
    for kind, name in pieces:
        (recordings if kind is PieceKind.RECORDING else pictures).append(name)
    for column, owner in (
        (SavedPhrase.recording_file, SavedPhrase.person_id),
        (ThankYou.recording_file, ThankYou.author_id),
        (ThankYou.to_recording_file, ThankYou.author_id),  # who they thanked, named in their voice
        (SayView.recording_file, SayView.person_id),
        (WardAction.recording_file, WardAction.raised_by_id),
        (Worry.recording_file, Worry.raised_by_id),
    ):
        recordings += [n for n in session.scalars(select(column).where(owner == person_id)) if n]
    return pictures, recordings


def _empty_write_ahead_log(session_factory: SessionFactory) -> None:
    """Copies the log into the database and truncates it, so old page versions do not linger there."""
    with session_factory() as session:
        try:
            session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError as error:  # the erasure is committed; a busy checkpoint just happens later
            log.warning("Could not checkpoint after an erasure: %s", error)
