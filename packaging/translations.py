#!/usr/bin/env python3
"""The window's translations: `python packaging/translations.py update|build`.

- `update` collects every `translate(...)` text of the window (`gradebook_gui/gui/*.py`), and
  the sentences the layers below it make for it (`QT_TRANSLATE_NOOP(...)` anywhere in
  `gradebook_gui/`, `QT_TRANSLATE_N_NOOP(...)` for a text with a count), into
  `resources/translations/gradebook_<code>.ts` with `lupdate`, keeping the translations already
  made and dropping texts the window no longer shows. Translators then fill the `.ts` files
  (Qt Linguist: `pyside6-linguist`). lupdate's Python reader marks a text as plural only when
  its count is a literal number, and skips a call whose count is an expression, so `update`
  then reads the calls itself and gives every text with a count its plural forms.
- `build` compiles every `.ts` with `lrelease` into `gradebook_gui/gui/translations/*.qm`, where
  the app loads them from (and which the frozen app bundles).

Run it with the project's virtualenv python: the tools are PySide6's, beside that python.
Only the standard library is used here, so `dev.py` and `build.py` can run it on any machine.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "translations"
COMPILED = ROOT / "gradebook_gui" / "gui" / "translations"
PACKAGE = ROOT / "gradebook_gui"
WINDOW_CODE = PACKAGE / "gui"
# How the layers below the window mark the texts it shows (see gradebook_gui/wording.py).
MARKS = ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_N_NOOP")
LANGUAGES = ("de", "es", "fr")
# How many plural forms each language's catalogue holds (Qt's rules: one, and other).
PLURAL_FORMS = {"de": 2, "es": 2, "fr": 2}


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


def translated_files() -> list[Path]:
    """The window's code, and every file below it that marks a text the window shows."""
    marking = {
        path
        for path in PACKAGE.rglob("*.py")
        if any(mark in path.read_text(encoding="utf-8") for mark in MARKS)
    }
    return sorted(set(WINDOW_CODE.glob("*.py")) | marking)


def update() -> None:
    window_files = translated_files()
    SOURCES.mkdir(parents=True, exist_ok=True)
    for source in catalogues():
        update_catalogue(source, window_files, source.stem.removeprefix("gradebook_"))


def update_catalogue(source: Path, window_files: list[Path], language: str) -> None:
    """Bring the catalogue `source` of `language` up to date with the texts of `window_files`."""
    plurals = plural_translations(source) if source.exists() else {}
    subprocess.run(
        [
            tool("lupdate"),
            *(str(path) for path in window_files),
            "-silent",
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
    add_plural_forms(source, counted_texts(window_files), PLURAL_FORMS[language], plurals)


def counted_texts(files: list[Path]) -> dict[tuple[str, str], bool]:
    """Every `translate("Context", "Text", ...)` call and marked text of the window: (context,
    text) -> whether the text is shown with a count (it then needs plural forms)."""
    found: dict[tuple[str, str], bool] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("translate", *MARKS)
                and len(node.args) >= 2
                and all(isinstance(arg, ast.Constant) for arg in node.args[:2])
            ):
                continue
            context, text = (arg.value for arg in node.args[:2])
            if isinstance(context, str) and isinstance(text, str):
                has_count = (
                    node.func.id == "QT_TRANSLATE_N_NOOP"
                    or len(node.args) >= 4
                    or any(kw.arg == "n" for kw in node.keywords)
                )
                found[context, text] = found.get((context, text), False) or has_count
    return found


def plural_translations(source: Path) -> dict[tuple[str, str], ElementTree.Element]:
    """The plural translations of a catalogue by (context, text): lupdate would fold them into
    one form, as it reads the calls as counting nothing."""
    found = {}
    for context in ElementTree.parse(source).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                key = (context.findtext("name") or "", message.findtext("source") or "")
                found[key] = translation
    return found


def add_plural_forms(
    source: Path,
    texts: dict[tuple[str, str], bool],
    forms: int,
    kept: dict[tuple[str, str], ElementTree.Element],
) -> None:
    """Give each counted text of `source` its plural forms (the translations `kept` from before
    lupdate ran, or empty ones), and add the texts lupdate skipped."""
    tree = ElementTree.parse(source)
    root = tree.getroot()
    contexts = {context.findtext("name"): context for context in root.iter("context")}
    seen = set()
    for context in contexts.values():
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            seen.add(key)
            if texts.get(key) and message.get("numerus") != "yes":
                _make_plural(message, forms, kept.get(key))
    for (name, text), has_count in sorted(texts.items()):
        if (name, text) in seen:
            continue
        context = contexts.get(name)
        if context is None:
            context = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(context, "name").text = name
            contexts[name] = context
        message = ElementTree.SubElement(context, "message")
        ElementTree.SubElement(message, "source").text = text
        ElementTree.SubElement(message, "translation", type="unfinished")
        if has_count:
            _make_plural(message, forms, kept.get((name, text)))
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(root, encoding="unicode")
    source.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )


def _make_plural(
    message: ElementTree.Element, forms: int, kept: ElementTree.Element | None
) -> None:
    message.set("numerus", "yes")
    translation = message.find("translation")
    if translation is not None:
        message.remove(translation)
    if kept is not None:
        message.append(kept)
        return
    made = ElementTree.SubElement(message, "translation", type="unfinished")
    # A translation made before the text took a count starts every form.
    start = translation.text if translation is not None and translation.text else ""
    for _ in range(forms):
        ElementTree.SubElement(made, "numerusform").text = start


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
