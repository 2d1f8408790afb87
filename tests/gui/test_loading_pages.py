"""Pages reaching the table while a column loads: the first at once, then together a few times a
second, so that roster and results pages arriving in quick succession do not make the window
paint the table again for each one."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any, cast

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.loader import (
    PAGES_SHOWN_EVERY_MS,
    ROWS_SHOWN_AT_ONCE,
    MembersPage,
    ResultsLoader,
    ResultsPage,
)
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_model import ResultsModel
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.store import GradeStore

LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=10)


@dataclass
class Task:
    on_success: Callable[[Any], None]
    on_failure: Callable[[BaseException], None]
    on_progress: Callable[[Any], None]


@dataclass
class HandRunner:
    """A task runner whose loads are answered by the test, page by page."""

    tasks: dict[int, Task] = field(default_factory=dict)
    cancelled: list[int] = field(default_factory=list)

    def submit(self, job: Any, **callbacks: Any) -> int:
        task_id = len(self.tasks) + 1
        self.tasks[task_id] = Task(
            callbacks["on_success"], callbacks["on_failure"], callbacks["on_progress"]
        )
        return task_id

    def cancel(self, task_id: int) -> None:
        self.cancelled.append(task_id)

    @property
    def current(self) -> Task:
        return self.tasks[max(self.tasks)]


def roster_page(*numbers: int) -> MembersPage:
    return MembersPage(
        tuple(Member(userId=f"{n:03}", roles=("Learner",), name=f"N {n:03}") for n in numbers)
    )


def results_page(*numbers: int) -> ResultsPage:
    return ResultsPage(
        tuple(
            Result(
                id=f"r-{n:03}",
                userId=f"{n:03}",
                scoreOf=LINE_ITEM.id,
                resultScore=n % 10,
                resultMaximum=10,
            )
            for n in numbers
        )
    )


@pytest.fixture
def model() -> Iterator[ResultsModel]:
    made = ResultsModel(locale=QLocale(QLocale.Language.English))
    yield made
    made.deleteLater()


@pytest.fixture
def runner() -> HandRunner:
    return HandRunner()


@pytest.fixture
def loader(runner: HandRunner, model: ResultsModel, messages: MessageChannel) -> ResultsLoader:
    session = SimpleNamespace(client=object(), key=None)
    return ResultsLoader(
        cast(Session, session),
        cast(TaskRunner, runner),
        model,
        messages,
        cast(GradeStore, None),
    )


def updates_of(model: ResultsModel) -> list[str]:
    seen: list[str] = []
    for name in ("rowsInserted", "layoutChanged", "dataChanged", "modelReset"):
        getattr(model, name).connect(lambda *args, name=name: seen.append(name))
    return seen


def test_the_first_page_shows_at_once_and_the_next_ones_together(
    qtbot: QtBot, loader: ResultsLoader, runner: HandRunner, model: ResultsModel
) -> None:
    loader.load(LINE_ITEM)
    progress: list[tuple[int, int]] = []
    loader.progressed.connect(lambda learners, results: progress.append((learners, results)))
    runner.current.on_progress(roster_page(1, 2))
    assert model.rows_count_total() == 2  # the first rows without waiting
    updates = updates_of(model)
    runner.current.on_progress(results_page(1, 2, 3))
    runner.current.on_progress(roster_page(3, 4))
    runner.current.on_progress(roster_page(5))
    assert model.rows_count_total() == 2 and updates == []
    qtbot.waitUntil(lambda: model.rows_count_total() == 5, timeout=10 * PAGES_SHOWN_EVERY_MS)
    # One update for the three pages: the results of learners shown, then the new rows.
    assert updates == ["dataChanged", "rowsInserted"]
    assert progress == [(2, 0), (5, 3)]
    assert [model.grade_at(row).result is not None for row in range(5)] == [1, 1, 1, 0, 0]
    # Quiet for a moment: the next page shows at once again.
    qtbot.wait(PAGES_SHOWN_EVERY_MS + 20)
    runner.current.on_progress(roster_page(6))
    assert model.rows_count_total() == 6


def test_the_pages_waiting_show_before_the_load_is_announced_complete(
    loader: ResultsLoader, runner: HandRunner, model: ResultsModel
) -> None:
    loader.load(LINE_ITEM)
    complete: list[int] = []
    loader.grades_ready.connect(lambda item: complete.append(model.rows_count_total()))
    runner.current.on_progress(roster_page(1))
    runner.current.on_progress(roster_page(2, 3))
    runner.current.on_success({})  # the ranks of the roster's names
    assert complete == [3]
    assert [grade.user_id for grade in loader.grades or ()] == ["001", "002", "003"]


def test_stopping_keeps_the_pages_that_arrived(
    loader: ResultsLoader, runner: HandRunner, model: ResultsModel
) -> None:
    loader.load(LINE_ITEM)
    runner.current.on_progress(roster_page(1))
    runner.current.on_progress(roster_page(2))
    loader.cancel()
    assert model.rows_count_total() == 2
    assert runner.cancelled == [1]


def test_pages_of_a_column_left_meanwhile_never_show(
    qtbot: QtBot, loader: ResultsLoader, runner: HandRunner, model: ResultsModel
) -> None:
    loader.load(LINE_ITEM)
    first = runner.current
    first.on_progress(roster_page(1))
    first.on_progress(roster_page(2))  # waiting to be shown
    loader.load(LineItem(id="https://lms.example/li/2", label="Quiz 2", scoreMaximum=5))
    first.on_progress(roster_page(3))
    qtbot.wait(2 * PAGES_SHOWN_EVERY_MS)
    assert model.rows_count_total() == 0
    runner.current.on_progress(roster_page(9))
    assert [grade.user_id for grade in model.grades()] == ["009"]


class _Marker:
    """Rides in a result's extra fields: it lives exactly as long as the result does."""


