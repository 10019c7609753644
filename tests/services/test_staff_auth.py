"""PIN sign-in on a real store: hashes only, slowing down after five wrong tries, all audited."""

from __future__ import annotations

from datetime import timedelta

import pytest
from argon2 import PasswordHasher

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.setup import first_run, needs_first_run
from coprod_desktop.services.staff_auth import StaffAuthService, WeakPin, check_pin_rules, wait_after
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Role
from tests.conftest import FixedClock

FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
"""Argon2id with small costs so the suite stays quick; the real costs are checked in the benchmark."""


@pytest.fixture
def auth(store: Store, clock: FixedClock) -> StaffAuthService:
    return StaffAuthService(store.session_factory, clock, FAST)


@pytest.fixture
def kim(store: Store, auth: StaffAuthService):  # type: ignore[no-untyped-def]
    ward = WardService(store.session_factory).add("Oak")
    person = PeopleService(store.session_factory).add("Kim", ward_id=ward.id, role=Role.STAFF)
    auth.set_pin(person.id, "2580")
    return person


@pytest.mark.parametrize("pin", ["12", "123456789", "12a4", "1111", "1234", "9876", "١٢٣٤"])
def test_weak_or_odd_pins_are_refused_in_plain_words(pin: str) -> None:
    with pytest.raises(WeakPin):
        check_pin_rules(pin)


def test_only_a_hash_is_stored(store: Store, kim) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    assert store.sqlite_path is not None
    with sqlite3.connect(store.sqlite_path) as raw:
        [(stored,)] = raw.execute("SELECT pin_hash FROM staff_credential").fetchall()
    assert stored.startswith("$argon2id$") and "2580" not in stored


def test_right_pin_signs_in_and_wrong_pins_slow_down_after_five(
    auth: StaffAuthService, kim, clock: FixedClock, store: Store
) -> None:  # type: ignore[no-untyped-def]
    assert auth.sign_in(kim.id, "2580").ok
    for attempt in range(1, 5):
        result = auth.sign_in(kim.id, "0000")
        assert not result.ok and result.wait_seconds == 0
        assert result.tries_left_before_wait == 5 - attempt
    fifth = auth.sign_in(kim.id, "0000")
    assert fifth.wait_seconds == 5
    refused = auth.sign_in(kim.id, "2580")  # even the right PIN must wait
    assert not refused.ok and 0 < refused.wait_seconds <= 5
    clock.now += timedelta(seconds=5)
    sixth = auth.sign_in(kim.id, "9999")
    assert sixth.wait_seconds == 10
    clock.now += timedelta(seconds=10)
    assert auth.sign_in(kim.id, "2580").ok
    assert auth.seconds_to_wait(kim.id) == 0
    kinds = [e.kind for e in AuditService(store.session_factory).recent(limit=50)]
    assert kinds.count("sign_in") == 2
    assert kinds.count("sign_in_failed") == 6
    assert kinds.count("sign_in_refused") == 1


def test_waits_grow_and_stop_at_five_minutes() -> None:
    assert [wait_after(n) for n in range(4, 9)] == [0, 5, 10, 20, 40]
    assert wait_after(50) == 300


def test_first_run_makes_a_ward_and_a_staff_member_who_can_sign_in(store: Store, clock: FixedClock) -> None:
    assert needs_first_run(store.session_factory)
    with pytest.raises(WeakPin):
        first_run(store.session_factory, "Birch Ward", "Jo", "1234", clock)
    assert WardService(store.session_factory).active() == []  # nothing half-made
    made = first_run(store.session_factory, "Birch Ward", "Jo", "4831", clock)
    assert not needs_first_run(store.session_factory)
    auth = StaffAuthService(store.session_factory, clock)
    assert auth.staff_who_can_sign_in(made.ward.id) == [made.staff]
    assert auth.sign_in(made.staff.id, "4831").ok
