"""Bringing grades in from a spreadsheet: read the file, then plan what it would change.

Nothing here sends or stores anything. `read_table` turns a CSV or XLSX file into rows of cells
(any unreadable file raises `ImportFileError` only); `plan_import` matches each row to a learner
and gives it a verdict with a plain reason: a blank never clears, a doubtful number is an error
rather than a guess, and an ID a spreadsheet damaged is explained and never matched to another
student.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import os
import re
import stat
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from gradebook_gui.edits import (
    GradeEdit,
    ServerGrade,
    same_comment,
    same_fraction,
    written_as_shown,
)
from gradebook_gui.exchange import xlsx
from gradebook_gui.exchange.export import restore_neutralised
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem
from gradebook_gui.numbers import (
    check_kept_precision,
    checked_score,
    format_score,
    import_format,
    is_extra_credit,
    parse_score,
)
from gradebook_gui.wording import (
    QT_TRANSLATE_N_NOOP,
    QT_TRANSLATE_NOOP,
    Refusal,
    Wording,
    one_after_another,
    reason_of,
)

CellValue = xlsx.SheetValue
_Progress = TypeVar("_Progress", ActivityProgress, GradingProgress)

# Far above any class list, low enough that a wrong file picked by mistake is refused quickly.
MAX_FILE_BYTES = 64 * 1024 * 1024

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .xls
_DELIMITERS = (",", ";", "\t")
_SNIFF_RECORDS = 20


def _column_letter(number: int) -> str:
    """Excel's name for a column: 1 -> A, 27 -> AA."""
    letters = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


class ImportFileError(Exception):
    """The file cannot be imported as a whole; the message says why in plain words.

    `wording` is the same for the window, translatable (None for a reason given as text)."""

    def __init__(self, reason: Wording | str) -> None:
        super().__init__(str(reason))
        self.wording = reason if isinstance(reason, Wording) else None


def _file_error(template: str, **values: object) -> ImportFileError:
    return ImportFileError(_wording(template, **values))


@dataclass(frozen=True, slots=True)
class TableRow:
    """One data row. `line_number` is where it starts, as a person sees it in the file."""

    line_number: int
    cells: dict[str, CellValue]
    # Columns whose cell holds a formula (XLSX): their value is not trusted and left out of cells.
    formula_columns: frozenset[str] = frozenset()
    # Non-blank cells beyond the header (CSV), usually a comma in a text that was not quoted.
    extra_cells: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Table:
    headers: list[str]
    rows: list[TableRow]
    # How the file was read, for the preview: "CSV, UTF-8, delimiter ';'" or "XLSX, sheet 'Grades'".
    description: str = ""


# -- reading ------------------------------------------------------------------------------------


def read_table(path: Path) -> Table:
    """Read a CSV or XLSX file (told apart by content, not by name)."""
    return parse_table(read_file(path), suffix=path.suffix)


def read_file(path: Path) -> bytes:
    """The bytes of a file to import, or ImportFileError saying why it is not read.

    Only a regular file is read: a device (/dev/zero), a named pipe or a directory would never
    end, block or fail halfway; one larger than an import reads is refused.
    """
    try:
        # Non-blocking, so that opening a named pipe returns at once to be refused.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
        try:
            status = os.fstat(descriptor)
            mode = status.st_mode
            if stat.S_ISREG(mode):
                with open(descriptor, "rb", closefd=False) as handle:
                    # A read allocates what it asks for: ask for the file's size first.
                    data = handle.read(min(status.st_size, MAX_FILE_BYTES) + 1)
                    if len(data) > status.st_size:  # it grew meanwhile
                        data += handle.read(MAX_FILE_BYTES + 1 - len(data))
        finally:
            os.close(descriptor)
    except OSError as error:
        raise _file_error(
            QT_TRANSLATE_NOOP("importer", "Cannot read {file}: {problem}."),
            file=path.name,
            problem=error.strerror or str(error),
        ) from error
    if not stat.S_ISREG(mode):
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "importer", "{path} is {kind}, not a file of grades: choose a CSV or XLSX file."
            ),
            path=str(path),
            kind=_file_kind(mode),
        )
    if len(data) > MAX_FILE_BYTES:
        raise _file_error(
            QT_TRANSLATE_NOOP("importer", "{file} is too large for a grade import."),
            file=path.name,
        )
    return data


def _file_kind(mode: int) -> Wording:
    """What a file that is not a regular one is, as a noun phrase: "… is a folder, not …"."""
    if stat.S_ISDIR(mode):
        return _wording(QT_TRANSLATE_NOOP("importer", "a folder"))
    if stat.S_ISFIFO(mode):
        return _wording(QT_TRANSLATE_NOOP("importer", "a named pipe"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _wording(QT_TRANSLATE_NOOP("importer", "a device"))
    if stat.S_ISSOCK(mode):
        return _wording(QT_TRANSLATE_NOOP("importer", "a socket"))
    return _wording(QT_TRANSLATE_NOOP("importer", "a special file"))


def parse_table(data: bytes, suffix: str = "") -> Table:
    """Read file contents; `suffix` (".xlsx") only sharpens the message for a damaged workbook."""
    if data.startswith(_ZIP_MAGIC):
        return parse_xlsx(data)
    if data.startswith(_OLE_MAGIC):
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "importer",
                "This is an old Excel workbook (.xls): save it as .xlsx or CSV and import that.",
            )
        )
    if suffix.lower() in (".xlsx", ".xlsm"):
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "importer", "The file is not a readable XLSX workbook (it may be damaged)."
            )
        )
    return parse_csv(data)


