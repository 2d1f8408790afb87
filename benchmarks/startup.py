"""Start-up: the frozen one-folder app until its window is shown, against a bare PySide6 window.

Both are frozen by PyInstaller with the same options (packaging/gradebook_gui.spec and
packaging/bare_window.spec). The app starts two ways:

- `--self-test`, which starts as `gradebook-gui` does on a first run: it prints a line containing
  `window shown` once its start-up window ("Opening Gradebook…") is shown (the bare window prints
  the same), and one containing `window ready` once the main window has taken its place, every
  module of the window imported;
- `gradebook-gui --debug --profile NAME` as an instructor's next start: the window closed last
  on that saved connection's grade column (of 200 learners), so the start-up window shows those
  rows, menus and panels; the debug log says when the start-up window and the main window are
  shown. The folders it starts with are made once from source beforehand (`keep_a_last_view`):
  the window opens the connection on a sandbox, loads a column and closes.

Starts from source keep Python's compiled modules between runs (`with_bytecode_kept`), as a
user's computer does: without them each start would compile every module again.

The time is from starting the process to each line, offscreen, median of alternating runs after
a warm-up ("warm": the files are in the page cache).
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
import textwrap
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from benchmarks.common import Measurement

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
FROZEN = Path(__file__).resolve().parent / "results" / "frozen"
BYTECODE = Path(__file__).resolve().parent / "results" / "bytecode"
RATIO_TARGET = 1.5
SHOWN_MARKER = "window shown"
READY_MARKER = "window ready"
# The self-test's main window line says how long the window's thread went without its event
# loop between the two (the heartbeat: imports land off that thread).
PAUSE = re.compile(r"longest pause of the window's thread meanwhile (\d+) ms")
START_TIMEOUT_SECONDS = 60.0
# What a start that never printed its line said last, in the error.
LINES_SHOWN_ON_FAILURE = 15
# The modules whose import cost is listed, besides the total.
IMPORT_BREAKDOWN_SIZE = 8
# The next start's scene: a saved connection whose column of this many learners was shown last.
SCENE_PROFILE = "Biology 101"
SCENE_LEARNERS = 200
# Written to the debug log by `gradebook_gui.gui.app` (not imported here: it imports Qt).
STARTUP_WINDOW_SHOWN = "start-up window shown"
MAIN_WINDOW_SHOWN = "main window shown"


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
    """A program to start: its command, the lines it prints that are timed (patterns, on stdout
    or on stderr for the debug log), and the folders holding its files (dropped from the page cache
    before a cold start)."""

    def __init__(
        self,
        command: list[str],
        markers: Sequence[str],
        folders: Sequence[Path],
        *,
        on_stderr: bool = False,
    ) -> None:
        self.command = command
        self.markers = tuple(markers)
        self.folders = tuple(folders)
        self.on_stderr = on_stderr
        self.pauses_ms: list[float] = []  # what the self-test said, every start


def seconds_until(start: Start, environment: dict[str, str]) -> list[float]:
    """From starting the process to each of its marker lines, in order; then it is stopped."""
    started = time.perf_counter()
    process = subprocess.Popen(
        start.command,
        stdout=subprocess.DEVNULL if start.on_stderr else subprocess.PIPE,
        stderr=subprocess.PIPE if start.on_stderr else subprocess.DEVNULL,
        text=True,
        env=environment,
    )
    lines = process.stderr if start.on_stderr else process.stdout
    found: list[float] = []
    last_said: deque[str] = deque(maxlen=LINES_SHOWN_ON_FAILURE)
    try:
        assert lines is not None
        for line in lines:
            last_said.append(line.rstrip())
            if re.search(start.markers[len(found)], line):
                found.append(time.perf_counter() - started)
                pause = PAUSE.search(line)
                if pause is not None:
                    start.pauses_ms.append(float(pause.group(1)))
                if len(found) == len(start.markers):
                    return found
            if time.perf_counter() - started > START_TIMEOUT_SECONDS:
                break
        missing = start.markers[len(found)]
        ended = process.poll()
        how = "still running" if ended is None else f"exit code {ended}"
        said = "\n".join(last_said)
        raise RuntimeError(
            f"{' '.join(start.command)} never printed '{missing}' ({how}); it said last:\n{said}"
        )
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


def with_bytecode_kept() -> dict[str, str]:
    """This environment, offscreen, with Python's compiled modules kept between starts (in
    benchmarks/results/, not beside the sources), as on a user's computer after the first start:
    without them every start from source compiles every module again (the frozen app has them
    built in)."""
    environment = {
        name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"
    }
    environment["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    return environment


def environment_in(folder: Path) -> dict[str, str]:
    """As `with_bytecode_kept`, with the app's config and data folders in `folder`."""
    return {
        **with_bytecode_kept(),
        "GRADEBOOK_CONFIG_DIR": str(folder / "config"),
        "GRADEBOOK_DATA_DIR": str(folder / "data"),
    }


