"""The submission engine: sends a line item's outbox to the LMS and proves what arrived.

Plain Python, no Qt: the window runs it in a worker thread and the command line calls it
directly. One run, under the store's sender lock:
1. Read the LMS's current grades once and settle each entry against them: already shown
   (verified, nothing sent), changed in the LMS since its base (a conflict, by the policy), or to
   send. Entries left SENDING or SENT by an interrupted run are settled the same way, never by a
   blind resend.
2. Send with bounded concurrency, one request per student at a time, paced for the whole queue;
   each failure is handled by grade-safety rules 9 and 10.
3. Read the grades again and verify every accepted score (rule 8).
Every outcome is journaled (rule 13).

Reads and writes of a run share one `Pacing`: the client's reads wait for it too. No single wait
lasts longer than `EngineOptions.max_wait`: when the LMS asks for more, the run stops with the
rest kept queued. Long pauses are counted down through the progress events.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import nullcontext
from datetime import datetime
from types import MappingProxyType

from pydantic import ValidationError

from gradebook_gui.api import (
    ApiError,
    AuthError,
    ConfigError,
    LmsRefusedError,
    LtiaasClient,
    NetworkError,
    NotFoundError,
    Pacing,
    RateLimitedError,
    StoppedError,
    TimestampRefusedError,
    WaitTooLongError,
    describe_duration,
)
from gradebook_gui.api.errors import wait_too_long_text
from gradebook_gui.edits import CellState, FailureKind, ServerGrade, grade_after
from gradebook_gui.engine.journal import NOT_SENT, journal_entry, theirs_kept
from gradebook_gui.engine.options import (
    ConflictPolicy,
    EngineOptions,
    ProgressEvent,
    StopReason,
    SubmissionReport,
)
from gradebook_gui.engine.plan import SendPlan, Verdict, conflict_reason, verdict_for
from gradebook_gui.models import LineItem
from gradebook_gui.store import (
    EntryNotFound,
    FinalOutcome,
    GradeStore,
    JournalEntry,
    OutboxEntry,
    StaleEntry,
)

# Entries a run takes: queued, and those an interrupted run left with an unknown outcome.
PENDING_STATES = frozenset({CellState.QUEUED, CellState.SENDING, CellState.SENT})

ProgressCallback = Callable[[ProgressEvent], None]


class SubmissionEngine:
    """Sends one line item's outbox entries for one connection (`key`)."""

    def __init__(
        self,
        client: LtiaasClient,
        store: GradeStore,
        key: str,
        line_item: LineItem,
        *,
        profile: str | None = None,
        options: EngineOptions | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> None:
        self._client = client
        self._store = store
        self._key = key
        self._line_item = line_item
        self._profile = profile
        self._options = options or EngineOptions()
        self._on_progress = on_progress

    def run(
        self, cancel: threading.Event | None = None, *, lock_held: bool = False
    ) -> SubmissionReport:
        """Send what is queued; safe to call again (after new credentials, after a cancel).

        `on_progress` is called from worker threads. Raises the store's SenderBusy when another
        program is sending for this connection. `lock_held`: the caller already holds the
        store's sender lock for this connection (it queued the grades under it).
        """
        with nullcontext() if lock_held else self._store.sender_lock(self._key):
            run = _Run(
                self._client,
                self._store,
                self._key,
                self._line_item,
                self._profile,
                self._options,
                self._on_progress,
                cancel or threading.Event(),
            )
            return run.execute()


class _Run:
    """The state of one `run()`: shared by its worker threads, guarded where it changes."""

    def __init__(
        self,
        client: LtiaasClient,
        store: GradeStore,
        key: str,
        line_item: LineItem,
        profile: str | None,
        options: EngineOptions,
        on_progress: ProgressCallback | None,
        cancel: threading.Event,
    ) -> None:
        self._client = client
        self._store = store
        self._key = key
        self._line_item = line_item
        self._profile = profile
        self._options = options
        self._on_progress = on_progress
        self._cancel = cancel
        # One pacing for the run's sends and for its reads through the client.
        self._pacing = Pacing(
            max_wait=options.max_wait,
            backoff_base=options.backoff_base,
            backoff_cap=options.backoff_cap,
            clock=options.clock,
            sleep=options.sleep,
            rng=options.rng,
            on_wait=self._show_wait,
        )
        self._lock = threading.Lock()
        # Set when the run must stop for everyone (credentials, network, an unexpected error).
        self._halt = threading.Event()
        self._stopped: StopReason | None = None
        self._stop_message: str | None = None
        self._asked_wait: float | None = None  # the wait the LMS asked for, when too long
        self._scores_accepted = 0  # scores the LMS answered with success in this run
        self._entries: dict[int, OutboxEntry] = {}  # the latest known version of each entry
        self._plans: dict[int, SendPlan] = {}
        self._theirs_kept: list[OutboxEntry] = []

    # -- the run -------------------------------------------------------------------------------

    def execute(self) -> SubmissionReport:
        entries = self._store.outbox(self._key, self._line_item.id, PENDING_STATES)
        if not entries:
            return SubmissionReport()
        self._entries = {entry.id: entry for entry in entries}
        if self._cancel.is_set():
            self._stop(StopReason.CANCELLED, "Cancelled before anything was sent.")
            return self._report()
        self._emit(None, None, "Reading the current grades from the LMS")
        server = self._read()
        if server is None:
            return self._report()
        settled = [
            self._settle_before_sending(entry, server.get(entry.user_id, ServerGrade()))
            for entry in entries
        ]
        to_send = [entry for entry in settled if entry is not None]
        self._send_all(to_send)
        self._verify_sent()
        report = self._report()
        self._emit(None, None, report.stop_message or "Done")
        return report

    def _settle_before_sending(
        self, entry: OutboxEntry, server_now: ServerGrade
    ) -> OutboxEntry | None:
        """Rule 7 and the settling of interrupted sends; the entry to send, if any."""
        edit = entry.edit
        wanted_comment = edit.wanted_comment(server_now)
        if edit.is_shown_by(server_now):
            verdict = Verdict(CellState.VERIFIED, reason="The LMS already shows this grade.")
            self._finish(entry, verdict, comment=wanted_comment)
            return None
        if not server_now.same_as(entry.base):
            if entry.state is not CellState.QUEUED and self._capped_earlier(entry, server_now):
                return None
            policy = self._options.on_conflict
            reason = conflict_reason(entry.base, server_now, edit)
            if policy is ConflictPolicy.SKIP:
                self._finish(entry, Verdict(CellState.CONFLICT, reason=reason))
                return None
            if policy is ConflictPolicy.THEIRS:
                self._keep_theirs(entry, server_now)
                return None
            try:
                entry = self._store.rebase_entry(entry.id, server_now)
            except EntryNotFound:
                self._forget(entry)
                return None
            self._remember(entry)
        try:
            plan = SendPlan.build(edit, server_now, self._client.platform, self._options.now())
        except ValidationError as error:
            reason = f"This grade cannot be sent: {error.errors()[0]['msg']}"
            verdict = Verdict(CellState.FAILED, FailureKind.ERROR, reason)
            self._finish(entry, verdict, comment=wanted_comment)
            return None
        self._plans[entry.id] = plan
        return entry

    def _capped_earlier(self, entry: OutboxEntry, server_now: ServerGrade) -> bool:
        """An interrupted send that applied, capped at the maximum, is reported as such."""
        wanted_comment = entry.edit.wanted_comment(entry.base)
        verdict = verdict_for(entry.edit, wanted_comment, server_now)
        if verdict.failure_kind is not FailureKind.CAPPED:
            return False
        self._finish(entry, verdict, comment=wanted_comment)
        return True

    def _keep_theirs(self, entry: OutboxEntry, server_now: ServerGrade) -> None:
        kept = theirs_kept(
            entry, server_now, self._line_item, at=self._options.now(), profile=self._profile
        )
        self._store.discard([entry.id], journal=[kept])
        with self._lock:
            self._entries.pop(entry.id, None)
            self._theirs_kept.append(entry)
        self._emit(entry.user_id, None, f"Kept the LMS's grade for {entry.user_id}")

    def _send_all(self, entries: list[OutboxEntry]) -> None:
        """One task per student, so a student never has two requests in flight; the pool size
        bounds the requests in flight for the whole run."""
        by_student: dict[str, list[OutboxEntry]] = defaultdict(list)
        for entry in entries:
            by_student[entry.user_id].append(entry)
        if not by_student:
            return
        with ThreadPoolExecutor(
            max_workers=self._options.concurrency, thread_name_prefix="grade-sender"
        ) as pool:
            futures: list[Future[None]] = [
                pool.submit(self._send_student, student_entries)
                for student_entries in by_student.values()
            ]
            failures = [future.exception() for future in futures]
        unexpected = next((failure for failure in failures if failure is not None), None)
        if unexpected is not None:
            raise unexpected

    def _send_student(self, entries: list[OutboxEntry]) -> None:
        try:
            for entry in entries:
                self._send(entry)
        except BaseException:
            # A bug or a store failure: the other workers stop sending; run() raises it.
            self._halt.set()
            raise

    def _verify_sent(self) -> None:
        """Rule 8: one listing after the sends settles every accepted score."""
        with self._lock:
            sent = [entry for entry in self._entries.values() if entry.state is CellState.SENT]
        if not sent or self._halt.is_set():
            return
        self._emit(None, None, "Checking what the LMS shows")
        server = self._read()
        if server is None:
            return
        verdicts = [
            (entry, self._plans[entry.id].verdict(server.get(entry.user_id, ServerGrade())))
            for entry in sent
        ]
        # One commit for the whole read-back: a commit waits for the disk, and this runs once
        # every score has been answered.
        results = self._store.finish_entries(
            [
                FinalOutcome(
                    entry.id,
                    entry.revision,
                    verdict.state,
                    verdict.failure_kind,
                    verdict.reason,
                    self._final_journal_entry(entry, verdict, None, None),
                )
                for entry, verdict in verdicts
            ]
        )
        for (entry, verdict), result in zip(verdicts, results, strict=True):
            if isinstance(result, OutboxEntry):
                self._announce(result, verdict.state, verdict)
            elif isinstance(result, StaleEntry):
                self._superseded(entry, applied=True)
            else:
                self._forget(entry)

    # -- one student's score ---------------------------------------------------------------------

    def _send(self, entry: OutboxEntry) -> None:
        plan = self._plans[entry.id]
        unreachable = 0  # sends that surely never reached the server
        unknown = 0  # sends whose outcome was unknown and the read-back showed not applied
        accepted_before = self._accepted_so_far()
        timestamp_refused = False
        current: OutboxEntry | None = entry
        while current is not None:
            entry = current
            if self._stopping():
                self._leave_queued(entry)
                return
            ticket = self._pacing.acquire(self._stopping)
            if ticket is None:
                continue
            # Committed before the request leaves: a crash from here on is settled by reading.
            started = self._start_send(entry)
            if started is None:
                return
            current, timestamp = started
            entry = current
            try:
                self._client.post_score(self._line_item.id, plan.stamped(timestamp))
            except RateLimitedError as error:
                self._rate_limited(ticket, error)
            except AuthError as error:
                self._move(entry, CellState.QUEUED, applied=False)
                self._stop_for_credentials(error)
                return
            except ConfigError as error:
                if error.status is None:  # refused before anything was sent
                    self._move(entry, CellState.QUEUED, applied=False)
                self._stop_for_credentials(error)
                return
            except TimestampRefusedError as error:
                self._pacing.accepted()
                if timestamp_refused:
                    self._refused(entry, error)
                    return
                timestamp_refused = True
                # Rule 10: re-read; a newer grade in the LMS is a conflict, else send once more.
                current = self._after_uncertain_send(entry, plan, error, 0, accepted_before)
            except (LmsRefusedError, NotFoundError) as error:
                self._pacing.accepted()
                self._refused(entry, error)
                return
            except NetworkError as error:
                if error.surely_not_sent:
                    unreachable += 1
                    current = self._after_unreachable(entry, error, unreachable, accepted_before)
                else:
                    unknown += 1
                    self._pacing.failed(unknown)
                    current = self._after_uncertain_send(
                        entry, plan, error, unknown, accepted_before
                    )
            except ApiError as error:
                # 500, 502, 504 and anything unexpected: the LMS may have applied it. Everyone
                # backs off, longer with each failure of this score, before it is read back.
                unknown += 1
                self._pacing.failed(unknown)
                current = self._after_uncertain_send(entry, plan, error, unknown, accepted_before)
            else:
                self._pacing.accepted()
                with self._lock:
                    self._scores_accepted += 1
                self._move(entry, CellState.SENT, applied=True)
                return

    @property
    def _max(self) -> int:
        return self._options.max_attempts

    def _accepted_so_far(self) -> int:
        with self._lock:
            return self._scores_accepted

    def _rate_limited(self, ticket: int, error: RateLimitedError) -> None:
        """Rule 9: every worker pauses; a platform that never lets up, or asks for a longer
        wait than allowed, stops the run."""
        try:
            in_a_row = self._pacing.rate_limited(ticket, error)
        except WaitTooLongError as too_long:
            self._stop_for_wait(too_long)
            return
        if in_a_row >= self._max:
            self._stop(
                StopReason.NETWORK,
                f"LTIAAS kept asking to slow down ({in_a_row} times in a row): {error} "
                "The grades not yet sent stay queued.",
            )

    def _after_unreachable(
        self, entry: OutboxEntry, error: NetworkError, attempts: int, accepted_before: int
    ) -> OutboxEntry | None:
        """Nothing was sent: back off for everyone and try again, within limits."""
        in_a_row = self._pacing.failed()
        if in_a_row >= self._max:
            self._move(entry, CellState.QUEUED, applied=False)
            self._stop(
                StopReason.NETWORK,
                f"LTIAAS could not be reached: {error} The grades not yet sent stay queued.",
            )
            return None
        if attempts >= self._max:
            self._keep_queued(entry, error, attempts, accepted_before, sent=False)
            return None
        return entry

    def _keep_queued(
        self,
        entry: OutboxEntry,
        error: ApiError,
        attempts: int,
        accepted_before: int,
        *,
        sent: bool,
    ) -> None:
        """A score that surely did not apply after every attempt stays queued, saying why, for
        a later run. When no other score got through meanwhile, the LMS is failing everything:
        the run stops rather than wearing every student's attempts out."""
        if error.status is not None:
            failures = f"the LMS answered HTTP {error.status} {_times(attempts)}"
        else:
            failures = f"the connection failed {_times(attempts)}"
        verb = "Not applied" if sent else "Not sent"
        reason = f"{verb}: {failures}; still queued, to send again later."
        self._move(
            entry,
            CellState.QUEUED,
            applied=False,
            verdict=Verdict(CellState.QUEUED, reason=reason),
            status=error.status,
        )
        if self._accepted_so_far() == accepted_before:
            self._stop(
                StopReason.NETWORK,
                f"The LMS took none of the grades sent ({failures} for {entry.user_id}): {error} "
                "The grades not yet sent stay queued.",
            )

    def _after_uncertain_send(
        self,
        entry: OutboxEntry,
        plan: SendPlan,
        error: ApiError,
        attempts: int,
        accepted_before: int,
    ) -> OutboxEntry | None:
        """Rule 10: read this student back; the entry to send again, or None when settled."""
        self._emit(entry.user_id, entry.state, f"Checking the grade of {entry.user_id}")
        server = self._read(entry.user_id)
        if server is None:
            # Refused outright (a timestamp) means not applied; otherwise the next run settles it.
            if isinstance(error, TimestampRefusedError):
                self._move(entry, CellState.QUEUED, applied=False)
            return None
        server_now = server.get(entry.user_id, ServerGrade())
        verdict = plan.verdict(server_now)
        if verdict.applied:
            self._move(entry, CellState.SENT, applied=True)
            return None
        if not server_now.same_as(entry.base):
            reason = conflict_reason(entry.base, server_now, entry.edit)
            self._finish(entry, Verdict(CellState.CONFLICT, reason=reason), status=error.status)
            return None
        if attempts >= self._max:
            self._keep_queued(entry, error, attempts, accepted_before, sent=True)
            return None
        return entry

    def _refused(self, entry: OutboxEntry, error: ApiError) -> None:
        """Rule 10: final for this student, in the LMS's words; never sent again."""
        reason = error.lms_reason or str(error)
        verdict = Verdict(CellState.FAILED, FailureKind.REFUSED, reason)
        self._finish(entry, verdict, status=error.status)

    def _leave_queued(self, entry: OutboxEntry) -> None:
        """Stopping before this send: nothing of it reached the LMS (the pre-read showed so)."""
        if self._cancel.is_set():
            self._stop(StopReason.CANCELLED, "Cancelled: the grades not yet sent stay queued.")
        if entry.state is not CellState.QUEUED:
            self._move(entry, CellState.QUEUED, applied=False)

    # -- reading ---------------------------------------------------------------------------------

    def _read(self, user_id: str | None = None) -> dict[str, ServerGrade] | None:
        """The LMS's grades now (everyone's, or one student's) by user id; None when the run
        stops instead (credentials, network, a wait too long, a cancel). The client asks each
        page again after passing trouble, paced with the run's sends."""
        try:
            results = self._client.results(
                self._line_item.id,
                user_id=user_id,
                pacing=self._pacing,
                stopping=self._stopping_reads,
            )
        except StoppedError:
            if self._cancel.is_set():
                self._stop(StopReason.CANCELLED, "Cancelled: the grades not yet sent stay queued.")
            return None
        except WaitTooLongError as error:
            self._stop_for_wait(error)
            return None
        except (AuthError, ConfigError) as error:
            self._stop_for_credentials(error)
            return None
        except ApiError as error:
            self._stop(
                StopReason.NETWORK,
                f"The grades could not be read from the LMS: {error} "
                "The grades not yet verified stay queued.",
            )
            return None
        return {result.userId: ServerGrade.from_result(result) for result in results}

    # -- recording -------------------------------------------------------------------------------

    def _move(
        self,
        entry: OutboxEntry,
        state: CellState,
        *,
        applied: bool | None,
        verdict: Verdict | None = None,
        status: int | None = None,
        journal: JournalEntry | None = None,
    ) -> OutboxEntry | None:
        """Record a new state for the value this run works on; None when that value is gone
        (discarded meanwhile, or replaced by a newer one, which a later run sends).

        `applied` says whether the value reached the LMS (None: unknown), which decides what a
        replacing value is based on. `journal` is written in the same transaction.
        """
        try:
            updated = self._store.update_entry(
                entry.id,
                state,
                failure_kind=verdict.failure_kind if verdict else None,
                reason=verdict.reason if verdict else None,
                http_status=status,
                revision=entry.revision,
                journal=journal,
            )
        except EntryNotFound:
            self._forget(entry)
            return None
        except StaleEntry:
            self._superseded(entry, applied)
            return None
        self._announce(updated, state, verdict)
        return updated

    def _start_send(self, entry: OutboxEntry) -> tuple[OutboxEntry, datetime] | None:
        """SENDING and the score's timestamp in one commit; None when the value is gone."""
        try:
            updated, timestamp = self._store.start_send(
                entry.id, entry.revision, self._options.now()
            )
        except EntryNotFound:
            self._forget(entry)
            return None
        except StaleEntry:
            self._superseded(entry, applied=False)
            return None
        self._announce(updated, CellState.SENDING, None)
        return updated, timestamp

    def _announce(self, updated: OutboxEntry, state: CellState, verdict: Verdict | None) -> None:
        """Keep the entry's new state for the report and tell the caller's progress."""
        self._remember(updated)
        if verdict is not None and verdict.reason:
            message = verdict.reason
        else:
            message = _STATE_MESSAGES[state].format(user=updated.user_id)
        self._emit(updated.user_id, state, message)

    def _superseded(self, entry: OutboxEntry, applied: bool | None) -> None:
        """A newer value was queued for the student while this one was handled.

        The store keeps such an entry SENDING when this value was in flight; once it is known
        whether this value applied, the newer one is queued on the right base.
        """
        entries = self._store.outbox(self._key, self._line_item.id)
        current = next((found for found in entries if found.id == entry.id), None)
        if current is None:
            self._forget(entry)
            return
        if current.state is CellState.SENDING and applied is not None:
            plan = self._plans[entry.id]
            if applied:
                reason = "Sent; a newer grade was queued before it was verified."
                self._journal(entry, "superseded", None, reason, plan.wanted_comment)
                current = self._store.rebase_entry(
                    entry.id, grade_after(plan.edit, plan.server_before)
                )
            else:
                current = self._store.update_entry(entry.id, CellState.QUEUED)
        self._remember(current)
        self._emit(entry.user_id, current.state, f"A newer grade for {entry.user_id} is queued")

    def _finish(
        self,
        entry: OutboxEntry,
        verdict: Verdict,
        *,
        comment: str | None = None,
        status: int | None = None,
        applied: bool | None = False,
    ) -> None:
        """A final state (verified, conflict, failed), journaled. `comment` is the comment the
        student should have, for entries that never got as far as a send plan."""
        journal = self._final_journal_entry(entry, verdict, status, comment)
        self._move(
            entry, verdict.state, applied=applied, verdict=verdict, status=status, journal=journal
        )

    def _final_journal_entry(
        self, entry: OutboxEntry, verdict: Verdict, status: int | None, comment: str | None
    ) -> JournalEntry:
        outcome = verdict.state.value
        if verdict.failure_kind is not None:
            outcome += f":{verdict.failure_kind.value}"
        plan = self._plans.get(entry.id)
        if outcome in NOT_SENT:
            new_comment = entry.edit.comment
        else:
            new_comment = plan.wanted_comment if plan else comment
        return self._journal_entry(entry, outcome, status, verdict.reason, new_comment)

    def _journal(
        self,
        entry: OutboxEntry,
        outcome: str,
        status: int | None,
        reason: str | None,
        new_comment: str | None,
    ) -> None:
        self._store.record(self._journal_entry(entry, outcome, status, reason, new_comment))

    def _journal_entry(
        self,
        entry: OutboxEntry,
        outcome: str,
        status: int | None,
        reason: str | None,
        new_comment: str | None,
    ) -> JournalEntry:
        return journal_entry(
            entry,
            self._line_item,
            outcome,
            at=self._options.now(),
            profile=self._profile,
            new_comment=new_comment,
            status=status,
            reason=reason,
        )

    def _remember(self, entry: OutboxEntry) -> None:
        with self._lock:
            self._entries[entry.id] = entry

    def _forget(self, entry: OutboxEntry) -> None:
        with self._lock:
            self._entries.pop(entry.id, None)

    # -- stopping and reporting ----------------------------------------------------------------

    def _stopping(self) -> bool:
        """No new sends: the run halted or the user cancelled."""
        return self._halt.is_set() or self._cancel.is_set()

    def _stopping_reads(self) -> bool:
        """Reads go on after a cancel, to verify what was sent, but not through a pause: what
        they would have verified the next run settles by reading."""
        return self._halt.is_set() or (self._cancel.is_set() and self._pacing.pausing)

    def _stop(self, reason: StopReason, message: str) -> None:
        with self._lock:
            if self._stopped is None:
                self._stopped, self._stop_message = reason, message
        if reason is not StopReason.CANCELLED:
            self._halt.set()

    def _stop_for_credentials(self, error: ApiError) -> None:
        self._stop(StopReason.AUTH, f"{error} The grades not yet sent stay queued.")

    def _stop_for_wait(self, error: WaitTooLongError) -> None:
        """The message says how many grades were kept, so it is written with the report."""
        with self._lock:
            if self._stopped is None:
                self._asked_wait = error.wait_seconds
        text = wait_too_long_text(error.wait_seconds, self._options.max_wait)
        self._stop(StopReason.WAIT, f"{text[0].upper()}{text[1:]}.")

    def _wait_message(self, kept: int) -> str:
        assert self._asked_wait is not None
        text = wait_too_long_text(self._asked_wait, self._options.max_wait)
        grades = "1 grade is" if kept == 1 else f"{kept} grades are"
        return f"{text[0].upper()}{text[1:]}; {grades} kept queued to send later."

    def _show_wait(self, seconds_left: float) -> None:
        if seconds_left > 0:
            message = f"Waiting {describe_duration(seconds_left)} before the next request"
        else:
            message = "Done waiting"
        self._emit(None, None, message, waiting_seconds=seconds_left)

    def _emit(
        self,
        user_id: str | None,
        state: CellState | None,
        message: str,
        *,
        waiting_seconds: float | None = None,
    ) -> None:
        if self._on_progress is None:
            return
        with self._lock:
            counts = MappingProxyType(Counter(entry.state for entry in self._entries.values()))
        self._on_progress(ProgressEvent(user_id, state, message, counts, waiting_seconds))

    def _report(self) -> SubmissionReport:
        """Where each entry of the run is now, as the store says."""
        with self._lock:
            ids = set(self._entries)
        current = [
            entry for entry in self._store.outbox(self._key, self._line_item.id) if entry.id in ids
        ]
        by_state: dict[CellState, list[OutboxEntry]] = defaultdict(list)
        for entry in current:
            by_state[entry.state].append(entry)
        still_queued = tuple(entry for entry in current if entry.state in PENDING_STATES)
        stop_message = self._stop_message
        if self._stopped is StopReason.WAIT:
            stop_message = self._wait_message(len(still_queued))
        return SubmissionReport(
            verified=tuple(by_state[CellState.VERIFIED]),
            conflicts=tuple(by_state[CellState.CONFLICT]),
            failed=tuple(by_state[CellState.FAILED]),
            still_queued=still_queued,
            theirs_kept=tuple(self._theirs_kept),
            stopped=self._stopped,
            stop_message=stop_message,
        )


_STATE_MESSAGES = {
    CellState.QUEUED: "{user} is queued",
    CellState.SENDING: "Sending the grade of {user}",
    CellState.SENT: "The LMS accepted the grade of {user}",
    CellState.VERIFIED: "The LMS shows the grade of {user}",
    CellState.CONFLICT: "The grade of {user} changed in the LMS",
    CellState.FAILED: "The grade of {user} was not taken",
}


_TIMES = {1: "once", 2: "twice"}


def _times(count: int) -> str:
    """ "once", "twice", "six times": how often, in words for small counts."""
    words = ("three", "four", "five", "six", "seven", "eight", "nine", "ten")
    if count in _TIMES:
        return _TIMES[count]
    if 3 <= count <= 10:
        return f"{words[count - 3]} times"
    return f"{count} times"
