"""Thank-yous and You said, we did

Revision ID: 0004_ward_voice
Revises: 0003_what_i_want_to_say
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coprod_desktop.store.base import UTCDateTime

revision: str = "0004_ward_voice"
down_revision: str | None = "0003_what_i_want_to_say"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "thank_you",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("to_person_id", sa.Uuid(), nullable=True),
        sa.Column("to_name", sa.String(length=200), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("words", sa.Text(), nullable=True),
        sa.Column(
            "whose",
            sa.Enum(
                "mine",
                "staff_typed",
                "staff_note",
                name="thank_whose",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("written_by_id", sa.Uuid(), nullable=True),
        sa.Column("recording_file", sa.String(length=300), nullable=True),
        sa.Column(
            "delivery",
            sa.Enum(
                "read_out",
                "just_send",
                name="thank_delivery",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("show_on_wall", sa.Boolean(), nullable=False),
        sa.Column("read_out_at", UTCDateTime(), nullable=True),
        sa.Column("read_out_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"], ["person.id"], name=op.f("fk_thank_you_author_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["to_person_id"],
            ["person.id"],
            name=op.f("fk_thank_you_to_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_thank_you_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thank_you")),
    )
    with op.batch_alter_table("thank_you", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_thank_you_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_thank_you_to_person_id"), ["to_person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_thank_you_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "ward_action",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "idea",
                "not_happy",
                "say_group",
                "staff",
                name="action_source",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("raised_by_id", sa.Uuid(), nullable=True),
        sa.Column("you_said", sa.Text(), nullable=False),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "red",
                "amber",
                "green",
                name="action_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("owner_id", sa.Uuid(), nullable=True),
        sa.Column("due_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["raised_by_id"],
            ["person.id"],
            name=op.f("fk_ward_action_raised_by_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_ward_action_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ward_action")),
    )
    with op.batch_alter_table("ward_action", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ward_action_raised_by_id"), ["raised_by_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_ward_action_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_ward_action_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "action_change",
        sa.Column("action_id", sa.Uuid(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "red",
                "amber",
                "green",
                name="action_change_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["ward_action.id"],
            name=op.f("fk_action_change_action_id_ward_action"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_change")),
    )
    with op.batch_alter_table("action_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_change_action_id"), ["action_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_change_action_id"))

    op.drop_table("action_change")
    with op.batch_alter_table("ward_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ward_action_ward_id"))
        batch_op.drop_index(batch_op.f("ix_ward_action_status"))
        batch_op.drop_index(batch_op.f("ix_ward_action_raised_by_id"))

    op.drop_table("ward_action")
    with op.batch_alter_table("thank_you", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thank_you_ward_id"))
        batch_op.drop_index(batch_op.f("ix_thank_you_to_person_id"))
        batch_op.drop_index(batch_op.f("ix_thank_you_author_id"))

    op.drop_table("thank_you")
