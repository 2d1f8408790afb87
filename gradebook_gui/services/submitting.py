"""Submitting grades: what is waiting, queueing the reviewed drafts, sending, resolving conflicts.

The outbox is the durable plan: drafts are queued before anything is sent, so an interrupted run
(network gone, app closed, process killed) is finished later by the same engine without sending
anything twice.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from gradebook_gui.api import LtiaasClient
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.engine import (
    EngineOptions,
    ProgressEvent,
    StopReason,
    SubmissionEngine,
    SubmissionReport,
)
from gradebook_gui.engine.journal import theirs_kept
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, Member
from gradebook_gui.store import Draft, EntryNotFound, GradeStore, OutboxEntry
from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Wording, listed

# What a "send now" finishes: queued grades, and ones whose sending was interrupted (settled by
# reading the LMS back first). Failed and conflicting grades wait for the user's decision.
RESUMABLE_STATES = (CellState.QUEUED, CellState.SENDING, CellState.SENT)
# Every outbox entry not yet shown by the LMS: removing one means it is never sent.
UNSENT_STATES = (*RESUMABLE_STATES, CellState.FAILED, CellState.CONFLICT)


def plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


# -- what is waiting ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ToSubmit:
    """A line item's drafts (what the review lists) and its grades queued by an earlier run."""

    drafts: dict[str, Draft]
    queued: int


def read_to_submit(store: GradeStore, key: str, line_item_id: str) -> ToSubmit:
    return ToSubmit(
        store.drafts(key, line_item_id),
        len(store.outbox(key, line_item_id, states=RESUMABLE_STATES)),
    )


@dataclass(frozen=True)
class Waiting:
    """Grades an earlier session or run left queued for one line item."""

    line_item_id: str
    label: str
    count: int


def waiting_per_line_item(store: GradeStore, key: str) -> list[Waiting]:
    """Each line item with grades left to send, in the order they were queued."""
    counts = Counter(entry.line_item_id for entry in store.outbox(key, states=RESUMABLE_STATES))
    labels = {info.line_item_id: info.label for info in store.snapshot_list(key)}
    return [
        Waiting(line_item_id, labels.get(line_item_id, line_item_id), count)
        for line_item_id, count in counts.items()
    ]


def line_item_to_send(
    store: GradeStore, client: LtiaasClient, key: str, line_item_id: str
) -> LineItem:
    """The line item as kept with its download (works offline), else as the LMS lists it."""
    snapshot = store.load_snapshot(key, line_item_id)
    return snapshot.line_item if snapshot else client.get_line_item(line_item_id)


def unsent_count(
    store: GradeStore, key: str, shown_line_item_id: str | None, shown_unsent: int
) -> int:
    """Learners whose grade is not in the LMS yet, over every line item of the connection.

    `shown_unsent` counts those of the line item on screen as the window sees them (saves
    still in progress included); the others are read from the store: drafts and outbox
    entries not yet verified.
    """
    unsent: set[tuple[str, str]] = {
        (entry.line_item_id, entry.user_id)
        for entry in store.outbox(key, states=UNSENT_STATES)
        if entry.line_item_id != shown_line_item_id
    }
    for info in store.snapshot_list(key):
        if info.line_item_id != shown_line_item_id:
            unsent.update(
                (info.line_item_id, user) for user in store.drafts(key, info.line_item_id)
            )
    return len(unsent) + shown_unsent


def count_conflicts(store: GradeStore, key: str, line_item_id: str) -> int:
    return len(store.outbox(key, line_item_id, states=[CellState.CONFLICT]))


# -- queueing and sending ----------------------------------------------------------------------


def queue_drafts(
    store: GradeStore, key: str, line_item_id: str, user_ids: list[str], label: str
) -> list[OutboxEntry]:
    """The reviewed drafts of `user_ids` become outbox entries, in one durable step.

    Only while no other program is sending for this connection (else SenderBusy, and nothing
    is queued): what one sender queued is never sent by another over its own."""
    with store.sender_lock(key):
        return store.queue_drafts(key, line_item_id, user_ids, batch_label=label)


