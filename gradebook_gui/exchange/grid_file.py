"""The whole course in one file: one row per learner, one score column per line item.

The layout is a contract, like the single-column export's: `userId,name,email`, then one column
per line item named `label [id]` (the id decides; a label renamed in the LMS still matches), with
the scores on each line item's scale. The values downloaded are kept beside them so that a later
`gradebook submit --grid` tells the user's edits from changes made in the LMS meanwhile: in CSV
as `base:label [id]` columns after the visible ones, in XLSX on a second, hidden sheet. The grid
holds scores only: comments stay with the single-column export, whose rows have room for them.

Text is made formula-safe and characters a spreadsheet cannot hold are replaced exactly as the
single-column export does (its functions are used), so the grid written and read back unchanged
is "0 changes".
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from gradebook_gui.exchange import xlsx
from gradebook_gui.exchange.export import (
    REPLACEMENT_CHARACTER,
    format_number,
    neutralise_for_csv,
    replace_unwritable,
    replaced_wording,
    restore_neutralised,
    write_csv,
)
from gradebook_gui.exchange.importer import (
    CellValue,
    ImportFileError,
    MatchBy,
    Table,
    TableRow,
    guess_mapping,
    parse_table,
    read_file,
    sheet_table,
)
from gradebook_gui.files import replace_file_atomically
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Wording, reason_of

if TYPE_CHECKING:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

USER_ID_COLUMN = "userId"
IDENTITY_COLUMNS = (USER_ID_COLUMN, "name", "email")
EXPORTED_AT_COLUMN = "exported_at"
BASE_PREFIX = "base:"
GRID_SHEET_TITLE = "Grades"
BASE_SHEET_TITLE = "Base"

_ZIP_MAGIC = b"PK\x03\x04"


# -- the course ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GridLearner:
    """A row of the grid: a learner of the roster, or a student the LMS holds a grade for who
    is no longer on it."""

    user_id: str
    member: Member | None

    @property
    def name(self) -> str:
        return self.member.display_name if self.member else ""

    @property
    def email(self) -> str:
        return (self.member.email or "") if self.member else ""


@dataclass(frozen=True)
class CourseGrid:
    """Every line item of a course and every learner's result in each of them.

    `results` holds the line items whose results were read (all of them for an export, those a
    file names for a submit); `learners` is the roster's learners in roster order, then students
    with a result in one of those line items who are not on the roster.
    """

    line_items: tuple[LineItem, ...]
    members: tuple[Member, ...]
    results: Mapping[str, tuple[Result, ...]]
    learners: tuple[GridLearner, ...] = field(init=False)
    _by_item: dict[str, dict[str, Result]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        learners: dict[str, GridLearner] = {}
        for member in self.members:
            if member.is_learner and member.userId not in learners:
                learners[member.userId] = GridLearner(member.userId, member)
        on_roster = {member.userId for member in self.members}
        by_item: dict[str, dict[str, Result]] = {}
        for item in self.line_items:
            held = {result.userId: result for result in self.results.get(item.id, ())}
            by_item[item.id] = held
            for user_id in held:
                if user_id not in on_roster and user_id not in learners:
                    learners[user_id] = GridLearner(user_id, None)
        object.__setattr__(self, "learners", tuple(learners.values()))
        object.__setattr__(self, "_by_item", by_item)

    @property
    def loaded_line_items(self) -> list[LineItem]:
        return [item for item in self.line_items if item.id in self.results]

    def grades(self, line_item_id: str) -> list[StudentGrade]:
        """Every learner of the grid with their result in this line item (None without one)."""
        held = self._by_item.get(line_item_id, {})
        return [
            StudentGrade(learner.user_id, learner.member, held.get(learner.user_id))
            for learner in self.learners
        ]

    def column(self, line_item_id: str) -> list[StudentGrade]:
        """The line item's grades as the window lists them (roster join of its own results)."""
        return join_roster(self.members, self.results.get(line_item_id, ()))


def column_header(line_item: LineItem) -> str:
    """`label [id]`: the label for people, the id for the app."""
    return f"{line_item.label} [{line_item.id}]"


# -- writing ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _GridRows:
    """The grid before a format writes it: texts with unwritable characters replaced."""

    headers: list[str]  # one per loaded line item
    identities: list[tuple[str, str, str]]  # userId, name, email
    scores: list[list[float | None]]
    warnings: list[Wording]


