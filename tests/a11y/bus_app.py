"""The real My Say window on a private desktop, read and pressed only through the AT-SPI bus.

Presses come as AT-SPI actions (what a screen reader's user does) or as real X key presses
with xdotool (what a switch interface or keyboard does); nothing reaches into the app's objects.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.a11y.desktop import SYSTEM_PYTHON, Desktop, start_desktop

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("atspi_driver.py")
INTERACTIVE_ROLES = {
    "push button",
    "toggle button",
    "radio button",
    "check box",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list item",
    "menu item",
    "page tab",
    "link",
}


@dataclass(frozen=True)
class Node:
    """One accessible object as the bus reports it."""

    path: str
    role: str
    name: str
    description: str
    states: tuple[str, ...]
    actions: tuple[str, ...]
    extents: tuple[int, int, int, int] | None
    text: str | None

    @property
    def showing(self) -> bool:
        return "showing" in self.states and "visible" in self.states

    @property
    def focusable(self) -> bool:
        return "focusable" in self.states

    @property
    def focused(self) -> bool:
        return "focused" in self.states

    @property
    def interactive(self) -> bool:
        return self.role in INTERACTIVE_ROLES or (self.focusable and bool(self.actions))


def _prepare_store(data_dir: Path, prepare: Callable[[Any], None]) -> None:
    from coprod_desktop.paths import DataPaths
    from coprod_desktop.services.demo import seed_demo_ward
    from coprod_desktop.store.engine import open_store
    from coprod_desktop.store.migrate import upgrade_to_head
    from coprod_desktop.ui.context import Services

    paths = DataPaths(data_dir)
    store = open_store(paths.sqlite_url())
    try:
        upgrade_to_head(store, paths.backups)
        seed_demo_ward(store.session_factory)
        prepare(Services.build(store.session_factory))
    finally:
        store.dispose()


class BusApp:
    """Starts the desktop, the app and the AT-SPI driver; stop() ends all three."""

    def __init__(
        self,
        data_dir: Path,
        lang: str = "en",
        size: tuple[int, int] = (1280, 800),
        prepare: Callable[[Any], None] | None = None,
    ):
        """`prepare`, when given, gets the services of the demo ward's store before the app starts
        (a person's own way of pressing, set as staff or the person would have set it)."""
        self.data_dir = data_dir
        data_dir.mkdir(parents=True, exist_ok=True)
        if prepare is not None:
            _prepare_store(data_dir, prepare)
        self.desktop: Desktop = start_desktop(*size)
        try:
            app_env = dict(self.desktop.env)
            app_env.update(
                QT_QPA_PLATFORM="xcb",
                QT_ACCESSIBILITY="1",
                QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            )
            self.log = (data_dir / "app.log").open("w")
            self.app = subprocess.Popen(
                [
                    sys.executable,
                    str(ROOT / "main.py"),
                    "--demo",
                    "--data-dir",
                    str(data_dir),
                    "--lang",
                    lang,
                    "--no-speech",
                    "--fullscreen",
                ],
                env=app_env,
                cwd=ROOT,
                stdout=self.log,
                stderr=subprocess.STDOUT,
            )
            self.desktop.processes.append(self.app)
            self.driver = self.desktop.start(
                [str(SYSTEM_PYTHON), str(DRIVER)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            self._call({"op": "wait_app", "timeout": 60})
        except BaseException:
            self.stop()
            raise

    # ---- reading -------------------------------------------------------------------------
    def _call(self, command: dict) -> dict:
        assert self.driver.stdin is not None and self.driver.stdout is not None
        self.driver.stdin.write(json.dumps(command) + "\n")
        self.driver.stdin.flush()
        line = self.driver.stdout.readline()
        if not line:
            raise RuntimeError(f"the AT-SPI driver stopped; app log:\n{self.app_log()}")
        reply = json.loads(line)
        if not reply.get("ok"):
            raise RuntimeError(f"AT-SPI: {reply.get('error')}")
        return reply

    def nodes(self) -> list[Node]:
        """Every node of every showing window, in tree order."""
        return [_node(raw) for raw in self._call({"op": "snapshot"})["nodes"]]

    def showing(self) -> list[Node]:
        """What is on screen now: showing nodes inside a showing parent chain."""
        nodes = self.nodes()
        hidden: set[str] = set()
        out = []
        for node in nodes:
            parent = node.path.rsplit("/", 1)[0] if "/" in node.path else None
            if parent in hidden or not node.showing:
                hidden.add(node.path)
                continue
            out.append(node)
        return out

    def find(self, name: str, role: str | None = None) -> Node | None:
        for node in self.showing():
            if node.name == name and (role is None or node.role == role):
                return node
        return None

    def wait_for(self, name: str, role: str | None = None, timeout: float = 10) -> Node:
        found = self.wait_until(lambda: self.find(name, role), timeout, f"{name!r} ({role})")
        return found

    def wait_until(self, check: Callable[[], object], timeout: float = 10, what: str = "") -> object:
        deadline = time.monotonic() + timeout
        while True:
            try:
                result = check()
            except RuntimeError:  # read while the screen was changing: read again
                if time.monotonic() > deadline:
                    raise
                result = None
            if result:
                return result
            if time.monotonic() > deadline:
                names = [f"{n.role}:{n.name}" for n in self.showing() if n.name][:80]
                raise AssertionError(f"waited {timeout}s for {what}; showing: {names}")
            time.sleep(0.1)

    def focused(self) -> Node | None:
        nodes = [_node(raw) for raw in self._call({"op": "focused"})["nodes"]]
        # A text box's viewport reports "focused" too; the control is the focusable one.
        nodes = [n for n in nodes if n.focusable and n.role not in ("frame", "window", "dialog")]
        return nodes[-1] if nodes else None

    # ---- pressing ------------------------------------------------------------------------
    def act(self, node: Node, action: str | None = None) -> None:
        """Do a node's action by name (default: its first), as a screen reader's user does."""
        chosen = action or (node.actions[0] if node.actions else None)
        if chosen is None:
            raise AssertionError(f"{node.role} {node.name!r} has no action")
        self._call({"op": "act", "path": node.path, "action": chosen})

    def press(self, name: str, role: str | None = None, action: str | None = None) -> None:
        self.act(self.wait_for(name, role), action)

    def press_on_a_page(self, name: str, role: str | None = None, pages: int = 10) -> None:
        """Presses "More" until the named control is on the page showing, then presses it: what a
        person does on a screen of whole pages."""
        backwards = False
        for _ in range(2 * pages):
            if self.find(name, role) is not None:
                break
            more = self.find("More", "push button")
            if more is None or "enabled" not in more.states:
                backwards = True  # at the last page: it must be on an earlier one
            self.press("Page before" if backwards else "More", "push button")
        self.press(name, role)

    def key(self, *keys: str) -> None:
        """Real key presses through X, e.g. key("space") or key("Return")."""
        subprocess.run(["xdotool", "key", "--delay", "30", *keys], env=self.desktop.env, check=True)

    def screenshot(self, path: Path) -> None:
        subprocess.run([sys.executable, "-c", _SCREENSHOT, str(path)], env=self.desktop.env, check=True)

    def rows(self, model: type, *where: object) -> list:
        """Rows of the real store file, read the way staff tools would, after the app saved them."""
        from sqlalchemy import select

        from coprod_desktop.paths import DataPaths
        from coprod_desktop.store.engine import open_store

        store = open_store(DataPaths(self.data_dir).sqlite_url())
        try:
            with store.session_factory() as session:
                return list(session.scalars(select(model).where(*where)))
        finally:
            store.dispose()

    def app_log(self) -> str:
        try:
            return (self.data_dir / "app.log").read_text()[-4000:]
        except OSError:
            return ""

    def stop(self) -> None:
        if getattr(self, "driver", None) is not None and self.driver.stdin is not None:
            self.driver.stdin.close()
        self.desktop.stop()
        if getattr(self, "log", None) is not None:
            self.log.close()


_SCREENSHOT = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(["shot", "-platform", "xcb"])
QGuiApplication.primaryScreen().grabWindow(0).save(sys.argv[1])
"""


def _node(raw: dict) -> Node:
    extents = tuple(raw["extents"]) if raw.get("extents") else None
    return Node(
        path=raw["path"],
        role=raw["role"],
        name=raw["name"],
        description=raw["description"],
        states=tuple(raw["states"]),
        actions=tuple(raw["actions"]),
        extents=extents,  # type: ignore[arg-type]
        text=raw.get("text"),
    )
