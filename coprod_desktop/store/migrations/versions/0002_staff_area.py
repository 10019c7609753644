"""staff area: credentials, ward settings, device settings, topic templates

Revision ID: 0002_staff_area
Revises: 0001_first_schema
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from coprod_desktop.store.base import UTCDateTime

revision: str = "0002_staff_area"
down_revision: str | None = "0001_first_schema"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "device_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_device_setting_key")),
    )
    op.create_table(
        "ward_settings",
        sa.Column("ward_id", sa.Uuid(), nullable=False),
        sa.Column("idle_minutes", sa.Integer(), nullable=False),
        sa.Column("backup_folder", sa.String(length=1000), nullable=True),
        sa.Column("backup_keep", sa.Integer(), nullable=False),
        sa.Column("kiosk", sa.Boolean(), nullable=False),
        sa.Column("advocate_contact", sa.Text(), nullable=True),
        sa.Column("default_language", sa.String(length=16), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_ward_settings_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ward_settings")),
        sa.UniqueConstraint("ward_id", name=op.f("uq_ward_settings_ward_id")),
    )
    op.create_table(
        "staff_credential",
        sa.Column("person_id", sa.Uuid(), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", UTCDateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_staff_credential_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_credential")),
        sa.UniqueConstraint("person_id", name=op.f("uq_staff_credential_person_id")),
    )
    op.create_table(
        "topic_template",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("ward_id", sa.Uuid(), nullable=True),
        sa.Column("person_id", sa.Uuid(), nullable=True),
        sa.Column("copied_from_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_topic_template_person_id_person"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["ward_id"], ["ward.id"], name=op.f("fk_topic_template_ward_id_ward"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic_template")),
    )
    op.create_table(
        "template_topic",
        sa.Column("template_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("symbol_id", sa.String(length=100), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["topic_template.id"],
            name=op.f("fk_template_topic_template_id_topic_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_template_topic")),
    )
    with op.batch_alter_table("template_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_template_topic_template_id"), ["template_id"], unique=False)

    with op.batch_alter_table("communication_preferences", schema=None) as batch_op:
        batch_op.add_column(sa.Column("symbols_on", sa.Boolean(), server_default="1", nullable=False))

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("template_id", sa.Uuid(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_meeting_template_id_topic_template"),
            "topic_template",
            ["template_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_meeting_template_id_topic_template"), type_="foreignkey")
        batch_op.drop_column("template_id")

    with op.batch_alter_table("communication_preferences", schema=None) as batch_op:
        batch_op.drop_column("symbols_on")

    with op.batch_alter_table("template_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_template_topic_template_id"))

    op.drop_table("template_topic")
    op.drop_table("topic_template")
    op.drop_table("staff_credential")
    op.drop_table("ward_settings")
    op.drop_table("device_setting")
