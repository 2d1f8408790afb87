"""The frozen one-folder app, built from packaging/gradebook_gui.spec as a release would be.

Slow (half a minute to a few minutes): runs when CI=true or GRADEBOOK_SLOW_TESTS=1.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from gradebook_gui import __version__
from gradebook_gui.config import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "gradebook_gui.spec"
BUILD_TIMEOUT_SECONDS = 900
RUN_TIMEOUT_SECONDS = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(BUILD_TIMEOUT_SECONDS + 2 * RUN_TIMEOUT_SECONDS),
]


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build once for the module; the path of the frozen executable."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: install the project with its `packaging` extra")
    folder = tmp_path_factory.mktemp("frozen")
    started = time.monotonic()
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--distpath",
            str(folder / "dist"),
            "--workpath",
            str(folder / "build"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=BUILD_TIMEOUT_SECONDS,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-5000:]
    bundle = folder / "dist" / APP_NAME
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"built in {time.monotonic() - started:.0f} s, {size / 1e6:.0f} MB")
    return bundle / APP_NAME


def frozen_environment(tmp_path: Path) -> dict[str, str]:
    """As on a user's machine: keyring picks its backend itself, Qt its platform."""
    environment = {
        name: value
        for name, value in os.environ.items()
        if name not in ("PYTHON_KEYRING_BACKEND", "QT_QPA_PLATFORM")
    }
    environment["GRADEBOOK_CONFIG_DIR"] = str(tmp_path / "config")
    environment["GRADEBOOK_DATA_DIR"] = str(tmp_path / "data")
    return environment


def test_the_frozen_self_test_passes(frozen_app: Path, tmp_path: Path) -> None:
    completed = subprocess.run(
        [str(frozen_app), "--self-test"],
        env=frozen_environment(tmp_path),
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_SECONDS,
        check=False,
    )
    output = completed.stdout
    assert completed.returncode == 0, output + completed.stderr
    assert f"{APP_NAME} {__version__}, frozen" in output
    assert "learners through the window" in output
    assert "Secret Service, macOS Keychain, Windows Credential Locker bundled" in output
    keyring_line = next(line for line in output.splitlines() if line[9:].startswith("keyring: "))
    # A machine with a Secret Service daemon gets `ok`; CI has none, which is a warning.
    assert keyring_line.split()[0] in ("ok", "warning")
    assert output.splitlines()[-1].startswith("self-test passed")


def test_the_bundle_leaves_out_what_the_app_does_not_use(frozen_app: Path) -> None:
    bundled = {
        path.relative_to(frozen_app.parent).as_posix() for path in frozen_app.parent.rglob("*")
    }
    plugins = "_internal/PySide6/Qt/plugins"
    assert f"{plugins}/platforms/libqxcb.so" in bundled
    assert f"{plugins}/platforms/libqwayland.so" in bundled
    assert f"{plugins}/imageformats/libqsvg.so" in bundled
    assert f"{plugins}/iconengines/libqsvgicon.so" in bundled
    assert f"{plugins}/platformthemes/libqgtk3.so" not in bundled
    assert f"{plugins}/platforms/libqeglfs.so" not in bundled
    # The window's catalogues and Qt's own for the same languages (its standard buttons): no more.
    assert {name for name in bundled if name.endswith(".qm")} == {
        f"_internal/{folder}/{prefix}_{code}.qm"
        for code in ("de", "es", "fr")
        for folder, prefix in (
            ("gradebook_gui/gui/translations", "gradebook"),
            ("PySide6/Qt/translations", "qtbase"),
        )
    }
    unwanted = ("QtQml", "QtQuick", "QtWebEngine", "QtMultimedia", "Qt3D", "libcairo", "libgtk")
    assert not [name for name in bundled if any(part in name for part in unwanted)]


def answered(request: str, log_lines: list[str]) -> bool:
    return any(request in line and "-> 200" in line for line in log_lines)


def read_lines(stream: Iterator[str], into: queue.Queue[str]) -> None:
    for line in stream:
        into.put(line)


def test_the_frozen_demo_loads_the_demo_course(frozen_app: Path, tmp_path: Path) -> None:
    environment = frozen_environment(tmp_path) | {"QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [str(frozen_app), "--demo", "--debug"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=read_lines, args=(process.stderr, lines), daemon=True).start()
    seen: list[str] = []
    deadline = time.monotonic() + RUN_TIMEOUT_SECONDS
    try:
        # The client logs each answered request; the learners are read last.
        while not answered("GET /api/memberships", seen[-1:]):
            assert time.monotonic() < deadline, "".join(seen[-30:])
            assert process.poll() is None, "".join(seen[-30:])
            try:
                seen.append(lines.get(timeout=1))
            except queue.Empty:
                continue
        assert answered("GET /api/lineitems", seen)
    finally:
        process.kill()
        process.wait()
