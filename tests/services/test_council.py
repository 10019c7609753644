"""The recovery council on a real SQLite store: themes counted against a hand-built quarter, small
counts hidden, quotes only with consent and without names, answers flowing into You said, we did,
and a property test that no patient's name or id ever reaches a council pack's files."""

from __future__ import annotations

import re
import tempfile
import uuid
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pptx import Presentation
from pypdf import PdfReader

from coprod_desktop.services.actions import ActionService
from coprod_desktop.services.council import (
    CouncilProblem,
    CouncilService,
    Count,
    NameScrubber,
    ShownRow,
    raised_key,
)
from coprod_desktop.services.disclosure import shown_row
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.say_groups import AgendaTopic, SayGroupService
from coprod_desktop.services.share import council_pack
from coprod_desktop.services.share.council_pack import write_council_pack
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import ActionSource, ActionStatus, PackStatus, Rating, Role, WhoseWords
from tests.conftest import FixedClock

START = datetime(2026, 7, 1, tzinfo=UTC)
END = datetime(2026, 10, 1, tzinfo=UTC)
"""The quarter every test looks at: July to September 2026 (the end is not in it)."""


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=UTC)


def pdf_text(path: Path) -> str:
    reader = PdfReader(path)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    return meta + "\n" + "\n".join(page.extract_text() or "" for page in reader.pages)


