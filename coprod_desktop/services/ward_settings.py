"""Each ward's settings: idle sign-out, backups, kiosk, the advocate or complaints contact, language,
how long a patient's screens stay open, picture passwords, and whether ideas wait for staff.

The advocate (or IMHA) is shown and read out whenever someone says "I am not happy": their name,
picture, phone and when they visit are kept as separate fields, so each can be shown and spoken."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from sqlalchemy import select

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import LANGUAGES
from coprod_desktop.services.staff_roles import ManagerAction, require_manager
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import WardSettings

IDLE_MINUTES_RANGE = (1, 120)
PATIENT_IDLE_MINUTES_RANGE = (1, 60)
BACKUP_KEEP_RANGE = (1, 365)
CONTACT_MAX = 2000
ADVOCATE_NAME_MAX = 200
ADVOCATE_PHONE_MAX = 100


@dataclass(frozen=True)
class WardSettingsInfo:
    idle_minutes: int = 5
    backup_folder: str | None = None
    backup_keep: int = 14
    kiosk: bool = False
    advocate_contact: str | None = None
    """Other ways to complain, in easy words (the advocate's own details have fields of their own)."""
    default_language: str = "en"
    patient_idle_minutes: int = 3
    picture_password_for_all: bool = False
    ideas_show_at_once: bool = False
    advocate_name: str | None = None
    advocate_phone: str | None = None
    advocate_visits: str | None = None
    advocate_picture_file: str | None = None
    start_scanning: bool = False
    """Who are you? scans by itself (one switch) before anyone is chosen."""
    ask_is_this_you: bool = False
    """A picture asks "Is this you?" before the person's Home; off, it opens their Home at once
    (their private things still wait for Show or their picture password)."""

    @property
    def has_advocate(self) -> bool:
        return bool(self.advocate_name or self.advocate_phone or self.advocate_visits)


def _clamp(value: int, bounds: tuple[int, int]) -> int:
    return min(max(int(value), bounds[0]), bounds[1])


def _line(text: str | None, limit: int) -> str | None:
    """One line: a name or phone number never carries line breaks or control characters."""
    return (
        " ".join("".join(ch for ch in (text or "") if ch.isprintable() or ch.isspace()).split())[:limit]
        or None
    )


def _block(text: str | None, limit: int) -> str | None:
    return (text or "").strip()[:limit] or None


def validated(info: WardSettingsInfo) -> WardSettingsInfo:
    folder = (info.backup_folder or "").strip() or None
    picture = (info.advocate_picture_file or "").strip() or None
    return replace(
        info,
        idle_minutes=_clamp(info.idle_minutes, IDLE_MINUTES_RANGE),
        patient_idle_minutes=_clamp(info.patient_idle_minutes, PATIENT_IDLE_MINUTES_RANGE),
        backup_keep=_clamp(info.backup_keep, BACKUP_KEEP_RANGE),
        advocate_contact=_block(info.advocate_contact, CONTACT_MAX),
        advocate_name=_line(info.advocate_name, ADVOCATE_NAME_MAX),
        advocate_phone=_line(info.advocate_phone, ADVOCATE_PHONE_MAX),
        advocate_visits=_block(info.advocate_visits, CONTACT_MAX),
        advocate_picture_file=picture if picture and Path(picture).name == picture else None,
        picture_password_for_all=bool(info.picture_password_for_all),
        ideas_show_at_once=bool(info.ideas_show_at_once),
        start_scanning=bool(info.start_scanning),
        ask_is_this_you=bool(info.ask_is_this_you),
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
        """Saves at once; the audit entry names the settings changed, not their values. A member of
        staff must be a ward manager (NotAllowed otherwise); None is the device itself (first run)."""
        require_manager(self._sessions, self._clock, actor_id, ManagerAction.WARD_SETTINGS, ward_id)
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
