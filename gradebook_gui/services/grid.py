"""The whole course at once: load every line item's grades, plan a grid file, send its changes.

A grid file is planned line item by line item with the single-column importer's rules (a blank
cell leaves the grade alone, the LMS's current value is unchanged, an invalid cell is an error
with its line number, a base that differs from the LMS is a conflict when sending), so a grid
is never treated more loosely than one column. On top of them: learners who are not active
students of the course are held back, because LMSes refuse their grades (Canvas answers 422).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from gradebook_gui.api import LtiaasClient, StoppedError
from gradebook_gui.engine import EngineOptions, ProgressEvent, StopReason, SubmissionReport
from gradebook_gui.exchange.grid_file import CourseGrid, GridColumn
from gradebook_gui.exchange.importer import (
    ColumnMapping,
    ImportPlan,
    MatchBy,
    PlanRow,
    RowVerdict,
    Table,
    guess_mapping,
    plan_import,
)
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.services import submitting
from gradebook_gui.services.submitting import not_active_wording
from gradebook_gui.store import GradeStore
from gradebook_gui.wording import QT_TRANSLATE_NOOP, Wording

# Reads of the course at once. Every one goes through the same client, whose retries and
# pacing are shared: a platform that asks to slow down slows all of them.
DEFAULT_READERS = 4
# A run stopped for one of these stops the grid: the next line items would meet the same trouble.
_STOPS_EVERYTHING = (StopReason.AUTH, StopReason.NETWORK, StopReason.WAIT)


# -- loading ------------------------------------------------------------------------------------


def load_course_grid(
    client: LtiaasClient,
    line_items: Sequence[LineItem] | None = None,
    *,
    results_of: Collection[str] | None = None,
    readers: int = DEFAULT_READERS,
    on_progress: Callable[[int, int], None] | None = None,
    stopping: Callable[[], bool] | None = None,
    on_roster: Callable[[tuple[Member, ...]], None] | None = None,
    on_results: Callable[[LineItem, tuple[Result, ...]], None] | None = None,
) -> CourseGrid:
    """The roster and the results of every line item (or of the ids in `results_of`).

    `line_items` is the course's list when the caller has it already. The roster and each line
    item's results are read side by side, at most `readers` at once, each with the next page
    asked for while one is read. As each list is complete, from the reading threads:
    `on_roster(members)` or `on_results(line_item, results)`, then `on_progress(done, total)`,
    so a window can show the lists as they arrive. `stopping()` true ends every read between
    pages with StoppedError. The first failure stops the rest and is raised.
    """
    items = tuple(client.line_items() if line_items is None else line_items)
    wanted = [item for item in items if results_of is None or item.id in results_of]
    stop = threading.Event()
    lock = threading.Lock()
    done = 0
    total = len(wanted) + 1

    def stopped() -> bool:
        return stop.is_set() or (stopping is not None and stopping())

    def finished() -> None:
        nonlocal done
        with lock:
            done += 1
            if on_progress is not None:
                on_progress(done, total)

    def read_all(pages: Iterator[list[Any]], action: str) -> list[Any]:
        held: list[Any] = []
        for page in pages:
            if stopped():
                raise StoppedError(action)
            held.extend(page)
        return held

    def roster() -> tuple[Member, ...]:
        pages = client.iter_member_pages(stopping=stopped, read_ahead=True)
        members = tuple(read_all(pages, "Loading the course roster"))
        if on_roster is not None:
            on_roster(members)
        finished()
        return members

    def results(item: LineItem) -> tuple[Result, ...]:
        pages = client.iter_result_pages(item.id, stopping=stopped, read_ahead=True)
        held = tuple(read_all(pages, "Loading the grades"))
        if on_results is not None:
            on_results(item, held)
        finished()
        return held

    futures: list[Future[Any]] = []
    with ThreadPoolExecutor(max_workers=max(1, readers), thread_name_prefix="grid-read") as pool:
        try:
            members_future = pool.submit(roster)
            result_futures = {item.id: pool.submit(results, item) for item in wanted}
            futures = [members_future, *result_futures.values()]
            members = members_future.result()
            held = {item_id: future.result() for item_id, future in result_futures.items()}
        except BaseException:
            stop.set()
            for future in futures:
                future.cancel()
            raise
    return CourseGrid(items, members, held)


# -- planning -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ColumnPlan:
    """One line item's part of a grid file: the importer's plan, with the changes held back
    because the learner is not an active student listed in `held_back` (as skipped rows)."""

    line_item: LineItem
    plan: ImportPlan
    held_back: tuple[PlanRow, ...] = ()


@dataclass(frozen=True)
class GridPlan:
    columns: tuple[ColumnPlan, ...]

    @property
    def counts(self) -> dict[RowVerdict, int]:
        return {
            verdict: sum(column.plan.counts[verdict] for column in self.columns)
            for verdict in RowVerdict
        }

    @property
    def change_count(self) -> int:
        return self.counts[RowVerdict.WILL_CHANGE]

    @property
    def has_errors(self) -> bool:
        return any(column.plan.has_errors for column in self.columns)

    @property
    def held_back(self) -> list[tuple[LineItem, PlanRow]]:
        return [(column.line_item, row) for column in self.columns for row in column.held_back]

    @property
    def with_changes(self) -> list[ColumnPlan]:
        return [column for column in self.columns if column.plan.changes]

    def summary(self) -> str:
        """The cell counts in words, as a single column's: "2 changes, 58 unchanged, ..."."""
        counts = self.counts
        changes, errors = counts[RowVerdict.WILL_CHANGE], counts[RowVerdict.ERROR]
        text = (
            f"{changes} change{'' if changes == 1 else 's'}, "
            f"{counts[RowVerdict.UNCHANGED]} unchanged, {counts[RowVerdict.SKIPPED]} skipped, "
            f"{errors} error{'' if errors == 1 else 's'}"
        )
        lines = len(self.with_changes)
        if changes:
            text += f" in {submitting.plural(lines, 'line item', 'line items')}"
        return text


