"""Baseline for start-up: a bare PySide6 window with the same number of icon buttons as the app's
first screen, quitting after its first paint. Icons come from the same SVG files, or with
--qtawesome from qtawesome (the baseline in shared/PLATFORM-NOTES.md)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QGridLayout, QMainWindow, QPushButton, QWidget

QTAWESOME_ICONS = ["mdi6.home", "mdi6.arrow-left", "mdi6.volume-high", "mdi6.hand-back-right", "mdi6.account"]


def ready() -> None:
    print("ready", flush=True)
    QApplication.quit()


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, ready)
        return False


def main() -> int:
    use_qtawesome = sys.argv[1] == "--qtawesome"
    icon_files = sys.argv[2:] if use_qtawesome else sys.argv[1:]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    grid = QGridLayout(body)
    for index, path in enumerate(icon_files):
        button = QPushButton(f"Button {index}")
        if use_qtawesome:
            import qtawesome

            button.setIcon(qtawesome.icon(QTAWESOME_ICONS[index % len(QTAWESOME_ICONS)]))
        else:
            button.setIcon(QIcon(path))
        button.setIconSize(QSize(96, 96))
        button.setMinimumSize(200, 200)
        grid.addWidget(button, index // 5, index % 5)
    window.setCentralWidget(body)
    watcher = QuitAfterPaint(window)
    body.installEventFilter(watcher)
    window.resize(1280, 800)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
