"""SAY groups (agendas, groups, topics, views) and drafts

Revision ID: 0005_say_groups
Revises: 0004_ward_voice
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coprod_desktop.store.base import UTCDateTime

revision: str = "0005_say_groups"
down_revision: str | None = "0004_ward_voice"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "say_agenda_topic",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_say_agenda_topic_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_say_agenda_topic")),
    )
    with op.batch_alter_table("say_agenda_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_say_agenda_topic_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "say_group",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("started_by_id", sa.Uuid(), nullable=True),
        sa.Column("ended_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_say_group_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_say_group")),
    )
    with op.batch_alter_table("say_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_say_group_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "draft",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_draft_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
        sa.UniqueConstraint("person_id", "key", name="uq_draft_person_key"),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_person_id"), ["person_id"], unique=False)

    op.create_table(
        "say_group_topic",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["say_group.id"],
            name=op.f("fk_say_group_topic_group_id_say_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_say_group_topic")),
    )
    with op.batch_alter_table("say_group_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_say_group_topic_group_id"), ["group_id"], unique=False)

    op.create_table(
        "say_view",
        sa.Column("topic_id", sa.Uuid(), nullable=False),
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column(
            "rating",
            sa.Enum(
                "good",
                "not_sure",
                "not_good",
                name="say_rating",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("words", sa.Text(), nullable=True),
        sa.Column(
            "whose",
            sa.Enum(
                "mine",
                "staff_typed",
                "staff_note",
                name="say_whose",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("written_by_id", sa.Uuid(), nullable=True),
        sa.Column("symbols", sa.JSON(), nullable=False),
        sa.Column("recording_file", sa.String(length=300), nullable=True),
        sa.Column("action_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["ward_action.id"],
            name=op.f("fk_say_view_action_id_ward_action"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_say_view_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["say_group_topic.id"],
            name=op.f("fk_say_view_topic_id_say_group_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_say_view")),
    )
    with op.batch_alter_table("say_view", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_say_view_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_say_view_topic_id"), ["topic_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("say_view", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_say_view_topic_id"))
        batch_op.drop_index(batch_op.f("ix_say_view_person_id"))

    op.drop_table("say_view")
    with op.batch_alter_table("say_group_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_say_group_topic_group_id"))

    op.drop_table("say_group_topic")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_person_id"))

    op.drop_table("draft")
    with op.batch_alter_table("say_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_say_group_ward_id"))

    op.drop_table("say_group")
    with op.batch_alter_table("say_agenda_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_say_agenda_topic_ward_id"))

    op.drop_table("say_agenda_topic")
