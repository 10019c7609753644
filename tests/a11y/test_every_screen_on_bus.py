"""Every patient screen and every staff screen, walked through the accessibility bus as a screen
reader's user would: each must have no unnamed control, no two controls sharing a name, every
label shown inside a control spoken as part of that control's name (WCAG 2.5.3, so voice control
can say what it sees), and a pane named by the screen's title (what Orca says on arriving). Every
problem on every screen is collected, so one run lists them all."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from coprod_desktop.services.demo import DEMO_WARD_NAME
from tests.a11y.bus_app import INTERACTIVE_ROLES, BusApp, Node
from tests.a11y.checks import mostly_on_screen

SETTLE_S = 0.6
"""A pressed screen draws in one event-loop turn; a little longer covers a slow machine."""


def problems_on(nodes: list[Node]) -> list[str]:
    controls = [n for n in nodes if n.role in INTERACTIVE_ROLES]
    found: list[str] = []
    for node in controls:
        if not node.name.strip():
            found.append(f"unnamed {node.role} at {node.extents}")
    names: dict[str, list[Node]] = {}
    for node in controls:
        if node.name.strip():
            names.setdefault(node.name, []).append(node)
    for name, same in names.items():
        if len(same) > 1:
            found.append(f"{len(same)} controls named {name!r} ({', '.join(n.role for n in same)})")
    for node in controls:
        for inner in nodes:
            if (
                inner.path.startswith(node.path + "/")
                and inner.role in ("label", "static")
                and inner.name.strip()
                and " ".join(inner.name.split()) not in " ".join(node.name.split())
            ):
                found.append(f"{node.role} {node.name!r} shows {inner.name!r} but does not say it")
    for node in controls:
        if "focused" in node.states and not mostly_on_screen(node):
            found.append(f"the focused {node.role} {node.name!r} is off screen")
    if not any(node.role == "panel" and node.name.strip() for node in nodes):
        found.append("no pane named by the screen's title: a screen reader cannot say where focus is")
    return found


def _long_turns(services) -> None:  # type: ignore[no-untyped-def]
    """A walk of every screen by actions alone takes longer than the demo ward's patient time, and
    an action is not a touch or a key to the idle clock, so the ward gives each turn half an hour."""
    ward = services.wards.find_by_name(DEMO_WARD_NAME)
    services.ward_settings.update(ward.id, None, patient_idle_minutes=30, idle_minutes=30)


@pytest.fixture
def walk_app(a11y_ready: None, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[BusApp]:
    marker = request.node.get_closest_marker("lang")
    app = BusApp(tmp_path / "data", lang=marker.args[0] if marker else "en", prepare=_long_turns)
    try:
        yield app
    finally:
        app.stop()


class Walk:
    """Goes from screen to screen by screen-reader actions only, writing down each screen's problems."""

    def __init__(self, app: BusApp) -> None:
        self.app = app
        self.seen: dict[str, list[str]] = {}

    def check(self, screen: str) -> None:
        time.sleep(SETTLE_S)
        nodes = self.app.wait_until(self._steady, what=f"{screen} to settle")
        assert isinstance(nodes, list)
        self.seen[screen] = problems_on(nodes)
        print(f"checked {screen}: {len(self.seen[screen])} problems", flush=True)

    def _steady(self) -> list[Node] | None:
        first = self.app.showing()
        time.sleep(0.2)
        second = self.app.showing()
        return second if [n.path for n in first] == [n.path for n in second] else None

    def press(self, words: str, role: str | None = None) -> None:
        """Presses the showing control named `words`, or else the one whose name starts with them."""
        node = self.app.wait_until(lambda: self.named(words, role), what=f"{words!r} ({role})")
        assert isinstance(node, Node)
        self.app.act(node)

    def named(self, words: str, role: str | None) -> Node | None:
        showing = [n for n in self.app.showing() if role is None or n.role == role]
        showing = [n for n in showing if n.role in INTERACTIVE_ROLES]
        exact = [n for n in showing if n.name == words]
        return (exact or [n for n in showing if n.name.startswith(words)] or [None])[0]

    def visit(self, screen: str, *presses: str) -> None:
        for words in presses:
            self.press(words)
        self.check(screen)

    def home(self) -> None:
        self.press("Home", "push button")
        self.app.wait_until(lambda: self.named("This is not me", None), what="Home")

    def report(self) -> str:
        lines = []
        for screen, found in self.seen.items():
            lines.extend(f"{screen}: {problem}" for problem in found)
        return "\n".join(lines)


