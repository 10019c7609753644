"""Property: whatever people chose and whoever the export is for, consent holds in every file.

Random items with random Sharing go through the real consent gate and the real writers (PDF, CSV,
JSON, in a folder) for a random audience; then the files' text is searched. Every item carries a
distinctive token, and owners have distinctive names, so a leak cannot hide.
"""

from __future__ import annotations

import io
import tempfile
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from coprod_desktop.services.consent import Audience, AudienceKind, ExportItem
from coprod_desktop.services.export.runner import write_export
from coprod_desktop.services.export.sources import Scope
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Sharing

WARDS = [uuid.UUID(int=1), uuid.UUID(int=2)]
OWNERS = [
    (uuid.UUID(int=101), "Aneirazorlak", WARDS[0]),
    (uuid.UUID(int=102), "Bethanquvex", WARDS[0]),
    (uuid.UUID(int=103), "Caiwympler", WARDS[1]),
    (uuid.UUID(int=104), "Dilysfronjak", WARDS[1]),
]
START = datetime(2026, 1, 1, tzinfo=UTC)


@st.composite
def items(draw: st.DrawFn) -> list[ExportItem]:
    count = draw(st.integers(min_value=0, max_value=14))
    made = []
    for index in range(count):
        owner_id, name, ward = draw(st.sampled_from(OWNERS))
        sharing = draw(st.sampled_from(list(Sharing)))
        made.append(
            ExportItem(
                kind=draw(st.sampled_from(["view", "thanks"])),
                owner_id=owner_id,
                owner_name=name,
                ward_id=ward,
                at=START + timedelta(hours=draw(st.integers(0, 24 * 300))),
                sharing=sharing,
                fields={
                    "words": f"tok{index}q{draw(st.integers(1000, 9999))}z",
                    "rating": draw(st.integers(0, 2)),
                    "said_by": name,  # names the person: must go when anonymised
                    "view_id": str(uuid.UUID(int=10_000 + index)),
                },
                identifying=frozenset({"said_by", "view_id"}),
            )
        )
    return made


audiences = st.one_of(
    st.sampled_from([owner for owner, _, _ in OWNERS]).map(Audience.for_person_care_team),
    st.sampled_from(WARDS).map(Audience.for_ward_team),
    st.just(Audience.for_council()),
)


def all_text(folder: Path) -> str:
    """Every file's text; the PDF's as pypdf reads it, with spacing removed (lines may break anywhere)."""
    parts = []
    for path in folder.iterdir():
        if path.suffix == ".pdf":
            text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
            parts.append("".join(text.split()))
        else:
            parts.append(path.read_text(encoding="utf-8-sig"))
    return "\n".join(parts)


def scope_of(audience: Audience) -> tuple[Scope, str]:
    if audience.kind is AudienceKind.PERSON_CARE_TEAM:
        assert audience.person_id is not None
        return Scope.person(audience.person_id), "The person"
    return Scope.ward(audience.ward_id or WARDS[0]), "The ward"


def may_see(item: ExportItem, audience: Audience) -> bool:
    if audience.kind is AudienceKind.PERSON_CARE_TEAM:
        return item.owner_id == audience.person_id
    if audience.kind is AudienceKind.WARD_TEAM:
        return item.ward_id == audience.ward_id
    return False


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(made=items(), audience=audiences)
def test_consent_holds_in_every_format(store: Store, made: list[ExportItem], audience: Audience) -> None:
    scope, scope_name = scope_of(audience)
    sections: dict[str, list[ExportItem]] = {"view": [], "thanks": []}
    for item in made:
        sections[item.kind].append(item)
    with tempfile.TemporaryDirectory() as out:
        result = write_export(
            store.session_factory,
            sections,
            audience,
            scope,
            scope_name,
            date(2026, 1, 1),
            date(2026, 12, 31),
            Path(out),
            None,
        )
        text = all_text(result.path)

    for item in made:
        token = str(item.fields["words"])
        if item.sharing is Sharing.JUST_ME:
            assert token not in text, "a just-me item left the device"
        elif item.sharing is Sharing.CARE_TEAM:
            assert (token in text) == may_see(item, audience), "a care-team item reached the wrong people"
        else:  # "for the council, without my name": the council's, never a care team's
            assert (token in text) == (audience.kind is AudienceKind.COUNCIL)
            assert str(item.fields["view_id"]) not in text

    # Owners whose only items here are anonymous (or private) must not be named or identified anywhere;
    # a care-team export about one person names that person at the top (its scope), rightly.
    named = {item.owner_id for item in made if item.sharing is Sharing.CARE_TEAM and may_see(item, audience)}
    named.add(audience.person_id)
    for owner_id, name, _ward in OWNERS:
        if owner_id not in named:
            assert name not in text, f"{name} is named although nothing of theirs may carry the name"
            assert str(owner_id) not in text
    assert result.total == sum(
        1
        for item in made
        if (item.sharing is Sharing.COUNCIL_ANONYMOUS and audience.kind is AudienceKind.COUNCIL)
        or (item.sharing is Sharing.CARE_TEAM and may_see(item, audience))
    )
