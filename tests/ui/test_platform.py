"""Guards against platform faults we have met, so an upgrade cannot bring them back unnoticed."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def test_qt_calls_do_not_leak_references_to_none(qapp: QApplication) -> None:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call that returns nothing,
    and the app aborted ("none_dealloc") after a few thousand such calls. 6.11.3 does not."""
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(5000):
        label.setText("x")
    assert abs(sys.getrefcount(None) - before) < 100


def test_signals_do_not_leak_references_to_true(qapp: QApplication) -> None:
    """The same fault dropped a reference to True on every emit()."""
    from PySide6.QtWidgets import QCheckBox

    box = QCheckBox()
    before = sys.getrefcount(True)
    for index in range(5000):
        box.setChecked(index % 2 == 0)
    assert abs(sys.getrefcount(True) - before) < 100