def parse_xlsx(data: bytes) -> Table:
    try:
        sheet = xlsx.read_sheet(data)
    except xlsx.WorkbookError as error:
        raise ImportFileError(reason_of(error)) from error
    return sheet_table(sheet)


def sheet_table(sheet: xlsx.Sheet) -> Table:
    """The table of a worksheet already read (`xlsx.read_sheet`, `xlsx.read_sheets`)."""
    width = max((len(row.values) for row in sheet.rows), default=0)
    raw_rows = [
        _RawRow(row.number, [_restore_text(value) for value in row.values], row.formula_indexes)
        for row in sheet.rows
    ]
    # Every column of a sheet is a column, named or not: pad the header to the widest row.
    header_index = _first_non_blank(raw_rows)
    if header_index is not None:
        header = raw_rows[header_index]
        header.values.extend([None] * (width - len(header.values)))
    return _build_table(raw_rows, f"XLSX, sheet '{sheet.title}'")


def parse_csv(data: bytes) -> Table:
    text, encoding = _decode(data)
    delimiter = _sniff_delimiter(text)
    # Strict: a quote that is never closed must not swallow the rest of the file silently.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    raw_rows = []
    while True:
        # A record may span lines (quoted newlines): it is reported at the line it starts on.
        start_line = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            if "end of data" in str(error):
                raise _file_error(
                    QT_TRANSLATE_NOOP("importer", "A quote opened on line {line} is never closed."),
                    line=start_line,
                ) from error
            raise _file_error(
                QT_TRANSLATE_NOOP("importer", "Line {line} cannot be read as CSV ({problem})."),
                line=start_line,
                problem=str(error),
            ) from error
        raw_rows.append(_RawRow(start_line, [restore_neutralised(cell) for cell in record]))
    names = {",": "','", ";": "';'", "\t": "TAB"}
    return _build_table(raw_rows, f"CSV, {encoding}, delimiter {names[delimiter]}")


def _restore_text(value: CellValue) -> CellValue:
    return restore_neutralised(value) if isinstance(value, str) else value


# A character of two to four bytes as UTF-8 writes it. A Windows-1252 text practically never
# holds one by chance (it would take "Ã©" or "â€™", mojibake itself).
_UTF8_MULTIBYTE = re.compile(
    rb"""[\xc2-\xdf][\x80-\xbf]
      | \xe0[\xa0-\xbf][\x80-\xbf] | [\xe1-\xec\xee\xef][\x80-\xbf]{2}
      | \xed[\x80-\x9f][\x80-\xbf]
      | \xf0[\x90-\xbf][\x80-\xbf]{2} | [\xf1-\xf3][\x80-\xbf]{3}
      | \xf4[\x80-\x8f][\x80-\xbf]{2}""",
    re.VERBOSE,
)
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")


