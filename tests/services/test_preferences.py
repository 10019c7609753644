"""Preferences save at once, stay in safe bounds and survive a restart."""

from __future__ import annotations

import pytest

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.people import PeopleService
from coprod_desktop.services.preferences import RATE_RANGE, PreferencesService, UnknownPerson
from coprod_desktop.services.records import Preferences
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store, open_store
from coprod_desktop.store.models import TextSize


@pytest.fixture
def person_id(store: Store):  # type: ignore[no-untyped-def]
    ward = WardService(store.session_factory).add("Oak")
    return PeopleService(store.session_factory).add("Amy", ward_id=ward.id).id


def test_new_people_get_the_defaults(store: Store, person_id) -> None:  # type: ignore[no-untyped-def]
    assert PreferencesService(store.session_factory).get(person_id) == Preferences()


def test_changes_are_saved_immediately_and_survive_reopening(store: Store, person_id) -> None:  # type: ignore[no-untyped-def]
    service = PreferencesService(store.session_factory)
    service.update(person_id, high_contrast=True, text_size=TextSize.LARGEST, language="cy", speech_on=False)
    store.dispose()
    reopened = open_store(f"sqlite:///{store.sqlite_path}")
    prefs = PreferencesService(reopened.session_factory).get(person_id)
    assert prefs == Preferences(
        speech_on=False, text_size=TextSize.LARGEST, high_contrast=True, language="cy", rate=150
    )
    reopened.dispose()


def test_values_are_kept_in_safe_bounds(store: Store, person_id) -> None:  # type: ignore[no-untyped-def]
    service = PreferencesService(store.session_factory)
    assert service.update(person_id, rate=5).rate == RATE_RANGE[0]
    assert service.update(person_id, rate=10_000).rate == RATE_RANGE[1]
    assert service.update(person_id, language="klingon").language is None
    with pytest.raises(TypeError):
        service.update(person_id, favourite_colour="blue")


def test_unknown_people_are_refused(store: Store) -> None:
    import uuid

    with pytest.raises(UnknownPerson):
        PreferencesService(store.session_factory).get(uuid.uuid4())


def test_changes_are_audited_by_setting_name(store: Store, person_id) -> None:  # type: ignore[no-untyped-def]
    PreferencesService(store.session_factory).update(person_id, high_contrast=True)
    event = AuditService(store.session_factory).recent(kind="preferences_changed")[0]
    assert event.subject_id == person_id
    assert event.detail == {"changed": ["high_contrast"]}


def test_switch_settings_are_saved_and_kept_in_safe_bounds(store: Store, person_id) -> None:  # type: ignore[no-untyped-def]
    from coprod_desktop.store.kinds import AccessMode

    service = PreferencesService(store.session_factory)
    assert service.get(person_id).access_mode is AccessMode.TWO_SWITCHES
    saved = service.update(
        person_id,
        access_mode=AccessMode.ONE_SWITCH,
        scan_ms=90_000,
        scan_loops=0,
        hold_ms=700,
        scan_rows=True,
        screen_reader=True,
        scan_speaks=False,
    )
    assert (saved.scan_ms, saved.scan_loops, saved.hold_ms) == (5000, 1, 500)
    store.dispose()
    reopened = open_store(f"sqlite:///{store.sqlite_path}")
    again = PreferencesService(reopened.session_factory).get(person_id)
    assert again == saved
    assert again.access_mode is AccessMode.ONE_SWITCH and again.scan_rows and again.screen_reader
    assert PreferencesService(reopened.session_factory).update(person_id, scan_ms=1).scan_ms == 500
    reopened.dispose()
