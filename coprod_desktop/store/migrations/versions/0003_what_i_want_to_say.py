"""what I want to say: preparations, topics, pieces, taking part, outcomes, phrases

Revision ID: 0003_what_i_want_to_say
Revises: 0002_staff_area
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coprod_desktop.store.base import UTCDateTime

revision: str = "0003_what_i_want_to_say"
down_revision: str | None = "0002_staff_area"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "saved_phrase",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column("recording_file", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_saved_phrase_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_phrase")),
    )
    with op.batch_alter_table("saved_phrase", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_phrase_person_id"), ["person_id"], unique=False)

    op.create_table(
        "meeting_outcome",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("written_by_id", sa.Uuid(), nullable=True),
        sa.Column("seen_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_meeting_outcome_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_outcome")),
    )
    with op.batch_alter_table("meeting_outcome", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_outcome_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "preparation",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("template_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_preparation_meeting_id_meeting"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_preparation_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_preparation")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_preparation_meeting_id")),
    )
    with op.batch_alter_table("preparation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_preparation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "prepared_topic",
        sa.Column("preparation_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "open",
                "done",
                "skipped",
                name="topic_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "rating",
            sa.Enum(
                "good",
                "not_sure",
                "not_good",
                name="rating",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("removed_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["preparation_id"],
            ["preparation.id"],
            name=op.f("fk_prepared_topic_preparation_id_preparation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prepared_topic")),
    )
    with op.batch_alter_table("prepared_topic", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_prepared_topic_preparation_id"), ["preparation_id"], unique=False
        )

    op.create_table(
        "taking_part_choice",
        sa.Column("preparation_id", sa.Uuid(), nullable=False),
        sa.Column("decided_at", UTCDateTime(), nullable=False),
        sa.Column(
            "taking_part",
            sa.Enum(
                "go",
                "slides_without_me",
                "not_this_time",
                name="taking_part",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "presenter",
            sa.Enum(
                "me",
                "staff",
                "nobody",
                name="presenter",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("presenter_staff_id", sa.Uuid(), nullable=True),
        sa.Column("with_staff_id", sa.Uuid(), nullable=True),
        sa.Column(
            "sharing",
            sa.Enum(
                "just_me",
                "care_team",
                "council_anonymous",
                name="sharing",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("family_names", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["preparation_id"],
            ["preparation.id"],
            name=op.f("fk_taking_part_choice_preparation_id_preparation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_taking_part_choice")),
    )
    with op.batch_alter_table("taking_part_choice", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_taking_part_choice_preparation_id"), ["preparation_id"], unique=False
        )

    op.create_table(
        "topic_piece",
        sa.Column("topic_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "words",
                "picture",
                "symbol",
                "recording",
                name="piece_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("words", sa.Text(), nullable=True),
        sa.Column(
            "whose",
            sa.Enum(
                "mine",
                "staff_typed",
                "staff_note",
                name="whose_words",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("written_by_id", sa.Uuid(), nullable=True),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column("file_name", sa.String(length=300), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["prepared_topic.id"],
            name=op.f("fk_topic_piece_topic_id_prepared_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic_piece")),
    )
    with op.batch_alter_table("topic_piece", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_topic_piece_topic_id"), ["topic_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("topic_piece", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_topic_piece_topic_id"))

    op.drop_table("topic_piece")
    with op.batch_alter_table("taking_part_choice", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_taking_part_choice_preparation_id"))

    op.drop_table("taking_part_choice")
    with op.batch_alter_table("prepared_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prepared_topic_preparation_id"))

    op.drop_table("prepared_topic")
    with op.batch_alter_table("preparation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_preparation_person_id"))

    op.drop_table("preparation")
    with op.batch_alter_table("meeting_outcome", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_outcome_meeting_id"))

    op.drop_table("meeting_outcome")
    with op.batch_alter_table("saved_phrase", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_saved_phrase_person_id"))

    op.drop_table("saved_phrase")
