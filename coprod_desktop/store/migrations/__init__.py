"""Alembic migrations. HEAD must name the newest revision (a test checks it against Alembic)."""

HEAD = "0011_ward_pictures"