# Why a column label or a user ID of the grid differs from the LMS's, one whole sentence each
# so that translators can word each their own way: (one, several). A name and an email are said
# as the single-column export says them (`replaced_wording`), so they are translated once.
_REPLACED = {
    "label": (
        QT_TRANSLATE_NOOP(
            "grid_file",
            "The label of {line_item} had {count} character a spreadsheet cannot hold; it "
            "was replaced with {replacement}.",
        ),
        QT_TRANSLATE_N_NOOP(
            "grid_file",
            "The label of {line_item} had {count} characters a spreadsheet cannot hold; they "
            "were replaced with {replacement}.",
        ),
    ),
    "user ID": (
        QT_TRANSLATE_NOOP(
            "grid_file",
            "A user ID had {count} character a spreadsheet cannot hold; it was replaced "
            "with {replacement}.",
        ),
        QT_TRANSLATE_N_NOOP(
            "grid_file",
            "A user ID had {count} characters a spreadsheet cannot hold; they were replaced "
            "with {replacement}.",
        ),
    ),
}


def _replaced(text: str, kind: str, values: dict[str, object], problems: list[Wording]) -> str:
    written, replaced = replace_unwritable(text)
    if not replaced:
        return written
    if kind in _REPLACED:
        one, several = _REPLACED[kind]
        values["replacement"] = REPLACEMENT_CHARACTER
        problems.append(Wording("grid_file", one, values, plural=several, count=replaced))
    else:
        problems.append(replaced_wording(str(values["user"]), kind, replaced))
    return written


def _grid_rows(grid: CourseGrid) -> _GridRows:
    problems: list[Wording] = []
    items = grid.loaded_line_items
    headers = [
        _replaced(column_header(item), "label", {"line_item": item.id}, problems) for item in items
    ]
    identities = []
    for learner in grid.learners:
        user_id = _replaced(learner.user_id, "user ID", {}, problems)
        identities.append(
            (
                user_id,
                _replaced(learner.name, "name", {"user": user_id}, problems),
                _replaced(learner.email, "email", {"user": user_id}, problems),
            )
        )
    columns = [grid.grades(item.id) for item in items]
    scores = [
        [column[index].score(item) for item, column in zip(items, columns, strict=True)]
        for index in range(len(grid.learners))
    ]
    return _GridRows(headers, identities, scores, problems)


def grid_csv_text(grid: CourseGrid, exported_at: str) -> tuple[str, list[Wording]]:
    """The CSV layout as text (no BOM), and the warnings about replaced characters: their
    English for the command line, translatable for the window."""
    rows = _grid_rows(grid)
    columns = [
        *IDENTITY_COLUMNS,
        *rows.headers,
        *(BASE_PREFIX + header for header in rows.headers),
        EXPORTED_AT_COLUMN,
    ]
    body = []
    for identity, scores in zip(rows.identities, rows.scores, strict=True):
        numbers = [format_number(score) for score in scores]
        body.append([*map(neutralise_for_csv, identity), *numbers, *numbers, exported_at])
    buffer = io.StringIO()
    write_csv(buffer, body, [neutralise_for_csv(column) for column in columns])
    return buffer.getvalue(), rows.warnings


def write_grid_csv(path: Path, grid: CourseGrid, exported_at: str) -> list[Wording]:
    """Write the CSV atomically, UTF-8 with a BOM so spreadsheets read accents."""
    text, problems = grid_csv_text(grid, exported_at)
    body = ("\ufeff" + text).encode("utf-8")

    def write(handle: BinaryIO) -> None:
        handle.write(body)

    replace_file_atomically(path, write)
    return problems


# Why a text of the XLSX is shorter than the LMS's. The count is the limit. The name and the
# email are said as the single-column XLSX says them (`xlsx.shortened_wording`).
_SHORTENED = {
    "column": QT_TRANSLATE_N_NOOP(
        "grid_file",
        "The column header {column} is longer than a spreadsheet cell holds; the XLSX "
        "keeps its first {count} characters.",
    ),
    "user ID": QT_TRANSLATE_N_NOOP(
        "grid_file",
        "The user ID {user} is longer than a spreadsheet cell holds; the XLSX keeps its "
        "first {count} characters.",
    ),
}


def _text(
    sheet: WriteOnlyWorksheet,
    text: str,
    problems: list[Wording],
    kind: str = "",
    values: Mapping[str, object] | None = None,
) -> Any:
    """A text cell, cut to what a cell holds; without a `kind` it is never too long (a user ID
    on the hidden sheet is said on the visible one, the export time is short)."""
    fitted, shortened = xlsx.fit_cell(text)
    if shortened and kind:
        values = values or {}
        problems.append(
            xlsx.cell_limit_wording("grid_file", _SHORTENED[kind], **values)
            if kind in _SHORTENED
            else xlsx.shortened_wording(str(values["user"]), kind)
        )
    return xlsx.text_cell(sheet, fitted)


