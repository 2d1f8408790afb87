"""Start-up: the frozen one-folder app until its window is shown, against a bare PySide6 window.

Both are frozen by PyInstaller with the same options (packaging/gradebook_gui.spec and
packaging/bare_window.spec). The app runs `--self-test`, which prints a line containing
`window shown` once its main window is shown; the bare window prints the same. The time is from
starting the process to that line, offscreen, median of alternating runs after a warm-up.

The bundles are built into benchmarks/results/frozen/ when missing or older than the sources
(about half a minute on 2 cores; PyInstaller comes with the `packaging` extra). To explain the
result, the imports the app makes before its window exists are timed from source
(`python -X importtime`) and summed by top-level package.
"""

from __future__ import annotations

import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from benchmarks.common import Measurement

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
FROZEN = Path(__file__).resolve().parent / "results" / "frozen"
RATIO_TARGET = 1.5
SHOWN_MARKER = "window shown"
START_TIMEOUT_SECONDS = 60.0
# The modules whose import cost is listed, besides the total.
IMPORT_BREAKDOWN_SIZE = 8


class Bundle:
    """One frozen program: its spec, where PyInstaller puts it, and how to start it."""

    def __init__(self, spec: str, name: str, *arguments: str) -> None:
        self.spec = PACKAGING / spec
        suffix = ".exe" if sys.platform == "win32" else ""
        self.executable = FROZEN / "dist" / name / f"{name}{suffix}"
        self.command = [str(self.executable), *arguments]

    def is_stale(self) -> bool:
        if not self.executable.exists():
            return True
        built = self.executable.stat().st_mtime
        return any(path.stat().st_mtime > built for path in _sources())

    def build(self) -> None:
        command = [
            sys.executable,
            "-m",
            "PyInstaller",
            str(self.spec),
            "--noconfirm",
            "--distpath",
            str(FROZEN / "dist"),
            "--workpath",
            str(FROZEN / "work"),
        ]
        print(f"  building {self.executable.name} (PyInstaller) ...", file=sys.stderr, flush=True)
        finished = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
        if finished.returncode != 0:
            raise RuntimeError(f"building {self.spec.name} failed:\n{finished.stderr[-3000:]}")


APP = Bundle("gradebook_gui.spec", "gradebook-gui", "--self-test")
BARE = Bundle("bare_window.spec", "bare-window")


def _sources() -> Iterable[Path]:
    yield from (ROOT / "gradebook_gui").rglob("*.py")
    yield from PACKAGING.rglob("*.py")
    yield from PACKAGING.glob("*.spec")


def why_not_measured() -> str | None:
    """A reason to skip, with what to do about it; None when the bundles can be had."""
    missing = [bundle.spec for bundle in (APP, BARE) if not bundle.spec.exists()]
    if missing:
        return f"{', '.join(str(path) for path in missing)} not found: packaging/ is needed."
    stale = [bundle for bundle in (APP, BARE) if bundle.is_stale()]
    if stale and importlib.util.find_spec("PyInstaller") is None:
        return (
            "the frozen bundles are not built and PyInstaller is not installed: "
            "run `.venv/bin/pip install -e '.[packaging]'` (or `python3 packaging/build.py`), "
            "then `python -m benchmarks startup`."
        )
    return None


def seconds_until_shown(command: list[str], environment: dict[str, str]) -> float:
    """From starting the process to its `window shown` line; the process is then stopped."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if SHOWN_MARKER in line:
                return time.perf_counter() - started
            if time.perf_counter() - started > START_TIMEOUT_SECONDS:
                break
        raise RuntimeError(f"{command[0]} never printed '{SHOWN_MARKER}'")
    finally:
        process.kill()
        process.wait()


def median_start_times(commands: list[list[str]], runs: int) -> list[float]:
    """Median of `runs` alternating starts of each command, after one warm-up start of each."""
    with tempfile.TemporaryDirectory() as folder:
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "GRADEBOOK_CONFIG_DIR": str(Path(folder) / "config"),
            "GRADEBOOK_DATA_DIR": str(Path(folder) / "data"),
        }
        times: list[list[float]] = [[] for _ in commands]
        for run in range(runs + 1):
            for command, taken in zip(commands, times, strict=True):
                seconds = seconds_until_shown(command, environment)
                if run > 0:
                    taken.append(seconds)
    return [statistics.median(taken) for taken in times]


def import_costs(module: str) -> dict[str, float]:
    """Milliseconds spent importing `module` from source, by top-level package (own time)."""
    finished = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    costs: defaultdict[str, float] = defaultdict(float)
    for line in finished.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        own_microseconds, _, name = line.removeprefix("import time:").split("|")
        costs[name.strip().split(".")[0]] += int(own_microseconds) / 1000
    return dict(costs)


def run(quick: bool = False) -> list[Measurement]:
    reason = why_not_measured()
    if reason is not None:
        print(f"  startup skipped: {reason}", file=sys.stderr, flush=True)
        return []
    for bundle in (APP, BARE):
        if bundle.is_stale():
            bundle.build()
    runs = 3 if quick else 9
    app, bare = median_start_times([APP.command, BARE.command], runs)
    from_source, bare_from_source = median_start_times(
        [
            [sys.executable, "-m", "gradebook_gui", "--self-test"],
            [sys.executable, str(PACKAGING / "bare_window.py")],
        ],
        runs,
    )
    ratio = app / bare
    name = f"start-up until the window is shown (median of {runs}, offscreen)"
    found = [
        Measurement(name, "frozen one-folder app", app * 1000, "ms"),
        Measurement(name, "frozen bare PySide6 window", bare * 1000, "ms"),
        Measurement(
            name,
            "frozen app / frozen bare window",
            ratio,
            "x",
            f"<= {RATIO_TARGET:g}",
            ratio <= RATIO_TARGET,
        ),
        Measurement(name, "from source: app / bare window", from_source / bare_from_source, "x"),
    ]
    costs = import_costs("gradebook_gui.gui.app")
    found.append(
        Measurement(name, "from source: importing gradebook_gui.gui.app", sum(costs.values()), "ms")
    )
    costliest = sorted(costs.items(), key=lambda item: item[1], reverse=True)
    for package, milliseconds in costliest[:IMPORT_BREAKDOWN_SIZE]:
        found.append(Measurement(name, f"  of which {package} (own time)", milliseconds, "ms"))
    return found