def pptx_text(path: Path) -> str:
    """Every slide's shapes and notes, plus every XML part (properties, alt text) raw."""
    deck = Presentation(str(path))
    parts: list[str] = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
        if slide.has_notes_slide:
            parts.append(slide.notes_slide.notes_text_frame.text)
    with zipfile.ZipFile(path) as archive:
        parts.extend(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml"))
    return "\n".join(parts)


def slide_text(path: Path) -> str:
    """What a reader sees and the presenter reads: shapes and notes only."""
    deck = Presentation(str(path))
    parts = []
    for slide in deck.slides:
        parts.extend(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        parts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(parts)


def has_word(word: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.IGNORECASE) is not None


@dataclass
class Quarter:
    """A ward with five patients and one member of staff, and a hand-built quarter of SAY groups
    and actions (with some just outside it) whose counts are worked out below by hand."""

    store: Store
    clock: FixedClock
    council: CouncilService
    actions: ActionService
    ward_id: uuid.UUID
    people: dict[str, uuid.UUID]
    staff: uuid.UUID
    ids: dict[str, uuid.UUID]


def _group(groups: SayGroupService, clock: FixedClock, ward_id: uuid.UUID, when: datetime, staff: uuid.UUID):  # type: ignore[no-untyped-def]
    clock.now = when
    group = groups.start(ward_id, staff)
    return group, {t.title: t for t in group.topics}


@pytest.fixture
def quarter(store: Store, clock: FixedClock) -> Quarter:
    sessions = store.session_factory
    ward = WardService(sessions, clock).add("Oak ward")
    people_service = PeopleService(sessions, clock)
    people = {
        name: people_service.add(name, ward_id=ward.id).id for name in ("Ann", "Bob", "Cat", "Dev", "Eve")
    }
    staff = people_service.add("Jo Staff", ward_id=ward.id, role=Role.STAFF).id
    groups = SayGroupService(sessions, clock)
    actions = ActionService(sessions, clock)
    council = CouncilService(sessions, clock)
    groups.set_agenda(ward.id, [AgendaTopic("Food", "food"), AgendaTopic("Activities", "activities")], staff)
    ids: dict[str, uuid.UUID] = {}

    def view(topic, name: str, **change):  # type: ignore[no-untyped-def]
        given = groups.start_view(topic.id, people[name])
        if change:
            groups.update_view(given.id, **change)
        return given.id

    # Before the quarter: five Good views on Food that must not count.
    group, topics = _group(groups, clock, ward.id, at(6, 20), staff)
    for name in people:
        view(topics["Food"], name, rating=Rating.GOOD)
    groups.end(group.id, staff)

    # 10 July.
    group, topics = _group(groups, clock, ward.id, at(7, 10), staff)
    for name in ("Ann", "Bob", "Cat"):
        view(topics["Food"], name, rating=Rating.GOOD)
    view(topics["Food"], "Dev", rating=Rating.NOT_GOOD)
    ids["eve_view"] = view(topics["Food"], "Eve", words="The curry was cold, Bob said so too")
    view(topics["Activities"], "Ann", rating=Rating.NOT_SURE)
    view(topics["Activities"], "Bob", rating=Rating.NOT_SURE)
    note = groups.start_view(
        topics["Activities"].id, people["Cat"], whose=WhoseWords.STAFF_NOTE, written_by_id=staff
    )
    groups.update_view(note.id, words="Cat seemed tired today")  # a staff note: never a quote
    ids["staff_note"] = note.id
    groups.end(group.id, staff)

    # 14 August, with a topic added on the day.
    group, topics = _group(groups, clock, ward.id, at(8, 14), staff)
    view(topics["Food"], "Ann", rating=Rating.GOOD)
    view(topics["Food"], "Bob", rating=Rating.NOT_GOOD)
    view(topics["Food"], "Cat", rating=Rating.NOT_GOOD)
    ids["dev_view"] = view(topics["Food"], "Dev", rating=Rating.NOT_GOOD, words="Ann and I want salad")
    groups.start_view(topics["Food"].id, people["Eve"])  # opened and left: says nothing, not counted
    music = groups.add_topic(group.id, "Music", "music", staff)
    view(music, "Ann", symbols=("music",))
    groups.end(group.id, staff)

    # 2 October: after the quarter.
    group, topics = _group(groups, clock, ward.id, at(10, 2), staff)
    view(topics["Food"], "Ann", rating=Rating.NOT_GOOD)
    groups.end(group.id, staff)

    # Actions.
    def raise_(when: datetime, source: ActionSource, said: str, name: str | None, symbol: str | None):  # type: ignore[no-untyped-def]
        clock.now = when
        raised_by = people[name] if name else None
        return actions.raise_action(
            ward.id,
            source,
            said,
            raised_by_id=raised_by,
            symbol_id=symbol,
            by_id=None if raised_by else staff,
        ).id

    def change(action_id: uuid.UUID, when: datetime, status: ActionStatus, reason: str | None = None) -> None:
        clock.now = when
        actions.update(action_id, status, "We looked at it", by_id=staff, reason=reason)

    ids["old_changed"] = raise_(at(6, 1), ActionSource.IDEA, "A quiz night", "Eve", "activities")
    raise_(at(6, 2), ActionSource.IDEA, "Longer garden time", "Dev", "ward")  # nothing in the quarter
    ids["changed_after"] = raise_(at(5, 2), ActionSource.IDEA, "New chairs", "Dev", "ward")
    raise_(at(6, 3), ActionSource.IDEA, "Pizza night", "Ann", "food")  # raised before: not a theme
    ids["ann_food"] = raise_(at(7, 3), ActionSource.IDEA, "Fish on Fridays", "Ann", "food")
    ids["bob_food"] = raise_(at(7, 4), ActionSource.IDEA, "Hot breakfasts", "Bob", "food")
    ids["cat_food"] = raise_(at(7, 5), ActionSource.IDEA, "More fruit please", "Cat", "food")
    ids["ann_food_2"] = raise_(at(9, 30, 23), ActionSource.IDEA, "Curry club", "Ann", "food")
    ids["dev_rules"] = raise_(at(8, 1), ActionSource.NOT_HAPPY, "Lights out is too early", "Dev", "rules")
    ids["staff_idea"] = raise_(at(8, 2), ActionSource.IDEA, "A ward plant", None, None)
    raise_(at(10, 1, 0), ActionSource.IDEA, "Too late", "Bob", "food")  # the first moment after the quarter
    change(ids["ann_food"], at(8, 20), ActionStatus.GREEN)
    change(ids["bob_food"], at(8, 21), ActionStatus.GREEN)
    change(ids["dev_rules"], at(8, 22), ActionStatus.RED, reason="Night staff need the ward quiet")
    change(ids["old_changed"], at(8, 23), ActionStatus.GREEN)
    change(ids["changed_after"], at(10, 20), ActionStatus.GREEN)

    council.set_may_quote(ids["eve_view"], True, people["Eve"])
    council.set_may_quote(ids["cat_food"], True, people["Cat"])
    actions.put_on_board(ids["cat_food"], by_id=staff)  # an idea reaches the council once staff saw it
    council.set_may_quote(ids["staff_note"], True, staff)
    clock.now = at(10, 5)
    return Quarter(store, clock, council, actions, ward.id, people, staff, ids)


def test_theme_counts_match_the_hand_built_quarter(quarter: Quarter) -> None:
    themes = quarter.council.themes(quarter.ward_id, START, END)
    assert not themes.is_empty and themes.ward_name == "Oak ward"
    assert [t.title for t in themes.topics] == ["Food", "Activities", "Music"]
    food, activities, music = themes.topics
    # Food: 10 July Good x3 (Ann, Bob, Cat), Not good (Dev), words only (Eve);
    #       14 Aug Good (Ann), Not good x3 (Bob, Cat, Dev); Eve's empty view is not a view.
    assert food.total == Count(9, 5) and food.total.shown == 9
    assert food.good == Count(4, 3) and food.good.shown == 4
    assert food.not_good == Count(4, 3) and food.not_good.shown == 4
    assert food.not_sure == Count(0, 0) and food.not_sure.shown == 0
    assert food.no_rating == Count(1, 1) and food.no_rating.shown is None
    # Activities: Not sure x2 (Ann, Bob); Cat's staff note has words, so it is a view with no rating.
    assert activities.not_sure == Count(2, 2) and activities.not_sure.shown is None
    assert activities.total == Count(3, 3) and activities.total.shown == 3
    assert music.symbol_id == "music" and music.no_rating == Count(1, 1) and music.total.shown is None
    # Shown together: a hidden count hides the zeros beside it and drops the total; a topic fewer than
    # 3 people talked about shows no numbers at all.
    assert food.shown == ShownRow((4, None, 4, None), None)
    assert activities.shown == ShownRow((None, None, None, None), None)
    assert music.shown.few and music.shown.total is None
    # Raised in the quarter: 4 food ideas (Ann twice, Bob, Cat), Dev's not-happy, staff's idea.
    raised = {t.key: t.count for t in themes.raised}
    assert raised == {
        raised_key(ActionSource.IDEA, "food"): Count(4, 3),
        raised_key(ActionSource.IDEA, None): Count(1, 1),
        raised_key(ActionSource.NOT_HAPPY, "rules"): Count(1, 1),
    }
    assert [t.source for t in themes.raised] == [ActionSource.IDEA, ActionSource.IDEA, ActionSource.NOT_HAPPY]
    # Raised or changed in the quarter, by status now: Green = Ann's and Bob's food ideas + Eve's June
    # idea changed in August; Amber = Cat's and Ann's second food idea + staff's idea; Red = Dev's.
    assert themes.status(ActionStatus.GREEN) == Count(3, 3)
    assert themes.status(ActionStatus.AMBER) == Count(3, 3) and themes.status(ActionStatus.AMBER).shown == 3
    assert themes.status(ActionStatus.RED) == Count(1, 1) and themes.status(ActionStatus.RED).shown is None


def test_quotes_only_with_consent_never_staff_notes_and_names_become_someone(quarter: Quarter) -> None:
    themes = quarter.council.themes(quarter.ward_id, START, END)
    assert [(q.text, q.topic, q.source) for q in themes.quotes] == [
        ("More fruit please", None, ActionSource.IDEA),
        ("The curry was cold, someone said so too", "Food", None),
    ]
    assert quarter.ids["dev_view"] not in {q.id for q in themes.quotes}  # Dev did not agree
    quarter.council.set_may_quote(quarter.ids["eve_view"], False, quarter.people["Eve"])
    assert [q.text for q in quarter.council.themes(quarter.ward_id, START, END).quotes] == [
        "More fruit please"
    ]


def test_fewer_than_three_hides_small_numbers_and_nothing_subtracts_to_them() -> None:
    assert Count(0).shown == 0
    assert Count(1, 1).shown is None and Count(2, 2).shown is None
    assert Count(3, 3).shown == 3
    assert Count(12, 1).shown is None  # twelve views, all from one person, still point at them
    assert shown_row([Count(3, 3), Count(0), Count(4, 4)], Count(7, 7)) == ShownRow((3, 0, 4), 7)
    # 5 good, 1 not sure, 0 not good of 6: the total would give the 1 away, and the 0 would narrow it.
    assert shown_row([Count(5, 5), Count(1, 1), Count(0)], Count(6, 6)) == ShownRow((5, None, None), None)


def test_a_ward_with_one_patient_shows_fewer_than_3_everywhere(
    store: Store, clock: FixedClock, tmp_path: Path
) -> None:
    sessions = store.session_factory
    ward = WardService(sessions, clock).add("Birch ward")
    only = PeopleService(sessions, clock).add("Solo", ward_id=ward.id, is_ward_rep=True).id
    staff = PeopleService(sessions, clock).add("Jo", ward_id=ward.id, role=Role.STAFF).id
    groups = SayGroupService(sessions, clock)
    clock.now = at(8, 1)
    group = groups.start(ward.id, staff)
    food = group.topics[0]
    for _ in range(5):
        given = groups.start_view(food.id, only)
        groups.update_view(given.id, rating=Rating.GOOD)
    groups.end(group.id, staff)
    council = CouncilService(sessions, clock)
    themes = council.themes(ward.id, START, END)
    assert themes.topics[0].good == Count(5, 1) and themes.topics[0].good.shown is None
    pack = council.start_pack(ward.id, only, START, END)
    contents = council.pack_contents(pack.id)
    pdf, pptx = write_council_pack(contents, tmp_path, "en")
    for text in (pdf_text(pdf), slide_text(pptx)):
        assert "A few people talked about this" in text and "Views given:" not in text
        assert "Good:" not in text
        assert not has_word("5", text.replace("2026", ""))
        assert not has_word("Solo", text)


def test_a_period_with_nothing_in_it_is_empty_and_its_pack_says_so(quarter: Quarter, tmp_path: Path) -> None:
    start, end = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC)
    themes = quarter.council.themes(quarter.ward_id, start, end)
    assert themes.is_empty and themes.topics == () and themes.quotes == ()
    assert all(count.number == 0 for _, count in themes.statuses)
    pack = quarter.council.start_pack(quarter.ward_id, quarter.people["Ann"], start, end)
    assert pack.topics == () and pack.statuses == ()
    contents = quarter.council.pack_contents(pack.id)
    assert contents.is_empty
    pdf, pptx = write_council_pack(contents, tmp_path, "en")
    assert "Nothing was chosen for this pack." in pdf_text(pdf)
    assert "From 1 January 2025 to 31 March 2025" in slide_text(pptx)
    with pytest.raises(CouncilProblem, match="after it starts"):
        quarter.council.themes(quarter.ward_id, end, start)


def test_the_rep_chooses_what_goes_in_and_the_pack_holds_only_that(quarter: Quarter, tmp_path: Path) -> None:
    council, ann = quarter.council, quarter.people["Ann"]
    pack = council.start_pack(quarter.ward_id, ann, START, END)
    assert pack.status is PackStatus.DRAFT and pack.quotes == ()
    assert "Food" in pack.topics and raised_key(ActionSource.IDEA, "food") in pack.topics
    assert pack.statuses == (ActionStatus.RED, ActionStatus.AMBER, ActionStatus.GREEN)
    with pytest.raises(CouncilProblem, match="not agreed"):
        council.choose(pack.id, quotes=[quarter.ids["dev_view"]])
    quotes = [q.id for q in council.themes(quarter.ward_id, START, END).quotes]
    council.choose(
        pack.id,
        topics=["Food", raised_key(ActionSource.IDEA, "food")],
        statuses=[ActionStatus.GREEN, ActionStatus.RED],
        quotes=quotes,
    )
    point = council.add_point(pack.id, words="Ann and Bob want a say on menus")
    council.update_point(point.id, symbols=("food", "food", "menu"))
    typed = council.add_point(pack.id, whose=WhoseWords.STAFF_TYPED, written_by_id=quarter.staff)
    council.update_point(typed.id, words="More time outside", recording_file="rec.wav")
    council.add_point(pack.id)  # left empty: not in the pack
    with pytest.raises(CouncilProblem, match="member of staff"):
        council.add_point(pack.id, whose=WhoseWords.STAFF_TYPED)
    assert len(council.get(pack.id).points) == 3

    contents = council.pack_contents(pack.id)
    assert [t.title for t in contents.topics] == ["Food"]
    assert [t.key for t in contents.raised] == [raised_key(ActionSource.IDEA, "food")]
    assert [s for s, _ in contents.statuses] == [ActionStatus.RED, ActionStatus.GREEN]
    assert [p.words for p in contents.points] == [
        "someone and someone want a say on menus",
        "More time outside",
    ]
    assert contents.points[0].symbols == ("food", "food", "menu") and contents.points[1].has_recording

    pdf, pptx = write_council_pack(contents, tmp_path, "en")
    for text in (pdf_text(pdf), slide_text(pptx)):
        assert "Oak ward" in text and "From 1 July 2026 to 30 September 2026" in text
        assert "Good: 4" in text and "Not good: 4" in text and "No rating given: fewer than 3" in text
        assert "Not sure: fewer than 3" in text  # a nought beside a hidden count is hidden too
        assert "Views given:" not in text  # 9 minus the shown 8 would give the hidden 1 away
        assert "Ideas about food: 4" in text
        assert "Red, we can't do this: fewer than 3" in text and "Green, done: 3" in text
        assert "Amber" not in text and "Activities" not in text
        assert "More fruit please" in text and "The curry was cold, someone said so too" in text
        assert "The ward rep's own words" in text
        assert "A member of staff wrote down what the ward rep said" in text
        for name in ("Ann", "Bob", "Cat", "Dev", "Eve", "Jo"):
            assert not has_word(name, text)
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(str(pptx)).slides]
    assert any("The ward rep's own words: someone and someone want a say on menus" in n for n in notes)
    assert any("read here without their name" in n for n in notes)

    # Consent taken back after choosing: the quote leaves the pack.
    council.set_may_quote(quarter.ids["cat_food"], False, quarter.people["Cat"])
    assert [q.text for q in council.pack_contents(pack.id).quotes] == [
        "The curry was cold, someone said so too"
    ]

    taken = council.mark_taken(pack.id, ann)
    assert taken.status is PackStatus.TAKEN and taken.taken_at == quarter.clock.now
    with pytest.raises(CouncilProblem, match="taken to the council"):
        council.add_point(pack.id, words="Late")
    with pytest.raises(CouncilProblem, match="taken to the council"):
        council.choose(pack.id, topics=[])
    assert [p.id for p in council.packs(quarter.ward_id)] == [pack.id]