def test_the_rows_a_reload_replaces_are_freed_between_events_not_in_one_go(
    qtbot: QtBot, loader: ResultsLoader, runner: HandRunner
) -> None:
    learners = range(1, 1201)
    markers = [_Marker() for _ in learners]
    alive = [weakref.ref(marker) for marker in markers]
    loader.load(LINE_ITEM)
    runner.current.on_progress(roster_page(*learners))
    runner.current.on_progress(
        ResultsPage(
            tuple(
                Result(id=f"r-{n:03}", userId=f"{n:03}", scoreOf=LINE_ITEM.id, marker=marker)
                for n, marker in zip(learners, markers, strict=True)
            )
        )
    )
    runner.current.on_success({})
    del markers
    qtbot.waitUntil(lambda: loader.grades is not None and not loader.loading, timeout=2000)
    alive_when_replaced: list[bool] = []
    loader.grades_ready.connect(
        lambda _: alive_when_replaced.append(all(ref() is not None for ref in alive))
    )

    loader.reload()
    runner.current.on_progress(roster_page(*learners))
    runner.current.on_progress(results_page(*learners))
    runner.current.on_success({})

    # The earlier rows are no longer shown, yet none was freed in the call that replaced them.
    qtbot.waitUntil(lambda: alive_when_replaced != [], timeout=2000)
    assert alive_when_replaced == [True]
    qtbot.waitUntil(lambda: all(ref() is None for ref in alive), timeout=2000)


def test_a_whole_roster_in_one_page_goes_into_the_table_a_part_per_turn(
    qtbot: QtBot, loader: ResultsLoader, runner: HandRunner, model: ResultsModel
) -> None:
    # An LMS answering with every learner at once (Moodle): the window paints between parts.
    learners = range(1, 2 * ROWS_SHOWN_AT_ONCE + 501)
    shown_when_ready: list[int] = []
    loader.grades_ready.connect(lambda _: shown_when_ready.append(model.rows_count_total()))
    loader.load(LINE_ITEM)
    runner.current.on_progress(results_page(*learners))
    runner.current.on_progress(roster_page(*learners))
    runner.current.on_success({})

    assert model.rows_count_total() <= ROWS_SHOWN_AT_ONCE
    assert loader.loading and shown_when_ready == []
    # The load ends once every learner is in, each with the result that came for them.
    qtbot.waitUntil(lambda: shown_when_ready != [], timeout=2000)
    assert shown_when_ready == [len(learners)]
    assert not loader.loading
    assert all(grade.result is not None for grade in loader.grades or ())


def test_stopping_while_a_large_page_goes_in_keeps_all_of_it(
    loader: ResultsLoader, runner: HandRunner, model: ResultsModel
) -> None:
    learners = range(1, 2 * ROWS_SHOWN_AT_ONCE + 1)
    loader.load(LINE_ITEM)
    runner.current.on_progress(roster_page(*learners))
    assert model.rows_count_total() == ROWS_SHOWN_AT_ONCE
    loader.cancel()
    assert model.rows_count_total() == len(learners)
    assert not loader.loading
