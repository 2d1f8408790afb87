"""The grid file: every learner's score in every line item, written and read back exactly."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl import load_workbook

from gradebook_gui.exchange.grid_file import (
    BASE_SHEET_TITLE,
    CourseGrid,
    column_header,
    grid_columns,
    grid_csv_text,
    read_grid,
    write_grid_csv,
    write_grid_xlsx,
)
from gradebook_gui.exchange.importer import ImportFileError
from gradebook_gui.models import LineItem, Member, Result

from .helpers import rewrite_sheet

QUIZ = LineItem(id="https://lms.example/courses/7/line_items/3", label="Quiz 3", scoreMaximum=20)
# A label a spreadsheet would run as a formula, and an id with a query string.
TRICKY = LineItem(
    id="https://lms.example/mod/lti/lineitem?type_id=3&x=[1]",
    label='=HYPERLINK("http://evil") [draft]',
    scoreMaximum=10,
)
EXPORTED_AT = "2026-11-26T14:03:07.123Z"


def course() -> CourseGrid:
    members = (
        Member(userId="007", roles=("Learner",), name="Ada Lovelace", email="ada@example.edu"),
        Member(userId="5001", roles=("Learner",), name="-Chloé +Dubois", email="@chloe"),
        Member(userId="5002", roles=("Learner",), name="Dmitri", status="Inactive"),
        Member(userId="teacher", roles=("Instructor",), name="Ms Teacher"),
    )
    quiz = (
        Result(id="r1", scoreOf=QUIZ.id, userId="007", resultScore=7, resultMaximum=10),
        Result(id="r2", scoreOf=QUIZ.id, userId="5002", resultScore=0.1, resultMaximum=0.3),
        # A student who left the course: the LMS still holds their grade.
        Result(id="r3", scoreOf=QUIZ.id, userId="9999", resultScore=5, resultMaximum=20),
    )
    tricky = (
        Result(id="r4", scoreOf=TRICKY.id, userId="5001", resultScore=8.25, resultMaximum=10),
    )
    return CourseGrid((QUIZ, TRICKY), members, {QUIZ.id: quiz, TRICKY.id: tricky})


def test_the_grid_lists_learners_then_students_off_the_roster_with_scores_on_each_scale():
    grid = course()
    assert [learner.user_id for learner in grid.learners] == ["007", "5001", "5002", "9999"]
    text, warnings = grid_csv_text(grid, EXPORTED_AT)
    assert warnings == []
    rows = list(csv.reader(text.splitlines()))
    header = rows[0]
    assert header[:3] == ["userId", "name", "email"]
    assert header[3:5] == [column_header(QUIZ), "'" + column_header(TRICKY)]
    bases = [f"base:{column_header(QUIZ)}", f"base:{column_header(TRICKY)}"]
    assert header[5:] == [*bases, "exported_at"]
    assert rows[1] == ["007", "Ada Lovelace", "ada@example.edu", "14", "", "14", "", EXPORTED_AT]
    # Formula triggers get a leading quote; scores stay plain numbers on the line item's scale.
    assert rows[2][:5] == ["5001", "'-Chloé +Dubois", "'@chloe", "", "8.25"]
    assert float(rows[3][3]) == 0.1 / 0.3 * 20  # every digit, so it reads back exactly
    assert rows[4][:4] == ["9999", "", "", "5"]


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_a_grid_file_reads_back_as_written(tmp_path: Path, suffix: str):
    grid = course()
    path = tmp_path / f"grid.{suffix}"
    write = write_grid_csv if suffix == "csv" else write_grid_xlsx
    assert write(path, grid, EXPORTED_AT) == []
    table = read_grid(path)
    columns = grid_columns(table.headers, [QUIZ, TRICKY])
    assert [(c.line_item, c.header, c.base_header) for c in columns] == [
        (QUIZ, column_header(QUIZ), f"base:{column_header(QUIZ)}"),
        (TRICKY, column_header(TRICKY), f"base:{column_header(TRICKY)}"),
    ]
    by_user = {row.cells["userId"]: row.cells for row in table.rows}
    assert by_user["5001"]["name"] == "-Chloé +Dubois"
    assert float(by_user["5001"][column_header(TRICKY)]) == 8.25
    assert float(by_user["5001"][f"base:{column_header(TRICKY)}"]) == 8.25
    assert float(by_user["5002"][column_header(QUIZ)]) == 0.1 / 0.3 * 20


def test_the_workbook_keeps_the_base_on_a_hidden_sheet_joined_by_user_id(tmp_path: Path):
    path = tmp_path / "grid.xlsx"
    write_grid_xlsx(path, course(), EXPORTED_AT)
    workbook = load_workbook(path)
    assert workbook[BASE_SHEET_TITLE].sheet_state == "hidden"
    sheet = workbook.active
    assert sheet is not None and sheet.title == "Grades"
    assert sheet.cell(row=1, column=5).data_type == "s"  # the formula-like label stays text
    assert sheet.cell(row=2, column=4).value == 14  # a score is a number
    # Sorted in a spreadsheet: the visible rows move, the hidden sheet does not.
    values = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=2)]
    for offset, row in enumerate(reversed(values)):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=2 + offset, column=column).value = value
    sheet.cell(row=2, column=4).value = 19  # 9999's quiz score, edited
    workbook.save(path)
    table = read_grid(path)
    by_user = {row.cells["userId"]: row.cells for row in table.rows}
    assert by_user["9999"][column_header(QUIZ)] == 19
    assert by_user["9999"][f"base:{column_header(QUIZ)}"] == 5
    assert by_user["007"][f"base:{column_header(QUIZ)}"] == 14
    assert table.rows[0].line_number == 2


def test_a_changed_hidden_sheet_is_refused(tmp_path: Path):
    path = tmp_path / "grid.xlsx"
    write_grid_xlsx(path, course(), EXPORTED_AT)
    workbook = load_workbook(path)
    workbook[BASE_SHEET_TITLE].cell(row=3, column=1).value = "007"  # two rows for one learner
    workbook.save(path)
    with pytest.raises(ImportFileError, match="hidden sheet 'Base' was changed"):
        read_grid(path)


def test_columns_that_are_no_line_item_of_the_course_are_named(tmp_path: Path):
    quiz, tricky = column_header(QUIZ), column_header(TRICKY)
    with pytest.raises(ImportFileError, match="'Total' is not a line item"):
        grid_columns(["userId", "name", quiz, "Total"], [QUIZ])
    with pytest.raises(ImportFileError, match=r"names the line item https://lms\.example/9"):
        grid_columns(["userId", quiz, "Quiz 9 [https://lms.example/9]"], [QUIZ])
    with pytest.raises(ImportFileError, match=r"'Quiz 3 \[.*\]' was removed from the file"):
        grid_columns(["userId", tricky, f"base:{quiz}", f"base:{tricky}"], [QUIZ, TRICKY])
    with pytest.raises(ImportFileError, match="are the same line item"):
        grid_columns(["userId", quiz, f"Renamed [{QUIZ.id}]"], [QUIZ])
    with pytest.raises(ImportFileError, match="no line item column"):
        grid_columns(["userId", "name", "email"], [QUIZ])
    # The id decides: a label renamed in the LMS since the export still matches.
    (column,) = grid_columns(["User ID", f"Old name [{QUIZ.id}]", "Exported at"], [QUIZ])
    assert column.line_item == QUIZ and column.base_header is None


def counted_workbook_loads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every unpacking and parsing of a workbook from now on, recorded."""
    loads: list[object] = []
    load = openpyxl.load_workbook

    def counting(*args: object, **kwargs: object) -> object:
        loads.append(args[0])
        return load(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(openpyxl, "load_workbook", counting)
    return loads


def test_a_workbook_is_unpacked_and_parsed_once_for_the_grid_and_its_hidden_sheet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "grid.xlsx"
    write_grid_xlsx(path, course(), EXPORTED_AT)
    loads = counted_workbook_loads(monkeypatch)
    table = read_grid(path)
    assert len(loads) == 1
    by_user = {row.cells["userId"]: row.cells for row in table.rows}
    assert by_user["007"][column_header(QUIZ)] == 14
    assert by_user["007"][f"base:{column_header(QUIZ)}"] == 14


def test_a_grid_workbook_packed_like_a_zip_bomb_is_refused_before_it_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    path = tmp_path / "grid.xlsx"
    write_grid_xlsx(path, course(), EXPORTED_AT)
    rewrite_sheet(
        path, lambda sheet: sheet.replace(b"</sheetData>", b" " * 3_000_000 + b"</sheetData>")
    )
    loads = counted_workbook_loads(monkeypatch)
    with pytest.raises(ImportFileError, match="refused as unsafe to open"):
        read_grid(path)
    assert loads == []


def test_a_hidden_sheet_that_cannot_be_read_is_named(tmp_path: Path):
    def broken(sheet: bytes) -> bytes:
        # A number cell holding no number: the workbook opens, the sheet fails halfway.
        return sheet.replace(
            b"</sheetData>", b'<row r="9"><c r="A9"><v>x</v></c></row></sheetData>'
        )

    path = tmp_path / "grid.xlsx"
    write_grid_xlsx(path, course(), EXPORTED_AT)
    with zipfile.ZipFile(path) as source:
        parts = [(item.filename, source.read(item)) for item in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in parts:
            target.writestr(name, broken(body) if name == "xl/worksheets/sheet2.xml" else body)
    with pytest.raises(ImportFileError, match="hidden sheet 'Base' cannot be read"):
        read_grid(path)
