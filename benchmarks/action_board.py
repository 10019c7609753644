"""You said, we did with 5,000 actions: opening the patients' board and the staff board.

Target: open at most 150 ms with 5,000 actions (a list view over a paged model, not thousands of
widgets). Measured from creating the screen to the end of painting, in a real window over a real
store. Baseline in the same run: the same screens on a ward with 10 actions, so the ratio shows
what the size of the board costs.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from coprod_desktop.paths import DataPaths  # noqa: E402
from coprod_desktop.services.actions import add_action  # noqa: E402
from coprod_desktop.services.clock import system_clock  # noqa: E402
from coprod_desktop.services.records import PersonInfo  # noqa: E402
from coprod_desktop.speech.silent import SilentSpeaker  # noqa: E402
from coprod_desktop.store.engine import open_store  # noqa: E402
from coprod_desktop.store.kinds import ActionSource, Role, TextSize  # noqa: E402
from coprod_desktop.store.migrate import upgrade_to_head  # noqa: E402
from coprod_desktop.symbols.catalogue import SymbolCatalogue  # noqa: E402
from coprod_desktop.ui.context import Services, UiContext  # noqa: E402
from coprod_desktop.ui.i18n import LanguageSwitcher  # noqa: E402
from coprod_desktop.ui.screens.staff.actions_board_screen import ActionsBoardScreen  # noqa: E402
from coprod_desktop.ui.screens.ward.you_said_we_did_screen import YouSaidWeDidScreen  # noqa: E402
from coprod_desktop.ui.symbol_icons import SymbolPainter  # noqa: E402
from coprod_desktop.ui.theme import Theme  # noqa: E402

TARGET_S = 0.150
BIG, SMALL = 5_000, 10
RUNS = 15


def fill(services: Services, ward_name: str, count: int) -> tuple[PersonInfo, PersonInfo]:
    """A ward with a patient, a member of staff and `count` actions, written in one transaction."""
    ward = services.wards.add(ward_name)
    patient = services.people.add("Sam", ward_id=ward.id)
    staff = services.people.add("Jo", ward_id=ward.id, role=Role.STAFF)
    with services.session_factory.begin() as session:
        for number in range(count):
            add_action(
                session,
                system_clock,
                ward.id,
                ActionSource.IDEA,
                f"Idea number {number}: could we have more to do in the evenings on the ward?",
                None,
            )
    return patient, staff


def timed(make) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    screen: QWidget = make()
    screen.resize(1280, 700)
    screen.show()
    QApplication.processEvents()
    screen.repaint()
    elapsed = time.perf_counter() - started
    screen.close()
    screen.deleteLater()
    QApplication.processEvents()
    return elapsed


def main() -> int:
    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(Theme(TextSize.NORMAL, False).style_sheet())
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        paths = DataPaths(Path(folder))
        store = open_store(paths.sqlite_url())
        upgrade_to_head(store, paths.backups)
        services = Services.build(store.session_factory)
        big_patient, big_staff = fill(services, "Big ward", BIG)
        small_patient, small_staff = fill(services, "Small ward", SMALL)
        catalogue = SymbolCatalogue.load()
        context = UiContext(
            services=services,
            speaker=SilentSpeaker(),
            catalogue=catalogue,
            painter=SymbolPainter(catalogue),
            languages=LanguageSwitcher(app),
            paths=paths,
        )
        cases = {
            "patients_board": (
                lambda: YouSaidWeDidScreen(context, big_patient),
                lambda: YouSaidWeDidScreen(context, small_patient),
            ),
            "staff_board": (
                lambda: ActionsBoardScreen(context, big_staff),
                lambda: ActionsBoardScreen(context, small_staff),
            ),
        }
        timed(cases["patients_board"][1])  # first use loads fonts and symbols: not counted
        for name, (big, small) in cases.items():
            bigs = [timed(big) for _ in range(RUNS)]
            smalls = [timed(small) for _ in range(RUNS)]
            results[f"{name}_{BIG}_s"] = round(statistics.median(bigs), 4)
            results[f"{name}_{SMALL}_s"] = round(statistics.median(smalls), 4)
        store.dispose()

    summary: dict[str, object] = dict(results)
    for name in ("patients_board", "staff_board"):
        big_s, small_s = results[f"{name}_{BIG}_s"], results[f"{name}_{SMALL}_s"]
        summary[f"{name}_ratio"] = round(big_s / small_s, 2)
        summary[f"{name}_met"] = big_s <= TARGET_S
        label = name.replace("_", " ")
        print(
            f"{label + f', {BIG:,} actions':<34}{big_s * 1000:8.1f} ms   (target <= {TARGET_S * 1000:.0f} ms)"
        )
        print(f"{label + f', {SMALL} actions':<34}{small_s * 1000:8.1f} ms   ratio {big_s / small_s:.2f}x")
    summary["target_s"] = TARGET_S
    out = ROOT / "benchmarks" / "results" / "action_board.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
