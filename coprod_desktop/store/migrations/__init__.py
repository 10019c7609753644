"""Alembic migrations. HEAD must name the newest revision (a test checks it against Alembic)."""

HEAD = "0009_ask_is_this_you"
