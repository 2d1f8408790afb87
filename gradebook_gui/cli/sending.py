"""`gradebook submit`, `sync`, `outbox` and `forget`: the window's submission path from a terminal.

`submit` writes its plan to the durable outbox before anything is sent, so an interrupted run
(network gone, process killed) is finished by `gradebook sync` with the same engine.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from gradebook_gui import last_view
from gradebook_gui.api import LtiaasClient
from gradebook_gui.cli.errors import CommandFailed, ExitCode
from gradebook_gui.cli.output import Progress, format_table
from gradebook_gui.connection import Connection
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.engine import ConflictPolicy, EngineOptions, ProgressEvent, SubmissionReport
from gradebook_gui.exchange.export import format_number
from gradebook_gui.exchange.importer import (
    ColumnMapping,
    ImportPlan,
    MatchBy,
    RowVerdict,
    guess_mapping,
    plan_import,
    read_table,
)
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.models import LineItem
from gradebook_gui.services import submitting
from gradebook_gui.store import GradeStore

INCLUDE_INACTIVE_FLAG = "--include-inactive"
VERBOSE_FLAG = "--verbose"


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def mapping_from_flags(
    headers: Sequence[str],
    *,
    id_column: str | None,
    score_column: str | None,
    comment_column: str | None,
    match: str,
) -> ColumnMapping:
    """The file's own header names, overridden by flags; never a mapping the window remembered."""
    for flag, column in (
        ("--id-column", id_column),
        ("--score-column", score_column),
        ("--comment-column", comment_column),
    ):
        if column is not None and column not in headers:
            raise CommandFailed(f"{flag} {column!r}: the file has no such column", ExitCode.USAGE)
    mapping = guess_mapping(headers, match=MatchBy(match), id_column=id_column)
    if score_column is not None:
        mapping = replace(mapping, score_column=score_column)
    if comment_column is not None:
        mapping = replace(mapping, comment_column=comment_column)
    if mapping.score_column is None:
        raise CommandFailed(
            "the file has no score column: name one 'score' or use --score-column",
            ExitCode.USAGE,
        )
    return mapping


def print_plan(plan: ImportPlan, *, listed: bool, verbose: bool) -> None:
    """Errors always (stderr, with line numbers). When `listed` (a dry run), the changes and
    the rows with a warning line by line, and the rows left as they are (unchanged, blank) as
    one count, so that a few changes stand out among many rows; `verbose` lists those too."""
    quiet = 0
    for row in plan.rows:
        who = row.student_name or row.user_id or "?"
        line = f"line {row.line_number}: {row.verdict.value}: {who}: {row.reason}"
        if row.warning:
            line += f" (warning: {row.warning})"
        if row.verdict is RowVerdict.ERROR:
            _err(line)
        elif verbose or (listed and (row.verdict is RowVerdict.WILL_CHANGE or row.warning)):
            print(line)
        elif listed:
            quiet += 1
    if quiet:
        print(
            f"{submitting.plural(quiet, 'row', 'rows')} unchanged or blank, not listed "
            f"({VERBOSE_FLAG} lists them)"
        )
    print(f"Plan: {plan.summary()}")


def confirm(question: str, assume_yes: bool) -> None:
    """Ask on a terminal; without one, --yes is required (a script must say what it wants)."""
    if assume_yes:
        return
    if not sys.stdin.isatty():
        raise CommandFailed(
            "not sent: confirmation needed; run on a terminal or pass --yes", ExitCode.USAGE
        )
    answer = input(f"{question} [y/N] ").strip().lower()
    if answer not in ("y", "yes"):
        raise CommandFailed("not sent: cancelled, nothing was queued", ExitCode.USAGE)


