"""Alembic migrations. HEAD must name the newest revision (a test checks it against Alembic)."""

HEAD = "0010_said_with_symbols_and_voice"
