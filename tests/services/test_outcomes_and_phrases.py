"""What was agreed reaches the person; their own phrases are kept in order and never logged."""

from __future__ import annotations

from datetime import timedelta

import pytest

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.outcomes import OutcomeService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.phrases import PHRASE_MAX, PhraseService
from coprod_desktop.services.text import InvalidText
from coprod_desktop.store.engine import Store
from tests.conftest import FixedClock


@pytest.fixture
def people(store: Store, clock: FixedClock):  # type: ignore[no-untyped-def]
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    return {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}


def test_outcomes_are_newest_first_and_marked_seen(store: Store, clock: FixedClock, people) -> None:  # type: ignore[no-untyped-def]
    sam, jo = people["Sam"], people["Jo"]
    cpa = MeetingService(store.session_factory, clock).upcoming(sam.id)[0]
    outcomes = OutcomeService(store.session_factory, clock)
    for earlier in outcomes.for_person(sam.id, unseen_only=True):  # the demo's last ward round
        outcomes.mark_seen(earlier.id)
    first = outcomes.write(cpa.id, "You will have more time in the garden.", jo.id)
    clock.now += timedelta(minutes=5)
    second = outcomes.write(cpa.id, "Your tablets will be checked next week.", jo.id)
    assert [o.id for o in outcomes.for_person(sam.id, unseen_only=True)] == [second.id, first.id]
    outcomes.mark_seen(second.id)
    assert [o.id for o in outcomes.for_person(sam.id, unseen_only=True)] == [first.id]
    assert outcomes.for_person(sam.id)[0].seen_at == clock.now
    assert AuditService(store.session_factory).recent(kind="outcome_written")[0].actor_id == jo.id
    with pytest.raises(InvalidText):
        outcomes.write(cpa.id, "   ", jo.id)


def test_phrases_keep_their_order_and_their_use_is_not_logged(
    store: Store, clock: FixedClock, people
) -> None:  # type: ignore[no-untyped-def]
    lee = people["Lee"]
    phrases = PhraseService(store.session_factory, clock)
    before = len(AuditService(store.session_factory).recent(limit=1000))
    a = phrases.add(lee.id, "I want to see my dad", "family")
    b = phrases.add(lee.id, "Can we stop for a smoke break", "wait")
    phrases.set_recording(a.id, "abc123.wav")
    assert [p.words for p in phrases.for_person(lee.id)] == [a.words, b.words]
    assert phrases.for_person(lee.id)[0].recording_file == "abc123.wav"
    assert len(phrases.add(lee.id, "x" * 1000).words) == PHRASE_MAX
    phrases.remove(b.id)
    assert b.id not in [p.id for p in phrases.for_person(lee.id)]
    assert len(AuditService(store.session_factory).recent(limit=1000)) == before