@pytest.mark.timeout(900)
def test_every_patient_screen_is_named_for_a_screen_reader(walk_app: BusApp) -> None:
    walk = Walk(walk_app)
    walk.check("Who are you?")
    walk.visit("Home, private things hidden", "Sam")
    walk.visit("Home", "Show my private things")
    walk.visit("Who has seen my things", "Who has seen my things")
    walk.home()
    walk.visit("How I like it", "How I like it")
    walk.visit("How I like it, page 2", "More")
    walk.visit("How I press", "How I press")
    walk.home()

    walk.visit("My meeting", "My meeting")
    walk_app.press_on_a_page("Add my own topic", "push button")
    walk.check("Add my own topic")
    walk.press("Back", "push button")
    walk.visit("A topic", "Feeling safe")
    walk.visit("A topic: add words", "Add words")
    walk.press("Back", "push button")
    walk.visit("A topic: add a symbol", "Add a symbol")
    walk.press("Back", "push button")
    walk.visit("A topic: record my voice", "Record my voice")
    walk.press("Back", "push button")
    walk.visit("A topic: add a picture", "Add a picture")
    walk.press("Back", "push button")
    walk.check("A topic, after Back")
    walk.press("Back", "push button")
    walk.visit("Staff with me", "Staff with me")
    walk.press("Back", "push button")
    walk.visit("How I take part", "How I take part")
    walk.press("Back", "push button")
    walk.visit("Share my slides", "Share my slides")
    walk.press("Back", "push button")
    walk.visit("Help me say it", "Help me say it")
    walk.visit("Help me say it: add my own phrase", "Add my own phrase")
    walk.visit("Help me say it: a picture for it", "Choose a picture")
    walk.press("Back", "push button")
    walk.press("Back", "push button")
    walk.home()

    walk.visit("Say thank you: who", "Say thank you")
    walk.visit("Say thank you: how", "Dafydd")
    walk.visit("Say thank you: words", "Add words")
    walk.press("Back", "push button")
    walk.visit("Say thank you: my voice", "Record my voice")
    walk.press("Back", "push button")
    walk.visit("Say thank you: pictures", "Say it with pictures")
    walk.press("Back", "push button")
    walk.visit("Say thank you: why", "Say why you are thanking them")
    walk.press("Back", "push button")
    walk.press("Back", "push button")
    walk.visit("Say thank you: someone else", "Someone else. A picture of them, or their name.")
    walk.visit("Say thank you: a picture of them", "A picture of them")
    walk.press("Back", "push button")
    walk.visit("Say thank you: their name in my voice", "Say their name in my voice. Record it.")
    walk.home()
    walk.visit("Say thank you: carry on or start again", "Say thank you")
    walk.home()
    walk.visit("Thank-you wall", "Thank-you wall")
    walk.home()

    walk.visit("Have my say", "Have my say")
    walk.visit("A SAY group topic", "Food")
    walk.visit("A SAY group topic: pictures", "Say it with pictures")
    walk.press("Back", "push button")
    walk.press("Back", "push button")
    walk.visit("An idea: what about", "I have an idea")
    walk.visit("An idea: the words", "Food")
    walk.home()
    walk.visit("A worry: what about", "Have my say", "I am not happy about something")
    walk.visit("A worry: the words", "Food")
    walk.home()
    walk.visit("You said, we did", "You said, we did")
    walk.home()
    walk.visit("Recovery council: step 1", "Recovery council")
    walk.visit("Recovery council: step 2", "Talk about this month")
    walk.visit("Recovery council: step 3", "Next")
    walk.visit("Recovery council: a point in words", "Add a point in words")
    walk.press("Back", "push button")
    walk.visit("Recovery council: a point with pictures", "Add a point with pictures")
    walk.press("Back", "push button")
    walk.home()
    walk.visit("Questions for me: question 1", "Questions for me")
    walk.visit("Questions for me: question 2", "Good")
    walk.home()
    walk.visit("Questions for me: carry on or start again", "Questions for me")
    walk.visit("Questions for me: question 1 again", "Start again")
    walk.home()
    walk.visit("I need help", "I need help")
    walk.press("I am OK now")
    walk.home()
    walk.visit("Who are you? after This is not me", "This is not me")
    walk.visit("Picture password", "Priya")

    assert not any(walk.seen.values()), "\n" + walk.report()