def write_grid_xlsx(path: Path, grid: CourseGrid, exported_at: str) -> list[Wording]:
    """Write the XLSX atomically: the grid on the first sheet, scores as numbers; the base
    values on a second, hidden sheet, matched to the grid's rows by user ID.

    Returns warnings about replaced characters and shortened texts (empty when none): their
    English for the command line, translatable for the window.
    """
    rows = _grid_rows(grid)
    problems = rows.warnings
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(GRID_SHEET_TITLE)
    base = workbook.create_sheet(BASE_SHEET_TITLE)
    base.sheet_state = "hidden"
    sheet.freeze_panes = "D2"
    headers = [*IDENTITY_COLUMNS, *rows.headers]
    sheet.append(
        [_text(sheet, header, problems, "column", {"column": header}) for header in headers]
    )
    base_headers = [
        USER_ID_COLUMN,
        *(BASE_PREFIX + header for header in rows.headers),
        EXPORTED_AT_COLUMN,
    ]
    base.append(
        [_text(base, header, problems, "column", {"column": header}) for header in base_headers]
    )
    for identity, scores in zip(rows.identities, rows.scores, strict=True):
        user_id, name, email = identity
        cells: list[WriteOnlyCell | float | None] = [
            _text(sheet, user_id, problems, "user ID", {"user": user_id[:40]}),
            _text(sheet, name, problems, "name", {"user": user_id}),
            _text(sheet, email, problems, "email", {"user": user_id}),
        ]
        sheet.append([*cells, *scores])
        base.append([_text(base, user_id, problems), *scores, _text(base, exported_at, problems)])
    replace_file_atomically(path, workbook.save)
    return problems


