"""The results table with 100,000 learners: our model against Qt's stock models.

Contestants, each with the same learners and results, behind a QTableView shown offscreen:
- `results`: the app's ResultsModel, filled as the window fills it (begin_load, roster and
  results in pages of 100, finish_load, then the ranks of the roster's names that the loader
  works out on a pool thread), sorted with its own `sort` and filtered with `set_text_filter`
  (name, user ID and email);
- `standard`: a QStandardItemModel with the same eight columns (numbers stored as numbers),
  sorted with its own `sort`, under a QSortFilterProxyModel that filters the name column
  (less to search than the app's filter does).
Sorting is timed twice, by score and by name (ours by the names' ranks, family name first in
the locale's collation; the stock model compares the names as shown), and so is the first filter
keystroke: on the table sorted by score, then, with the filter cleared, sorted by name (the
stock proxy filters a source sorted by name about ten times faster). The ranking itself, done
off the window's thread, is reported on its own. Each contestant runs in a process of its own,
so that memory figures are its own: the growth of the resident set (which sees Qt's C++
allocations) and, in another process, of tracemalloc's count (which sees Python's only).
Timings include the events the view processes afterwards.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from benchmarks.common import Measurement
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.sandbox import SandboxOptions
from gradebook_gui.sandbox.data import build_course
from gradebook_gui.sandbox.lms import Gradebook, member_json

if TYPE_CHECKING:  # Qt is imported in the contestant's own process only
    from PySide6.QtWidgets import QTableView

CONTESTANTS = ("results", "standard")
MODES = ("time", "trace")
PAGE_SIZE = 100
SPEED_UP_TARGET = 3.0
# The filter keystroke: the first letter typed into the filter box.
KEYSTROKE = "k"


def learners(rows: int) -> tuple[LineItem, list[Member], list[Result]]:
    """The sandbox's seeded course of `rows` learners (names in many scripts, roles in both
    forms, some HTML comments), as the client reads it from the API."""
    gradebook = Gradebook(build_course(SandboxOptions(students=rows, seed=1)))
    line_item_id = gradebook.line_item_ids()[0]
    line_item = LineItem.model_validate(gradebook.line_item(line_item_id))
    members = [Member.model_validate(member_json(member)) for member in gradebook.members(None)]
    listed = gradebook.listed_user_ids(line_item_id, None)
    results = [
        Result.model_validate(result) for result in gradebook.results_json(line_item_id, listed)
    ]
    return line_item, members, results


def resident_bytes() -> int:
    """The process's resident set (Linux only: /proc), after a full garbage collection."""
    gc.collect()
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE")


def measure(view: QTableView, contestant: str, mode: str, rows: int) -> dict[str, float]:
    """Fill, sort by score, type one filter keystroke, clear it, sort by name, type it again;
    timings and memory growth.

    Memory is counted from before the learners are read until after the lists they were read
    into are dropped: what the process holds for the table, as in the window, where the pages
    the client returned live on only if the model keeps them.
    """
    from PySide6.QtWidgets import QApplication

    contestant_steps = _results_model if contestant == "results" else _standard_model
    rank, fill, sort, sort_by_name, keystroke, clear_filter = contestant_steps(view)

    def timed(step: Callable[[], None]) -> float:
        started = time.perf_counter()
        step()
        QApplication.processEvents()
        return time.perf_counter() - started

    figures: dict[str, float] = {}
    if mode == "trace":
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        course = learners(rows)
        rank(course[1])
        fill(*course)
        del course
        gc.collect()
        figures["traced_bytes_per_row"] = (tracemalloc.get_traced_memory()[0] - before) / rows
        tracemalloc.stop()
        return figures
    before = resident_bytes()
    course = learners(rows)
    figures["rank_names"] = timed(partial(rank, course[1]))
    fill_course = partial(fill, *course)
    figures["fill"] = timed(fill_course)
    del fill_course, course
    figures["resident_bytes_per_row"] = (resident_bytes() - before) / rows
    figures["sort"] = timed(sort)
    # The keystroke on the table sorted by score; the filter is then cleared for the name sort.
    figures["keystroke"] = timed(keystroke)
    figures["visible_after_keystroke"] = view.model().rowCount()
    timed(clear_filter)
    figures["sort_by_name"] = timed(sort_by_name)
    figures["keystroke_after_name_sort"] = timed(keystroke)
    figures["visible_after_keystroke_after_name_sort"] = view.model().rowCount()
    return figures


Rank = Callable[[list[Member]], None]
Fill = Callable[[LineItem, list[Member], list[Result]], None]
Step = Callable[[], None]
Steps = tuple[Rank, Fill, Step, Step, Step, Step]


def _results_model(view: QTableView) -> Steps:
    from PySide6.QtCore import Qt

    from gradebook_gui.gui.loader import NameRanks, name_ranks
    from gradebook_gui.gui.results_model import Column, ResultsModel

    model = ResultsModel(view)
    view.setModel(model)
    ranked: list[NameRanks] = []

    def rank(members: list[Member]) -> None:
        # The loader's work on a pool thread once the roster is complete.
        ranked.append(name_ranks(members))

    def fill(line_item: LineItem, members: list[Member], results: list[Result]) -> None:
        model.begin_load(line_item)
        for start in range(0, max(len(members), len(results)), PAGE_SIZE):
            model.add_members(members[start : start + PAGE_SIZE])
            model.add_results(results[start : start + PAGE_SIZE])
        model.finish_load()
        model.set_name_ranks(ranked.pop())

    return (
        rank,
        fill,
        lambda: model.sort(Column.SCORE, Qt.SortOrder.AscendingOrder),
        lambda: model.sort(Column.NAME, Qt.SortOrder.AscendingOrder),
        lambda: model.set_text_filter(KEYSTROKE),
        lambda: model.set_text_filter(""),
    )


