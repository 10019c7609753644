"""Ward staff and ward managers: what needs a manager, and who may make someone one.

One lost or shared PIN must not be able to do everything. Erasing a person, restoring a backup,
exporting the whole ward, changing ward settings and setting another staff member's role need a
ward manager. A refusal is written to the audit log with the action, so attempts are seen.

An actor of None is the device itself (the command line run by the device's owner, a first run):
no PIN was used, so there is no staff role to check.
"""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coprod_desktop.services.audit import add_event
from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.people import UnknownPerson, person_info
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Role, StaffRole
from coprod_desktop.store.models import Person, StaffCredential

REFUSED_EVENT = "refused"
ROLE_SET_EVENT = "staff_role_set"


class ManagerAction(enum.StrEnum):
    ERASE = "erase"
    RESTORE = "restore"
    EXPORT_WARD = "export_ward"
    WARD_SETTINGS = "ward_settings"
    SET_ROLE = "set_role"
    MANAGER_PIN = "manager_pin"
    """Setting a manager's PIN: otherwise ward staff could set it, then sign in as the manager."""


_WHAT = {
    ManagerAction.ERASE: "erase a person",
    ManagerAction.RESTORE: "restore a backup",
    ManagerAction.EXPORT_WARD: "export the whole ward",
    ManagerAction.WARD_SETTINGS: "change ward settings",
    ManagerAction.SET_ROLE: "change a staff member's role",
    ManagerAction.MANAGER_PIN: "change a ward manager's PIN",
}


class NotAllowed(PermissionError):
    """The signed-in staff member's role does not allow this. str() is the message for staff; the UI
    shows its own translated words chosen by `action`."""

    def __init__(self, action: ManagerAction) -> None:
        super().__init__(f"Only a ward manager can {_WHAT[action]}. Ask your ward manager.")
        self.action = action


class NoPinYet(ValueError):
    """A role belongs to a PIN: save a PIN for them first."""


class LastManager(ValueError):
    """The ward would have no manager left, so nobody could erase, restore or change roles."""


def role_of(session: Session, person_id: uuid.UUID) -> StaffRole | None:
    """The staff role of someone who can sign in; None for patients and staff without a PIN."""
    return session.scalar(
        select(StaffCredential.staff_role)
        .join(Person, Person.id == StaffCredential.person_id)
        .where(StaffCredential.person_id == person_id, Person.role == Role.STAFF)
    )


def require_manager(
    session_factory: SessionFactory,
    clock: Clock,
    actor_id: uuid.UUID | None,
    action: ManagerAction,
    subject_id: uuid.UUID | None = None,
) -> None:
    """Returns if the actor may do `action`; otherwise records the refusal and raises NotAllowed."""
    if actor_id is None:
        return
    with session_factory() as session:
        if role_of(session, actor_id) is StaffRole.MANAGER:
            return
    with session_factory.begin() as session:
        add_event(
            session,
            clock,
            REFUSED_EVENT,
            actor_id=actor_id,
            subject_id=subject_id,
            detail={"action": action.value},
        )
    raise NotAllowed(action)


class StaffRoleService:
    def __init__(self, session_factory: SessionFactory, clock: Clock = system_clock) -> None:
        self._sessions = session_factory
        self._clock = clock

    def role_of(self, person_id: uuid.UUID) -> StaffRole | None:
        with self._sessions() as session:
            return role_of(session, person_id)

    def is_manager(self, person_id: uuid.UUID) -> bool:
        return self.role_of(person_id) is StaffRole.MANAGER

    def require(
        self, actor_id: uuid.UUID | None, action: ManagerAction, subject_id: uuid.UUID | None = None
    ) -> None:
        """Raises NotAllowed (recorded in the audit log) unless the actor is a ward manager."""
        require_manager(self._sessions, self._clock, actor_id, action, subject_id)

    def set_role(self, person_id: uuid.UUID, role: StaffRole, actor_id: uuid.UUID | None) -> PersonInfo:
        """Makes a staff member ward staff or a ward manager. Needs a manager (or the device itself at
        first run). The last manager cannot be made ward staff."""
        require_manager(self._sessions, self._clock, actor_id, ManagerAction.SET_ROLE, person_id)
        with self._sessions.begin() as session:
            person = session.get(Person, person_id)
            if person is None or person.role is not Role.STAFF:
                raise UnknownPerson(str(person_id))
            credential = person.credential
            if credential is None:
                raise NoPinYet("Save a PIN for them first.")
            if credential.staff_role is not role:
                if role is StaffRole.WARD_STAFF and self._managers(session) <= 1:
                    raise LastManager("There must always be at least one ward manager.")
                credential.staff_role = role
                add_event(
                    session,
                    self._clock,
                    ROLE_SET_EVENT,
                    actor_id=actor_id,
                    subject_id=person_id,
                    detail={"role": role.value},
                )
            return person_info(person)

    @staticmethod
    def _managers(session: Session) -> int:
        """Managers who can still sign in (not archived)."""
        return (
            session.scalar(
                select(func.count())
                .select_from(StaffCredential)
                .join(Person, Person.id == StaffCredential.person_id)
                .where(StaffCredential.staff_role == StaffRole.MANAGER, Person.archived.is_(False))
            )
            or 0
        )
