"""What a screen-reader or switch user needs of every screen, checked on the bus's own report."""

from __future__ import annotations

from collections.abc import Iterable

from tests.a11y.bus_app import INTERACTIVE_ROLES, BusApp, Node


def unnamed_controls(nodes: Iterable[Node]) -> list[Node]:
    """Controls a screen reader would announce only as "button": no name at all."""
    return [n for n in nodes if n.role in INTERACTIVE_ROLES and not n.name.strip()]


def on_screen(node: Node, width: int = 1280, height: int = 800) -> bool:
    if node.extents is None:
        return False
    x, y, w, h = node.extents
    return w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= width and y + h <= height


def mostly_on_screen(node: Node, width: int = 1280, height: int = 800) -> bool:
    """At least half of it in view: a tile taller than its scroll area can show only part of itself."""
    if node.extents is None:
        return False
    x, y, w, h = node.extents
    seen_w = max(0, min(x + w, width) - max(x, 0))
    seen_h = max(0, min(y + h, height) - max(y, 0))
    return w > 0 and h > 0 and seen_w * seen_h >= 0.5 * w * h


def move_to(app: BusApp, name: str, key: str = "space", limit: int = 60) -> int:
    """Press the move key (Space for a switch, Tab for a keyboard) until the named control has
    the focus; returns how many presses it took. Every control it lands on must be on screen."""
    for presses in range(limit + 1):
        focused = app.focused()
        if focused is not None and presses:
            assert mostly_on_screen(focused), f"{focused.role} {focused.name!r} has the focus off screen"
        if focused is not None and focused.name == name:
            return presses
        before = focused.path if focused is not None else None
        app.key(key)
        app.wait_until(lambda b=before: _moved(app, b), 3, f"focus to move on {key}")
    raise AssertionError(f"{name!r} was not reached in {limit} presses of {key}")


def _moved(app: BusApp, before: str | None) -> bool:
    focused = app.focused()
    return focused is not None and focused.path != before
