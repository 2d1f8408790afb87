"""The submission engine: sends a line item's outbox to the LMS and proves what arrived.

Plain Python, no Qt: the window runs it in a worker thread and the command line calls it
directly. One run, under the store's sender lock:
1. Read the LMS's current grades and settle each entry against them: already shown (verified,
   nothing sent), changed in the LMS since its base (a conflict, by the policy), or to send.
   Entries left SENDING or SENT by an interrupted run are settled the same way, never by a blind
   resend. Each page is settled as it arrives, so sending starts after the first page.
2. Send with bounded concurrency, one request per student at a time, paced for the whole queue;
   resent blindly only what surely did not apply (no connection, 429, 503, a rate-limit 403);
   every other unknown outcome is settled by a read-back first.
3. Read the grades again and verify every accepted score (verified only when the LMS shows the
   value; ignored or capped otherwise): page by page behind the
   sends, a page verifying only scores answered before it was asked for; what that leaves is
   read once more at the end.
Every outcome is journaled: what was sent, when, and how it ended. Requests in flight, reads and
sends together, never exceed the concurrency.

Reads and writes of a run share one `Pacing`: the client's reads wait for it too. No single wait
lasts longer than `EngineOptions.max_wait`: when the LMS asks for more, the run stops with the
rest kept queued. Long pauses are counted down through the progress events.
"""

from __future__ import annotations

import threading
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from datetime import datetime
from types import MappingProxyType

from pydantic import ValidationError

