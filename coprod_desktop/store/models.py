"""The tables. Plain data only: the rules live in services/."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import JSON, Boolean, Enum, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coprod_desktop.store.base import Base, KeyedRow, UTCDateTime, utcnow
from coprod_desktop.store.kinds import (
    AccessMode,
    ActionSource,
    ActionStatus,
    MeetingKind,
    PackStatus,
    PieceKind,
    Presenter,
    Rating,
    Role,
    Sharing,
    StaffRole,
    TakingPart,
    TextSize,
    ThankDelivery,
    TopicState,
    WhoMayKnow,
    WhoseWords,
)

__all__ = [
    "ActionChange",
    "ActionSource",
    "ActionStatus",
    "AuditEvent",
    "CommunicationPreferences",
    "CouncilAnswer",
    "CouncilPack",
    "CouncilPoint",
    "DeviceSetting",
    "Draft",
    "HelpRequest",
    "Meeting",
    "MeetingKind",
    "MeetingOutcome",
    "PackStatus",
    "PartnershipCheck",
    "Person",
    "PicturePassword",
    "PieceKind",
    "PremAnswer",
    "PremItem",
    "PremItemSet",
    "PremResponse",
    "PremSchedule",
    "Preparation",
    "PreparedTopic",
    "Presenter",
    "Rating",
    "Role",
    "SavedPhrase",
    "SayAgendaTopic",
    "SayGroup",
    "SayGroupTopic",
    "SayView",
    "Sharing",
    "StaffCredential",
    "StaffRole",
    "TakingPart",
    "TakingPartChoice",
    "TemplateTopic",
    "TextSize",
    "ThankDelivery",
    "ThankYou",
    "TopicPiece",
    "TopicState",
    "TopicTemplate",
    "Ward",
    "WardAction",
    "WardSettings",
    "WhoMayKnow",
    "WhoseWords",
    "Worry",
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
    credential: Mapped[StaffCredential | None] = relationship(
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
    symbols_on: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    more_time: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """"I need more time": the patient idle time before "Are you still there?" is doubled."""
    access_mode: Mapped[AccessMode] = mapped_column(
        _enum(AccessMode, "access_mode"), default=AccessMode.TWO_SWITCHES, server_default="two"
    )
    scan_ms: Mapped[int] = mapped_column(Integer, default=1500, server_default="1500")
    """One switch: how long each choice stays highlighted."""
    scan_loops: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    """One switch: times round the screen before scanning waits for a press."""
    scan_speaks: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    """Each choice is said as the highlight reaches it."""
    scan_rows: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """One switch: a row at a time, then the tiles in the chosen row."""
    hold_ms: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """A press counts only when held this long (0: any press), so a tremor does not pick."""
    screen_reader: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """"I use a screen reader": the app does not speak as the focus moves, the reader does."""

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
    template_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("topic_template.id", ondelete="SET NULL")
    )
    """The topics this meeting starts from; None means the person's, ward's or default template."""


class StaffCredential(KeyedRow, Base):
    """A staff member's PIN, kept only as an Argon2id hash, and the count of wrong tries."""

    __tablename__ = "staff_credential"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), unique=True
    )
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    staff_role: Mapped[StaffRole] = mapped_column(
        _enum(StaffRole, "staff_role"), default=StaffRole.WARD_STAFF, server_default="ward_staff"
    )

    person: Mapped[Person] = relationship(back_populates="credential")


class PicturePassword(KeyedRow, Base):
    """A person's own lock: 3 of 9 pictures they chose, in order. Only a hash of the order is kept;
    wrong tries slow down as the staff PIN does. Set and reset by staff (audited)."""

    __tablename__ = "picture_password"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), unique=True
    )
    pictures: Mapped[list[str]] = mapped_column(JSON, default=list)
    """The 9 symbol ids shown, in their fixed places (fixed places build memory)."""
    secret_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    set_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class WardSettings(KeyedRow, Base):
    """How a ward runs the app: sign-out time, backups, kiosk, who patients can complain to."""

    __tablename__ = "ward_settings"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), unique=True)
    idle_minutes: Mapped[int] = mapped_column(Integer, default=5)
    backup_folder: Mapped[str | None] = mapped_column(String(1000))
    """None means the backups folder inside the data folder."""
    backup_keep: Mapped[int] = mapped_column(Integer, default=14)
    kiosk: Mapped[bool] = mapped_column(Boolean, default=False)
    advocate_contact: Mapped[str | None] = mapped_column(Text)
    default_language: Mapped[str] = mapped_column(String(16), default="en")
    patient_idle_minutes: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    """How long a patient's screens stay open untouched before "Are you still there?"."""
    picture_password_for_all: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    ideas_show_at_once: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """Ideas go on the board before a member of staff has looked at them (worries never do)."""
    advocate_name: Mapped[str | None] = mapped_column(String(200))
    advocate_phone: Mapped[str | None] = mapped_column(String(100))
    advocate_visits: Mapped[str | None] = mapped_column(Text)
    """When the advocate or IMHA visits, in easy words."""
    advocate_picture_file: Mapped[str | None] = mapped_column(String(300))
    start_scanning: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """Who are you? scans by itself, so someone with one switch can choose their own picture."""
    ask_is_this_you: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    """A picture asks "Is this you?" before the person's Home (one more press, for wards where
    pictures are often pressed by mistake)."""


