"""A private headless desktop with the accessibility bus, as Orca or a switch tool would see it.

Xvfb, a session D-Bus, the AT-SPI bus launcher and registry, each started here and stopped by
its PID, so a run never touches (or depends on) the machine's own desktop.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

LIBEXEC = Path("/usr/libexec")
SYSTEM_PYTHON = Path("/usr/bin/python3")


def missing_parts() -> list[str]:
    """What this machine lacks to run the accessibility-bus tests (empty when all is there)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "xdotool") if shutil.which(tool) is None]
    for program in ("at-spi-bus-launcher", "at-spi2-registryd"):
        if not (LIBEXEC / program).exists():
            missing.append(program)
    probe = (
        subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True, check=False)
        if SYSTEM_PYTHON.exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


@dataclass
class Desktop:
    """A started desktop: its environment for programs that should join it, and its processes."""

    root: Path
    env: dict[str, str]
    processes: list[subprocess.Popen] = field(default_factory=list)

    def start(self, args: list[str], **kwargs) -> subprocess.Popen:
        process = subprocess.Popen(args, env=self.env, **kwargs)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in reversed(self.processes):
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=5)
        self.processes.clear()


def start_desktop(width: int = 1280, height: int = 800) -> Desktop:
    """Xvfb, then D-Bus, then the AT-SPI bus with screen reading switched on, in that order."""
    root = Path(tempfile.mkdtemp(prefix="mysay-a11y-"))
    runtime = root / "run"
    runtime.mkdir(mode=0o700)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("QT_", "DBUS_", "AT_SPI", "DISPLAY", "WAYLAND"))
    }
    env.update(
        XDG_RUNTIME_DIR=str(runtime),
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_DATA_HOME=str(root / "data"),
        GSETTINGS_BACKEND="memory",
        NO_AT_BRIDGE="0",
    )
    desktop = Desktop(root=root, env=env)
    try:
        read_fd, write_fd = os.pipe()
        desktop.start(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                f"{width}x{height}x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            display = pipe.readline().strip()
        if not display:
            raise RuntimeError("Xvfb did not start")
        env["DISPLAY"] = f":{display}"

        bus = desktop.start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()

        desktop.start(
            [str(LIBEXEC / "at-spi-bus-launcher"), "--launch-immediately"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        _wait_for_bus_name(env, "org.a11y.Bus")
        for prop in ("IsEnabled", "ScreenReaderEnabled"):
            subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.a11y.Bus",
                    "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties.Set",
                    "string:org.a11y.Status",
                    f"string:{prop}",
                    "variant:boolean:true",
                ],
                env=env,
                check=True,
                capture_output=True,
            )
        desktop.start(
            [str(LIBEXEC / "at-spi2-registryd")],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    except BaseException:
        desktop.stop()
        raise
    return desktop


def _wait_for_bus_name(env: dict[str, str], name: str, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reply = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                f"string:{name}",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if "boolean true" in reply.stdout:
            return
        time.sleep(0.05)
    raise RuntimeError(f"{name} did not appear on the session bus")
