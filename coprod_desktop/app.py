"""Composition root: options, store, services, speech, window. The only place that wires them."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from coprod_desktop import APP_ID, APP_NAME, __version__
from coprod_desktop.cli import Options, parse

log = logging.getLogger(__name__)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["export"]:
        # A scheduled task's headless export: no window, no Qt.
        from coprod_desktop.export_cli import main as export_main

        return export_main(args[1:])
    options = parse(args)
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
    from coprod_desktop.ui.emoji_font import add_emoji_font
    from coprod_desktop.ui.theme import Theme

    paths = DataPaths(options.data_dir or default_data_dir())
    add_emoji_font()
    app.setStyleSheet(Theme().style_sheet())

    from coprod_desktop.store.problems import StoreProblem

    lock = None
    loader: BackgroundStoreLoader | None = None
    store = None
    try:
        if options.db_url is None:
            lock = _take_single_instance_lock(paths)
        roster = quick_roster(paths, options)
        if roster is None:
            store = open_and_update_store(paths, options)
            services, ward, patients, first_run_needed, kiosk = _load_everything_now(store, options)
        else:
            loader = BackgroundStoreLoader(paths, options)
            services, ward, patients = loader.services, roster.ward, roster.patients
            first_run_needed, kiosk = False, roster.kiosk
    except StoreProblem as problem:
        log.error("store problem: %s", problem)
        return _show_problem(app, problem, options, lock)

    window, context = build_window(app, services, paths, options, ward, patients)
    if loader is not None:
        loader.failed.connect(lambda problem: _show_problem_in(window, problem, app))
    if first_run_needed and store is not None:
        window.show_first_run(store.session_factory)
    if options.kiosk or kiosk:
        window.set_kiosk(True)
    elif options.fullscreen:
        window.fill_screen()
    else:
        window.resize(1280, 800)
        window.show()
    after_first_paint = []
    if options.exit_when_ready:
        after_first_paint.append(lambda: _report_ready_and_quit(app))
    if loader is not None:
        after_first_paint.append(loader.start)
    if options.speech:
        # Finding the sound device loads QtMultimedia: do it once the first screen is up.
        after_first_paint.append(lambda: _prepare_speech(context.speaker, window))
    # The symbol index, read while nobody is waiting: the first word typed in a picker finds at once.
    after_first_paint.append(context.catalogue.warm)
    on_first_paint(window, *after_first_paint)
    daily_backup = None
    if options.db_url is None:
        from coprod_desktop.ui.daily_backup import DailyBackup

        daily_backup = DailyBackup(context.services, paths, window.ward_id, window.notices.add, window)
        daily_backup.start()
    try:
        code = app.exec()
    finally:
        if daily_backup is not None:
            daily_backup.wait()
        _shutdown(context.speaker)
        if loader is not None:
            store = loader.finish()
        if store is not None:
            store.dispose()
        if lock is not None:
            lock.unlock()
    return code


def quick_roster(paths, options: Options):  # type: ignore[no-untyped-def]
    """The first screen's ward and patients without SQLAlchemy, when the store is ready as it is.

    None means the full path is needed: a new store, a pending migration, demo data to add, or a
    database server. A damaged or locked file raises StoreProblem here, as it would on the full path.
    """
    if options.db_url is not None or not paths.store_file.exists():
        return None
    from coprod_desktop.services.roster_snapshot import read_roster
    from coprod_desktop.store.migrations import HEAD
    from coprod_desktop.store.safety import check_sqlite_file, schema_revision

    check_sqlite_file(paths.store_file)
    if schema_revision(paths.store_file) != HEAD:
        return None
    from coprod_desktop.services.demo import DEMO_WARD_NAME

    roster = read_roster(paths.store_file, DEMO_WARD_NAME if options.demo else None)
    if options.demo and all(ward.name != DEMO_WARD_NAME for ward in roster.wards):
        return None
    if not roster.staff_can_sign_in:
        return None  # first run: the setup screen needs the full store layer
    return roster


def _load_everything_now(store, options: Options):  # type: ignore[no-untyped-def]
    from coprod_desktop.services.demo import DEMO_WARD_NAME, seed_demo_ward
    from coprod_desktop.services.roster_snapshot import choose_ward
    from coprod_desktop.services.setup import needs_first_run
    from coprod_desktop.store.kinds import Role
    from coprod_desktop.ui.context import Services

    services = Services.build(store.session_factory)
    if options.demo:
        seed_demo_ward(store.session_factory)
    ward = choose_ward(
        services.wards.active(), DEMO_WARD_NAME if options.demo else None, services.device.ward_id()
    )
    patients = services.people.on_ward(ward.id, role=Role.PATIENT) if ward is not None else []
    kiosk = services.ward_settings.get(ward.id).kiosk if ward is not None else False
    return services, ward, patients, needs_first_run(store.session_factory), kiosk


def _loader_signals():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QObject, Signal

    class LoaderSignals(QObject):
        failed = Signal(object)
        """A StoreProblem, delivered on the GUI thread."""

    return LoaderSignals()


class BackgroundStoreLoader:
    """Opens the store and builds the services on a worker thread once the first screen is drawn.

    Only plain Python runs there (imports, SQLite, SQLAlchemy); no Qt object is touched. If the store
    cannot be opened after all (say another program locked it meanwhile), `failed` tells the window.
    """

    def __init__(self, paths, options: Options) -> None:  # type: ignore[no-untyped-def]
        from concurrent.futures import Future

        from coprod_desktop.ui.context import ServicesLoading

        self._signals = _loader_signals()
        self.failed = self._signals.failed
        self._paths = paths
        self._options = options
        self._future: Future = Future()
        self._store = None
        self._thread = None
        self.services = ServicesLoading(self._future)

    def start(self) -> None:
        import threading

        self._thread = threading.Thread(target=self._load, name="store-loader", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        from coprod_desktop.ui.context import Services

        try:
            self._store = open_and_update_store(self._paths, self._options)
            self._future.set_result(Services.build(self._store.session_factory))
        except BaseException as error:  # handed to whoever first needs the services, and shown
            from coprod_desktop.store.problems import ProblemKind, StoreProblem

            log.error("the store could not be opened in the background: %s", error)
            problem = (
                error
                if isinstance(error, StoreProblem)
                else StoreProblem(ProblemKind.UNREACHABLE, str(self._paths.store_file), str(error))
            )
            self._future.set_exception(problem)
            self._signals.failed.emit(problem)

    def finish(self):  # type: ignore[no-untyped-def]
        """Waits for the worker (it may still be loading if the app closed at once); returns the store."""
        if self._thread is not None:
            self._thread.join()
        return self._store


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

    from coprod_desktop.store.problems import ProblemKind, StoreProblem
    from coprod_desktop.store.safety import check_folder_writable

    check_folder_writable(paths.root)
    lock = QLockFile(str(paths.lock_file))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        raise StoreProblem(ProblemKind.LOCKED, str(paths.root), "another copy of My Say is using this folder")
    return lock


def build_window(app, services, paths, options: Options, ward, patients=None):  # type: ignore[no-untyped-def]
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
    window = MainWindow(context, ward, patients)
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


def on_first_paint(window, *callbacks) -> None:  # type: ignore[no-untyped-def]
    """Runs `callbacks`, in order, on the turns of the event loop after the first screen is drawn."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                for callback in callbacks:
                    QTimer.singleShot(0, callback)
            return False

    window.current_screen().installEventFilter(FirstPaint(window))


