"""Alembic migrations. HEAD must name the newest revision (a test checks it against Alembic)."""

HEAD = "0002_staff_area"
