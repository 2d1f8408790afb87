"""The grade column the window showed last, as it showed it, for the next start to show at once.

The window writes it when it closes; the start-up window reads it before the store, the models
and the API client are imported, so this module needs nothing but the standard library. It keeps
only text the window showed (the course and column names, each learner's row as displayed),
never a secret, in the data folder and readable by the user only, like the grade store. A file
that is missing, unreadable, damaged or written in another format reads as None: the start-up
window then shows without rows.
"""

from __future__ import annotations

import contextlib
import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

from gradebook_gui.folders import data_dir, ensure_private_dir

LAST_VIEW_FILE = "last_view.json"
# Raised whenever what is written changes shape: an older or newer file is then not read.
FORMAT = 1
# Rows kept from the first one in view: enough to fill any screen and scroll a little; few enough
# to take from the table when the window closes, and to read at start, in a few milliseconds.
MAX_ROWS = 200
# What a column's width (pixels) and text alignment (Qt's flags) can be: anything else is not
# this window's file.
MAX_WIDTH = 100_000
MAX_ALIGNMENT = 0xFFFF

# Named tuples rather than data classes: a data class writes and compiles its methods when it is
# made, several milliseconds for these four before the start-up window can show.


class ShownColumn(NamedTuple):
    """A column of the table as it was shown: its title, width in pixels and text alignment
    (Qt's alignment flags, as a number)."""

    title: str
    width: int
    alignment: int


class ShownToolBar(NamedTuple):
    """A tool bar as it was shown: its name (for the saved layout), title and buttons' texts
    ("" for a separator)."""

    name: str
    title: str
    buttons: tuple[str, ...]


class ShownDock(NamedTuple):
    """A docked panel: its name (for the saved layout) and title."""

    name: str
    title: str


class LastView(NamedTuple):
    """A saved connection's grade column as the window showed it when it closed: as many texts
    in each row as there are columns."""

    profile: str
    course: str
    column: str
    saved_at: datetime
    columns: tuple[ShownColumn, ...]
    rows: tuple[tuple[str, ...], ...]
    # Which of `rows` was the first in view.
    top_row: int = 0
    # The window around the table, so the start-up window has its shape: the menus' titles,
    # the tool bars and the docked panels.
    menus: tuple[str, ...] = ()
    tool_bars: tuple[ShownToolBar, ...] = ()
    docks: tuple[ShownDock, ...] = ()


def last_view_path() -> Path:
    return data_dir() / LAST_VIEW_FILE


def window_rows(count: int, top_row: int) -> range:
    """The rows to keep of `count`: at most MAX_ROWS, those in view and after them first."""
    first = max(0, min(top_row, count - MAX_ROWS))
    return range(first, min(count, first + MAX_ROWS))


def write(view: LastView, path: Path | None = None) -> None:
    """Replace the file in one step (never half written), readable by the user only."""
    path = path or last_view_path()
    ensure_private_dir(path.parent)
    document = {
        "format": FORMAT,
        "profile": view.profile,
        "course": view.course,
        "column": view.column,
        "saved_at": view.saved_at.astimezone(UTC).isoformat(),
        "columns": [[c.title, c.width, c.alignment] for c in view.columns],
        "rows": [list(row) for row in view.rows],
        "top_row": view.top_row,
        "menus": list(view.menus),
        "tool_bars": [[bar.name, bar.title, list(bar.buttons)] for bar in view.tool_bars],
        "docks": [[dock.name, dock.title] for dock in view.docks],
    }
    # Created for the user only (0600) before anything is written into it; named for this
    # process, so two windows closing at once do not write into one file.
    temporary = path.with_name(f".{LAST_VIEW_FILE}.{os.getpid()}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as file:
            json.dump(document, file, ensure_ascii=False, separators=(",", ":"))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def read(path: Path | None = None) -> LastView | None:
    """The last view, or None when there is none that can be shown."""
    path = path or last_view_path()
    try:
        with path.open("rb") as file:
            document = json.load(file)
        return _parse(document)
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None


def forget(path: Path | None = None) -> None:
    """Remove the file, whoever's it is."""
    with contextlib.suppress(FileNotFoundError):
        (path or last_view_path()).unlink()


def forget_of(profile: str, path: Path | None = None) -> None:
    """Remove the file when it is `profile`'s (its local data or itself was removed)."""
    kept = read(path)
    if kept is not None and kept.profile == profile:
        forget(path)


def _parse(document: Any) -> LastView | None:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return None
    saved_at = datetime.fromisoformat(_text(document["saved_at"]))
    if saved_at.tzinfo is None:
        return None
    columns = tuple(
        ShownColumn(_text(title), _number(width, MAX_WIDTH), _number(alignment, MAX_ALIGNMENT))
        for title, width, alignment in _list(document["columns"])
    )
    rows = tuple(tuple(_text(cell) for cell in _list(row)) for row in _list(document["rows"]))
    if any(len(row) != len(columns) for row in rows):
        raise ValueError("every row has one text per column")
    return LastView(
        profile=_text(document["profile"]),
        course=_text(document["course"]),
        column=_text(document["column"]),
        saved_at=saved_at,
        columns=columns,
        rows=rows,
        # A first row in view past the rows kept reads as the last of them.
        top_row=min(_number(document["top_row"]), max(0, len(rows) - 1)),
        menus=tuple(_text(title) for title in _list(document["menus"])),
        tool_bars=tuple(
            ShownToolBar(_text(name), _text(title), tuple(_text(text) for text in _list(buttons)))
            for name, title, buttons in _list(document["tool_bars"])
        ),
        docks=tuple(
            ShownDock(_text(name), _text(title)) for name, title in _list(document["docks"])
        ),
    )


def _list(value: object) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError("a list expected")
    return value


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("text expected")
    return value


def _number(value: object, most: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError("a whole number expected")
    if value < 0 or (most is not None and value > most):
        raise ValueError("a number out of range")
    return value
