"""Loads one line item's results and roster on pool threads, page by page, into the model.

Rows appear as the first roster page arrives; pages that come after it are shown together at
most every PAGES_SHOWN_EVERY_MS, since each update of the table makes the window paint it again
and roster and results pages come in quick succession. At most ROWS_SHOWN_AT_ONCE learners and
as many results go into the table per turn of the event loop, the rest on the next turns: an LMS
that answers with the whole list in one page (Moodle) would otherwise have the window build
thousands of rows without painting in between; the load ends once they are all in. Each load
has a request id; pages of an earlier load (the user chose another line item meanwhile) are
dropped, never shown. Each complete load is saved in the local store as the line item's
snapshot (the base values edits are made on, and what is shown offline). When a load fails
because the LMS cannot be reached, the snapshot is shown instead, and `snapshot_shown` says how
old it is, so the window can label the table offline while the instructor keeps working.

Loading the line item shown again (F5) keeps its rows on screen, still editable and still the
grades a submission compares with, until the first page of the new load arrives; if the LMS
cannot be reached, complete rows stay as they are, labelled offline with their age. The table
never goes blank in between, where a score typed would have nowhere to go.

Full garbage collections walk every live object while holding the GIL, stalling the window for
tens of milliseconds once a large course is loaded. The objects alive when a load starts, when
its pages reach the table, or when it ends (the app's own, the rows on screen) live on, so they
are frozen out of those walks (`gc.freeze`); they are still freed by reference counting when the
table lets go of them. The rows a load replaces are let go of a slice at a time
(`PiecemealRelease`): freeing a large course's rows at once stalls the window too.

Saving a snapshot encodes every row on a worker (a tenth of a second for 10,000 learners).
Right after a load the window paints the new rows, one short Python call after another, and each
waits for the GIL that worker holds: the window would stutter. So the snapshot is saved a moment
later, once the window is idle, or at once when another load begins or the window closes.
"""

from __future__ import annotations

import gc
import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from gradebook_gui.api import AuthError, LtiaasClient, NetworkError, ServerError
from gradebook_gui.grades import StudentGrade, same_rows
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.release import PiecemealRelease
from gradebook_gui.gui.results_model import ReadBackChanges, ResultsModel, read_back_changes
from gradebook_gui.gui.row_order import family_first, name_collator, name_sort_key
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.store import GradeStore, Snapshot, StoreError

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

# How long after a load its snapshot is saved: the window has painted the new rows by then.
SNAPSHOT_DELAY_MS = 500
# Pages arriving while loading reach the table at most this often (a few paints a second).
PAGES_SHOWN_EVERY_MS = 50
# Learners (and results) put into the table in one turn of the event loop: about 10 ms of work.
ROWS_SHOWN_AT_ONCE = 1000


def utc_now() -> datetime:
    return datetime.now(UTC)


def unreachable(error: BaseException) -> bool:
    """The LMS (or LTIAAS) could not answer: the network, TLS, or a server error, not a refusal."""
    return isinstance(error, NetworkError | ServerError)


@dataclass(frozen=True)
class ResultsPage:
    results: tuple[Result, ...]


@dataclass(frozen=True)
class MembersPage:
    members: tuple[Member, ...]


def _report_results(context: TaskContext, page: list[Result]) -> None:
    context.report(ResultsPage(tuple(page)))


def _report_members(context: TaskContext, page: list[Member]) -> None:
    context.report(MembersPage(tuple(page)))


NameRanks = dict[str, int]
"""Each roster member's place in the order of names, by user ID; equal names share a place."""


