"""The task runner: jobs off the main thread, outcomes on it, cancelled replies dropped."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.workers import TaskContext, TaskRunner


class Outcomes:
    """Main-thread callbacks that remember what arrived and on which thread."""

    def __init__(self) -> None:
        self.successes: list[object] = []
        self.failures: list[BaseException] = []
        self.progress: list[object] = []
        self.callback_threads: set[int] = set()

    def success(self, value: object) -> None:
        self.callback_threads.add(threading.get_ident())
        self.successes.append(value)

    def failure(self, error: BaseException) -> None:
        self.callback_threads.add(threading.get_ident())
        self.failures.append(error)

    def progressed(self, item: object) -> None:
        self.callback_threads.add(threading.get_ident())
        self.progress.append(item)


def test_jobs_run_off_the_main_thread_and_report_on_it(qtbot: QtBot, runner: TaskRunner) -> None:
    outcomes = Outcomes()
    job_threads: list[int] = []

    def job(context: TaskContext) -> str:
        job_threads.append(threading.get_ident())
        for page in range(3):
            context.report(page)
        return "done"

    runner.submit(
        job,
        on_success=outcomes.success,
        on_failure=outcomes.failure,
        on_progress=outcomes.progressed,
    )
    qtbot.waitUntil(lambda: outcomes.successes == ["done"], timeout=2000)
    assert outcomes.progress == [0, 1, 2]  # in order, all before the result
    main = threading.get_ident()
    assert job_threads and job_threads[0] != main
    assert outcomes.callback_threads == {main}
    assert runner.pending_count == 0


def test_an_exception_in_a_job_reaches_the_failure_callback(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    outcomes = Outcomes()

    def job(context: TaskContext) -> None:
        raise ValueError("bad page")

    runner.submit(job, on_success=outcomes.success, on_failure=outcomes.failure)
    qtbot.waitUntil(lambda: len(outcomes.failures) == 1, timeout=2000)
    assert isinstance(outcomes.failures[0], ValueError)
    assert outcomes.successes == []


def test_a_cancelled_job_stops_and_its_replies_are_dropped(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    outcomes = Outcomes()
    started = threading.Event()
    release = threading.Event()
    saw_cancel: list[bool] = []

    def job(context: TaskContext) -> str:
        started.set()
        release.wait(2)
        saw_cancel.append(context.cancelled)
        context.report("late page")
        return "late result"

    task_id = runner.submit(
        job,
        on_success=outcomes.success,
        on_failure=outcomes.failure,
        on_progress=outcomes.progressed,
    )
    assert started.wait(2)
    runner.cancel(task_id)
    assert not runner.is_running(task_id)
    release.set()
    qtbot.waitUntil(lambda: runner.stale_replies_dropped == 1, timeout=2000)
    assert saw_cancel == [True]
    assert outcomes.successes == outcomes.progress == []


def test_shutdown_waits_for_running_jobs_and_refuses_new_ones(runner: TaskRunner) -> None:
    finished = threading.Event()

    def job(context: TaskContext) -> None:
        context.cancel.wait(2)  # stops as soon as asked
        finished.set()

    runner.submit(job, on_success=lambda _: None, on_failure=lambda _: None)
    assert runner.shutdown(3000)
    assert finished.is_set()
    with pytest.raises(RuntimeError):
        runner.submit(job, on_success=lambda _: None, on_failure=lambda _: None)


def test_steps_reported_from_many_threads_all_arrive_in_order_before_the_result(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    # A run reports from its sending threads while the window is busy: the steps reach the
    # window together, none lost, each thread's in the order it reported them.
    outcomes = Outcomes()
    threads, steps = 4, 250

    def job(context: TaskContext) -> str:
        def send(sender: int) -> None:
            for step in range(steps):
                context.report((sender, step))

        senders = [threading.Thread(target=send, args=(n,)) for n in range(threads)]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        return "done"

    runner.submit(
        job,
        on_success=outcomes.success,
        on_failure=outcomes.failure,
        on_progress=outcomes.progressed,
    )
    qtbot.waitUntil(lambda: outcomes.successes == ["done"], timeout=5000)
    assert len(outcomes.progress) == threads * steps
    for sender in range(threads):
        mine = [
            item[1] for item in outcomes.progress if isinstance(item, tuple) and item[0] == sender
        ]
        assert mine == list(range(steps))


def test_steps_left_when_a_callback_cancels_the_task_are_dropped(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    outcomes = Outcomes()
    reported = threading.Event()
    task_ids: list[int] = []

    def job(context: TaskContext) -> None:
        for step in range(3):
            context.report(step)
        reported.set()
        context.cancel.wait(2)

    def progressed(item: object) -> None:
        outcomes.progressed(item)
        runner.cancel(task_ids[0])  # the user left the column on the first step shown

    task_ids.append(
        runner.submit(
            job, on_success=outcomes.success, on_failure=outcomes.failure, on_progress=progressed
        )
    )
    assert reported.wait(2)
    qtbot.waitUntil(lambda: outcomes.progress != [], timeout=2000)
    qtbot.wait(50)
    assert outcomes.progress == [0]
