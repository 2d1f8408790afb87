"""XLSX workbooks: reading a sheet's cells for an import, writing the results export.

Reading never trusts a formula: a formula cell's cached value may be stale or absent (a workbook
written by a program has none), so formula cells are reported instead of read. Writing never makes
one: every text is an explicit string cell with Excel's quote-prefix flag (never run as a formula),
so even editing the cell in Excel keeps it text ("=x" stays "=x", "007" stays "007").
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from gradebook_gui.exchange.export import (
    CSV_COLUMNS,
    ExportRow,
    export_rows,
    neutralise_for_csv,
)
from gradebook_gui.files import replace_file_atomically
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem
from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Wording

if TYPE_CHECKING:
    # openpyxl is imported where a workbook is read or written: it adds a tenth of a second to
    # the window's start-up otherwise.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

# What a cell can hold once read: dates stay dates so that an ID a spreadsheet turned into a date
# can be recognised as such.
SheetValue = str | int | float | bool | date | time | timedelta | None

# Excel keeps at most this many characters in a cell (openpyxl cuts longer text silently).
CELL_TEXT_LIMIT = 32_767

# OOXML writes characters XML cannot carry as `_xHHHH_` (Excel writes CR as `_x000D_`), and a
# literal `_xHHHH_` as `_x005F_xHHHH_`. openpyxl passes both through untouched, so it is done here.
_OOXML_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")
_OOXML_LITERAL = re.compile("_(?=x[0-9A-Fa-f]{4}_)")

SHEET_TITLE = "Grades"

_Made = TypeVar("_Made")

# A workbook is a zip: its file size says little about what reading it costs. These bounds are
# checked in the zip's directory before anything is unpacked (the zip reader never unpacks more
# than the directory declares). An export of 100,000 learners unpacks to about 45 MB, at 11 times
# its packed size; a zip bomb packs gigabytes of repeated bytes at a thousand times or more.
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_PACKING_RATIO = 100
# Below this a part is too small to matter, whatever its ratio (tiny parts pack unevenly).
RATIO_CHECKED_FROM_BYTES = 1024 * 1024


# A damaged file can make the zip, XML and openpyxl layers fail in many ways; all of them mean
# the same thing to the user.
_DAMAGED = QT_TRANSLATE_NOOP(
    "xlsx", "The file is not a readable XLSX workbook (it may be damaged)."
)


class WorkbookError(Exception):
    """The bytes are not a workbook this reader can use; the message says why in plain words,
    `wording` the same for the window, translatable."""

    def __init__(self, template: str, **values: object) -> None:
        self.wording = Wording("xlsx", template, values)
        super().__init__(str(self.wording))


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One row as a person sees it: its number, its cells, and which cells hold a formula."""

    number: int
    values: tuple[SheetValue, ...]
    formula_indexes: frozenset[int]


@dataclass(frozen=True, slots=True)
class Sheet:
    title: str
    rows: list[SheetRow]


def unescape_ooxml(text: str) -> str:
    return _OOXML_ESCAPED.sub(lambda match: chr(int(match.group(1), 16)), text)


def escape_ooxml(text: str) -> str:
    return _OOXML_LITERAL.sub("_x005F_", text).replace("\r", "_x000D_")


def _size(size: int) -> str:
    if size >= 1_000_000_000:
        return f"{size / 1_000_000_000:,.1f} GB"
    return f"{size / 1_000_000:,.1f} MB"