def send(
    client: LtiaasClient,
    store: GradeStore,
    key: str,
    line_item: LineItem,
    *,
    profile: str | None,
    options: EngineOptions | None = None,
    on_progress: Callable[[ProgressEvent], None] | None = None,
    cancel: threading.Event | None = None,
    lock_held: bool = False,
) -> SubmissionReport:
    """Send what is queued for `line_item`, settle what an interrupted run left, verify it all.

    `lock_held`: the caller holds the store's sender lock for `key` (see `sending_rights`)."""
    engine = SubmissionEngine(
        client, store, key, line_item, profile=profile, options=options, on_progress=on_progress
    )
    return engine.run(cancel, lock_held=lock_held)


_ACTIVE = "active"


def not_active_reason(member: Member | None) -> str | None:
    """Why the LMS would refuse this learner's grade, or None for an active student
    (`not_active_wording` in English)."""
    wording = not_active_wording(member)
    return None if wording is None else str(wording)


def not_active_wording(member: Member | None) -> Wording | None:
    """Why the LMS would refuse this learner's grade, for the window; None for an active student.

    LMSes refuse grades for people who are not active students of the course (Canvas answers
    422 "not a student"); a roster entry without a status is active (the roster's default)."""
    if member is None:
        return _wording(
            QT_TRANSLATE_NOOP(
                "submitting", "not on the course roster (the student may have left the course)"
            )
        )
    status = (member.status or "").strip()
    if status and status.casefold() != _ACTIVE:
        return _wording(
            QT_TRANSLATE_NOOP("submitting", "not an active student (roster status {status})"),
            status=status,
        )
    return None


class DraftsInTheWay(Exception):
    """Some learners of a file have unsent edits made in the window for the same line item.

    `wording` is the message for the window; `str()` the same in English."""

    def __init__(self, count: int) -> None:
        self.wording = _counted(
            count,
            QT_TRANSLATE_N_NOOP(
                "submitting",
                "{count} of these students have unsent edits in the window for this line "
                "item; submit or discard those first",
            ),
        )
        super().__init__(str(self.wording))
        self.count = count


def send_changes(
    store: GradeStore,
    client: LtiaasClient,
    key: str,
    line_item: LineItem,
    grades: Sequence[StudentGrade],
    changes: Sequence[tuple[GradeEdit, ServerGrade]],
    label: str,
    *,
    profile: str | None,
    options: EngineOptions | None = None,
    on_progress: Callable[[ProgressEvent], None] | None = None,
) -> SubmissionReport:
    """Keep, queue and send the changes of a file (a spreadsheet filled in outside the app).

    The sender lock is taken before anything is written and held until the last grade is
    verified: when another program is sending for this connection, SenderBusy is raised and
    nothing changes on disk, so its run never sends these grades over its own.
    """
    with store.sender_lock(key):
        user_ids = [edit.user_id for edit, _ in changes]
        drafted = set(store.drafts(key, line_item.id)) & set(user_ids)
        if drafted:
            raise DraftsInTheWay(len(drafted))
        store.save_snapshot(key, line_item, list(grades), datetime.now(UTC))
        store.apply_edits(key, line_item.id, changes, label)
        store.queue_drafts(key, line_item.id, user_ids, batch_label=label)
        return send(
            client,
            store,
            key,
            line_item,
            profile=profile,
            options=options,
            on_progress=on_progress,
            lock_held=True,
        )


# -- what a run did, in words ------------------------------------------------------------------


def describe_counts(counts: Mapping[CellState, int]) -> str:
    """ "7 of 10 verified, 1 failed, 1 conflict": a run in progress (`counts_wording`)."""
    return str(counts_wording(counts))


def counts_wording(counts: Mapping[CellState, int]) -> Wording:
    """A run in progress, for the window: "7 of 10 verified, 1 failed, 1 conflict"."""
    parts = [_verified(counts.get(CellState.VERIFIED, 0), sum(counts.values()))]
    if failed := counts.get(CellState.FAILED, 0):
        parts.append(_failed(failed))
    if conflicts := counts.get(CellState.CONFLICT, 0):
        parts.append(_conflicts(conflicts))
    return listed(parts)


