"""Plain, frozen records the UI receives: no sessions, no lazy loading, safe across threads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from coprod_desktop.store.kinds import AccessMode, MeetingKind, Role, StaffRole, TextSize


@dataclass(frozen=True)
class WardInfo:
    id: uuid.UUID
    name: str


@dataclass(frozen=True)
class PersonInfo:
    id: uuid.UUID
    called: str
    role: Role
    ward_id: uuid.UUID | None
    is_ward_rep: bool
    picture_symbol: str | None
    picture_file: str | None
    staff_role: StaffRole = StaffRole.WARD_STAFF
    """What their PIN may do; for patients it is never used. Ward staff unless made a manager."""

    @property
    def is_manager(self) -> bool:
        return self.role is Role.STAFF and self.staff_role is StaffRole.MANAGER


RATE_RANGE = (80, 260)
"""Words per minute a person can choose between."""
SCAN_MS_RANGE = (500, 5000)
"""One switch: how long each choice stays highlighted, 0.5 to 5 seconds."""
SCAN_LOOPS_RANGE = (1, 10)
HOLD_MS_CHOICES = (0, 500, 1000)
"""Any press, a short hold or a long hold."""
LANGUAGES = ("en", "cy")


@dataclass(frozen=True)
class Preferences:
    speech_on: bool = True
    voice: str | None = None
    rate: int = 150
    text_size: TextSize = TextSize.NORMAL
    high_contrast: bool = False
    language: str | None = None
    symbols_on: bool = True
    more_time: bool = False
    """"I need more time": twice the ward's patient idle time before "Are you still there?"."""
    access_mode: AccessMode = AccessMode.TWO_SWITCHES
    scan_ms: int = 1500
    scan_loops: int = 3
    scan_speaks: bool = True
    scan_rows: bool = False
    hold_ms: int = 0
    screen_reader: bool = False


@dataclass(frozen=True)
class MeetingInfo:
    id: uuid.UUID
    person_id: uuid.UUID
    kind: MeetingKind
    starts_at: datetime
    title: str | None


@dataclass(frozen=True)
class AuditRecord:
    id: uuid.UUID
    at: datetime
    kind: str
    actor_id: uuid.UUID | None
    subject_id: uuid.UUID | None
    detail: dict[str, object]
