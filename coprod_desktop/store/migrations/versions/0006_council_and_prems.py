"""council packs, experience measures and the partnership self-check

Revision ID: 0006_council_and_prems
Revises: 0005_say_groups
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coprod_desktop.store.base import UTCDateTime

revision: str = "0006_council_and_prems"
down_revision: str | None = "0005_say_groups"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_SOURCES = ("idea", "not_happy", "say_group", "staff")
NEW_SOURCES = (*OLD_SOURCES, "council")


def _sources(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="action_source", native_enum=False, create_constraint=True, length=32)


def upgrade() -> None:
    op.create_table(
        "partnership_check",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("checked_at", UTCDateTime(), nullable=False),
        sa.Column("by_id", sa.Uuid(), nullable=True),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_partnership_check_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_check")),
    )
    with op.batch_alter_table("partnership_check", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_check_checked_at"), ["checked_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_partnership_check_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "prem_item_set",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("made_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_prem_item_set_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prem_item_set")),
        sa.UniqueConstraint("ward_id", "version", name="uq_prem_item_set_ward_version"),
    )
    with op.batch_alter_table("prem_item_set", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prem_item_set_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "council_pack",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("prepared_by_id", sa.Uuid(), nullable=True),
        sa.Column("period_start", UTCDateTime(), nullable=False),
        sa.Column("period_end", UTCDateTime(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "taken",
                "answered",
                name="pack_status",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("chosen", sa.JSON(), nullable=False),
        sa.Column("taken_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["prepared_by_id"],
            ["person.id"],
            name=op.f("fk_council_pack_prepared_by_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_council_pack_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_pack")),
    )
    with op.batch_alter_table("council_pack", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_council_pack_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "prem_item",
        sa.Column("item_set_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_set_id"],
            ["prem_item_set.id"],
            name=op.f("fk_prem_item_item_set_id_prem_item_set"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prem_item")),
    )
    with op.batch_alter_table("prem_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prem_item_item_set_id"), ["item_set_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_prem_item_key"), ["key"], unique=False)

    op.create_table(
        "prem_response",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("item_set_id", sa.Uuid(), nullable=False),
        sa.Column("answered_at", UTCDateTime(), nullable=False),
        sa.Column("with_staff_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_set_id"],
            ["prem_item_set.id"],
            name=op.f("fk_prem_response_item_set_id_prem_item_set"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_prem_response_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_prem_response_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prem_response")),
    )
    with op.batch_alter_table("prem_response", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prem_response_answered_at"), ["answered_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_prem_response_item_set_id"), ["item_set_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_prem_response_person_id"), ["person_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_prem_response_ward_id"), ["ward_id"], unique=False)

    op.create_table(
        "prem_schedule",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("every_days", sa.Integer(), nullable=False),
        sa.Column("next_due_at", UTCDateTime(), nullable=False),
        sa.Column("set_by_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_prem_schedule_person_id_person"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prem_schedule")),
        sa.UniqueConstraint("person_id", name=op.f("uq_prem_schedule_person_id")),
    )
    op.create_table(
        "council_point",
        sa.Column("pack_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("words", sa.Text(), nullable=True),
        sa.Column(
            "whose",
            sa.Enum(
                "mine",
                "staff_typed",
                "staff_note",
                name="council_whose",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("written_by_id", sa.Uuid(), nullable=True),
        sa.Column("symbols", sa.JSON(), nullable=False),
        sa.Column("recording_file", sa.String(length=300), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["council_pack.id"],
            name=op.f("fk_council_point_pack_id_council_pack"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_point")),
    )
    with op.batch_alter_table("council_point", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_council_point_pack_id"), ["pack_id"], unique=False)

    op.create_table(
        "prem_answer",
        sa.Column("response_id", sa.Uuid(), nullable=False),
        sa.Column("item_id", sa.Uuid(), nullable=False),
        sa.Column(
            "rating",
            sa.Enum(
                "good",
                "not_sure",
                "not_good",
                name="prem_rating",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["prem_item.id"], name=op.f("fk_prem_answer_item_id_prem_item"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["response_id"],
            ["prem_response.id"],
            name=op.f("fk_prem_answer_response_id_prem_response"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prem_answer")),
        sa.UniqueConstraint("response_id", "item_id", name="uq_prem_answer_response_item"),
    )
    with op.batch_alter_table("prem_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prem_answer_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_prem_answer_response_id"), ["response_id"], unique=False)

    op.create_table(
        "council_answer",
        sa.Column("pack_id", sa.Uuid(), nullable=False),
        sa.Column("point_id", sa.Uuid(), nullable=True),
        sa.Column("about", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("written_by_id", sa.Uuid(), nullable=True),
        sa.Column("action_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["ward_action.id"],
            name=op.f("fk_council_answer_action_id_ward_action"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["council_pack.id"],
            name=op.f("fk_council_answer_pack_id_council_pack"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["point_id"],
            ["council_point.id"],
            name=op.f("fk_council_answer_point_id_council_point"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_council_answer")),
    )
    with op.batch_alter_table("council_answer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_council_answer_pack_id"), ["pack_id"], unique=False)

    with op.batch_alter_table("say_view", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("council_may_quote", sa.Boolean(), nullable=False, server_default=sa.false())
        )

    with op.batch_alter_table("ward_action", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("council_may_quote", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        # A council answer is a new source of actions: the stored values' check gains "council".
        batch_op.alter_column("source", existing_type=_sources(OLD_SOURCES), type_=_sources(NEW_SOURCES))


def downgrade() -> None:
    op.execute("DELETE FROM ward_action WHERE source = 'council'")
    with op.batch_alter_table("ward_action", schema=None) as batch_op:
        batch_op.alter_column("source", existing_type=_sources(NEW_SOURCES), type_=_sources(OLD_SOURCES))
        batch_op.drop_column("council_may_quote")

    with op.batch_alter_table("say_view", schema=None) as batch_op:
        batch_op.drop_column("council_may_quote")

    with op.batch_alter_table("council_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_council_answer_pack_id"))

    op.drop_table("council_answer")
    with op.batch_alter_table("prem_answer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prem_answer_response_id"))
        batch_op.drop_index(batch_op.f("ix_prem_answer_item_id"))

    op.drop_table("prem_answer")
    with op.batch_alter_table("council_point", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_council_point_pack_id"))

    op.drop_table("council_point")
    op.drop_table("prem_schedule")
    with op.batch_alter_table("prem_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prem_response_ward_id"))
        batch_op.drop_index(batch_op.f("ix_prem_response_person_id"))
        batch_op.drop_index(batch_op.f("ix_prem_response_item_set_id"))
        batch_op.drop_index(batch_op.f("ix_prem_response_answered_at"))

    op.drop_table("prem_response")
    with op.batch_alter_table("prem_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prem_item_key"))
        batch_op.drop_index(batch_op.f("ix_prem_item_item_set_id"))

    op.drop_table("prem_item")
    with op.batch_alter_table("council_pack", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_council_pack_ward_id"))

    op.drop_table("council_pack")
    with op.batch_alter_table("prem_item_set", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_prem_item_set_ward_id"))

    op.drop_table("prem_item_set")
    with op.batch_alter_table("partnership_check", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_check_ward_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_check_checked_at"))

    op.drop_table("partnership_check")
