"""Staff looking after people: edit, move, archive, pictures; every change audited without names."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.people import NotForYourself, PeopleService, UnknownPerson, UnknownWard
from coprod_desktop.services.preferences import voice_choices
from coprod_desktop.services.text import InvalidText
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.models import Role
from tests.conftest import ODD_NAMES, FixedClock


@pytest.fixture
def people(store: Store, clock: FixedClock) -> PeopleService:
    return PeopleService(store.session_factory, clock)


@pytest.fixture
def wards(store: Store, clock: FixedClock) -> WardService:
    return WardService(store.session_factory, clock)


def unknown_id() -> uuid.UUID:
    return uuid.uuid4()


def audit_kinds(store: Store) -> list[str]:
    return [e.kind for e in reversed(AuditService(store.session_factory).recent(1000))]


def no_names_in_audit(store: Store, *names: str) -> None:
    for event in AuditService(store.session_factory).recent(1000):
        text = json.dumps(event.detail, ensure_ascii=False)
        for name in names:
            assert name not in text


@pytest.mark.parametrize("name", ODD_NAMES)
def test_renaming_saves_at_once_and_the_audit_never_holds_the_name(
    store: Store, people: PeopleService, wards: WardService, name: str
) -> None:
    ward = wards.add("Oak")
    staff = people.add("Kim", ward_id=ward.id, role=Role.STAFF)
    person = people.add("Sam", ward_id=ward.id)
    changed = people.update(person.id, staff.id, called=name)
    assert changed.called == name
    assert people.get(person.id) == changed
    events = AuditService(store.session_factory).recent(1, kind="person_changed")
    assert events[0].actor_id == staff.id and events[0].subject_id == person.id
    assert events[0].detail == {"changed": ["called"]}
    no_names_in_audit(store, name, "Sam")


def test_an_unchanged_name_writes_nothing_and_a_blank_one_is_refused(
    store: Store, people: PeopleService, wards: WardService
) -> None:
    ward = wards.add("Oak")
    person = people.add("Sam", ward_id=ward.id)
    before = audit_kinds(store)
    people.update(person.id, called="  Sam ")
    assert audit_kinds(store) == before
    with pytest.raises(InvalidText):
        people.update(person.id, called=" \t ")
    assert people.get(person.id).called == "Sam"


def test_moving_to_another_ward_leaves_the_ward_rep_role_behind(
    store: Store, people: PeopleService, wards: WardService
) -> None:
    oak, ash = wards.add("Oak"), wards.add("Ash")
    rep = people.add("Sam", ward_id=oak.id, is_ward_rep=True)
    moved = people.move(rep.id, ash.id)
    assert moved.ward_id == ash.id and not moved.is_ward_rep
    assert [p.called for p in people.on_ward(ash.id)] == ["Sam"]
    assert people.on_ward(oak.id) == []
    assert audit_kinds(store)[-2:] == ["person_moved", "person_changed"]
    with pytest.raises(UnknownWard):
        people.move(rep.id, unknown_id())


def test_only_patients_become_ward_reps_through_update(people: PeopleService, wards: WardService) -> None:
    ward = wards.add("Oak")
    patient = people.add("Sam", ward_id=ward.id)
    staff = people.add("Kim", ward_id=ward.id, role=Role.STAFF)
    assert people.update(patient.id, is_ward_rep=True).is_ward_rep
    assert not people.update(staff.id, is_ward_rep=True).is_ward_rep
    assert not people.update(patient.id, is_ward_rep=False).is_ward_rep


def test_archived_people_leave_the_ward_but_staff_can_still_see_and_bring_them_back(
    store: Store, people: PeopleService, wards: WardService
) -> None:
    ward = wards.add("Oak")
    kim = people.add("Kim", ward_id=ward.id, role=Role.STAFF)
    sam = people.add("Sam", ward_id=ward.id)
    people.add("Amy", ward_id=ward.id)
    people.archive(sam.id, kim.id)
    assert [p.called for p in people.on_ward(ward.id)] == ["Amy", "Kim"]
    assert [e.person.called for e in people.listing(ward.id)] == ["Amy", "Kim"]
    everyone = people.listing(ward.id, include_archived=True)
    assert [(e.person.called, e.archived) for e in everyone] == [
        ("Amy", False),
        ("Sam", True),
        ("Kim", False),
    ]  # patients first, then staff
    assert people.is_archived(sam.id)
    people.unarchive(sam.id, kim.id)
    assert not people.is_archived(sam.id)
    assert audit_kinds(store)[-2:] == ["person_archived", "person_unarchived"]
    with pytest.raises(NotForYourself):
        people.archive(kim.id, kim.id)


def test_people_whose_ward_was_removed_are_listed_under_no_ward(
    people: PeopleService, wards: WardService
) -> None:
    ward = wards.add("Oak")
    sam = people.add("Sam", ward_id=ward.id)
    people.move(sam.id, None)
    assert [e.person.called for e in people.listing(None)] == ["Sam"]


def test_a_new_picture_replaces_and_deletes_the_old_file(
    store: Store, people: PeopleService, wards: WardService, tmp_path: Path
) -> None:
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    (pictures / "old.jpg").write_bytes(b"x")
    (pictures / "new.jpg").write_bytes(b"y")
    sam = people.add("Sam", ward_id=wards.add("Oak").id)
    people.set_picture(sam.id, "old.jpg", pictures_dir=pictures)
    assert people.set_picture(sam.id, "new.jpg", pictures_dir=pictures).picture_file == "new.jpg"
    assert not (pictures / "old.jpg").exists()
    assert people.clear_picture(sam.id, pictures_dir=pictures).picture_file is None
    assert not (pictures / "new.jpg").exists()
    assert audit_kinds(store)[-3:] == ["picture_set", "picture_set", "picture_removed"]
    with pytest.raises(ValueError):
        people.set_picture(sam.id, "../elsewhere.jpg", pictures_dir=pictures)


def test_changes_to_someone_erased_meanwhile_say_so(people: PeopleService) -> None:
    with pytest.raises(UnknownPerson):
        people.update(unknown_id(), called="Sam")


def test_voice_choices_offer_a_standard_voice_and_keep_the_current_one() -> None:
    assert voice_choices("en")[0] is None
    assert len(voice_choices("en")) >= 2
    assert voice_choices("cy") == [None]
    assert voice_choices("cy", "gmw/en-us") == [None, "gmw/en-us"]
