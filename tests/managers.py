"""Makes a staff member a ward manager, for tests whose actor erases or restores (both need one)."""

from __future__ import annotations

import uuid

from argon2 import PasswordHasher

from coprod_desktop.services.staff_auth import StaffAuthService
from coprod_desktop.services.staff_roles import StaffRoleService
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import StaffRole

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def make_manager(sessions: SessionFactory, person_id: uuid.UUID, pin: str = "1379") -> None:
    """Gives them a PIN (a role belongs to a PIN) and makes them a ward manager."""
    StaffAuthService(sessions, hasher=FAST).set_pin(person_id, pin)
    StaffRoleService(sessions).set_role(person_id, StaffRole.MANAGER, None)
