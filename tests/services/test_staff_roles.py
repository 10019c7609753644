"""Ward staff and ward managers on a real store: what needs a manager is refused for ward staff in
words they can act on, every refusal is in the audit log, and a manager can do it."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.backups import BackupService
from coprod_desktop.services.erasure import ERASED_EVENT, erase_person
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.setup import first_run
from coprod_desktop.services.staff_auth import StaffAuthService
from coprod_desktop.services.staff_roles import (
    REFUSED_EVENT,
    ROLE_SET_EVENT,
    LastManager,
    ManagerAction,
    NoPinYet,
    NotAllowed,
    StaffRoleService,
)
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Role, StaffRole
from tests.conftest import FixedClock

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


class Ward:
    def __init__(self, store: Store, clock: FixedClock) -> None:
        self.sessions = store.session_factory
        self.clock = clock
        self.ward = WardService(self.sessions, clock).add("Oak")
        self.people = PeopleService(self.sessions, clock)
        self.auth = StaffAuthService(self.sessions, clock, FAST)
        self.roles = StaffRoleService(self.sessions, clock)
        self.audit = AuditService(self.sessions)
        self.manager = self.staff("Priya", "1379")
        self.roles.set_role(self.manager.id, StaffRole.MANAGER, None)
        self.jo = self.staff("Jo", "2580")
        self.sam = self.people.add("Sam", ward_id=self.ward.id)

    def staff(self, name: str, pin: str) -> PersonInfo:
        person = self.people.add(name, ward_id=self.ward.id, role=Role.STAFF)
        self.auth.set_pin(person.id, pin)
        return person

    def refusals(self) -> list[tuple[uuid.UUID | None, object]]:
        return [(e.actor_id, e.detail["action"]) for e in self.audit.recent(50, kind=REFUSED_EVENT)]


@pytest.fixture
def oak(store: Store, clock: FixedClock) -> Ward:
    return Ward(store, clock)


def test_staff_are_ward_staff_until_a_manager_says_otherwise(oak: Ward) -> None:
    assert oak.people.get(oak.jo.id).staff_role is StaffRole.WARD_STAFF  # type: ignore[union-attr]
    assert not oak.jo.is_manager
    assert oak.people.get(oak.manager.id).is_manager  # type: ignore[union-attr]
    assert not oak.sam.is_manager and oak.roles.role_of(oak.sam.id) is None


def test_sign_in_says_who_signed_in_and_their_role(oak: Ward) -> None:
    result = oak.auth.sign_in(oak.manager.id, "1379")
    assert result.ok and result.staff is not None and result.staff.is_manager
    result = oak.auth.sign_in(oak.jo.id, "2580")
    assert result.ok and result.staff is not None and result.staff.staff_role is StaffRole.WARD_STAFF
    assert oak.auth.sign_in(oak.jo.id, "0000").staff is None


def test_ward_staff_cannot_erase_a_person_and_the_try_is_audited(oak: Ward, tmp_path: Path) -> None:
    with pytest.raises(NotAllowed) as refused:
        erase_person(oak.sessions, oak.sam.id, oak.jo.id, tmp_path, oak.clock)
    assert str(refused.value) == "Only a ward manager can erase a person. Ask your ward manager."
    assert refused.value.action is ManagerAction.ERASE
    assert oak.people.get(oak.sam.id) is not None
    assert oak.refusals() == [(oak.jo.id, "erase")]
    [event] = oak.audit.recent(5, kind=REFUSED_EVENT)
    assert event.subject_id == oak.sam.id
    assert oak.audit.recent(5, kind=ERASED_EVENT) == []


def test_a_manager_can_erase_a_person(oak: Ward, tmp_path: Path) -> None:
    erase_person(oak.sessions, oak.sam.id, oak.manager.id, tmp_path, oak.clock)
    assert oak.people.get(oak.sam.id) is None
    assert [e.actor_id for e in oak.audit.recent(5, kind=ERASED_EVENT)] == [oak.manager.id]
    assert oak.refusals() == []


def test_ward_staff_cannot_restore_a_backup_and_a_manager_can(
    oak: Ward, store: Store, data_paths: DataPaths
) -> None:
    assert store.sqlite_path is not None
    backups = BackupService(oak.sessions, store.sqlite_path, data_paths.backups, oak.clock)
    made = backups.back_up_now(oak.ward.id, oak.jo.id)  # making a backup is for everyone
    later = oak.people.add("Lee", ward_id=oak.ward.id)
    oak.clock.now += timedelta(hours=1)
    with pytest.raises(NotAllowed) as refused:
        backups.restore(oak.ward.id, made, oak.jo.id)
    assert str(refused.value) == "Only a ward manager can restore a backup. Ask your ward manager."
    assert oak.people.get(later.id) is not None  # nothing changed
    assert oak.refusals() == [(oak.jo.id, "restore")]

    backups.restore(oak.ward.id, made, oak.manager.id)
    assert oak.people.get(later.id) is None
    assert AuditService(oak.sessions).recent(kind="store_restored")[0].actor_id == oak.manager.id


@pytest.mark.parametrize("action", [ManagerAction.EXPORT_WARD, ManagerAction.WARD_SETTINGS])
def test_whole_ward_export_and_ward_settings_need_a_manager(oak: Ward, action: ManagerAction) -> None:
    with pytest.raises(NotAllowed) as refused:
        oak.roles.require(oak.jo.id, action, oak.ward.id)
    assert str(refused.value).startswith("Only a ward manager can ")
    assert str(refused.value).endswith(" Ask your ward manager.")
    assert oak.refusals() == [(oak.jo.id, action.value)]
    oak.roles.require(oak.manager.id, action, oak.ward.id)  # no error, nothing more audited
    oak.roles.require(None, action)  # the device itself (the command line): no PIN, no role
    assert len(oak.refusals()) == 1


def test_only_a_manager_sets_roles_and_it_is_audited(oak: Ward) -> None:
    with pytest.raises(NotAllowed) as refused:
        oak.roles.set_role(oak.jo.id, StaffRole.MANAGER, oak.jo.id)
    assert str(refused.value) == (
        "Only a ward manager can change a staff member's role. Ask your ward manager."
    )
    assert oak.roles.role_of(oak.jo.id) is StaffRole.WARD_STAFF
    assert oak.refusals() == [(oak.jo.id, "set_role")]

    oak.clock.now += timedelta(minutes=1)
    made = oak.roles.set_role(oak.jo.id, StaffRole.MANAGER, oak.manager.id)
    assert made.is_manager
    event = oak.audit.recent(5, kind=ROLE_SET_EVENT)[0]
    assert (event.actor_id, event.subject_id, event.detail) == (
        oak.manager.id,
        oak.jo.id,
        {"role": "manager"},
    )


def test_the_last_manager_stays_a_manager_and_a_role_needs_a_pin(oak: Ward) -> None:
    with pytest.raises(LastManager):
        oak.roles.set_role(oak.manager.id, StaffRole.WARD_STAFF, oak.manager.id)
    assert oak.roles.is_manager(oak.manager.id)
    no_pin = oak.people.add("Alex", ward_id=oak.ward.id, role=Role.STAFF)
    with pytest.raises(NoPinYet):
        oak.roles.set_role(no_pin.id, StaffRole.MANAGER, oak.manager.id)
    oak.roles.set_role(oak.jo.id, StaffRole.MANAGER, oak.manager.id)
    oak.roles.set_role(oak.manager.id, StaffRole.WARD_STAFF, oak.jo.id)  # another manager is left
    assert not oak.roles.is_manager(oak.manager.id)


def test_ward_staff_cannot_change_a_managers_pin_but_can_change_their_own(oak: Ward) -> None:
    with pytest.raises(NotAllowed) as refused:
        oak.auth.set_pin(oak.manager.id, "4831", actor_id=oak.jo.id)
    assert refused.value.action is ManagerAction.MANAGER_PIN
    assert oak.auth.sign_in(oak.manager.id, "1379").ok  # the manager's PIN is unchanged
    assert oak.refusals() == [(oak.jo.id, "manager_pin")]
    oak.auth.set_pin(oak.jo.id, "4831", actor_id=oak.jo.id)
    assert oak.auth.sign_in(oak.jo.id, "4831").ok
    oak.auth.set_pin(oak.jo.id, "5926", actor_id=oak.manager.id)
    assert oak.auth.sign_in(oak.jo.id, "5926").ok


def test_first_run_makes_a_ward_manager(store: Store, clock: FixedClock) -> None:
    made = first_run(store.session_factory, "Birch Ward", "Kim", "4831", clock)
    assert made.staff.is_manager
    assert StaffRoleService(store.session_factory).is_manager(made.staff.id)