def describe_report(report: SubmissionReport) -> str:
    """Where a finished run left every grade, in one line, with why it stopped early
    (`report_wording` in English)."""
    return str(report_wording(report))


def report_wording(report: SubmissionReport) -> Wording:
    """Where a finished run left every grade, for the window, with why it stopped early."""
    verified, total = len(report.verified), _entries_sent(report)
    if total == 0 and not report.theirs_kept:
        return _wording(QT_TRANSLATE_NOOP("submitting", "Nothing was waiting to be sent."))
    if total and verified == total and not report.theirs_kept:
        return _counted(
            total,
            QT_TRANSLATE_NOOP("submitting", "All {count} grade sent and verified."),
            QT_TRANSLATE_N_NOOP("submitting", "All {count} grades sent and verified."),
        )
    parts = [_verified(verified, total)]
    if report.failed:
        parts.append(_failed(len(report.failed)))
    if report.conflicts:
        parts.append(_conflicts(len(report.conflicts)))
    if report.still_queued:
        parts.append(
            _counted(
                len(report.still_queued), QT_TRANSLATE_N_NOOP("submitting", "{count} still queued")
            )
        )
    if report.theirs_kept:
        parts.append(_theirs_kept(len(report.theirs_kept)))
    if report.stopped is StopReason.CANCELLED:
        return _wording(
            QT_TRANSLATE_NOOP("submitting", "{parts}. Cancelled: submit again to send the rest."),
            parts=listed(parts),
        )
    cause = stop_cause(report)
    if cause is not None:
        return _wording(
            QT_TRANSLATE_NOOP("submitting", "{parts}. {stopped}"),
            parts=listed(parts),
            stopped=cause,
        )
    return _wording(QT_TRANSLATE_NOOP("submitting", "{parts}."), parts=listed(parts))


def stop_cause(report: SubmissionReport) -> Wording | str | None:
    """Why a run stopped before it was done, in the sending engine's own words; None when it
    ended by itself or was cancelled."""
    if report.stopped is StopReason.CANCELLED or not report.stop_message:
        return None
    return report.stop_wording or report.stop_message


def outcome_wording(report: SubmissionReport) -> Wording:
    """Where a finished run left the grades, short enough for the window's status bar: a run
    that stopped early leads with the grades kept queued; why it stopped (`stop_cause`) is
    left for the details."""
    if stop_cause(report) is None:
        return report_wording(report)
    verified, total = len(report.verified), _entries_sent(report)
    settled = []
    if report.failed:
        settled.append(_failed(len(report.failed)))
    if report.conflicts:
        settled.append(_conflicts(len(report.conflicts)))
    if report.theirs_kept:
        settled.append(_theirs_kept(len(report.theirs_kept)))
    if not report.still_queued:
        return _wording(
            QT_TRANSLATE_NOOP("submitting", "{parts} (sending stopped)."),
            parts=listed([_verified(verified, total), *settled]),
        )
    queued = _counted(
        len(report.still_queued),
        QT_TRANSLATE_NOOP("submitting", "{count} grade stays queued on this computer"),
        QT_TRANSLATE_N_NOOP("submitting", "{count} grades stay queued on this computer"),
    )
    if not verified and not settled:
        return _wording(
            QT_TRANSLATE_NOOP("submitting", "{queued} (sending stopped)."), queued=queued
        )
    return _wording(
        QT_TRANSLATE_NOOP("submitting", "{queued} (sending stopped; {parts})."),
        queued=queued,
        parts=listed([_verified(verified, total), *settled]),
    )


def _entries_sent(report: SubmissionReport) -> int:
    """The run's entries, whatever became of them (edits kept as the LMS changed them aside)."""
    return (
        len(report.verified) + len(report.failed) + len(report.conflicts) + len(report.still_queued)
    )