def keep_a_last_view(folder: Path) -> None:
    """Leave in `folder` what an instructor's next start reads: the window opened the saved
    connection SCENE_PROFILE on a sandbox, loaded a column and closed. Runs from source, in a
    process of its own (`environment_in(folder)`): it imports the whole window."""
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from gradebook_gui import last_view
        from gradebook_gui.api import Credentials
        from gradebook_gui.config import CredentialKind, Profile, ProfileStore
        from gradebook_gui.credentials import SecretStorage, SessionKeyring
        from gradebook_gui.gui.app import compose
        from gradebook_gui.gui.gradebook_app import StartOptions
        from gradebook_gui.sandbox import Sandbox, SandboxOptions

        qt_app = QApplication([])
        with Sandbox(SandboxOptions(students={SCENE_LEARNERS})) as sandbox:
            profile = Profile(
                name={SCENE_PROFILE!r},
                base_url=sandbox.base_url,
                credential_kind=CredentialKind.SERVICE_KEY,
            )
            profiles = ProfileStore()
            profiles.save(profile)
            # Secrets for this run only: the user's keyring is never touched.
            secrets = SecretStorage(SessionKeyring(), Path({str(folder)!r}) / "secrets.json")
            demo = sandbox.credentials
            secrets.store.save(
                profile.name, Credentials(api_key=demo.api_key, service_key=demo.service_key)
            )
            app = compose(
                StartOptions(profile=profile.name),
                secrets=secrets,
                profiles=profiles,
                presenter=lambda parent, message: None,
            )
            app.window.resize(1280, 780)
            app.window.show()
            app.start()
            deadline = time.monotonic() + {START_TIMEOUT_SECONDS}
            loader = app.window.loader
            while (loader.grades is None or loader.loading) and time.monotonic() < deadline:
                qt_app.processEvents()
                time.sleep(0.01)
            app.shutdown()
        view = last_view.read()
        assert view is not None and len(view.rows) == {SCENE_LEARNERS}, view
        """
    )
    subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=environment_in(folder),
        capture_output=True,
        text=True,
        check=True,
        timeout=START_TIMEOUT_SECONDS * 2,
    )


def median_start_times(
    starts: list[Start], runs: int, *, cold: bool = False, folder: Path | None = None
) -> list[list[float]]:
    """For each start, the median time to each of its markers over `runs` alternating starts,
    after one warm-up start of each; `cold` drops a program's files from the page cache first.
    The app's folders are in `folder` (a new empty one when None)."""
    before: Callable[[Start], None] = (
        (lambda start: drop_from_page_cache(start.folders)) if cold else (lambda start: None)
    )
    with tempfile.TemporaryDirectory() as empty:
        environment = environment_in(folder or Path(empty))
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
        env=with_bytecode_kept(),
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
    return [*sorted(found), ROOT / "gradebook_gui", PACKAGING, BYTECODE]


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
    next_start = ["--debug", "--profile", SCENE_PROFILE]
    # The start-up window's line says how many saved rows it shows: when not all of them, the
    # benchmark stops there, saying the line never came.
    window_markers = (
        rf"{STARTUP_WINDOW_SHOWN} after \d+ ms, {SCENE_LEARNERS} saved rows",
        MAIN_WINDOW_SHOWN,
    )
    frozen = [
        Start(APP.command, (SHOWN_MARKER, READY_MARKER), [APP.folder]),
        Start([str(APP.executable), *next_start], window_markers, [APP.folder], on_stderr=True),
        Start(BARE.command, (SHOWN_MARKER,), [BARE.folder]),
    ]
    from_source = [
        Start(
            [sys.executable, "-m", "gradebook_gui", "--self-test"],
            (SHOWN_MARKER, READY_MARKER),
            source_folders(),
        ),
        Start(
            [sys.executable, "-m", "gradebook_gui", *next_start],
            window_markers,
            source_folders(),
            on_stderr=True,
        ),
        Start(
            [sys.executable, str(PACKAGING / "bare_window.py")], (SHOWN_MARKER,), source_folders()
        ),
    ]
    name = f"start-up until the window is shown (median of {runs}, offscreen)"
    found: list[Measurement] = []
    with tempfile.TemporaryDirectory() as scene:
        keep_a_last_view(Path(scene))
        found += _warm(name, frozen, from_source, runs, Path(scene))
        # Timed while the files are still cached, before the cold starts drop them.
        found += _import_costs(name)
        if can_start_cold():
            cold = f"cold start (page cache dropped), median of {cold_runs}, offscreen"
            found += _cold(cold, frozen, from_source, cold_runs, Path(scene))
    return found


