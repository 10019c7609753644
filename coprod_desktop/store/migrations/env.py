"""Alembic environment: runs on the connection the app hands over, or on the URL in alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from coprod_desktop.store import models  # noqa: F401  (registers the tables)
from coprod_desktop.store.base import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def render_item(kind: str, item: object, autogen_context) -> str | bool:  # type: ignore[no-untyped-def]
    """Writes our own column types into new migrations with their import."""
    if kind == "type" and isinstance(item, UTCDateTime):
        autogen_context.imports.add("from coprod_desktop.store.base import UTCDateTime")
        return "UTCDateTime()"
    return False


def run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        render_item=render_item,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:
        run_on(given)
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as connection:
        run_on(connection)


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
