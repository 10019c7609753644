"""Work that must not freeze the screen (copying a large store, making a backup) runs on a pool
thread; its answer comes back to the screen's thread as a queued signal."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _JobSignals(QObject):
    done = Signal(object)
    failed = Signal(object)


class BackgroundJob(QRunnable):
    """Runs one callable on a pool thread; its result or exception comes back as a queued signal, so
    the screen never freezes while a large store is copied and checked."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the widget holds it until the answer has arrived
        self.signals = _JobSignals()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the UI thread, which says what went wrong
            log.warning("background job failed: %s", error)
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


def _ignore(_answer: object) -> None:
    """No job has been started yet."""


class JobRunner(QObject):
    """One job at a time, on a pool owned by the widget: the pool waits for its thread when the widget
    goes, so no thread outlives the screen that started it."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running: BackgroundJob | None = None
        self._held: BackgroundJob | None = None
        self._on_done: Callable[[object], None] = _ignore
        self._on_failed: Callable[[object], None] = _ignore

    def busy(self) -> bool:
        return self._running is not None

    def start(
        self,
        work: Callable[[], object],
        on_done: Callable[[object], None],
        on_failed: Callable[[object], None],
    ) -> None:
        # The last job's answer has arrived, so its thread is at most a moment from leaving run(): wait
        # for that before letting go of it, so Python never frees a runnable a thread is still in.
        self._pool.waitForDone()
        job = BackgroundJob(work)
        # The answer comes to this runner's own slots, not straight to the callbacks: when the screen
        # (and so this runner) is gone before the answer arrives, Qt drops it instead of calling into
        # widgets that no longer exist.
        self._on_done, self._on_failed = on_done, on_failed
        job.signals.done.connect(self._done)
        job.signals.failed.connect(self._failed)
        self._running = self._held = job
        self._pool.start(job)

    def _done(self, result: object) -> None:
        self._running = None
        self._on_done(result)

    def _failed(self, error: object) -> None:
        self._running = None
        self._on_failed(error)

    def wait(self) -> None:
        self._pool.waitForDone()
