"""Start-up: the frozen one-folder app until its window is shown, against a bare PySide6 window.

Both are frozen by PyInstaller with the same options (packaging/gradebook_gui.spec and
packaging/bare_window.spec). The app runs `--self-test`, which starts as `gradebook-gui` does:
it prints a line containing `window shown` once its start-up window is shown (the bare window
prints the same), and one containing `window ready` once the main window has taken its place,
every module of the window imported. The time is from starting the process to each line,
offscreen, median of alternating runs after a warm-up ("warm": the files are in the page cache).
"Cold" runs first drop each program's files from the page cache (Linux only; shared system
libraries stay cached), as after a reboot: the bundle's folder for the frozen programs, Python's
library folders and the app's source for the runs from source.

The bundles are built into benchmarks/results/frozen/ when missing or older than the sources
(about half a minute on 2 cores; PyInstaller comes with the `packaging` extra). To explain the
result, the imports the app makes before its window exists are timed from source
(`python -X importtime`) and summed by top-level package.
"""

from __future__ import annotations

import importlib.util
import os
import re
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from benchmarks.common import Measurement

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
FROZEN = Path(__file__).resolve().parent / "results" / "frozen"
RATIO_TARGET = 1.5
SHOWN_MARKER = "window shown"
READY_MARKER = "window ready"
# The self-test's main window line says how long the window's thread went without its event
# loop between the two (the heartbeat: imports land off that thread).
PAUSE = re.compile(r"longest pause of the window's thread meanwhile (\d+) ms")
START_TIMEOUT_SECONDS = 60.0
# The modules whose import cost is listed, besides the total.
IMPORT_BREAKDOWN_SIZE = 8


class Bundle:
    """One frozen program: its spec, where PyInstaller puts it, and how to start it."""

    def __init__(self, spec: str, name: str, *arguments: str) -> None:
        self.spec = PACKAGING / spec
        suffix = ".exe" if sys.platform == "win32" else ""
        self.folder = FROZEN / "dist" / name
        self.executable = self.folder / f"{name}{suffix}"
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


class Start:
    """A program to start: its command, the lines it prints that are timed, and the folders
    holding its files (dropped from the page cache before a cold start)."""

    def __init__(self, command: list[str], markers: Sequence[str], folders: Sequence[Path]) -> None:
        self.command = command
        self.markers = tuple(markers)
        self.folders = tuple(folders)
        self.pauses_ms: list[float] = []  # what the self-test said, every start


def seconds_until(start: Start, environment: dict[str, str]) -> list[float]:
    """From starting the process to each of its marker lines, in order; then it is stopped."""
    started = time.perf_counter()
    process = subprocess.Popen(
        start.command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=environment
    )
    found: list[float] = []
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if start.markers[len(found)] in line:
                found.append(time.perf_counter() - started)
                pause = PAUSE.search(line)
                if pause is not None:
                    start.pauses_ms.append(float(pause.group(1)))
                if len(found) == len(start.markers):
                    return found
            if time.perf_counter() - started > START_TIMEOUT_SECONDS:
                break
        missing = start.markers[len(found)]
        raise RuntimeError(f"{start.command[0]} never printed '{missing}'")
    finally:
        process.kill()
        process.wait()


def can_start_cold() -> bool:
    return hasattr(os, "posix_fadvise") and sys.platform.startswith("linux")


def drop_from_page_cache(folders: Iterable[Path]) -> None:
    """Ask the kernel to forget the cached contents of every file under `folders`."""
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_symlink() or not path.is_file():
                continue
            try:
                descriptor = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def median_start_times(starts: list[Start], runs: int, *, cold: bool = False) -> list[list[float]]:
    """For each start, the median time to each of its markers over `runs` alternating starts,
    after one warm-up start of each; `cold` drops a program's files from the page cache first."""
    before: Callable[[Start], None] = (
        (lambda start: drop_from_page_cache(start.folders)) if cold else (lambda start: None)
    )
    with tempfile.TemporaryDirectory() as folder:
        environment = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "GRADEBOOK_CONFIG_DIR": str(Path(folder) / "config"),
            "GRADEBOOK_DATA_DIR": str(Path(folder) / "data"),
        }
        times: list[list[list[float]]] = [[] for _ in starts]
        for run in range(runs + 1):
            for start, taken in zip(starts, times, strict=True):
                before(start)
                seconds = seconds_until(start, environment)
                if run > 0:
                    taken.append(seconds)
    return [
        [statistics.median(run[marker] for run in taken) for marker in range(len(start.markers))]
        for start, taken in zip(starts, times, strict=True)
    ]


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