def test_welsh_pack_uses_welsh_words(quarter: Quarter, tmp_path: Path) -> None:
    pack = quarter.council.start_pack(quarter.ward_id, quarter.people["Ann"], START, END)
    quarter.council.add_point(pack.id, words="Ann wants more music")
    contents = quarter.council.pack_contents(pack.id, "cy")
    assert contents.points[0].words == "rhywun wants more music"
    pdf, pptx = write_council_pack(contents, tmp_path, "cy", symbol_label=lambda s, lang: f"[{s}]")
    text = pdf_text(pdf)
    assert "Pecyn y cyngor adfer" in text and "llai na 3" in text and "O 1 Gorffennaf 2026" in text
    assert "[food]" in slide_text(pptx)  # the seeded English "Food" shows its symbol's words


def test_answers_flow_into_you_said_we_did(quarter: Quarter) -> None:
    council, actions, staff = quarter.council, quarter.actions, quarter.staff
    pack = council.start_pack(quarter.ward_id, quarter.people["Ann"], START, END)
    point = council.add_point(pack.id, words="A fruit bowl on the ward", symbols=("food",))
    council.mark_taken(pack.id, quarter.people["Ann"])

    new = council.record_answer(
        pack.id,
        "A fruit bowl on the ward",
        "Yes, from next week",
        ActionStatus.GREEN,
        staff,
        point_id=point.id,
    )
    made = actions.get(new.action_id)
    assert made is not None and made.source is ActionSource.COUNCIL and made.raised_by_id is None
    assert (made.you_said, made.status, made.reply, made.symbol_id) == (
        "A fruit bowl on the ward",
        ActionStatus.GREEN,
        "Yes, from next week",
        "food",
    )
    assert [c.status for c in actions.history(made.id)] == [ActionStatus.AMBER, ActionStatus.GREEN]
    assert made.id in {a.id for a in actions.board(quarter.ward_id)}
    answered = council.get(pack.id)
    assert answered.status is PackStatus.ANSWERED and answered.answers[0].point_id == point.id

    cat_food = quarter.ids["cat_food"]
    with pytest.raises(CouncilProblem, match="Say why"):
        council.record_answer(pack.id, "More fruit", "No", ActionStatus.RED, staff, action_id=cat_food)
    with pytest.raises(CouncilProblem, match="Say why"):
        council.record_answer(pack.id, "A pool", "No", ActionStatus.RED, staff, reason="   ")
    assert actions.get(cat_food).status is ActionStatus.AMBER  # the refused answers changed nothing
    assert len(council.get(pack.id).answers) == 1

    council.record_answer(
        pack.id,
        "More fruit",
        "Not this year",
        ActionStatus.RED,
        staff,
        action_id=cat_food,
        reason="No budget left",
    )
    updated = actions.get(cat_food)
    assert (updated.status, updated.reply, updated.reason) == (
        ActionStatus.RED,
        "Not this year",
        "No budget left",
    )
    assert [a.action_id for a in council.get(pack.id).answers] == [made.id, cat_food]

    elsewhere = WardService(quarter.store.session_factory, quarter.clock).add("Elm ward")
    other = actions.raise_action(elsewhere.id, ActionSource.STAFF, "Paint the walls")
    with pytest.raises(CouncilProblem, match="not on this ward"):
        council.record_answer(pack.id, "Paint", "Yes", ActionStatus.GREEN, staff, action_id=other.id)


