"""Consent decides what leaves: just-me never, care-team to the care team only, council items unnamed."""

from __future__ import annotations

import uuid
from dataclasses import FrozenInstanceError
from datetime import UTC, datetime

import pytest

from coprod_desktop.services.consent import Audience, ExportItem, allowed, anonymised
from coprod_desktop.store.kinds import Sharing

WARD = uuid.uuid4()
OTHER_WARD = uuid.uuid4()
OWNER = uuid.uuid4()
SOMEONE_ELSE = uuid.uuid4()
AT = datetime(2026, 5, 4, 14, 35, tzinfo=UTC)


def item(sharing: Sharing, *, owner: uuid.UUID | None = OWNER, ward: uuid.UUID | None = WARD) -> ExportItem:
    return ExportItem(
        kind="view",
        owner_id=owner,
        owner_name="Bethan" if owner else None,
        ward_id=ward,
        at=AT,
        sharing=sharing,
        fields={"words": "more time outside", "rating": 2, "written_by": "Bethan", "view_id": "v-1"},
        identifying=frozenset({"written_by", "view_id"}),
    )


ALL_AUDIENCES = [
    Audience.for_person_care_team(OWNER),
    Audience.for_person_care_team(SOMEONE_ELSE),
    Audience.for_ward_team(WARD),
    Audience.for_ward_team(OTHER_WARD),
    Audience.for_council(),
]


@pytest.mark.parametrize("audience", ALL_AUDIENCES)
def test_just_me_never_leaves(audience: Audience) -> None:
    assert allowed(item(Sharing.JUST_ME), audience) is None
    assert allowed(item(Sharing.JUST_ME, owner=None), audience) is None


def test_care_team_items_go_only_to_that_persons_care_team() -> None:
    shared = item(Sharing.CARE_TEAM)
    assert allowed(shared, Audience.for_person_care_team(OWNER)) == shared
    assert allowed(shared, Audience.for_ward_team(WARD)) == shared  # ward staff are the care team
    assert allowed(shared, Audience.for_person_care_team(SOMEONE_ELSE)) is None
    assert allowed(shared, Audience.for_ward_team(OTHER_WARD)) is None
    assert allowed(shared, Audience.for_council()) is None


def test_a_person_with_no_ward_is_only_in_their_own_export() -> None:
    shared = item(Sharing.CARE_TEAM, ward=None)
    assert allowed(shared, Audience.for_person_care_team(OWNER)) == shared
    assert allowed(shared, Audience.for_ward_team(WARD)) is None


def council_item(*, ward_shared: bool = False) -> ExportItem:
    """A topic "for the council, without my name": the person's words, staff's words about them, and
    the meeting it was for."""
    return ExportItem(
        kind="topic",
        owner_id=OWNER,
        owner_name="Bethan",
        ward_id=WARD,
        at=AT,
        sharing=Sharing.COUNCIL_ANONYMOUS,
        fields={
            "their_words": "Bethan wants more time outside with Aisha",
            "staff_wrote_what_they_said": "She said the garden closes early",
            "staff_notes": "Aisha was upset, check with Dr Khan",
            "meeting_kind": "cpa",
            "rating": "good",
            "meeting_id": "m-1",
        },
        identifying=frozenset({"meeting_id"}),
        free_text=frozenset({"their_words", "staff_wrote_what_they_said", "staff_notes"}),
        not_for_council=frozenset({"staff_wrote_what_they_said", "staff_notes", "meeting_kind", "rating"}),
        ward_shared=ward_shared,
    )


def scrub(text: str) -> str:
    from coprod_desktop.services.disclosure import NameScrubber

    return NameScrubber(["Bethan", "Aisha", "Dr Khan"]).scrub(text)


def test_council_items_go_to_the_council_with_only_their_own_words_and_the_month() -> None:
    shown = allowed(council_item(), Audience.for_council(), scrub)
    assert shown is not None and shown.anonymous
    assert dict(shown.fields) == {"their_words": "someone wants more time outside with someone"}
    assert shown.at == datetime(2026, 5, 1, tzinfo=UTC)  # the month only: no matching to a meeting


@pytest.mark.parametrize(
    "audience",
    [
        Audience.for_person_care_team(OWNER),
        Audience.for_person_care_team(SOMEONE_ELSE),
        Audience.for_ward_team(WARD),
        Audience.for_ward_team(OTHER_WARD),
    ],
)
def test_for_the_council_never_goes_to_a_care_team(audience: Audience) -> None:
    """A person's own export, and their ward's, keep their council-only items out."""
    assert allowed(council_item(), audience, scrub) is None


def test_what_was_said_in_the_open_on_the_ward_goes_to_its_staff_without_names() -> None:
    shown = allowed(council_item(ward_shared=True), Audience.for_ward_team(WARD), scrub)
    assert shown is not None and shown.owner_id is None and shown.owner_name is None
    assert shown.fields["their_words"] == "someone wants more time outside with someone"
    assert shown.fields["staff_notes"] == "someone was upset, check with someone"
    assert shown.at == datetime(2026, 5, 4, tzinfo=UTC)  # the day only
    assert allowed(council_item(ward_shared=True), Audience.for_ward_team(OTHER_WARD), scrub) is None
    assert allowed(council_item(ward_shared=True), Audience.for_person_care_team(OWNER), scrub) is None


def test_ward_facts_without_an_owner_pass() -> None:
    fact = item(Sharing.CARE_TEAM, owner=None)
    assert all(allowed(fact, audience) == fact for audience in ALL_AUDIENCES)


def test_anonymising_builds_a_new_record_and_leaves_the_original() -> None:
    original = item(Sharing.COUNCIL_ANONYMOUS)
    stripped = anonymised(original)
    assert stripped is not original
    assert original.owner_name == "Bethan" and "written_by" in original.fields
    assert "written_by" not in stripped.fields and not stripped.identifying


def test_items_are_read_only_and_hold_plain_values() -> None:
    shared = item(Sharing.CARE_TEAM)
    with pytest.raises(FrozenInstanceError):
        shared.owner_name = "Someone"  # type: ignore[misc]
    with pytest.raises(TypeError):
        shared.fields["words"] = "changed"  # type: ignore[index]
    with pytest.raises(TypeError):
        ExportItem("view", OWNER, "B", WARD, AT, Sharing.CARE_TEAM, {"nested": {"a": 1}})  # type: ignore[dict-item]
