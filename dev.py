#!/usr/bin/env python3
"""Set up the project in ./.venv and run it: `python3 dev.py start|test|bench`.

Only the standard library is used here, so it runs on a fresh machine with Python 3.11+.
The virtualenv is (re)installed whenever pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"


def venv_bin(name: str) -> str:
    folder = "Scripts" if os.name == "nt" else "bin"
    suffix = ".exe" if os.name == "nt" else ""
    return str(VENV / folder / f"{name}{suffix}")


def ensure_venv(extras: str) -> None:
    """Create .venv and install the project with `extras`, unless done for this pyproject."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted:
        return
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be started by an older python3
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    if not Path(venv_bin("python")).exists():
        print("Creating the virtualenv in .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    pip = [venv_bin("python"), "-m", "pip", "--disable-pip-version-check"]
    print("Installing gradebook_gui and its dependencies ...", flush=True)
    subprocess.run([*pip, "install", "-q", "--upgrade", "pip"], check=True)
    subprocess.run([*pip, "install", "-q", "-e", f".[{extras}]"], cwd=ROOT, check=True)
    STAMP.write_text(wanted)


def run(*command: str) -> None:
    result = subprocess.run(command, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def translations_stale() -> bool:
    """True when a translation source (.ts) is newer than its compiled .qm, or has none yet."""
    sources = ROOT / "resources" / "translations"
    compiled = ROOT / "gradebook_gui" / "gui" / "translations"
    for source in sources.glob("*.ts"):
        qm = compiled / f"{source.stem}.qm"
        if not qm.exists() or qm.stat().st_mtime < source.stat().st_mtime:
            return True
    return False


def build_translations() -> None:
    """Compile the window's translations when their sources changed, so the app speaks them."""
    if translations_stale():
        run(venv_bin("python"), str(ROOT / "packaging" / "translations.py"), "build")


def start(args: list[str]) -> None:
    ensure_venv("dev")
    build_translations()
    os.execv(venv_bin("gradebook-gui"), [venv_bin("gradebook-gui"), "--demo", *args])


def test(args: list[str]) -> None:
    ensure_venv("dev")
    build_translations()
    python = venv_bin("python")
    sources = ("gradebook_gui", "tests", "benchmarks", "packaging", "dev.py")
    run(python, "-m", "ruff", "check", *sources)
    run(python, "-m", "ruff", "format", "--check", *sources)
    run(python, "-m", "mypy")
    run(venv_bin("lint-imports"))
    run(python, "-m", "pytest", *args)


def bench(args: list[str]) -> None:
    ensure_venv("dev")
    run(venv_bin("python"), "-m", "benchmarks", *args)


COMMANDS = {"start": start, "test": test, "bench": bench}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in COMMANDS:
        sys.exit("usage: python3 dev.py start|test|bench [arguments passed on]")
    COMMANDS[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    main()