def source_folders() -> list[Path]:
    """Where a start from source reads Python files and libraries from."""
    paths = sysconfig.get_paths()
    found = {Path(paths[name]) for name in ("stdlib", "platstdlib", "purelib", "platlib")}
    return [*sorted(found), ROOT / "gradebook_gui", PACKAGING]


def run(quick: bool = False) -> list[Measurement]:
    reason = why_not_measured()
    if reason is not None:
        print(f"  startup skipped: {reason}", file=sys.stderr, flush=True)
        return []
    for bundle in (APP, BARE):
        if bundle.is_stale():
            bundle.build()
    runs = 3 if quick else 9
    cold_runs = 2 if quick else 5
    frozen = [
        Start(APP.command, (SHOWN_MARKER, READY_MARKER), [APP.folder]),
        Start(BARE.command, (SHOWN_MARKER,), [BARE.folder]),
    ]
    from_source = [
        Start(
            [sys.executable, "-m", "gradebook_gui", "--self-test"],
            (SHOWN_MARKER, READY_MARKER),
            source_folders(),
        ),
        Start(
            [sys.executable, str(PACKAGING / "bare_window.py")], (SHOWN_MARKER,), source_folders()
        ),
    ]
    name = f"start-up until the window is shown (median of {runs}, offscreen)"
    found: list[Measurement] = []
    (app, app_ready), (bare,) = median_start_times(frozen, runs)
    found += [
        Measurement(name, "frozen one-folder app", app * 1000, "ms"),
        Measurement(name, "frozen bare PySide6 window", bare * 1000, "ms"),
        Measurement(
            name,
            "frozen app / frozen bare window",
            app / bare,
            "x",
            f"<= {RATIO_TARGET:g}",
            app / bare <= RATIO_TARGET,
        ),
        Measurement(name, "frozen: main window ready / bare window shown", app_ready / bare, "x"),
        Measurement(
            name,
            "frozen: longest pause of the window's thread until ready (worst start)",
            max(frozen[0].pauses_ms),
            "ms",
        ),
    ]
    (app, app_ready), (bare,) = median_start_times(from_source, runs)
    found += [
        Measurement(name, "from source: app / bare window", app / bare, "x"),
        Measurement(name, "from source: main window ready / bare window", app_ready / bare, "x"),
    ]
    # Timed while the files are still cached, before the cold starts drop them.
    costs = import_costs("gradebook_gui.gui.app")
    found.append(
        Measurement(
            name,
            "from source: imported before the window shows (gradebook_gui.gui.app)",
            sum(costs.values()),
            "ms",
        )
    )
    costliest = sorted(costs.items(), key=lambda item: item[1], reverse=True)
    for package, milliseconds in costliest[:IMPORT_BREAKDOWN_SIZE]:
        found.append(Measurement(name, f"  of which {package} (own time)", milliseconds, "ms"))
    later = import_costs("gradebook_gui.gui.main_window")
    found.append(
        Measurement(
            name,
            "from source: imported off the window's thread (up to gradebook_gui.gui.main_window)",
            sum(later.values()),
            "ms",
        )
    )
    if can_start_cold():
        cold = f"cold start (page cache dropped), median of {cold_runs}, offscreen"
        (app, app_ready), (bare,) = median_start_times(frozen, cold_runs, cold=True)
        found += [
            Measurement(cold, "frozen one-folder app", app * 1000, "ms"),
            Measurement(cold, "frozen bare PySide6 window", bare * 1000, "ms"),
            Measurement(cold, "frozen app / frozen bare window", app / bare, "x"),
            Measurement(
                cold, "frozen: main window ready / bare window shown", app_ready / bare, "x"
            ),
        ]
        (app, app_ready), (bare,) = median_start_times(from_source, cold_runs, cold=True)
        found += [
            Measurement(cold, "from source: app / bare window", app / bare, "x"),
            Measurement(
                cold, "from source: main window ready / bare window", app_ready / bare, "x"
            ),
        ]
    return found
