"""the ward's own picture library: checked photos with a word and a group, chosen as symbols

Revision ID: 0011_ward_pictures
Revises: 0010_said_with_symbols_and_voice
Create Date: 2026-12-07
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coprod_desktop.store.base import UTCDateTime

revision: str = "0011_ward_pictures"
down_revision: str | None = "0010_said_with_symbols_and_voice"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "ward_picture",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("word", sa.String(length=120), nullable=False),
        sa.Column("group", sa.String(length=30), nullable=False),
        sa.Column("added_by_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_ward_picture_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ward_picture")),
    )
    with op.batch_alter_table("ward_picture", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ward_picture_ward_id"), ["ward_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ward_picture", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ward_picture_ward_id"))
    op.drop_table("ward_picture")
