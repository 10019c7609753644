"""Who has seen my things: real copies and exports made through the real services, then the history.

Real SQLite store with the demo ward (Sam shares his CPA slides with his care team and his mam, and
his words went to last month's council without his name), real files written and read back.
"""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.council import CouncilProblem, CouncilService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.export.runner import export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.services.say_groups import SayGroupService
from coprod_desktop.services.share.share_service import (
    ShareAudience,
    ShareFormat,
    ShareRefused,
    ShareService,
)
from coprod_desktop.services.share.symbol_images import NoSymbolImages
from coprod_desktop.services.sharing_history import (
    ForWhom,
    SharedRecord,
    SharingHistoryService,
    WhatWent,
)
from coprod_desktop.services.taking_part import TakingPartService
from coprod_desktop.services.thanks import ThanksService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Sharing, ThankDelivery, ThankReason
from tests.conftest import FixedClock
from tests.managers import make_manager

START, END = date(2026, 1, 1), date(2026, 12, 31)
WALL_WORDS = "Thanks for the game of pool, Lee."


def demo(store: Store, clock: FixedClock) -> tuple[WardInfo, dict[str, PersonInfo]]:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    people = {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}
    make_manager(store.session_factory, people["Jo"].id)  # whole-ward exports need a ward manager
    return ward, people


def sams_preparation_id(store: Store, clock: FixedClock, sam_id: uuid.UUID) -> uuid.UUID:
    cpa = MeetingService(store.session_factory, clock).upcoming(sam_id)[0]
    return PreparationService(store.session_factory, clock).for_meeting(sam_id, cpa.id).id


def later(clock: FixedClock, minutes: int = 5) -> None:
    clock.now = clock.now + timedelta(minutes=minutes)


def csv_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8-sig") for p in folder.iterdir() if p.suffix == ".csv")


