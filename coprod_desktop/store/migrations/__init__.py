"""Alembic migrations. HEAD must name the newest revision (a test checks it against Alembic)."""

HEAD = "0007_shared_ward_safety"
