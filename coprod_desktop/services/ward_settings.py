"""Each ward's settings: idle sign-out, backups, kiosk, the advocate or complaints contact, language."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields, replace

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import LANGUAGES
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import WardSettings

IDLE_MINUTES_RANGE = (1, 120)
BACKUP_KEEP_RANGE = (1, 365)
CONTACT_MAX = 2000


@dataclass(frozen=True)
class WardSettingsInfo:
    idle_minutes: int = 5
    backup_folder: str | None = None
    backup_keep: int = 14
    kiosk: bool = False
    advocate_contact: str | None = None
    default_language: str = "en"


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return min(max(int(value), bounds[0]), bounds[1])


def validated(info: WardSettingsInfo) -> WardSettingsInfo:
    contact = (info.advocate_contact or "").strip()[:CONTACT_MAX] or None
    folder = (info.backup_folder or "").strip() or None
    return replace(
        info,
        idle_minutes=_clamp(info.idle_minutes, IDLE_MINUTES_RANGE),
        backup_keep=_clamp(info.backup_keep, BACKUP_KEEP_RANGE),
        advocate_contact=contact,
        backup_folder=folder,
        default_language=info.default_language if info.default_language in LANGUAGES else "en",
    )


class WardSettingsService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def get(self, ward_id: uuid.UUID) -> WardSettingsInfo:
        with self._sessions() as session:
            row = session.scalars(select(WardSettings).where(WardSettings.ward_id == ward_id)).first()
            if row is None:
                return WardSettingsInfo()
            return WardSettingsInfo(**{f.name: getattr(row, f.name) for f in fields(WardSettingsInfo)})

    def update(
        self, ward_id: uuid.UUID, actor_id: uuid.UUID | None = None, **changes: object
    ) -> WardSettingsInfo:
        """Saves at once; the audit entry names the settings changed, not their values."""
        allowed = {f.name for f in fields(WardSettingsInfo)}
        if set(changes) - allowed:
            raise TypeError(f"unknown setting(s): {sorted(set(changes) - allowed)}")
        new = validated(replace(self.get(ward_id), **changes))  # type: ignore[arg-type]
        with self._sessions.begin() as session:
            row = session.scalars(select(WardSettings).where(WardSettings.ward_id == ward_id)).first()
            if row is None:
                row = WardSettings(ward_id=ward_id)
                session.add(row)
            for name, value in asdict(new).items():
                setattr(row, name, value)
            add_event(
                session,
                self._clock,
                "settings_changed",
                actor_id=actor_id,
                subject_id=ward_id,
                detail={"changed": sorted(changes)},
            )
        return new
