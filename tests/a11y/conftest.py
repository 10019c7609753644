"""The accessibility-bus tests start the real app on a private desktop (see desktop.py).

They skip when the machine lacks the desktop parts, unless MYSAY_REQUIRE_A11Y=1 (set by CI),
when a missing part is a failure: a suite that silently skips would prove nothing.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.a11y.bus_app import BusApp
from tests.a11y.desktop import missing_parts


@pytest.fixture(scope="session")
def a11y_ready() -> None:
    missing = missing_parts()
    if missing:
        message = f"the accessibility bus needs: {', '.join(missing)} (scripts/setup --for-tests)"
        if os.environ.get("MYSAY_REQUIRE_A11Y") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture
def bus_app(a11y_ready: None, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[BusApp]:
    """My Say with the demo ward, in English unless a test is marked lang("cy")."""
    marker = request.node.get_closest_marker("lang")
    app = BusApp(tmp_path / "data", lang=marker.args[0] if marker else "en")
    try:
        yield app
    finally:
        app.stop()