@pytest.mark.timeout(900)
def test_every_staff_screen_is_named_for_a_screen_reader(walk_app: BusApp) -> None:
    walk = Walk(walk_app)
    walk.visit("Staff: who are you?", "Staff")
    walk.visit("Staff: PIN", "Jo")
    for digit in "2580":
        walk.press(digit, "push button")
    walk.visit("Staff area", "OK")
    areas = _staff_areas(walk_app)
    assert len(areas) >= 15, areas
    for area in areas:
        walk_app.press_on_a_page(area, "push button")
        walk.check(f"Staff: {area}")
        walk.press("Home", "push button")
        walk_app.wait_until(lambda: walk.named("Sign out", None), what="the staff area")

    assert not any(walk.seen.values()), "\n" + walk.report()


def _pages(app: BusApp, more: str, most: int = 20) -> Iterator[None]:
    """Stops on each page of a paged grid in turn, pressing `more` (its name in the screen's
    language) until the last page."""
    for _page in range(most):
        yield
        arrow = app.find(more, "push button")
        if arrow is None or "enabled" not in arrow.states:
            return
        app.act(arrow)
        time.sleep(SETTLE_S)


def _staff_areas(app: BusApp) -> list[str]:
    """Every area's button on every page of the staff area (not Sign out or Close My Say)."""
    leave_alone = {"Home", "Back", "Read this to me", "I need help", "Sign out", "Close My Say"}
    leave_alone |= {"More", "Page before"}
    areas: list[str] = []
    for _ in _pages(app, "More"):
        for node in app.showing():
            known = node.name in leave_alone or node.name in areas or node.name.startswith("I am here")
            if node.role == "push button" and not known:
                areas.append(node.name)
    return areas


@pytest.mark.lang("cy")
@pytest.mark.timeout(900)
def test_in_welsh_every_choice_on_home_opens_a_screen_named_for_a_screen_reader(walk_app: BusApp) -> None:
    """Every choice on Sam's Home, on every page, opened in Welsh: the words are longer, so names
    that fit in English can be cut or doubled in Welsh."""
    walk = Walk(walk_app)
    walk.check("Pwy ydych chi?")
    walk.visit("Home", "Sam")
    walk.visit("Home, shown", "Dangos fy mhethau preifat")
    leave_alone = {"Nid fi yw hwn", "Mwy", "Tudalen cynt"}
    opened: list[str] = []
    for _turn in range(30):
        choice = _next_home_choice(walk_app, leave_alone | set(opened))
        if choice is None:
            break
        opened.append(choice.name)
        walk_app.act(choice)
        walk.check(f"{choice.name[:40]}")
        walk.press("Adref", "push button")
        walk_app.wait_until(lambda: walk.named("Nid fi yw hwn", None), what="Home")
    assert len(opened) >= 9, opened
    assert not any(walk.seen.values()), "\n" + walk.report()


def _next_home_choice(app: BusApp, done: set[str]) -> Node | None:
    """The first choice on Home not opened yet, turning Home's pages to find it (the bar is not Home's)."""
    for _ in _pages(app, "Mwy", most=5):
        for node in app.showing():
            in_bar = node.path.startswith("0/0/0/")
            if node.role == "push button" and not in_bar and node.name not in done:
                return node
    return None
