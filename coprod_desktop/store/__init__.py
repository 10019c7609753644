"""Durable storage: SQLAlchemy models, the engine with its safety settings, migrations, backups.

Qt-free by contract (see pyproject's import-linter section).
"""
