"""Picture passwords on a real store: only a hash of the order is kept, only the right order opens,
wrong tries slow down like the staff PIN, and setting and resetting are audited."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.picture_passwords import PicturePasswordProblem, PicturePasswordService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from tests.conftest import FixedClock

NINE = ["football", "music", "tv", "garden", "fruit", "cooking", "art", "bus", "weather"]
SECRET = ["garden", "bus", "music"]


@pytest.fixture
def lee(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    ward = WardService(store.session_factory, clock).add("Cedar")
    return PeopleService(store.session_factory, clock).add("Lee", ward_id=ward.id)


def test_only_the_right_order_opens_and_wrong_tries_slow_down(store: Store, clock: FixedClock, lee) -> None:  # type: ignore[no-untyped-def]
    service = PicturePasswordService(store.session_factory, clock)
    service.set_password(lee.id, NINE, SECRET, None)
    assert service.has_password(lee.id) and service.pictures(lee.id) == NINE
    assert not service.check(lee.id, ["bus", "garden", "music"]).ok  # right pictures, wrong order
    for _ in range(3):
        assert service.check(lee.id, ["tv", "art", "fruit"]).wait_seconds == 0
    fifth = service.check(lee.id, ["tv", "art", "fruit"])
    assert not fifth.ok and fifth.wait_seconds == 5
    refused = service.check(lee.id, SECRET)  # even the right order waits its turn
    assert not refused.ok and refused.wait_seconds > 0
    clock.now += timedelta(seconds=6)
    assert service.check(lee.id, SECRET).ok
    assert service.wait_seconds(lee.id) == 0
    kinds = [e.kind for e in AuditService(store.session_factory, clock).recent(50)]
    assert kinds.count("picture_password_wrong") == 5 and "picture_password_too_soon" in kinds


def test_only_a_hash_of_the_order_is_stored(
    store: Store, clock: FixedClock, data_paths: DataPaths, lee
) -> None:  # type: ignore[no-untyped-def]
    PicturePasswordService(store.session_factory, clock).set_password(lee.id, NINE, SECRET, None)
    with sqlite3.connect(data_paths.store_file) as raw:
        (hashed,) = raw.execute("SELECT secret_hash FROM picture_password").fetchone()
    assert hashed.startswith("$argon2id$")
    assert not any(word in hashed for word in SECRET)


@pytest.mark.parametrize(
    ("nine", "secret", "problem"),
    [
        (NINE[:8], SECRET, "9 different"),
        ([*NINE[:8], "football"], SECRET, "9 different"),
        (NINE, ["garden", "garden", "bus"], "3 different"),
        (NINE, ["garden", "bus"], "3 different"),
        (NINE, ["garden", "bus", "shop"], "among the 9"),
    ],
)
def test_a_password_that_cannot_work_is_refused_in_plain_words(  # type: ignore[no-untyped-def]
    store: Store, clock: FixedClock, lee, nine: list[str], secret: list[str], problem: str
) -> None:
    with pytest.raises(PicturePasswordProblem, match=problem):
        PicturePasswordService(store.session_factory, clock).set_password(lee.id, nine, secret, None)


def test_a_forgotten_password_is_reset_by_staff_and_audited(store: Store, clock: FixedClock, lee) -> None:  # type: ignore[no-untyped-def]
    service = PicturePasswordService(store.session_factory, clock)
    staff = PeopleService(store.session_factory, clock).add("Jo", ward_id=lee.ward_id)
    service.set_password(lee.id, NINE, SECRET, staff.id)
    service.reset(lee.id, staff.id)
    assert not service.has_password(lee.id) and service.check(lee.id, ["tv"]).ok
    events = AuditService(store.session_factory, clock).search(
        kinds={"picture_password_set", "picture_password_reset"}
    )
    assert {(e.kind, e.actor_id, e.subject_id) for e in events} == {
        ("picture_password_set", staff.id, lee.id),
        ("picture_password_reset", staff.id, lee.id),
    }