def _standard_model(view: QTableView) -> Steps:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from gradebook_gui.gui.results_model import HEADERS, Column

    model = QStandardItemModel(0, len(Column), view)
    model.setHorizontalHeaderLabels(list(HEADERS.values()))
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(Column.NAME)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view.setModel(proxy)

    def number(value: float | None) -> QStandardItem:
        item = QStandardItem()
        if value is not None:
            item.setData(value, Qt.ItemDataRole.DisplayRole)
        return item

    def fill(line_item: LineItem, members: list[Member], results: list[Result]) -> None:
        maximum = line_item.scoreMaximum
        result_of = {result.userId: result for result in results}
        for member in members:
            if not member.is_learner:
                continue
            result = result_of.get(member.userId)
            score = result.score_on_scale(maximum) if result else None
            model.appendRow(
                [
                    QStandardItem(member.display_name),
                    QStandardItem(member.userId),
                    QStandardItem(member.email or ""),
                    number(score),
                    number(maximum),
                    number(None if score is None else score / maximum * 100),
                    QStandardItem(result.comment_text if result else ""),
                    QStandardItem("graded" if score is not None else "no grade"),
                ]
            )

    return (
        lambda members: None,
        fill,
        lambda: model.sort(Column.SCORE, Qt.SortOrder.AscendingOrder),
        lambda: model.sort(Column.NAME, Qt.SortOrder.AscendingOrder),
        lambda: proxy.setFilterFixedString(KEYSTROKE),
        lambda: proxy.setFilterFixedString(""),
    )


def _in_own_process(contestant: str, mode: str, rows: int) -> dict[str, float]:
    command = [sys.executable, "-m", "benchmarks.table", contestant, mode, str(rows)]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{finished.stderr}")
    figures: dict[str, float] = json.loads(finished.stdout.strip().splitlines()[-1])
    return figures


def run(quick: bool = False) -> list[Measurement]:
    rows = 10_000 if quick else 100_000
    ours = _in_own_process("results", "time", rows) | _in_own_process("results", "trace", rows)
    stock = _in_own_process("standard", "time", rows) | _in_own_process("standard", "trace", rows)
    name = f"table of {rows} learners: ResultsModel vs QStandardItemModel + proxy filter"
    found = []
    for step, what in (
        ("fill", "fill (pages of 100)"),
        ("sort", "sort by score"),
        ("sort_by_name", "sort by name"),
        ("keystroke", f"filter keystroke '{KEYSTROKE}', sorted by score"),
        ("keystroke_after_name_sort", f"filter keystroke '{KEYSTROKE}', sorted by name"),
    ):
        speed_up = stock[step] / ours[step]
        found += [
            Measurement(name, f"{what}: ResultsModel", ours[step] * 1000, "ms"),
            Measurement(name, f"{what}: stock models", stock[step] * 1000, "ms"),
            Measurement(
                name,
                f"{what}: speed-up",
                speed_up,
                "x",
                f">= {SPEED_UP_TARGET:g}",
                speed_up >= SPEED_UP_TARGET,
            ),
        ]
    found.append(
        Measurement(
            name,
            "rank the roster's names, off the window's thread: ResultsModel",
            ours["rank_names"] * 1000,
            "ms",
        )
    )
    for visible, sorted_by in (
        ("visible_after_keystroke", "score"),
        ("visible_after_keystroke_after_name_sort", "name"),
    ):
        found.append(
            Measurement(
                name,
                f"rows shown after the keystroke, sorted by {sorted_by}: ResultsModel / proxy",
                ours[visible],
                f"/ {stock[visible]:g} rows",
            )
        )
    resident_ours = ours["resident_bytes_per_row"]
    resident_stock = stock["resident_bytes_per_row"]
    found += [
        Measurement(
            name,
            "memory per row, resident set growth: ResultsModel",
            resident_ours,
            "bytes",
            "< stock models",
            resident_ours < resident_stock,
        ),
        Measurement(
            name, "memory per row, resident set growth: stock models", resident_stock, "bytes"
        ),
        Measurement(
            name,
            "memory per row, tracemalloc: ResultsModel",
            ours["traced_bytes_per_row"],
            "bytes",
        ),
        Measurement(
            name,
            "memory per row, tracemalloc: stock models (Qt's C++ memory is not traced)",
            stock["traced_bytes_per_row"],
            "bytes",
        ),
    ]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description="one contestant of the table benchmark")
    parser.add_argument("contestant", choices=CONTESTANTS)
    parser.add_argument("mode", choices=MODES)
    parser.add_argument("rows", type=int)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    qt_app = QApplication([])
    view = QTableView()  # the models are its children: they live until the process ends
    view.resize(1000, 700)
    view.show()
    qt_app.processEvents()
    figures = measure(view, args.contestant, args.mode, args.rows)
    print(json.dumps(figures), flush=True)
    # Skip the teardown: Qt deletes the stock model's rows one by one through the proxy, which
    # takes minutes at 100,000 rows, and the figures are already out.
    os._exit(0)


if __name__ == "__main__":
    main()
