"""The made-in-advance prompts in assets/audio: in step with the words on patient screens, every file a
real sound, and played at once, with the speech engine or without it.

The "engine switched off" case uses the synthesiser factory the app itself uses when espeak-ng is not
installed (SpeechEngineUnavailable): that is the real edge, not a fake engine.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import soundfile
from PySide6.QtCore import QCoreApplication

from coprod_desktop.paths import AUDIO_DIR, I18N_DIR
from coprod_desktop.speech.prompt_phrases import LANGUAGES, fixed_phrases, spoken_form
from coprod_desktop.speech.prompts import INDEX_NAME, PromptLibrary, prompt_file_name
from coprod_desktop.speech.protocol import Voice
from coprod_desktop.speech.synthesis import SpeechEngineUnavailable
from coprod_desktop.ui.speech import QtSpeaker

pytestmark = pytest.mark.qt_log_ignore(
    r"Couldn't (load|resolve) pipewire", r"PulseAudioService: pa_context_connect\(\) failed"
)

RUN_SCRIPT = "Run scripts/render-prompts (after scripts/update-translations) and commit assets/audio."


@pytest.fixture(scope="module")
def library() -> PromptLibrary:
    prompts = PromptLibrary()
    prompts.load()
    return prompts


def no_engine() -> object:
    raise SpeechEngineUnavailable()


def test_every_fixed_phrase_has_its_sound_in_both_languages(library: PromptLibrary) -> None:
    wanted = fixed_phrases()
    for language in LANGUAGES:
        made = library.phrases(language)
        missing = sorted(set(wanted[language]) - set(made))
        stale = sorted(set(made) - set(wanted[language]))
        assert not missing, (
            f"{len(missing)} {language} phrases have no sound, e.g. {missing[:5]}. {RUN_SCRIPT}"
        )
        assert not stale, f"{len(stale)} {language} sounds have no phrase, e.g. {stale[:5]}. {RUN_SCRIPT}"
        for phrase, name in made.items():
            assert name == prompt_file_name(language, phrase)
            assert (AUDIO_DIR / name).is_file(), f"{name} ({phrase!r}) is missing. {RUN_SCRIPT}"
    assert len(wanted["en"]) > 800 and len(wanted["cy"]) > 800  # the collector found the screens' words


def test_no_sound_file_is_left_without_a_phrase(library: PromptLibrary) -> None:
    named = {name for language in LANGUAGES for name in library.phrases(language).values()}
    on_disk = {f"{path.parent.name}/{path.name}" for path in AUDIO_DIR.glob("*/*")}
    assert on_disk == named, RUN_SCRIPT


def test_the_collector_reads_welsh_from_the_translations_and_leaves_out_staff_and_placeholders() -> None:
    wanted = fixed_phrases()
    assert "Home" in wanted["en"] and "Adref" in wanted["cy"]
    assert "Who do you want to thank?" in wanted["en"]
    # A staff-only screen's words are not spoken to patients ...
    assert not any(phrase.startswith("Staff PIN") for phrase in wanted["en"])
    # ... nor a message with a place for a name or number.
    assert not any("%1" in phrase or "%n" in phrase for phrase in wanted["en"] + wanted["cy"])
    # Symbol labels are there too: a tile says its symbol's words.
    assert "Medication" in wanted["en"] and "Meddyginiaeth" in wanted["cy"]
    assert (I18N_DIR / "coprod_cy.ts").is_file()


def test_every_sound_decodes_to_speech_of_a_sensible_length(library: PromptLibrary) -> None:
    index = json.loads((AUDIO_DIR / INDEX_NAME).read_text(encoding="utf-8"))
    assert index["sample_rate"] == library.sample_rate == 16000
    for language in LANGUAGES:
        for phrase, name in library.phrases(language).items():
            info = soundfile.info(str(AUDIO_DIR / name))
            assert (info.samplerate, info.channels) == (16000, 1), name
            # Between 0.15 s and about a second per 4 letters: neither silence nor a runaway file.
            assert 0.15 < info.duration < 1.0 + len(phrase) / 4, (phrase, info.duration)


def test_a_spoken_text_made_of_fixed_sentences_is_found_part_by_part(library: PromptLibrary) -> None:
    home = library.parts("Home", "en")
    assert home == [AUDIO_DIR / prompt_file_name("en", "Home")]
    # join_sentences adds a full stop to a label that had none; whitespace from a two-line tile folds.
    two = library.parts("Home.  Who do you want to thank?", "en")
    assert two == [AUDIO_DIR / prompt_file_name("en", p) for p in ("Home", "Who do you want to thank?")]
    assert library.parts("Home. Question 2 of 5.", "en") is None  # the number needs the engine
    partial = library.parts("Question 2 of 5. Who do you want to thank?", "en", partial=True)
    assert partial == [AUDIO_DIR / prompt_file_name("en", "Who do you want to thank?")]
    assert library.parts("Zebra Bob", "en", partial=True) is None
    assert library.parts("Adref", "cy") and library.parts("Adref", "en") is None
    sound = library.sound("Home. Back", "en")
    alone = [library.sound(word, "en") for word in ("Home", "Back")]
    assert sound is not None and all(alone)
    # The two sounds with a short pause between them.
    assert len(sound.pcm) > sum(len(part.pcm) for part in alone if part)


def test_a_missing_or_damaged_library_leaves_every_phrase_to_the_engine(tmp_path: Path) -> None:
    assert PromptLibrary(tmp_path).parts("Home", "en") is None
    (tmp_path / INDEX_NAME).write_text("{not json", encoding="utf-8")
    assert PromptLibrary(tmp_path).sound("Home", "en") is None
    (tmp_path / INDEX_NAME).write_text(json.dumps({"rate": 150, "languages": {"en": {"Home": "en/x.ogg"}}}))
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "x.ogg").write_bytes(b"OggS but not really")
    assert PromptLibrary(tmp_path).sound("Home", "en") is None


def wait_started(events: list[tuple[float, str]], seconds: float = 3.0) -> None:
    end = time.perf_counter() + seconds
    while not events and time.perf_counter() < end:
        QCoreApplication.processEvents()


@pytest.mark.audio
def test_fixed_prompts_speak_at_once_with_the_speech_engine_switched_off(
    qtbot, needs_audio: None, tmp_path: Path
) -> None:
    speaker = QtSpeaker(tmp_path, synthesiser_factory=no_engine)  # type: ignore[arg-type]
    try:
        speaker.prepare_audio()
        unavailable: list[str] = []
        speaker.unavailable.connect(unavailable.append)
        events: list[tuple[float, str]] = []
        speaker.started.connect(lambda text: events.append((time.perf_counter(), text)))
        for language, words in (("en", "Home"), ("cy", "Adref"), ("en", "Who do you want to thank?")):
            speaker.set_voice(Voice(language))
            events.clear()
            speaker.say(words)
            wait_started(events)
            assert events and events[0][1] == words
            speaker.stop()
        # A name is not fixed: with no engine it cannot be said, and staff are told why, once.
        events.clear()
        speaker.say("Zebedee Quayle")
        wait_started(events, 0.5)
        assert not events and len(unavailable) == 1
        # Fixed sentences around a number still speak without the engine.
        speaker.say("Question 2 of 5. Who do you want to thank?")
        wait_started(events)
        assert events
        assert not list(tmp_path.glob("*.wav"))  # nothing was made: it all came from assets/audio
    finally:
        speaker.shutdown()


@pytest.mark.audio
@pytest.mark.espeak
def test_with_the_engine_a_fixed_prompt_comes_from_the_files_and_a_name_from_the_engine(
    qtbot, needs_audio: None, tmp_path: Path
) -> None:
    speaker = QtSpeaker(tmp_path)
    try:
        speaker.prepare_audio()
        events: list[tuple[float, str]] = []
        speaker.started.connect(lambda text: events.append((time.perf_counter(), text)))
        speaker.say("Home")
        wait_started(events)
        assert events and not list(tmp_path.glob("*.wav"))
        speaker.stop()
        events.clear()
        speaker.say("Home. Zebedee Quayle")
        wait_started(events)
        assert events and len(list(tmp_path.glob("*.wav"))) == 1  # the whole text, in one voice
        # Another speed than the files were made at: the engine says it at that speed.
        speaker.stop()
        events.clear()
        speaker.set_voice(Voice("en", None, 200))
        speaker.say("Home")
        wait_started(events)
        assert events and len(list(tmp_path.glob("*.wav"))) == 2
    finally:
        speaker.shutdown()


def test_spoken_form_folds_whitespace() -> None:
    assert spoken_form("  How I\ntake  part ") == "How I take part"
