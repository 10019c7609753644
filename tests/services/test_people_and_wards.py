"""People and wards on a real SQLite file, including names nobody planned for."""

from __future__ import annotations

import pytest

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.services.text import InvalidText, clean_name
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store, open_store
from coprod_desktop.store.models import Role
from tests.conftest import ODD_NAMES


def test_people_are_listed_per_ward_by_name_and_role(store: Store) -> None:
    wards = WardService(store.session_factory)
    people = PeopleService(store.session_factory)
    oak, ash = wards.add("Oak"), wards.add("Ash")
    people.add("Zed", ward_id=oak.id)
    people.add("Amy", ward_id=oak.id)
    people.add("Nurse Kim", ward_id=oak.id, role=Role.STAFF)
    people.add("Bo", ward_id=ash.id)
    assert [p.called for p in people.on_ward(oak.id)] == ["Amy", "Nurse Kim", "Zed"]
    assert [p.called for p in people.on_ward(oak.id, role=Role.PATIENT)] == ["Amy", "Zed"]
    assert [w.name for w in wards.active()] == ["Ash", "Oak"]


def test_results_are_plain_records_usable_after_the_session(store: Store) -> None:
    ward = WardService(store.session_factory).add("Oak")
    person = PeopleService(store.session_factory).add("Amy", ward_id=ward.id)
    assert isinstance(person, PersonInfo)
    assert PeopleService(store.session_factory).get(person.id) == person


@pytest.mark.parametrize("name", ODD_NAMES)
def test_odd_names_survive_a_round_trip_through_the_file(store: Store, name: str) -> None:
    ward = WardService(store.session_factory).add("Oak")
    added = PeopleService(store.session_factory).add(name, ward_id=ward.id)
    store.dispose()
    reopened = open_store(f"sqlite:///{store.sqlite_path}")
    again = PeopleService(reopened.session_factory).get(added.id)
    assert again is not None
    assert again.called == clean_name(name)
    assert again.called == name  # nothing in these needed cleaning
    reopened.dispose()


def test_control_characters_are_removed_and_blank_names_refused() -> None:
    assert clean_name("  Sam\x00\x07 \n Jones\t") == "Sam Jones"
    assert clean_name("B" * 900) == "B" * 500
    with pytest.raises(InvalidText):
        clean_name(" \n\t ")


def test_only_patients_can_be_ward_reps(store: Store) -> None:
    ward = WardService(store.session_factory).add("Oak")
    people = PeopleService(store.session_factory)
    assert people.add("Amy", ward_id=ward.id, is_ward_rep=True).is_ward_rep
    assert not people.add("Kim", ward_id=ward.id, role=Role.STAFF, is_ward_rep=True).is_ward_rep


def test_adding_people_is_audited_without_their_names(store: Store) -> None:
    ward = WardService(store.session_factory).add("Oak")
    person = PeopleService(store.session_factory).add("Amy Secret", ward_id=ward.id)
    events = AuditService(store.session_factory).recent()
    assert [e.kind for e in events].count("person_added") == 1
    added = next(e for e in events if e.kind == "person_added")
    assert added.subject_id == person.id
    assert "Amy" not in repr(events)