def test_every_copy_and_export_of_sams_things_is_listed_newest_first(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    factory = store.session_factory
    ward, people = demo(store, clock)
    sam, jo = people["Sam"].id, people["Jo"].id
    preparation_id = sams_preparation_id(store, clock, sam)
    shares = ShareService(factory, data_paths, NoSymbolImages(), clock)

    later(clock)
    shares.share(preparation_id, ShareAudience.family("Mam"), ShareFormat.PPTX, jo)
    later(clock)
    shares.share(preparation_id, ShareAudience.care_team(), ShareFormat.PDF, jo)
    later(clock)
    export(factory, Scope.person(sam), START, END, ["person"], tmp_path, jo, clock=clock)
    later(clock)
    export(factory, Scope.ward(ward.id), START, END, ["thank_you", "topic"], tmp_path, jo, clock=clock,
           data_paths=data_paths)  # fmt: skip
    later(clock)
    export(factory, Scope.ward(ward.id), START, END, ["say_view"], tmp_path, None, clock=clock, council=True)

    history = SharingHistoryService(factory, clock).history_for(sam)

    assert [(r.what, r.for_whom, r.by_name, r.with_my_name) for r in history] == [
        (WhatWent.EXPORT, ForWhom.COUNCIL, None, False),
        (WhatWent.EXPORT, ForWhom.WARD_TEAM, "Jo", True),
        (WhatWent.EXPORT, ForWhom.CARE_TEAM, "Jo", True),
        (WhatWent.PAPER_COPY, ForWhom.CARE_TEAM, "Jo", True),
        (WhatWent.SLIDES, ForWhom.FAMILY, "Jo", True),
        # The demo's council pack, taken by Sam as ward rep a day before: his words, no name.
        (WhatWent.COUNCIL_PACK, ForWhom.COUNCIL, None, False),
    ]
    assert history[4].family_name == "Mam"
    assert [r.at for r in history] == sorted((r.at for r in history), reverse=True)


def test_a_person_sees_only_what_held_their_own_things(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    factory = store.session_factory
    ward, people = demo(store, clock)
    preparation_id = sams_preparation_id(store, clock, people["Sam"].id)
    ShareService(factory, data_paths, NoSymbolImages(), clock).share(
        preparation_id, ShareAudience.family("Mam"), ShareFormat.PPTX, people["Jo"].id
    )
    # Dafydd's only thank-you was just sent, not shown: it stays with him, so this export has nothing of his.
    export(factory, Scope.ward(ward.id), START, END, ["thank_you"], tmp_path, people["Jo"].id, clock=clock)
    history = SharingHistoryService(factory, clock)

    assert history.history_for(people["Dafydd"].id) == []
    [priya] = history.history_for(people["Priya"].id)
    assert (priya.what, priya.for_whom, priya.by_name) == (WhatWent.EXPORT, ForWhom.WARD_TEAM, "Jo")


def test_the_export_audit_row_names_whose_things_went_by_id_only(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    factory = store.session_factory
    ward, people = demo(store, clock)
    export(factory, Scope.ward(ward.id), START, END, ["thank_you", "say_view"], tmp_path, None, clock=clock)
    [event] = AuditService(factory).recent(kind="export_made")

    assert set(event.detail["person_ids"]) == {str(people["Sam"].id), str(people["Priya"].id)}
    # Views always go without a name: their owners are listed apart, and never twice.
    assert str(people["Dafydd"].id) in event.detail["unnamed_person_ids"]
    assert str(people["Sam"].id) not in event.detail["unnamed_person_ids"]
    text = json.dumps(event.detail, ensure_ascii=False)
    for words in ("Sam", "Priya", "Dafydd", "Thank you for listening", "tea time"):
        assert words not in text


def test_stop_sharing_stops_later_copies_exports_wall_and_quotes(
    store: Store, clock: FixedClock, data_paths: DataPaths, tmp_path: Path
) -> None:
    factory = store.session_factory
    ward, people = demo(store, clock)
    sam, jo = people["Sam"].id, people["Jo"].id
    preparation_id = sams_preparation_id(store, clock, sam)
    thanks = ThanksService(factory, clock)
    thanks.say(
        sam, (ThankReason.SOMETHING_ELSE,), ThankDelivery.JUST_SEND,
        to_person_id=people["Lee"].id, words=WALL_WORDS, show_on_wall=True,
    )  # fmt: skip
    kinds = ["thank_you", "topic"]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    before = export(factory, Scope.ward(ward.id), START, END, kinds, tmp_path / "a", jo, clock=clock,
                    data_paths=data_paths)  # fmt: skip
    assert before.slideshows == 1 and WALL_WORDS in csv_text(before.path)
    choices_before = TakingPartService(factory, clock).history(preparation_id)

    later(clock)
    done = SharingHistoryService(factory, clock).stop_sharing(sam, jo)

    assert (done.slides_stopped, done.thanks_off_wall, done.quotes_stopped) == (1, 2, 1)
    # The earlier choice is kept; the new one is just me, with no family names.
    choices = TakingPartService(factory, clock).history(preparation_id)
    assert choices[:-1] == choices_before
    assert (choices[-1].sharing, choices[-1].family_names) == (Sharing.JUST_ME, ())
    # No more copies of the slides, for anyone.
    shares = ShareService(factory, data_paths, NoSymbolImages(), clock)
    assert shares.allowed_audiences(preparation_id) == ()
    with pytest.raises(ShareRefused):
        shares.share(preparation_id, ShareAudience.family("Mam"), ShareFormat.PPTX, jo)
    # Off the wall, and out of the next export with his slides.
    assert all(t.author_id != sam for t in thanks.wall(ward.id))
    after = export(factory, Scope.ward(ward.id), START, END, kinds, tmp_path / "b", jo, clock=clock,
                   data_paths=data_paths)  # fmt: skip
    assert after.slideshows == 0 and WALL_WORDS not in csv_text(after.path)
    # The council may no longer quote him.
    council = CouncilService(factory, clock)
    sams_views = [
        view.id
        for group in SayGroupService(factory, clock).held(ward.id)
        for views in SayGroupService(factory, clock).views(group.id).values()
        for view in views
        if view.person_id == sam and view.words
    ]
    pack = council.start_pack(ward.id, sam, clock.now - timedelta(days=28), clock.now)
    with pytest.raises(CouncilProblem):
        council.choose(pack.id, quotes=sams_views, by_id=sam)
    # The history says he stopped, and still lists what went out before.
    history = SharingHistoryService(factory, clock).history_for(sam)
    assert (history[0].what, history[0].by_name) == (WhatWent.EXPORT, "Jo")
    assert history[0].for_whom is ForWhom.WARD_TEAM  # his read-out thank-you was heard already
    assert history[1] == SharedRecord(clock.now, WhatWent.STOPPED, ForWhom.NOBODY, "Jo")
    assert [r.what for r in history[2:]] == [WhatWent.EXPORT, WhatWent.COUNCIL_PACK]


def test_stopping_with_nothing_shared_changes_nothing_but_is_recorded(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    factory = store.session_factory
    _ward, people = demo(store, clock)
    done = SharingHistoryService(factory, clock).stop_sharing(people["Aisha"].id)
    assert (done.slides_stopped, done.thanks_off_wall, done.quotes_stopped) == (0, 0, 0)
    [event] = AuditService(factory).recent(kind="sharing_stopped")
    assert event.subject_id == people["Aisha"].id
    assert event.detail == {"slides": 0, "thanks_off_wall": 0, "quotes": 0}