def name_ranks(members: Iterable[Member], locale: QLocale | None = None) -> NameRanks:
    """Rank the roster's names ("family, given" when the roster gives a family name) in the
    locale's collation, each distinct name once, with one collator.

    Comparing by collator takes ten times as long as comparing numbers: done once per roster,
    off the window's thread, it lets the table sort its names by these numbers.
    """
    text_of = {
        member.userId: family_first(member.display_name, member.givenName, member.familyName)
        for member in members
    }
    collator = name_collator(locale)
    ordered = sorted(set(text_of.values()), key=name_sort_key(collator))
    rank_of: dict[str, int] = {}
    rank, previous = -1, None
    for text in ordered:
        # Names the collator holds equal ("anna", "Anna") share a rank: arrival order decides.
        if previous is None or collator.compare(previous, text) != 0:
            rank += 1
        rank_of[text] = rank
        previous = text
    return {user_id: rank_of[text] for user_id, text in text_of.items()}


def _fetch(
    client: LtiaasClient, line_item_id: str, locale: QLocale, context: TaskContext
) -> NameRanks:
    """Load the pages into the table as they come; the roster's name ranks at the end."""
    _results, members = client.fetch_results_and_roster(
        line_item_id,
        on_results_page=partial(_report_results, context),
        on_members_page=partial(_report_members, context),
        cancel=context.cancel,
    )
    return name_ranks(members, locale)


def _save_snapshot(
    store: GradeStore,
    key: str,
    line_item: LineItem,
    grades: tuple[StudentGrade, ...],
    taken_at: datetime,
    context: TaskContext,
) -> str | None:
    """Save the loaded grades as the line item's snapshot; why it could not be, if it could not."""
    try:
        store.save_snapshot(key, line_item, grades, taken_at)
    except (StoreError, sqlite3.Error, OSError) as error:
        log.warning("the snapshot of %s was not saved: %s", line_item.label, error)
        return str(error)
    return None


def _read_snapshot(
    store: GradeStore, key: str, line_item_id: str, locale: QLocale, context: TaskContext
) -> tuple[Snapshot, NameRanks] | None:
    snapshot = store.load_snapshot(key, line_item_id)
    if snapshot is None:
        return None
    members = [grade.member for grade in snapshot.grades if grade.member is not None]
    return snapshot, name_ranks(members, locale)


def _compare_read_back(
    rows: tuple[StudentGrade, ...], results: Mapping[str, Result], _: TaskContext
) -> ReadBackChanges:
    """Runs on a pool thread: which rows the results read back change."""
    return read_back_changes(rows, results)


