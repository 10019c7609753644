"""Press to first audio for a fixed prompt made in advance (assets/audio), on a real audio device
(headless: scripts/start-null-audio first).

Two cases, interleaved so machine noise hits both alike:
  button    a real SymbolButton ("Home") pressed with the mouse: the app's speaker finds the prompt,
            decodes it and plays it; until its QAudioSink is Active and has handed PCM to the device
            (processedUSecs() > 0)                                                  (target <= 30 ms)
  baseline  a bare QMediaPlayer asked to play the same .ogg file, until it reports a position > 0
The speech engine is switched off for the button case (as on a computer without espeak-ng), so nothing
can come from the engine or its cache. Prints a table and writes JSON (default
benchmarks/results/prompt_latency.json).
"""

from __future__ import annotations

import argparse
import ctypes
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

if sys.version_info < (3, 12):  # see benchmarks/speech_latency.py
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QUrl  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.speech_latency import TIMEOUT_S, settle, wait_for_audio  # noqa: E402
from coprod_desktop.paths import AUDIO_DIR  # noqa: E402
from coprod_desktop.speech.prompts import prompt_file_name  # noqa: E402
from coprod_desktop.speech.synthesis import SpeechEngineUnavailable  # noqa: E402
from coprod_desktop.symbols.catalogue import SymbolCatalogue  # noqa: E402
from coprod_desktop.ui.speech.qt_speaker import QtSpeaker  # noqa: E402
from coprod_desktop.ui.symbol_icons import SymbolPainter  # noqa: E402
from coprod_desktop.ui.widgets.symbol_button import SymbolButton  # noqa: E402

TARGET_MS = 30.0
WORDS = "Home"


def no_engine() -> object:
    raise SpeechEngineUnavailable()


def wait_for_position(media_player: object) -> float | None:
    deadline = time.perf_counter() + TIMEOUT_S
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        if media_player.position() > 0:  # type: ignore[attr-defined]
            return time.perf_counter()
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "prompt_latency.json")
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    from PySide6.QtMultimedia import QAudioOutput, QMediaDevices, QMediaPlayer

    if not QMediaDevices.audioOutputs():
        print("No audio output device. Headless: run scripts/start-null-audio first.", file=sys.stderr)
        return 2
    prompt_file = AUDIO_DIR / prompt_file_name("en", WORDS)
    if not prompt_file.is_file():
        print(f"{prompt_file} is missing: run scripts/render-prompts.", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as folder:
        speaker = QtSpeaker(Path(folder), synthesiser_factory=no_engine)  # type: ignore[arg-type]
        speaker.prepare_audio()  # as the app does once its first screen shows
        catalogue = SymbolCatalogue.load()
        button = SymbolButton(SymbolPainter(catalogue), speaker, "home", WORDS)
        button.resize(240, 240)
        button.show()
        player = speaker._get_player()
        media = QMediaPlayer()
        output = QAudioOutput()
        media.setAudioOutput(output)
        media.setSource(QUrl.fromLocalFile(str(prompt_file)))

        samples: dict[str, list[float]] = {"button": [], "baseline": []}
        for run in range(args.runs + 1):  # the first round warms both up and is not counted
            for case in ("button", "baseline"):
                settle(0.1)
                start = time.perf_counter()
                if case == "button":
                    QTest.mouseClick(
                        button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(120, 120)
                    )
                    heard = wait_for_audio(player)
                    speaker.stop()
                else:
                    media.play()
                    heard = wait_for_position(media)
                    media.stop()
                if heard is None:
                    print(f"{case}: no audio within {TIMEOUT_S} s", file=sys.stderr)
                elif run:
                    samples[case].append((heard - start) * 1000)
        speaker.shutdown()
    app.quit()

    medians = {case: statistics.median(values) for case, values in samples.items() if values}
    baseline = medians.get("baseline")
    print(f"{'case':<10}{'median ms':>11}{'max ms':>9}{'x baseline':>12}")
    results = {}
    for case, values in samples.items():
        if not values:
            continue
        ratio = medians[case] / baseline if baseline else None
        print(f"{case:<10}{medians[case]:>11.1f}{max(values):>9.1f}{(ratio or float('nan')):>12.2f}")
        results[case] = {
            "median_ms": round(medians[case], 2),
            "max_ms": round(max(values), 2),
            "runs": len(values),
            "ratio_to_baseline": round(ratio, 3) if ratio else None,
        }
    button_ms = medians.get("button")
    meets = button_ms is not None and button_ms <= TARGET_MS
    print(f"target: button <= {TARGET_MS:.0f} ms: {'yes' if meets else 'NO'}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "prompt": WORDS,
        "file": str(prompt_file.relative_to(ROOT)),
        "measured_until": (
            "button: QAudioSink Active and processedUSecs() > 0; baseline: QMediaPlayer position > 0"
        ),
        "device": QMediaDevices.defaultAudioOutput().description(),
        "target_ms": TARGET_MS,
        "meets_target": meets,
        "results": results,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