def plan_grid(
    table: Table,
    columns: Sequence[GridColumn],
    grid: CourseGrid,
    *,
    include_inactive: bool = False,
) -> GridPlan:
    """What sending the grid file would do, line item column by line item column.

    Nothing is sent or stored. `grid` holds the LMS's results for every column's line item.
    Unless `include_inactive`, a change for a learner who is not an active student (see
    `submitting.not_active_reason`) becomes a skipped row saying why.
    """
    id_column = guess_mapping(table.headers, match=MatchBy.USER_ID).id_column
    learners = {learner.user_id: learner for learner in grid.learners}
    planned = []
    for column in columns:
        mapping = ColumnMapping(
            id_column=id_column,
            match=MatchBy.USER_ID,
            score_column=column.header,
            base_score_column=column.base_header,
        )
        plan = plan_import(table, mapping, column.line_item, grid.grades(column.line_item.id))
        held_back: list[PlanRow] = []
        if not include_inactive:
            rows = []
            for row in plan.rows:
                learner = learners.get(row.user_id or "")
                why = not_active_wording(learner.member) if learner else None
                if row.verdict is RowVerdict.WILL_CHANGE and why is not None:
                    held = Wording(
                        "grid",
                        QT_TRANSLATE_NOOP(
                            "grid", "{reason}, not sent: {why} (the LMS refuses their grades)"
                        ),
                        {"reason": row.shown_reason(), "why": why},
                    )
                    row = replace(
                        row, verdict=RowVerdict.SKIPPED, reason=str(held), reason_wording=held
                    )
                    held_back.append(row)
                rows.append(row)
            plan = ImportPlan(rows, plan.exported_at)
        planned.append(ColumnPlan(column.line_item, plan, tuple(held_back)))
    return GridPlan(tuple(planned))


# -- sending ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class GridReport:
    """Each line item's run, in order; `kept_queued` are line items queued but not run because
    an earlier one stopped (authentication or the network): `gradebook sync` finishes them."""

    runs: tuple[tuple[LineItem, SubmissionReport], ...]
    kept_queued: tuple[tuple[LineItem, int], ...] = ()

    @property
    def exit_code(self) -> int:
        return max((report.exit_code for _, report in self.runs), default=0)


def send_grid(
    store: GradeStore,
    client: LtiaasClient,
    key: str,
    grid: CourseGrid,
    plan: GridPlan,
    label: str,
    *,
    profile: str | None,
    options: EngineOptions | None = None,
    on_progress: Callable[[ProgressEvent], None] | None = None,
    on_run: Callable[[LineItem, SubmissionReport], None] | None = None,
) -> GridReport:
    """Queue every change of the plan, then send them line item by line item.

    Under one sender lock from the first write to the last read-back: the whole plan is in the
    outbox before the first grade is sent (an interrupted run is finished by sync), and no
    other program sends for this connection meanwhile. Learners with unsent edits made in the
    window for the same line item refuse the whole file (DraftsInTheWay), before anything is
    written. `on_run` is called as each line item's run ends.
    """
    columns = plan.with_changes
    with store.sender_lock(key):
        in_the_way = 0
        for column in columns:
            users = {edit.user_id for edit, _ in column.plan.changes}
            in_the_way += len(users & set(store.drafts(key, column.line_item.id)))
        if in_the_way:
            raise submitting.DraftsInTheWay(in_the_way)
        taken_at = datetime.now(UTC)
        for column in columns:
            item, changes = column.line_item, column.plan.changes
            store.save_snapshot(key, item, grid.column(item.id), taken_at)
            store.apply_edits(key, item.id, changes, label)
            store.queue_drafts(key, item.id, [edit.user_id for edit, _ in changes], label)
        runs: list[tuple[LineItem, SubmissionReport]] = []
        for index, column in enumerate(columns):
            report = submitting.send(
                client,
                store,
                key,
                column.line_item,
                profile=profile,
                options=options,
                on_progress=on_progress,
                lock_held=True,
            )
            runs.append((column.line_item, report))
            if on_run is not None:
                on_run(column.line_item, report)
            if report.stopped in _STOPS_EVERYTHING:
                rest = columns[index + 1 :]
                kept = tuple((later.line_item, len(later.plan.changes)) for later in rest)
                return GridReport(tuple(runs), kept)
        return GridReport(tuple(runs))
