"""Files and local data from the window: import a spreadsheet as drafts, export grades, remove
what is kept on this computer, and prune the journal by its retention setting."""

from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.export_dialog import ExportChoice, export
from gradebook_gui.gui.i18n import counted, translate, translated
from gradebook_gui.gui.local_data_dialog import journal_retention
from gradebook_gui.gui.messages import UserMessage
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.gui.workspace import Workspace, read_only_notice
from gradebook_gui.models import LineItem
from gradebook_gui.services.local_data import (
    ForgetScope,
    LocalDataChoice,
    LocalDataSummary,
    apply_local_data_choice,
    apply_retention,
    summarize_local_data,
)
from gradebook_gui.store import GradeStore
from gradebook_gui.wording import Wording

log = logging.getLogger(__name__)


def _export(
    choice: ExportChoice, line_item: LineItem, grades: tuple[StudentGrade, ...], _: TaskContext
) -> list[Wording]:
    return export(choice, line_item, grades)


def _summarize(
    store: GradeStore, key: str, label: str, line_item: LineItem | None, _: TaskContext
) -> LocalDataSummary:
    return summarize_local_data(store, key, label, line_item)


def _apply_local_data(store: GradeStore, choice: LocalDataChoice, _: TaskContext) -> int:
    return apply_local_data_choice(store, choice)


def _prune_journal(store: GradeStore, days: int | None, _: TaskContext) -> int:
    return apply_retention(store, days)


class FilesController(QObject):
    local_data_changed = Signal()
    """Local data was removed: what the window shows from the store must be read again."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace.window)
        self._ws = workspace
        self._removal_after_snapshot: LocalDataChoice | None = None
        workspace.loader.snapshot_saved.connect(self._on_snapshot_saved)

    def prune_journal(self) -> None:
        """Drop the history older than the retention the user chose (kept forever by default)."""
        ws = self._ws
        ws.runner.submit_store(
            partial(_prune_journal, ws.store, journal_retention(ws.settings)),
            on_success=self._on_journal_pruned,
            on_failure=partial(
                ws.messages.report_failure, translate("FilesController", "Pruning the history")
            ),
            description="prune the history",
        )

    def _on_journal_pruned(self, pruned: int) -> None:
        if pruned:
            log.info("%d history entries past their retention were removed", pruned)

    # -- import and export -------------------------------------------------------------------

    def import_grades(self) -> None:
        ws = self._ws
        line_item = ws.editable_line_item()
        grades = ws.ready_grades() if line_item else None
        key = ws.session.key
        if line_item is None or grades is None or key is None:
            return
        folder = ws.settings.export_folder
        plan = ws.dialogs.import_grades(
            ws.window,
            line_item=line_item,
            grades=grades,
            settings=ws.settings,
            runner=ws.runner,
            connection_key=key,
            start_path=Path(folder) if folder else None,
            locale=ws.results_model.locale(),
        )
        if plan is None or not ws.shows(line_item):
            return
        changes = plan.changes
        if not changes:
            ws.messages.inform(
                translate("FilesController", "Nothing to import: no row changes a grade."), 5000
            )
            return
        count = len(changes)
        ws.edits.save_edits(
            changes,
            counted(
                translate("FilesController", "Import {count} grade"),
                translate("FilesController", "Import {count} grades", None, count),
                count,
            ),
        )
        ws.messages.inform(
            counted(
                translate(
                    "FilesController",
                    "{count} grade imported as an unsent change. Check it in the table, then "
                    "Grades › Submit (Ctrl+S) sends it.",
                ),
                translate(
                    "FilesController",
                    "{count} grades imported as unsent changes. Check them in the table, then "
                    "Grades › Submit (Ctrl+S) sends them.",
                    None,
                    count,
                ),
                count,
            ),
            15000,
        )

    def export_grades(self) -> None:
        ws = self._ws
        line_item = ws.results_model.line_item()
        if line_item is None:
            ws.messages.inform(translate("FilesController", "Choose a grade column first."), 5000)
            return
        grades = ws.ready_grades()
        if grades is None:
            return
        model = ws.results_model
        visible = tuple(model.grade_at(row) for row in range(model.rows_count_visible()))
        folder = ws.settings.export_folder
        choice = ws.dialogs.export_grades(
            ws.window,
            line_item=line_item,
            all_grades=grades,
            visible_grades=visible,
            default_folder=Path(folder) if folder else Path.home(),
        )
        if choice is None:
            return
        ws.settings.export_folder = str(choice.path.parent)
        chosen = visible if choice.visible_only else grades
        ws.messages.inform(
            translate("FilesController", "Exporting to {file}…").format(file=choice.path.name), 0
        )
        ws.runner.submit(
            partial(_export, choice, line_item, chosen),
            on_success=partial(self._on_exported, choice, len(chosen)),
            on_failure=partial(
                ws.messages.report_failure, translate("FilesController", "Exporting the grades")
            ),
            description="export the grades",
        )

    def _on_exported(self, choice: ExportChoice, count: int, warnings: list[Wording]) -> None:
        done = counted(
            translate("FilesController", "Exported {count} learner to {path}."),
            translate("FilesController", "Exported {count} learners to {path}.", None, count),
            count,
            path=choice.path,
        )
        if warnings:
            self._ws.messages.show(
                UserMessage(
                    translate("FilesController", "Exported, with warnings"),
                    "\n\n".join([done, "\n".join(translated(warning) for warning in warnings)]),
                )
            )
        self._ws.messages.inform(done, 10000)

    # -- local data --------------------------------------------------------------------------

    def manage_local_data(self) -> None:
        ws = self._ws
        key = ws.session.key
        if ws.is_read_only() or key is None:
            ws.messages.inform(
                read_only_notice()
                if ws.is_read_only()
                else translate("FilesController", "Open a connection first."),
                5000,
            )
            return
        ws.runner.submit_store(
            partial(
                _summarize, ws.store, key, ws.session.description, ws.results_model.line_item()
            ),
            on_success=self._ask_local_data,
            on_failure=partial(
                ws.messages.report_failure, translate("FilesController", "Reading the local data")
            ),
            description="summarize the local data",
        )

    def _ask_local_data(self, summary: LocalDataSummary) -> None:
        ws = self._ws
        if summary.connection_key != ws.session.key:
            return
        choice = ws.dialogs.manage_local_data(ws.window, summary=summary, settings=ws.settings)
        if choice is not None:
            self._remove_local_data(choice)

    def _remove_local_data(self, choice: LocalDataChoice) -> None:
        ws = self._ws
        if ws.loader.saving_snapshot:
            # A download still being written would come back after the removal: it goes first.
            self._removal_after_snapshot = choice
            ws.loader.save_snapshot_now()
            return
        ws.runner.submit_store(
            partial(_apply_local_data, ws.store, choice),
            on_success=partial(self._on_local_data_applied, choice),
            on_failure=partial(
                ws.messages.report_failure, translate("FilesController", "Removing the local data")
            ),
            description="remove local data",
        )

    def _on_snapshot_saved(self) -> None:
        choice, self._removal_after_snapshot = self._removal_after_snapshot, None
        if choice is not None:
            self._remove_local_data(choice)

    def _on_local_data_applied(self, choice: LocalDataChoice, pruned: int) -> None:
        self._ws.edits.refresh_states()
        self.local_data_changed.emit()
        if choice.forget is ForgetScope.LINE_ITEM:
            removed = translate("FilesController", "Removed what was kept for the grade column.")
        elif choice.forget is ForgetScope.CONNECTION:
            removed = translate("FilesController", "Removed what was kept for the connection.")
        else:
            return
        self._ws.messages.inform(removed, 8000)