def _decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding; never a guess.

    Without a BOM, a file that is valid UTF-8 is UTF-8. One that is not is read as Windows-1252
    only when it holds no UTF-8 character at all, that is when every accented letter is one
    byte, as Windows-1252 writes it. A file holding both (UTF-8 text with a line pasted from
    elsewhere) is refused at the first byte that is not UTF-8: reading it either way would
    garble some of its comments ("TrÃ¨s bien").
    """
    if data.startswith(codecs.BOM_UTF8):
        return _decode_utf8(data[len(codecs.BOM_UTF8) :], offset=len(codecs.BOM_UTF8)), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codec, name = "utf-16", "UTF-16"
    elif b"\x00" in data:
        codec, name = _utf16_without_bom(data), "UTF-16"
    elif _UTF8_MULTIBYTE.search(data):
        return _decode_utf8(data), "UTF-8"
    else:
        try:
            return _text_only(data.decode("utf-8")), "UTF-8"
        except UnicodeDecodeError:
            codec, name = "cp1252", "Windows-1252"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "importer",
                "The file is not text in UTF-8, UTF-16 or Windows-1252: it cannot be read as CSV.",
            )
        ) from error
    return _text_only(text), name


def _text_only(text: str) -> str:
    if "\x00" in text:
        raise _file_error(
            QT_TRANSLATE_NOOP("importer", "The file holds binary data, not a CSV table.")
        )
    return text


def _decode_utf8(data: bytes, offset: int = 0) -> str:
    """`data` as UTF-8, or ImportFileError naming the line and the first byte that is not."""
    try:
        return _text_only(data.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = len(_LINE_BREAK.findall(data, 0, error.start)) + 1
        byte = data[error.start]
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "importer",
                "Line {line}, byte {byte} (at byte {position} of the file) is not UTF-8, but the "
                "rest of the file is: part of it was written in another encoding. Save the file "
                "as UTF-8 and import it again.",
            ),
            line=line,
            byte=f"0x{byte:02X}",
            position=f"{offset + error.start + 1:,}",
        ) from error


def _utf16_without_bom(data: bytes) -> str:
    """UTF-16 without a BOM shows as a NUL beside every ASCII character, on one side."""
    sample = data[:4096]
    pairs = max(len(sample) // 2, 1)
    nuls_even, nuls_odd = sample[0::2].count(0), sample[1::2].count(0)
    if nuls_odd > pairs // 4 and nuls_even * 4 < nuls_odd:
        return "utf-16-le"
    if nuls_even > pairs // 4 and nuls_odd * 4 < nuls_even:
        return "utf-16-be"
    raise _file_error(QT_TRANSLATE_NOOP("importer", "The file holds binary data, not a CSV table."))


def _sniff_delimiter(text: str) -> str:
    """The delimiter that keeps most of the first rows in step with the header, then the one that
    splits the header into most columns.

    Each candidate is tried with the CSV parser itself, so a delimiter inside a quoted field is
    never counted.
    """

    def fitness(delimiter: str) -> tuple[int, int]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            sample = itertools.islice(reader, _SNIFF_RECORDS * 2)
            records = [record for record in sample if any(cell.strip() for cell in record)]
        except csv.Error:
            return (0, 0)
        # A delimiter that leaves the header in one piece splits nothing: it is no candidate.
        if not records or len(records[0]) < 2:
            return (0, 0)
        header, rows = records[0], records[1 : _SNIFF_RECORDS + 1]
        in_step = sum(1 for row in rows if len(row) == len(header))
        return (in_step, len(header))

    # On a tie the comma wins: it is what the app writes.
    return max(_DELIMITERS, key=fitness)


@dataclass(slots=True)
class _RawRow:
    number: int
    values: list[CellValue]
    formula_indexes: frozenset[int] = frozenset()


def _is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_blank_row(row: _RawRow) -> bool:
    # A formula cell is read as None but is not blank: its row must be reported, not dropped.
    return not row.formula_indexes and all(_is_blank(value) for value in row.values)


def _first_non_blank(rows: Sequence[_RawRow]) -> int | None:
    return next((index for index, row in enumerate(rows) if not _is_blank_row(row)), None)


def _build_table(raw_rows: list[_RawRow], description: str) -> Table:
    header_index = _first_non_blank(raw_rows)
    if header_index is None:
        raise _file_error(QT_TRANSLATE_NOOP("importer", "The file is empty."))
    header_row = raw_rows[header_index]
    headers = []
    for index, value in enumerate(header_row.values):
        name = "" if value is None else str(value).strip()
        headers.append(name or f"column {_column_letter(index + 1)}")
    seen: dict[str, int] = {}
    for index, name in enumerate(headers):
        if name in seen:
            raise _file_error(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "The column '{name}' appears twice (columns {first} and {second}): "
                    "rename one of them.",
                ),
                name=name,
                first=_column_letter(seen[name] + 1),
                second=_column_letter(index + 1),
            )
        seen[name] = index
    # Columns are recognised without case, spaces or punctuation: "Score" and "score", or
    # "user_id" and "User ID", would be the same column, and either one could be read.
    keys: dict[str, int] = {}
    for index, name in enumerate(headers):
        first = keys.setdefault(_header_key(name), index)
        if first != index:
            raise _file_error(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "The columns '{first_name}' ({first}) and '{name}' ({second}) have the same "
                    "name but for case, spaces or punctuation, so either could be read: rename or "
                    "remove one of them.",
                ),
                first_name=headers[first],
                first=_column_letter(first + 1),
                name=name,
                second=_column_letter(index + 1),
            )

    rows = []
    for raw in raw_rows[header_index + 1 :]:
        if _is_blank_row(raw):
            continue
        values = raw.values
        cells = {name: values[i] if i < len(values) else None for i, name in enumerate(headers)}
        extra = tuple(str(v) for v in values[len(headers) :] if not _is_blank(v))
        formulas = frozenset(headers[i] for i in raw.formula_indexes if i < len(headers))
        rows.append(TableRow(raw.number, cells, formulas, extra))
    if not rows:
        raise _file_error(
            QT_TRANSLATE_NOOP("importer", "The file has a header row but no grades below it.")
        )
    return Table(headers, rows, description)


# -- mapping ------------------------------------------------------------------------------------


class MatchBy(StrEnum):
    """How a row names its student."""

    USER_ID = "userId"  # exact: IDs are opaque text ("007" is not "7")
    EMAIL = "email"  # case-insensitive
    NAME = "name"  # case- and spacing-insensitive; a name two learners share is refused


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column holds what. Only `id_column` is required; absent columns keep what the LMS has
    (no comment column: every comment is kept) or take the defaults (maximum: the line item's)."""

    id_column: str
    match: MatchBy = MatchBy.USER_ID
    score_column: str | None = None
    comment_column: str | None = None
    maximum_column: str | None = None
    activity_column: str | None = None
    grading_column: str | None = None
    base_score_column: str | None = None
    base_comment_column: str | None = None

    @property
    def columns(self) -> list[str]:
        """Every column the import reads."""
        named = (
            self.id_column,
            self.score_column,
            self.comment_column,
            self.maximum_column,
            self.activity_column,
            self.grading_column,
            self.base_score_column,
            self.base_comment_column,
        )
        return [column for column in named if column is not None]


