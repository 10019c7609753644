"""ask "Is this you?": a ward may ask each person to confirm their picture before their Home shows

Revision ID: 0009_ask_is_this_you
Revises: 0008_switch_access
Create Date: 2026-12-06

Off to start with: a picture opens the person's Home at once, with their name said, "This is not
me" at hand and their private things still behind Show (or their picture password).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_ask_is_this_you"
down_revision: str | None = "0008_switch_access"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ward_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ask_is_this_you", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("ward_settings", schema=None) as batch_op:
        batch_op.drop_column("ask_is_this_you")