def grid_json(grid: CourseGrid, exported_at: str) -> str:
    """The raw view for programs: line items, then each learner with a score per line item (on
    the line item's scale; null for no grade) and their roster status."""
    items = grid.loaded_line_items
    columns = [grid.grades(item.id) for item in items]
    learners = []
    for index, learner in enumerate(grid.learners):
        learners.append(
            {
                "userId": learner.user_id,
                "name": learner.member.display_name if learner.member else None,
                "email": learner.member.email if learner.member else None,
                "onRoster": learner.member is not None,
                "status": learner.member.status if learner.member else None,
                "scores": {
                    item.id: column[index].score(item)
                    for item, column in zip(items, columns, strict=True)
                },
            }
        )
    document = {
        "exportedAt": exported_at,
        "lineItems": [
            {"id": item.id, "label": item.label, "scoreMaximum": item.scoreMaximum}
            for item in items
        ],
        "learners": learners,
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- reading ------------------------------------------------------------------------------------


def read_grid(path: Path) -> Table:
    """Read a grid file as one table: the visible columns, then the `base:` columns.

    The file is read by the importer (every check of a single-column import holds); an XLSX
    workbook's hidden base sheet is joined to the grid's rows by user ID. A workbook is unpacked
    and parsed once for both sheets, after its unpacked size is found safe.
    """
    data = read_file(path)
    if not data.startswith(_ZIP_MAGIC):
        return parse_table(data, suffix=path.suffix)
    try:
        table, base = xlsx.read_sheets(data, BASE_SHEET_TITLE, sheet_table)
    except xlsx.WorkbookError as error:
        raise ImportFileError(reason_of(error)) from error
    except xlsx.UnreadableSheet as error:
        raise _file_error(
            QT_TRANSLATE_NOOP("grid_file", "The workbook's hidden sheet '{sheet}' cannot be read."),
            sheet=BASE_SHEET_TITLE,
        ) from error
    return table if base is None else _joined(table, base)


def _file_error(template: str, **values: object) -> ImportFileError:
    return ImportFileError(Wording("grid_file", template, values))


def _id_key(value: CellValue) -> str | None:
    """A user ID cell as text, for joining the two sheets (numbers as the IDs they were)."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float | str):
        return str(value).strip() or None
    return None


def _restored(value: CellValue) -> CellValue:
    return restore_neutralised(value) if isinstance(value, str) else value


def _joined(table: Table, base: xlsx.Sheet) -> Table:
    damaged = _file_error(
        QT_TRANSLATE_NOOP(
            "grid_file",
            "The workbook's hidden sheet '{sheet}' was changed, so edits cannot be told from "
            "changes made in the LMS: export the grid again and copy your edits into it.",
        ),
        sheet=BASE_SHEET_TITLE,
    )
    rows = [row for row in base.rows if any(value is not None for value in row.values)]
    if not rows:
        return table
    headers = [str(_restored(value) or "") for value in rows[0].values]
    if not headers or headers[0] != USER_ID_COLUMN:
        raise damaged
    base_headers = [header for header in headers[1:] if header]
    if set(base_headers) & set(table.headers):
        raise damaged
    by_user: dict[str, dict[str, CellValue]] = {}
    for sheet_row in rows[1:]:
        if sheet_row.formula_indexes:
            raise damaged
        values = [_restored(value) for value in sheet_row.values]
        key = _id_key(values[0]) if values else None
        if key is None or key in by_user:
            raise damaged
        by_user[key] = {
            header: values[index] if index < len(values) else None
            for index, header in enumerate(headers)
            if index and header
        }
    # The grid's own user ID column, found as the importer finds it ("User ID" too).
    id_column = guess_mapping(table.headers, match=MatchBy.USER_ID).id_column
    joined_rows = []
    for row in table.rows:
        # A row added by hand has no base: its base is "no grade", so a grade the LMS holds
        # is a conflict rather than overwritten.
        key = _id_key(row.cells.get(id_column))
        kept = by_user.get(key, {}) if key is not None else {}
        cells = {**row.cells, **{header: kept.get(header) for header in base_headers}}
        joined_rows.append(TableRow(row.line_number, cells, row.formula_columns, row.extra_cells))
    return Table([*table.headers, *base_headers], joined_rows, table.description)


# -- which columns are which ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GridColumn:
    """A line item's column in a grid file, and its base column when the file has one."""

    line_item: LineItem
    header: str
    base_header: str | None


def _plain_key(header: str) -> str:
    return "".join(ch for ch in header.casefold() if ch.isalnum())


_KNOWN_KEYS = {_plain_key(name) for name in (*IDENTITY_COLUMNS, EXPORTED_AT_COLUMN)}


def _line_item_of(header: str, line_items: Iterable[LineItem]) -> LineItem | None:
    return next((item for item in line_items if header.endswith(f"[{item.id}]")), None)


def grid_columns(headers: Sequence[str], line_items: Sequence[LineItem]) -> list[GridColumn]:
    """The line item columns of a grid file, or ImportFileError naming the column at fault.

    Every column that is not userId, name, email or exported_at must name a line item of the
    course by its id (`label [id]`); a base column whose line item column is gone means the
    column was removed, which is refused rather than read as "nothing changed".
    """
    visible: dict[str, tuple[LineItem, str]] = {}
    bases: dict[str, str] = {}
    expected = Wording(
        "grid_file",
        QT_TRANSLATE_NOOP(
            "grid_file",
            "a grid file has userId, name and email, then one column per line item named "
            "'label [id]', as 'gradebook grid' writes it",
        ),
    )
    for header in headers:
        if _plain_key(header) in _KNOWN_KEYS:
            continue
        is_base = header.startswith(BASE_PREFIX)
        named = header[len(BASE_PREFIX) :] if is_base else header
        item = _line_item_of(named, line_items)
        if item is None:
            if named.endswith("]") and " [" in named:
                wanted = named[named.rfind(" [") + 2 : -1]
                raise _file_error(
                    QT_TRANSLATE_NOOP(
                        "grid_file",
                        "The column '{header}' names the line item {wanted}, which this course "
                        "does not have (deleted in the LMS, or a file of another course).",
                    ),
                    header=header,
                    wanted=wanted,
                )
            raise _file_error(
                QT_TRANSLATE_NOOP(
                    "grid_file", "The column '{header}' is not a line item: {expected}."
                ),
                header=header,
                expected=expected,
            )
        if is_base:
            bases[item.id] = header
            continue
        if item.id in visible:
            raise _file_error(
                QT_TRANSLATE_NOOP(
                    "grid_file",
                    "The columns '{first}' and '{header}' are the same line item: "
                    "remove one of them.",
                ),
                first=visible[item.id][1],
                header=header,
            )
        visible[item.id] = (item, header)
    for item_id, base_header in bases.items():
        if item_id not in visible:
            removed = base_header[len(BASE_PREFIX) :]
            raise _file_error(
                QT_TRANSLATE_NOOP(
                    "grid_file",
                    "The column '{removed}' was removed from the file, but its base column is "
                    "still there: put the column back (blank cells leave grades alone), or "
                    "export the grid again.",
                ),
                removed=removed,
            )
    if not visible:
        raise _file_error(
            QT_TRANSLATE_NOOP("grid_file", "The file has no line item column: {expected}."),
            expected=expected,
        )
    return [GridColumn(item, header, bases.get(item.id)) for item, header in visible.values()]
