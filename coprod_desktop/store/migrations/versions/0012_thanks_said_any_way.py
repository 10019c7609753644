"""a thank-you to someone else named by a picture or in the person's own voice, and its words said
with pictures

Revision ID: 0012_thanks_said_any_way
Revises: 0011_ward_pictures
Create Date: 2026-12-08

A person who cannot read or write says who they are thanking with a picture (a symbol or one of the
ward's own pictures) or by recording the name, and what they want to say as a row of symbols. Staff
see the picture, hear the name and see the symbols. Existing rows have none of these.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_thanks_said_any_way"
down_revision: str | None = "0011_ward_pictures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("thank_you", schema=None) as batch_op:
        batch_op.add_column(sa.Column("to_symbol_id", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("to_recording_file", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("said_symbols", sa.JSON(), server_default="[]", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("thank_you", schema=None) as batch_op:
        batch_op.drop_column("said_symbols")
        batch_op.drop_column("to_recording_file")
        batch_op.drop_column("to_symbol_id")
