"""an idea or a worry said with symbols and in the person's own voice, not only typed words

Revision ID: 0010_said_with_symbols_and_voice
Revises: 0009_ask_is_this_you
Create Date: 2026-12-07

A person who cannot read or write says what they want to say as a row of symbols, or records it;
staff see the symbols and hear the recording. Existing rows have neither.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_said_with_symbols_and_voice"
down_revision: str | None = "0009_ask_is_this_you"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("ward_action", "worry")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("said_symbols", sa.JSON(), server_default="[]", nullable=False))
            batch_op.add_column(sa.Column("recording_file", sa.String(length=300), nullable=True))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("recording_file")
            batch_op.drop_column("said_symbols")