class ResultsLoader(QObject):
    """Fills `model` with a line item's grades; one load at a time, the newest wins."""

    started = Signal(object)  # LineItem
    progressed = Signal(int, int)  # learners listed so far, results received so far
    finished = Signal(object)  # LineItem, everything loaded
    stopped = Signal(object)  # LineItem, cancelled: the list is incomplete
    failed = Signal(object, object)  # LineItem, error
    snapshot_shown = Signal(object, object)  # LineItem, datetime loaded: shown offline
    grades_ready = Signal(object)  # LineItem: `grades` holds every row shown
    snapshot_saved = Signal()  # the last snapshot was written to the store (or could not be)
    replacing_rows = Signal()  # the rows shown are about to be replaced: a score typed goes first

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        model: ResultsModel,
        messages: MessageChannel,
        store: GradeStore,
        clock: Clock = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._model = model
        self._messages = messages
        self._store = store
        self._clock = clock
        # The current load (or snapshot read): its number (the request id) and runner task.
        self._request_id: int | None = None
        self._task_id: int | None = None
        self._generation = 0
        self._line_item: LineItem | None = None
        self._results_received = 0
        self._started_at: datetime | None = None
        self._grades: tuple[StudentGrade, ...] | None = None
        self._snapshot_taken_at: datetime | None = None
        # When the complete rows shown were downloaded (None while they are incomplete).
        self._grades_taken_at: datetime | None = None
        # The rows shown are those from before the load in progress (of the same line item):
        # they stay until its first page arrives.
        self._rows_kept = False
        # False while reloading to show what a submission left: its outcome is the news, not
        # that the column loaded again.
        self._announce = True
        # A snapshot waiting to be saved, and how many are being written.
        self._pending_snapshot: Callable[[TaskContext], str | None] | None = None
        self._snapshot_saves_running = 0
        # The last complete load of this connection, shown again when a reload fails, with
        # the ranks of its names.
        self._last_snapshot: tuple[Snapshot, Mapping[str, int]] | None = None
        self._snapshot_timer = QTimer(self)
        self._snapshot_timer.setSingleShot(True)
        self._snapshot_timer.setInterval(SNAPSHOT_DELAY_MS)
        self._snapshot_timer.timeout.connect(self.save_snapshot_now)
        # Pages of the current load not in the table yet.
        self._waiting_members: list[Member] = []
        self._waiting_results: list[Result] = []
        self._page_timer = QTimer(self)
        self._page_timer.setSingleShot(True)
        self._page_timer.setInterval(PAGES_SHOWN_EVERY_MS)
        self._page_timer.timeout.connect(self._show_waiting_pages)
        # The end of a load whose last pages are still going into the table, a turn at a time.
        self._finish_when_shown: Callable[[], None] | None = None
        self._release = PiecemealRelease(self)

    @property
    def loading(self) -> bool:
        return self._request_id is not None

    @property
    def request_id(self) -> int | None:
        return self._request_id

    @property
    def line_item(self) -> LineItem | None:
        return self._line_item

    @property
    def grades(self) -> tuple[StudentGrade, ...] | None:
        """Every learner of the line item as the LMS showed them, once the rows are complete."""
        return self._grades

    @property
    def snapshot_taken_at(self) -> datetime | None:
        """When the grades shown were loaded, if they are the snapshot (shown offline)."""
        return self._snapshot_taken_at

    @property
    def saving_snapshot(self) -> bool:
        """A snapshot is waiting to be saved in the store, or being written."""
        return self._pending_snapshot is not None or self._snapshot_saves_running > 0

    def save_snapshot_now(self) -> None:
        """Save the snapshot waiting to be saved now (another load begins, the window closes)."""
        self._snapshot_timer.stop()
        job, self._pending_snapshot = self._pending_snapshot, None
        if job is not None:
            self._snapshot_saves_running += 1
            self._runner.submit_store(
                job,
                on_success=self._on_snapshot_saved,
                on_failure=self._on_snapshot_save_failed,
                description="save the snapshot",
            )

    def load(self, line_item: LineItem) -> None:
        """Show `line_item`'s grades: cancels a load in progress and starts over.

        The rows of the same line item stay on screen until the new load's first page arrives.
        """
        self.save_snapshot_now()
        self._cancel_request()
        self._announce = True
        self._line_item = line_item
        self._results_received = 0
        client = self._session.client
        shown = self._model.line_item()
        self._rows_kept = client is not None and shown is not None and shown.id == line_item.id
        if not self._rows_kept:
            self._forget_rows()
            self._model.begin_load(line_item)
        if client is None:
            return
        gc.freeze()  # what lives now lives on: no collection during the load walks it again
        self._started_at = self._clock()
        generation = self._next_request()
        self._task_id = self._runner.submit(
            partial(_fetch, client, line_item.id, self._model.locale()),
            on_success=partial(self._on_finished, generation, line_item),
            on_failure=partial(self._on_failed, generation, line_item, client),
            # Bound to its request: a page of any other load is dropped.
            on_progress=partial(self._on_page, generation),
            description=f"load {line_item.label}",
        )
        self.started.emit(line_item)

    @property
    def announcing(self) -> bool:
        """Whether the load in progress should be reported when it ends."""
        return self._announce

    def reload(self, *, announce: bool = True) -> None:
        if self._line_item is not None:
            self.load(self._line_item)
            self._announce = announce

    def cancel(self) -> None:
        """Stop the load in progress; what arrived stays on screen, marked incomplete."""
        if self._request_id is None or self._line_item is None:
            return
        self._show_every_waiting_page()
        if self._request_id is None:
            return  # every page had come: the load ended as its last rows went in
        self._cancel_request()
        self._rows_kept = False  # no page came: the rows from before stay, as they were
        self.stopped.emit(self._line_item)

    def clear(self) -> None:
        self.save_snapshot_now()
        self._cancel_request()
        self._let_go_of_last_snapshot()
        self._last_snapshot = None
        self._line_item = None
        self._rows_kept = False
        self._forget_rows()
        self._model.clear()

    def _forget_rows(self) -> None:
        """The rows shown are no longer a complete column."""
        self._let_go_of_rows()
        self._grades = None
        self._snapshot_taken_at = None
        self._grades_taken_at = None

    def _let_go_of_rows(self) -> None:
        """The complete rows held are about to be replaced: they are freed a slice at a time."""
        if self._grades is not None:
            self._release.release(self._grades)

    def _let_go_of_last_snapshot(self) -> None:
        """The last download is about to be replaced: its rows are freed a slice at a time,
        unless they are the complete rows held (`_let_go_of_rows` takes those)."""
        last = self._last_snapshot
        if last is not None and (
            self._grades is None or not same_rows(last[0].grades, self._grades)
        ):
            self._release.release(last[0].grades)

    def _replace_kept_rows(self, line_item: LineItem) -> None:
        """The rows kept from before this load give way to what it brings."""
        if self._rows_kept:
            self._rows_kept = False
            self._forget_rows()
            self._replace_rows(line_item)

    def _replace_rows(self, line_item: LineItem) -> None:
        """Empty the table for `line_item`'s rows, a score still being typed saved first."""
        self.replacing_rows.emit()
        self._model.begin_load(line_item)

    def _next_request(self) -> int:
        self._generation += 1
        self._request_id = self._generation
        return self._generation

    def _cancel_request(self) -> None:
        if self._task_id is not None:
            self._runner.cancel(self._task_id)
        self._task_id = None
        self._request_id = None
        self._page_timer.stop()
        self._waiting_members, self._waiting_results = [], []
        self._finish_when_shown = None

    def _on_page(self, request_id: int, page: object) -> None:
        if request_id != self._request_id:
            return  # a reply for a line item the user has left
        if isinstance(page, MembersPage):
            self._waiting_members.extend(page.members)
        elif isinstance(page, ResultsPage):
            self._waiting_results.extend(page.results)
        if not self._page_timer.isActive():
            self._show_waiting_pages()

    def _show_waiting_pages(self) -> None:
        """Put the pages waiting into the table in one update, up to ROWS_SHOWN_AT_ONCE rows;
        the rest go in on the next turn, and the pages after them wait a moment."""
        waiting_members, waiting_results = self._waiting_members, self._waiting_results
        if not waiting_members and not waiting_results:
            return
        members, self._waiting_members = (
            waiting_members[:ROWS_SHOWN_AT_ONCE],
            waiting_members[ROWS_SHOWN_AT_ONCE:],
        )
        results, self._waiting_results = (
            waiting_results[:ROWS_SHOWN_AT_ONCE],
            waiting_results[ROWS_SHOWN_AT_ONCE:],
        )
        if self._line_item is not None:
            self._replace_kept_rows(self._line_item)
        # Results first: the rows of learners arriving with them are then built once.
        if results:
            self._results_received += len(results)
            self._model.add_results(results)
        if members:
            self._model.add_members(members)
        # The rows shown live until the next load; young garbage that refers to itself (a retry's
        # traceback, say) is collected first, since frozen objects are never collected.
        gc.collect(1)
        gc.freeze()
        self.progressed.emit(self._model.rows_count_total(), self._results_received)
        if self._waiting_members or self._waiting_results:
            self._page_timer.start(0)  # after the window has painted these
            return
        self._page_timer.start(PAGES_SHOWN_EVERY_MS)
        finish, self._finish_when_shown = self._finish_when_shown, None
        if finish is not None:
            finish()

    def _show_every_waiting_page(self) -> None:
        """Everything that arrived, at once: the load stops here (or, when every page had come,
        ends)."""
        while self._waiting_members or self._waiting_results:
            self._show_waiting_pages()

    def _on_finished(self, request_id: int, line_item: LineItem, ranks: NameRanks) -> None:
        if request_id != self._request_id:
            return  # a reply for a line item the user has left
        self._show_waiting_pages()
        if self._waiting_members or self._waiting_results:
            # More rows than one turn takes: the load ends when the last of them is in.
            self._finish_when_shown = partial(self._on_finished, request_id, line_item, ranks)
            return
        self._page_timer.stop()
        self._task_id = self._request_id = None
        self._replace_kept_rows(line_item)  # a column without any learner
        self._model.set_name_ranks(ranks)
        self._loaded(line_item, self._started_at or self._clock())

    def show_read_back(self, results: Mapping[str, Result]) -> None:
        """After a submission that read every page of the column: its results (the LMS's own,
        newest read of each learner) become the grades shown and the base of further edits,
        without loading the column again. A learner missing from them has no grade.

        Every learner's result is compared off the window's thread; only the rows that changed
        are then updated, so the table keeps its scroll position and selection and the window
        does not stall, however large the column.
        """
        line_item, grades = self._line_item, self._grades
        if line_item is None or grades is None or self.loading:
            self.reload(announce=False)
            return
        self.save_snapshot_now()
        self._announce = False
        if not self._model.read_back_fits(results):
            self._replace_rows(line_item)
            # Results first: each row is then built once, when its roster entry arrives.
            self._model.add_results(list(results.values()))
            self._model.add_members([grade.member for grade in grades if grade.member])
            self._loaded(line_item, self._clock())
            return
        rows = self._model.grades()
        shown = partial(self._show_compared_read_back, self._generation, line_item, rows, results)
        self._runner.submit(
            partial(_compare_read_back, rows, results),
            on_success=shown,
            on_failure=partial(self._on_read_back_failed, self._generation, line_item),
            description=f"compare the grades of {line_item.label} read back",
        )

    def _show_compared_read_back(
        self,
        generation: int,
        line_item: LineItem,
        rows: tuple[StudentGrade, ...],
        results: Mapping[str, Result],
        changes: ReadBackChanges,
    ) -> None:
        if generation != self._generation or line_item is not self._line_item or self.loading:
            return  # another load took its place
        if not self._model.apply_read_back(rows, changes) and not self._model.replace_results(
            results
        ):
            # The rows changed while they were compared, and the read-back no longer fits them.
            self.reload(announce=False)
            return
        self._loaded(line_item, self._clock())

    def _on_read_back_failed(
        self, generation: int, line_item: LineItem, error: BaseException
    ) -> None:
        log.error("Comparing the grades read back failed", exc_info=error)
        if generation == self._generation and line_item is self._line_item and not self.loading:
            self.reload(announce=False)

    def _loaded(self, line_item: LineItem, taken_at: datetime) -> None:
        """Every row of `line_item` is in the model: it is what edits are made on now."""
        self._model.finish_load()
        gc.freeze()  # the rows on screen live until the next load
        grades = self._model.grades()
        self._let_go_of_last_snapshot()
        self._let_go_of_rows()
        self._grades = grades
        self._grades_taken_at = taken_at
        self._last_snapshot = (
            Snapshot(line_item, list(grades), taken_at),
            self._model.name_ranks(),
        )
        self.finished.emit(line_item)
        self.grades_ready.emit(line_item)
        key = self._session.key
        if key is not None:
            self.save_snapshot_now()  # an earlier snapshot still waiting goes first
            self._pending_snapshot = partial(
                _save_snapshot, self._store, key, line_item, grades, taken_at
            )
            self._snapshot_timer.start()

    def _on_snapshot_saved(self, problem: str | None) -> None:
        self._snapshot_saves_running -= 1
        if problem is not None:
            self._messages.inform(
                translate(
                    "ResultsLoader",
                    "The grades could not be kept on this computer for working offline: {problem}",
                ).format(problem=problem),
                15000,
            )
        self.snapshot_saved.emit()

    def _on_snapshot_save_failed(self, error: BaseException) -> None:
        self._snapshot_saves_running -= 1
        self._messages.report_failure(
            translate("ResultsLoader", "Keeping the grades on this computer"), error
        )
        self.snapshot_saved.emit()

    def _on_failed(
        self, request_id: int, line_item: LineItem, client: LtiaasClient, error: BaseException
    ) -> None:
        if request_id != self._request_id:
            return  # a reply for a line item the user has left
        self._show_every_waiting_page()
        self._cancel_request()
        if isinstance(error, AuthError) and client is not self._session.client:
            # Refused with the old credentials while new ones were being entered: try again.
            self.load(line_item)
            return
        offline_copy = unreachable(error) and self._rows_kept and self._grades is not None
        if not offline_copy:
            self._replace_kept_rows(line_item)
        self.failed.emit(line_item, error)
        self._messages.report_failure(
            translate("ResultsLoader", "Loading the grades of “{label}”").format(
                label=line_item.label
            ),
            error,
            retry=self.reload,
        )
        if offline_copy:
            self._keep_rows_offline(line_item)
        elif unreachable(error):
            self._show_saved_snapshot(line_item)

    # -- the snapshot, shown offline ----------------------------------------------------------

    def _keep_rows_offline(self, line_item: LineItem) -> None:
        """The complete rows kept through the failed load are the offline copy: they stay, with
        any score being typed in them, labelled with when they were downloaded."""
        taken_at = self._grades_taken_at
        assert taken_at is not None
        self._rows_kept = False
        self._snapshot_taken_at = taken_at
        self.snapshot_shown.emit(line_item, taken_at)
        self.grades_ready.emit(line_item)

    def _show_saved_snapshot(self, line_item: LineItem) -> None:
        last = self._last_snapshot
        if last is not None and last[0].line_item.id == line_item.id:
            # Downloaded during this run: at hand, and perhaps not in the store yet.
            self._show_snapshot(*last)
            return
        key = self._session.key
        if key is None:
            return
        generation = self._next_request()
        self._task_id = self._runner.submit_store(
            partial(_read_snapshot, self._store, key, line_item.id, self._model.locale()),
            on_success=partial(self._on_snapshot_read, generation),
            on_failure=partial(
                self._on_local_failure,
                generation,
                translate("ResultsLoader", "Opening the grades kept on this computer"),
            ),
            description=f"open the snapshot of {line_item.label}",
        )

    def _on_snapshot_read(self, request_id: int, read: tuple[Snapshot, NameRanks] | None) -> None:
        if request_id != self._request_id:
            return  # another load began meanwhile
        self._task_id = self._request_id = None
        if read is not None:  # else never loaded on this computer: nothing to show
            self._show_snapshot(*read)

    def _show_snapshot(self, snapshot: Snapshot, ranks: Mapping[str, int]) -> None:
        """Show a snapshot instead of fresh data, labelled with its age."""
        line_item = snapshot.line_item
        self._line_item = line_item
        self._rows_kept = False
        self._replace_rows(line_item)
        self._model.set_name_ranks(ranks)
        # Results first: each row is then built once, when its roster entry arrives.
        self._model.add_results([grade.result for grade in snapshot.grades if grade.result])
        self._model.add_members([grade.member for grade in snapshot.grades if grade.member])
        self._model.finish_load()
        gc.freeze()
        self._let_go_of_rows()
        self._grades = tuple(snapshot.grades)
        self._snapshot_taken_at = self._grades_taken_at = snapshot.taken_at
        self.snapshot_shown.emit(line_item, snapshot.taken_at)
        self.grades_ready.emit(line_item)

    def _on_local_failure(self, request_id: int, action: str, error: BaseException) -> None:
        if request_id == self._request_id:
            self._task_id = self._request_id = None
        self._messages.report_failure(action, error)
