"""Real espeak-ng synthesis through pyttsx3: real WAVs checked sample by sample."""

from __future__ import annotations

import array
import math
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest

from coprod_desktop.speech.protocol import Voice
from coprod_desktop.speech.synthesis import ENGINE_MISSING_REASON, Pyttsx3Synthesiser

pytestmark = pytest.mark.espeak

WEEKDAYS_IN_WELSH = "Dydd Llun, Dydd Mawrth, Dydd Mercher"


def wav_facts(path: Path) -> tuple[float, float, int]:
    """(duration in s, RMS, peak) of a 16-bit mono WAV."""
    with wave.open(str(path), "rb") as wav:
        assert (wav.getnchannels(), wav.getsampwidth()) == (1, 2)
        samples = array.array("h", wav.readframes(wav.getnframes()))
        duration = wav.getnframes() / wav.getframerate()
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    return duration, rms, max(abs(s) for s in samples)


@pytest.fixture(scope="module")
def synthesiser() -> Pyttsx3Synthesiser:
    return Pyttsx3Synthesiser()


def test_english_phrase_is_real_audible_speech(synthesiser: Pyttsx3Synthesiser, tmp_path: Path) -> None:
    path = synthesiser.synthesise("Say thank you", Voice("en"), tmp_path / "thanks.wav")

    duration, rms, peak = wav_facts(path)
    assert duration > 0.3
    assert rms > 500
    assert peak > 5000
    assert synthesiser.voice_id_for(Voice("en")) == "gmw/en"  # British English


def test_welsh_voice_is_used_and_sounds_different(synthesiser: Pyttsx3Synthesiser, tmp_path: Path) -> None:
    welsh = synthesiser.synthesise(WEEKDAYS_IN_WELSH, Voice("cy"), tmp_path / "cy.wav")
    english = synthesiser.synthesise(WEEKDAYS_IN_WELSH, Voice("en"), tmp_path / "en.wav")

    assert synthesiser.voice_id_for(Voice("cy")) == "cel/cy"
    welsh_duration, welsh_rms, _ = wav_facts(welsh)
    english_duration, _, _ = wav_facts(english)
    assert welsh_rms > 500
    # espeak-ng varies a phrase by ~20 ms run to run; Welsh reads these words ~400 ms longer.
    assert welsh_duration - english_duration > 0.2


def test_unknown_voice_falls_back_to_the_language_default(synthesiser: Pyttsx3Synthesiser) -> None:
    assert synthesiser.voice_id_for(Voice("cy", voice_id="not/installed")) == "cel/cy"
    assert synthesiser.voice_id_for(Voice("xx")) == "gmw/en"


def test_back_to_back_phrases_are_all_complete(synthesiser: Pyttsx3Synthesiser, tmp_path: Path) -> None:
    # pyttsx3's runAndWait() returns before espeak-ng finishes; these would come out empty or short.
    long_text = " ".join(["I want to talk about my week on the ward."] * 8)
    durations = []
    for index in range(6):
        text = long_text if index % 2 == 0 else "Yes"
        durations.append(wav_facts(synthesiser.synthesise(text, Voice(), tmp_path / f"{index}.wav"))[0])
    assert min(durations[0::2]) > 15
    assert all(0.3 < d < 2 for d in durations[1::2])


def test_writes_atomically_and_keeps_stdout_clean(
    synthesiser: Pyttsx3Synthesiser, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    destination = tmp_path / "out" / "hello.wav"
    synthesiser.synthesise("Hello", Voice(), destination)
    print("still printing")

    assert [p.name for p in destination.parent.iterdir()] == ["hello.wav"]  # no temp file left
    assert capfd.readouterr().out == "still printing\n"  # pyttsx3's "Audio saved to" is gone


def test_empty_text_is_refused_rather_than_hanging(synthesiser: Pyttsx3Synthesiser, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        synthesiser.synthesise("   ", Voice(), tmp_path / "empty.wav")


def test_missing_pyttsx3_gives_a_plain_reason(tmp_path: Path) -> None:
    # A fresh process where `import pyttsx3` really fails, as on a computer without it (the engine is
    # shared per process, so this cannot be shown in a process that already made one).
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        sys.modules["pyttsx3"] = None
        from coprod_desktop.speech.protocol import Voice
        from coprod_desktop.speech.synthesis import Pyttsx3Synthesiser, SpeechEngineUnavailable
        try:
            Pyttsx3Synthesiser().synthesise("Hello", Voice(), Path({str(tmp_path / "x.wav")!r}))
        except SpeechEngineUnavailable as error:
            print(error.reason)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ENGINE_MISSING_REASON
