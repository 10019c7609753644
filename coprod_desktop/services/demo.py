"""A small, made-up demo ward so a newcomer sees the app working at once. No real people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from coprod_desktop.services.clock import Clock, system_clock
from coprod_desktop.services.records import WardInfo
from coprod_desktop.store.kinds import MeetingKind, Role, TextSize

if TYPE_CHECKING:
    from coprod_desktop.store.engine import SessionFactory

DEMO_WARD_NAME = "Cedar Ward (demo)"
DEMO_STAFF_PIN = "2580"
"""Jo's PIN in the made-up demo ward only (shown in the README). Real wards choose their own."""


@dataclass(frozen=True)
class DemoPerson:
    called: str
    picture: str
    role: Role = Role.PATIENT
    ward_rep: bool = False


DEMO_PEOPLE = (
    DemoPerson("Sam", "portrait-1", ward_rep=True),
    DemoPerson("Priya", "portrait-2"),
    DemoPerson("Dafydd", "portrait-3"),
    DemoPerson("Lee", "portrait-4"),
    DemoPerson("Aisha", "portrait-5"),
    DemoPerson("Jo", "portrait-6", role=Role.STAFF),
)


def seed_demo_ward(session_factory: SessionFactory, clock: Clock = system_clock) -> WardInfo | None:
    """Adds the demo ward unless it is already there. Returns the new ward, or None if it existed."""
    # Imported here so the start path can read DEMO_WARD_NAME without loading the store layer.
    from coprod_desktop.services.meetings import MeetingService
    from coprod_desktop.services.people import PeopleService
    from coprod_desktop.services.preferences import PreferencesService
    from coprod_desktop.services.staff_auth import StaffAuthService
    from coprod_desktop.services.wards import WardService

    wards = WardService(session_factory, clock)
    if wards.find_by_name(DEMO_WARD_NAME) is not None:
        return None
    people = PeopleService(session_factory, clock)
    preferences = PreferencesService(session_factory, clock)
    meetings = MeetingService(session_factory, clock)
    ward = wards.add(DEMO_WARD_NAME)
    added = {
        p.called: people.add(
            p.called, ward_id=ward.id, role=p.role, is_ward_rep=p.ward_rep, picture_symbol=p.picture
        )
        for p in DEMO_PEOPLE
    }
    StaffAuthService(session_factory, clock).set_pin(added["Jo"].id, DEMO_STAFF_PIN)
    # Show that each person's own way of using the app is kept.
    preferences.update(added["Dafydd"].id, language="cy")
    preferences.update(added["Priya"].id, text_size=TextSize.LARGEST, high_contrast=True, rate=125)
    today = clock().replace(hour=10, minute=30, second=0, microsecond=0)
    meetings.schedule(added["Sam"].id, MeetingKind.CPA, today + timedelta(days=9))
    meetings.schedule(added["Dafydd"].id, MeetingKind.CARE_AND_TREATMENT_REVIEW, today + timedelta(days=4))
    meetings.schedule(added["Priya"].id, MeetingKind.WARD_ROUND, today + timedelta(days=2))
    return ward
