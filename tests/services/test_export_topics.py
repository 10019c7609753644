"""Topics a person prepared reach staff only as they chose; until they choose, never."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.export.runner import export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.services.taking_part import TakingPartService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Presenter, Sharing, TakingPart, WhoseWords
from tests.conftest import FixedClock


def every_text(folder: Path) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8-sig") for path in folder.iterdir() if path.suffix in (".csv", ".json")
    )


def test_topics_follow_the_owners_choice(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    people = {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}
    lee = people["Lee"]
    lees = PreparationService(store.session_factory, clock).for_meeting(lee.id, None)
    PreparationService(store.session_factory, clock).add_words(
        lees.topics[0].id, "LEE-KEEPS-THIS-TO-HIMSELF", WhoseWords.MINE
    )
    today = clock().date()
    first = export(
        store.session_factory,
        Scope.ward(ward.id),
        today - timedelta(days=1),
        today + timedelta(days=1),
        ["topic"],
        tmp_path,
        None,
        clock=clock,
    )
    text = every_text(first.path)
    assert first.counts == {"topic": 2}  # Sam's two, shared with his care team
    assert "I feel safe on the ward" in text and "Sam said his new tablets make him tired." in text
    data = json.loads(next(first.path.glob("*.json")).read_text(encoding="utf-8"))
    fields = [item["fields"] for item in data["items"]]
    assert {f.get("their_words") is not None for f in fields} == {True, False}  # whose words kept apart
    assert "LEE-KEEPS-THIS-TO-HIMSELF" not in text

    sam = people["Sam"]
    cpa = MeetingService(store.session_factory, clock).upcoming(sam.id)[0]
    sams = PreparationService(store.session_factory, clock).for_meeting(sam.id, cpa.id)
    TakingPartService(store.session_factory, clock).choose(
        sams.id, TakingPart.GO, Presenter.ME, Sharing.JUST_ME
    )
    second = export(
        store.session_factory,
        Scope.ward(ward.id),
        today - timedelta(days=1),
        today + timedelta(days=1),
        ["topic"],
        tmp_path,
        None,
        clock=clock,
    )
    assert second.counts.get("topic", 0) == 0
    assert "I feel safe on the ward" not in every_text(second.path)
