"""Resident memory with the demo ward at a person's Home, beside a bare PySide6 window's, in one run.

Target: at most 250 MB resident at Home. Each side runs in its own fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 250

MEASURE_APP = r"""
import sys, tempfile
from pathlib import Path
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
from coprod_desktop.app import build_window, open_and_update_store
from coprod_desktop.cli import parse
from coprod_desktop.paths import DataPaths
from coprod_desktop.services.demo import seed_demo_ward
from coprod_desktop.ui.context import Services
app = QApplication([])
options = parse(["--data-dir", {data!r}, "--demo"])
paths = DataPaths(Path({data!r}))
store = open_and_update_store(paths, options)
ward = seed_demo_ward(store.session_factory) or Services.build(store.session_factory).wards.active()[0]
window, context = build_window(app, Services.build(store.session_factory), paths, options, ward)
window.resize(1280, 800); window.show()
for _ in range(10): app.processEvents()
sam = next(p for p in window.who_are_you.people() if p.called == "Sam")
window.choose_person(sam)
context.speaker.say("Hello, Sam")
for _ in range(50): app.processEvents()
print(open("/proc/self/status").read(), flush=True)
context.speaker.shutdown()
store.dispose()
"""

MEASURE_BARE = r"""
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QPushButton("Hello")); w.resize(1280, 800); w.show()
for _ in range(10): app.processEvents()
print(open("/proc/self/status").read())
"""


def resident_mb(script: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
    if "VmRSS:" not in out.stdout:
        raise RuntimeError(out.stderr[-2000:])
    line = next(line for line in out.stdout.splitlines() if line.startswith("VmRSS:"))
    return int(line.split()[1]) / 1024


def main() -> int:
    with tempfile.TemporaryDirectory() as data:
        app_mb = resident_mb(MEASURE_APP.format(root=str(ROOT), data=data))
    bare_mb = resident_mb(MEASURE_BARE)
    result = {
        "app_at_home_mb": round(app_mb, 1),
        "bare_window_mb": round(bare_mb, 1),
        "ratio": round(app_mb / bare_mb, 2),
        "target_mb": TARGET_MB,
        "met": app_mb <= TARGET_MB,
    }
    print(f"{'bare PySide6 window':<26}{bare_mb:7.0f} MB")
    print(f"{'My Say at Home (demo)':<26}{app_mb:7.0f} MB   (target <= {TARGET_MB} MB)")
    out = ROOT / "benchmarks" / "results" / "memory.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
