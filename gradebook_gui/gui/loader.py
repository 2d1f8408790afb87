"""Loads one line item's results and roster on pool threads, page by page, into the model.

Rows appear as the first roster page arrives. Each load has a request id; pages of an earlier
load (the user chose another line item meanwhile) are dropped, never shown. When a reload fails
because the network is down, the last complete data of that line item is shown again: the
window says it is offline, and what it showed stays visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal

from gradebook_gui.api import AuthError, LtiaasClient, NetworkError
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import ResultsModel
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskContext, TaskRunner
from gradebook_gui.models import LineItem, Member, Result


@dataclass(frozen=True)
class ResultsPage:
    results: tuple[Result, ...]


@dataclass(frozen=True)
class MembersPage:
    members: tuple[Member, ...]


@dataclass(frozen=True)
class _LoadedData:
    line_item: LineItem
    members: tuple[Member, ...]
    results: tuple[Result, ...]


def _report_results(context: TaskContext, page: list[Result]) -> None:
    context.report(ResultsPage(tuple(page)))


def _report_members(context: TaskContext, page: list[Member]) -> None:
    context.report(MembersPage(tuple(page)))


def _fetch(client: LtiaasClient, line_item_id: str, context: TaskContext) -> int:
    results, members = client.fetch_results_and_roster(
        line_item_id,
        on_results_page=partial(_report_results, context),
        on_members_page=partial(_report_members, context),
        cancel=context.cancel,
    )
    return len(results) + len(members)


class ResultsLoader(QObject):
    """Fills `model` with a line item's grades; one load at a time, the newest wins."""

    started = Signal(object)  # LineItem
    progressed = Signal(int, int)  # learners listed so far, results received so far
    finished = Signal(object)  # LineItem, everything loaded
    stopped = Signal(object)  # LineItem, cancelled: the list is incomplete
    failed = Signal(object, object)  # LineItem, error

    def __init__(
        self,
        session: Session,
        runner: TaskRunner,
        model: ResultsModel,
        messages: MessageChannel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._runner = runner
        self._model = model
        self._messages = messages
        # The current load: its number (the request id) and its task in the runner.
        self._request_id: int | None = None
        self._task_id: int | None = None
        self._generation = 0
        self._members: list[Member] = []
        self._results: list[Result] = []
        self._last_complete: _LoadedData | None = None
        self._line_item: LineItem | None = None
        self._results_received = 0

    @property
    def loading(self) -> bool:
        return self._request_id is not None

    @property
    def request_id(self) -> int | None:
        return self._request_id

    @property
    def line_item(self) -> LineItem | None:
        return self._line_item

    def load(self, line_item: LineItem) -> None:
        """Show `line_item`'s grades: cancels a load in progress and starts over."""
        self._cancel_request()
        self._line_item = line_item
        self._results_received = 0
        self._members, self._results = [], []
        self._model.begin_load(line_item)
        client = self._session.client
        if client is None:
            return
        self._generation += 1
        generation = self._generation
        self._task_id = self._runner.submit(
            partial(_fetch, client, line_item.id),
            on_success=partial(self._on_finished, generation, line_item),
            on_failure=partial(self._on_failed, generation, line_item, client),
            # Bound to its request: a page of any other load is dropped.
            on_progress=partial(self._on_page, generation),
            description=f"load {line_item.label}",
        )
        self._request_id = generation
        self.started.emit(line_item)

    def reload(self) -> None:
        if self._line_item is not None:
            self.load(self._line_item)

    def cancel(self) -> None:
        """Stop the load in progress; what arrived stays on screen, marked incomplete."""
        if self._request_id is None or self._line_item is None:
            return
        self._cancel_request()
        self.stopped.emit(self._line_item)

    def clear(self) -> None:
        self._cancel_request()
        self._line_item = None
        self._last_complete = None
        self._model.clear()

    def _show(self, data: _LoadedData) -> None:
        self._model.begin_load(data.line_item)
        self._model.add_members(data.members)
        self._model.add_results(data.results)
        self._model.finish_load()

    def _cancel_request(self) -> None:
        if self._task_id is not None:
            self._runner.cancel(self._task_id)
        self._task_id = None
        self._request_id = None

    def _on_page(self, request_id: int, page: object) -> None:
        if request_id != self._request_id:
            return  # a reply for a line item the user has left
        if isinstance(page, MembersPage):
            self._members.extend(page.members)
            self._model.add_members(page.members)
        elif isinstance(page, ResultsPage):
            self._results_received += len(page.results)
            self._results.extend(page.results)
            self._model.add_results(page.results)
        self.progressed.emit(self._model.rows_count_total(), self._results_received)

    def _on_finished(self, request_id: int, line_item: LineItem, _count: object) -> None:
        if request_id != self._request_id:
            return  # a reply for a line item the user has left
        self._task_id = self._request_id = None
        self._model.finish_load()
        self._last_complete = _LoadedData(line_item, tuple(self._members), tuple(self._results))
        self._members, self._results = [], []
        self.finished.emit(line_item)

    def _on_failed(
        self, request_id: int, line_item: LineItem, client: LtiaasClient, error: BaseException
    ) -> None:
        if request_id != self._request_id:
            return  # a reply for a line item the user has left
        self._task_id = self._request_id = None
        if isinstance(error, AuthError) and client is not self._session.client:
            # Refused with the old credentials while new ones were being entered: try again.
            self.load(line_item)
            return
        previous = self._last_complete
        if isinstance(error, NetworkError) and previous and previous.line_item.id == line_item.id:
            self._show(previous)
        self.failed.emit(line_item, error)
        self._messages.report_failure(
            f"Loading the grades of “{line_item.label}”", error, retry=self.reload
        )
