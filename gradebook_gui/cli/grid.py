"""`gradebook grid` and `gradebook submit --grid`: the whole course in one file, and back.

A grid submit follows a single-column submit in everything: the plan is printed (errors always,
with line numbers), any invalid cell refuses the whole file unless --skip-invalid, the user
confirms, the changes go to the outbox before anything is sent, and the exit codes are the same.
"""

from __future__ import annotations

import sys
import threading
from collections import defaultdict
from pathlib import Path

from gradebook_gui.api import LtiaasClient
from gradebook_gui.cli.errors import CommandFailed, ExitCode
from gradebook_gui.cli.output import emit, format_table
from gradebook_gui.cli.sending import (
    INCLUDE_INACTIVE_FLAG,
    confirm,
    end_progress_line,
    print_report,
    progress_printer,
)
from gradebook_gui.connection import Connection
from gradebook_gui.engine import EngineOptions, SubmissionReport
from gradebook_gui.exchange import export
from gradebook_gui.exchange.grid_file import (
    CourseGrid,
    grid_columns,
    grid_csv_text,
    grid_json,
    read_grid,
    write_grid_csv,
    write_grid_xlsx,
)
from gradebook_gui.exchange.importer import RowVerdict
from gradebook_gui.models import LineItem
from gradebook_gui.services import submitting
from gradebook_gui.services.grid import GridPlan, load_course_grid, plan_grid, send_grid
from gradebook_gui.store import GradeStore

# Line item labels in the terminal table are cut to this many characters.
_TABLE_LABEL = 18


def _err(text: str) -> None:
    print(text, file=sys.stderr)


class _LoadingProgress:
    """ "Loading: 3 of 7 lists" on stderr while the course is read, only on a terminal."""

    def __init__(self) -> None:
        self._enabled = sys.stderr.isatty()
        self._lock = threading.Lock()
        self._shown = False

    def __call__(self, done: int, total: int) -> None:
        if self._enabled:
            with self._lock:
                sys.stderr.write(f"\rLoading the course: {done} of {total} lists ")
                sys.stderr.flush()
                self._shown = True

    def end(self) -> None:
        if self._shown:
            sys.stderr.write("\n")


def _load(
    client: LtiaasClient,
    line_items: list[LineItem] | None = None,
    results_of: set[str] | None = None,
    readers: int = 4,
) -> CourseGrid:
    progress = _LoadingProgress()
    try:
        return load_course_grid(
            client, line_items, results_of=results_of, readers=readers, on_progress=progress
        )
    finally:
        progress.end()


# -- gradebook grid ------------------------------------------------------------------------------


def export_grid(client: LtiaasClient, fmt: str, output: str | None) -> int:
    grid = _load(client)
    exported_at = export.utc_timestamp()
    if fmt == "xlsx" and output is None:
        raise CommandFailed("--format xlsx needs --output FILE", ExitCode.USAGE)
    if output is not None and fmt in ("csv", "xlsx"):
        write = write_grid_csv if fmt == "csv" else write_grid_xlsx
        for warning in write(Path(output), grid, exported_at):
            _err(f"gradebook: warning: {warning}")
        _err(f"Wrote {output}")
        return ExitCode.OK
    if fmt == "csv":
        text, problems = grid_csv_text(grid, exported_at)
        for warning in problems:
            _err(f"gradebook: warning: {warning}")
    elif fmt == "json":
        text = grid_json(grid, exported_at)
    else:
        text = _grid_table(grid)
    emit(text, output)
    return ExitCode.OK


def _grid_table(grid: CourseGrid) -> str:
    items = grid.loaded_line_items
    columns = [grid.grades(item.id) for item in items]
    headers = ["name", "userId"] + [
        item.label if len(item.label) <= _TABLE_LABEL else item.label[: _TABLE_LABEL - 1] + "…"
        for item in items
    ]
    rows = [
        [
            learner.name or "(not on roster)",
            learner.user_id,
            *(
                export.format_number(column[index].score(item))
                for item, column in zip(items, columns, strict=True)
            ),
        ]
        for index, learner in enumerate(grid.learners)
    ]
    title = f"{len(grid.learners)} learners, {len(items)} line items"
    return f"{title}\n{format_table(headers, rows)}\n"


# -- gradebook submit --grid ---------------------------------------------------------------------


