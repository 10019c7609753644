"""switch access: each person's way of moving and picking (keys, two switches, one switch)

Revision ID: 0008_switch_access
Revises: 0007_shared_ward_safety
Create Date: 2026-12-06

Everyone starts on two switches (Space moves, Enter picks), which is how the app already behaved.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_switch_access"
down_revision: str | None = "0007_shared_ward_safety"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("communication_preferences", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "access_mode",
                sa.Enum(
                    "keys",
                    "two",
                    "one",
                    name="access_mode",
                    native_enum=False,
                    create_constraint=True,
                    length=32,
                ),
                server_default="two",
                nullable=False,
            )
        )
        batch_op.add_column(sa.Column("scan_ms", sa.Integer(), server_default="1500", nullable=False))
        batch_op.add_column(sa.Column("scan_loops", sa.Integer(), server_default="3", nullable=False))
        batch_op.add_column(sa.Column("scan_speaks", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("scan_rows", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("hold_ms", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("screen_reader", sa.Boolean(), server_default="0", nullable=False))
    with op.batch_alter_table("ward_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("start_scanning", sa.Boolean(), server_default="0", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("ward_settings", schema=None) as batch_op:
        batch_op.drop_column("start_scanning")
    with op.batch_alter_table("communication_preferences", schema=None) as batch_op:
        for column in (
            "screen_reader",
            "hold_ms",
            "scan_rows",
            "scan_speaks",
            "scan_loops",
            "scan_ms",
            "access_mode",
        ):
            batch_op.drop_column(column)
