"""Reads the running app through the AT-SPI bus, as a screen reader or switch tool does.

Runs under Debian's own python3 (pyatspi is not on PyPI) and answers one JSON command per
line on stdin with one JSON line on stdout, so the tests (in the venv) stay in plain Python.
Commands: {"op": "wait_app"}, {"op": "snapshot"}, {"op": "act", "name", "role", "action"},
{"op": "focused"}.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

APP_NAME = sys.argv[1] if len(sys.argv) > 1 else "My Say"


def find_app():
    desktop = pyatspi.Registry.getDesktop(0)
    for index in range(desktop.childCount):
        app = desktop.getChildAtIndex(index)
        if app is not None and app.name == APP_NAME:
            return app
    return None


def states_of(node) -> list[str]:
    return sorted(pyatspi.stateToString(s) for s in node.getState().getStates())


def actions_of(node) -> list[str]:
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def describe(node, path: str) -> dict:
    try:
        ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        extents = [ext.x, ext.y, ext.width, ext.height]
    except NotImplementedError:
        extents = None
    text = None
    try:
        text_iface = node.queryText()
        text = text_iface.getText(0, min(text_iface.characterCount, 400))
    except NotImplementedError:
        pass
    return {
        "path": path,
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "states": states_of(node),
        "actions": actions_of(node),
        "extents": extents,
        "text": text,
    }


def children(node, path: str, count: int):
    """Each child still there with its path; one gone mid-read (the screen changed) is skipped."""
    for index in range(count):
        try:
            child = node.getChildAtIndex(index)
        except Exception:
            continue
        if child is not None:
            yield child, f"{path}/{index}"


def walk(node, path: str, out: list[dict]) -> None:
    """A node that goes away while it is read (the screen changed) is left out, as it is gone."""
    try:
        out.append(describe(node, path))
        count = node.childCount
    except Exception:  # GLib.GError from a node destroyed mid-walk
        return
    for child, child_path in children(node, path, count):
        walk(child, child_path, out)


def windows(app) -> list:
    found = []
    for index in range(app.childCount):
        window = app.getChildAtIndex(index)
        if window is not None and "showing" in states_of(window):
            found.append(window)
    return found


def snapshot(app) -> list[dict]:
    nodes: list[dict] = []
    for index, window in enumerate(windows(app)):
        walk(window, str(index), nodes)
    return nodes


def focused_nodes(node, path: str, out: list[dict]) -> None:
    """Only the state of each node is read, and nothing under a part that is not showing is
    visited: fast enough (under 0.1 s, against 0.8 s for a whole snapshot) to follow a highlight
    that moves by itself every second. Qt marks a list's current item "focused" even while the
    list is hidden (a symbol picker on a page not shown), so hidden parts must not be read."""
    try:
        states = states_of(node)
        count = node.childCount
    except Exception:  # a node destroyed mid-walk
        return
    if "focused" in states:
        try:
            out.append(describe(node, path))
        except Exception:
            return
    if "showing" not in states and "/" in path:
        return
    for child, child_path in children(node, path, count):
        focused_nodes(child, child_path, out)


def node_at(app, path: str):
    parts = [int(p) for p in path.split("/")]
    node = windows(app)[parts[0]]
    for index in parts[1:]:
        node = node.getChildAtIndex(index)
    return node


def handle(command: dict, state: dict) -> dict:
    op = command["op"]
    if op == "wait_app":
        deadline = time.monotonic() + command.get("timeout", 30)
        while time.monotonic() < deadline:
            app = find_app()
            if app is not None and windows(app):
                state["app"] = app
                return {"ok": True}
            time.sleep(0.1)
        return {"ok": False, "error": f"{APP_NAME} did not appear on the accessibility bus"}
    app = state.get("app")
    if app is None:
        return {"ok": False, "error": "call wait_app first"}
    if op == "snapshot":
        return {"ok": True, "nodes": snapshot(app)}
    if op == "act":
        node = node_at(app, command["path"])
        action = node.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if command["action"] not in names:
            return {"ok": False, "error": f"no action {command['action']!r}, only {names}"}
        done = action.doAction(names.index(command["action"]))
        return {"ok": bool(done)}
    if op == "focused":
        nodes: list[dict] = []
        for index, window in enumerate(windows(app)):
            focused_nodes(window, str(index), nodes)
        return {"ok": True, "nodes": nodes}
    return {"ok": False, "error": f"unknown op {op!r}"}


def main() -> None:
    state: dict = {}
    for line in sys.stdin:
        try:
            reply = handle(json.loads(line), state)
        except Exception as error:  # reported to the test, which fails with it
            reply = {"ok": False, "error": f"{type(error).__name__}: {error}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
