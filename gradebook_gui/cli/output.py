"""Text the `gradebook` command prints: tables for people, JSON and CSV for programs."""

from __future__ import annotations

import io
import json
import sys
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

from gradebook_gui.exchange import export
from gradebook_gui.files import replace_file_atomically
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.models import LineItem, Member, Result


def display_width(text: str) -> int:
    """Columns a terminal uses for `text`: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def format_table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    rows = [[cell.replace("\n", " ") for cell in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=True)]

    def line(cells: Sequence[str]) -> str:
        padded = (
            cell + " " * (w - display_width(cell)) for cell, w in zip(cells, widths, strict=True)
        )
        return "  ".join(padded).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *map(line, rows)])


def _shorten(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def line_items(items: Sequence[LineItem], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(
            [item.model_dump(mode="json", exclude_none=True) for item in items],
            ensure_ascii=False,
            indent=2,
        )
    columns = ["id", "label", "scoreMaximum", "tag", "resourceLinkId"]
    rows = [
        [
            item.id,
            item.label,
            export.format_number(item.scoreMaximum),
            item.tag or "",
            item.resourceLinkId or "",
        ]
        for item in items
    ]
    if fmt == "csv":
        buffer = io.StringIO()
        safe_rows = [[export.neutralise_for_csv(cell) for cell in row] for row in rows]
        export.write_csv(buffer, safe_rows, columns)
        return buffer.getvalue()
    return format_table(columns, rows)


def join_for_user(
    members: Sequence[Member], results: Sequence[Result], user_id: str | None
) -> list[StudentGrade]:
    grades = join_roster(members, results)
    return [g for g in grades if g.user_id == user_id] if user_id else grades


def results(line_item: LineItem, grades: Sequence[StudentGrade], fmt: str) -> str:
    buffer = io.StringIO()
    if fmt == "json":
        export.write_json(buffer, grades)
    elif fmt == "csv":
        rows = export.spreadsheet_rows(line_item, grades, export.utc_timestamp())
        export.write_csv(buffer, rows)
    else:
        table = [
            [
                g.name or "(not on roster)",
                g.user_id,
                export.format_number(g.score(line_item)),
                _shorten(g.result.comment_text) if g.result and g.result.comment else "",
            ]
            for g in grades
        ]
        maximum = export.format_number(line_item.scoreMaximum)
        buffer.write(f"{line_item.label} (out of {maximum}): {len(grades)} learners\n")
        buffer.write(format_table(["name", "userId", "score", "comment"], table) + "\n")
    return buffer.getvalue()


def emit(text: str, path: str | None) -> None:
    """Print to stdout, or write FILE atomically."""
    if path is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    # The folder is the user's choice: written atomically, its permissions left alone.
    replace_file_atomically(Path(path), lambda handle: handle.write(text.encode("utf-8")))
    print(f"Wrote {path}", file=sys.stderr)


class Progress:
    """Page counts on stderr while loading, only when stderr is a terminal."""

    def __init__(self) -> None:
        self._enabled = sys.stderr.isatty()
        self._lock = threading.Lock()
        self._results = 0
        self._members = 0

    def results_page(self, page: Sequence[Result]) -> None:
        with self._lock:
            self._results += len(page)
            self._draw()

    def members_page(self, page: Sequence[Member]) -> None:
        with self._lock:
            self._members += len(page)
            self._draw()

    def _draw(self) -> None:
        if self._enabled:
            sys.stderr.write(f"\rLoading: {self._results} results, {self._members} on roster ")
            sys.stderr.flush()

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._enabled and (self._results or self._members):
            sys.stderr.write("\n")