def check_unpacked_size(data: bytes) -> None:
    """WorkbookError when unpacking the workbook would cost more than a grade import may."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except Exception as error:  # a damaged zip directory fails in many ways, as in read_sheet
        raise WorkbookError(_DAMAGED) from error
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED_BYTES:
        raise WorkbookError(
            QT_TRANSLATE_NOOP(
                "xlsx",
                "The workbook unpacks to {size}, more than a grade import reads ({limit}): it is "
                "not a grade sheet, or it is damaged.",
            ),
            size=_size(total),
            limit=_size(MAX_UNPACKED_BYTES),
        )
    for part in parts:
        if part.file_size < RATIO_CHECKED_FROM_BYTES:
            continue
        if part.file_size > MAX_PACKING_RATIO * max(part.compress_size, 1):
            ratio = part.file_size // max(part.compress_size, 1)
            raise WorkbookError(
                QT_TRANSLATE_NOOP(
                    "xlsx",
                    "The workbook's part {part} unpacks to {ratio} times its packed size "
                    "({size}); spreadsheets never pack more than {limit} times, so the file is "
                    "refused as unsafe to open.",
                ),
                part=part.filename,
                ratio=f"{ratio:,}",
                size=_size(part.file_size),
                limit=MAX_PACKING_RATIO,
            )


@contextmanager
def opened_workbook(data: bytes) -> Iterator[Workbook]:
    """The workbook in `data`, read-only, opened only once its unpacked size is found safe;
    closed on leaving."""
    check_unpacked_size(data)
    # openpyxl warns about things a spreadsheet program ignores (unknown extensions, styles).
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from openpyxl import load_workbook

        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            yield workbook
        finally:
            workbook.close()


class UnreadableSheet(Exception):
    """The workbook opened, but the sheet asked for (its title is the message) cannot be read."""


@contextmanager
def _failures_mean_damaged() -> Iterator[None]:
    # A damaged file makes the zip, XML and openpyxl layers fail in many ways.
    try:
        yield
    except WorkbookError:
        raise
    except Exception as error:
        raise WorkbookError(_DAMAGED) from error


def read_sheet(data: bytes) -> Sheet:
    """The cells of the sheet a person sees on opening the workbook (the active one)."""
    with _failures_mean_damaged(), opened_workbook(data) as workbook:
        return read_active_sheet(workbook)


def read_sheets(
    data: bytes, title: str, shown_as: Callable[[Sheet], _Made]
) -> tuple[_Made, Sheet | None]:
    """What `shown_as` makes of the sheet a person sees on opening the workbook, and the sheet
    titled `title`, hidden or not (None when the workbook has none), from one unpacking and
    parsing of the workbook. `shown_as` is called as soon as the first sheet is read, so that
    its cells are let go before the other sheet's are read; what it raises is passed on.

    WorkbookError when the workbook cannot be read; UnreadableSheet when only that sheet cannot.
    """
    with ExitStack() as open_workbook:
        with _failures_mean_damaged():
            workbook = open_workbook.enter_context(opened_workbook(data))
            shown = read_active_sheet(workbook)
        made = shown_as(shown)
        del shown
        if title not in workbook.sheetnames:
            return made, None
        try:
            # By index: a hidden sheet cannot be made the active one by name.
            workbook.active = workbook.sheetnames.index(title)
            return made, read_active_sheet(workbook)
        except Exception as error:
            raise UnreadableSheet(title) from error


def read_active_sheet(workbook: Workbook) -> Sheet:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    sheets = [sheet for sheet in workbook.worksheets if isinstance(sheet, ReadOnlyWorksheet)]
    if not sheets:
        raise WorkbookError(QT_TRANSLATE_NOOP("xlsx", "The workbook has no worksheet."))
    sheet = workbook.active if workbook.active in sheets else sheets[0]
    # The size a file declares can be wrong; reading every row it holds never drops a grade.
    sheet.reset_dimensions()
    rows = []
    for number, cells in enumerate(sheet.iter_rows(), start=1):
        values: list[SheetValue] = []
        formulas = set()
        for index, cell in enumerate(cells):
            if cell.data_type == "f":
                formulas.add(index)
                values.append(None)
            elif isinstance(cell.value, str):
                values.append(unescape_ooxml(cell.value))
            else:
                values.append(cell.value)
        rows.append(SheetRow(number, tuple(values), frozenset(formulas)))
    return Sheet(sheet.title, rows)


def _cell_text(text: str) -> str:
    """What a text cell stores: the text itself, never with an added character, except that
    quotes already in front of a formula trigger get one more. The importer removes one quote
    before a trigger (the CSV rule, also for an exported CSV saved as XLSX), so "'=x" must be
    stored as "''=x" to come back as "'=x"."""
    return neutralise_for_csv(text) if text.startswith("'") else text


def fit_cell(text: str) -> tuple[str, bool]:
    """`text` escaped for a cell, shortened to what Excel keeps; True when it was shortened."""
    text = _cell_text(text)
    escaped = escape_ooxml(text)
    if len(escaped) <= CELL_TEXT_LIMIT:
        return escaped, False
    while len(escaped) > CELL_TEXT_LIMIT:
        text = text[: len(text) - (len(escaped) - CELL_TEXT_LIMIT)]
        escaped = escape_ooxml(text)
    return escaped, True


def text_cell(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell | None:
    if not text:
        return None
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, text)
    # openpyxl makes a formula of text starting with "=" (and an error of "#N/A"): force a string.
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


# Why a value of the XLSX is shorter than the LMS's, one sentence for each column so that
# translators can say "the name" and "the email" each in their own way. The count is the limit.
_SHORTENED = {
    "user ID": QT_TRANSLATE_N_NOOP(
        "xlsx",
        "{user}: the user ID is longer than a spreadsheet cell holds; the XLSX keeps its first "
        "{count} characters.",
    ),
    "name": QT_TRANSLATE_N_NOOP(
        "xlsx",
        "{user}: the name is longer than a spreadsheet cell holds; the XLSX keeps its first "
        "{count} characters.",
    ),
    "email": QT_TRANSLATE_N_NOOP(
        "xlsx",
        "{user}: the email is longer than a spreadsheet cell holds; the XLSX keeps its first "
        "{count} characters.",
    ),
    "comment": QT_TRANSLATE_N_NOOP(
        "xlsx",
        "{user}: the comment is longer than a spreadsheet cell holds; the XLSX keeps its first "
        "{count} characters.",
    ),
}


def shortened_wording(user_id: str, field: str) -> Wording:
    """Why `field` of `user_id`'s row is shorter than the LMS's: cut to what a cell holds."""
    return cell_limit_wording("xlsx", _SHORTENED[field], user=user_id)


def cell_limit_wording(context: str, template: str, **values: object) -> Wording:
    """`template`, a text cut to what a cell holds, with the limit as its `{count}`."""
    # The English count is grouped ("32,767"); the window writes the count in its locale's digits.
    return Wording(
        context, template, {**values, "count": f"{CELL_TEXT_LIMIT:,}"}, count=CELL_TEXT_LIMIT
    )


def _sheet_row(
    sheet: WriteOnlyWorksheet, row: ExportRow, problems: list[Wording]
) -> list[WriteOnlyCell | float | None]:
    texts = {}
    for field, text in (
        ("user ID", row.user_id),
        ("name", row.name),
        ("email", row.email),
        ("comment", row.comment),
    ):
        texts[field], shortened = fit_cell(text)
        if shortened:
            problems.append(shortened_wording(row.user_id, field))
    return [
        text_cell(sheet, texts["user ID"]),
        text_cell(sheet, texts["name"]),
        text_cell(sheet, texts["email"]),
        row.score,
        row.maximum,
        text_cell(sheet, texts["comment"]),
        row.score,
        text_cell(sheet, texts["comment"]),
        text_cell(sheet, row.exported_at),
    ]


def write_results_xlsx(
    path: Path, line_item: LineItem, grades: Iterable[StudentGrade], exported_at: str
) -> list[Wording]:
    """Write the export as XLSX atomically, with the CSV's columns; scores stay numbers.

    Returns warnings about replaced characters and shortened texts (empty when none): their
    English for the command line, translatable for the window.
    """
    rows, problems = export_rows(line_item, grades, exported_at)
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    sheet.append(list(CSV_COLUMNS))
    for row in rows:
        sheet.append(_sheet_row(sheet, row, problems))
    replace_file_atomically(path, workbook.save)
    return problems