# Header names recognised by `guess_mapping`, compared without case, spaces, "_", "-" or ".".
# A bare "ID" is deliberately absent: LMS exports use it for other numbers (SIS or database IDs)
# that could equal another student's LTI user ID.
_ID_HEADERS = {
    MatchBy.USER_ID: ("userid", "ltiuserid", "lmsuserid", "studentuserid"),
    MatchBy.EMAIL: ("email", "emailaddress", "mail"),
    MatchBy.NAME: ("name", "fullname", "studentname", "student", "displayname"),
}
_SCORE_HEADERS = ("score", "grade", "points", "mark", "marks", "scoregiven", "result")
_COMMENT_HEADERS = ("comment", "comments", "feedback", "remark", "remarks")
_MAXIMUM_HEADERS = ("maximum", "max", "scoremaximum", "maxscore", "maxpoints", "outof")
_ACTIVITY_HEADERS = ("activityprogress",)
_GRADING_HEADERS = ("gradingprogress",)
_BASE_SCORE_HEADERS = ("basescore",)
_BASE_COMMENT_HEADERS = ("basecomment",)
_EXPORTED_AT_HEADERS = ("exportedat",)


def _header_key(header: str) -> str:
    return re.sub(r"[\s_.\-]+", "", header.casefold())


def _find_header(headers: Sequence[str], names: Sequence[str]) -> str | None:
    """The header matching the earliest name of `names`; among equals, the leftmost column."""
    keys = [_header_key(header) for header in headers]
    for name in names:
        for header, key in zip(headers, keys, strict=True):
            if key == name:
                return header
    return None


def guess_mapping(
    headers: Sequence[str], *, match: MatchBy | None = None, id_column: str | None = None
) -> ColumnMapping:
    """A mapping from the header names: the app's own export columns and common synonyms.

    The student is identified by `id_column` when given, else by a user ID column when there is
    one, else by email, else by name; `match` restricts the search to one of those kinds.
    """
    if id_column is not None:
        found: tuple[str, MatchBy] | None = (id_column, match or MatchBy.USER_ID)
    else:
        kinds = [match] if match is not None else list(_ID_HEADERS)
        found = next(
            (
                (column, kind)
                for kind in kinds
                if (column := _find_header(headers, _ID_HEADERS[kind])) is not None
            ),
            None,
        )
    if found is None:
        if match is None:
            raise _file_error(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "No column identifies the student: the file needs a userId, email or name "
                    "column (it has: {headers}).",
                ),
                headers=", ".join(headers),
            )
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "importer",
                "No column identifies the student: the file needs a {kind} column "
                "(it has: {headers}).",
            ),
            kind=match.value,
            headers=", ".join(headers),
        )
    column, kind = found
    return ColumnMapping(
        id_column=column,
        match=kind,
        score_column=_find_header(headers, _SCORE_HEADERS),
        comment_column=_find_header(headers, _COMMENT_HEADERS),
        maximum_column=_find_header(headers, _MAXIMUM_HEADERS),
        activity_column=_find_header(headers, _ACTIVITY_HEADERS),
        grading_column=_find_header(headers, _GRADING_HEADERS),
        base_score_column=_find_header(headers, _BASE_SCORE_HEADERS),
        base_comment_column=_find_header(headers, _BASE_COMMENT_HEADERS),
    )


# -- planning -----------------------------------------------------------------------------------


class RowVerdict(StrEnum):
    WILL_CHANGE = "will change"
    UNCHANGED = "unchanged"
    SKIPPED = "skipped"
    ERROR = "error"


@dataclass(frozen=True, slots=True)
class PlanRow:
    """What importing one row would do, and why.

    `edit` is set for WILL_CHANGE and UNCHANGED rows; `base` is what the edit is checked against
    before sending (the file's base_ values, else the LMS value at planning time); `current` is
    what the LMS held when the plan was made.
    """

    line_number: int
    user_id: str | None
    student_name: str | None
    verdict: RowVerdict
    reason: str
    edit: GradeEdit | None = None
    base: ServerGrade | None = None
    current: ServerGrade | None = None
    warning: str | None = None
    # `reason` and `warning` as the window shows them, translated. A row made again with another
    # English text (dataclasses.replace) drops the wording that no longer says it: the window
    # then shows the English text rather than a stale sentence.
    reason_wording: Wording | None = field(default=None, compare=False)
    warning_wording: Wording | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.reason_wording is not None and str(self.reason_wording) != self.reason:
            object.__setattr__(self, "reason_wording", None)
        if self.warning_wording is not None and str(self.warning_wording) != self.warning:
            object.__setattr__(self, "warning_wording", None)

    def shown_reason(self) -> Wording | str:
        """Why the row is what it is, for the window."""
        return self.reason_wording or self.reason

    def shown_warning(self) -> Wording | str | None:
        """What to watch for in the row, for the window."""
        return self.warning_wording or self.warning


@dataclass(frozen=True, slots=True)
class ImportPlan:
    rows: list[PlanRow]
    # When the file was exported by the app (its exported_at column), if it says.
    exported_at: str | None = None

    @property
    def counts(self) -> dict[RowVerdict, int]:
        counted = Counter(row.verdict for row in self.rows)
        return {verdict: counted[verdict] for verdict in RowVerdict}

    @property
    def changes(self) -> list[tuple[GradeEdit, ServerGrade]]:
        """The edits to send, each with the base the conflict check compares the LMS against."""
        return [
            (row.edit, row.base)
            for row in self.rows
            if row.verdict is RowVerdict.WILL_CHANGE
            and row.edit is not None
            and row.base is not None
        ]

    @property
    def has_errors(self) -> bool:
        return any(row.verdict is RowVerdict.ERROR for row in self.rows)

    def summary(self) -> str:
        """The counts in words: "3 changes, 12 unchanged, 1 skipped, 0 errors"."""
        counts = self.counts
        changes = counts[RowVerdict.WILL_CHANGE]
        errors = counts[RowVerdict.ERROR]
        return (
            f"{changes} change{'' if changes == 1 else 's'}, "
            f"{counts[RowVerdict.UNCHANGED]} unchanged, {counts[RowVerdict.SKIPPED]} skipped, "
            f"{errors} error{'' if errors == 1 else 's'}"
        )