class DeviceSetting(KeyedRow, Base):
    """Facts about this device, such as which ward it belongs to and when it last backed up."""

    __tablename__ = "device_setting"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str | None] = mapped_column(Text)


class TopicTemplate(KeyedRow, Base):
    """A list of easy-read topics for "what I want to say". The default has no ward and no person;
    staff copy it for a ward or a person and edit the copy."""

    __tablename__ = "topic_template"

    name: Mapped[str] = mapped_column(String(300))
    ward_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"))
    person_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("person.id", ondelete="CASCADE"))
    copied_from_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    topics: Mapped[list[TemplateTopic]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplateTopic.position"
    )


class TemplateTopic(KeyedRow, Base):
    __tablename__ = "template_topic"

    template_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("topic_template.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    symbol_id: Mapped[str | None] = mapped_column(String(100))

    template: Mapped[TopicTemplate] = relationship(back_populates="topics")


class Preparation(KeyedRow, Base):
    """What a person wants to say at a meeting, made over several sessions. With no meeting it is
    "for my next meeting" and is joined to the meeting once one is booked."""

    __tablename__ = "preparation"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meeting.id", ondelete="SET NULL"), unique=True
    )
    template_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """The template its topics were copied from (kept as a plain id: templates may be removed)."""

    topics: Mapped[list[PreparedTopic]] = relationship(
        back_populates="preparation", cascade="all, delete-orphan", order_by="PreparedTopic.position"
    )


class PreparedTopic(KeyedRow, Base):
    __tablename__ = "prepared_topic"

    preparation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("preparation.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    symbol_id: Mapped[str | None] = mapped_column(String(100))
    state: Mapped[TopicState] = mapped_column(_enum(TopicState, "topic_state"), default=TopicState.OPEN)
    rating: Mapped[Rating | None] = mapped_column(_enum(Rating, "rating"))
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    """Added by the person, not from the template."""
    removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    """Set when removed, so the person can undo it; a removed topic never leaves the device."""

    preparation: Mapped[Preparation] = relationship(back_populates="topics")
    pieces: Mapped[list[TopicPiece]] = relationship(
        back_populates="topic", cascade="all, delete-orphan", order_by="TopicPiece.position"
    )


class TopicPiece(KeyedRow, Base):
    """One thing said under a topic: words (with whose words they are), a picture, a symbol or a
    recording of the person's own voice."""

    __tablename__ = "topic_piece"

    topic_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prepared_topic.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[PieceKind] = mapped_column(_enum(PieceKind, "piece_kind"))
    words: Mapped[str | None] = mapped_column(Text)
    whose: Mapped[WhoseWords | None] = mapped_column(_enum(WhoseWords, "whose_words"))
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """The staff member who typed (for staff_typed and staff_note); no foreign key, so erasing a
    staff member keeps the patient's words."""
    symbol_id: Mapped[str | None] = mapped_column(String(100))
    file_name: Mapped[str | None] = mapped_column(String(300))
    """A re-encoded picture or a recording in the data folder, named by the app."""
    duration_ms: Mapped[int | None] = mapped_column(Integer)

    topic: Mapped[PreparedTopic] = relationship(back_populates="pieces")


class TakingPartChoice(KeyedRow, Base):
    """How the person wants to take part in this meeting and who may see their slides. Changeable
    until the meeting; each change is a new row, so the history of their choices is kept."""

    __tablename__ = "taking_part_choice"

    preparation_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("preparation.id", ondelete="CASCADE"), index=True
    )
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    taking_part: Mapped[TakingPart] = mapped_column(_enum(TakingPart, "taking_part"))
    presenter: Mapped[Presenter] = mapped_column(_enum(Presenter, "presenter"))
    presenter_staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    with_staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """Who was with the person when they chose."""
    sharing: Mapped[Sharing] = mapped_column(_enum(Sharing, "sharing"), default=Sharing.JUST_ME)
    family_names: Mapped[list[str]] = mapped_column(JSON, default=list)
    """Named family members the person lets have a copy."""


