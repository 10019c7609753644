"""Five years of a hospital's use, made up but always the same: 20 wards, about 12 patients each.

For benchmarks that need a store the size of a real one: experience questions every 28 days for
everyone on the ward (with Skips, missed months and a question reworded in year three, so there are
two versions), a SAY group every week with views, and You said, we did actions in every status
with their history. People come and go: each bed has a run of stays, and those who left are archived.

Deterministic: everything comes from random.Random(seed), ids included, so two runs with the same
seed write the same rows. Fast: one transaction per ward, rows written in bulk (executemany).

    python benchmarks/five_years.py [path/to/store.sqlite]   # without a path: a temporary store
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from coprod_desktop.services.prems import DEFAULT_ITEMS  # noqa: E402
from coprod_desktop.services.say_groups import DEFAULT_AGENDA  # noqa: E402
from coprod_desktop.store.engine import SessionFactory  # noqa: E402
from coprod_desktop.store.kinds import (  # noqa: E402
    ActionSource,
    ActionStatus,
    Rating,
    Role,
    WhoseWords,
)
from coprod_desktop.store.models import (  # noqa: E402
    ActionChange,
    Person,
    PremAnswer,
    PremItem,
    PremItemSet,
    PremResponse,
    PremSchedule,
    SayGroup,
    SayGroupTopic,
    SayView,
    Ward,
    WardAction,
)

SEED = 20261122
END = datetime(2026, 11, 1, tzinfo=UTC)
YEARS = 5
WARDS = 20
BEDS = 12
PREM_EVERY_DAYS = 28
REWORDED = ("safe", "I feel safe on this ward.")
ADDED = ("food", "I like the food here.", "food")

FIRST_NAMES = (
    "Sam", "Ali", "Jo", "Pat", "Lee", "Kim", "Alex", "Chris", "Dee", "Robin", "Mo", "Jan",
    "Zoë", "Siôn", "Priya", "Tomasz", "Aisha", "Dylan", "Femi", "Niamh", "Ravi", "Lowri",
)  # fmt: skip
WARD_NAMES = (
    "Oak", "Elm", "Ash", "Birch", "Cedar", "Hazel", "Holly", "Larch", "Maple", "Pine",
    "Rowan", "Willow", "Alder", "Beech", "Cherry", "Hawthorn", "Juniper", "Linden", "Poplar", "Yew",
)  # fmt: skip
SAYINGS = (
    "Could we have more to do in the evenings?",
    "The food is cold by the time it gets to us.",
    "I would like more time in the garden.",
    "Can we have a film night on Fridays?",
    "The TV room is too noisy.",
    "Please knock before coming into my room.",
    "I want to see my family more often.",
    "Can we have fruit as a snack?",
)
REPLIES = (
    "We have talked about it at the team meeting and will try it for a month.",
    "This is done: thank you for telling us.",
    "We are asking the kitchen and will tell you what they say.",
)


@dataclass(frozen=True)
class Generated:
    ward_ids: tuple[uuid.UUID, ...]
    start: datetime
    end: datetime
    patients: int
    responses: int
    answers: int
    groups: int
    views: int
    actions: int
    seconds: float


@dataclass
class Stay:
    person_id: uuid.UUID
    start: datetime
    end: datetime
    """Open-ended stays (still here) end at END."""


class Rows:
    """Rows for one ward, table by table, in the order the foreign keys need."""

    def __init__(self) -> None:
        self.tables: dict[type, list[dict[str, Any]]] = {}

    def add(self, model: type, **values: Any) -> None:
        self.tables.setdefault(model, []).append(values)

    def count(self, model: type) -> int:
        return len(self.tables.get(model, []))


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _days(start: datetime, end: datetime, every: int, offset: float = 0) -> Iterator[datetime]:
    at = start + timedelta(days=offset)
    while at < end:
        yield at
        at += timedelta(days=every)


def _rating(rng: random.Random, mood: float) -> Rating:
    """A rating leaning towards good as `mood` rises (0 to 1)."""
    roll = rng.random()
    if roll < 0.25 + 0.5 * mood:
        return Rating.GOOD
    if roll < 0.6 + 0.3 * mood:
        return Rating.NOT_SURE
    return Rating.NOT_GOOD


def _ward_rows(rng: random.Random, number: int, start: datetime, end: datetime) -> tuple[uuid.UUID, Rows]:
    rows = Rows()
    ward_id = _uuid(rng)
    rows.add(Ward, id=ward_id, name=f"{WARD_NAMES[number % len(WARD_NAMES)]} {number + 1}", archived=False,
             created_at=start, updated_at=start)  # fmt: skip
    staff = [_uuid(rng) for _ in range(3)]
    for index, staff_id in enumerate(staff):
        rows.add(Person, id=staff_id, ward_id=ward_id, called=f"Staff {index + 1}", role=Role.STAFF,
                 is_ward_rep=False, archived=False, created_at=start, updated_at=start)  # fmt: skip

    # beds: each a run of stays; a stay that ends before END is a person who has left
    stays: list[Stay] = []
    for _bed in range(BEDS):
        at = start - timedelta(days=rng.randint(0, 400))
        while at < end:
            leaves = at + timedelta(days=rng.randint(120, 1400))
            person_id = _uuid(rng)
            left = leaves < end
            rows.add(Person, id=person_id, ward_id=ward_id, role=Role.PATIENT, archived=left,
                     called=f"{rng.choice(FIRST_NAMES)} {len(stays) + 1}", is_ward_rep=False,
                     created_at=max(at, start), updated_at=max(at, start))  # fmt: skip
            stays.append(Stay(person_id, max(at, start), min(leaves, end)))
            at = leaves + timedelta(days=rng.randint(1, 20))

    # the questions: version 1 from the defaults, version 2 in year three (one reworded, one added)
    v1, v2 = _uuid(rng), _uuid(rng)
    changed_at = start + timedelta(days=365 * 2 + rng.randint(0, 60))
    items: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {v1: [], v2: []}
    rows.add(PremItemSet, id=v1, ward_id=ward_id, version=1, made_by_id=None, created_at=start,
             updated_at=start)  # fmt: skip
    rows.add(PremItemSet, id=v2, ward_id=ward_id, version=2, made_by_id=staff[0], created_at=changed_at,
             updated_at=changed_at)  # fmt: skip
    for set_id, defaults in ((v1, DEFAULT_ITEMS), (v2, (*DEFAULT_ITEMS, ADDED))):
        for position, (key, text, symbol) in enumerate(defaults):
            if set_id == v2 and key == REWORDED[0]:
                text = REWORDED[1]
            item_id = _uuid(rng)
            items[set_id].append((item_id, key))
            rows.add(PremItem, id=item_id, item_set_id=set_id, position=position, key=key, text=text,
                     symbol_id=symbol)  # fmt: skip

    ward_mood = rng.uniform(0.2, 0.7)
    years = (end - start).days / 365
    for stay in stays:
        mood = min(1.0, max(0.0, ward_mood + rng.uniform(-0.2, 0.2)))
        for at in _days(stay.start, stay.end, PREM_EVERY_DAYS, offset=rng.uniform(3, 20)):
            if rng.random() < 0.15:
                continue  # not this time
            at += timedelta(minutes=rng.randint(0, 600))
            set_id = v1 if at < changed_at else v2
            response_id = _uuid(rng)
            rows.add(PremResponse, id=response_id, person_id=stay.person_id, ward_id=ward_id,
                     item_set_id=set_id, answered_at=at, created_at=at, updated_at=at,
                     with_staff_id=rng.choice(staff) if rng.random() < 0.3 else None)  # fmt: skip
            drift = (at - start).days / 365 / years * 0.3  # wards get a little better over the years
            for item_id, _key in items[set_id]:
                rating = None if rng.random() < 0.08 else _rating(rng, min(1.0, mood + drift))
                rows.add(PremAnswer, id=_uuid(rng), response_id=response_id, item_id=item_id,
                         rating=rating, created_at=at, updated_at=at)  # fmt: skip
        if stay.end >= end:
            rows.add(PremSchedule, id=_uuid(rng), person_id=stay.person_id, every_days=PREM_EVERY_DAYS,
                     next_due_at=end + timedelta(days=rng.randint(0, 27)), set_by_id=staff[0],
                     created_at=stay.start, updated_at=stay.start)  # fmt: skip

    # You said, we did: about three a fortnight, in every status, with their history
    action_ids: list[uuid.UUID] = []
    for at in _days(start, end, 5, offset=rng.uniform(0, 5)):
        here = [s for s in stays if s.start <= at < s.end]
        action_id = _uuid(rng)
        action_ids.append(action_id)
        status = rng.choice((ActionStatus.GREEN, ActionStatus.GREEN, ActionStatus.AMBER, ActionStatus.RED))
        if at > end - timedelta(days=60):
            status = rng.choice((ActionStatus.AMBER, status))
        changed = at + timedelta(days=rng.randint(1, 40))
        reason = "We cannot change the hospital's rules on this." if status is ActionStatus.RED else None
        reply = "" if status is ActionStatus.AMBER and rng.random() < 0.5 else rng.choice(REPLIES)
        rows.add(WardAction, id=action_id, ward_id=ward_id,
                 source=rng.choice((ActionSource.IDEA, ActionSource.SAY_GROUP, ActionSource.NOT_HAPPY)),
                 raised_by_id=rng.choice(here).person_id if here and rng.random() < 0.8 else None,
                 you_said=rng.choice(SAYINGS), symbol_id="idea", status=status, reply=reply, reason=reason,
                 owner_id=rng.choice(staff), due_at=None, council_may_quote=rng.random() < 0.3,
                 created_at=at, updated_at=changed)  # fmt: skip
        rows.add(ActionChange, id=_uuid(rng), action_id=action_id, at=at, by_id=None,
                 status=ActionStatus.AMBER, reply="", reason=None, created_at=at, updated_at=at)  # fmt: skip
        if status is not ActionStatus.AMBER or reply:
            rows.add(ActionChange, id=_uuid(rng), action_id=action_id, at=changed, by_id=rng.choice(staff),
                     status=status, reply=reply, reason=reason, created_at=changed,
                     updated_at=changed)  # fmt: skip

    # SAY groups every week, with views on each topic from some of the people there
    for at in _days(start, end, 7, offset=rng.uniform(0, 7)):
        here = [s.person_id for s in stays if s.start <= at < s.end]
        group_id = _uuid(rng)
        ended = at + timedelta(minutes=rng.randint(40, 80))
        rows.add(SayGroup, id=group_id, ward_id=ward_id, started_by_id=rng.choice(staff),
                 ended_at=ended if ended < end else None, created_at=at, updated_at=at)  # fmt: skip
        for position, (title, symbol) in enumerate(DEFAULT_AGENDA):
            topic_id = _uuid(rng)
            rows.add(SayGroupTopic, id=topic_id, group_id=group_id, position=position, title=title,
                     symbol_id=symbol, created_at=at, updated_at=at)  # fmt: skip
            for person_id in rng.sample(here, k=min(len(here), rng.randint(2, 6))):
                given = at + timedelta(minutes=rng.randint(1, 40))
                words = rng.choice(SAYINGS) if rng.random() < 0.3 else None
                rows.add(SayView, id=_uuid(rng), topic_id=topic_id, person_id=person_id,
                         rating=_rating(rng, ward_mood) if rng.random() < 0.9 else None, words=words,
                         whose=WhoseWords.MINE, written_by_id=None, symbols=[symbol] if symbol else [],
                         recording_file=None,
                         action_id=rng.choice(action_ids) if words and rng.random() < 0.1 else None,
                         council_may_quote=False, created_at=given, updated_at=given)  # fmt: skip
    return ward_id, rows


ORDER = (
    Ward,
    Person,
    PremItemSet,
    PremItem,
    PremResponse,
    PremAnswer,
    PremSchedule,
    WardAction,
    ActionChange,
    SayGroup,
    SayGroupTopic,
    SayView,
)


def generate(
    session_factory: SessionFactory,
    *,
    seed: int = SEED,
    wards: int = WARDS,
    years: int = YEARS,
    end: datetime = END,
) -> Generated:
    """Writes `years` of made-up use for `wards` wards, ending at `end`, one transaction per ward."""
    started = time.perf_counter()
    rng = random.Random(seed)
    start = end - timedelta(days=365 * years)
    ward_ids: list[uuid.UUID] = []
    totals: dict[type, int] = {}
    for number in range(wards):
        ward_id, rows = _ward_rows(rng, number, start, end)
        ward_ids.append(ward_id)
        with session_factory.begin() as session:
            for model in ORDER:
                batch = rows.tables.get(model)
                if batch:
                    session.execute(insert(model.__table__), batch)  # Core: one executemany
                    totals[model] = totals.get(model, 0) + len(batch)
    return Generated(
        ward_ids=tuple(ward_ids),
        start=start,
        end=end,
        patients=totals.get(Person, 0) - 3 * wards,
        responses=totals.get(PremResponse, 0),
        answers=totals.get(PremAnswer, 0),
        groups=totals.get(SayGroup, 0),
        views=totals.get(SayView, 0),
        actions=totals.get(WardAction, 0),
        seconds=time.perf_counter() - started,
    )


def main() -> int:
    from coprod_desktop.paths import DataPaths
    from coprod_desktop.store.engine import open_store
    from coprod_desktop.store.migrate import upgrade_to_head

    with tempfile.TemporaryDirectory() as folder:
        if len(sys.argv) > 1:
            target = Path(sys.argv[1]).resolve()
            paths = DataPaths(target.parent)
            url = f"sqlite:///{target}"
        else:
            paths = DataPaths(Path(folder))
            url = paths.sqlite_url()
        store = open_store(url)
        upgrade_to_head(store, Path(folder) / "backups")
        made = generate(store.session_factory)
        store.dispose()
        del paths
    print(
        f"{len(made.ward_ids)} wards, {made.start:%Y-%m-%d} to {made.end:%Y-%m-%d}: "
        f"{made.patients:,} patients, {made.responses:,} PREM sittings ({made.answers:,} answers), "
        f"{made.groups:,} SAY groups ({made.views:,} views), {made.actions:,} actions "
        f"in {made.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
