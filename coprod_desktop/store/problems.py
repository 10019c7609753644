"""What can go wrong when opening the store, in words staff can act on."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class ProblemKind(enum.StrEnum):
    NOT_WRITABLE = "not_writable"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    TOO_NEW = "too_new"
    MIGRATION_FAILED = "migration_failed"
    UNREACHABLE = "unreachable"


@dataclass(eq=False)  # not frozen: Python sets __traceback__ on exceptions
class StoreProblem(Exception):
    """Raised instead of touching a store we cannot safely use. The file is left exactly as it was."""

    kind: ProblemKind
    location: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.location}: {self.detail}"