class MeetingOutcome(KeyedRow, Base):
    """What was agreed at a meeting, written by staff in plain words for the person to hear."""

    __tablename__ = "meeting_outcome"

    meeting_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    words: Mapped[str] = mapped_column(Text)
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class SavedPhrase(KeyedRow, Base):
    """The person's own phrases for the "help me say it" board, with their own recording if wanted."""

    __tablename__ = "saved_phrase"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    words: Mapped[str] = mapped_column(Text)
    symbol_id: Mapped[str | None] = mapped_column(String(100))
    recording_file: Mapped[str | None] = mapped_column(String(300))


class ThankYou(KeyedRow, Base):
    """A thank-you from one person to another (a patient or staff on the ward, or someone else staff
    typed), for reasons shown as symbols, read out at the mutual help meeting if its author wants."""

    __tablename__ = "thank_you"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    to_person_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    to_name: Mapped[str | None] = mapped_column(String(200))
    """Someone not on the ward (or no longer here), as typed."""
    to_symbol_id: Mapped[str | None] = mapped_column(String(100))
    """Someone not on the ward, shown by a picture the author chose (a symbol or a ward picture)."""
    to_recording_file: Mapped[str | None] = mapped_column(String(300))
    """Someone not on the ward, named in the author's own voice (in the recordings folder)."""
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)
    words: Mapped[str | None] = mapped_column(Text)
    whose: Mapped[WhoseWords | None] = mapped_column(_enum(WhoseWords, "thank_whose"))
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    said_symbols: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    """What the author said as a row of symbols, in order (their words are in `words` too)."""
    recording_file: Mapped[str | None] = mapped_column(String(300))
    delivery: Mapped[ThankDelivery] = mapped_column(_enum(ThankDelivery, "thank_delivery"))
    show_on_wall: Mapped[bool] = mapped_column(Boolean, default=False)
    read_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read_out_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class WardAction(KeyedRow, Base):
    """You said, we did: something a person raised and what the ward is doing about it."""

    __tablename__ = "ward_action"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    source: Mapped[ActionSource] = mapped_column(_enum(ActionSource, "action_source"))
    raised_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    """Erasing a person erases what they raised: the words are theirs."""
    you_said: Mapped[str] = mapped_column(Text)
    symbol_id: Mapped[str | None] = mapped_column(String(100))
    said_symbols: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    """What the person said as a row of symbols, in order (their words are in `you_said` too)."""
    recording_file: Mapped[str | None] = mapped_column(String(300))
    """What the person said in their own voice, in the recordings folder."""
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus, "action_status"), index=True)
    reply: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(Text)
    """Why not: required whenever the status is Red."""
    owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    council_may_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    """The person who raised it said their words may be read at the recovery council, unnamed."""
    on_board: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    """Shown on You said, we did. An idea waits for staff to look at it unless the ward lets ideas
    show at once."""
    looked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    looked_at_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    words_language: Mapped[str | None] = mapped_column(String(16))
    """The language the words were given in, so a rare language cannot single out its speaker."""
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    """The member of staff who typed what the person said; None when the words are their own."""
    changes: Mapped[list[ActionChange]] = relationship(
        back_populates="action", cascade="all, delete-orphan", order_by="ActionChange.at"
    )


class ActionChange(KeyedRow, Base):
    """One step in an action's history: every status, reply and reason it has had, and who set it."""

    __tablename__ = "action_change"

    action_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("ward_action.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus, "action_change_status"))
    reply: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str | None] = mapped_column(Text)
    action: Mapped[WardAction] = relationship(back_populates="changes")


class SayAgendaTopic(KeyedRow, Base):
    """One topic of a ward's standing SAY group agenda. Staff edit it; each new group copies it, so
    changing the agenda never changes the minutes of a group already held."""

    __tablename__ = "say_agenda_topic"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    symbol_id: Mapped[str | None] = mapped_column(String(100))


