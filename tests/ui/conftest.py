"""A real window over a real SQLite store seeded with the demo ward; only the speaker is a recorder."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from coprod_desktop.paths import DataPaths
from coprod_desktop.services.demo import DEMO_PEOPLE, DEMO_STAFF_PIN, DEMO_WARD_NAME, seed_demo_ward
from coprod_desktop.store.engine import Store
from coprod_desktop.symbols.catalogue import SymbolCatalogue
from coprod_desktop.ui.context import Services, UiContext
from coprod_desktop.ui.i18n import LanguageSwitcher
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.symbol_icons import SymbolPainter
from tests.conftest import FixedClock
from tests.fakes import RecordingSpeaker


@pytest.fixture
def speaker() -> RecordingSpeaker:
    return RecordingSpeaker()


@pytest.fixture
def ui_context(
    qapp: QApplication, store: Store, data_paths: DataPaths, speaker: RecordingSpeaker, clock: FixedClock
) -> Iterator[UiContext]:
    catalogue = SymbolCatalogue.load()
    languages = LanguageSwitcher(qapp)
    context = UiContext(
        services=Services.build(store.session_factory, clock),
        speaker=speaker,
        catalogue=catalogue,
        painter=SymbolPainter(catalogue),
        languages=languages,
        paths=data_paths,
        clock=clock,
    )
    yield context
    # Delete every window this test made before the next test restyles or retranslates the app:
    # a widget left waiting for deletion while its store is closed must never be polished again.
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    languages.use("en")
    qapp.setStyleSheet("")


@pytest.fixture
def window(qtbot, ui_context: UiContext, store: Store, clock: FixedClock) -> MainWindow:  # type: ignore[no-untyped-def]
    # The store is a copy of the demo ward seeded at this clock's time (tests/conftest.py).
    wards = ui_context.services.wards
    ward = seed_demo_ward(store.session_factory, clock) or wards.find_by_name(DEMO_WARD_NAME)
    assert ward is not None
    main = MainWindow(ui_context, ward)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture
def new_ward_window(qtbot, ui_context: UiContext) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window on a new ward with the demo's people (Jo has the demo PIN) and nothing else: no
    experience answers or self-checks yet, for tests that count from an empty start."""
    services = ui_context.services
    ward = services.wards.add("Birch Ward")
    for p in DEMO_PEOPLE:
        person = services.people.add(
            p.called, ward_id=ward.id, role=p.role, is_ward_rep=p.ward_rep, picture_symbol=p.picture
        )
        if p.called == "Jo":
            services.staff_auth.set_pin(person.id, DEMO_STAFF_PIN)
    main = MainWindow(ui_context, ward)
    qtbot.addWidget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.waitExposed(main)
    return main


@pytest.fixture(scope="session")
def audio_inputs(qapp: QApplication) -> list[object]:
    from PySide6.QtMultimedia import QMediaDevices

    return list(QMediaDevices.audioInputs())


@pytest.fixture
def needs_microphone(audio_inputs: list[object]) -> None:
    """Recording needs a microphone: headless, scripts/start-null-audio gives a PulseAudio null source."""
    if not audio_inputs:
        pytest.skip("No audio input device (run scripts/start-null-audio to get a PulseAudio null source)")