def _wording(template: str, **values: object) -> Wording:
    return Wording("submitting", template, values)


def _counted(count: int, template: str, plural: str | None = None, **values: object) -> Wording:
    return Wording("submitting", template, values, plural, count)


def _verified(verified: int, total: int) -> Wording:
    return _counted(
        total,
        QT_TRANSLATE_N_NOOP("submitting", "{verified} of {count} verified"),
        verified=verified,
    )


def _failed(count: int) -> Wording:
    return _counted(count, QT_TRANSLATE_N_NOOP("submitting", "{count} failed"))


def _theirs_kept(count: int) -> Wording:
    return _counted(count, QT_TRANSLATE_N_NOOP("submitting", "{count} left as changed in the LMS"))


def _conflicts(count: int) -> Wording:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("submitting", "{count} conflict"),
        QT_TRANSLATE_N_NOOP("submitting", "{count} conflicts"),
    )


# -- conflicts ---------------------------------------------------------------------------------


class Resolution(StrEnum):
    KEEP_MINE = "mine"  # send my edit, replacing what the LMS has now
    TAKE_THEIRS = "theirs"  # drop my edit; the LMS's grade stays


def fetch_current_grades(client: LtiaasClient, line_item_id: str) -> dict[str, ServerGrade]:
    """What the LMS holds now for every learner."""
    return {
        result.userId: ServerGrade.from_result(result) for result in client.results(line_item_id)
    }


@dataclass(frozen=True)
class Conflicts:
    """The entries in conflict, and what the LMS holds now for their learners."""

    entries: list[OutboxEntry]
    current: dict[str, ServerGrade]


def read_conflicts(
    store: GradeStore, client: LtiaasClient, key: str, line_item_id: str
) -> Conflicts:
    entries = store.outbox(key, line_item_id, states=[CellState.CONFLICT])
    current = fetch_current_grades(client, line_item_id) if entries else {}
    return Conflicts(entries, current)


@dataclass(frozen=True)
class AppliedResolutions:
    """What `apply_resolutions` did; entries no longer in conflict were left alone."""

    requeued: tuple[OutboxEntry, ...] = ()
    discarded: tuple[OutboxEntry, ...] = ()


def apply_resolutions(
    store: GradeStore,
    resolutions: Mapping[int, Resolution],
    current: Mapping[str, ServerGrade],
    *,
    line_item: LineItem,
    profile: str | None = None,
) -> AppliedResolutions:
    """Record the user's decisions about grades changed in the LMS after they were edited.

    Keep mine: the LMS's current value becomes the edit's base and the entry is queued again
    (the next submission sends it, still checking that the LMS did not change once more).
    Take theirs: the edit is dropped, and the decision is journaled. Only entries still in
    conflict are touched: one replaced or resolved meanwhile is left as it is.
    """
    in_conflict = {
        entry.id: entry
        for entry in store.outbox(line_item_id=line_item.id, states=[CellState.CONFLICT])
        if entry.id in resolutions
    }
    requeued: list[OutboxEntry] = []
    discarded: list[OutboxEntry] = []
    for entry_id, resolution in resolutions.items():
        entry = in_conflict.get(entry_id)
        if entry is None:
            continue
        now = current.get(entry.user_id, ServerGrade())
        if resolution is Resolution.KEEP_MINE:
            try:
                requeued.append(store.rebase_entry(entry_id, now))
            except EntryNotFound:
                continue
        else:
            _journal_theirs(store, entry, now, line_item, profile)
            discarded.append(entry)
    return AppliedResolutions(tuple(requeued), tuple(discarded))


def _journal_theirs(
    store: GradeStore,
    entry: OutboxEntry,
    now: ServerGrade,
    line_item: LineItem,
    profile: str | None,
) -> None:
    """Drop the edit and journal it in one step, worded as the engine's "theirs" policy."""
    kept = theirs_kept(entry, now, line_item, at=datetime.now(UTC), profile=profile)
    store.discard([entry.id], journal=[kept])
