"""The Export screen: pick a folder, export off the UI thread with progress, see where it went; Cancel
and problems are said in plain words; big targets and accessible names."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.services.records import PersonInfo
from coprod_desktop.store.engine import Store
from coprod_desktop.ui.context import UiContext
from coprod_desktop.ui.screens.staff import export_screen
from coprod_desktop.ui.screens.staff.areas import AREAS
from coprod_desktop.ui.screens.staff.export_screen import ExportScreen
from tests.conftest import FixedClock


@pytest.fixture
def staff(ui_context: UiContext, store: Store, clock: FixedClock) -> PersonInfo:
    ward = seed_demo_ward(store.session_factory, clock)
    assert ward is not None
    ui_context.services.device.set_ward(ward.id)
    # The manager: the whole ward needs one (tests/ui/test_staff_roles.py has ward staff).
    return next(p for p in ui_context.services.people.on_ward(ward.id) if p.is_manager)


@pytest.fixture
def screen(qtbot, ui_context: UiContext, staff: PersonInfo) -> ExportScreen:  # type: ignore[no-untyped-def]
    shown = ExportScreen(ui_context, staff)
    qtbot.addWidget(shown)
    shown.resize(1280, 800)
    shown.show()
    qtbot.waitExposed(shown)
    shown.start.setDate(QDate(2026, 1, 1))
    shown.end.setDate(QDate(2026, 12, 31))
    return shown


def test_the_area_opens_this_screen() -> None:
    area = next(a for a in AREAS if a.key == "export")
    assert area.available() and area.screen_class() is ExportScreen


def test_export_the_ward_to_a_folder(
    qtbot, screen: ExportScreen, tmp_path: Path, ui_context: UiContext
) -> None:  # type: ignore[no-untyped-def]
    assert not screen.export_button.isEnabled()  # no folder yet, and the screen says so beside it
    assert screen.why_not.isVisible() and screen.why_not.text() == "Choose a folder to save it in first."
    assert screen.export_button.accessibleDescription() == screen.why_not.text()
    assert screen.who.currentText() == "The whole ward: Cedar Ward (demo)"
    screen.set_folder(tmp_path)
    assert screen.export_button.isEnabled() and not screen.why_not.isVisible()
    with qtbot.waitSignal(screen.finished, timeout=30_000):
        screen.export_button.click()
    assert screen.result is not None
    assert screen.result.counts == {
        "person": 5,
        "meeting": 4,
        "preferences": 5,
        "topic": 2,
        "thank_you": 2,
        "action": 5,  # and the council's answer
        "say_view": 6,
        "prem": 96,  # four people, three times, eight questions
        "council_pack": 1,
        "partnership": 2,
    }
    assert str(screen.result.path) in screen.status.text()
    assert "Meetings: 4" in screen.status.text()
    assert screen.export_button.isEnabled() and not screen.cancel_button.isEnabled()
    [event] = ui_context.services.audit.recent(kind="export_made")
    assert event.actor_id == screen.staff.id


def test_one_person_only_what_is_ticked_as_a_zip(qtbot, screen: ExportScreen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sam = next(i for i in range(screen.who.count()) if screen.who.itemText(i) == "Sam")
    screen.who.setCurrentIndex(sam)
    assert not screen.council.isEnabled()  # the council never gets one named person
    screen.kind_boxes["preferences"].setChecked(False)
    assert not screen.password.isEnabled()
    screen.as_zip.setChecked(True)
    screen.password.setText("biscuits")
    screen.set_folder(tmp_path)
    with qtbot.waitSignal(screen.finished, timeout=30_000):
        screen.export_button.click()
    assert screen.result is not None
    assert screen.result.path.suffix == ".zip"
    assert screen.result.counts == {
        "person": 1,
        "meeting": 2,
        "topic": 2,
        "thank_you": 1,  # Sam's own, for his care team
        "action": 0,  # anonymous: never in an export about one named person
        "say_view": 0,
        "prem": 24,  # his own answers: eight questions, three times (one skipped still counts)
        "council_pack": 0,
        "partnership": 0,
    }


def test_a_folder_that_cannot_be_used_is_said_plainly(qtbot, screen: ExportScreen, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    room = tmp_path / "room"
    room.mkdir()
    blocker = room / "a-file"
    blocker.write_text("in the way")
    screen.set_folder(blocker / "exports")
    with qtbot.waitSignal(screen.finished, timeout=30_000):
        screen.export_button.click()
    assert screen.result is None
    assert "not allowed to save files" in screen.status.text()
    assert "Nothing was saved" in screen.status.text()
    assert [p.name for p in room.iterdir()] == ["a-file"]


def test_cancel_stops_and_leaves_nothing(  # type: ignore[no-untyped-def]
    qtbot, screen: ExportScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_export = export_screen.export

    def held_until_cancelled(*args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs["progress"](1, 100)
        assert kwargs["cancel"].wait(20)  # the export is under way when Cancel is pressed
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_screen, "export", held_until_cancelled)
    out = tmp_path / "exports"
    out.mkdir()
    screen.set_folder(out)
    with qtbot.waitSignal(screen.finished, timeout=30_000):
        screen.export_button.click()
        assert screen.busy() and screen.cancel_button.isEnabled() and not screen.export_button.isEnabled()
        assert screen.progress.isVisible()
        qtbot.waitUntil(lambda: screen.progress.value() == 1)
        screen.cancel_button.click()
    assert screen.result is None
    assert screen.status.text() == "Export stopped. Nothing was saved."
    assert list(out.iterdir()) == []
    assert not screen.cancel_button.isEnabled() and not screen.progress.isVisible()


def test_backwards_dates_are_explained(screen: ExportScreen, tmp_path: Path) -> None:
    screen.set_folder(tmp_path)
    screen.start.setDate(QDate(2026, 12, 1))
    screen.end.setDate(QDate(2026, 1, 1))
    screen.export_button.click()
    assert "before the first day" in screen.status.text()
    assert not screen.busy()


def test_big_targets_and_names(screen: ExportScreen) -> None:
    screen.as_zip.setChecked(True)
    widgets = [
        screen.who,
        screen.start,
        screen.end,
        *screen.kind_boxes.values(),
        screen.council,
        screen.choose_folder_button,
        screen.as_zip,
        screen.password,
        screen.export_button,
        screen.cancel_button,
    ]
    for widget in widgets:
        assert widget.height() >= 88, widget
        assert widget.accessibleName(), widget
    assert screen.export_button.height() >= 96 and screen.cancel_button.height() >= 96
