"""The tables. Plain data only: the rules live in services/."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, Enum, ForeignKey, Integer, String, Text, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.store.base import Base, KeyedRow, UTCDateTime, utcnow
from coprod_desktop.store.kinds import MeetingKind, Rating, Role, TextSize

__all__ = [
    "AuditEvent",
    "CommunicationPreferences",
    "Meeting",
    "MeetingKind",
    "Person",
    "Rating",
    "Role",
    "TextSize",
    "Ward",
]


def _enum(kind: type[enum.Enum], name: str) -> Enum:
    # Stored as the lower-case value, checked on both SQLite and PostgreSQL.
    return Enum(
        kind,
        name=name,
        values_callable=lambda members: [m.value for m in members],
        native_enum=False,
        create_constraint=True,
        length=32,
    )


class Ward(KeyedRow, Base):
    __tablename__ = "ward"

    name: Mapped[str] = mapped_column(String(200))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    people: Mapped[list[Person]] = relationship(back_populates="ward")


class Person(KeyedRow, Base):
    __tablename__ = "person"

    ward_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward.id", ondelete="SET NULL"), index=True
    )
    called: Mapped[str] = mapped_column(String(500))
    """The name they like to be called: the only name the patient screens show."""
    role: Mapped[Role] = mapped_column(_enum(Role, "role"), default=Role.PATIENT)
    is_ward_rep: Mapped[bool] = mapped_column(Boolean, default=False)
    picture_symbol: Mapped[str | None] = mapped_column(String(100))
    """A symbol id from the catalogue, used when there is no photo."""
    picture_file: Mapped[str | None] = mapped_column(String(300))
    """A re-encoded photo, relative to the data folder's pictures/ (never a user-given path)."""
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    ward: Mapped[Ward | None] = relationship(back_populates="people")
    preferences: Mapped[CommunicationPreferences | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )


class CommunicationPreferences(KeyedRow, Base):
    """How a person likes the app to talk and look; applied the moment they are chosen."""

    __tablename__ = "communication_preferences"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), unique=True
    )
    speech_on: Mapped[bool] = mapped_column(Boolean, default=True)
    voice: Mapped[str | None] = mapped_column(String(200))
    rate: Mapped[int] = mapped_column(Integer, default=150)
    """Words per minute."""
    text_size: Mapped[TextSize] = mapped_column(_enum(TextSize, "text_size"), default=TextSize.NORMAL)
    high_contrast: Mapped[bool] = mapped_column(Boolean, default=False)
    language: Mapped[str | None] = mapped_column(String(16))
    """None means the ward's language."""

    person: Mapped[Person] = relationship(back_populates="preferences")


class Meeting(KeyedRow, Base):
    """A care meeting about a person: CPA, Care and Treatment Review, ward round, tribunal."""

    __tablename__ = "meeting"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[MeetingKind] = mapped_column(_enum(MeetingKind, "meeting_kind"))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    title: Mapped[str | None] = mapped_column(String(300))


class AuditEvent(KeyedRow, Base):
    """Who did what and when. Keeps no copy of personal content, so erasure leaves it intact."""

    __tablename__ = "audit_event"

    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    kind: Mapped[str] = mapped_column(String(64), index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """A person id, or None for the app itself. No foreign key: the event outlives the person."""
    subject_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    detail: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    note: Mapped[str | None] = mapped_column(Text)
