"""The hazard log (docs/safety/hazard-log.md) stays true: every control cites tests that exist.

The log is read as text and every cited test file is parsed with `ast`, never imported, so a check
here cannot run or break the tests it names. A parametrised test may be cited without its brackets.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LOG = ROOT / "docs" / "safety" / "hazard-log.md"

REQUIRED = (
    "another patient's data shown",
    "acting in another's name",
    "a patient reaching staff screens",
    "help not coming",
    "a worry disclosed",
    "a council quote from a no",
    "a small count revealed",
    "a copy to someone not allowed",
    "words attributed to the wrong person",
    "private text read aloud to a room",
    "data lost",
)
"""Hazards the log must always hold, each with at least one real test (DESIGN.md section 5b)."""

BANDS = ((4, "acceptable"), (9, "tolerable"), (14, "undesirable"), (25, "unacceptable"))
HEADING = re.compile(r"^### (H-\d{2}) (.+)$")
TEST_LINE = re.compile(r"^- Test: (.*)$")
CITED = re.compile(r"^`([^`]+)`$")
SCORE = re.compile(r"^- (Severity|Likelihood before controls|Risk before controls|"
                   r"Likelihood after controls|Risk after controls): (\d+) \(([^)]+)\)$")  # fmt: skip


@dataclass
class Hazard:
    id: str
    title: str
    tests: list[str] = field(default_factory=list)
    todos: int = 0
    scores: dict[str, tuple[int, str]] = field(default_factory=dict)


def _plain(text: str) -> str:
    return text.replace("\u2019", "'").casefold().strip()


def read_log(text: str) -> list[Hazard]:
    hazards: list[Hazard] = []
    for raw in text.splitlines():
        line = raw.strip()
        if heading := HEADING.match(line):
            hazards.append(Hazard(heading[1], heading[2].strip()))
            continue
        if not hazards:
            continue
        if test := TEST_LINE.match(line):
            cited = test[1].strip()
            if cited == "TODO":
                hazards[-1].todos += 1
            elif quoted := CITED.match(cited):
                hazards[-1].tests.append(quoted[1])
            else:
                hazards[-1].tests.append(cited)  # not in backticks: reported by the existence check
        elif score := SCORE.match(line):
            hazards[-1].scores[score[1]] = (int(score[2]), score[3])
    return hazards


@cache
def _names_in(path: Path) -> frozenset[str]:
    """'test_x' and 'TestY::test_x' for every test function in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names.add(node.name)
        elif isinstance(node, ast.ClassDef):
            for member in node.body:
                if isinstance(member, ast.FunctionDef | ast.AsyncFunctionDef):
                    names.add(f"{node.name}::{member.name}")
    return frozenset(names)


def missing_reason(node_id: str) -> str | None:
    """Why a cited node id does not name a real test, or None when it does."""
    if "`" in node_id or " " in node_id:
        return "is not a single node id in backticks"
    file_part, _, rest = node_id.partition("::")
    path = ROOT / file_part
    if not rest:
        return "names no test function"
    if not (file_part.startswith("tests/") and file_part.endswith(".py")) or not path.is_file():
        return "names a test file that does not exist"
    name = re.sub(r"\[.*\]$", "", rest)
    if not name.rsplit("::", 1)[-1].startswith("test"):
        return "does not name a test function"
    if name not in _names_in(path):
        return "names a test that is not in that file"
    return None


@pytest.fixture(scope="module")
def log_text() -> str:
    assert LOG.is_file(), f"{LOG} is missing"
    return LOG.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def hazards(log_text: str) -> list[Hazard]:
    found = read_log(log_text)
    assert found, "no hazards found: each starts with a '### H-01 Title' heading"
    return found


def test_every_cited_test_exists(hazards: list[Hazard]) -> None:
    problems = [
        f"{hazard.id}: {node_id} {reason}"
        for hazard in hazards
        for node_id in hazard.tests
        if (reason := missing_reason(node_id)) is not None
    ]
    assert not problems, "\n".join(problems)


def test_no_todo_is_left(log_text: str, hazards: list[Hazard]) -> None:
    waiting = [f"{h.id} {h.title}: {h.todos} control(s) without a test" for h in hazards if h.todos]
    assert "TODO" not in log_text, "\n".join(waiting) or "the log still says TODO"


def test_every_required_hazard_is_there_with_a_test(hazards: list[Hazard]) -> None:
    problems = []
    for required in REQUIRED:
        matching = [h for h in hazards if required in _plain(h.title)]
        if not matching:
            problems.append(f"no hazard about {required!r}")
        elif not any(h.tests for h in matching):
            problems.append(f"{matching[0].id} {matching[0].title}: no test proves any control")
    assert not problems, "\n".join(problems)


def test_every_hazard_has_a_test_and_a_unique_id(hazards: list[Hazard]) -> None:
    ids = [h.id for h in hazards]
    assert len(ids) == len(set(ids)), f"an id is used twice: {ids}"
    assert [h.id for h in hazards if not h.tests and not h.todos] == []


def test_scores_multiply_and_end_acceptable_or_tolerable(hazards: list[Hazard]) -> None:
    problems = []
    for hazard in hazards:
        scores = hazard.scores
        wanted = {
            "Severity",
            "Likelihood before controls",
            "Risk before controls",
            "Likelihood after controls",
            "Risk after controls",
        }
        if set(scores) != wanted:
            problems.append(f"{hazard.id}: needs {sorted(wanted - set(scores))}")
            continue
        severity = scores["Severity"][0]
        for when in ("before", "after"):
            likelihood = scores[f"Likelihood {when} controls"][0]
            risk, band = scores[f"Risk {when} controls"]
            if not (1 <= severity <= 5 and 1 <= likelihood <= 5) or risk != severity * likelihood:
                problems.append(f"{hazard.id}: risk {when} is not severity × likelihood")
            if band.casefold() != next(word for top, word in BANDS if risk <= top):
                problems.append(f"{hazard.id}: risk {when} {risk} is not in the {band} band")
        if scores["Risk after controls"][0] > BANDS[1][0]:
            problems.append(f"{hazard.id}: the risk after controls must be acceptable or tolerable")
    assert not problems, "\n".join(problems)


def test_the_checker_catches_a_wrong_id_and_a_todo() -> None:
    sample = "\n".join(
        (
            "### H-01 Data lost",
            "- Test: `tests/test_hazard_log.py::test_every_cited_test_exists`",
            "- Test: `tests/test_hazard_log.py::test_not_there[case]`",
            "- Test: `tests/nowhere.py::test_x`",
            "- Test: TODO",
        )
    )
    [hazard] = read_log(sample)
    assert hazard.todos == 1
    reasons = [missing_reason(node_id) for node_id in hazard.tests]
    assert reasons == [
        None,
        "names a test that is not in that file",
        "names a test file that does not exist",
    ]
