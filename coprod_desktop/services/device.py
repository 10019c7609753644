"""Facts about this device: which ward it serves, and the name staff know it by."""

from __future__ import annotations

import socket
import uuid

from sqlalchemy import select

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.models import DeviceSetting

WARD_KEY = "ward_id"
NAME_KEY = "device_name"
NAME_LENGTH = 200


class DeviceService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def get(self, key: str) -> str | None:
        with self._sessions() as session:
            row = session.scalars(select(DeviceSetting).where(DeviceSetting.key == key)).first()
            return row.value if row else None

    def set(self, key: str, value: str | None) -> None:
        with self._sessions.begin() as session:
            row = session.scalars(select(DeviceSetting).where(DeviceSetting.key == key)).first()
            if row is None:
                session.add(DeviceSetting(key=key, value=value))
            else:
                row.value = value

    def ward_id(self) -> uuid.UUID | None:
        value = self.get(WARD_KEY)
        return uuid.UUID(value) if value else None

    def set_ward(self, ward_id: uuid.UUID) -> None:
        self.set(WARD_KEY, ward_id.hex)

    def device_name(self) -> str:
        """What staff read to know where help is needed: a name set for this device (like "Day room
        tablet"), else the computer's own network name."""
        chosen = (self.get(NAME_KEY) or "").strip()
        return (chosen or socket.gethostname() or "this device")[:NAME_LENGTH]

    def set_device_name(self, name: str | None) -> None:
        self.set(NAME_KEY, name.strip()[:NAME_LENGTH] if name and name.strip() else None)