from gradebook_gui.api import (
    ApiError,
    AuthError,
    ConfigError,
    LearnedLimit,
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
from gradebook_gui.edits import CellState, FailureKind, ServerGrade, grade_after
from gradebook_gui.engine.journal import NOT_SENT, journal_entry, theirs_kept
from gradebook_gui.engine.options import (
    ConflictPolicy,
    EngineOptions,
    ProgressEvent,
    StopReason,
    SubmissionReport,
)
from gradebook_gui.engine.plan import (
    ALREADY_SHOWN,
    SendPlan,
    Verdict,
    conflict_wording,
    failures_wording,
    queued_wording,
    verdict_for,
)
from gradebook_gui.models import LineItem, Result
from gradebook_gui.store import (
    EntryNotFound,
    FinalOutcome,
    GradeStore,
    JournalEntry,
    OutboxEntry,
    StaleEntry,
)
from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Wording, reason_of

# Entries a run takes: queued, and those an interrupted run left with an unknown outcome.
PENDING_STATES = frozenset({CellState.QUEUED, CellState.SENDING, CellState.SENT})

ProgressCallback = Callable[[ProgressEvent], None]
SENDERS_PER_REQUEST = 2


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
            try:
                return run.execute()
            finally:
                learned = run.learned_limit
                if learned is not None:
                    self._client.pacing.adopt(learned)


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
        # One pacing for the run's sends and for its reads through the client. It starts at the
        # rate the client's reads (loading the column) found the account to permit, and hands
        # back what the run learnt, so neither pays twice for the refusals that found it.
        self._pacing = Pacing(
            max_wait=options.max_wait,
            backoff_base=options.backoff_base,
            backoff_cap=options.backoff_cap,
            clock=options.clock,
            sleep=options.sleep,
            rng=options.rng,
            on_wait=self._show_wait,
            senders=options.concurrency,
            learned=client.pacing.learned,
        )
        self._lock = threading.Lock()
        # Set when the run must stop for everyone (credentials, network, an unexpected error).
        self._halt = threading.Event()
        self._stopped: StopReason | None = None
        self._stop_wording: Wording | None = None
        self._asked_wait: float | None = None  # the wait the LMS asked for, when too long
        self._scores_accepted = 0  # scores the LMS answered with success in this run
        self._entries: dict[int, OutboxEntry] = {}  # the latest known version of each entry
        # How many of `_entries` are in each state: told with every progress event, so kept as
        # they change rather than counted each time.
        self._counts: Counter[CellState] = Counter()
        self._plans: dict[int, SendPlan] = {}
        self._theirs_kept: list[OutboxEntry] = []
        # Requests in flight, reads and sends together.
        self._slots = threading.BoundedSemaphore(options.concurrency)
        self._holding = threading.local()  # whether this thread holds a place
        # What the LMS showed for each student at this run's latest read of them.
        self._read_back: dict[str, ServerGrade] = {}
        # The LMS's own results behind `_read_back`, newest read of each student: a window shows
        # them instead of loading the column again.
        self._read_back_results: dict[str, Result] = {}
        self._read_back_complete = False  # every page of the pre-read was read

    # -- the run -------------------------------------------------------------------------------

    @property
    def learned_limit(self) -> LearnedLimit | None:
        """What the run's refusals taught about the account's limit, for what comes after."""
        return self._pacing.learned

    def execute(self) -> SubmissionReport:
        entries = self._store.outbox(self._key, self._line_item.id, PENDING_STATES)
        if not entries:
            return SubmissionReport()
        self._entries = {entry.id: entry for entry in entries}
        self._counts = Counter(entry.state for entry in entries)
        if self._cancel.is_set():
            self._stop(
                StopReason.CANCELLED,
                _wording(QT_TRANSLATE_NOOP("engine", "Cancelled before anything was sent.")),
            )
            return self._report()
        self._emit(
            None,
            None,
            _wording(QT_TRANSLATE_NOOP("engine", "Reading the current grades from the LMS")),
        )
        queue = _SendQueue()
        # More senders than requests in flight: while some wait for the disk (the commit before
        # and after each request), the others' requests fill the bound.
        workers = SENDERS_PER_REQUEST * self._options.concurrency
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="grade-sender") as pool:
            senders: list[Future[None]] = [
                pool.submit(self._send_from, queue) for _ in range(workers)
            ]
            try:
                pre_read_pages = self._read_and_queue(entries, queue)
                if pre_read_pages is not None:
                    self._read_back_behind(queue, pre_read_pages)
            except BaseException:
                self._halt.set()  # the senders stop sending; the error is raised below
                raise
            finally:
                queue.close()
        unexpected = next((f.exception() for f in senders if f.exception() is not None), None)
        if unexpected is not None:
            raise unexpected
        self._verify_sent()
        report = self._report()
        self._emit(None, None, report.stop_wording or _wording(QT_TRANSLATE_NOOP("engine", "Done")))
        return report

    def _read_and_queue(self, entries: list[OutboxEntry], queue: _SendQueue) -> int | None:
        """Read the LMS's grades page by page, settling and queueing the students of each page
        as it arrives; then the students the LMS lists nowhere. The number
        of pages read, or None when the run stopped (or was cancelled) before the last one."""
        waiting: dict[str, list[OutboxEntry]] = defaultdict(list)
        for entry in entries:
            waiting[entry.user_id].append(entry)
        pages = self._result_pages()
        number = 0
        try:
            while (page := self._next_page(pages)) is not None:
                ready = []
                for result in page:
                    server = self._read_back[result.userId] = ServerGrade.from_result(result)
                    self._read_back_results[result.userId] = result
                    student = waiting.pop(result.userId, None)
                    if student:
                        ready.append(self._settle(student, server))
                # Within a page, oldest first, as queued.
                ready.sort(key=lambda student: student[0].id if student else 0)
                queue.put(number, [student for student in ready if student])
                number += 1
                if self._cancel.is_set():
                    return None
        except _ReadStopped:
            return None
        self._read_back_complete = True
        unlisted = [self._settle(student, ServerGrade()) for student in waiting.values()]
        # Behind a list of several pages, they go first: the reads behind the sends wait for them.
        queue.put(UNLISTED, [student for student in unlisted if student], first=number > 1)
        queue.close()
        return number

    def _settle(self, entries: list[OutboxEntry], server_now: ServerGrade) -> list[OutboxEntry]:
        """One student's entries settled against what the LMS holds: those to send."""
        return [
            settled
            for entry in entries
            if (settled := self._settle_before_sending(entry, server_now)) is not None
        ]

    def _read_back_behind(self, queue: _SendQueue, pre_read_pages: int) -> None:
        """Read the grades back page by page while the last students are still being sent.

        Page k is asked for once every student of the pre-read's pages up to k, and every
        student the LMS listed nowhere, has been answered: grades are listed in the same order,
        and students gaining a grade only push the others to later pages. A page verifies only
        scores answered before it was asked for; anything else is left to `_verify_sent`.
        """
        pages = self._result_pages()
        number = 0
        while True:
            last_pages = number >= pre_read_pages - 1
            queue.wait_until_answered(None if last_pages else number, self._halt)
            if self._halt.is_set():
                return
            with self._lock:
                answered = {
                    entry.user_id: entry
                    for entry in self._entries.values()
                    if entry.state is CellState.SENT
                }
            if not answered and queue.finished():
                return  # nothing left to verify by reading on
            try:
                page = self._next_page(pages)
            except _ReadStopped:
                return
            if page is None:
                return
            verdicts = []
            for result in page:
                server = ServerGrade.from_result(result)
                self._read_back[result.userId] = server
                self._read_back_results[result.userId] = result
                entry = answered.pop(result.userId, None)
                if entry is None:
                    continue
                verdict = self._plans[entry.id].verdict(server)
                # Anything but a match is decided by the read at the end, once all is answered.
                if verdict.state is CellState.VERIFIED:
                    verdicts.append((entry, verdict))
            self._finish_all(verdicts)
            number += 1

    def _send_from(self, queue: _SendQueue) -> None:
        """A sender: one student after the other, as the queue hands them out."""
        while (taken := queue.take()) is not None:
            page, entries = taken
            try:
                self._send_student(entries)
            finally:
                queue.answered(page)

    def _settle_before_sending(
        self, entry: OutboxEntry, server_now: ServerGrade
    ) -> OutboxEntry | None:
        """A grade changed in the LMS since its base is a conflict, settled by the policy; an
        interrupted send is settled by what the LMS shows. The entry to send, if any."""
        edit = entry.edit
        wanted_comment = edit.wanted_comment(server_now)
        if edit.is_shown_by(server_now):
            verdict = Verdict.saying(CellState.VERIFIED, Wording("plan", ALREADY_SHOWN))
            self._finish(entry, verdict, comment=wanted_comment)
            return None
        if not server_now.same_as(entry.base):
            if entry.state is not CellState.QUEUED and self._capped_earlier(entry, server_now):
                return None
            policy = self._options.on_conflict
            if policy is ConflictPolicy.SKIP:
                conflict = conflict_wording(entry.base, server_now, edit)
                self._finish(entry, Verdict.saying(CellState.CONFLICT, conflict))
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
        self._forget(entry)
        with self._lock:
            self._theirs_kept.append(entry)
        self._emit(
            entry.user_id,
            None,
            _wording(
                QT_TRANSLATE_NOOP("engine", "Kept the LMS's grade for {user}"), user=entry.user_id
            ),
        )

    def _send_student(self, entries: list[OutboxEntry]) -> None:
        try:
            for entry in entries:
                self._send(entry)
        except BaseException:
            # A bug or a store failure: the other workers stop sending; run() raises it.
            self._halt.set()
            raise

    def _verify_sent(self) -> None:
        """A score counts as done only once a read shows it: every accepted score the reads
        behind the sends did not verify is settled by one more read, each student's own when
        they are few, else the whole list."""
        with self._lock:
            sent = [entry for entry in self._entries.values() if entry.state is CellState.SENT]
        if not sent or self._halt.is_set():
            return
        self._emit(None, None, _wording(QT_TRANSLATE_NOOP("engine", "Checking what the LMS shows")))
        if len(sent) <= self._options.concurrency:
            server = self._read_each([entry.user_id for entry in sent])
        else:
            server = self._read()
        if server is None:
            return
        self._read_back.update(server)
        self._finish_all(
            [
                (entry, self._plans[entry.id].verdict(server.get(entry.user_id, ServerGrade())))
                for entry in sent
            ]
        )

    def _finish_all(self, verdicts: list[tuple[OutboxEntry, Verdict]]) -> None:
        """Record the verdicts of a read-back in one commit: a commit waits for the disk."""
        if not verdicts:
            return
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
        if self._stopping():
            self._leave_queued(entry)
            return
        # Committed before the request leaves: a crash from then on is settled by reading.
        # Committed before taking a place among the requests in flight, so that the place goes
        # to requests, not to waiting for the disk.
        started = self._start_send(entry)
        if started is None:
            return
        # The place is kept until this student's score is settled: the pacing hears how each
        # attempt went (a pause, a backoff, a stop) before another sender's request may leave,
        # and the student is read back in it after a failure.
        with self._slot():
            accepted = self._attempts(*started)
        if accepted is not None:
            # The place goes to the next request while this is written down.
            self._move(accepted, CellState.SENT, applied=True)

    def _attempts(self, entry: OutboxEntry, timestamp: datetime) -> OutboxEntry | None:
        """Send one student's score (marked SENDING with `timestamp`) until the LMS accepts it,
        which returns the entry, or it is settled or left otherwise (None)."""
        plan = self._plans[entry.id]
        unreachable = 0  # sends that surely never reached the server
        unknown = 0  # sends whose outcome was unknown and the read-back showed not applied
        accepted_before = self._accepted_so_far()
        timestamp_refused = False
        while True:
            ticket = self._pacing.acquire(self._stopping)
            if ticket is None:
                self._leave_queued(entry)  # stopping while waiting: nothing was sent
                return None
            current: OutboxEntry | None = entry
            try:
                self._client.post_score(self._line_item.id, plan.stamped(timestamp))
            except RateLimitedError as error:
                self._rate_limited(ticket, error)
            except AuthError as error:
                self._stop_for_credentials(error)
                self._move(entry, CellState.QUEUED, applied=False)
                return None
            except ConfigError as error:
                self._stop_for_credentials(error)
                if error.status is None:  # refused before anything was sent
                    self._move(entry, CellState.QUEUED, applied=False)
                return None
            except TimestampRefusedError as error:
                self._pacing.accepted()
                if timestamp_refused:
                    self._refused(entry, error)
                    return None
                timestamp_refused = True
                # Re-read: a newer grade in the LMS is a conflict, else send once more.
                current = self._after_uncertain_send(entry, plan, error, 0, accepted_before)
            except (LmsRefusedError, NotFoundError) as error:
                self._pacing.accepted()
                self._refused(entry, error)
                return None
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
                return entry
            if current is None:
                return None
            if self._stopping():
                self._leave_queued(current)
                return None
            started = self._start_send(current)
            if started is None:
                return None
            entry, timestamp = started

    @contextmanager
    def _slot(self) -> Iterator[None]:
        """A place among the requests in flight; a thread holding one goes on using it."""
        if getattr(self._holding, "slot", False):
            yield
            return
        with self._slots:
            self._holding.slot = True
            try:
                yield
            finally:
                self._holding.slot = False

    @property
    def _max(self) -> int:
        return self._options.max_attempts

    def _accepted_so_far(self) -> int:
        with self._lock:
            return self._scores_accepted

    def _rate_limited(self, ticket: int, error: RateLimitedError) -> None:
        """Slowed down: every worker pauses; a platform that never lets up, or asks for a longer
        wait than allowed, stops the run."""
        try:
            in_a_row = self._pacing.rate_limited(ticket, error)
        except WaitTooLongError as too_long:
            self._stop_for_wait(too_long)
            return
        if in_a_row >= self._max:
            self._stop(
                StopReason.NETWORK,
                Wording(
                    "engine",
                    QT_TRANSLATE_N_NOOP(
                        "engine",
                        "LTIAAS kept asking to slow down ({count} times in a row): {problem} "
                        "The grades not yet sent stay queued.",
                    ),
                    {"problem": reason_of(error)},
                    count=in_a_row,
                ),
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
                _wording(
                    QT_TRANSLATE_NOOP(
                        "engine",
                        "LTIAAS could not be reached: {problem} "
                        "The grades not yet sent stay queued.",
                    ),
                    problem=reason_of(error),
                ),
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
        failures = failures_wording(error.status, attempts)
        self._move(
            entry,
            CellState.QUEUED,
            applied=False,
            verdict=Verdict.saying(CellState.QUEUED, queued_wording(failures, sent=sent)),
            status=error.status,
        )
        if self._accepted_so_far() == accepted_before:
            self._stop(
                StopReason.NETWORK,
                _wording(
                    QT_TRANSLATE_NOOP(
                        "engine",
                        "The LMS took none of the grades sent ({failures} for {user}): {problem} "
                        "The grades not yet sent stay queued.",
                    ),
                    failures=failures,
                    user=entry.user_id,
                    problem=reason_of(error),
                ),
            )

    def _after_uncertain_send(
        self,
        entry: OutboxEntry,
        plan: SendPlan,
        error: ApiError,
        attempts: int,
        accepted_before: int,
    ) -> OutboxEntry | None:
        """An outcome unknown: read this student back; the entry to send again, or None when
        settled (shown, or changed in the LMS meanwhile: a conflict)."""
        self._emit(
            entry.user_id,
            entry.state,
            _wording(
                QT_TRANSLATE_NOOP("engine", "Checking the grade of {user}"), user=entry.user_id
            ),
        )
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
            conflict = conflict_wording(entry.base, server_now, entry.edit)
            self._finish(entry, Verdict.saying(CellState.CONFLICT, conflict), status=error.status)
            return None
        if attempts >= self._max:
            self._keep_queued(entry, error, attempts, accepted_before, sent=True)
            return None
        return entry

    def _refused(self, entry: OutboxEntry, error: ApiError) -> None:
        """Refused by the LMS: final for this student, in the LMS's words; never sent again."""
        reason = error.lms_reason or str(error)
        verdict = Verdict(CellState.FAILED, FailureKind.REFUSED, reason)
        self._finish(entry, verdict, status=error.status)

    def _leave_queued(self, entry: OutboxEntry) -> None:
        """Stopping before this send: nothing of it reached the LMS (the pre-read showed so)."""
        if self._cancel.is_set():
            self._stop(StopReason.CANCELLED, _CANCELLED)
        if entry.state is not CellState.QUEUED:
            self._move(entry, CellState.QUEUED, applied=False)

    # -- reading ---------------------------------------------------------------------------------

    def _read(self, user_id: str | None = None) -> dict[str, ServerGrade] | None:
        """The LMS's grades now (everyone's, or one student's) by user id; None when the run
        stops instead (credentials, network, a wait too long, a cancel)."""
        pages = self._result_pages(user_id)
        results: list[Result] = []
        try:
            while (page := self._next_page(pages)) is not None:
                results.extend(page)
        except _ReadStopped:
            return None
        with self._lock:
            self._read_back_results.update((result.userId, result) for result in results)
        return {result.userId: ServerGrade.from_result(result) for result in results}

    def _read_each(self, user_ids: list[str]) -> dict[str, ServerGrade] | None:
        """These students' grades, each read on its own, side by side."""
        with ThreadPoolExecutor(len(user_ids), thread_name_prefix="grade-reader") as pool:
            found = list(pool.map(self._read, user_ids))
        server: dict[str, ServerGrade] = {}
        for grades in found:
            if grades is None:
                return None
            server.update(grades)
        return server

    def _result_pages(self, user_id: str | None = None) -> Iterator[list[Result]]:
        """The client asks each page again after passing trouble, paced with the run's sends."""
        return self._client.iter_result_pages(
            self._line_item.id, user_id=user_id, pacing=self._pacing, stopping=self._stopping_reads
        )

    def _next_page(self, pages: Iterator[list[Result]]) -> list[Result] | None:
        """The next page, None after the last; raises _ReadStopped when the run stops instead."""
        try:
            with self._slot():
                return next(pages, None)
        except StoppedError:
            if self._cancel.is_set():
                self._stop(StopReason.CANCELLED, _CANCELLED)
        except WaitTooLongError as error:
            self._stop_for_wait(error)
        except (AuthError, ConfigError) as error:
            self._stop_for_credentials(error)
        except ApiError as error:
            self._stop(
                StopReason.NETWORK,
                _wording(
                    QT_TRANSLATE_NOOP(
                        "engine",
                        "The grades could not be read from the LMS: {problem} "
                        "The grades not yet verified stay queued.",
                    ),
                    problem=reason_of(error),
                ),
            )
        raise _ReadStopped

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
        message: Wording | str
        if verdict is not None and verdict.reason:
            message = verdict.wording or verdict.reason
        else:
            message = _wording(_STATE_MESSAGES[state], user=updated.user_id)
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
        self._emit(
            entry.user_id,
            current.state,
            _wording(
                QT_TRANSLATE_NOOP("engine", "A newer grade for {user} is queued"),
                user=entry.user_id,
            ),
        )

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
            known = self._entries.get(entry.id)
            if known is not None:
                self._counts[known.state] -= 1
            self._entries[entry.id] = entry
            self._counts[entry.state] += 1

    def _forget(self, entry: OutboxEntry) -> None:
        with self._lock:
            known = self._entries.pop(entry.id, None)
            if known is not None:
                self._counts[known.state] -= 1

    # -- stopping and reporting ----------------------------------------------------------------

    def _stopping(self) -> bool:
        """No new sends: the run halted or the user cancelled."""
        return self._halt.is_set() or self._cancel.is_set()

    def _stopping_reads(self) -> bool:
        """Reads go on after a cancel, to verify what was sent, but not through a pause: what
        they would have verified the next run settles by reading."""
        return self._halt.is_set() or (self._cancel.is_set() and self._pacing.pausing)

    def _stop(self, reason: StopReason, message: Wording) -> None:
        with self._lock:
            if self._stopped is None:
                self._stopped, self._stop_wording = reason, message
        if reason is not StopReason.CANCELLED:
            self._halt.set()

    def _stop_for_credentials(self, error: ApiError) -> None:
        self._stop(
            StopReason.AUTH,
            _wording(
                QT_TRANSLATE_NOOP("engine", "{problem} The grades not yet sent stay queued."),
                problem=reason_of(error),
            ),
        )

    def _stop_for_wait(self, error: WaitTooLongError) -> None:
        """The message says how many grades were kept, so it is written with the report."""
        with self._lock:
            if self._stopped is None:
                self._asked_wait = error.wait_seconds
        self._stop(
            StopReason.WAIT,
            _wording(
                QT_TRANSLATE_NOOP(
                    "engine",
                    "The LMS asked us to wait {wait}, longer than the {most} this app waits at "
                    "most.",
                ),
                wait=describe_duration(error.wait_seconds),
                most=describe_duration(self._options.max_wait),
            ),
        )

    def _wait_message(self, kept: int) -> Wording:
        assert self._asked_wait is not None
        return Wording(
            "engine",
            QT_TRANSLATE_NOOP(
                "engine",
                "The LMS asked us to wait {wait}, longer than the {most} this app waits at "
                "most; {count} grade is kept queued to send later.",
            ),
            {
                "wait": describe_duration(self._asked_wait),
                "most": describe_duration(self._options.max_wait),
            },
            QT_TRANSLATE_N_NOOP(
                "engine",
                "The LMS asked us to wait {wait}, longer than the {most} this app waits at "
                "most; {count} grades are kept queued to send later.",
            ),
            kept,
        )

    def _show_wait(self, seconds_left: float) -> None:
        if seconds_left > 0:
            message = _wording(
                QT_TRANSLATE_NOOP("engine", "Waiting {wait} before the next request"),
                wait=describe_duration(seconds_left),
            )
        else:
            message = _wording(QT_TRANSLATE_NOOP("engine", "Done waiting"))
        self._emit(None, None, message, waiting_seconds=seconds_left)

    def _emit(
        self,
        user_id: str | None,
        state: CellState | None,
        message: Wording | str,
        *,
        waiting_seconds: float | None = None,
    ) -> None:
        """Tell the caller's progress; `message` a sentence to translate, or words kept as
        they are (the LMS's own)."""
        if self._on_progress is None:
            return
        with self._lock:
            counts = MappingProxyType(+self._counts)  # the states some entry is in
        wording = message if isinstance(message, Wording) else None
        self._on_progress(
            ProgressEvent(user_id, state, str(message), counts, waiting_seconds, wording)
        )

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
        stop_wording = self._stop_wording
        if self._stopped is StopReason.WAIT:
            stop_wording = self._wait_message(len(still_queued))
        return SubmissionReport(
            verified=tuple(by_state[CellState.VERIFIED]),
            conflicts=tuple(by_state[CellState.CONFLICT]),
            failed=tuple(by_state[CellState.FAILED]),
            still_queued=still_queued,
            theirs_kept=tuple(self._theirs_kept),
            stopped=self._stopped,
            stop_message=None if stop_wording is None else str(stop_wording),
            stop_wording=stop_wording,
            read_back=MappingProxyType(dict(self._read_back)),
            read_back_results=MappingProxyType(dict(self._read_back_results)),
            read_back_complete=self._read_back_complete,
        )


_STATE_MESSAGES = {
    CellState.QUEUED: QT_TRANSLATE_NOOP("engine", "{user} is queued"),
    CellState.SENDING: QT_TRANSLATE_NOOP("engine", "Sending the grade of {user}"),
    CellState.SENT: QT_TRANSLATE_NOOP("engine", "The LMS accepted the grade of {user}"),
    CellState.VERIFIED: QT_TRANSLATE_NOOP("engine", "The LMS shows the grade of {user}"),
    CellState.CONFLICT: QT_TRANSLATE_NOOP("engine", "The grade of {user} changed in the LMS"),
    CellState.FAILED: QT_TRANSLATE_NOOP("engine", "The grade of {user} was not taken"),
}


_CANCELLED = Wording(
    "engine", QT_TRANSLATE_NOOP("engine", "Cancelled: the grades not yet sent stay queued.")
)


def _wording(template: str, **values: object) -> Wording:
    return Wording("engine", template, values)


class _ReadStopped(Exception):
    """A read ended because the run stops; the reason is already recorded."""


# The queue's page for the students the LMS listed nowhere (no grade yet).
UNLISTED = -1


class _SendQueue:
    """The students waiting to be sent, with the pre-read page each was listed on, and how many
    of each page are not answered yet."""

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._waiting: deque[tuple[int, list[OutboxEntry]]] = deque()
        self._open: Counter[int] = Counter()
        self._closed = False

    def put(self, page: int, students: list[list[OutboxEntry]], *, first: bool = False) -> None:
        """Queue these students (each a list of entries) at the end, or `first`."""
        with self._changed:
            self._open[page] += len(students)
            if first:
                self._waiting.extendleft((page, student) for student in reversed(students))
            else:
                self._waiting.extend((page, student) for student in students)
            self._changed.notify_all()

    def close(self) -> None:
        """Nothing more comes: senders finish what is queued and stop."""
        with self._changed:
            self._closed = True
            self._changed.notify_all()

    def take(self) -> tuple[int, list[OutboxEntry]] | None:
        """The next student, waiting for one; None once closed and empty."""
        with self._changed:
            self._changed.wait_for(lambda: self._waiting or self._closed)
            return self._waiting.popleft() if self._waiting else None

    def answered(self, page: int) -> None:
        """A student of `page` taken from the queue is done with."""
        with self._changed:
            self._open[page] -= 1
            self._changed.notify_all()

    def finished(self) -> bool:
        """Closed, and every student queued is done with."""
        with self._changed:
            return self._closed and not any(self._open.values())

    def wait_until_answered(self, page: int | None, halt: threading.Event) -> None:
        """Until every student of the pages up to `page` (None: of every page, the queue
        closed) is done with, or `halt` is set."""

        def answered() -> bool:
            if halt.is_set():
                return True
            if page is None:
                return self._closed and not any(self._open.values())
            return not any(count for listed, count in self._open.items() if listed <= page)

        with self._changed:
            self._changed.wait_for(answered)