class SayGroup(KeyedRow, Base):
    """One SAY group on a ward: started by staff, open while views are given, then ended."""

    __tablename__ = "say_group"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    started_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    topics: Mapped[list[SayGroupTopic]] = relationship(
        back_populates="group", cascade="all, delete-orphan", order_by="SayGroupTopic.position"
    )


class SayGroupTopic(KeyedRow, Base):
    __tablename__ = "say_group_topic"

    group_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("say_group.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    symbol_id: Mapped[str | None] = mapped_column(String(100))
    group: Mapped[SayGroup] = relationship(back_populates="topics")


class SayView(KeyedRow, Base):
    """One person's view on one SAY group topic: a rating, words, symbols and their own voice.
    A person may give several (two tablets, or a second thought); all are kept, in order."""

    __tablename__ = "say_view"

    topic_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("say_group_topic.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    """Erasing a person erases their views: the words are theirs."""
    rating: Mapped[Rating | None] = mapped_column(_enum(Rating, "say_rating"))
    words: Mapped[str | None] = mapped_column(Text)
    whose: Mapped[WhoseWords | None] = mapped_column(_enum(WhoseWords, "say_whose"))
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    symbols: Mapped[list[str]] = mapped_column(JSON, default=list)
    recording_file: Mapped[str | None] = mapped_column(String(300))
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward_action.id", ondelete="SET NULL")
    )
    """The You said, we did action the facilitator made from this view, if any."""
    council_may_quote: Mapped[bool] = mapped_column(Boolean, default=False)
    """The person said their words may be read at the recovery council, without their name."""
    words_language: Mapped[str | None] = mapped_column(String(16))


class CouncilPack(KeyedRow, Base):
    """What a ward rep takes to the recovery council for one period: the ward's themes they chose,
    quotes shared without names, and their own points. Never holds a patient's name."""

    __tablename__ = "council_pack"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    prepared_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="SET NULL")
    )
    period_start: Mapped[datetime] = mapped_column(UTCDateTime)
    period_end: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[PackStatus] = mapped_column(_enum(PackStatus, "pack_status"), default=PackStatus.DRAFT)
    chosen: Mapped[dict[str, list[str]]] = mapped_column(JSON, default=dict)
    """What the rep chose to take: {"topics": [titles], "statuses": [red/amber/green],
    "quotes": [view or action ids]}."""
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    points: Mapped[list[CouncilPoint]] = relationship(
        back_populates="pack", cascade="all, delete-orphan", order_by="CouncilPoint.position"
    )
    answers: Mapped[list[CouncilAnswer]] = relationship(
        back_populates="pack", cascade="all, delete-orphan", order_by="CouncilAnswer.created_at"
    )


class CouncilPoint(KeyedRow, Base):
    """One of the rep's own points for the council: words, symbols, their own voice."""

    __tablename__ = "council_point"

    pack_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("council_pack.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    words: Mapped[str | None] = mapped_column(Text)
    whose: Mapped[WhoseWords | None] = mapped_column(_enum(WhoseWords, "council_whose"))
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    symbols: Mapped[list[str]] = mapped_column(JSON, default=list)
    recording_file: Mapped[str | None] = mapped_column(String(300))
    pack: Mapped[CouncilPack] = relationship(back_populates="points")


class CouncilAnswer(KeyedRow, Base):
    """What the council said about one point or theme. It flows into You said, we did as an action."""

    __tablename__ = "council_answer"

    pack_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("council_pack.id", ondelete="CASCADE"), index=True
    )
    point_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("council_point.id", ondelete="SET NULL")
    )
    about: Mapped[str] = mapped_column(Text)
    """What was asked, in plain words (the point's words or the theme)."""
    answer: Mapped[str] = mapped_column(Text)
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward_action.id", ondelete="SET NULL")
    )
    pack: Mapped[CouncilPack] = relationship(back_populates="answers")


class PremItemSet(KeyedRow, Base):
    """One version of a ward's experience questions. Editing questions that have answers makes a
    new version, so old answers keep the wording they were given to."""

    __tablename__ = "prem_item_set"
    __table_args__ = (UniqueConstraint("ward_id", "version", name="uq_prem_item_set_ward_version"),)

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    made_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    items: Mapped[list[PremItem]] = relationship(
        back_populates="item_set", cascade="all, delete-orphan", order_by="PremItem.position"
    )


class PremItem(KeyedRow, Base):
    __tablename__ = "prem_item"

    item_set_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prem_item_set.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(100), index=True)
    """The same question across versions (its wording may change), so trends join up."""
    text: Mapped[str] = mapped_column(String(500))
    symbol_id: Mapped[str | None] = mapped_column(String(100))
    item_set: Mapped[PremItemSet] = relationship(back_populates="items")


