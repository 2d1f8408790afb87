"""The text filter as people type into it: letters added, deleted and pasted over, whatever the
sort, always showing exactly the learners a plain search over their name, user ID and email
finds, in the table's order, with views kept in step and the selection kept on its learners.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, QLocale
from PySide6.QtTest import QAbstractItemModelTester

from gradebook_gui.gui import results_model, search_text
from gradebook_gui.gui.results_model import Column, QuickFilter, ResultsModel
from gradebook_gui.gui.row_order import held_by, unflagged_run_count, unflagged_runs
from gradebook_gui.gui.search_text import fold, holding_all
from gradebook_gui.models import Member
from tests.gui.test_results_model import (
    ASCENDING,
    DESCENDING,
    Mirror,
    loaded,
    member,
    model_tester_complaints,
    result,
    user_ids,
)

# Letters in both cases and with accents, so that folding decides what matches.
LETTERS = "abeEéÉ1"
texts = st.text(alphabet=LETTERS + " ", max_size=6)
keystrokes = st.one_of(
    st.sampled_from(LETTERS + " "),  # a letter typed at the end
    st.just("backspace"),  # the last letter deleted
    st.tuples(st.just("paste"), texts),  # the whole text replaced
)


def plain_filter(members: list[Member], order: list[str], text: str) -> list[str]:
    """The learners of `order` (user IDs in the table's order) whose name, user ID or email
    holds every word of `text`, case and accents aside: one learner at a time."""
    terms = fold(text).split()
    by_id = {learner.userId: learner for learner in members}
    found = []
    for user_id in order:
        learner = by_id[user_id]
        searched = [fold(learner.display_name or ""), fold(user_id), fold(learner.email or "")]
        if all(any(term in part for part in searched) for term in terms):
            found.append(user_id)
    return found


def selected_users(model: ResultsModel, selection: QItemSelectionModel) -> set[str]:
    return {model.grade_at(index.row()).user_id for index in selection.selectedRows()}


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(texts, min_size=1, max_size=24),
    emails=st.lists(st.one_of(st.none(), texts), max_size=24),
    sort=st.tuples(st.sampled_from([-1, Column.NAME, Column.USER_ID, Column.SCORE]), st.booleans()),
    quick=st.sampled_from([QuickFilter.ALL, QuickFilter.NO_GRADE]),
    typed=st.lists(keystrokes, max_size=14),
    few_rows=st.sampled_from([0, 2048]),
    incremental_runs=st.sampled_from([1, 100]),
    selected=st.sets(st.integers(0, 23), max_size=5),
)
def test_typed_text_shows_what_a_plain_search_finds(
    qtlog: Any,
    names: list[str],
    emails: list[str | None],
    sort: tuple[int, bool],
    quick: QuickFilter,
    typed: list[Any],
    few_rows: int,
    incremental_runs: int,
    selected: set[int],
) -> None:
    # Tables above and below the size searched row by row, changes notified row by row and
    # by a reset: every way the model can take.
    with (
        patch.object(search_text, "_FEW_ROWS", few_rows),
        patch.object(results_model, "_MAX_INCREMENTAL_RUNS", incremental_runs),
    ):
        check_typing(qtlog, names, emails, sort, quick, typed, selected)


def check_typing(
    qtlog: Any,
    names: list[str],
    emails: list[str | None],
    sort: tuple[int, bool],
    quick: QuickFilter,
    typed: list[Any],
    selected: set[int],
) -> None:
    members = [
        member(f"É{n}" if n % 2 else f"id{n}", name or "x", emails[n] if n < len(emails) else None)
        for n, name in enumerate(names)
    ]
    model = ResultsModel(locale=QLocale(QLocale.Language.English))
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    loaded(model, members, [result(m.userId, 5) for m in members[::3]])
    model.sort(sort[0], DESCENDING if sort[1] else ASCENDING)
    model.set_quick_filter(quick)
    order = user_ids(model)
    mirror = Mirror(model)
    selection = QItemSelectionModel(model)
    for row in selected:
        if row < model.rowCount():
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
    kept = selected_users(model, selection)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    text = ""
    for keystroke in typed:
        if keystroke == "backspace":
            text = text[:-1]
        elif isinstance(keystroke, tuple):
            text = keystroke[1]
        else:
            text += keystroke
        model.set_text_filter(text)
        shown = user_ids(model)
        assert shown == plain_filter(members, order, text)
        assert mirror.rows == shown
        # Selected learners still shown stay selected; a reset leaves the view to restore them.
        kept = set() if resets else kept & set(shown)
        assert selected_users(model, selection) == kept
    assert model_tester_complaints(qtlog) == []
    del tester


def test_a_keystroke_adding_to_the_text_searches_only_the_rows_shown() -> None:
    model = ResultsModel(locale=QLocale(QLocale.Language.English))
    loaded(model, [member(str(n), f"Name {n}") for n in range(30)], [])
    model.sort(Column.NAME, DESCENDING)
    model.set_text_filter("name 1")
    searched: list[list[int]] = []

    def recording(texts: Any, rows: list[int], terms: Any) -> bytes:
        searched.append(list(rows))
        return holding_all(texts, rows, terms)

    with patch.object(results_model, "holding_all", recording):
        model.set_text_filter("name 12")
    # The twelve learners "name 1" shows (Name 1, Name 10 to Name 19, Name 21), not all thirty.
    assert len(searched) == 1 and len(searched[0]) == 12
    assert user_ids(model) == ["12"]
    model.set_text_filter("name 1")  # deleting a letter finds more: the whole table is searched
    assert user_ids(model) == [str(n) for n in (21, *range(19, 9, -1), 1)]


@given(
    texts=st.lists(texts, max_size=40),
    picks=st.lists(st.integers(0, 39), max_size=40),
    words=st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=2), max_size=3),
    few_rows=st.sampled_from([0, 2048]),
)
def test_holding_all_flags_the_rows_holding_every_word(
    texts: list[str], picks: list[int], words: list[str], few_rows: int
) -> None:
    rows = [pick for pick in picks if pick < len(texts)]
    with patch.object(search_text, "_FEW_ROWS", few_rows):
        flags = holding_all(texts, rows, words)
    assert list(flags) == [int(all(word in texts[row] for word in words)) for row in rows]


@given(st.lists(st.booleans(), max_size=30))
def test_unflagged_runs_are_the_blocks_of_zeros(flags: list[bool]) -> None:
    packed = bytes(flags)
    zeros = [position for position, flag in enumerate(flags) if not flag]
    runs = unflagged_runs(packed)
    assert [p for first, last in runs for p in range(first, last + 1)] == zeros
    assert all(b[0] > a[1] + 1 for a, b in pairwise(runs))
    assert unflagged_run_count(packed) == len(runs)


def test_held_by_flags_the_rows_the_other_list_holds() -> None:
    assert list(held_by([4, 0, 2, 3], [3, 4], 5)) == [1, 0, 0, 1]
