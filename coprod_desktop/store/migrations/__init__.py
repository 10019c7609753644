"""Alembic migrations. HEAD must name the newest revision (a test checks it against Alembic)."""

HEAD = "0003_what_i_want_to_say"
