"""First run: a ward, its first staff account and the advocate's contact. There is no default PIN.

The advocate is asked for at once (it may be left for later): anyone who says "I am not happy" is
shown how to reach them."""

from __future__ import annotations

from dataclasses import dataclass, field

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.device import DeviceService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.services.staff_auth import StaffAuthService, check_pin_rules
from coprod_desktop.services.staff_roles import StaffRoleService
from coprod_desktop.services.text import clean_name
from coprod_desktop.services.ward_settings import WardSettingsService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import SessionFactory
from coprod_desktop.store.kinds import Role, StaffRole


@dataclass(frozen=True)
class AdvocateContact:
    """The advocate or IMHA, as patients will see and hear them. Any part may be empty."""

    name: str = ""
    phone: str = ""
    visits: str = ""


@dataclass(frozen=True)
class FirstRun:
    ward: WardInfo
    staff: PersonInfo
    advocate: AdvocateContact = field(default_factory=AdvocateContact)


def needs_first_run(session_factory: SessionFactory) -> bool:
    """True until some staff member can sign in: without one nobody could manage the app."""
    return not StaffAuthService(session_factory).any_staff_can_sign_in()


def first_run(
    session_factory: SessionFactory,
    ward_name: str,
    staff_name: str,
    pin: str,
    clock: Clock = system_clock,
    advocate: AdvocateContact | None = None,
) -> FirstRun:
    """Creates (or reuses) the ward, the first staff member and their PIN, saves the advocate's
    contact if given, and makes it this device's ward. Checks everything before writing anything."""
    clean_name(ward_name)
    clean_name(staff_name)
    check_pin_rules(pin)
    wards = WardService(session_factory, clock)
    ward = wards.find_by_name(clean_name(ward_name)) or wards.add(ward_name)
    staff = PeopleService(session_factory, clock).add(staff_name, ward_id=ward.id, role=Role.STAFF)
    StaffAuthService(session_factory, clock).set_pin(staff.id, pin, actor_id=staff.id)
    # The first account manages the ward: someone must be able to erase, restore and give roles.
    staff = StaffRoleService(session_factory, clock).set_role(staff.id, StaffRole.MANAGER, actor_id=None)
    DeviceService(session_factory, clock).set_ward(ward.id)
    advocate = advocate or AdvocateContact()
    if advocate.name.strip() or advocate.phone.strip() or advocate.visits.strip():
        WardSettingsService(session_factory, clock).update(
            ward.id,
            actor_id=staff.id,
            advocate_name=advocate.name,
            advocate_phone=advocate.phone,
            advocate_visits=advocate.visits,
        )
    return FirstRun(ward, staff, advocate)