def _ratios(
    name: str, kind: str, times: list[list[float]], *, target: bool = False
) -> list[Measurement]:
    """The first window, and the main window, of the first run and of the next start (with the
    saved rows), each over the bare window shown."""
    (first, first_ready), (next_start, next_ready), (bare,) = times
    shown = next_start / bare
    return [
        Measurement(
            name,
            f"{kind}: next start, start-up window with {SCENE_LEARNERS} saved rows / bare window",
            shown,
            "x",
            f"<= {RATIO_TARGET:g}" if target else "",
            shown <= RATIO_TARGET if target else None,
        ),
        Measurement(
            name, f"{kind}: next start, main window shown / bare window", next_ready / bare, "x"
        ),
        Measurement(
            name,
            f"{kind}: first run (--self-test), start-up window / bare window",
            first / bare,
            "x",
        ),
        Measurement(
            name,
            f"{kind}: first run (--self-test), main window ready / bare window",
            first_ready / bare,
            "x",
        ),
    ]


def _warm(
    name: str, frozen: list[Start], from_source: list[Start], runs: int, scene: Path
) -> list[Measurement]:
    times = median_start_times(frozen, runs, folder=scene)
    (_, _), (next_start, _), (bare,) = times
    found = [
        Measurement(
            name, "frozen: next start, start-up window with saved rows", next_start * 1000, "ms"
        ),
        Measurement(name, "frozen bare PySide6 window", bare * 1000, "ms"),
        *_ratios(name, "frozen", times, target=True),
        Measurement(
            name,
            "frozen: longest pause of the window's thread until ready (--self-test, worst start)",
            max(frozen[0].pauses_ms),
            "ms",
        ),
    ]
    return found + _ratios(name, "from source", median_start_times(from_source, runs, folder=scene))


def _cold(
    name: str, frozen: list[Start], from_source: list[Start], runs: int, scene: Path
) -> list[Measurement]:
    times = median_start_times(frozen, runs, cold=True, folder=scene)
    (_, _), (next_start, _), (bare,) = times
    return [
        Measurement(
            name, "frozen: next start, start-up window with saved rows", next_start * 1000, "ms"
        ),
        Measurement(name, "frozen bare PySide6 window", bare * 1000, "ms"),
        *_ratios(name, "frozen", times),
        *_ratios(
            name, "from source", median_start_times(from_source, runs, cold=True, folder=scene)
        ),
    ]


def _import_costs(name: str) -> list[Measurement]:
    costs = import_costs("gradebook_gui.gui.app")
    found = [
        Measurement(
            name,
            "from source: imported before the window shows (gradebook_gui.gui.app)",
            sum(costs.values()),
            "ms",
        )
    ]
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
    return found
