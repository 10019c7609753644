"""Drafts on a real SQLite file: kept across a new store connection, replaced, cleared, erased."""

from __future__ import annotations

import pytest

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.drafts import DraftService, DraftTooBig
from coprod_desktop.services.erasure import erase_person
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store, open_store
from tests.conftest import ODD_NAMES, FixedClock


def test_a_draft_survives_closing_the_store_and_is_cleared_when_sent(
    store: Store, clock: FixedClock, data_paths: DataPaths
) -> None:
    ward = WardService(store.session_factory, clock).add("Oak")
    lee = PeopleService(store.session_factory, clock).add("Lee", ward_id=ward.id)
    drafts = DraftService(store.session_factory, clock)
    assert drafts.get(lee.id, "idea") is None
    drafts.save(lee.id, "idea", {"words": ODD_NAMES[0], "symbol": "food"})
    drafts.save(lee.id, "idea", {"words": "A pool table", "symbol": None})  # replaced, not added
    drafts.save(lee.id, "thank-you", {"to": str(ward.id), "reasons": ["listened", "was_kind"]})
    store.dispose()
    again = open_store(data_paths.sqlite_url())
    reopened = DraftService(again.session_factory, clock)
    assert reopened.get(lee.id, "idea") == {"words": "A pool table", "symbol": None}
    assert reopened.get(lee.id, "thank-you") == {"to": str(ward.id), "reasons": ["listened", "was_kind"]}
    reopened.clear(lee.id, "idea")
    reopened.save(lee.id, "thank-you", {})  # nothing left to keep: the draft goes
    assert reopened.get(lee.id, "idea") is None and reopened.get(lee.id, "thank-you") is None
    with pytest.raises(DraftTooBig):
        reopened.save(lee.id, "idea", {"words": "x" * 200_000})
    with pytest.raises(TypeError):
        reopened.save(lee.id, "idea", {"when": object()})
    reopened.save(lee.id, "idea", {"words": "kept until erased"})
    erase_person(again.session_factory, lee.id, None, data_paths.pictures, clock)
    assert reopened.get(lee.id, "idea") is None
    again.dispose()
