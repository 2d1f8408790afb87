"""Updates of rows already shown: what views are told, so that a large table never makes the
window stall (one dataChanged over the changed span, no reset when the rows stay the same)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from types import SimpleNamespace
from typing import Any, cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from gradebook_gui.api import Credentials, LtiaasClient
from gradebook_gui.edits import CellState, GradeEdit, ServerGrade
from gradebook_gui.gui import loader as loader_module
from gradebook_gui.gui import results_model
from gradebook_gui.gui.loader import ResultsLoader
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.results_columns import ALIGN_NUMBER
from gradebook_gui.gui.results_model import (
    CellOverlay,
    Column,
    QuickFilter,
    ResultsModel,
    read_back_changes,
)
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore

from .test_results_model import (
    ASCENDING,
    DESCENDING,
    LINE_ITEM,
    Mirror,
    column_texts,
    loaded,
    member,
    model_tester_complaints,
    painted,
    random_member,
    random_result,
    result,
    user_ids,
)


@pytest.fixture
def model() -> Iterator[ResultsModel]:
    results_model = ResultsModel(locale=QLocale(QLocale.Language.English))
    yield results_model
    results_model.deleteLater()


class Notifications:
    """Every structural notification and every dataChanged span (first row, last row)."""

    def __init__(self, model: ResultsModel) -> None:
        self.kinds: list[str] = []
        self.spans: list[tuple[int, int]] = []
        model.dataChanged.connect(self._data_changed)
        for name in ("modelReset", "rowsInserted", "rowsRemoved", "rowsMoved", "layoutChanged"):
            getattr(model, name).connect(lambda *args, name=name: self.kinds.append(name))

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *args: Any) -> None:
        self.spans.append((top_left.row(), bottom_right.row()))


def drafted(user_id: str, score: float) -> CellOverlay:
    return CellOverlay(GradeEdit(user_id, score, 10), ServerGrade(None, 10), CellState.EDITED)


def thousand_learners(model: ResultsModel) -> None:
    loaded(model, [member(f"{n:04}", f"Name {n:04}") for n in range(1000)], [])


def test_an_overlay_update_repaints_only_the_span_of_its_rows(model: ResultsModel) -> None:
    thousand_learners(model)
    told = Notifications(model)
    model.update_overlays({"0500": drafted("0500", 4), "0507": drafted("0507", 5)})
    assert told.kinds == []
    assert told.spans == [(500, 507)]


def test_rows_far_apart_are_repainted_apart(
    model: ResultsModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One span from the first to the last would repaint every row on screen between them.
    thousand_learners(model)
    told = Notifications(model)
    model.update_overlays({f"{n:04}": drafted(f"{n:04}", 4) for n in (10, 12, 900, 40)})
    assert told.kinds == []
    assert told.spans == [(10, 40), (900, 900)]
    # Past a number of stretches, one span: not hundreds of notifications.
    monkeypatch.setattr(results_model, "_MAX_REPAINT_SPANS", 4)
    told.spans.clear()
    model.update_overlays({f"{n:04}": drafted(f"{n:04}", 5) for n in range(0, 1000, 100)})
    assert told.spans == [(0, 900)]


def test_many_changed_rows_still_repaint_only_their_span(model: ResultsModel) -> None:
    thousand_learners(model)
    told = Notifications(model)
    model.update_overlays({f"{n:04}": drafted(f"{n:04}", 1) for n in range(300, 400, 2)})
    assert told.spans == [(300, 398)]
    # Learners the filter hides are not repainted; the span is counted in view rows.
    model.set_text_filter("03")
    assert model.rows_of_users({"0900"}) == []
    first, last = model.rows_of_users({"0350", "0399"})
    told.spans.clear()
    model.update_overlays({"0350": None, "0900": drafted("0900", 2), "0399": drafted("0399", 2)})
    assert told.spans == [(first, last)]
    assert model.grade_at(first).user_id == "0350"


def test_rows_of_users_follow_sort_and_filter(model: ResultsModel) -> None:
    thousand_learners(model)
    model.sort(Column.NAME, DESCENDING)
    assert model.rows_of_users({"0999", "0000", "nobody"}) == [0, 999]
    model.set_text_filter("name 09")
    assert model.rows_of_users({"0950", "0100"}) == [49]
    assert model.rows_of_users(set()) == []


def test_results_read_back_update_rows_in_place(model: ResultsModel) -> None:
    thousand_learners(model)
    model.add_results([result(f"{n:04}", 5) for n in range(1000)])
    tracked = QPersistentModelIndex(model.index(600, Column.SCORE))
    told = Notifications(model)
    now: dict[str, Result] = {f"{n:04}": result(f"{n:04}", 5) for n in range(1000)}
    now["0600"] = result("0600", 9, comment="Well done")
    now["0640"] = result("0640", 7)
    # The same grade with a field the LMS added: the row holds what the LMS holds now.
    now["0610"] = Result.model_validate({**result("0610", 5).model_dump(), "gradedAt": "now"})
    del now["0620"]  # no grade in the LMS any more
    assert model.replace_results(now)
    assert told.kinds == []
    assert told.spans == [(600, 640)]
    assert tracked.row() == 600
    assert column_texts(model, Column.SCORE)[600:641:20] == ["9", "", "7"]
    assert column_texts(model, Column.COMMENT)[600] == "Well done"
    grades = {grade.user_id: grade for grade in model.grades()}
    assert grades["0620"].result is None and grades["0600"].result == now["0600"]
    assert grades["0610"].result is now["0610"]
    assert model.stats().graded == 999


def test_results_read_back_move_rows_under_a_score_sort(
    model: ResultsModel, qtmodeltester: Any, qtlog: Any
) -> None:
    qtmodeltester.check(model)
    model.sort(Column.SCORE, ASCENDING)
    loaded(
        model,
        [member(n) for n in "abcde"],
        [result(n, score) for n, score in zip("abcde", [1, 2, 3, 4, 5], strict=True)],
    )
    mirror = Mirror(model)
    told = Notifications(model)
    assert model.replace_results(
        {n: result(n, s) for n, s in zip("abcde", [1, 9, 3, 4, 5], strict=True)}
    )
    assert "modelReset" not in told.kinds
    assert user_ids(model) == mirror.rows == ["a", "c", "d", "e", "b"]
    assert model_tester_complaints(qtlog) == []


def test_results_read_back_that_change_the_rows_are_refused(model: ResultsModel) -> None:
    loaded(model, [member("a"), member("b")], [result("gone", 3)])
    assert user_ids(model) == ["a", "b", "gone"]
    told = Notifications(model)
    # A student not on the roster whose result came or went changes the rows: load anew.
    assert not model.replace_results({"a": result("a", 1)})
    assert not model.replace_results({"gone": result("gone", 3), "new": result("new", 2)})
    assert told.kinds == [] and told.spans == []
    assert model.grades()[0].result is None


def test_results_read_back_of_a_roster_member_who_is_not_a_learner_add_no_row(
    model: ResultsModel,
) -> None:
    teacher = Member(userId="t", roles=("Instructor",), name="Teacher")
    loaded(model, [member("a"), teacher], [])
    assert model.replace_results({"a": result("a", 4), "t": result("t", 1)})
    assert user_ids(model) == ["a"]
    assert column_texts(model, Column.SCORE) == ["4"]


def test_the_table_finds_its_learners_through_the_roster_joins_own_index(
    model: ResultsModel,
) -> None:
    teacher = Member(userId="t", roles=("Instructor",), name="Teacher")
    loaded(model, [member("a"), teacher, member("b")], [result("gone", 3)])
    # One index of rows by user ID for the whole table, the join's: no copy beside it.
    assert not hasattr(model, "_row_of_user")
    assert model._join.row_of_user == {"a": 0, "b": 1, "gone": 2}
    assert model._join.roster_ids == {"a", "t", "b"}
    model.begin_load(LINE_ITEM)
    model.add_members([member("c")])
    assert model.rows_of_users(["c", "a"]) == [0]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(list(Column)),
    st.booleans(),
    st.sampled_from(list(QuickFilter)),
    st.sampled_from(["", "1", "ann"]),
    st.lists(st.integers(0, 14), max_size=12),
    st.dictionaries(st.integers(0, 14), st.one_of(st.none(), st.integers(0, 12)), max_size=12),
    st.dictionaries(st.integers(0, 14), st.one_of(st.none(), st.integers(0, 12)), max_size=12),
)
def test_results_read_back_match_a_fresh_load(
    qtlog: Any,
    column: Column,
    descending: bool,
    quick: QuickFilter,
    text: str,
    roster: list[int],
    before: dict[int, int | None],
    after: dict[int, int | None],
) -> None:
    members = [random_member(number) for number in roster]
    on_roster = {str(number) for number in roster}
    # Only the roster's learners: a result of a student off the roster changes the rows.
    results_before = [random_result(n, score) for n, score in before.items() if str(n) in on_roster]
    results_after = {
        str(n): random_result(n, score) for n, score in after.items() if str(n) in on_roster
    }
    sort = (int(column), DESCENDING if descending else ASCENDING)

    def filtered(model: ResultsModel) -> None:
        model.sort(*sort)
        model.set_text_filter(text)
        model.set_quick_filter(quick)

    model = ResultsModel(locale=QLocale(QLocale.Language.English))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    filtered(model)
    loaded(model, members, results_before)
    painted(model)  # the rows' cells kept ready before the read-back
    mirror = Mirror(model)
    told = Notifications(model)
    assert model.replace_results(results_after)
    assert "modelReset" not in told.kinds
    assert mirror.rows == user_ids(model)
    assert model_tester_complaints(qtlog) == []
    del tester

    fresh = ResultsModel(locale=QLocale(QLocale.Language.English))
    filtered(fresh)
    loaded(fresh, members, list(results_after.values()))
    assert user_ids(model) == user_ids(fresh)
    assert model.grades() == fresh.grades()
    for shown in (Column.SCORE, Column.COMMENT, Column.STATUS):
        assert column_texts(model, shown) == column_texts(fresh, shown)
    assert painted(model) == painted(fresh)


def test_states_moving_on_do_not_announce_new_statistics(model: ResultsModel) -> None:
    thousand_learners(model)
    model.update_overlays({"0001": drafted("0001", 4)})
    announced: list[bool] = []
    model.stats_changed.connect(lambda: announced.append(True))
    sending = model.overlay("0001")
    assert sending is not None
    for state in (CellState.QUEUED, CellState.SENT, CellState.VERIFIED):
        model.update_overlays({"0001": CellOverlay(sending.edit, sending.base, state)})
    assert announced == []
    assert model.stats().graded == 1
    model.update_overlays({"0001": drafted("0001", 6)})
    assert announced == [True]
    assert model.stats().mean == 6


class CellTextCalls:
    """Counts the rows whose cell texts the model works out (a row's cells come together)."""

    def __init__(self, model: ResultsModel, monkeypatch: pytest.MonkeyPatch) -> None:
        self.rows: list[int] = []
        work_out = model._cell_text

        def counted(row: int, column: Column) -> str:
            if column == Column.NAME:
                self.rows.append(row)
            return work_out(row, column)

        monkeypatch.setattr(model, "_cell_text", counted)


def test_a_repaint_asks_each_cell_once_for_every_role(
    model: ResultsModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    thousand_learners(model)
    model.update_overlays({"0003": drafted("0003", 4)})
    asked: list[int] = []
    answer = model.data
    monkeypatch.setattr(model, "data", lambda *args: asked.append(1) or answer(*args))
    cells = painted(model)
    assert asked == []  # text, font and alignment came from one call per cell
    assert cells[3 * len(Column) + Column.SCORE] == ("4", True, int(ALIGN_NUMBER.value))
    assert cells[4 * len(Column) + Column.SCORE][1] is False


def test_a_row_update_works_out_only_its_rows_again(
    model: ResultsModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    thousand_learners(model)
    painted(model)
    calls = CellTextCalls(model, monkeypatch)
    painted(model)
    assert calls.rows == []  # nothing changed: every row painted before is kept
    model.update_overlays({"0500": drafted("0500", 4), "0007": drafted("0007", 5)})
    model.sort(Column.USER_ID, DESCENDING)  # a sort moves rows, it does not change their cells
    model.set_text_filter("name 0")
    painted(model)
    assert sorted(calls.rows) == [7, 500]
    assert model.replace_results({"0900": result("0900", 2)})
    painted(model)
    assert sorted(calls.rows) == [7, 500, 900]
    assert cell_of(model, "0900", Column.SCORE) == "2"
    assert cell_of(model, "0500", Column.STATUS) == "✎ edited"


def cell_of(model: ResultsModel, user_id: str, column: Column) -> object:
    (row,) = model.rows_of_users({user_id})
    return model.data(model.index(row, column))


def test_a_read_back_compared_on_rows_since_changed_is_refused(model: ResultsModel) -> None:
    loaded(model, [member("a"), member("b")], [result("a", 1)])
    rows = model.grades()
    changes = read_back_changes(rows, {"a": result("a", 1), "b": result("b", 4)})
    assert changes == [(1, result("b", 4))]
    model.add_results([result("a", 2)])  # a page that came meanwhile
    told = Notifications(model)
    assert not model.apply_read_back(rows, changes)
    assert told.spans == [] and column_texts(model, Column.SCORE) == ["2", ""]
    assert model.apply_read_back(model.grades(), read_back_changes(model.grades(), {}))
    assert column_texts(model, Column.SCORE) == ["", ""]


# -- the loader showing a read-back, against the sandbox ---------------------------------------


@pytest.fixture
def sandbox_loader(
    make_sandbox: Callable[..., Sandbox], runner: TaskRunner, messages: MessageChannel
) -> Iterator[tuple[Sandbox, ResultsLoader, LineItem]]:
    sandbox = make_sandbox(students=30, seed=4)
    issued = sandbox.credentials
    client = LtiaasClient(
        sandbox.base_url,
        Credentials(api_key=issued.api_key, ltik=issued.ltik, service_key=issued.service_key),
    )
    model = ResultsModel(locale=QLocale(QLocale.Language.English))
    session = SimpleNamespace(client=client, key=None)
    loader = ResultsLoader(cast(Session, session), runner, model, messages, cast(GradeStore, None))
    line_item = client.get_line_item(sandbox.line_item_ids()[0])
    yield sandbox, loader, line_item
    client.close()
    model.deleteLater()


def read_back(sandbox: Sandbox, line_item: LineItem) -> dict[str, Result]:
    return {
        user_id: Result.model_validate(held)
        for user_id, held in sandbox.control.results(line_item.id).items()
    }


def test_a_read_back_is_compared_off_the_windows_thread_and_updates_only_its_rows(
    qtbot: QtBot,
    sandbox_loader: tuple[Sandbox, ResultsLoader, LineItem],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sandbox, loader, line_item = sandbox_loader
    model = loader._model
    with qtbot.waitSignal(loader.grades_ready, timeout=10_000):
        loader.load(line_item)
    learner = next(grade.user_id for grade in model.grades() if grade.on_roster)
    sandbox.control.set_grade(line_item.id, learner, 0.25 * line_item.scoreMaximum)
    threads: list[threading.Thread] = []
    compare = loader_module.read_back_changes

    def compared_where(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return compare(*args)

    monkeypatch.setattr(loader_module, "read_back_changes", compared_where)
    told = Notifications(model)
    with qtbot.waitSignal(loader.grades_ready, timeout=10_000):
        loader.show_read_back(read_back(sandbox, line_item))
        assert told.spans == []  # nothing compared on the window's thread
    assert threads and threads[0] is not threading.main_thread()
    assert told.kinds == [] and len(told.spans) == 1
    assert cell_of(model, learner, Column.PERCENT) == "25%"
    assert not loader.loading and loader.grades == model.grades()


def test_a_read_back_that_another_load_overtook_is_dropped(
    qtbot: QtBot, sandbox_loader: tuple[Sandbox, ResultsLoader, LineItem]
) -> None:
    sandbox, loader, line_item = sandbox_loader
    model = loader._model
    with qtbot.waitSignal(loader.grades_ready, timeout=10_000):
        loader.load(line_item)
    learner = next(grade.user_id for grade in model.grades() if grade.on_roster)
    held = read_back(sandbox, line_item)
    held[learner] = held[learner].model_copy(update={"resultScore": 0.0})  # not what the LMS has
    ready: list[object] = []
    loader.grades_ready.connect(ready.append)
    loader.show_read_back(held)
    loader.reload()  # F5 before the comparison came back
    qtbot.waitUntil(lambda: bool(ready) and not loader.loading, timeout=10_000)
    qtbot.wait(50)
    assert len(ready) == 1  # the reload's, not the read-back's
    grade = next(grade for grade in model.grades() if grade.user_id == learner)
    assert grade.result == read_back(sandbox, line_item).get(learner)