class PremSchedule(KeyedRow, Base):
    """When a person is next asked the experience questions (for example every 28 days)."""

    __tablename__ = "prem_schedule"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), unique=True
    )
    every_days: Mapped[int] = mapped_column(Integer)
    next_due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    set_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class PremResponse(KeyedRow, Base):
    """One sitting of the questions by one person; each answer saves the moment it is given."""

    __tablename__ = "prem_response"

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    """The ward at the time, so ward trends stay right when people move."""
    item_set_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prem_item_set.id", ondelete="CASCADE"), index=True
    )
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    with_staff_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    answers: Mapped[list[PremAnswer]] = relationship(back_populates="response", cascade="all, delete-orphan")


class PremAnswer(KeyedRow, Base):
    __tablename__ = "prem_answer"
    __table_args__ = (UniqueConstraint("response_id", "item_id", name="uq_prem_answer_response_item"),)

    response_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prem_response.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("prem_item.id", ondelete="CASCADE"), index=True
    )
    rating: Mapped[Rating | None] = mapped_column(_enum(Rating, "prem_rating"))
    """None: the person chose Skip (always allowed)."""
    response: Mapped[PremResponse] = relationship(back_populates="answers")


class PartnershipCheck(KeyedRow, Base):
    """The ward team's self-check on working in partnership: each practice rated 0 to 3."""

    __tablename__ = "partnership_check"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    ratings: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    """{practice key: 0 not yet, 1 starting, 2 mostly, 3 always}."""


class Draft(KeyedRow, Base):
    """Something a person has started but not yet sent (a thank-you, an idea, a phrase), kept as it
    is typed so that closing the app loses nothing on screen. Sending it removes the draft."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("person_id", "key", name="uq_draft_person_key"),)

    person_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(100))
    """Which draft: a fixed name per place in the app, such as "thank-you" or "idea"."""
    data: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


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


class HelpRequest(KeyedRow, Base):
    """ "I need help" pressed: kept until a member of staff marks "I am here" or the person cancels."""

    __tablename__ = "help_request"

    ward_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    """Who was using the app, if anyone was chosen."""
    device: Mapped[str] = mapped_column(String(200))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    presses: Mapped[int] = mapped_column(Integer, default=1)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class Worry(KeyedRow, Base):
    """ "I am not happy about something": staff-only until triaged, answered to the person, and on
    the ward's board only without their name, in words staff and the person agreed."""

    __tablename__ = "worry"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    raised_by_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("person.id", ondelete="CASCADE"), index=True
    )
    about: Mapped[str | None] = mapped_column(String(300))
    symbol_id: Mapped[str | None] = mapped_column(String(100))
    words: Mapped[str] = mapped_column(Text)
    said_symbols: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    """What the person said as a row of symbols, in order (their words are in `words` too)."""
    recording_file: Mapped[str | None] = mapped_column(String(300))
    """What the person said in their own voice, in the recordings folder."""
    whose: Mapped[WhoseWords | None] = mapped_column(_enum(WhoseWords, "worry_whose"))
    written_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    who_may_know: Mapped[WhoMayKnow] = mapped_column(
        _enum(WhoMayKnow, "who_may_know"), default=WhoMayKnow.STAFF_ONLY
    )
    action_today: Mapped[bool | None] = mapped_column(Boolean)
    safeguarding: Mapped[bool | None] = mapped_column(Boolean)
    passed_on_to: Mapped[str | None] = mapped_column(Text)
    passed_on_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    triaged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    triaged_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    answer: Mapped[str | None] = mapped_column(Text)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    answered_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    answer_heard_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    board_words: Mapped[str | None] = mapped_column(Text)
    """The words staff and the person agreed for the board (never the worry's own words unasked)."""
    action_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("ward_action.id", ondelete="SET NULL")
    )


class WardPicture(KeyedRow, Base):
    """A photo staff checked and added to the ward's own picture library, with a word and a group:
    patients choose it as a symbol anywhere a symbol can go ("our garden", "the quiet room")."""

    __tablename__ = "ward_picture"

    ward_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("ward.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    """Our own re-encoded copy in the pictures folder (never the chosen file's name)."""
    word: Mapped[str] = mapped_column(String(120))
    group: Mapped[str] = mapped_column(String(30))
    """A picker group: places, people, things, activities, food, care or ward."""
    added_by_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