def submit(
    connection: Connection,
    client: LtiaasClient,
    line_item_id: str,
    file: Path,
    *,
    mapping_flags: dict[str, str | None],
    match: str,
    dry_run: bool,
    verbose: bool,
    assume_yes: bool,
    skip_invalid: bool,
    include_inactive: bool,
    options: EngineOptions,
) -> int:
    table = read_table(file)
    mapping = mapping_from_flags(table.headers, match=match, **mapping_flags)
    line_item = client.get_line_item(line_item_id)
    with Progress() as progress:
        results, members = client.fetch_results_and_roster(
            line_item.id,
            on_results_page=progress.results_page,
            on_members_page=progress.members_page,
        )
    grades = join_roster(members, results)
    plan = plan_import(table, mapping, line_item, grades)
    print_plan(plan, listed=dry_run, verbose=verbose)
    if plan.has_errors and not skip_invalid:
        errors = submitting.plural(plan.counts[RowVerdict.ERROR], "row has", "rows have")
        raise CommandFailed(
            f"not sent: {errors} errors (listed above); fix "
            "the file, or pass --skip-invalid to send the other rows",
            ExitCode.USAGE,
        )
    changes = plan.changes
    held_back = [] if include_inactive else _not_active(changes, grades)
    if held_back:
        held = {user_id for user_id, _ in held_back}
        changes = [change for change in changes if change[0].user_id not in held]
    partly = plan.has_errors or bool(held_back)
    if dry_run or not changes:
        if not changes:
            print("Nothing to send.")
        return ExitCode.PARTIAL if partly and not dry_run else ExitCode.OK
    confirm(f"Send {len(changes)} grades to “{line_item.label}”?", assume_yes)

    with GradeStore.open() as store:
        try:
            report = submitting.send_changes(
                store,
                client,
                connection.key,
                line_item,
                grades,
                changes,
                f"Import of {file.name}",
                profile=connection.profile,
                options=options,
                on_progress=progress_printer(),
            )
        except submitting.DraftsInTheWay as error:
            raise CommandFailed(f"not sent: {error}", ExitCode.USAGE) from error
        finally:
            end_progress_line()
    code = print_report(report)
    if partly and code == ExitCode.OK:
        return ExitCode.PARTIAL  # the skipped rows were listed above
    return code


def _not_active(
    changes: Sequence[tuple[GradeEdit, ServerGrade]], grades: Sequence[StudentGrade]
) -> list[tuple[str, str]]:
    """Changes for learners the LMS would refuse, listed on stderr: they are not sent."""
    members = {grade.user_id: grade.member for grade in grades}
    held_back = []
    for edit, _ in changes:
        reason = submitting.not_active_reason(members.get(edit.user_id))
        if reason is not None:
            held_back.append((edit.user_id, reason))
            _err(f"held back: {edit.user_id}: {reason}; {INCLUDE_INACTIVE_FLAG} sends it anyway")
    return held_back


def sync(connection: Connection, client: LtiaasClient, options: EngineOptions) -> int:
    """Send what is queued for this connection, line item by line item, and settle what was in
    flight when an earlier run stopped."""
    with GradeStore.open() as store:
        waiting = submitting.waiting_per_line_item(store, connection.key)
        if not waiting:
            print("Nothing is queued for this connection.")
            return ExitCode.OK
        worst = ExitCode.OK
        for each in waiting:
            line_item = submitting.line_item_to_send(
                store, client, connection.key, each.line_item_id
            )
            print(f"{line_item.label}:")
            code = print_report(_run(connection, client, store, line_item, options))
            worst = max(worst, ExitCode(code))
            if code == ExitCode.STOPPED:
                break  # authentication or the network: the rest stays queued
        return worst


def _run(
    connection: Connection,
    client: LtiaasClient,
    store: GradeStore,
    line_item: LineItem,
    options: EngineOptions,
) -> SubmissionReport:
    try:
        return submitting.send(
            client,
            store,
            connection.key,
            line_item,
            profile=connection.profile,
            options=options,
            on_progress=progress_printer(),
        )
    finally:
        end_progress_line()


def end_progress_line() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\n")