def test_the_scrubber_takes_whole_names_and_their_parts_never_inside_words() -> None:
    scrub = NameScrubber(["Ann Lee", "Al", "Zoë 🌈", "Jo-Anne"]).scrub
    assert scrub("ann lee said ANN was right") == "someone said someone was right"
    assert scrub("Annual also Allotment, Al's idea") == "Annual also Allotment, someone's idea"
    assert scrub("Zoë 🌈 and Zoë") == "someone and someone"
    assert scrub("Jo-Anne came, then jo and Anne left") == "someone came, then someone and someone left"
    assert NameScrubber([]).scrub("Nobody here") == "Nobody here"


# --- property: no name or id ever reaches a pack -----------------------------------------------------

FILLER = ["the", "food", "was", "good", "more", "time", "outside", "please", "we", "want", "staff"]
FIXED_WORDS = {
    word.casefold()
    for text in (
        *council_pack._EN.values(),
        *council_pack._CY.values(),
        " ".join(FILLER),
        "Food Oak ward someone",
    )
    for word in re.findall(r"\w+", text)
}
names = st.text(alphabet="aeo", min_size=2, max_size=4).map(lambda s: "Q" + s)
"""Short names from few letters, so one is often inside another ("Qae" in "Qaeo")."""


@st.composite
def wards(draw: st.DrawFn) -> list[tuple[str, bool, bool, list[str]]]:
    """Each patient: their name, whether they allow their view and their idea to be quoted, and the
    words of their view (filler, names of people on the ward, and names inside longer words)."""
    chosen = draw(st.lists(names, min_size=1, max_size=5, unique_by=str.casefold))
    for name in chosen:
        assume(name.casefold() not in FIXED_WORDS)
    patients = []
    for name in chosen:
        words = []
        for _ in range(draw(st.integers(min_value=1, max_value=6))):
            other = draw(st.sampled_from(chosen))
            kind = draw(st.sampled_from(["filler", "name", "lower", "inside", "possessive"]))
            words.append(
                {
                    "filler": draw(st.sampled_from(FILLER)),
                    "name": other,
                    "lower": other.lower(),
                    "inside": f"x{other.lower()}ly",
                    "possessive": f"{other}'s",
                }[kind]
            )
        patients.append((name, draw(st.booleans()), draw(st.booleans()), words))
    return patients


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(patients=wards(), rep_words=st.lists(st.sampled_from(FILLER), min_size=1, max_size=4))
def test_no_patient_name_or_id_ever_appears_in_a_council_pack(
    store: Store, clock: FixedClock, patients: list[tuple[str, bool, bool, list[str]]], rep_words: list[str]
) -> None:
    sessions = store.session_factory
    clock.now = at(8, 1)
    ward = WardService(sessions, clock).add("Oak ward")
    people = PeopleService(sessions, clock)
    staff = people.add("Jo", ward_id=ward.id, role=Role.STAFF).id
    ids = {name: people.add(name, ward_id=ward.id).id for name, *_ in patients}
    groups = SayGroupService(sessions, clock)
    actions = ActionService(sessions, clock)
    council = CouncilService(sessions, clock)
    group = groups.start(ward.id, staff)
    quoted: list[str] = []
    hidden: list[str] = []
    for number, (name, view_ok, idea_ok, words) in enumerate(patients):
        view_marker, idea_marker = f"viewmark{number}", f"ideamark{number}"
        view = groups.start_view(group.topics[0].id, ids[name])
        groups.update_view(view.id, rating=Rating.GOOD, words=" ".join([view_marker, *words]))
        idea = actions.raise_action(
            ward.id, ActionSource.IDEA, " ".join([idea_marker, *reversed(words)]), raised_by_id=ids[name]
        )
        actions.put_on_board(idea.id, by_id=staff)
        council.set_may_quote(view.id, view_ok)
        council.set_may_quote(idea.id, idea_ok)
        enough = len(patients) >= 3  # a quote only where at least 3 people gave views
        (quoted if view_ok and enough else hidden).append(view_marker)
        (quoted if idea_ok and enough else hidden).append(idea_marker)
        quoted.extend(w for w in words if w.startswith("x") and (view_ok or idea_ok) and enough)
    groups.end(group.id, staff)
    rep_name = patients[0][0]
    pack = council.start_pack(ward.id, ids[rep_name], START, END)
    council.choose(pack.id, quotes=[q.id for q in council.themes(ward.id, START, END).quotes])
    council.add_point(pack.id, words=" ".join([*rep_words, *(name for name, *_ in patients)]))
    with tempfile.TemporaryDirectory() as folder:
        pdf, pptx = write_council_pack(council.pack_contents(pack.id), Path(folder), "en")
        pdf_words, pptx_words = pdf_text(pdf), pptx_text(pptx)
        raw_pdf = pdf.read_bytes()
    for text in (pdf_words, pptx_words):
        for name, *_ in patients:
            assert not has_word(name, text), name
        for person_id in ids.values():
            for form in (str(person_id), person_id.hex, str(person_id).upper(), person_id.hex.upper()):
                assert form not in text
        for marker in hidden:
            assert marker not in text
        assert not has_word("Jo", text)
    for person_id in ids.values():
        assert str(person_id).encode() not in raw_pdf and person_id.hex.encode() not in raw_pdf
    for marker in quoted:
        assert marker in pptx_words  # consented words arrive, names inside longer words left alone
