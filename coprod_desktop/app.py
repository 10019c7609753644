"""Composition root: options, store, services, speech, window. The only place that wires them."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from coprod_desktop import APP_ID, APP_NAME, __version__
from coprod_desktop.cli import Options, parse

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    options = parse(argv)
    from PySide6.QtWidgets import QApplication

    from coprod_desktop.paths import DataPaths, default_data_dir

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    paths = DataPaths(options.data_dir or default_data_dir())
    _log_to_file(paths.root)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return run(app, options)


def run(app, options: Options) -> int:  # type: ignore[no-untyped-def]
    """Builds everything on an existing QApplication and runs it until the window closes."""
    from coprod_desktop.paths import DataPaths, default_data_dir
    from coprod_desktop.ui.switch_access import SwitchAccess
    from coprod_desktop.ui.theme import Theme

    paths = DataPaths(options.data_dir or default_data_dir())
    app.setStyleSheet(Theme().style_sheet())
    switch = SwitchAccess(app)
    app.installEventFilter(switch)

    from coprod_desktop.store.problems import StoreProblem

    lock = None
    try:
        if options.db_url is None:
            lock = _take_single_instance_lock(paths)
        store = open_and_update_store(paths, options)
    except StoreProblem as problem:
        log.error("store problem: %s", problem)
        return _show_problem(app, problem, options, lock)

    from coprod_desktop.services.demo import DEMO_WARD_NAME, seed_demo_ward
    from coprod_desktop.ui.context import Services

    services = Services.build(store.session_factory)
    if options.demo:
        seed_demo_ward(store.session_factory)
    wards = services.wards.active()
    ward = next((w for w in wards if w.name == DEMO_WARD_NAME), None) if options.demo else None
    ward = ward or (wards[0] if wards else None)

    window, context = build_window(app, services, paths, options, ward)
    if options.fullscreen:
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    if options.exit_when_ready:
        on_first_paint(window, lambda: _report_ready_and_quit(app))
    if options.speech:
        # Finding the sound device loads QtMultimedia: do it once the first screen is up.
        on_first_paint(window, lambda: _prepare_speech(context.speaker, window))
    try:
        code = app.exec()
    finally:
        _shutdown(context.speaker)
        store.dispose()
        if lock is not None:
            lock.unlock()
    del switch
    return code


def open_and_update_store(paths, options: Options):  # type: ignore[no-untyped-def]
    from coprod_desktop.store.engine import open_store
    from coprod_desktop.store.migrate import upgrade_to_head

    store = open_store(options.db_url or paths.sqlite_url())
    try:
        result = upgrade_to_head(store, paths.backups)
    except Exception:
        store.dispose()
        raise
    if result.migrated:
        log.info("store updated from %s to %s (backup: %s)", result.before, result.after, result.backup)
    return store


def _take_single_instance_lock(paths):  # type: ignore[no-untyped-def]
    """One copy of the app per data folder; a stale lock from a crash is taken over."""
    from PySide6.QtCore import QLockFile

    from coprod_desktop.store.engine import check_folder_writable
    from coprod_desktop.store.problems import ProblemKind, StoreProblem

    check_folder_writable(paths.root)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        raise StoreProblem(ProblemKind.LOCKED, str(paths.root), "another copy of My Say is using this folder")
    return lock


def build_window(app, services, paths, options: Options, ward):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from coprod_desktop.speech.silent import SilentSpeaker
    from coprod_desktop.symbols.catalogue import SymbolCatalogue
    from coprod_desktop.ui.context import UiContext
    from coprod_desktop.ui.i18n import LanguageSwitcher
    from coprod_desktop.ui.main_window import MainWindow
    from coprod_desktop.ui.symbol_icons import SymbolPainter

    catalogue = SymbolCatalogue.load()
    if options.speech:
        from coprod_desktop.ui.speech.qt_speaker import QtSpeaker

        speaker = QtSpeaker(paths.speech_cache)
    else:
        speaker = SilentSpeaker()
    context = UiContext(
        services=services,
        speaker=speaker,
        catalogue=catalogue,
        painter=SymbolPainter(catalogue),
        languages=LanguageSwitcher(app),
        paths=paths,
        ward_language=options.lang or "en",
    )
    window = MainWindow(context, ward)
    if options.speech and hasattr(speaker, "unavailable"):
        from coprod_desktop.ui.speech.notices import speech_notice

        speaker.unavailable.connect(lambda reason: window.notices.add(speech_notice(reason)))
    if context.painter.missing:
        words = QCoreApplication.translate(
            "StartupNotices", "Some pictures are missing and show a question mark: {ids}"
        )
        window.notices.add(words.format(ids=", ".join(sorted(context.painter.missing))))
    if context.languages.missing:
        window.notices.add(
            QCoreApplication.translate(
                "StartupNotices", "The translation files are missing. Run scripts/setup to build them."
            )
        )
    return window, context


def _prepare_speech(speaker, window) -> None:  # type: ignore[no-untyped-def]
    """Tells staff once, in plain words, why there is no speech (no engine, no speakers)."""
    from coprod_desktop.ui.speech.notices import speech_notice

    speaker.prepare_audio()
    status = speaker.status()
    if not status.available:
        window.notices.add(speech_notice(status.reason))


def _report_ready_and_quit(app) -> None:  # type: ignore[no-untyped-def]
    print("ready", flush=True)  # start-up benchmarks time the launch up to this line
    app.quit()


def on_first_paint(window, callback) -> None:  # type: ignore[no-untyped-def]
    """Runs `callback` on the turn of the event loop after the first screen is drawn."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, callback)
            return False

    window.current_screen().installEventFilter(FirstPaint(window))


def _show_problem(app, problem, options: Options, lock) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    from coprod_desktop.ui.screens.start.store_problem_screen import StoreProblemScreen

    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    screen = StoreProblemScreen(problem)
    screen.quit_requested.connect(app.quit)
    window.setCentralWidget(screen)
    window.resize(1280, 800)
    if options.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    if options.exit_when_ready:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    app.exec()
    if lock is not None:
        lock.unlock()
    return 2


def _shutdown(speaker) -> None:  # type: ignore[no-untyped-def]
    shutdown = getattr(speaker, "shutdown", None)
    if callable(shutdown):
        shutdown()


def _log_to_file(root: Path) -> None:
    """Errors go to a log file for staff and IT; patients never see a traceback."""
    from logging.handlers import RotatingFileHandler

    handlers: list[logging.Handler] = [logging.StreamHandler()]
    try:
        (root / "logs").mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingFileHandler(root / "logs" / "my-say.log", maxBytes=1_000_000, backupCount=3))
    except OSError:
        pass
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=handlers,
        force=True,
    )

    def log_uncaught(kind, value, trace) -> None:  # type: ignore[no-untyped-def]
        log.error("unexpected error", exc_info=(kind, value, trace))

    sys.excepthook = log_uncaught