class _RowError(Exception):
    """One row cannot be imported; `wording` is its reason (the message, in English)."""

    def __init__(self, wording: Wording) -> None:
        super().__init__(str(wording))
        self.wording = wording


def _wording(template: str, **values: object) -> Wording:
    return Wording("importer", template, values)


def _counted(count: int, template: str, plural: str | None = None, **values: object) -> Wording:
    return Wording("importer", template, values, plural, count)


def _row_error(template: str, **values: object) -> _RowError:
    return _RowError(_wording(template, **values))


def plan_import(
    table: Table,
    mapping: ColumnMapping,
    line_item: LineItem,
    grades: Sequence[StudentGrade],
    *,
    decimal_comma_locale: bool = False,
) -> ImportPlan:
    """A verdict for every row of `table`; nothing is sent or stored.

    `decimal_comma_locale` says the user's locale writes 8,5. It changes one thing: "1.234" (a
    dot followed by exactly three digits) is refused, because in that locale it is usually 1234
    with digit grouping. Everything else reads the same: 8,5 and 8.5 are 8.5 everywhere, and
    "1,234" is refused everywhere.
    """
    missing = [column for column in mapping.columns if column not in table.headers]
    if missing:
        raise _file_error(
            QT_TRANSLATE_NOOP("importer", "The file has no column {missing} (it has: {headers})."),
            missing=", ".join(repr(c) for c in missing),
            headers=", ".join(table.headers),
        )
    if mapping.score_column is None and mapping.comment_column is None:
        raise _file_error(
            QT_TRANSLATE_NOOP(
                "importer", "Choose the column with the scores (or the comments) to import."
            )
        )

    planner = _Planner(mapping, line_item, grades, decimal_comma_locale)
    rows = [planner.plan_row(row) for row in table.rows]
    return ImportPlan(_refuse_duplicates(rows), _exported_at(table))


def _exported_at(table: Table) -> str | None:
    column = _find_header(table.headers, _EXPORTED_AT_HEADERS)
    if column is None:
        return None
    values = (row.cells.get(column) for row in table.rows)
    return next((str(value).strip() for value in values if not _is_blank(value)), None)


def _refuse_duplicates(rows: list[PlanRow]) -> list[PlanRow]:
    """A student named on several rows: every one of those rows is an error."""
    lines_of: defaultdict[str, list[int]] = defaultdict(list)
    for row in rows:
        if row.user_id is not None:
            lines_of[row.user_id].append(row.line_number)
    result = []
    for row in rows:
        lines = lines_of[row.user_id] if row.user_id is not None else []
        if len(lines) > 1:
            others = [str(line) for line in lines if line != row.line_number]
            reason = _counted(
                len(others),
                QT_TRANSLATE_NOOP("importer", "the same student is also on line {lines}"),
                QT_TRANSLATE_N_NOOP("importer", "the same student is also on lines {lines}"),
                lines=", ".join(others),
            )
            if row.verdict is RowVerdict.ERROR:
                reason = _wording(
                    QT_TRANSLATE_NOOP("importer", "{first}; {rest}"),
                    first=row.shown_reason(),
                    rest=reason,
                )
            row = PlanRow(
                row.line_number,
                row.user_id,
                row.student_name,
                RowVerdict.ERROR,
                str(reason),
                current=row.current,
                reason_wording=reason,
            )
        result.append(row)
    return result


