"""Reading CSV and XLSX files into tables: encodings, cells, line numbers, and refusals."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from gradebook_gui.exchange import importer, xlsx
from gradebook_gui.exchange.export import FORMULA_TRIGGERS, write_results_csv
from gradebook_gui.exchange.importer import (
    CellValue,
    ImportFileError,
    parse_csv,
    parse_table,
    parse_xlsx,
    read_table,
)
from gradebook_gui.exchange.xlsx import write_results_xlsx
from gradebook_gui.grades import join_roster
from gradebook_gui.models import LineItem, Member, Result

from .conftest import WorkbookBuilder
from .helpers import rewrite_sheet


def cells(data: bytes) -> list[tuple[int, dict[str, CellValue]]]:
    return [(row.line_number, row.cells) for row in parse_table(data).rows]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("'=SUM(A1)", "=SUM(A1)"),
        ("'+1", "+1"),
        ("'-5 for lateness", "-5 for lateness"),
        ("'@user", "@user"),
        ("''=x", "'=x"),  # exactly one quote comes off
        ("'quoted", "'quoted"),  # no trigger follows: the quote is the text's own
        ("'", "'"),
        ("don't", "don't"),
    ],
)
def test_the_exporters_quote_comes_off_once_and_only_before_a_trigger(
    written: str, read: str
) -> None:
    data = f'userId,comment\n007,"{written}"\n'.encode()
    assert cells(data) == [(2, {"userId": "007", "comment": read})]


def test_a_quote_before_tab_cr_or_lf_comes_off_too() -> None:
    data = b'userId,comment\n1,"\'\tindented"\n2,"\'\rx"\n3,"\'\nx"\n'
    assert [row["comment"] for _, row in cells(data)] == ["\tindented", "\rx", "\nx"]
    assert all(text.startswith(FORMULA_TRIGGERS) for text in ("\tindented", "\rx", "\nx"))


def test_a_delimiter_inside_quotes_is_never_the_one_guessed() -> None:
    # Semicolons outnumber commas, but every one of them is inside quotes.
    data = b'userId,comment\n007,"a;b;c;d;e"\n1234,"f;g;h"\n'
    table = parse_csv(data)
    assert table.description.endswith("delimiter ','")
    assert table.rows[0].cells == {"userId": "007", "comment": "a;b;c;d;e"}


def test_a_record_is_numbered_by_the_line_it_starts_on() -> None:
    data = b'userId,comment\r\n\r\n007,"one\r\ntwo\r\nthree"\r\n1234,x\r\n'
    assert [line for line, _ in cells(data)] == [3, 6]


def test_a_header_after_blank_lines_and_missing_cells_read_as_blank() -> None:
    data = b"\n\nuserId,score,comment\n007,15\n"
    assert cells(data) == [(4, {"userId": "007", "score": "15", "comment": None})]


def test_unnamed_columns_get_their_spreadsheet_letter() -> None:
    table = parse_csv(b"userId,,score\n007,x,15\n")
    assert table.headers == ["userId", "column B", "score"]


def test_a_file_that_cannot_be_opened_is_an_import_error(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match=r"Cannot read missing\.csv"):
        read_table(tmp_path / "missing.csv")


def test_a_huge_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"userId,score\n" + b"007,1\n" * 100)
    monkeypatch.setattr(importer, "MAX_FILE_BYTES", 100)
    with pytest.raises(ImportFileError, match="too large"):
        read_table(path)


@pytest.mark.parametrize("kind", ["a device", "a named pipe", "a folder"])
def test_only_a_regular_file_is_read(tmp_path: Path, kind: str) -> None:
    # Reading /dev/zero never ends, a named pipe blocks until someone writes to it.
    if kind == "a device":
        path = Path("/dev/zero")
        if not path.exists():
            pytest.skip("no /dev/zero here")
    elif kind == "a named pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no named pipes here")
        path = tmp_path / "grades.csv"
        os.mkfifo(path)
    else:
        path = tmp_path / "grades.csv"
        path.mkdir()
    with pytest.raises(ImportFileError, match=None) as raised:
        read_table(path)
    assert str(raised.value) == (
        f"{path} is {kind}, not a file of grades: choose a CSV or XLSX file."
    )


def test_a_file_of_any_other_kind_is_named_in_a_sentence_that_reads_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grades.csv"
    path.write_bytes(b"userId,score\n007,1\n")
    real_fstat = os.fstat

    def neither_file_nor_folder(descriptor: int) -> os.stat_result:
        status = real_fstat(descriptor)
        return os.stat_result((stat.S_IMODE(status.st_mode), *status[1:]))

    monkeypatch.setattr(os, "fstat", neither_file_nor_folder)
    with pytest.raises(ImportFileError) as raised:
        read_table(path)
    assert str(raised.value) == (
        f"{path} is a special file, not a file of grades: choose a CSV or XLSX file."
    )


def test_a_damaged_file_named_xlsx_is_called_a_damaged_workbook() -> None:
    with pytest.raises(ImportFileError, match="not a readable XLSX workbook"):
        parse_table(b"userId,score\n007,1\n", suffix=".xlsx")


# -- XLSX ---------------------------------------------------------------------------------------


def test_xlsx_numbers_stay_numbers_and_dates_stay_dates(make_workbook: WorkbookBuilder) -> None:
    moment = datetime(2024, 3, 15)
    path = make_workbook([["userId", "score", "when"], ["007", 8.5, moment], [1234, 7, None]])
    table = read_table(path)
    assert table.description == "XLSX, sheet 'Sheet'"
    assert [(row.line_number, row.cells) for row in table.rows] == [
        (2, {"userId": "007", "score": 8.5, "when": moment}),
        (3, {"userId": 1234, "score": 7, "when": None}),
    ]


def test_xlsx_formula_cells_are_reported_not_trusted(make_workbook: WorkbookBuilder) -> None:
    path = make_workbook([["userId", "score"], ["007", "=10+5"], ["1234", 7]])
    rows = read_table(path).rows
    assert rows[0].formula_columns == {"score"}
    assert rows[0].cells["score"] is None  # the cached value (if any) is never used
    assert rows[1].formula_columns == frozenset()


def test_xlsx_rows_keep_their_sheet_numbers(make_workbook: WorkbookBuilder) -> None:
    path = make_workbook([[], [None, None], ["userId", "score"], ["007", 1], [], ["1234", 2]])
    assert [row.line_number for row in read_table(path).rows] == [4, 6]


def test_xlsx_columns_without_a_header_are_named_not_dropped(
    make_workbook: WorkbookBuilder,
) -> None:
    path = make_workbook([["userId", "score"], ["007", 1, "a note"]])
    table = read_table(path)
    assert table.headers == ["userId", "score", "column C"]
    assert table.rows[0].cells["column C"] == "a note"
    assert table.rows[0].extra_cells == ()


def test_xlsx_reads_the_sheet_shown_on_opening(tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.append(["userId", "score"])
    first.append(["wrong", 1])
    second = workbook.create_sheet("Quiz 3")
    second.append(["userId", "score"])
    second.append(["007", 15])
    workbook.active = second
    path = tmp_path / "two sheets.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.description == "XLSX, sheet 'Quiz 3'"
    assert table.rows[0].cells["userId"] == "007"


def test_xlsx_text_escaped_by_excel_is_read_as_excel_shows_it(tmp_path: Path) -> None:
    # Excel stores CR as _x000D_ and a literal "_x0041_" as "_x005F_x0041_".
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["userId", "comment"])
    sheet.append(["007", "line_x000D_\nbreak _x005F_x0041_"])
    path = tmp_path / "escaped.xlsx"
    workbook.save(path)
    assert read_table(path).rows[0].cells["comment"] == "line\r\nbreak _x0041_"


@pytest.mark.parametrize(
    ("rows", "message"),
    [([], "The file is empty."), ([["userId", "score"]], "header row but no grades")],
)
def test_xlsx_without_rows_is_refused(
    make_workbook: WorkbookBuilder, rows: list[list[object]], message: str
) -> None:
    with pytest.raises(ImportFileError, match=message):
        read_table(make_workbook(rows))


def test_a_zip_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("content.xml", "<office:document/>")  # an OpenDocument-like zip
    path = tmp_path / "grades.ods"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportFileError, match="not a readable XLSX workbook"):
        read_table(path)


def _padded(size: int) -> Callable[[bytes], bytes]:
    """A sheet made `size` bytes long with spaces, which pack a thousand times or more."""

    def pad(sheet: bytes) -> bytes:
        return sheet.replace(b"</sheetData>", b" " * (size - len(sheet)) + b"</sheetData>")

    return pad


def test_a_workbook_unpacking_beyond_the_limit_is_refused_before_it_is_read(
    make_workbook: WorkbookBuilder, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(xlsx, "MAX_UNPACKED_BYTES", 1_000_000)
    monkeypatch.setattr(xlsx, "MAX_PACKING_RATIO", 10_000)
    path = make_workbook([["userId", "score"], ["007", 15]])
    rewrite_sheet(path, _padded(980_000))
    assert read_table(path).rows[0].cells == {"userId": "007", "score": 15}

    rewrite_sheet(path, _padded(1_000_000))
    with pytest.raises(ImportFileError, match=None) as raised:
        read_table(path)
    assert str(raised.value).startswith(
        "The workbook unpacks to 1.0 MB, more than a grade import reads (1.0 MB)"
    )


def test_a_workbook_packed_like_a_zip_bomb_is_refused(make_workbook: WorkbookBuilder) -> None:
    path = make_workbook([["userId", "score"], ["007", 15]])
    rewrite_sheet(path, _padded(3_000_000))
    with pytest.raises(ImportFileError, match=None) as raised:
        read_table(path)
    message = str(raised.value)
    assert "part xl/worksheets/sheet1.xml unpacks to" in message
    assert "times its packed size (3.0 MB)" in message
    assert message.endswith("so the file is refused as unsafe to open.")


def test_the_apps_largest_exports_are_not_taken_for_zip_bombs(tmp_path: Path) -> None:
    item, grades = _large_course(10_000)
    path = tmp_path / "large.xlsx"
    write_results_xlsx(path, item, grades, "2026-11-26T00:00:00.000Z")
    xlsx.check_unpacked_size(path.read_bytes())


# -- anything at all ----------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_raise_nothing_but_the_import_error(data: bytes) -> None:
    for reader in (parse_csv, parse_xlsx, parse_table):
        with contextlib.suppress(ImportFileError):
            reader(data)


def _small_workbook() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["userId", "score", "comment"])
    sheet.append(["007", 15, "=not a formula"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


SMALL_WORKBOOK = _small_workbook()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(st.integers(0, len(SMALL_WORKBOOK) - 1), st.binary(min_size=1, max_size=8)),
        min_size=1,
        max_size=4,
    ),
    st.integers(0, len(SMALL_WORKBOOK)),
)
def test_damaged_workbooks_raise_nothing_but_the_import_error(
    patches: list[tuple[int, bytes]], cut: int
) -> None:
    data = bytearray(SMALL_WORKBOOK)
    for offset, replacement in patches:
        data[offset : offset + len(replacement)] = replacement
    for damaged in (bytes(data), bytes(data[:cut])):
        with contextlib.suppress(ImportFileError):
            parse_xlsx(damaged)


# -- size ---------------------------------------------------------------------------------------


def _large_course(count: int) -> tuple[LineItem, list]:
    item = LineItem(id="li", label="Final exam", scoreMaximum=100)
    members = [
        Member(userId=f"{i:06d}", roles=["Learner"], name=f"Student {i}", email=f"s{i}@x.edu")
        for i in range(count)
    ]
    results = [
        Result(
            id=f"r{i}",
            scoreOf="li",
            userId=f"{i:06d}",
            resultScore=i % 101,
            resultMaximum=100,
            comment=f"-{i} points for the essay, see rubric",
        )
        for i in range(count)
    ]
    return item, join_roster(members, results)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_ten_thousand_rows_read_and_plan(tmp_path: Path, suffix: str) -> None:
    item, grades = _large_course(10_000)
    path = tmp_path / f"large{suffix}"
    writer = write_results_csv if suffix == ".csv" else write_results_xlsx
    writer(path, item, grades, "2026-11-26T00:00:00.000Z")

    table = read_table(path)
    plan = importer.plan_import(table, importer.guess_mapping(table.headers), item, grades)

    assert len(table.rows) == 10_000
    assert plan.summary() == "0 changes, 10000 unchanged, 0 skipped, 0 errors"


def test_xlsx_a_row_of_formulas_only_is_kept_to_be_reported(
    make_workbook: WorkbookBuilder,
) -> None:
    path = make_workbook([["userId", "score"], ["=B9", "=C9"], ["007", 1]])
    rows = read_table(path).rows
    assert [(row.line_number, row.formula_columns) for row in rows] == [
        (2, {"userId", "score"}),
        (3, frozenset()),
    ]
