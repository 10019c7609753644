"""Experience questions on a real SQLite store: versions, Skip, schedules, trends, fewer than 3, erasure."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.erasure import erase_person
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.prems import (
    DEFAULT_ITEMS,
    Change,
    ItemDraft,
    PremProblem,
    PremService,
    ResponseInfo,
    shown_count,
)
from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import SessionFactory, Store
from coprod_desktop.store.kinds import Rating, Role
from coprod_desktop.store.models import PremAnswer, PremResponse, PremSchedule
from tests.conftest import FixedClock
from tests.managers import make_manager

GOOD, NOT_SURE, NOT_GOOD = Rating.GOOD, Rating.NOT_SURE, Rating.NOT_GOOD
ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Ward:
    sessions: SessionFactory
    clock: FixedClock
    prems: PremService
    ward: WardInfo
    staff: PersonInfo
    patients: list[PersonInfo]


@pytest.fixture
def oak(store: Store, clock: FixedClock) -> Ward:
    sessions = store.session_factory
    ward = WardService(sessions, clock).add("Oak")
    people = PeopleService(sessions, clock)
    staff = people.add("Kim", ward_id=ward.id, role=Role.STAFF)
    patients = [people.add(name, ward_id=ward.id) for name in ("Sam", "Ali", "Jo", "Pat")]
    return Ward(sessions, clock, PremService(sessions, clock), ward, staff, patients)


def sit(setting: Ward, person: PersonInfo, ratings: dict[str, Rating | None]) -> ResponseInfo:
    """One sitting answered by key (None = Skip), then finished."""
    response = setting.prems.start(person.id)
    by_key = {item.key: item.id for item in response.item_set.items}
    for key, rating in ratings.items():
        response = setting.prems.answer(response.id, by_key[key], rating)
    setting.prems.finish(response.id)
    return response


def test_default_items_are_ours_with_symbols_that_exist() -> None:
    manifest = json.loads((ROOT / "assets" / "symbols" / "manifest.json").read_text(encoding="utf-8"))
    ids = {symbol["id"] for symbol in manifest["symbols"]}
    assert 6 <= len(DEFAULT_ITEMS) <= 10
    assert len({key for key, _, _ in DEFAULT_ITEMS}) == len(DEFAULT_ITEMS)
    for _, text, symbol in DEFAULT_ITEMS:
        assert symbol in ids
        assert len(text.split()) <= 15 and "recovery star" not in text.lower()


def test_a_ward_starts_with_the_default_questions_once(oak: Ward) -> None:
    first = oak.prems.items(oak.ward.id)
    assert first.version == 1
    assert [(i.key, i.text, i.symbol_id) for i in first.items] == list(DEFAULT_ITEMS)
    assert all(item.is_default_wording for item in first.items)
    assert oak.prems.items(oak.ward.id) == first  # not made again
    assert [v.id for v in oak.prems.versions(oak.ward.id)] == [first.id]


def test_editing_before_any_answers_changes_the_questions_in_place(oak: Ward) -> None:
    first = oak.prems.items(oak.ward.id)
    drafts = first.drafts()
    drafts[0] = ItemDraft("  I feel   safe here. ", "topic-safe", drafts[0].key)
    del drafts[1]
    drafts.append(ItemDraft("I like my bedroom.", "bedroom"))
    edited = oak.prems.set_items(oak.ward.id, drafts, oak.staff.id)
    assert (edited.id, edited.version) == (first.id, 1)
    assert edited.items[0].id == first.items[0].id  # same question, so an open sitting still works
    assert edited.items[0].text == "I feel safe here." and not edited.items[0].is_default_wording
    assert "listened" not in [i.key for i in edited.items]
    new = edited.items[-1]
    assert new.key not in {key for key, _, _ in DEFAULT_ITEMS} and new.symbol_id == "bedroom"
    assert [i.position for i in edited.items] == list(range(len(drafts)))
    [event] = AuditService(oak.sessions).recent(5, kind="prem_items_changed")
    assert event.detail == {"version": 1, "items": len(drafts), "new_version": False}


def test_editing_once_answers_exist_makes_a_new_version_and_old_answers_keep_their_wording(oak: Ward) -> None:
    sam = oak.patients[0]
    first = oak.prems.items(oak.ward.id)
    sit(oak, sam, {"safe": GOOD, "listened": None})
    drafts = first.drafts()
    drafts[0] = ItemDraft("I feel safe on Oak ward.", "topic-safe", "safe")
    second = oak.prems.set_items(oak.ward.id, drafts, oak.staff.id)
    assert second.version == 2 and second.id != first.id
    assert oak.prems.item_set(first.id) == first  # the old version is kept as it was
    assert [v.version for v in oak.prems.versions(oak.ward.id)] == [2, 1]
    assert second.items[0].key == "safe" and second.items[0].text == "I feel safe on Oak ward."

    oak.clock.now += timedelta(days=30)
    later = sit(oak, sam, {"safe": NOT_GOOD})
    assert later.item_set.id == second.id
    start, end = oak.clock() - timedelta(days=60), oak.clock() + timedelta(days=1)
    rows = oak.prems.results_rows(person_id=sam.id, start=start, end=end)
    assert [(r.version, r.key, r.text, r.rating) for r in rows] == [
        (1, "safe", DEFAULT_ITEMS[0][1], GOOD),
        (1, "listened", DEFAULT_ITEMS[1][1], None),
        (2, "safe", "I feel safe on Oak ward.", NOT_GOOD),
    ]
    # the trend joins the two wordings up by key
    [safe] = [t for t in oak.prems.person_trend(sam.id) if t.key == "safe"]
    assert (safe.latest, safe.previous, safe.change) == (NOT_GOOD, GOOD, Change.WORSE)
    assert safe.text == "I feel safe on Oak ward."
    # saving the same questions again makes no version 3
    assert oak.prems.set_items(oak.ward.id, second.drafts(), oak.staff.id).version == 2


def test_bad_question_lists_are_refused_with_words_for_staff(oak: Ward) -> None:
    with pytest.raises(PremProblem, match="at least one"):
        oak.prems.set_items(oak.ward.id, [], oak.staff.id)
    with pytest.raises(PremProblem, match="easy words"):
        oak.prems.set_items(oak.ward.id, [ItemDraft("   ")], oak.staff.id)
    with pytest.raises(PremProblem, match="twice"):
        oak.prems.set_items(oak.ward.id, [ItemDraft("A", key="x"), ItemDraft("B", key="x")], oak.staff.id)
    assert oak.prems.items(oak.ward.id).version == 1
    assert len(oak.prems.items(oak.ward.id).items) == len(DEFAULT_ITEMS)


def test_skip_is_kept_as_skipped_and_answering_again_changes_the_answer(oak: Ward) -> None:
    sam = oak.patients[0]
    response = oak.prems.start(sam.id, with_staff_id=oak.staff.id)
    safe, listened = response.item_set.items[0], response.item_set.items[1]
    assert response.answers == {} and not response.is_complete
    response = oak.prems.answer(response.id, safe.id, None)
    assert response.answered(safe.id) and response.answers[safe.id] is None
    response = oak.prems.answer(response.id, listened.id, NOT_SURE)
    response = oak.prems.answer(response.id, listened.id, GOOD)
    assert response.answers == {safe.id: None, listened.id: GOOD}
    assert oak.prems.response(response.id) == response
    with oak.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PremAnswer)) == 2
    with pytest.raises(PremProblem, match="no longer here"):
        oak.prems.answer(response.id, response.id, GOOD)  # not a question of this sitting
    with pytest.raises(PremProblem, match="no longer here"):
        oak.prems.answer(listened.id, listened.id, GOOD)  # not a sitting
    # the audit says a sitting happened, never what was answered
    events = AuditService(oak.sessions).recent(20)
    assert all("good" not in json.dumps(e.detail) for e in events)


def test_a_person_not_on_a_ward_cannot_start(oak: Ward) -> None:
    loose = PeopleService(oak.sessions, oak.clock).add("Lee", ward_id=None)
    with pytest.raises(PremProblem, match="on a ward"):
        oak.prems.start(loose.id)
    with pytest.raises(PremProblem, match="on a ward"):
        oak.prems.start(oak.staff.id)  # staff sit alongside (with_staff_id); the answers are the patient's


def test_the_schedule_says_when_due_and_moves_on_when_finished(oak: Ward) -> None:
    sam, prems, clock = oak.patients[0], oak.prems, oak.clock
    assert prems.schedule_for(sam.id) is None and not prems.is_due(sam.id)
    first_due = clock() + timedelta(days=3)
    info = prems.schedule(sam.id, 28, first_due, oak.staff.id)
    assert (info.every_days, info.next_due_at, info.set_by_id) == (28, first_due, oak.staff.id)
    assert not prems.is_due(sam.id)
    clock.now = first_due
    assert prems.is_due(sam.id)

    response = prems.start(sam.id)
    prems.answer(response.id, response.item_set.items[0].id, GOOD)
    moved = prems.finish(response.id)
    assert moved is not None and moved.next_due_at == first_due + timedelta(days=28)
    assert not prems.is_due(sam.id)
    assert prems.finish(response.id) == moved  # finishing twice moves it once

    # answered late: the next time is a full period from now, not a few days later
    clock.now = moved.next_due_at + timedelta(days=20)
    assert prems.is_due(sam.id)
    late = prems.finish(prems.start(sam.id).id)
    assert late is not None and late.next_due_at == clock() + timedelta(days=28)

    with pytest.raises(PremProblem, match="how often"):
        prems.schedule(sam.id, 0, clock(), None)
    with pytest.raises(PremProblem, match="people on the ward"):
        prems.schedule(oak.staff.id, 28, clock(), None)
    prems.stop(sam.id, oak.staff.id)
    assert prems.schedule_for(sam.id) is None and not prems.is_due(sam.id)
    assert prems.finish(prems.start(sam.id).id) is None  # no schedule: nothing to move
    assert len(prems.responses(sam.id)) == 3  # stopping keeps the answers


def test_person_trend_against_hand_worked_answers(oak: Ward) -> None:
    sam, clock = oak.patients[0], oak.clock
    sit(oak, sam, {"safe": NOT_GOOD, "listened": GOOD, "kind": NOT_SURE, "say": GOOD})
    clock.now += timedelta(days=28)
    sit(oak, sam, {"safe": NOT_SURE, "listened": NOT_SURE, "kind": NOT_SURE, "say": None})
    clock.now += timedelta(days=28)
    sit(oak, sam, {"safe": GOOD, "listened": None, "family": GOOD})
    trend = {t.key: t for t in oak.prems.person_trend(sam.id)}
    assert list(trend) == [key for key, _, _ in DEFAULT_ITEMS]
    # safe: 1 -> 2 -> 3; last time 3 against 2 before: better
    assert (trend["safe"].latest, trend["safe"].previous, trend["safe"].change) == (
        GOOD,
        NOT_SURE,
        Change.BETTER,
    )
    assert trend["safe"].latest_at == clock()
    # listened: 3, 2, skipped -> the skip is ignored: 2 against 3, worse
    assert (trend["listened"].latest, trend["listened"].previous) == (NOT_SURE, GOOD)
    assert trend["listened"].change is Change.WORSE
    # kind: 2, 2, not asked -> same
    assert trend["kind"].change is Change.SAME
    # say: 3 then skipped -> only one answer, nothing to compare
    assert (trend["say"].latest, trend["say"].previous, trend["say"].change) == (GOOD, None, None)
    # future: never answered
    assert (trend["future"].latest, trend["future"].change, trend["future"].latest_at) == (None, None, None)

    history = oak.prems.person_history(sam.id)
    start = clock() - timedelta(days=56)
    assert history["safe"] == [(start, 1), (start + timedelta(days=28), 2), (clock(), 3)]
    assert history["listened"] == [(start, 3), (start + timedelta(days=28), 2)]
    assert "future" not in history
    assert oak.prems.person_trend(oak.patients[1].id)[0].change is None  # nobody answered yet: no crash


def test_ward_trend_means_counts_and_fewer_than_three(oak: Ward) -> None:
    clock, (sam, ali, jo, pat) = oak.clock, oak.patients
    start = clock()
    # period 0 (days 0-29): safe by four people, listened by two
    sit(oak, sam, {"safe": GOOD, "listened": GOOD})
    sit(oak, ali, {"safe": NOT_GOOD, "listened": NOT_SURE})
    sit(oak, jo, {"safe": NOT_SURE, "listened": None})
    sit(oak, pat, {"safe": GOOD})
    # period 1 (days 30-59): safe by three people, one skip
    clock.now = start + timedelta(days=31)
    sit(oak, sam, {"safe": NOT_GOOD})
    sit(oak, ali, {"safe": NOT_GOOD})
    sit(oak, jo, {"safe": NOT_SURE})
    sit(oak, pat, {"safe": None})
    # period 2: one person three times, three answers but one person: still too few
    for days in (61, 65, 70):
        clock.now = start + timedelta(days=days)
        sit(oak, sam, {"safe": GOOD})

    trend = oak.prems.ward_trend(oak.ward.id, start, start + timedelta(days=90))
    assert not trend.is_empty
    assert [item.key for item in trend.items] == [key for key, _, _ in DEFAULT_ITEMS]
    safe = trend.points["safe"]
    assert [p.start for p in safe] == [start, start + timedelta(days=30), start + timedelta(days=60)]
    assert (safe[0].mean, safe[0].n, safe[0].people, safe[0].too_few) == (2.25, 4, 4, False)  # (3+1+2+3)/4
    assert (safe[1].mean, safe[1].n, safe[1].too_few) == (pytest.approx(4 / 3, abs=0.001), 3, False)
    assert (safe[2].mean, safe[2].n, safe[2].people, safe[2].too_few) == (None, 3, 1, True)
    [listened] = trend.points["listened"]
    assert (listened.mean, listened.n, listened.too_few, listened.shown_n) == (None, 2, True, None)
    assert trend.points["future"] == ()
    assert trend.answers("safe") == 10
    assert len(trend.bucket_starts()) == 3
    # a ward with one patient: every count is fewer than 3
    assert [shown_count(n) for n in (0, 1, 2, 3, 12)] == [0, None, None, 3, 12]
    assert trend.shown_count(2) is None and oak.prems.shown_count(5) == 5


def test_an_empty_period_is_an_empty_trend_not_an_error(oak: Ward) -> None:
    sit(oak, oak.patients[0], {"safe": GOOD})
    later = oak.clock() + timedelta(days=400)
    trend = oak.prems.ward_trend(oak.ward.id, later, later + timedelta(days=30))
    assert trend.is_empty and all(points == () for points in trend.points.values())
    nowhere = WardService(oak.sessions, oak.clock).add("Elm")
    assert oak.prems.ward_trend(nowhere.id, later, later + timedelta(days=30)).is_empty
    assert oak.prems.results_rows(ward_id=oak.ward.id, start=later, end=later + timedelta(days=1)) == []


def test_ward_trend_keeps_questions_dropped_from_the_current_version(oak: Ward) -> None:
    start = oak.clock()
    for person in oak.patients[:3]:
        sit(oak, person, {"future": GOOD})
    drafts = [d for d in oak.prems.items(oak.ward.id).drafts() if d.key != "future"]
    oak.prems.set_items(oak.ward.id, drafts, oak.staff.id)
    trend = oak.prems.ward_trend(oak.ward.id, start, start + timedelta(days=30))
    assert trend.items[-1].key == "future"
    assert trend.points["future"][0].mean == 3.0


def test_ward_trend_follows_the_ward_at_the_time(oak: Ward) -> None:
    start = oak.clock()
    for person in oak.patients[:3]:
        sit(oak, person, {"safe": GOOD})
    elm = WardService(oak.sessions, oak.clock).add("Elm")
    PeopleService(oak.sessions, oak.clock).move(oak.patients[0].id, elm.id)
    end = start + timedelta(days=30)
    assert oak.prems.ward_trend(oak.ward.id, start, end).points["safe"][0].n == 3
    assert oak.prems.ward_trend(elm.id, start, end).is_empty


def test_results_rows_for_a_ward_hold_every_answer_with_skips(oak: Ward) -> None:
    start = oak.clock()
    sit(oak, oak.patients[0], {"safe": GOOD, "kind": None})
    oak.clock.now += timedelta(minutes=5)
    sit(oak, oak.patients[1], {"safe": NOT_GOOD})
    rows = oak.prems.results_rows(ward_id=oak.ward.id, start=start, end=start + timedelta(days=1))
    assert [(r.person_id, r.key, r.score, r.skipped) for r in rows] == [
        (oak.patients[0].id, "safe", 3, False),
        (oak.patients[0].id, "kind", None, True),
        (oak.patients[1].id, "safe", 1, False),
    ]
    with pytest.raises(ValueError):
        oak.prems.results_rows(start=start, end=start)


def test_erasing_a_person_takes_their_answers_and_schedule(oak: Ward, tmp_path: Path) -> None:
    sam, ali = oak.patients[0], oak.patients[1]
    oak.prems.schedule(sam.id, 28, oak.clock(), oak.staff.id)
    sit(oak, sam, {"safe": GOOD, "listened": None})
    sit(oak, ali, {"safe": NOT_GOOD})
    make_manager(oak.sessions, oak.staff.id)  # erasing needs a ward manager
    erase_person(oak.sessions, sam.id, oak.staff.id, tmp_path / "pictures", oak.clock)
    with oak.sessions() as session:
        assert session.scalars(select(PremResponse.person_id)).all() == [ali.id]
        assert session.scalar(select(func.count()).select_from(PremAnswer)) == 1
        assert session.scalar(select(func.count()).select_from(PremSchedule)) == 0
    assert oak.prems.person_history(sam.id) == {} and oak.prems.person_trend(sam.id) == []
    assert oak.prems.items(oak.ward.id).version == 1  # the ward's questions are not theirs: kept


def test_times_without_a_time_zone_are_refused(oak: Ward) -> None:
    naive = datetime(2026, 1, 1)
    with pytest.raises(ValueError):
        oak.prems.ward_trend(oak.ward.id, naive, naive)
    with pytest.raises(ValueError):
        oak.prems.schedule(oak.patients[0].id, 28, naive, None)
    assert oak.prems.ward_trend(oak.ward.id, datetime(2026, 1, 1, tzinfo=UTC), oak.clock()).is_empty
