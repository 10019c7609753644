"""The fast first-screen read returns exactly what the services return."""

from __future__ import annotations

from coprod_desktop.services.demo import DEMO_WARD_NAME, seed_demo_ward
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.roster_snapshot import choose_ward, read_roster
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import Role
from tests.conftest import ODD_NAMES


def test_snapshot_matches_the_services_for_the_demo_and_odd_names(store: Store) -> None:
    seed_demo_ward(store.session_factory)
    wards = WardService(store.session_factory)
    people = PeopleService(store.session_factory)
    other = wards.add("Aspen")
    for name in [*ODD_NAMES, "Bea", "bea", "Ávila"]:
        people.add(name, ward_id=other.id)
    people.add("Staff member", ward_id=other.id, role=Role.STAFF)
    assert store.sqlite_path is not None
    for preferred in (None, DEMO_WARD_NAME, "Aspen", "No such ward"):
        roster = read_roster(store.sqlite_path, preferred)
        assert roster.wards == wards.active()
        assert roster.ward == choose_ward(wards.active(), preferred)
        assert roster.ward is not None
        assert roster.patients == people.on_ward(roster.ward.id, role=Role.PATIENT)


def test_an_empty_store_has_no_ward_and_nobody(store: Store) -> None:
    assert store.sqlite_path is not None
    roster = read_roster(store.sqlite_path)
    assert roster.ward is None and roster.patients == [] and roster.wards == []
