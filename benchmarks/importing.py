"""Importing a 10,000-row CSV and XLSX: reading, checking every row and planning the preview.

The files are the app's own export of the sandbox's seeded course (10,000 learners), with every
other score changed as an instructor would in a spreadsheet; the import then reads the file
(`read_table`), maps its columns (`guess_mapping`) and gives every row its verdict
(`plan_import`), which is what the import wizard's preview shows. Time is measured without
tracing; the peak of Python's memory (tracemalloc) in a second pass.
"""

from __future__ import annotations

import csv
import io
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path

from openpyxl import load_workbook

from benchmarks.common import Measurement
from benchmarks.submit import new_score
from benchmarks.table import learners
from gradebook_gui.exchange.export import CSV_COLUMNS, write_results_csv
from gradebook_gui.exchange.importer import (
    ImportPlan,
    RowVerdict,
    guess_mapping,
    plan_import,
    read_table,
)
from gradebook_gui.exchange.xlsx import write_results_xlsx
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.models import LineItem

EXPORTED_AT = "2026-03-02T09:00:00.000Z"
SCORE_COLUMN = CSV_COLUMNS.index("score")


def write_csv_file(path: Path, line_item: LineItem, grades: list[StudentGrade]) -> None:
    write_results_csv(path, line_item, grades, EXPORTED_AT)
    text = path.read_text(encoding="utf-8-sig")
    records = list(csv.reader(io.StringIO(text, newline="")))
    for number, record in enumerate(records[1:]):
        if number % 2 == 0:
            record[SCORE_COLUMN] = str(new_score(number, line_item.scoreMaximum))
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(records)
    path.write_text("\ufeff" + buffer.getvalue(), encoding="utf-8")


def write_xlsx_file(path: Path, line_item: LineItem, grades: list[StudentGrade]) -> None:
    write_results_xlsx(path, line_item, grades, EXPORTED_AT)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    for number, row in enumerate(sheet.iter_rows(min_row=2)):
        if number % 2 == 0:
            row[SCORE_COLUMN].value = new_score(number, line_item.scoreMaximum)
    workbook.save(path)


def preview(path: Path, line_item: LineItem, grades: list[StudentGrade]) -> ImportPlan:
    """What the import wizard does from choosing the file to showing the preview."""
    table = read_table(path)
    return plan_import(table, guess_mapping(table.headers), line_item, grades)


def timed(step: Callable[[], object]) -> float:
    started = time.perf_counter()
    step()
    return time.perf_counter() - started


def peak_bytes(step: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        step()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def run(quick: bool = False) -> list[Measurement]:
    rows = 1_000 if quick else 10_000
    line_item, members, results = learners(rows)
    grades = join_roster(members, results)
    found: list[Measurement] = []
    with tempfile.TemporaryDirectory() as folder:
        for kind, write in (("CSV", write_csv_file), ("XLSX", write_xlsx_file)):
            path = Path(folder) / f"grades.{kind.lower()}"
            write(path, line_item, grades)
            plan = preview(path, line_item, grades)
            name = f"import a {rows}-row {kind} ({path.stat().st_size / 1e6:.1f} MB)"
            read_seconds = timed(partial(read_table, path))
            total_seconds = timed(partial(preview, path, line_item, grades))
            peak = peak_bytes(partial(preview, path, line_item, grades))
            counts = plan.counts
            found += [
                Measurement(name, "read the file", read_seconds * 1000, "ms"),
                Measurement(
                    name, "read, map and plan every row (the preview)", total_seconds * 1000, "ms"
                ),
                Measurement(name, "peak Python memory (tracemalloc)", peak / 1e6, "MB"),
                Measurement(name, "peak Python memory per row", peak / rows, "bytes"),
                Measurement(name, "rows that will change", counts[RowVerdict.WILL_CHANGE], "rows"),
                Measurement(name, "rows unchanged", counts[RowVerdict.UNCHANGED], "rows"),
                Measurement(name, "rows skipped (blank score)", counts[RowVerdict.SKIPPED], "rows"),
                Measurement(name, "rows in error", counts[RowVerdict.ERROR], "rows"),
            ]
    return found
