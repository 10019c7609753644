"""The People screen on a real store: add, name, picture, try a voice, PIN, archive, erase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QWidget

from coprod_desktop.services.audit import AuditService
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.records import PersonInfo, WardInfo
from coprod_desktop.speech.protocol import Voice
from coprod_desktop.store.engine import Store
from coprod_desktop.store.kinds import Role
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.staff.areas import AREAS
from coprod_desktop.ui.screens.staff.people_prefs import SAMPLES
from coprod_desktop.ui.screens.staff.people_screen import PeopleScreen
from coprod_desktop.ui.screens.staff.person_editor import NAME_PAUSE_MS
from tests.conftest import ODD_NAMES, FixedClock
from tests.fakes import RecordingSpeaker

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def ward(store: Store, clock: FixedClock) -> WardInfo:
    seeded = seed_demo_ward(store.session_factory, clock)
    assert seeded is not None
    return seeded


@pytest.fixture
def staff(ui_context: UiContext, ward: WardInfo) -> PersonInfo:
    """The demo ward's manager: erasing needs one (tests/ui/test_staff_roles.py has ward staff)."""
    return next(p for p in ui_context.services.people.on_ward(ward.id) if p.is_manager)


@pytest.fixture
def screen(qtbot, ui_context: UiContext, staff: PersonInfo) -> PeopleScreen:  # type: ignore[no-untyped-def]
    shown = PeopleScreen(ui_context, staff)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def type_into(qtbot, field: QLineEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Types as a person would: keys for plain letters, the input method (as an emoji picker or an
    Arabic keyboard does) for anything else. QTest's key clicks only know ASCII."""
    if text.isascii():
        qtbot.keyClicks(field, text)
        return
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def person_called(screen: PeopleScreen, name: str) -> PersonInfo:
    return next(
        e.person
        for e in screen.context.services.people.listing(screen.current_ward())
        if e.person.called == name
    )


def open_called(screen: PeopleScreen, name: str) -> PersonInfo:
    person = person_called(screen, name)
    screen.open_person(person.id)
    return person


def test_the_staff_area_finds_this_screen() -> None:
    area = next(a for a in AREAS if a.key == "people")
    assert area.available() and area.screen_class() is PeopleScreen


@pytest.mark.parametrize("name", ["Morgan", *ODD_NAMES])
def test_a_new_patient_is_saved_while_typing_with_no_button_pressed(
    qtbot, screen: PeopleScreen, ward: WardInfo, name: str
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(screen.add_patient, LEFT)
    assert screen.editor.name.hasFocus() or screen.editor.name.isVisible()
    screen.editor.name.setFocus()
    type_into(qtbot, screen.editor.name, name)
    people = screen.context.services.people

    def saved() -> bool:
        return any(p.called == name for p in people.on_ward(ward.id, Role.PATIENT))

    qtbot.waitUntil(saved, timeout=NAME_PAUSE_MS + 3000)
    added = next(p for p in people.on_ward(ward.id) if p.called == name)
    assert added.role is Role.PATIENT
    # shown as typed: list rows and labels are plain text, never markup
    assert name in [screen.people_list.item(i).text() for i in range(screen.people_list.count())]
    for label in screen.findChildren(QLabel):
        assert label.textFormat() in (Qt.TextFormat.PlainText,) or not label.text(), label.text()


def test_renaming_saves_after_a_pause_and_when_leaving_the_screen(qtbot, screen: PeopleScreen) -> None:  # type: ignore[no-untyped-def]
    sam = open_called(screen, "Sam")
    screen.editor.name.setFocus()
    screen.editor.name.selectAll()
    qtbot.keyClicks(screen.editor.name, "Samuel")
    people = screen.context.services.people
    qtbot.waitUntil(lambda: people.get(sam.id).called == "Samuel", timeout=NAME_PAUSE_MS + 3000)
    qtbot.keyClicks(screen.editor.name, " J")
    screen.hide()  # an idle sign-out takes the screen away before the pause ends
    assert people.get(sam.id).called == "Samuel J"


def test_a_blank_name_is_not_saved_and_says_why(qtbot, screen: PeopleScreen) -> None:  # type: ignore[no-untyped-def]
    sam = open_called(screen, "Sam")
    screen.editor.name.clear()
    screen.editor.save_name()
    assert screen.context.services.people.get(sam.id).called == "Sam"
    assert "cannot be empty" in screen.message.text()


def test_moving_to_another_ward_takes_them_off_this_list(
    qtbot, screen: PeopleScreen, ui_context: UiContext, ward: WardInfo
) -> None:  # type: ignore[no-untyped-def]
    ash = ui_context.services.wards.add("Ash")
    screen.on_shown()
    sam = open_called(screen, "Sam")
    combo = screen.editor.ward
    combo.setCurrentIndex(combo.findData(str(ash.id)))
    combo.activated.emit(combo.currentIndex())
    assert ui_context.services.people.get(sam.id).ward_id == ash.id
    assert "Sam" not in [e.person.called for e in ui_context.services.people.listing(ward.id)]
    assert screen.message.text() == "Moved to Ash."


def test_a_picture_is_checked_and_shown_and_a_bad_one_refused_in_plain_words(
    qtbot, screen: PeopleScreen, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    sam = open_called(screen, "Sam")
    photo = tmp_path / "sam.jpg"
    Image.new("RGB", (2000, 1500), (20, 120, 200)).save(photo)
    assert screen.editor.use_picture(photo)
    saved = screen.context.services.people.get(sam.id)
    assert saved.picture_file and (screen.context.paths.pictures / saved.picture_file).exists()
    assert screen.editor.remove_picture.isEnabled()
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(photo.read_bytes()[:500])
    assert not screen.editor.use_picture(broken)
    assert screen.message.text() == "This file is not a picture we can use, or it is damaged."
    assert screen.context.services.people.get(sam.id).picture_file == saved.picture_file
    qtbot.mouseClick(screen.editor.remove_picture, LEFT)
    assert screen.context.services.people.get(sam.id).picture_file is None
    assert not (screen.context.paths.pictures / saved.picture_file).exists()


def test_try_it_speaks_a_sample_with_the_persons_voice_and_speed(
    qtbot, screen: PeopleScreen, speaker: RecordingSpeaker, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    voices: list[Voice] = []
    monkeypatch.setattr(speaker, "set_voice", lambda voice: voices.append(voice))
    dafydd = open_called(screen, "Dafydd")  # the demo sets his language to Welsh
    panel = screen.editor.preferences
    qtbot.mouseClick(panel.slower, LEFT)
    assert screen.context.services.preferences.get(dafydd.id).rate == 130
    qtbot.mouseClick(panel.try_it, LEFT)
    assert speaker.last == SAMPLES["cy"]
    assert voices[0] == Voice(language="cy", voice_id=None, rate=130)
    assert voices[-1].rate == 150  # the staff member's own voice is back


def test_preferences_save_at_once(qtbot, screen: PeopleScreen) -> None:  # type: ignore[no-untyped-def]
    sam = open_called(screen, "Sam")
    panel = screen.editor.preferences
    panel.speech_on.click()
    panel.high_contrast.setChecked(True)
    panel.symbols_on.setChecked(False)
    panel.language.setCurrentIndex(2)
    panel.language.activated.emit(2)
    panel.voice.setCurrentIndex(1)
    panel.voice.activated.emit(1)
    prefs = screen.context.services.preferences.get(sam.id)
    assert (prefs.speech_on, prefs.high_contrast, prefs.symbols_on, prefs.language) == (
        False,
        True,
        False,
        "cy",
    )
    assert prefs.voice is None  # Welsh offers only the standard voice, so the list was rebuilt


def test_a_weak_pin_is_explained_and_a_good_one_saved(
    qtbot, screen: PeopleScreen, ui_context: UiContext, ward: WardInfo
) -> None:  # type: ignore[no-untyped-def]
    kim = ui_context.services.people.add("Kim", ward_id=ward.id, role=Role.STAFF)
    screen.refresh()
    screen.open_person(kim.id)
    editor = screen.editor
    assert editor.pin.echoMode() is QLineEdit.EchoMode.Password and not editor.ward_rep.isVisible()
    qtbot.keyClicks(editor.pin, "1234")
    qtbot.keyClicks(editor.pin_again, "1234")
    qtbot.mouseClick(editor.save_pin, LEFT)
    assert screen.message.text() == "A PIN cannot be numbers in a row, like 1234."
    qtbot.keyClicks(editor.pin, "2580")
    qtbot.keyClicks(editor.pin_again, "2581")
    qtbot.mouseClick(editor.save_pin, LEFT)
    assert "not the same" in screen.message.text()
    qtbot.keyClicks(editor.pin, "2580")
    qtbot.keyClicks(editor.pin_again, "2580")
    qtbot.mouseClick(editor.save_pin, LEFT)
    assert screen.message.text() == "The new PIN is saved."
    assert ui_context.services.staff_auth.sign_in(kim.id, "2580").ok


def test_archive_hides_and_bring_back_returns(qtbot, screen: PeopleScreen, ward: WardInfo) -> None:  # type: ignore[no-untyped-def]
    sam = open_called(screen, "Sam")
    qtbot.mouseClick(screen.editor.archive, LEFT)
    people = screen.context.services.people
    assert people.is_archived(sam.id)
    assert "Sam" not in [p.called for p in people.on_ward(ward.id)]
    assert screen.editor.archive.text() == "Bring back"
    screen.show_archived.click()
    assert "Sam (archived)" in [screen.people_list.item(i).text() for i in range(screen.people_list.count())]
    qtbot.mouseClick(screen.editor.archive, LEFT)
    assert not people.is_archived(sam.id)


def test_staff_cannot_archive_or_erase_themselves(screen: PeopleScreen, staff: PersonInfo) -> None:
    screen.open_person(staff.id)
    assert not screen.editor.erase.isVisible() and not screen.editor.archive.isVisible()
    assert screen.editor.self_note.isVisible()


def test_erasing_needs_two_separate_presses_and_no_cancels(
    qtbot, screen: PeopleScreen, staff: PersonInfo
) -> None:  # type: ignore[no-untyped-def]
    people = screen.context.services.people
    sam = open_called(screen, "Sam")
    qtbot.mouseClick(screen.editor.erase, LEFT)
    confirm = screen.confirm
    assert screen.pages.currentWidget() is confirm and confirm.keep.hasFocus()
    assert "Sam" in confirm.heading.text()
    qtbot.mouseClick(confirm.keep, LEFT)  # No at step 1
    assert people.get(sam.id) is not None and screen.message.text() == "Nothing was erased."

    qtbot.mouseClick(screen.editor.erase, LEFT)
    yes_place = confirm.go_on.geometry()
    qtbot.mouseClick(confirm.go_on, LEFT)
    assert people.get(sam.id) is not None  # one press is never enough
    assert confirm.keep.geometry().intersects(yes_place)  # a second tap in the same place says No
    qtbot.mouseClick(confirm.keep, LEFT)
    assert people.get(sam.id) is not None

    qtbot.mouseClick(screen.editor.erase, LEFT)
    qtbot.mouseClick(confirm.go_on, LEFT)
    qtbot.mouseClick(confirm.erase, LEFT)
    assert people.get(sam.id) is None
    assert "Sam" not in [
        e.person.called for e in people.listing(screen.current_ward(), include_archived=True)
    ]
    [event] = AuditService(screen.context.services.session_factory).recent(5, kind="person_erased")
    assert event.actor_id == staff.id and event.subject_id is None
    assert "has been erased" in screen.message.text()


def test_every_control_is_big_named_and_reachable_by_keyboard(screen: PeopleScreen) -> None:
    open_called(screen, "Sam")
    controls: list[QWidget] = [
        w
        for w in screen.findChildren(QWidget)
        if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isVisibleTo(screen)
    ]
    assert len(controls) > 15
    for control in controls:
        assert control.accessibleName(), repr(control)
        assert control.focusPolicy() & Qt.FocusPolicy.TabFocus, control.accessibleName()
        if isinstance(control, QAbstractButton):
            assert control.minimumHeight() >= 88 or control.height() >= 88, control.accessibleName()


def test_welsh_screen_has_no_english_left_behind_for_the_words_we_translate(
    screen: PeopleScreen, ui_context: UiContext
) -> None:
    assert screen.title() == "People"
    screen.retranslate()  # retranslating twice changes nothing and breaks nothing
    assert screen.add_patient.text() == "New patient"