def _print_plan(plan: GridPlan, *, everything: bool, verbose: bool) -> None:
    """Errors always, on stderr, once per row and reason; changes held back always; every
    change and warning when `everything` (dry run). Cells left as they are are counted only,
    unless `verbose` asks for every cell."""
    errors: defaultdict[tuple[int, str, str], list[str]] = defaultdict(list)
    for column in plan.columns:
        for row in column.plan.rows:
            if row.verdict is RowVerdict.ERROR:
                who = row.student_name or row.user_id or "?"
                errors[(row.line_number, who, row.reason)].append(column.line_item.label)
    for (number, who, reason), labels in sorted(errors.items()):
        where = "" if len(labels) == len(plan.columns) else f"{'; '.join(labels)}: "
        _err(f"line {number}: error: {who}: {where}{reason}")
    for line_item, row in plan.held_back:
        who = row.student_name or row.user_id or "?"
        _err(f"line {row.line_number}: not sent: {who}: {line_item.label}: {row.reason}")
    if everything or verbose:
        for column in plan.columns:
            print(f"{column.line_item.label}: {column.plan.summary()}")
            for row in column.plan.rows:
                if row.verdict is RowVerdict.ERROR:
                    continue  # listed above
                if verbose or row.verdict is RowVerdict.WILL_CHANGE or row.warning:
                    who = row.student_name or row.user_id or "?"
                    text = f"  line {row.line_number}: {row.verdict.value}: {who}: {row.reason}"
                    if row.warning:
                        text += f" (warning: {row.warning})"
                    print(text)
    print(f"Plan: {plan.summary()}")
    if plan.held_back:
        _err(
            f"{submitting.plural(len(plan.held_back), 'grade is', 'grades are')} not sent to "
            f"learners who are not active students; {INCLUDE_INACTIVE_FLAG} sends them anyway."
        )


def submit_grid(
    connection: Connection,
    client: LtiaasClient,
    file: Path,
    *,
    dry_run: bool,
    verbose: bool,
    assume_yes: bool,
    skip_invalid: bool,
    include_inactive: bool,
    options: EngineOptions,
) -> int:
    table = read_grid(file)
    line_items = client.line_items()
    columns = grid_columns(table.headers, line_items)
    if not any(column.base_header for column in columns):
        _err(
            "gradebook: warning: the file has no base values (not a 'gradebook grid' export): "
            "grades changed in the LMS meanwhile cannot be told from your edits."
        )
    grid = _load(
        client,
        line_items,
        {column.line_item.id for column in columns},
        readers=options.concurrency,
    )
    plan = plan_grid(table, columns, grid, include_inactive=include_inactive)
    _print_plan(plan, everything=dry_run, verbose=verbose)
    if plan.has_errors and not skip_invalid:
        errors = submitting.plural(plan.counts[RowVerdict.ERROR], "cell has", "cells have")
        raise CommandFailed(
            f"not sent: {errors} errors (listed above); fix "
            "the file, or pass --skip-invalid to send the other cells",
            ExitCode.USAGE,
        )
    incomplete = plan.has_errors or bool(plan.held_back)
    changes = plan.change_count
    if dry_run or not changes:
        if not changes:
            print("Nothing to send.")
        return ExitCode.PARTIAL if incomplete and not dry_run else ExitCode.OK
    count = len(plan.with_changes)
    confirm(
        f"Send {submitting.plural(changes, 'grade', 'grades')} in "
        f"{submitting.plural(count, 'line item', 'line items')}?",
        assume_yes,
    )
    codes = [ExitCode.OK]

    def show(line_item: LineItem, run: SubmissionReport) -> None:
        end_progress_line()
        print(f"{line_item.label}:")
        codes.append(ExitCode(print_report(run)))

    with GradeStore.open() as store:
        try:
            report = send_grid(
                store,
                client,
                connection.key,
                grid,
                plan,
                f"Grid import of {file.name}",
                profile=connection.profile,
                options=options,
                on_progress=progress_printer(),
                on_run=show,
            )
        except submitting.DraftsInTheWay as error:
            raise CommandFailed(f"not sent: {error}", ExitCode.USAGE) from error
    code = max(codes)
    for line_item, waiting in report.kept_queued:
        _err(f"{line_item.label}: {submitting.plural(waiting, 'grade', 'grades')} kept queued")
    if report.kept_queued:
        _err("The rest is kept queued: run 'gradebook sync' to finish.")
    if incomplete and code == ExitCode.OK:
        return ExitCode.PARTIAL  # the skipped cells were listed above
    return code