def _normalise_name(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _normalise_email(text: str) -> str:
    return text.strip().casefold()


class _Planner:
    def __init__(
        self,
        mapping: ColumnMapping,
        line_item: LineItem,
        grades: Sequence[StudentGrade],
        decimal_comma_locale: bool,
    ) -> None:
        self._mapping = mapping
        self._line_item = line_item
        self._decimal_comma_locale = decimal_comma_locale
        self._by_id = {grade.user_id: grade for grade in grades}
        # Roster IDs made of digits, by their value without leading zeros: "007" under "7".
        self._zero_padded: defaultdict[str, list[str]] = defaultdict(list)
        for user_id in self._by_id:
            if user_id.isascii() and user_id.isdigit() and user_id.startswith("0"):
                self._zero_padded[user_id.lstrip("0")].append(user_id)
        self._by_email: defaultdict[str, list[StudentGrade]] = defaultdict(list)
        self._by_name: defaultdict[str, list[StudentGrade]] = defaultdict(list)
        for grade in grades:
            if grade.member is None:
                continue
            if grade.email:
                self._by_email[_normalise_email(grade.email)].append(grade)
            if grade.name:
                self._by_name[_normalise_name(grade.name)].append(grade)

    # A row, from its cells to its verdict.

    def plan_row(self, row: TableRow) -> PlanRow:
        mapping = self._mapping
        grade: StudentGrade | None = None
        try:
            if row.extra_cells:
                raise _RowError(
                    _counted(
                        len(row.extra_cells),
                        QT_TRANSLATE_NOOP(
                            "importer",
                            "the row has {count} more cell than the header: "
                            "a text with a delimiter in it needs quotes",
                        ),
                        QT_TRANSLATE_N_NOOP(
                            "importer",
                            "the row has {count} more cells than the header: "
                            "a text with a delimiter in it needs quotes",
                        ),
                    )
                )
            formulas = [column for column in mapping.columns if column in row.formula_columns]
            if formulas:
                raise _row_error(
                    QT_TRANSLATE_NOOP(
                        "importer",
                        "the {column} cell holds a formula; paste it as a value "
                        "(Paste Special, Values) and import again",
                    ),
                    column=formulas[0],
                )
            grade = self._find_student(row.cells.get(mapping.id_column))
            return self._plan_grade(row, grade)
        except _RowError as error:
            return PlanRow(
                row.line_number,
                grade.user_id if grade else None,
                grade.name if grade else None,
                RowVerdict.ERROR,
                str(error),
                current=ServerGrade.from_result(grade.result) if grade else None,
                reason_wording=error.wording,
            )

    def _plan_grade(self, row: TableRow, grade: StudentGrade) -> PlanRow:
        mapping = self._mapping
        current = ServerGrade.from_result(grade.result)
        score_cell = row.cells.get(mapping.score_column) if mapping.score_column else None
        comment = self._comment(row, mapping.comment_column)
        blank_score = _is_blank(score_cell)
        if blank_score and comment is None:
            return self._skipped(row, grade, current)
        file_base = self._file_base(row, current)
        maximum = self._maximum(row)
        if blank_score:
            # A blank score leaves the score alone; only a new comment is left to send.
            bases = (current,) if file_base is None else (current, file_base)
            if any(written_as_shown(comment, base.comment) for base in bases):
                return self._skipped(row, grade, current)
            score = current.on_scale(maximum)
            if score is None:
                raise _row_error(
                    QT_TRANSLATE_NOOP(
                        "importer", "a comment needs a score: this student has no grade yet"
                    )
                )
        else:
            score = self._number(score_cell, _wording(QT_TRANSLATE_NOOP("importer", "score")))
            if comment is not None and written_as_shown(comment, current.comment):
                # The LMS's comment as an export writes it (its visible text): kept as the LMS
                # holds it, so its own text (HTML included) is what is resent.
                comment = None
        activity = self._progress(row, mapping.activity_column, ActivityProgress.Completed)
        grading = self._progress(row, mapping.grading_column, GradingProgress.FullyGraded)
        edit = GradeEdit(grade.user_id, score, maximum, comment, activity, grading)
        base = file_base if file_base is not None else current

        warnings = []
        if grade.member is None:
            warnings.append(
                _wording(
                    QT_TRANSLATE_NOOP(
                        "importer",
                        "not on the course roster (the student may have left the course)",
                    )
                )
            )
        if is_extra_credit(score, maximum):
            warnings.append(
                _wording(
                    QT_TRANSLATE_NOOP(
                        "importer", "extra credit: {score} is above the maximum {maximum}"
                    ),
                    score=format_score(score),
                    maximum=format_score(maximum),
                )
            )
        if edit.clears_grade:
            warnings.append(
                _wording(
                    QT_TRANSLATE_NOOP(
                        "importer", "grading progress {grading}: most LMSes then show no grade"
                    ),
                    grading=grading,
                )
            )
        drift = self._describe_drift(base, current)

        if edit.is_shown_by(current):
            verdict = RowVerdict.UNCHANGED
            reason = _wording(QT_TRANSLATE_NOOP("importer", "same as in the LMS"))
        elif file_base is not None and edit.is_shown_by(file_base):
            # Not edited in the spreadsheet; sending it would undo what changed in the LMS.
            verdict = RowVerdict.UNCHANGED
            reason = _wording(QT_TRANSLATE_NOOP("importer", "not changed in the file"))
            if drift:
                warnings.append(
                    _wording(
                        QT_TRANSLATE_NOOP(
                            "importer", "the LMS has changed since the export: {drift}"
                        ),
                        drift=drift,
                    )
                )
        else:
            if not blank_score:
                # Only what is sent must survive the LMS: an unchanged row sends nothing.
                try:
                    check_kept_precision(score, maximum)
                except ValueError as error:
                    raise _row_error(
                        QT_TRANSLATE_NOOP("importer", "{what}: {problem}"),
                        what=_wording(QT_TRANSLATE_NOOP("importer", "score")),
                        problem=reason_of(error),
                    ) from None
            verdict, reason = RowVerdict.WILL_CHANGE, self._describe_change(edit, current)
            if drift:
                warnings.append(
                    _wording(
                        QT_TRANSLATE_NOOP(
                            "importer", "changed in the LMS since the export: {drift}"
                        ),
                        drift=drift,
                    )
                )
        warning = one_after_another(warnings)
        return PlanRow(
            row.line_number,
            grade.user_id,
            grade.name,
            verdict,
            str(reason),
            edit=edit,
            base=base,
            current=current,
            warning=None if warning is None else str(warning),
            reason_wording=reason,
            warning_wording=warning,
        )

    @staticmethod
    def _skipped(row: TableRow, grade: StudentGrade, current: ServerGrade) -> PlanRow:
        reason = _wording(QT_TRANSLATE_NOOP("importer", "blank: left unchanged"))
        return PlanRow(
            row.line_number,
            grade.user_id,
            grade.name,
            RowVerdict.SKIPPED,
            str(reason),
            current=current,
            reason_wording=reason,
        )

    # Finding the student.

    def _find_student(self, cell: CellValue) -> StudentGrade:
        if _is_blank(cell):
            raise _row_error(
                QT_TRANSLATE_NOOP("importer", "no {column} on this row"),
                column=self._mapping.id_column,
            )
        if self._mapping.match is MatchBy.EMAIL:
            return self._only_one(
                self._by_email.get(_normalise_email(str(cell)), []),
                QT_TRANSLATE_NOOP(
                    "importer",
                    "more than one learner has the email {text}: match by user ID instead",
                ),
                cell,
            )
        if self._mapping.match is MatchBy.NAME:
            return self._only_one(
                self._by_name.get(_normalise_name(str(cell)), []),
                QT_TRANSLATE_NOOP(
                    "importer",
                    "more than one learner is called {text}: match by user ID or email instead",
                ),
                cell,
            )
        return self._by_user_id(cell)

    def _only_one(self, found: list[StudentGrade], several: str, cell: CellValue) -> StudentGrade:
        """The one learner `found`; `several` says that more than one were."""
        text = repr(str(cell).strip())
        if not found:
            raise _row_error(
                QT_TRANSLATE_NOOP("importer", "no student in this course matches {text}"),
                text=text,
            )
        if len(found) > 1:
            raise _row_error(several, text=text)
        return found[0]

    def _by_user_id(self, cell: CellValue) -> StudentGrade:
        if isinstance(cell, date | time | timedelta):
            raise _row_error(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "the user ID is a date ({cell}): the spreadsheet turned an ID into a date; "
                    "format the ID column as text and paste the IDs again",
                ),
                cell=str(cell),
            )
        if isinstance(cell, bool):
            raise _row_error(QT_TRANSLATE_NOOP("importer", "{cell} is not a user ID"), cell=cell)
        if isinstance(cell, float):
            if not cell.is_integer():
                raise _row_error(
                    QT_TRANSLATE_NOOP("importer", "the user ID is a number with decimals ({cell})"),
                    cell=repr(cell),
                )
            # A whole number the spreadsheet stored as a float: 1234.0 is the ID 1234.
            cell = int(cell)
        text = str(cell)
        grade = self._by_id.get(text) or self._by_id.get(text.strip())
        if grade is not None:
            return grade
        raise _RowError(self._explain_unknown_id(text.strip()))

    def _explain_unknown_id(self, text: str) -> Wording:
        padded = []
        if text.isascii() and text.isdigit():
            candidates = self._zero_padded.get(text.lstrip("0"), [])
            padded = [user_id for user_id in candidates if len(user_id) > len(text)]
        if padded:
            return _wording(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "no student has the user ID {text}, but {padded} does: the spreadsheet "
                    "dropped leading zeros; format the ID column as text and paste the IDs again",
                ),
                text=text,
                padded=" and ".join(padded),
            )
        if _SCIENTIFIC.fullmatch(text):
            return _wording(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "the user ID {text} is in scientific notation: the spreadsheet lost its "
                    "digits; format the ID column as text and paste the IDs again",
                ),
                text=text,
            )
        if _DATE_LIKE.fullmatch(text):
            return _wording(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "the user ID {text} looks like a date: the spreadsheet turned an ID into a "
                    "date; format the ID column as text and paste the IDs again",
                ),
                text=text,
            )
        whole = _WHOLE_DECIMAL.fullmatch(text)
        if whole and whole.group(1) in self._by_id:
            return _wording(
                QT_TRANSLATE_NOOP(
                    "importer",
                    "no student has the user ID {text}; {whole} does, written as a decimal "
                    "number: write the ID as it is in the LMS",
                ),
                text=text,
                whole=whole.group(1),
            )
        return _wording(
            QT_TRANSLATE_NOOP("importer", "no student with the user ID {text} in this course"),
            text=repr(text),
        )

    # Reading the cells.

    def _comment(self, row: TableRow, column: str | None) -> str | None:
        """The new comment, or None to keep the current one (no column, or a blank cell)."""
        if column is None:
            return None
        value = row.cells.get(column)
        if _is_blank(value):
            return None
        return value if isinstance(value, str) else _text_of(value)

    def _maximum(self, row: TableRow) -> float:
        column = self._mapping.maximum_column
        value = row.cells.get(column) if column else None
        if _is_blank(value):
            return self._line_item.scoreMaximum
        maximum = self._number(value, _wording(QT_TRANSLATE_NOOP("importer", "maximum")))
        if maximum <= 0:
            raise _row_error(QT_TRANSLATE_NOOP("importer", "the maximum must be greater than 0"))
        return maximum

    def _progress(self, row: TableRow, column: str | None, default: _Progress) -> _Progress:
        value = row.cells.get(column) if column else None
        if _is_blank(value):
            return default
        text = str(value).strip()
        for member in type(default):
            if member.value.casefold() == text.casefold():
                return member
        raise _row_error(
            QT_TRANSLATE_NOOP("importer", "{column} {text} is not one of {values}"),
            column=column,
            text=repr(text),
            values=", ".join(type(default)),
        )

    def _file_base(self, row: TableRow, current: ServerGrade) -> ServerGrade | None:
        """The value the file says the edit was made on (an export of the app), if it says."""
        mapping = self._mapping
        if mapping.base_score_column is None:
            return None
        value = row.cells.get(mapping.base_score_column)
        score = None if _is_blank(value) else self._number(value, "base_score")
        comment = current.comment
        if mapping.base_comment_column is not None:
            written = self._comment(row, mapping.base_comment_column)
            # The export wrote the visible text of what the LMS held: when the LMS still holds
            # that comment, the base is its own text, so that markup never reads as a change.
            if written is None or not written_as_shown(written, current.comment):
                comment = written
        return ServerGrade(score, self._line_item.scoreMaximum, comment)

    def _number(self, value: CellValue, what: Wording | str) -> float:
        """The number in a cell; `what` names the cell in the reason when it is refused."""
        try:
            return read_number(value, decimal_comma_locale=self._decimal_comma_locale)
        except ValueError as error:
            raise _row_error(
                QT_TRANSLATE_NOOP("importer", "{what}: {problem}"),
                what=what,
                problem=reason_of(error),
            ) from None

    # Describing what happens.

    def _describe_change(self, edit: GradeEdit, current: ServerGrade) -> Wording:
        old = self._described_on_scale(current)
        new: Wording | str
        if edit.score is None or edit.clears_grade:
            new = _wording(QT_TRANSLATE_NOOP("importer", "no grade"))
        elif edit.maximum != self._line_item.scoreMaximum:
            new = _wording(
                QT_TRANSLATE_NOOP("importer", "{score} out of {maximum}"),
                score=format_score(edit.score),
                maximum=format_score(edit.maximum),
            )
        else:
            new = format_score(edit.score)
        score = _wording(QT_TRANSLATE_NOOP("importer", "score {old} → {new}"), old=old, new=new)
        parts = [score] if str(new) != str(old) else []
        if edit.comment is not None and not same_comment(edit.comment, current.comment):
            parts.append(
                _wording(QT_TRANSLATE_NOOP("importer", "comment changed"))
                if current.comment
                else _wording(QT_TRANSLATE_NOOP("importer", "comment added"))
            )
        return one_after_another(parts) or score

    def _described_on_scale(self, grade: ServerGrade) -> Wording | str:
        score = grade.on_scale(self._line_item.scoreMaximum)
        if score is None:
            return _wording(QT_TRANSLATE_NOOP("importer", "no grade"))
        return format_score(score)

    def _describe_drift(self, base: ServerGrade, current: ServerGrade) -> Wording | None:
        parts = []
        if not same_fraction(base.fraction, current.fraction):
            parts.append(
                _wording(
                    QT_TRANSLATE_NOOP("importer", "base {base}, now {now}"),
                    base=self._described_on_scale(base),
                    now=self._described_on_scale(current),
                )
            )
        if not same_comment(base.comment, current.comment):
            parts.append(_wording(QT_TRANSLATE_NOOP("importer", "the comment was edited")))
        return one_after_another(parts)


