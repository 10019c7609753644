"""The ward's automatic daily backup, made off the screen's thread: first a minute after start,
then checked every hour (a backup is made only when none is newer than a day)."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from coprod_desktop.paths import DataPaths
from coprod_desktop.ui.background_job import JobRunner
from coprod_desktop.ui.context import Services, ServicesLoading

FIRST_CHECK_MS = 60_000
CHECK_EVERY_MS = 3_600_000


class DailyBackup(QObject):
    def __init__(
        self,
        services: Services | ServicesLoading,
        paths: DataPaths,
        ward_id: Callable[[], uuid.UUID | None],
        on_problem: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._paths = paths
        self._ward_id = ward_id
        self._on_problem = on_problem
        self._runner = JobRunner(self)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self.made: list[object] = []

    def start(self, first_check_ms: int = FIRST_CHECK_MS) -> None:
        QTimer.singleShot(first_check_ms, self.check)
        self._timer.start(CHECK_EVERY_MS)

    def check(self) -> None:
        if self._runner.busy():
            return
        ward_id = self._ward_id()
        self._runner.start(lambda: self._back_up_if_due(ward_id), self.made.append, self._failed)

    def _back_up_if_due(self, ward_id: uuid.UUID | None) -> object:
        from coprod_desktop.services.backups import BackupService

        services = self._services.get() if isinstance(self._services, ServicesLoading) else self._services
        service = BackupService(
            services.session_factory, self._paths.store_file, self._paths.backups, services.clock
        )
        return service.back_up_if_due(ward_id)

    def _failed(self, problem: object) -> None:
        self._on_problem(str(problem))

    def wait(self) -> None:
        self._runner.wait()
