"""The first screen's people, read with the standard library alone.

Who are you? must appear fast, and SQLAlchemy alone takes longer to import than a bare Qt window
takes to show. So when the store needs no migration, the app reads the ward and its patients here,
draws the screen, and loads the full store layer in the background. The queries mirror
WardService.active and PeopleService.on_ward; tests/services/test_roster_snapshot.py keeps them equal.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.store.kinds import Role
from coprod_desktop.store.safety import read_only_connection


@dataclass(frozen=True)
class Roster:
    wards: list[WardInfo]
    ward: WardInfo | None
    patients: list[PersonInfo]
    staff_can_sign_in: bool = False
    kiosk: bool = False


def choose_ward(
    wards: list[WardInfo], preferred_name: str | None = None, device_ward_id: uuid.UUID | None = None
) -> WardInfo | None:
    """The ward this device shows: its own ward if set, else the preferred name, else the first by name."""
    for ward in wards:
        if ward.id == device_ward_id:
            return ward
    if preferred_name is not None:
        for ward in wards:
            if ward.name == preferred_name:
                return ward
    return wards[0] if wards else None


def _uuid(value: str | bytes) -> uuid.UUID:
    return uuid.UUID(value.decode() if isinstance(value, bytes) else value)


def read_roster(store_file: Path, preferred_ward: str | None = None) -> Roster:
    connection = read_only_connection(store_file)
    try:
        wards = [
            WardInfo(_uuid(row[0]), row[1])
            for row in connection.execute(
                "SELECT id, name FROM ward WHERE archived = 0 ORDER BY name, created_at"
            )
        ]
        device_row = connection.execute("SELECT value FROM device_setting WHERE key = 'ward_id'").fetchone()
        device_ward = _uuid(device_row[0]) if device_row and device_row[0] else None
        ward = choose_ward(wards, preferred_ward, device_ward)
        staff_can_sign_in = (
            connection.execute("SELECT 1 FROM staff_credential LIMIT 1").fetchone() is not None
        )
        kiosk = False
        patients: list[PersonInfo] = []
        if ward is not None:
            rows = connection.execute(
                "SELECT id, called, role, ward_id, is_ward_rep, picture_symbol, picture_file FROM person "
                "WHERE ward_id = ? AND archived = 0 AND role = ? ORDER BY called, created_at",
                (ward.id.hex, Role.PATIENT.value),
            )
            patients = [
                PersonInfo(
                    id=_uuid(row[0]),
                    called=row[1],
                    role=Role(row[2]),
                    ward_id=_uuid(row[3]),
                    is_ward_rep=bool(row[4]),
                    picture_symbol=row[5],
                    picture_file=row[6],
                )
                for row in rows
            ]
            setting = connection.execute(
                "SELECT kiosk FROM ward_settings WHERE ward_id = ?", (ward.id.hex,)
            ).fetchone()
            kiosk = bool(setting and setting[0])
    finally:
        connection.close()
    return Roster(wards, ward, patients, staff_can_sign_in, kiosk)
