"""Ward settings save at once, stay within bounds and are audited by name."""

from __future__ import annotations

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.device import DeviceService
from coprod_desktop.services.ward_settings import WardSettingsInfo, WardSettingsService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import Store, open_store


def test_defaults_then_saved_changes_survive_reopening(store: Store) -> None:
    ward = WardService(store.session_factory).add("Oak")
    service = WardSettingsService(store.session_factory)
    assert service.get(ward.id) == WardSettingsInfo()
    service.update(ward.id, idle_minutes=10, kiosk=True, advocate_contact="  Call Sam the advocate  ")
    store.dispose()
    again = open_store(f"sqlite:///{store.sqlite_path}")
    saved = WardSettingsService(again.session_factory).get(ward.id)
    assert saved.idle_minutes == 10 and saved.kiosk and saved.advocate_contact == "Call Sam the advocate"
    again.dispose()


def test_values_are_kept_sensible_and_changes_audited(store: Store) -> None:
    ward = WardService(store.session_factory).add("Oak")
    service = WardSettingsService(store.session_factory)
    saved = service.update(ward.id, idle_minutes=0, backup_keep=100_000, default_language="fr")
    assert (saved.idle_minutes, saved.backup_keep, saved.default_language) == (1, 365, "en")
    event = AuditService(store.session_factory).recent(kind="settings_changed")[0]
    assert event.detail == {"changed": ["backup_keep", "default_language", "idle_minutes"]}


def test_the_device_remembers_its_ward(store: Store) -> None:
    ward = WardService(store.session_factory).add("Oak")
    device = DeviceService(store.session_factory)
    assert device.ward_id() is None
    device.set_ward(ward.id)
    assert device.ward_id() == ward.id
