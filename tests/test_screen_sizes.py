"""Patient screens stay small enough to read whole: no screen class outside the staff area is over
400 lines, so the shared parts (the patient-screen kit in coprod_desktop/ui/kit) carry what they
have in common rather than each screen growing its own copy."""

from __future__ import annotations

import ast
from pathlib import Path

SCREENS = Path(__file__).resolve().parents[1] / "coprod_desktop" / "ui" / "screens"
MOST_LINES = 400


def _classes(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (node.name, (node.end_lineno or node.lineno) - node.lineno + 1)
        for node in tree.body
        if isinstance(node, ast.ClassDef)
    ]


def test_no_patient_screen_class_is_over_400_lines() -> None:
    patient_files = [p for p in SCREENS.rglob("*.py") if "staff" not in p.relative_to(SCREENS).parts]
    assert len(patient_files) > 20  # the walk found the screens
    too_long = {
        f"{path.relative_to(SCREENS)}:{name}": lines
        for path in patient_files
        for name, lines in _classes(path)
        if lines > MOST_LINES
    }
    assert too_long == {}
