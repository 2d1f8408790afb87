"""A comment bank shortcut typed in a comment cell (";good") becomes the saved comment."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.gui.results_model import Column
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.services.comment_bank import first_name
from gradebook_gui.store import GradeStore
from gradebook_gui.store.comment_bank import BankComment, CommentBankStore

from .conftest import RecordingPresenter, connection_to, wait_ready, wait_settled


def test_a_shortcut_in_a_comment_cell_is_filled_in_for_the_learner(
    qtbot: QtBot,
    sandbox: Sandbox,
    store: GradeStore,
    presenter: RecordingPresenter,
    new_window: Callable[[], MainWindow],
) -> None:
    connection = connection_to(sandbox)
    bank = CommentBankStore(store)
    bank.save(
        BankComment("good", "Well done, {first_name}: {score} out of {maximum}.", connection.key)
    )
    bank.save(BankComment("odd", "See {nickname}.", connection.key))
    window = new_window()
    window.open_connection(connection)
    wait_ready(qtbot, window)
    model = window.results_model
    row = next(
        row for row in range(model.rowCount()) if model.grade_at(row).score(model.line_item())
    )
    learner = model.grade_at(row)

    assert model.setData(model.index(row, Column.COMMENT), ";good")
    wait_settled(qtbot, window)
    comment = model.data(model.index(row, Column.COMMENT))
    assert comment.startswith(f"Well done, {first_name(learner)}: ")
    assert ";good" not in comment
    drafts = store.drafts(connection.key, model.line_item().id)  # type: ignore[union-attr]
    assert drafts[learner.user_id].edit.comment == comment

    # A shortcut the bank cannot fill in is refused with the reason; typed text is kept as is.
    assert not model.setData(model.index(row, Column.COMMENT), ";odd")
    assert "nickname" in window.statusBar().currentMessage()
    assert model.setData(model.index(row, Column.COMMENT), ";nothing saved like this")
    wait_settled(qtbot, window)
    assert model.data(model.index(row, Column.COMMENT)) == ";nothing saved like this"
