"""Alembic migrations. HEAD must name the newest revision (a test checks it against Alembic)."""

HEAD = "0012_thanks_said_any_way"
