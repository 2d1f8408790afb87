"""The last view's file: what the window showed last, read back at the next start, or nothing."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from gradebook_gui import last_view
from gradebook_gui.last_view import (
    MAX_ROWS,
    LastView,
    ShownColumn,
    ShownDock,
    ShownToolBar,
    window_rows,
)

SAVED_AT = datetime(2026, 12, 3, 17, 45, tzinfo=UTC)
VIEW = LastView(
    profile="Biology 101",
    course="Biology 101 (Fall)",
    column="Quiz 3",
    saved_at=SAVED_AT,
    columns=(
        ShownColumn("Name", 220, 0x81),
        ShownColumn("Score", 80, 0x82),
        ShownColumn("Status", 90, 0x81),
        ShownColumn("Comment", 300, 0x81),
    ),
    rows=(
        ("Ada Lovelace", "8.5", "Saved", "Well argued, “précis”"),
        ("Alan Turing", "", "", ""),
    ),
    top_row=1,
    menus=("&File", "&Edit", "&Grades", "&View", "&Help"),
    tool_bars=(ShownToolBar("GradingToolBar", "Grading", ("Submit", "Undo", "", "Refresh")),),
    docks=(ShownDock("GradeColumnsDock", "Grade columns"), ShownDock("DetailsDock", "Details")),
)


def test_what_is_written_reads_back_the_same(tmp_path: Path) -> None:
    last_view.write(VIEW)
    assert last_view.read() == VIEW
    assert last_view.last_view_path() == tmp_path / "data" / last_view.LAST_VIEW_FILE
    # Replaced in one step: no half-written file is left beside it.
    assert [path.name for path in (tmp_path / "data").iterdir()] == [last_view.LAST_VIEW_FILE]


def test_a_time_in_another_zone_reads_back_as_the_same_moment() -> None:
    elsewhere = SAVED_AT.astimezone(timezone(timedelta(hours=-5)))
    last_view.write(LastView("P", "C", "L", elsewhere, (), ()))
    read = last_view.read()
    assert read is not None and read.saved_at == SAVED_AT


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_file_is_readable_by_the_user_only(tmp_path: Path) -> None:
    last_view.write(VIEW)
    assert stat.S_IMODE(last_view.last_view_path().stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700


def test_a_missing_file_is_no_view() -> None:
    assert last_view.read() is None
    last_view.forget()  # nothing to forget is fine


def test_forget_removes_it() -> None:
    last_view.write(VIEW)
    last_view.forget()
    assert last_view.read() is None


def test_forget_of_a_connection_removes_only_its_view() -> None:
    last_view.write(VIEW)
    last_view.forget_of("Chemistry")
    assert last_view.read() == VIEW
    last_view.forget_of("Biology 101")
    assert last_view.read() is None
    last_view.forget_of("Biology 101")  # nothing left to forget is fine


def test_a_file_that_cannot_be_read_is_no_view() -> None:
    # A folder where the file should be: opening it fails whoever runs the test (root too).
    last_view.last_view_path().mkdir(parents=True)
    assert last_view.read() is None


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"format": 1, "profile": "Biology 101", "rows": [["Ada',  # cut off mid-write
        b"\xff\xfe not text",
        b"[]",
        b"null",
    ],
)
def test_a_damaged_file_is_no_view(content: bytes) -> None:
    path = last_view.last_view_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert last_view.read() is None


def written_document() -> dict[str, object]:
    last_view.write(VIEW)
    document: dict[str, object] = json.loads(last_view.last_view_path().read_text("utf-8"))
    return document


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("format", 0),  # an older app's file
        ("format", 2),  # a newer app's file
        ("saved_at", "yesterday"),
        ("saved_at", "2026-12-03T17:45:00"),  # no zone: not a moment
        ("profile", None),
        ("rows", [["Ada Lovelace", 8.5, "Saved", ""]]),  # a number, not the text shown
        ("rows", [["Ada Lovelace"]]),  # fewer texts than columns
        ("columns", [["Name", "wide", 0]]),
        ("columns", [["Name", -5, 0]]),
        ("columns", [["Name", 100, 2**40]]),  # no alignment Qt knows
        ("top_row", -1),
        ("top_row", True),
        ("menus", "&File"),
        ("tool_bars", [["GradingToolBar", "Grading"]]),
        ("docks", [["DetailsDock", None]]),
    ],
)
def test_a_file_of_another_shape_is_no_view(key: str, value: object) -> None:
    document = written_document()
    document[key] = value
    last_view.last_view_path().write_text(json.dumps(document), "utf-8")
    assert last_view.read() is None


def test_a_missing_field_is_no_view() -> None:
    document = written_document()
    del document["column"]
    last_view.last_view_path().write_text(json.dumps(document), "utf-8")
    assert last_view.read() is None


def test_a_first_row_beyond_the_rows_kept_is_brought_back_within_them() -> None:
    document = written_document()
    document["top_row"] = 50
    last_view.last_view_path().write_text(json.dumps(document), "utf-8")
    read = last_view.read()
    assert read is not None and read.top_row == len(VIEW.rows) - 1


def test_the_rows_kept_start_at_the_first_in_view_and_stop_at_the_limit() -> None:
    assert window_rows(40, 0) == range(40)
    assert window_rows(40, 12) == range(40)
    assert window_rows(10_000, 0) == range(MAX_ROWS)
    assert window_rows(10_000, 4_000) == range(4_000, 4_000 + MAX_ROWS)
    # Near the end, rows before the first in view fill the rest.
    assert window_rows(10_000, 9_990) == range(10_000 - MAX_ROWS, 10_000)
    assert window_rows(0, 0) == range(0)


def test_reading_it_needs_nothing_but_the_standard_library() -> None:
    script = """
import sys
from gradebook_gui import last_view
last_view.read()
print(sorted(name for name in ("PySide6", "pydantic", "httpx", "gradebook_gui.store")
             if name in sys.modules))
"""
    completed = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert completed.stdout.strip() == "[]"
