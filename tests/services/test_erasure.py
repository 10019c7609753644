"""Right to erasure on a real SQLite file: nothing about the person is left, the audit says who and when."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.council import CouncilService
from coprod_desktop.services.erasure import ERASED_EVENT, erase_person
from coprod_desktop.services.meetings import MeetingService
from coprod_desktop.services.people import NotForYourself, PeopleService, UnknownPerson
from coprod_desktop.services.pictures import import_picture
from coprod_desktop.services.preferences import PreferencesService
from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.services.staff_auth import StaffAuthService
from coprod_desktop.services.wards import WardService
from coprod_desktop.store.engine import SessionFactory, Store
from coprod_desktop.store.kinds import MeetingKind, Role
from coprod_desktop.store.models import TemplateTopic, TopicTemplate
from tests.conftest import ODD_NAMES, FixedClock
from tests.managers import make_manager

NAME = "Zebedee Quartermaine-Ölsen"


def rows_mentioning(db_file: Path, needle: str) -> list[str]:
    """Every text cell in every table, searched with plain sqlite3 (not through our models)."""
    found = []
    with sqlite3.connect(db_file) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                found.extend(f"{table}: {cell}" for cell in row if isinstance(cell, str) and needle in cell)
    return found


@dataclass
class Setting:
    sessions: SessionFactory
    clock: FixedClock
    ward: WardInfo
    people: PeopleService
    staff: PersonInfo
    pictures: Path


@pytest.fixture
def setting(store: Store, clock: FixedClock, tmp_path: Path) -> Setting:
    sessions = store.session_factory
    ward = WardService(sessions, clock).add("Oak")
    people = PeopleService(sessions, clock)
    staff = people.add("Kim", ward_id=ward.id, role=Role.STAFF)
    make_manager(sessions, staff.id)  # erasing needs a ward manager
    return Setting(sessions, clock, ward, people, staff, tmp_path / "data" / "pictures")


def add_everything_about(setting: Setting, name: str) -> PersonInfo:
    """A staff member with a photo, settings, a PIN, a meeting and their own topic template."""
    sessions, clock, people, staff, pictures = (
        setting.sessions,
        setting.clock,
        setting.people,
        setting.staff,
        setting.pictures,
    )
    person = people.add(name, ward_id=setting.ward.id, role=Role.STAFF, actor_id=staff.id)
    source = pictures.parent.parent / "photo.jpg"
    Image.new("RGB", (300, 300), (10, 120, 40)).save(source)
    person = people.set_picture(person.id, import_picture(source, pictures), pictures_dir=pictures)
    PreferencesService(sessions, clock).update(person.id, staff.id, language="cy", rate=120)
    StaffAuthService(sessions, clock).set_pin(person.id, "2580", staff.id)
    MeetingService(sessions, clock).schedule(
        person.id, MeetingKind.CPA, clock() + timedelta(days=3), title=f"{name}'s CPA"
    )
    with sessions.begin() as session:
        template = TopicTemplate(name=f"Topics for {name}", person_id=person.id)
        template.topics.append(TemplateTopic(position=0, title=f"What {name} wants to say"))
        session.add(template)
    return person


@pytest.mark.parametrize("name", [NAME, *ODD_NAMES[:4]])
def test_erasing_leaves_no_trace_of_the_person_and_audits_only_who_and_when(
    store: Store, clock: FixedClock, setting: Setting, name: str
) -> None:
    sessions, people, staff, pictures = setting.sessions, setting.people, setting.staff, setting.pictures
    person = add_everything_about(setting, name)
    picture = pictures / person.picture_file
    assert picture.exists() and rows_mentioning(store.sqlite_path, name)
    clock.now += timedelta(minutes=5)

    erase_person(sessions, person.id, staff.id, pictures, clock)

    assert people.get(person.id) is None
    assert rows_mentioning(store.sqlite_path, name) == []
    assert not picture.exists()
    with sessions() as session:
        assert session.scalars(select(TopicTemplate)).all() == []
    assert MeetingService(sessions, clock).for_person(person.id) == []
    [event] = AuditService(sessions).recent(5, kind=ERASED_EVENT)
    assert (event.actor_id, event.at, event.subject_id, event.detail) == (staff.id, clock(), None, {})
    assert people.get(staff.id) is not None  # nobody else went with them


def test_the_name_is_not_left_readable_in_the_database_files(store: Store, setting: Setting) -> None:
    sessions, staff, pictures, clock = setting.sessions, setting.staff, setting.pictures, setting.clock
    person = add_everything_about(setting, NAME)
    erase_person(sessions, person.id, staff.id, pictures, clock)
    needle = NAME.encode("utf-8")
    db = store.sqlite_path
    for file in (db, db.with_name(db.name + "-wal")):
        if file.exists():
            assert needle not in file.read_bytes(), file.name


def test_staff_cannot_erase_themselves_and_unknown_people_are_reported(setting: Setting) -> None:
    sessions, people, staff, pictures = setting.sessions, setting.people, setting.staff, setting.pictures
    with pytest.raises(NotForYourself):
        erase_person(sessions, staff.id, staff.id, pictures)
    assert people.get(staff.id) is not None
    other = people.add("Sam", ward_id=None)
    erase_person(sessions, other.id, staff.id, pictures)
    with pytest.raises(UnknownPerson):
        erase_person(sessions, other.id, staff.id, pictures)
    assert len(AuditService(sessions).recent(10, kind=ERASED_EVENT)) == 1


def test_a_ward_reps_own_council_points_and_their_recording_go_but_the_pack_stays(
    store: Store, clock: FixedClock, setting: Setting
) -> None:
    sessions, people, staff = setting.sessions, setting.people, setting.staff
    rep = people.add("Rowena", ward_id=setting.ward.id, is_ward_rep=True)
    recordings = setting.pictures.parent / "recordings"
    recordings.mkdir(parents=True)
    (recordings / "rep-voice.wav").write_bytes(b"RIFF")
    council = CouncilService(sessions, clock)
    pack = council.start_pack(setting.ward.id, rep.id, clock() - timedelta(days=28), clock())
    council.add_point(pack.id, words="ROWENA-SAYS-MORE-WALKS", recording_file="rep-voice.wav")

    erase_person(sessions, rep.id, staff.id, setting.pictures, clock, recordings_dir=recordings)

    kept = council.get(pack.id)
    assert kept is not None and kept.points == ()  # the ward's record stays; her words do not
    assert rows_mentioning(store.sqlite_path, "ROWENA-SAYS-MORE-WALKS") == []
    assert not (recordings / "rep-voice.wav").exists()


def test_erasing_takes_their_worries_help_requests_and_picture_password(
    setting: Setting, store: Store
) -> None:
    from coprod_desktop.services.help_requests import HelpRequestService
    from coprod_desktop.services.picture_passwords import PicturePasswordService
    from coprod_desktop.services.worries import WorryService
    from coprod_desktop.store.kinds import WhoMayKnow

    person = setting.people.add(NAME, ward_id=setting.ward.id)
    WorryService(setting.sessions, setting.clock).raise_worry(
        setting.ward.id,
        "Zebedee's worry about the lounge at night",
        WhoMayKnow.STAFF_ONLY,
        raised_by_id=person.id,
    )
    HelpRequestService(setting.sessions, setting.clock).ask(setting.ward.id, person.id, "Day room tablet")
    PicturePasswordService(setting.sessions, setting.clock).set_password(
        person.id,
        ["football", "music", "tv", "garden", "fruit", "cooking", "art", "bus", "weather"],
        ["tv", "art", "bus"],
        setting.staff.id,
    )
    erase_person(setting.sessions, person.id, setting.staff.id, setting.pictures, setting.clock)
    db_file = Path(store.engine.url.database or "")
    assert rows_mentioning(db_file, "Zebedee") == []
    with sqlite3.connect(db_file) as raw:
        for table in ("worry", "help_request", "picture_password"):
            (count,) = raw.execute(f"SELECT count(*) FROM {table}").fetchone()
            assert count == 0, table


def test_an_idea_and_a_worry_said_in_their_own_voice_go_with_their_recordings(
    store: Store, clock: FixedClock, setting: Setting
) -> None:
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.services.worries import WorryService
    from coprod_desktop.store.kinds import ActionSource, WhoMayKnow

    person = setting.people.add(NAME, ward_id=setting.ward.id)
    recordings = setting.pictures.parent / "recordings"
    recordings.mkdir(parents=True)
    for name in ("idea-voice.wav", "worry-voice.wav"):
        (recordings / name).write_bytes(b"RIFF")
    idea = ActionService(setting.sessions, clock).raise_action(
        setting.ward.id,
        ActionSource.IDEA,
        "",
        raised_by_id=person.id,
        symbols=["core-i", "core-want", "garden"],
        recording_file="idea-voice.wav",
    )
    worry = WorryService(setting.sessions, clock).raise_worry(
        setting.ward.id, "", WhoMayKnow.STAFF_ONLY, raised_by_id=person.id, recording_file="worry-voice.wav"
    )
    # Said with pictures or a voice alone: no words are needed, and what was said is all kept.
    assert idea.said_symbols == ("core-i", "core-want", "garden") and idea.you_said == ""
    assert worry.recording_file == "worry-voice.wav" and worry.words == ""

    erase_person(
        setting.sessions, person.id, setting.staff.id, setting.pictures, clock, recordings_dir=recordings
    )

    assert not (recordings / "idea-voice.wav").exists() and not (recordings / "worry-voice.wav").exists()
    with sqlite3.connect(store.sqlite_path) as raw:
        for table in ("ward_action", "worry"):
            (count,) = raw.execute(
                f"SELECT count(*) FROM {table} WHERE recording_file IS NOT NULL"
            ).fetchone()
            assert count == 0, table


def test_nothing_said_at_all_is_still_refused(setting: Setting) -> None:
    from coprod_desktop.services.actions import ActionService
    from coprod_desktop.services.text import InvalidText
    from coprod_desktop.store.kinds import ActionSource

    person = setting.people.add("Ann", ward_id=setting.ward.id)
    with pytest.raises(InvalidText):
        ActionService(setting.sessions, setting.clock).raise_action(
            setting.ward.id, ActionSource.IDEA, "   ", raised_by_id=person.id
        )
