#!/usr/bin/env python3
"""Build the double-clickable app from a fresh checkout: `python3 packaging/build.py`.

Sets up .venv as `dev.py` does (with PyInstaller), compiles the window's translations
(`packaging/translations.py build`), freezes the app with packaging/gradebook_gui.spec into dist/
with them, runs the frozen `--self-test`, and prints the bundle's
size. `--onefile` builds one self-unpacking file instead of a folder (it starts slower).
Only the standard library is used here, so it runs on a machine with nothing but Python 3.11+.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from dev import ensure_venv, venv_bin  # noqa: E402

EXTRAS = "dev"  # includes PyInstaller; the same install as `dev.py test`, so no reinstall
SPEC = ROOT / "packaging" / "gradebook_gui.spec"
DIST = ROOT / "dist"
APP_NAME = "gradebook-gui"


def built_app(onefile: bool) -> tuple[Path, Path]:
    """What PyInstaller makes on this platform: the bundle to ship, and the program in it."""
    if sys.platform == "darwin":
        bundle = DIST / "Gradebook.app"
        return bundle, bundle / "Contents" / "MacOS" / APP_NAME
    executable = f"{APP_NAME}.exe" if sys.platform == "win32" else APP_NAME
    if onefile:
        return DIST / executable, DIST / executable
    return DIST / APP_NAME, DIST / APP_NAME / executable


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onefile", action="store_true", help="one file (starts slower)")
    parser.add_argument("--no-self-test", action="store_true", help="skip the frozen self-test")
    args = parser.parse_args()

    ensure_venv(EXTRAS)
    subprocess.run(
        [venv_bin("python"), str(ROOT / "packaging" / "translations.py"), "build"], check=True
    )
    command = [venv_bin("python"), "-m", "PyInstaller", str(SPEC), "--noconfirm", "--clean"]
    if args.onefile:
        command += ["--", "--onefile"]
    started = time.monotonic()
    subprocess.run(command, cwd=ROOT, check=True)
    built_in = time.monotonic() - started

    bundle, executable = built_app(args.onefile)
    print(f"\nbuilt {bundle} in {built_in:.0f} s: {size_of(bundle) / 1e6:.0f} MB")
    if args.no_self_test:
        return 0
    print(f"running {executable.name} --self-test ...", flush=True)
    return subprocess.run([str(executable), "--self-test"], check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
