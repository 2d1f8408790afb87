"""The import wizard: choose a spreadsheet, map its columns, preview every row, then confirm.

The import rules (a blank leaves a grade alone, every row judged with a plain reason, nothing
queued before the user confirms) live in `exchange.importer`; this wizard only shows its judgement.
The file is read and every row planned on the task runner's threads, so a large file never
freezes the window. Nothing is stored or sent here: `ImportWizard.ask` returns the confirmed
`ImportPlan` and the caller turns `plan.changes` into drafts. The column mapping the user
confirms is remembered (per line item, and per connection as a fallback) for the next import.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gradebook_gui.edits import same_comment
from gradebook_gui.exchange.importer import (
    CellValue,
    ColumnMapping,
    ImportFileError,
    ImportPlan,
    MatchBy,
    PlanRow,
    RowVerdict,
    Table,
    guess_mapping,
    plan_import,
    read_table,
)
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.locale_numbers import score_text
from gradebook_gui.gui.moments import format_moment
from gradebook_gui.gui.plain_text import plain_label, plain_tooltip
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import LineItem

# Opens a file dialog: (parent, folder or file to start from) -> the chosen file, or None.
FileChooser = Callable[[QWidget | None, Path | None], Path | None]

_SAMPLE_VALUES = 3
_SAMPLE_WIDTH = 30  # characters of each sample value shown under a column choice
_AFTER_FIXING = "Fix it in your spreadsheet program, save it, then choose “Read the file again”."
_ROOT = QModelIndex()


def choose_import_file(parent: QWidget | None, start: Path | None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        "Choose a spreadsheet to import",
        str(start or Path.home()),
        "Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)",
    )
    return Path(chosen) if chosen else None


def _bold_label(text: str = "") -> QLabel:
    label = plain_label(QLabel(text))
    label.setWordWrap(True)
    # Bold rather than a hard-coded colour: readable in light and dark themes.
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def _wrapped_label(text: str = "") -> QLabel:
    # Plain text: file names, cells and comments from the file are shown as they are written.
    label = plain_label(QLabel(text))
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _plural(locale: QLocale, count: int, noun: str, plural: str | None = None) -> str:
    return f"{locale.toString(count)} {noun if count == 1 else plural or noun + 's'}"


# -- the remembered mapping ---------------------------------------------------------------------


class MappingMemory:
    """The columns the user confirmed, kept in the window's settings for the next import.

    Only what the wizard lets the user choose is remembered (student column and how it matches,
    score, comment, maximum). The base and progress columns always follow the current file's
    header names, so a remembered mapping never hides the base values of the app's own export.
    """

    _GROUP = "import_mapping"

    def __init__(self, settings: QSettings, connection_key: str, line_item_id: str) -> None:
        self._settings = settings
        self._line_item_key = self._key("line_item", f"{connection_key}\n{line_item_id}")
        self._connection_key = self._key("connection", connection_key)

    @classmethod
    def _key(cls, kind: str, scope: str) -> str:
        # Line item IDs are URLs; a digest keeps "/" (a settings group separator) out of the key.
        digest = hashlib.sha256(scope.encode()).hexdigest()[:24]
        return f"{cls._GROUP}/{kind}_{digest}"

    def recall(self, headers: Sequence[str]) -> ColumnMapping | None:
        """This line item's mapping, else the connection's last one, if the file has its columns."""
        for key in (self._line_item_key, self._connection_key):
            mapping = self._load(key)
            if mapping is not None and all(column in headers for column in mapping.columns):
                return mapping
        return None

    def remember(self, mapping: ColumnMapping) -> None:
        text = json.dumps(
            {
                "id_column": mapping.id_column,
                "match": mapping.match.value,
                "score_column": mapping.score_column,
                "comment_column": mapping.comment_column,
                "maximum_column": mapping.maximum_column,
            }
        )
        for key in (self._line_item_key, self._connection_key):
            self._settings.setValue(key, text)

    def _load(self, key: str) -> ColumnMapping | None:
        text = self._settings.value(key)
        if not isinstance(text, str):
            return None
        try:
            fields = json.loads(text)
            return ColumnMapping(
                id_column=str(fields["id_column"]),
                match=MatchBy(fields["match"]),
                score_column=fields.get("score_column"),
                comment_column=fields.get("comment_column"),
                maximum_column=fields.get("maximum_column"),
            )
        except (ValueError, KeyError, TypeError):
            # Settings edited by hand or written by another version: guess instead.
            return None


def automatic_columns(headers: Sequence[str], chosen: ColumnMapping) -> ColumnMapping:
    """`chosen` with the base and progress columns the header names reveal (never shown as a
    choice), leaving out any column the user already uses for something else."""
    # Any ID column will do here: only the columns other than the ID are taken from the guess.
    guessed = guess_mapping(headers, id_column=headers[0])
    used = {
        chosen.id_column,
        chosen.score_column,
        chosen.comment_column,
        chosen.maximum_column,
    }

    def free(column: str | None) -> str | None:
        return None if column in used else column

    return replace(
        chosen,
        activity_column=free(guessed.activity_column),
        grading_column=free(guessed.grading_column),
        base_score_column=free(guessed.base_score_column),
        base_comment_column=free(guessed.base_comment_column),
    )


def starting_mapping(
    headers: Sequence[str], memory: MappingMemory
) -> tuple[ColumnMapping | None, str]:
    """The mapping the mapping page starts from, and a sentence saying where it comes from."""
    remembered = memory.recall(headers)
    if remembered is not None:
        return remembered, "The columns are as you chose them for the last import: check them."
    try:
        guessed = guess_mapping(headers)
    except ImportFileError:
        return None, "No column name says which student a row is for: choose that column."
    return guessed, "The columns were guessed from their names: check them."


# -- the preview table --------------------------------------------------------------------------


class PreviewColumn(IntEnum):
    LINE = 0
    STUDENT = 1
    OUTCOME = 2
    NOW = 3
    NEW = 4
    WHY = 5


_HEADERS = {
    PreviewColumn.LINE: "Line",
    PreviewColumn.STUDENT: "Student",
    PreviewColumn.OUTCOME: "Outcome",
    PreviewColumn.NOW: "Score now",
    PreviewColumn.NEW: "New score",
    PreviewColumn.WHY: "Why",
}

VERDICT_TEXT = {
    RowVerdict.WILL_CHANGE: "will change",
    RowVerdict.UNCHANGED: "unchanged",
    RowVerdict.SKIPPED: "skipped",
    RowVerdict.ERROR: "error",
}


class PreviewModel(QAbstractTableModel):
    """Every row of an import plan, in file order; a verdict filter narrows the rows shown."""

    def __init__(self, line_item: LineItem, locale: QLocale, parent: QWidget | None = None):
        super().__init__(parent)
        self._line_item = line_item
        self._locale = QLocale(locale)
        self._locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self._plan: ImportPlan | None = None
        self._rows: list[PlanRow] = []
        self._shown: list[PlanRow] = []
        self._verdict: RowVerdict | None = None

    def set_plan(self, plan: ImportPlan | None) -> None:
        if plan is self._plan:
            return
        self.beginResetModel()
        self._plan = plan
        self._rows = list(plan.rows) if plan else []
        self._apply_filter()
        self.endResetModel()

    def set_verdict_filter(self, verdict: RowVerdict | None) -> None:
        """Show only rows with this verdict; None shows every row."""
        self.beginResetModel()
        self._verdict = verdict
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        verdict = self._verdict
        self._shown = [row for row in self._rows if verdict is None or row.verdict is verdict]

    def plan_row(self, row: int) -> PlanRow:
        return self._shown[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(PreviewColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _HEADERS[PreviewColumn(section)]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = PreviewColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            PreviewColumn.LINE,
            PreviewColumn.NOW,
            PreviewColumn.NEW,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if (
            role == Qt.ItemDataRole.FontRole
            and column is PreviewColumn.OUTCOME
            and row.verdict in (RowVerdict.WILL_CHANGE, RowVerdict.ERROR)
        ):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _number(self, value: float) -> str:
        return score_text(self._locale, value)

    def _current_score(self, row: PlanRow) -> str:
        if row.current is None:
            return ""
        score = row.current.on_scale(self._line_item.scoreMaximum)
        return "no grade" if score is None else self._number(score)

    def _new_score(self, row: PlanRow) -> str:
        edit = row.edit
        if edit is None or row.verdict is not RowVerdict.WILL_CHANGE:
            return ""
        if edit.clears_grade or edit.score is None:
            return "no grade"
        text = self._number(edit.score)
        if edit.maximum != self._line_item.scoreMaximum:
            text += f" out of {self._number(edit.maximum)}"
        return text

    def _why(self, row: PlanRow) -> str:
        if row.verdict is not RowVerdict.WILL_CHANGE or row.edit is None:
            return row.reason
        # Said again in the user's locale: the planner's reason writes numbers with a dot.
        parts = []
        new, old = self._new_score(row), self._current_score(row)
        if new != old:
            parts.append(f"score {old} → {new}")
        current_comment = row.current.comment if row.current else None
        if row.edit.comment is not None and not same_comment(row.edit.comment, current_comment):
            parts.append("comment changed" if current_comment else "comment added")
        return "; ".join(parts) or row.reason

    def explanation(self, row: PlanRow) -> str:
        """Everything about one row in a sentence or two: the reason, then any warning."""
        text = self._why(row)
        if row.warning:
            text += f". Note: {row.warning}"
        if row.verdict is RowVerdict.WILL_CHANGE and row.edit and row.edit.comment:
            text += f".\nNew comment: {row.edit.comment}"
        return text

    def _text(self, row: PlanRow, column: PreviewColumn) -> str:
        match column:
            case PreviewColumn.LINE:
                return self._locale.toString(row.line_number)
            case PreviewColumn.STUDENT:
                if row.user_id is None:
                    return "not matched"
                return f"{row.student_name} ({row.user_id})" if row.student_name else row.user_id
            case PreviewColumn.OUTCOME:
                return VERDICT_TEXT[row.verdict]
            case PreviewColumn.NOW:
                return self._current_score(row)
            case PreviewColumn.NEW:
                return self._new_score(row)
            case PreviewColumn.WHY:
                return self._why(row) + (f"; note: {row.warning}" if row.warning else "")

    def _tooltip(self, row: PlanRow, column: PreviewColumn) -> str | None:
        return plain_tooltip(self.explanation(row)) if column is PreviewColumn.WHY else None

    @staticmethod
    def _icon(row: PlanRow, column: PreviewColumn) -> Any:
        style = QApplication.style()
        if column is PreviewColumn.OUTCOME and row.verdict is RowVerdict.ERROR:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        if column is PreviewColumn.WHY and row.warning:
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return None


# -- the wizard ---------------------------------------------------------------------------------


class PageId(IntEnum):
    FILE = 0
    MAPPING = 1
    PREVIEW = 2


@dataclass(frozen=True, slots=True)
class _PlanRequest:
    """What a planning job needs; immutable, so it crosses to a pool thread safely."""

    table: Table
    mapping: ColumnMapping
    line_item: LineItem
    grades: tuple[StudentGrade, ...]
    decimal_comma_locale: bool

    def run(self, context: TaskContext) -> ImportPlan:
        return plan_import(
            self.table,
            self.mapping,
            self.line_item,
            self.grades,
            decimal_comma_locale=self.decimal_comma_locale,
        )


class ImportWizard(QWizard):
    """Three pages: the file, its columns, and the preview the user confirms.

    The state (file, table, mapping, plan) lives here; the pages show it and follow
    `state_changed`. Reading and planning run on `runner`; a newer request drops the older one.
    """

    state_changed = Signal()

    def __init__(
        self,
        *,
        line_item: LineItem,
        grades: Sequence[StudentGrade],
        settings: WindowSettings | QSettings,
        runner: TaskRunner,
        connection_key: str,
        start_path: Path | None = None,
        locale: QLocale | None = None,
        choose_file: FileChooser = choose_import_file,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.line_item = line_item
        self.grades = tuple(grades)
        self.locale_used = QLocale(locale) if locale is not None else QLocale()
        self.memory = MappingMemory(
            settings.qsettings if isinstance(settings, WindowSettings) else settings,
            connection_key,
            line_item.id,
        )
        self._runner = runner
        self._choose_file = choose_file
        self._task: int | None = None
        # A folder is where the file dialog opens; a file is read at once.
        self._start_folder = start_path if start_path and start_path.is_dir() else None

        self.path: Path | None = None
        self.table: Table | None = None
        self.file_problem: str | None = None
        self.mapping: ColumnMapping | None = None
        self.plan: ImportPlan | None = None
        self.plan_problem: str | None = None
        self.busy_text: str | None = None  # "Reading …" while a job runs

        self.setWindowTitle(f"Import grades into “{line_item.label}”")
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(760, 540)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.setPage(PageId.FILE, self.file_page)
        self.setPage(PageId.MAPPING, self.mapping_page)
        self.setPage(PageId.PREVIEW, self.preview_page)
        self.finished.connect(self.stop_work)
        if start_path is not None and self._start_folder is None:
            self.read_file(start_path)

    @property
    def decimal_comma_locale(self) -> bool:
        return self.locale_used.decimalPoint() == ","

    @property
    def busy(self) -> bool:
        return self._task is not None

    # Reading the file.

    def choose_and_read(self) -> None:
        start = self.path or self._start_folder
        chosen = self._choose_file(self, start)
        if chosen is not None:
            self.read_file(chosen)

    def read_file(self, path: Path) -> None:
        """Read `path` in the background; on the preview page the rows are planned again after."""
        self.path = path
        self.file_problem = None
        self._start(
            lambda context: read_table(path),
            self._file_read,
            self._file_unreadable,
            f"Reading {path.name}…",
        )

    def read_again(self) -> None:
        if self.path is not None:
            self.read_file(self.path)

    def _file_read(self, table: Table) -> None:
        self.table = table
        if self.currentId() == PageId.PREVIEW and self.mapping is not None:
            self.plan_rows()

    def _file_unreadable(self, problem: str) -> None:
        # Whatever was read before is dropped: nothing of an old version of the file is imported.
        self.table = None
        self.plan = None
        self.file_problem = problem

    # Planning.

    def plan_rows(self) -> None:
        """Judge every row with the confirmed mapping, in the background."""
        if self.table is None or self.mapping is None:
            return
        self.plan = None
        self.plan_problem = None
        request = _PlanRequest(
            self.table, self.mapping, self.line_item, self.grades, self.decimal_comma_locale
        )
        self._start(request.run, self._rows_planned, self._rows_unplanned, "Checking every row…")

    def _rows_planned(self, plan: ImportPlan) -> None:
        self.plan = plan

    def _rows_unplanned(self, problem: str) -> None:
        self.plan_problem = problem

    # Background jobs.

    def _start(
        self,
        job: Callable[[TaskContext], Any],
        done: Callable[[Any], None],
        refused: Callable[[str], None],
        text: str,
    ) -> None:
        """Run `job`; `done` gets its result, `refused` the message of an ImportFileError."""
        if self._task is not None:
            self._runner.cancel(self._task)

        def succeeded(result: Any) -> None:
            self._task = None
            self.busy_text = None
            done(result)
            self.state_changed.emit()

        def failed(error: BaseException) -> None:
            self._task = None
            self.busy_text = None
            if isinstance(error, ImportFileError):
                refused(str(error))
            self.state_changed.emit()
            if not isinstance(error, ImportFileError):
                raise error  # a bug: the window's exception hook reports it

        self.busy_text = text
        self._task = self._runner.submit(
            job, on_success=succeeded, on_failure=failed, description=text
        )
        self.state_changed.emit()

    @Slot()
    def stop_work(self) -> None:
        """Drop the running read or plan: its outcome never reaches the pages."""
        self.busy_text = None
        if self._task is not None:
            self._runner.cancel(self._task)
            self._task = None

    # The outcome.

    def confirmed_plan(self) -> ImportPlan | None:
        """The plan the user confirmed, or None when the wizard was cancelled."""
        if self.result() != QWizard.DialogCode.Accepted:
            return None
        return self.plan

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        *,
        line_item: LineItem,
        grades: Sequence[StudentGrade],
        settings: WindowSettings | QSettings,
        runner: TaskRunner,
        connection_key: str,
        start_path: Path | None = None,
        locale: QLocale | None = None,
    ) -> ImportPlan | None:
        wizard = cls(
            line_item=line_item,
            grades=grades,
            settings=settings,
            runner=runner,
            connection_key=connection_key,
            start_path=start_path,
            locale=locale,
            parent=parent,
        )
        try:
            wizard.exec()
            return wizard.confirmed_plan()
        finally:
            wizard.deleteLater()


# -- page 1: the file ---------------------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._import = wizard
        self.setTitle("Choose the spreadsheet")
        self.setSubTitle(
            "A CSV or Excel (.xlsx) file with one row per student: a file exported by this app "
            "and filled in, or any sheet with user IDs, emails or names."
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText("No file chosen yet")
        self.path_edit.setAccessibleName("Spreadsheet file")
        self.choose_button = QPushButton("&Choose file…")
        self.choose_button.setAccessibleName("Choose the spreadsheet file")
        self.choose_button.clicked.connect(wizard.choose_and_read)
        self.read_again_button = QPushButton("&Read the file again")
        self.read_again_button.setAccessibleName("Read the file again")
        self.read_again_button.setToolTip("After fixing the file in a spreadsheet, read it again")
        self.read_again_button.clicked.connect(wizard.read_again)
        self.status_label = _wrapped_label()
        self.status_label.setAccessibleName("How the file was read")
        self.problem_label = _bold_label()
        self.problem_label.setAccessibleName("Problem with the file")
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.read_again_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)
        wizard.state_changed.connect(self._refresh)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        wizard = self._import
        locale = wizard.locale_used
        self.path_edit.setText(str(wizard.path) if wizard.path else "")
        self.read_again_button.setEnabled(wizard.path is not None and not wizard.busy)
        table = wizard.table
        if wizard.busy_text and wizard.currentId() != PageId.PREVIEW:
            self.status_label.setText(wizard.busy_text)
        elif table is not None:
            self.status_label.setText(
                f"Read as {table.description}: {_plural(locale, len(table.rows), 'row')} "
                f"below the header, {_plural(locale, len(table.headers), 'column')} "
                f"({', '.join(table.headers)})."
            )
        else:
            self.status_label.setText("")
        problem = wizard.file_problem
        self.problem_label.setText(
            f"This file cannot be imported.\n{problem}\n{_AFTER_FIXING}" if problem else ""
        )
        self.problem_label.setVisible(bool(problem))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._import.table is not None and not self._import.busy

    def validatePage(self) -> bool:
        return self.isComplete()


# -- page 2: the columns ------------------------------------------------------------------------


_MATCH_CHOICES = (
    (MatchBy.USER_ID, "User ID (exact)"),
    (MatchBy.EMAIL, "Email address"),
    (MatchBy.NAME, "Full name (refused when two learners share it)"),
)


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._import = wizard
        self._headers: list[str] = []
        self.setTitle("Which column holds what")
        self.setSubTitle(
            "Tell the import which column names the student and which ones hold the score and "
            "the comment. Your choice is remembered for the next import."
        )
        self.origin_label = _wrapped_label()
        self.id_combo = self._combo("Column that identifies the student")
        self.match_combo = QComboBox()
        self.match_combo.setAccessibleName("How the student column identifies the student")
        for kind, text in _MATCH_CHOICES:
            self.match_combo.addItem(text, kind)
        self.score_combo = self._combo("Score column")
        self.comment_combo = self._combo("Comment column")
        self.maximum_combo = self._combo("Maximum column")
        self.samples = {
            combo: plain_label(QLabel())
            for combo in (self.id_combo, self.score_combo, self.comment_combo, self.maximum_combo)
        }
        self.automatic_label = _wrapped_label()
        self.problem_label = _bold_label()
        self.problem_label.setAccessibleName("Problem with the columns")

        form = QFormLayout()
        form.addRow("&Student:", self.id_combo)
        form.addRow("", self.samples[self.id_combo])
        form.addRow("&Identified by:", self.match_combo)
        form.addRow("Sc&ore:", self.score_combo)
        form.addRow("", self.samples[self.score_combo])
        form.addRow("&Comment:", self.comment_combo)
        form.addRow("", self.samples[self.comment_combo])
        form.addRow("&Maximum:", self.maximum_combo)
        form.addRow("", self.samples[self.maximum_combo])
        layout = QVBoxLayout(self)
        layout.addWidget(self.origin_label)
        layout.addLayout(form)
        layout.addWidget(self.automatic_label)
        layout.addWidget(self.problem_label)
        layout.addStretch(1)

        self.id_combo.currentIndexChanged.connect(self._student_column_chosen)
        for combo in (self.match_combo, self.score_combo, self.comment_combo, self.maximum_combo):
            combo.currentIndexChanged.connect(self._changed)
        wizard.state_changed.connect(self._follow_table)

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def initializePage(self) -> None:
        table = self._import.table
        if table is not None and table.headers != self._headers:
            self._fill(table.headers)

    @Slot()
    def _follow_table(self) -> None:
        # A file read again with other columns: offer its columns, keeping the choices it has.
        table = self._import.table
        if table is not None and self._headers and table.headers != self._headers:
            self._fill(table.headers, keep=self.chosen_mapping())

    def _fill(self, headers: list[str], keep: ColumnMapping | None = None) -> None:
        wizard = self._import
        self._headers = list(headers)
        start: ColumnMapping | None
        if keep is not None and all(column in headers for column in keep.columns):
            start, origin = keep, "The file was read again; the columns you chose are kept."
        else:
            start, origin = starting_mapping(headers, wizard.memory)
        # Without a known student column the other columns may still be recognised.
        columns = start or guess_mapping(headers, id_column=headers[0])
        maximum = score_text(wizard.locale_used, wizard.line_item.scoreMaximum)
        combos = (
            (self.id_combo, "Choose the column…", start.id_column if start else None),
            (self.score_combo, "None: keep the scores", columns.score_column),
            (self.comment_combo, "None: keep the comments", columns.comment_column),
            (self.maximum_combo, f"None: scores are out of {maximum}", columns.maximum_column),
        )
        for combo, empty_text, selected in combos:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(empty_text, None)
            for header in headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(combo.findData(selected), 0) if selected else 0)
            combo.blockSignals(False)
        self.match_combo.blockSignals(True)
        self.match_combo.setCurrentIndex(self.match_combo.findData(columns.match))
        self.match_combo.blockSignals(False)
        self.origin_label.setText(origin)
        self._changed()

    @Slot()
    def _student_column_chosen(self) -> None:
        column = self.id_combo.currentData()
        if column is not None:
            # A column named like "Email" or "Name" says how it identifies the student.
            try:
                kind = guess_mapping([column]).match
            except ImportFileError:
                kind = None
            if kind is not None:
                self.match_combo.setCurrentIndex(self.match_combo.findData(kind))
        self._changed()

    def chosen_mapping(self) -> ColumnMapping | None:
        """The mapping the controls show, with the automatic columns; None while incomplete."""
        id_column = self.id_combo.currentData()
        if id_column is None or not self._headers:
            return None
        chosen = ColumnMapping(
            id_column=id_column,
            match=MatchBy(self.match_combo.currentData()),
            score_column=self.score_combo.currentData(),
            comment_column=self.comment_combo.currentData(),
            maximum_column=self.maximum_combo.currentData(),
        )
        return automatic_columns(self._headers, chosen)

    def problem(self) -> str | None:
        chosen = {
            "student": self.id_combo.currentData(),
            "score": self.score_combo.currentData(),
            "comment": self.comment_combo.currentData(),
            "maximum": self.maximum_combo.currentData(),
        }
        if chosen["student"] is None:
            return "Choose the column that identifies the student."
        if chosen["score"] is None and chosen["comment"] is None:
            return "Choose the score column, the comment column, or both."
        roles_of: dict[str, list[str]] = {}
        for role, column in chosen.items():
            if column is not None:
                roles_of.setdefault(column, []).append(role)
        for column, roles in roles_of.items():
            if len(roles) > 1:
                return f"The column “{column}” is chosen twice ({' and '.join(roles)})."
        return None

    @Slot()
    def _changed(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem or "")
        self.problem_label.setVisible(problem is not None)
        for combo, label in self.samples.items():
            label.setText(self._sample(combo.currentData()))
            label.setVisible(bool(label.text()))
        mapping = self.chosen_mapping()
        self.automatic_label.setText(self._automatic_text(mapping))
        self.automatic_label.setVisible(bool(self.automatic_label.text()))
        self.completeChanged.emit()

    def _sample(self, column: str | None) -> str:
        table = self._import.table
        if column is None or table is None:
            return ""
        values = [
            self._cell_text(row.cells.get(column))
            for row in table.rows
            if row.cells.get(column) not in (None, "")
        ][:_SAMPLE_VALUES]
        return f"First values: {', '.join(values)}" if values else "This column is empty."

    def _cell_text(self, value: CellValue) -> str:
        if isinstance(value, float) and not isinstance(value, bool):
            return score_text(self._import.locale_used, value)
        if isinstance(value, date | time | datetime | timedelta):
            return f"{value} (a date)"
        text = " ".join(str(value).split())
        return text if len(text) <= _SAMPLE_WIDTH else text[: _SAMPLE_WIDTH - 1] + "…"

    @staticmethod
    def _automatic_text(mapping: ColumnMapping | None) -> str:
        if mapping is None:
            return ""
        parts = []
        if mapping.base_score_column or mapping.base_comment_column:
            named = [c for c in (mapping.base_score_column, mapping.base_comment_column) if c]
            parts.append(
                f"{' and '.join(named)} (the grades when the file was exported: a grade changed "
                "in the LMS since then is pointed out)"
            )
        if mapping.activity_column or mapping.grading_column:
            named = [c for c in (mapping.activity_column, mapping.grading_column) if c]
            parts.append(f"{' and '.join(named)} (sent with each grade)")
        return f"Also read from the file: {'; '.join(parts)}." if parts else ""

    def isComplete(self) -> bool:
        return self.problem() is None and self.chosen_mapping() is not None

    def validatePage(self) -> bool:
        mapping = self.chosen_mapping()
        if mapping is None or self.problem() is not None:
            return False
        self._import.mapping = mapping
        self._import.memory.remember(mapping)
        return True


# -- page 3: the preview ------------------------------------------------------------------------


_NO_ROW_SELECTED = "Select a row to read everything about it here."
_FILTERS: tuple[tuple[RowVerdict | None, str], ...] = (
    (None, "&All"),
    (RowVerdict.WILL_CHANGE, "Will c&hange"),
    (RowVerdict.UNCHANGED, "&Unchanged"),
    (RowVerdict.SKIPPED, "S&kipped"),
    (RowVerdict.ERROR, "&Errors"),
)


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._import = wizard
        self.setTitle("Check every row before importing")
        self.setSubTitle(
            "Nothing is sent now: the changes become drafts in the table, which you can review, "
            "undo and submit."
        )
        self.summary_label = _bold_label()
        self.summary_label.setAccessibleName("Import summary")
        self.exported_label = _wrapped_label()
        self.filter_buttons = QButtonGroup(self)
        self.filter_buttons.setExclusive(True)
        filter_row = QHBoxLayout()
        filter_row.addWidget(QLabel("Show:"))
        self._filter_of: dict[int, RowVerdict | None] = {}
        for number, (verdict, text) in enumerate(_FILTERS):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(f"Show {text.replace('&', '').lower()} rows")
            self.filter_buttons.addButton(button, number)
            self._filter_of[number] = verdict
            filter_row.addWidget(button)
        filter_row.addStretch(1)
        self.filter_buttons.button(0).setChecked(True)
        self.filter_buttons.idClicked.connect(self._filter_chosen)

        self.model = PreviewModel(wizard.line_item, wizard.locale_used, self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.setAccessibleName("Every row of the file and what importing it does")
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.setWordWrap(False)
        self.table_view.verticalHeader().setVisible(False)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in (
            (PreviewColumn.LINE, 50),
            (PreviewColumn.STUDENT, 180),
            (PreviewColumn.OUTCOME, 110),
            (PreviewColumn.NOW, 80),
            (PreviewColumn.NEW, 120),
        ):
            self.table_view.setColumnWidth(column, width)
        # A long reason does not fit its cell: the selected row's is shown in full below.
        self.row_label = _wrapped_label(_NO_ROW_SELECTED)
        self.row_label.setAccessibleName("The selected row in full")
        self.table_view.selectionModel().currentRowChanged.connect(self._row_selected)
        self.model.modelReset.connect(self._clear_row)

        self.status_label = _wrapped_label()
        self.status_label.setAccessibleName("Preview status")
        self.errors_label = _bold_label()
        self.errors_label.setAccessibleName("Rows with errors")
        self.valid_only_box = QCheckBox(
            "Import the &valid rows only (rows with errors are left out)"
        )
        self.valid_only_box.setAccessibleName("Import the valid rows only")
        self.valid_only_box.toggled.connect(self._refresh_confirm)
        self.read_again_button = QPushButton("&Read the file again")
        self.read_again_button.setAccessibleName("Read the file again")
        self.read_again_button.setToolTip(
            "After fixing the file in a spreadsheet, read it again and check every row again"
        )
        self.read_again_button.clicked.connect(wizard.read_again)

        bottom = QHBoxLayout()
        bottom.addWidget(self.valid_only_box)
        bottom.addStretch(1)
        bottom.addWidget(self.read_again_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.exported_label)
        layout.addLayout(filter_row)
        layout.addWidget(self.table_view, 1)
        layout.addWidget(self.row_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.errors_label)
        layout.addLayout(bottom)
        wizard.state_changed.connect(self._refresh)

    def initializePage(self) -> None:
        self.valid_only_box.setChecked(False)
        self._import.plan_rows()

    def cleanupPage(self) -> None:
        # Going back: the plan is made again with the columns chosen next time.
        self._import.stop_work()
        self._import.plan = None
        self._import.plan_problem = None
        self.model.set_plan(None)

    @Slot()
    def _clear_row(self) -> None:
        self.row_label.setText(_NO_ROW_SELECTED)

    @Slot(QModelIndex, QModelIndex)
    def _row_selected(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            self._clear_row()
            return
        row = self.model.plan_row(current.row())
        student = self.model.index(current.row(), PreviewColumn.STUDENT).data()
        explanation = self.model.explanation(row)
        self.row_label.setText(
            f"Line {row.line_number} ({student}), {VERDICT_TEXT[row.verdict]}: "
            f"{explanation[:1].upper()}{explanation[1:]}."
        )

    @Slot(int)
    def _filter_chosen(self, number: int) -> None:
        self.model.set_verdict_filter(self._filter_of[number])

    @Slot()
    def _refresh(self) -> None:
        wizard = self._import
        plan = wizard.plan
        locale = wizard.locale_used
        self.model.set_plan(plan)
        self.read_again_button.setEnabled(wizard.path is not None and not wizard.busy)
        counts = plan.counts if plan else dict.fromkeys(RowVerdict, 0)
        for number, (verdict, text) in enumerate(_FILTERS):
            count = counts[verdict] if verdict is not None else sum(counts.values())
            self.filter_buttons.button(number).setText(
                f"{text} ({locale.toString(count)})" if plan else text
            )
        self.summary_label.setText(self._summary(plan))
        self.exported_label.setText(self._exported(plan))
        self.exported_label.setVisible(bool(self.exported_label.text()))
        if wizard.busy_text:
            self.status_label.setText(wizard.busy_text)
        elif wizard.file_problem:
            self.status_label.setText(
                f"This file cannot be imported.\n{wizard.file_problem}\n{_AFTER_FIXING}"
            )
        elif wizard.plan_problem:
            self.status_label.setText(
                f"The rows cannot be checked.\n{wizard.plan_problem}\n"
                "Fix the file and read it again, or go Back and choose other columns."
            )
        else:
            self.status_label.setText("")
        self.status_label.setVisible(bool(self.status_label.text()))
        errors = counts[RowVerdict.ERROR]
        self.errors_label.setText(
            f"{_plural(locale, errors, 'row has an error', 'rows have errors')}: fix the file "
            "and read it again, or import the valid rows only."
            if errors
            else ""
        )
        self.errors_label.setVisible(bool(errors))
        self.valid_only_box.setVisible(bool(errors))
        self._refresh_confirm()

    def _summary(self, plan: ImportPlan | None) -> str:
        if plan is None:
            return ""
        locale = self._import.locale_used
        counts = plan.counts
        return (
            f"{_plural(locale, counts[RowVerdict.WILL_CHANGE], 'change')}, "
            f"{locale.toString(counts[RowVerdict.UNCHANGED])} unchanged, "
            f"{locale.toString(counts[RowVerdict.SKIPPED])} skipped, "
            f"{_plural(locale, counts[RowVerdict.ERROR], 'error')}"
        )

    def _exported(self, plan: ImportPlan | None) -> str:
        if plan is None or plan.exported_at is None:
            return ""
        moment = format_moment(plan.exported_at, self._import.locale_used)
        return (
            f"This file was exported by the app on {moment}. Each row is compared with the grade "
            "it was exported with, so a grade changed in the LMS since then is not overwritten "
            "silently."
        )

    @Slot()
    def _refresh_confirm(self) -> None:
        plan = self._import.plan
        changes = len(plan.changes) if plan else 0
        text = (
            f"Import {_plural(self._import.locale_used, changes, 'change')} as drafts"
            if changes
            else "Nothing to import"
        )
        self._import.setButtonText(QWizard.WizardButton.FinishButton, text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        plan = self._import.plan
        if plan is None or self._import.busy or not plan.changes:
            return False
        return not plan.has_errors or self.valid_only_box.isChecked()

    def validatePage(self) -> bool:
        return self.isComplete()
