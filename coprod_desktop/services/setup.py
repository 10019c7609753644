"""First run: a ward and its first staff account. There is no default PIN."""

from __future__ import annotations

from dataclasses import dataclass

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.device import DeviceService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.services.staff_auth import StaffAuthService, check_pin_rules
from coprod_desktop.services.text import clean_name
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Role


@dataclass(frozen=True)
class FirstRun:
    ward: WardInfo
    staff: PersonInfo


def needs_first_run(session_factory: SessionFactory) -> bool:
    """True until some staff member can sign in: without one nobody could manage the app."""
    return not StaffAuthService(session_factory).any_staff_can_sign_in()


def first_run(
    session_factory: SessionFactory, ward_name: str, staff_name: str, pin: str, clock: Clock = system_clock
) -> FirstRun:
    """Creates (or reuses) the ward, the first staff member and their PIN, and makes it this
    device's ward. Checks everything before writing anything."""
    clean_name(ward_name)
    clean_name(staff_name)
    check_pin_rules(pin)
    wards = WardService(session_factory, clock)
    ward = wards.find_by_name(clean_name(ward_name)) or wards.add(ward_name)
    staff = PeopleService(session_factory, clock).add(staff_name, ward_id=ward.id, role=Role.STAFF)
    StaffAuthService(session_factory, clock).set_pin(staff.id, pin, actor_id=staff.id)
    DeviceService(session_factory, clock).set_ward(ward.id)
    return FirstRun(ward, staff)
