"""The review of a submit and the conflicts to resolve list learners in the table's order of
names: family name, then given name, in the locale's collation. Against the sandbox over real
sockets."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.sandbox import Sandbox

from .conftest import FakeDialogs, cell_text, connection_to, type_score, wait_ready, wait_settled

WAIT_MS = 15_000


def test_review_and_conflicts_follow_the_tables_order_of_names(
    qtbot: QtBot,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
):
    window = new_window()
    window.show()
    qtbot.waitExposed(window)
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    model = window.results_model
    # Every tenth learner of the table, typed bottom up.
    chosen = [model.grade_at(row) for row in range(0, model.rowCount(), 10)]
    in_table_order = [grade.user_id for grade in chosen]
    by_given_name = [
        grade.user_id for grade in sorted(chosen, key=lambda grade: (grade.name or "").casefold())
    ]
    assert by_given_name != in_table_order  # the names tell the two orders apart
    for grade in reversed(chosen):
        type_score(qtbot, window, model.rows_of_users({grade.user_id})[0], "6")
    wait_settled(qtbot, window)
    line_item = model.line_item()
    assert line_item is not None
    for user_id in in_table_order:
        sandbox.control.set_grade(line_item.id, user_id, 1.0)

    window.commands.submit_action.trigger()
    qtbot.waitUntil(lambda: "review" in fake_dialogs.questions(), timeout=WAIT_MS)
    reviewed = fake_dialogs.answer_of("review")
    assert [item.user_id for item in reviewed] == in_table_order
    qtbot.waitUntil(
        lambda: all(
            cell_text(window, user_id, Column.STATUS).startswith("conflict")
            for user_id in in_table_order
        ),
        timeout=WAIT_MS,
    )
    wait_settled(qtbot, window)

    window.submitter.resolve_conflicts()
    qtbot.waitUntil(lambda: "conflicts" in fake_dialogs.questions(), timeout=WAIT_MS)
    entries, _current = fake_dialogs.answer_of("conflicts")
    assert [entry.user_id for entry in entries] == in_table_order