def _text_of(value: CellValue) -> str:
    if isinstance(value, float) and math.isfinite(value):
        return format_score(value)
    try:
        return str(value)
    except ValueError:  # an int longer than Python writes out (4,300 digits)
        raise _row_error(
            QT_TRANSLATE_NOOP("importer", "the cell holds a number of thousands of digits")
        ) from None


# -- numbers ------------------------------------------------------------------------------------

# An ID a spreadsheet showed in scientific notation (1.23457E+11) has lost its digits.
_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d+)?[eE][+-]?\d+")
_WHOLE_DECIMAL = re.compile(r"(\d+)\.0+")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mär|mai|okt|dez)[a-zäé]*\.?"
_DATE_LIKE = re.compile(
    rf"""(?:
        \d{{4}}-\d{{1,2}}-\d{{1,2}}(?:[ T]\d{{1,2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?)?  # 2024-03-15
      | \d{{1,2}}/\d{{1,2}}/\d{{2,4}}(?:\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?       # 3/15/2024
      | \d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}                                           # 15.03.2024
      | \d{{1,2}}[-\s.]?{_MONTH}(?:[-\s.]?\d{{2,4}})?                              # 15-Mar(-24)
      | {_MONTH}[-\s.]?\d{{1,4}}                                                   # Mar-15
    )""",
    re.VERBOSE | re.IGNORECASE,
)


# What to write instead of "85/100" in a file: the maximum has a column of its own.
FRACTION_ADVICE = Wording(
    "importer",
    QT_TRANSLATE_NOOP("importer", "write the points, with the maximum in the maximum column"),
)


def read_number(value: CellValue, *, decimal_comma_locale: bool = False) -> float:
    """A score-like number from a cell: a plain number >= 0, or ValueError with a plain reason.

    Numeric cells (XLSX) are used as they are; text is read by `numbers.parse_score` with the
    importer's rules (`numbers.import_format`).
    """
    if isinstance(value, date | time | timedelta):
        raise Refusal(
            _wording(
                QT_TRANSLATE_NOOP(
                    "importer", "the spreadsheet shows a date or time ({value}), not a number"
                ),
                value=str(value),
            )
        )
    if isinstance(value, int | float):
        return checked_score(value)
    return parse_score(
        str(value), import_format(decimal_comma_locale), fraction_advice=FRACTION_ADVICE
    )
