"""A person can tap at once on a window whose store layer is still loading in the background."""

from __future__ import annotations

import threading
from concurrent.futures import Future

from PySide6.QtCore import Qt

from coprod_desktop.app import quick_roster
from coprod_desktop.cli import parse
from coprod_desktop.paths import DataPaths
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.store.engine import Store
from coprod_desktop.ui.context import Services, ServicesLoading, UiContext
from coprod_desktop.ui.main_window import MainWindow
from coprod_desktop.ui.screens.home.home_screen import HomeScreen


def test_a_tap_before_the_services_are_loaded_waits_and_then_works(
    qtbot, ui_context: UiContext, store: Store, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    seed_demo_ward(store.session_factory)
    roster = quick_roster(data_paths, parse(["--data-dir", str(data_paths.root), "--demo"]))
    assert roster is not None
    future: Future[Services] = Future()
    ui_context.services = ServicesLoading(future)
    window = MainWindow(ui_context, roster.ward, roster.patients)
    qtbot.addWidget(window)
    window.show()
    assert [p.called for p in window.who_are_you.people()] == [p.called for p in roster.patients]
    # The store layer arrives from another thread a little later, as in the app.
    timer = threading.Timer(0.2, lambda: future.set_result(Services.build(store.session_factory)))
    timer.start()
    qtbot.mouseClick(window.who_are_you.button_for("Sam"), Qt.MouseButton.LeftButton)
    timer.join()
    home = window.current_screen()
    assert isinstance(home, HomeScreen)
    assert "CPA meeting" in home.meeting_tile.spoken


def test_a_store_that_fails_to_load_in_the_background_shows_staff_what_happened(
    qtbot, ui_context: UiContext, store: Store, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from coprod_desktop.app import BackgroundStoreLoader, _show_problem_in
    from coprod_desktop.store.problems import ProblemKind
    from coprod_desktop.ui.screens.start.store_problem_screen import StoreProblemScreen

    seed_demo_ward(store.session_factory)
    store.dispose()
    options = parse(["--data-dir", str(data_paths.root), "--demo"])
    roster = quick_roster(data_paths, options)
    assert roster is not None
    loader = BackgroundStoreLoader(data_paths, options)
    ui_context.services = loader.services
    window = MainWindow(ui_context, roster.ward, roster.patients)
    qtbot.addWidget(window)
    loader.failed.connect(lambda problem: _show_problem_in(window, problem, None))
    window.show()
    # Another program takes the store for itself between the quick read and the full open.
    holder = sqlite3.connect(data_paths.store_file)
    holder.execute("PRAGMA locking_mode=EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with qtbot.waitSignal(loader.failed, timeout=20000) as failed:
            loader.start()
        assert failed.args[0].kind is ProblemKind.LOCKED
        qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), StoreProblemScreen))
        assert not window.nav.isVisible()
    finally:
        holder.rollback()
        holder.close()
        loader.finish()
