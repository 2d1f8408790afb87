"""The Course view's work for the task runner: plain functions, run off the window's thread.

Loading reads on the pool; everything that reads or writes the store runs on the store thread,
in order, so an undo never overtakes the save it takes back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import CellState, ServerGrade
from gradebook_gui.exchange.grid_file import CourseGrid
from gradebook_gui.gui.course_edits import EditsByLineItem
from gradebook_gui.gui.edit_controller import StoredEdits, read_stored_edits
from gradebook_gui.gui.i18n import counted, translate
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.services import submitting
from gradebook_gui.services.grid import load_course_grid
from gradebook_gui.services.submitting import AppliedResolutions, Resolution
from gradebook_gui.store import GradeStore, OutboxEntry


@dataclass(frozen=True, slots=True)
class Operation:
    """One undoable step of the Course view: its label and the line items it changed."""

    label: str
    line_item_ids: tuple[str, ...]


class UndoRefused(Exception):
    """A line item's newest step is not the Course view's (it was edited elsewhere since)."""


@dataclass(frozen=True, slots=True)
class KeptCourse:
    """The downloads kept on this computer for a connection, each line item with its age."""

    grid: CourseGrid
    taken_at: dict[str, datetime]


def load(client: LtiaasClient, readers: int, context: TaskContext) -> tuple[CourseGrid, datetime]:
    """The whole course; each list is reported as it arrives."""
    items = tuple(client.line_items())
    context.report(("line items", items))

    def on_roster(members: tuple[Member, ...]) -> None:
        context.report(("roster", members))

    def on_results(item: LineItem, results: tuple[Result, ...]) -> None:
        context.report(("results", item.id, results))

    def on_progress(done: int, total: int) -> None:
        context.report(("progress", done, total))

    grid = load_course_grid(
        client,
        items,
        readers=readers,
        on_progress=on_progress,
        stopping=lambda: context.cancelled,
        on_roster=on_roster,
        on_results=on_results,
    )
    return grid, datetime.now(UTC)


def read_kept_course(store: GradeStore, key: str, _: TaskContext) -> KeptCourse:
    """Every line item downloaded on this computer for the connection, as one course: the
    roster is every learner any of them listed."""
    items: list[LineItem] = []
    members: dict[str, Member] = {}
    results: dict[str, tuple[Result, ...]] = {}
    taken_at: dict[str, datetime] = {}
    for info in store.snapshot_list(key):
        snapshot = store.load_snapshot(key, info.line_item_id)
        if snapshot is None:
            continue
        item = snapshot.line_item
        items.append(item)
        taken_at[item.id] = snapshot.taken_at
        held = []
        for grade in snapshot.grades:
            if grade.member is not None:
                members.setdefault(grade.user_id, grade.member)
            if grade.result is not None:
                held.append(grade.result)
        results[item.id] = tuple(held)
    items.sort(key=lambda item: (item.label.casefold(), item.id))
    return KeptCourse(CourseGrid(tuple(items), tuple(members.values()), results), taken_at)


def read_states(
    store: GradeStore, key: str, line_item_ids: Sequence[str], _: TaskContext
) -> dict[str, StoredEdits]:
    return {item_id: read_stored_edits(store, key, item_id) for item_id in line_item_ids}


def apply(
    store: GradeStore, key: str, edits: EditsByLineItem, label: str, context: TaskContext
) -> dict[str, StoredEdits]:
    for line_item_id, changes in edits.items():
        store.apply_edits(key, line_item_id, changes, label)
    return read_states(store, key, list(edits), context)


def step(
    store: GradeStore, key: str, operation: Operation, undo: bool, context: TaskContext
) -> dict[str, StoredEdits]:
    """Undo (or redo) `operation` in every line item it touched, when it is still the newest
    step of each: otherwise nothing is changed (UndoRefused)."""
    label_of = store.undo_label if undo else store.redo_label
    for line_item_id in operation.line_item_ids:
        if label_of(key, line_item_id) != operation.label:
            raise UndoRefused(line_item_id)
    for line_item_id in operation.line_item_ids:
        (store.undo if undo else store.redo)(key, line_item_id)
    return read_states(store, key, operation.line_item_ids, context)


def save_snapshot(
    store: GradeStore, key: str, grid: CourseGrid, item: LineItem, at: datetime, _: object
) -> None:
    # The roster join is made here, off the window's thread: 40 of them would stall it.
    store.save_snapshot(key, item, grid.column(item.id), at)


def read_to_submit(
    store: GradeStore, key: str, line_item_ids: Sequence[str], _: TaskContext
) -> dict[str, submitting.ToSubmit]:
    return {item_id: submitting.read_to_submit(store, key, item_id) for item_id in line_item_ids}


def queue(
    store: GradeStore, key: str, confirmed: dict[str, list[str]], _: TaskContext
) -> list[str]:
    for line_item_id, user_ids in confirmed.items():
        # The history names the batch in the instructor's language.
        label = counted(
            translate("course_tasks", "Submit {count} grade"),
            translate("course_tasks", "Submit {count} grades", None, len(user_ids)),
            len(user_ids),
        )
        submitting.queue_drafts(store, key, line_item_id, user_ids, label)
    return list(confirmed)


@dataclass(frozen=True, slots=True)
class CourseConflicts:
    """A line item's entries in conflict, and its every result as the LMS holds it now."""

    entries: list[OutboxEntry]
    results: tuple[Result, ...]

    @property
    def current(self) -> dict[str, ServerGrade]:
        return {result.userId: ServerGrade.from_result(result) for result in self.results}


def read_conflicts(
    store: GradeStore, client: LtiaasClient, key: str, line_item_id: str, _: TaskContext
) -> CourseConflicts:
    entries = store.outbox(key, line_item_id, states=[CellState.CONFLICT])
    results = tuple(client.results(line_item_id)) if entries else ()
    return CourseConflicts(entries, results)


def resolve(
    store: GradeStore,
    resolutions: dict[int, Resolution],
    current: dict[str, ServerGrade],
    line_item: LineItem,
    profile: str | None,
    _: TaskContext,
) -> AppliedResolutions:
    return submitting.apply_resolutions(
        store, resolutions, current, line_item=line_item, profile=profile
    )
