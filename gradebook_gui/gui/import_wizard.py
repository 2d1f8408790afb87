"""The import wizard: choose a spreadsheet, map its columns, preview every row, then confirm.

The import rules (a blank leaves a grade alone, every row judged with a plain reason, nothing
queued before the user confirms) live in `exchange.importer`; this wizard only shows its judgement.
The file is read and every row planned on the task runner's threads, so a large file never
freezes the window. Nothing is stored or sent here: `ImportWizard.ask` returns the confirmed
`ImportPlan` and the caller turns `plan.changes` into drafts. The column mapping the user
confirms is remembered (per line item, and per connection as a fallback) for the next import.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget, QWizard

from gradebook_gui.exchange.importer import (
    ColumnMapping,
    ImportFileError,
    ImportPlan,
    Table,
    plan_import,
    read_table,
)
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.i18n import reason_text, translate
from gradebook_gui.gui.import_file_page import FilePage
from gradebook_gui.gui.import_mapping_page import MappingPage
from gradebook_gui.gui.import_page_parts import PageId
from gradebook_gui.gui.import_preview import PreviewPage
from gradebook_gui.gui.mapping_memory import MappingMemory
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import LineItem

# Opens a file dialog: (parent, folder or file to start from) -> the chosen file, or None.
FileChooser = Callable[[QWidget | None, Path | None], Path | None]


def choose_import_file(parent: QWidget | None, start: Path | None) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("import_wizard", "Choose a spreadsheet to import"),
        str(start or Path.home()),
        translate("import_wizard", "Spreadsheets (*.csv *.xlsx *.tsv *.txt);;All files (*)"),
    )
    return Path(chosen) if chosen else None


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

        self.setWindowTitle(
            translate("ImportWizard", "Import grades into “{label}”").format(label=line_item.label)
        )
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
            translate("ImportWizard", "Reading {file}…").format(file=path.name),
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
        self._start(
            request.run,
            self._rows_planned,
            self._rows_unplanned,
            translate("ImportWizard", "Checking every row…"),
        )

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
                refused(reason_text(error))
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