def _show_problem_in(window, problem, app) -> None:  # type: ignore[no-untyped-def]
    """Replaces whatever is showing with the message for staff."""
    from coprod_desktop.ui.screens.start.store_problem_screen import StoreProblemScreen

    screen = StoreProblemScreen(problem)
    if app is not None:
        screen.quit_requested.connect(app.quit)
    window.show_for_staff_only(screen)


RESTART = 75
"""Exit code of the problem window's event loop when a backup was put in place: start again."""


def _show_problem(app, problem, options: Options, lock) -> int:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

    from coprod_desktop.paths import DataPaths, default_data_dir
    from coprod_desktop.store.problems import ProblemKind
    from coprod_desktop.ui.screens.start.store_problem_screen import StoreProblemScreen
    from coprod_desktop.ui.switch_access import SwitchAccess

    window = QMainWindow()
    window.setWindowTitle(APP_NAME)
    app.installEventFilter(SwitchAccess(window, window=window))
    screen = StoreProblemScreen(problem)
    screen.quit_requested.connect(app.quit)
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.addWidget(screen, 1)
    paths = DataPaths(options.data_dir or default_data_dir())
    if problem.kind is ProblemKind.CORRUPT and options.db_url is None:
        # Offer the last good backup; the damaged file is moved aside and kept, never overwritten.
        from coprod_desktop.ui.widgets.restore_offer import RestoreOfferPanel

        offer = RestoreOfferPanel(paths.store_file, paths.backups)
        offer.restored.connect(lambda: app.exit(RESTART))
        layout.addWidget(offer)
    window.setCentralWidget(body)
    window.resize(1280, 800)
    if options.fullscreen:
        window.showFullScreen()
    else:
        window.show()
    if options.exit_when_ready:
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, app.quit)
    code = app.exec()
    if lock is not None:
        lock.unlock()
    window.close()
    if code == RESTART:
        log.info("a backup was put in place of the damaged store; starting again")
        return run(app, options)
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