def progress_printer() -> Callable[[ProgressEvent], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(event: ProgressEvent) -> None:
        if event.waiting_seconds:
            # The LMS asked to slow down: a countdown, so a long pause is not taken for a hang.
            line = f"Waiting {math.ceil(event.waiting_seconds)} s as the LMS asked…"
        else:
            line = submitting.describe_counts(event.counts)
        sys.stderr.write(f"\r{line:<60}")
        sys.stderr.flush()

    return show


def print_report(report: SubmissionReport) -> int:
    print(submitting.describe_report(report))
    for entry in (*report.failed, *report.conflicts):
        _err(f"{entry.state.value}: {entry.user_id}: {entry.reason or ''}")
    for entry in report.still_queued:
        if entry.reason:  # e.g. read back as not applied after the LMS kept failing
            _err(f"still queued: {entry.user_id}: {entry.reason}")
    if report.still_queued and report.stopped:
        _err("The rest is kept queued: run 'gradebook sync' to finish.")
    return report.exit_code


# The totals line of `outbox list` names the states in this order: furthest along first.
_TOTALS_ORDER = (
    CellState.SENT,
    CellState.SENDING,
    CellState.QUEUED,
    CellState.CONFLICT,
    CellState.FAILED,
)


def outbox_list(connection: Connection) -> int:
    with GradeStore.open() as store:
        entries = store.outbox(connection.key, states=submitting.UNSENT_STATES)
        labels = {info.line_item_id: info.label for info in store.snapshot_list(connection.key)}
        names = _learner_names(store, connection.key, {entry.line_item_id for entry in entries})
    if not entries:
        print("The outbox is empty.")
        return ExitCode.OK
    # The name is the last column: scripts that read the first five by position keep working.
    rows = [
        [
            labels.get(entry.line_item_id, entry.line_item_id),
            entry.user_id,
            entry.state.value,
            format_number(entry.edit.score) if entry.edit.score is not None else "(clear)",
            entry.reason or "",
            names.get((entry.line_item_id, entry.user_id), ""),
        ]
        for entry in entries
    ]
    print(format_table(["line item", "userId", "state", "score", "reason", "name"], rows))
    states = Counter(entry.state for entry in entries)
    totals = ", ".join(f"{states[state]} {state.value}" for state in _TOTALS_ORDER if states[state])
    print(f"{submitting.plural(len(entries), 'grade', 'grades')}: {totals}")
    return ExitCode.OK


def _learner_names(
    store: GradeStore, key: str, line_item_ids: set[str]
) -> dict[tuple[str, str], str]:
    """Each learner's name as the last download of their line item has it, read from disk only:
    the outbox is listed without a network."""
    names: dict[tuple[str, str], str] = {}
    for line_item_id in line_item_ids:
        snapshot = store.load_snapshot(key, line_item_id)
        if snapshot is None:
            continue
        for grade in snapshot.grades:
            if grade.name:
                names[(line_item_id, grade.user_id)] = grade.name
    return names


def outbox_discard(
    connection: Connection, line_item_id: str | None, user_id: str | None, assume_yes: bool
) -> int:
    with GradeStore.open() as store:
        entries = [
            entry
            for entry in store.outbox(connection.key, line_item_id, states=submitting.UNSENT_STATES)
            if user_id is None or entry.user_id == user_id
        ]
        if not entries:
            print("Nothing to discard.")
            return ExitCode.OK
        confirm(f"Discard {len(entries)} queued grades? They will not be sent.", assume_yes)
        store.discard([entry.id for entry in entries])
    print(f"Discarded {len(entries)} entries.")
    return ExitCode.OK


def forget(connection: Connection, line_item_id: str | None, assume_yes: bool) -> int:
    what = "this line item" if line_item_id else "this connection"
    with GradeStore.open() as store:
        waiting = store.outbox(connection.key, line_item_id, states=submitting.UNSENT_STATES)
        warning = f" {len(waiting)} grades not yet sent will be lost." if waiting else ""
        confirm(
            f"Remove every grade, draft and history entry kept for {what}?{warning}", assume_yes
        )
        store.forget(connection.key, line_item_id)
    if line_item_id is None and connection.profile is not None:
        # The rows the window kept to show at its next start are this connection's data too.
        last_view.forget_of(connection.profile)
    print(f"Removed the local data of {what}.")
    return ExitCode.OK


def engine_options(concurrency: int, on_conflict: str) -> EngineOptions:
    try:
        return EngineOptions(concurrency=concurrency, on_conflict=ConflictPolicy(on_conflict))
    except ValueError as error:
        raise CommandFailed(str(error), ExitCode.USAGE) from error
