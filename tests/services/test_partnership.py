"""The ward team's partnership self-check on a real SQLite store: the checklist, ratings, progress."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.partnership import (
    PRACTICES,
    PartnershipProblem,
    PartnershipService,
    level_percents,
)
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Role
from tests.conftest import FixedClock


def test_three_levels_each_with_four_to_six_practices_and_unique_keys() -> None:
    assert [level.key for level in PRACTICES] == ["foundation", "skills", "partnership"]
    assert [level.title for level in PRACTICES] == [
        "Laying the foundation",
        "Identifying and building skills",
        "Working in partnership",
    ]
    keys = [p.key for level in PRACTICES for p in level.practices]
    assert len(keys) == len(set(keys))
    for level in PRACTICES:
        assert 4 <= len(level.practices) <= 6
        assert all(len(p.text.split()) <= 15 for p in level.practices)


def test_checks_are_kept_and_progress_is_a_percent_per_level(store: Store, clock: FixedClock) -> None:
    sessions = store.session_factory
    ward = WardService(sessions, clock).add("Oak")
    kim = PeopleService(sessions, clock).add("Kim", ward_id=ward.id, role=Role.STAFF)
    service = PartnershipService(sessions, clock)
    assert service.checks(ward.id) == [] and service.progress(ward.id) == []
    assert service.latest(ward.id) is None

    foundation, skills, _ = PRACTICES
    first_ratings = {p.key: 1 for p in foundation.practices} | {skills.practices[0].key: 3}
    first = service.record(ward.id, first_ratings, kim.id)
    clock.now += timedelta(days=90)
    second_ratings = {p.key: 3 for p in foundation.practices} | {p.key: 2 for p in skills.practices}
    second_ratings[skills.practices[0].key] = 0
    second = service.record(ward.id, second_ratings, kim.id)

    assert [c.id for c in service.checks(ward.id)] == [second.id, first.id]
    assert service.latest(ward.id) == second
    assert dict(second.ratings) == second_ratings and second.by_id == kim.id
    n = len(skills.practices)
    assert service.progress(ward.id) == [
        (first.checked_at, {"foundation": 33, "skills": 100, "partnership": None}),
        (clock(), {"foundation": 100, "skills": round(100 * 2 * (n - 1) / (3 * n)), "partnership": None}),
    ]
    assert level_percents({}) == {"foundation": None, "skills": None, "partnership": None}
    events = AuditService(sessions).recent(5, kind="partnership_checked")
    assert [e.detail for e in events] == [{"rated": len(second_ratings)}, {"rated": len(first_ratings)}]


def test_bad_checks_are_refused_with_words_for_staff(store: Store, clock: FixedClock) -> None:
    sessions = store.session_factory
    ward = WardService(sessions, clock).add("Oak")
    service = PartnershipService(sessions, clock)
    key = PRACTICES[0].practices[0].key
    with pytest.raises(PartnershipProblem, match="at least one"):
        service.record(ward.id, {}, None)
    with pytest.raises(PartnershipProblem, match="not on the list"):
        service.record(ward.id, {"recovery-star": 2}, None)
    for bad in (4, -1, True, "2", 1.5):
        with pytest.raises(PartnershipProblem, match=r"0 \(not yet\) to 3"):
            service.record(ward.id, {key: bad}, None)  # type: ignore[dict-item]
    assert service.checks(ward.id) == []
