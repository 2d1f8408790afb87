#!/usr/bin/env python3
"""The window's translations: `python packaging/translations.py update|build`.

- `update` collects every `translate(...)` text of the window (`gradebook_gui/gui/*.py`) into
  `resources/translations/gradebook_<code>.ts` with `lupdate`, keeping the translations already
  made and dropping texts the window no longer shows. Translators then fill the `.ts` files
  (Qt Linguist: `pyside6-linguist`).
- `build` compiles every `.ts` with `lrelease` into `gradebook_gui/gui/translations/*.qm`, where
  the app loads them from (and which the frozen app bundles).

Run it with the project's virtualenv python: the tools are PySide6's, beside that python.
Only the standard library is used here, so `dev.py` and `build.py` can run it on any machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "gradebook_gui" / "gui" / "translations"
WINDOW_CODE = ROOT / "gradebook_gui" / "gui"
LANGUAGES = ("de", "es", "fr")


def catalogues() -> list[Path]:
    """The `.ts` source of every language the window is translated into."""
    return [SOURCES / f"gradebook_{code}.ts" for code in LANGUAGES]


def compiled(source: Path) -> Path:
    """Where `build` writes the `.qm` of a `.ts` source."""
    return COMPILED / f"{source.stem}.qm"


def tool(name: str) -> str:
    """A PySide6 tool installed beside the running python (`pyside6-lupdate`, ...)."""
    suffix = ".exe" if os.name == "nt" else ""
    return str(Path(sys.executable).parent / f"pyside6-{name}{suffix}")


def update() -> None:
    window_files = sorted(str(path) for path in WINDOW_CODE.glob("*.py"))
    SOURCES.mkdir(parents=True, exist_ok=True)
    for source in catalogues():
        language = source.stem.removeprefix("gradebook_")
        subprocess.run(
            [
                tool("lupdate"),
                *window_files,
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(source),
            ],
            cwd=ROOT,
            check=True,
        )


def build() -> None:
    COMPILED.mkdir(parents=True, exist_ok=True)
    for source in catalogues():
        subprocess.run(
            [tool("lrelease"), "-silent", str(source), "-qm", str(compiled(source))],
            cwd=ROOT,
            check=True,
        )


VERBS = {"update": update, "build": build}


def main() -> int:
    if len(sys.argv) != 2 or sys.argv[1] not in VERBS:
        print("usage: python packaging/translations.py update|build", file=sys.stderr)
        return 2
    VERBS[sys.argv[1]]()
    return 0


if __name__ == "__main__":
    sys.exit(main())
