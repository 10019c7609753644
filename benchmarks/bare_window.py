"""Baseline for start-up: a bare PySide6 window with the same number of symbol buttons as the
app's first screen, icons from the same SVG files, quitting after its first paint."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QGridLayout, QMainWindow, QPushButton, QWidget


class QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    icon_files = sys.argv[1:]
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    body = QWidget()
    grid = QGridLayout(body)
    for index, path in enumerate(icon_files):
        button = QPushButton(f"Button {index}")
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
