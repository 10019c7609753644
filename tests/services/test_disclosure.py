"""The one disclosure rule for everything bound for the recovery council, on real SQLite stores:
words only with the owner's Yes, small counts hidden with nothing left to subtract, no names (whole
words, every person on the store), only the owner's own words, and no quote on a topic or in a
language so rare that it points at its speaker."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from coprod_desktop.services.council import CouncilService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.disclosure import Count, Gate, NameScrubber, ShownRow, may_quote, shown_row
from coprod_desktop.services.export.runner import export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preferences import PreferencesService
from coprod_desktop.services.preparation import PreparationService
from coprod_desktop.services.say_groups import AgendaTopic, SayGroupService
from coprod_desktop.services.taking_part import TakingPartService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Presenter, Rating, Role, Sharing, TakingPart, WhoseWords
from tests.conftest import FixedClock

START = datetime(2026, 7, 1, tzinfo=UTC)
END = datetime(2026, 8, 1, tzinfo=UTC)


@dataclass
class Ward:
    store: Store
    clock: FixedClock
    id: uuid.UUID
    people: dict[str, uuid.UUID]
    staff: uuid.UUID
    groups: SayGroupService
    council: CouncilService

    def group(self) -> dict[str, uuid.UUID]:
        """A SAY group held on 10 July, its topics by title."""
        self.clock.now = datetime(2026, 7, 10, 10, tzinfo=UTC)
        group = self.groups.start(self.id, self.staff)
        return {topic.title: topic.id for topic in group.topics}

    def view(self, topic_id: uuid.UUID, name: str, **change: object) -> uuid.UUID:
        whose = change.pop("whose", WhoseWords.MINE)
        writer = self.staff if whose is not WhoseWords.MINE else None
        given = self.groups.start_view(topic_id, self.people[name], whose=whose, written_by_id=writer)  # type: ignore[arg-type]
        self.groups.update_view(given.id, **change)  # type: ignore[arg-type]
        return given.id

    def quotes(self) -> list[str]:
        return [q.text for q in self.council.themes(self.id, START, END).quotes]


def make_ward(
    store: Store,
    clock: FixedClock,
    names: tuple[str, ...] = ("Ann", "Bob", "Cat", "Dev", "Eve"),
    ward_name: str = "Oak ward",
    languages: dict[str, str] | None = None,
) -> Ward:
    sessions = store.session_factory
    clock.now = datetime(2026, 6, 1, tzinfo=UTC)
    ward = WardService(sessions, clock).add(ward_name)
    people = PeopleService(sessions, clock)
    ids = {name: people.add(name, ward_id=ward.id).id for name in names}
    staff = people.add("Jo Price", ward_id=ward.id, role=Role.STAFF).id
    for name, language in (languages or {}).items():
        PreferencesService(sessions, clock).update(ids[name], language=language)
    groups = SayGroupService(sessions, clock)
    groups.set_agenda(ward.id, [AgendaTopic("Food", "food"), AgendaTopic("Activities", "activities")], staff)
    return Ward(store, clock, ward.id, ids, staff, groups, CouncilService(sessions, clock))


# --- counts ----------------------------------------------------------------------------------------


def test_counts_under_3_are_hidden_with_the_zeros_beside_them_and_the_total() -> None:
    assert shown_row([Count(4, 4), Count(0), Count(3, 3)], Count(7, 7)) == ShownRow((4, 0, 3), 7)
    # 5 good, 1 not sure, 0 not good: "6 views" would give the 1 away, and the 0 would narrow it.
    assert shown_row([Count(5, 5), Count(1, 1), Count(0)], Count(6, 6)) == ShownRow((5, None, None), None)
    # Many views from fewer than 3 people still point at them.
    assert shown_row([Count(6, 2), Count(3, 3)], Count(9, 5)) == ShownRow((None, 3), None)
    # A row with no total (the board's colours): the zero beside a hidden count is hidden too.
    assert shown_row([Count(1, 1), Count(0), Count(5, 5)]) == ShownRow((None, None, 5), None)


def test_a_one_patient_topic_shows_only_that_a_few_people_talked_about_it(
    store: Store, clock: FixedClock
) -> None:
    ward = make_ward(store, clock)
    topics = ward.group()
    ward.view(topics["Activities"], "Ann", rating=Rating.GOOD, words="Bingo please", council_may_quote=True)
    ward.view(topics["Activities"], "Ann", rating=Rating.GOOD)  # twice, still one person
    [activities] = ward.council.themes(ward.id, START, END).topics
    assert activities.shown == ShownRow((None, None, None, None), None, few=True)
    assert ward.quotes() == []  # and a topic of one person never gives their words


# --- words only with a Yes -------------------------------------------------------------------------


def test_only_a_yes_is_a_yes_and_a_view_with_no_answer_is_no(store: Store, clock: FixedClock) -> None:
    assert may_quote(True) and not may_quote(False) and not may_quote(None)
    ward = make_ward(store, clock)
    food = ward.group()["Food"]
    ward.view(food, "Ann", words="Ann says yes", council_may_quote=True)
    ward.view(food, "Bob", words="Bob says no", council_may_quote=False)
    ward.view(food, "Cat", words="Cat never answered")  # no answer at all
    assert ward.quotes() == ["someone says yes"]


def test_words_staff_typed_and_staff_notes_are_never_quoted(store: Store, clock: FixedClock) -> None:
    ward = make_ward(store, clock)
    food = ward.group()["Food"]
    ward.view(food, "Ann", words="My own words", council_may_quote=True)
    ward.view(
        food, "Bob", words="Bob said the rice was cold", whose=WhoseWords.STAFF_TYPED, council_may_quote=True
    )
    ward.view(
        food,
        "Cat",
        words="Cat was upset, check with Dr Khan",
        whose=WhoseWords.STAFF_NOTE,
        council_may_quote=True,
    )
    assert ward.quotes() == ["My own words"]


# --- names -------------------------------------------------------------------------------------------


def test_every_name_on_the_store_goes_as_whole_words_even_one_like_the_wards_name(
    store: Store, clock: FixedClock
) -> None:
    ward = make_ward(store, clock, names=("Cedar", "Bob", "Cat"), ward_name="Cedar ward")
    elsewhere = WardService(store.session_factory, clock).add("Elm ward")
    PeopleService(store.session_factory, clock).add("Aisha", ward_id=elsewhere.id)
    PeopleService(store.session_factory, clock).add("Dr Khan", ward_id=elsewhere.id, role=Role.STAFF)
    food = ward.group()["Food"]
    ward.view(
        food,
        "Bob",
        words="cedar and Aisha told Dr Khan; Jo agreed. Bobbing Catalogue",
        council_may_quote=True,
    )
    ward.view(food, "Cedar", rating=Rating.GOOD)
    ward.view(food, "Cat", rating=Rating.GOOD)
    assert ward.quotes() == ["someone and someone told someone; someone agreed. Bobbing Catalogue"]
    assert NameScrubber(["Cedar"]).scrub("Cedar ward is loud") == "someone ward is loud"


# --- topic and language ------------------------------------------------------------------------------


def test_a_quote_needs_3_people_on_its_topic(store: Store, clock: FixedClock) -> None:
    ward = make_ward(store, clock)
    topics = ward.group()
    ward.view(topics["Food"], "Ann", words="Chips on Friday", council_may_quote=True)
    ward.view(topics["Food"], "Bob", rating=Rating.GOOD)
    assert ward.quotes() == []  # two people: the words would point at one of them
    ward.view(topics["Food"], "Cat", rating=Rating.NOT_GOOD)
    assert ward.quotes() == ["Chips on Friday"]


def test_a_single_welsh_speaker_is_never_quoted(store: Store, clock: FixedClock) -> None:
    ward = make_ward(store, clock, languages={"Dev": "cy"})
    food = ward.group()["Food"]
    ward.view(food, "Dev", words="Mae'r bwyd yn oer", words_language="cy", council_may_quote=True)
    ward.view(food, "Eve", words="Chips please", words_language="en", council_may_quote=True)
    ward.view(food, "Ann", words="Dev's words in English, on a Welsh screen", council_may_quote=True)
    ward.view(food, "Cat", rating=Rating.GOOD)
    # Dev's words carry no language here, so his own (Welsh) decides: also not offered.
    ward.view(food, "Dev", words="More bread", council_may_quote=True)
    assert set(ward.quotes()) == {"Chips please", "someone's words in English, on a Welsh screen"}
    with store.session_factory() as session:
        gate = Gate.load(session, ward.id)
    assert gate.language_of(None, ward.people["Dev"]) == "cy" and not gate.common_language(
        None, ward.people["Dev"]
    )
    assert gate.language_of(None, ward.people["Ann"]) == "en" and gate.common_language("en", None)


def test_three_welsh_speakers_may_be_quoted_in_welsh(store: Store, clock: FixedClock) -> None:
    ward = make_ward(store, clock, languages={"Dev": "cy", "Eve": "cy", "Cat": "cy"})
    food = ward.group()["Food"]
    ward.view(food, "Dev", words="Mae'r bwyd yn oer", words_language="cy", council_may_quote=True)
    ward.view(food, "Eve", rating=Rating.GOOD)
    ward.view(food, "Ann", rating=Rating.GOOD)
    assert ward.quotes() == ["Mae'r bwyd yn oer"]


def test_words_record_the_language_they_were_given_in(store: Store, clock: FixedClock) -> None:
    ward = make_ward(store, clock)
    food = ward.group()["Food"]
    view = ward.groups.start_view(food, ward.people["Ann"])
    saved = ward.groups.update_view(view.id, words="Bwyd", words_language="cy")
    assert saved.words_language == "cy"
    assert ward.groups.update_view(view.id, rating=Rating.GOOD).words_language == "cy"  # kept
    assert ward.groups.update_view(view.id, words="").words_language is None  # no words, no language


# --- a person's council-only items -------------------------------------------------------------------


def test_for_the_council_stays_out_of_the_care_teams_exports_and_a_lone_topic_out_of_the_councils(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    people = {p.called: p for p in PeopleService(store.session_factory).on_ward(ward.id)}
    sam = people["Sam"]
    cpa = MeetingService(store.session_factory, clock).upcoming(sam.id)[0]
    preparations = PreparationService(store.session_factory, clock)
    sams = preparations.for_meeting(sam.id, cpa.id)
    preparations.add_words(
        sams.topics[0].id, "Aisha was upset, check with Dr Khan", WhoseWords.STAFF_NOTE, people["Jo"].id
    )
    TakingPartService(store.session_factory, clock).choose(
        sams.id, TakingPart.GO, Presenter.ME, Sharing.COUNCIL_ANONYMOUS
    )
    today = clock().date()

    def run(scope: Scope, council: bool = False) -> tuple[dict[str, int], str]:
        made = export(
            store.session_factory,
            scope,
            today - timedelta(days=1),
            today + timedelta(days=1),
            ["topic"],
            tmp_path,
            None,
            clock=clock,
            council=council,
        )
        text = "\n".join(
            p.read_text(encoding="utf-8-sig") for p in made.path.iterdir() if p.suffix in (".csv", ".json")
        )
        return made.counts, text

    for scope in (Scope.person(sam.id), Scope.ward(ward.id)):
        counts, text = run(scope)
        assert counts["topic"] == 0 and "I feel safe on the ward" not in text
    counts, text = run(Scope.ward(ward.id), council=True)
    assert counts["topic"] == 0  # only Sam shared for the council: his topics would be his alone
    assert "Dr Khan" not in text and "tablets" not in text


def test_council_export_items_carry_only_the_month(store: Store, clock: FixedClock, tmp_path: Path) -> None:
    ward = make_ward(store, clock)
    food = ward.group()["Food"]
    for name, dish in (("Ann", "curry"), ("Bob", "rice"), ("Cat", "soup")):
        ward.view(food, name, words=f"{name} likes the {dish}", council_may_quote=True)
    made = export(
        store.session_factory,
        Scope.ward(ward.id),
        date(2026, 7, 1),
        date(2026, 7, 31),
        ["say_view"],
        tmp_path,
        None,
        clock=clock,
        council=True,
    )
    data = json.loads(next(made.path.glob("*.json")).read_text(encoding="utf-8"))
    assert [item["at"] for item in data["items"]] == ["2026-07"] * 3
    assert {item["fields"]["their_words"] for item in data["items"]} == {
        "someone likes the curry",
        "someone likes the rice",
        "someone likes the soup",
    }
    assert all(set(item["fields"]) == {"topic", "their_words"} for item in data["items"])


def test_an_idea_staff_typed_for_someone_is_never_quoted_even_with_their_yes(
    store: Store, clock: FixedClock
) -> None:
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.store.kinds import ActionSource

    ward = make_ward(store, clock)
    clock.now = datetime(2026, 7, 10, 10, tzinfo=UTC)
    actions = ActionService(store.session_factory, clock)
    for name, typed in (("Ann", False), ("Bob", True), ("Cat", False)):
        idea = actions.raise_action(
            ward.id,
            ActionSource.IDEA,
            f"{'Typed for them' if typed else 'In my own words'}: a games night, says {name[0]}",
            raised_by_id=ward.people[name],
            by_id=ward.staff if typed else None,
            council_may_quote=True,
        )
        actions.put_on_board(idea.id, by_id=ward.staff)
    assert sorted(ward.quotes()) == [
        "In my own words: a games night, says A",
        "In my own words: a games night, says C",
    ]
