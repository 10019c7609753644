"""Tap to first audio with QtSpeaker, on a real audio device (headless: scripts/start-null-audio first).

"First audio" is the moment the QAudioSink is Active and has handed PCM to the device
(processedUSecs() > 0). Three cases, interleaved so machine noise hits all alike:
  cached   say() of a phrase whose WAV is already in the cache          (target <= 50 ms)
  new      say() of a phrase never heard before: worker synthesises it  (target <= 150 ms)
  baseline the same QAudioSink playback call on an existing WAV, without QtSpeaker
Prints a table and writes JSON (default benchmarks/results/speech_latency.json).
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

# PySide6 6.12.0 on Python 3.11 under-counts references to None/True/False (see tests/speech/conftest.py);
# this loop makes tens of thousands of Qt calls, so pin them as Python 3.12 does.
if sys.version_info < (3, 12):
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from coprod_desktop.ui.speech.qt_speaker import QtSpeaker, _PcmPlayer  # noqa: E402

TARGETS_MS = {"cached": 50.0, "new": 150.0}
PHRASE = "Say thank you to someone on the ward."
TIMEOUT_S = 5.0


def wait_for_audio(player: _PcmPlayer) -> float | None:
    """Spins the event loop until the sink has given audio to the device; returns that moment."""
    deadline = time.perf_counter() + TIMEOUT_S
    while time.perf_counter() < deadline:
        QCoreApplication.processEvents()
        sink = player._sink
        if player.is_active() and sink is not None and sink.processedUSecs() > 0:
            return time.perf_counter()
    return None


def settle(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "speech_latency.json")
    args = parser.parse_args()

    app = QApplication(sys.argv[:1])
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.audioOutputs():
        print("No audio output device. Headless: run scripts/start-null-audio first.", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory() as folder:
        speaker = QtSpeaker(Path(folder))
        speaker.prepare_audio()
        player = speaker._get_player()
        # Warm-up: engine start, first sink, and the cached phrase's WAV.
        speaker.say(PHRASE)
        if wait_for_audio(player) is None:
            print("Speech did not start (is espeak-ng installed?).", file=sys.stderr)
            speaker.shutdown()
            return 2
        speaker.stop()
        cached_wav = next(Path(folder).glob("*.wav"))
        baseline_player = _PcmPlayer(lambda: None, lambda: None)

        samples: dict[str, list[float]] = {"cached": [], "new": [], "baseline": []}
        for run in range(args.runs):
            for case in ("cached", "new", "baseline"):
                settle(0.05)
                start = time.perf_counter()
                if case == "cached":
                    speaker.say(PHRASE)
                    heard = wait_for_audio(player)
                elif case == "new":
                    speaker.say(f"This is new phrase number {run} for the speech benchmark.")
                    heard = wait_for_audio(player)
                else:
                    baseline_player.play(cached_wav)
                    heard = wait_for_audio(baseline_player)
                if heard is None:
                    print(f"{case}: no audio within {TIMEOUT_S} s", file=sys.stderr)
                else:
                    samples[case].append((heard - start) * 1000)
                speaker.stop()
                baseline_player.stop()
        baseline_player.close()
        speaker.shutdown()
    app.quit()

    medians = {case: statistics.median(values) for case, values in samples.items() if values}
    baseline = medians.get("baseline", 0.0)
    print(f"{'case':<10}{'median ms':>11}{'max ms':>9}{'target ms':>11}{'x baseline':>12}  ok")
    results = {}
    for case, values in samples.items():
        if not values:
            continue
        median = medians[case]
        target = TARGETS_MS.get(case)
        ratio = median / baseline if baseline else None
        ok = "" if target is None else ("yes" if median <= target else "NO")
        print(
            f"{case:<10}{median:>11.1f}{max(values):>9.1f}{(target or float('nan')):>11.0f}"
            f"{(ratio or float('nan')):>12.1f}  {ok}"
        )
        results[case] = {
            "median_ms": round(median, 2),
            "max_ms": round(max(values), 2),
            "runs": len(values),
            "target_ms": target,
            "ratio_to_baseline": round(ratio, 2) if ratio else None,
            "meets_target": None if target is None else median <= target,
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "playback": "QAudioSink fed from memory (PCM read with wave)",
        "measured_until": "QAudioSink Active and processedUSecs() > 0",
        "device": QMediaDevices.defaultAudioOutput().description(),
        "results": results,
    }
    args.out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"written {args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
