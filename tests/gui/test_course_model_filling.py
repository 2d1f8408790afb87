"""How the Course view's model fills while a course loads: rows inserted rather than the table
reset, students known only from results held until the roster names the others, and the
columns that fill in a burst told to the views in one `dataChanged`."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from gradebook_gui.gui.course_model import CourseModel
from gradebook_gui.models import LineItem

from .test_course_model import ESSAY, QUIZ, member, result


def english() -> CourseModel:
    return CourseModel(locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def names(model: CourseModel) -> list[str]:
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def test_the_roster_is_inserted_and_the_current_cell_stays_on_its_learner(qtbot: QtBot) -> None:
    model = english()
    model.set_line_items([QUIZ, ESSAY])
    model.add_results(QUIZ.id, [result(QUIZ, "u9", 4)])  # known from its results only
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(0, 1))
    resets: list[bool] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.rowsInserted.connect(lambda _, first, last: inserted.append((first, last)))
    model.set_roster([member("u1", "Zoë", "Adams"), member("u2", "Émile", "Zola")])
    assert resets == []
    assert inserted == [(1, 2)]
    assert model.rowCount() == 3
    current = view.currentIndex()
    assert model.learner_at(current.row()).user_id == "u9"
    assert current.column() == 1


def test_while_the_roster_is_coming_students_known_from_results_wait_for_it(
    qtbot: QtBot, qtmodeltester: ModelTester
) -> None:
    model = english()
    model.set_line_items([QUIZ, ESSAY], roster_coming=True)
    model.add_results(QUIZ.id, [result(QUIZ, "u1", 7), result(QUIZ, "u9", 4)])
    assert model.rowCount() == 0
    model.sort(0)
    model.set_roster([member("u2", "Émile", "Zola"), member("u1", "Zoë", "Adams")])
    # The roster's learners by name, then the student the roster does not list.
    assert names(model) == ["Adams, Zoë", "u9", "Zola, Émile"]
    assert model.index(0, 1).data() == "7"
    qtmodeltester.check(model)


def test_a_load_stopped_before_the_roster_still_shows_the_results(qtbot: QtBot) -> None:
    model = english()
    model.set_line_items([QUIZ], roster_coming=True)
    model.add_results(QUIZ.id, [result(QUIZ, "u9", 4)])
    model.stop_waiting_for_roster()
    assert names(model) == ["u9"]


def test_columns_filled_in_a_burst_are_told_to_the_views_at_once(qtbot: QtBot) -> None:
    model = english()
    model.set_line_items([QUIZ, ESSAY])
    model.set_roster([member("u1", "Zoë", "Adams")])
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_: changed.append(
            (top.row(), top.column(), bottom.row(), bottom.column())
        )
    )
    model.add_results(QUIZ.id, [result(QUIZ, "u1", 7)])
    model.add_results(ESSAY.id, [result(ESSAY, "u1", 15)])
    assert changed == []
    # What the cells show is there already; the views repaint once for both columns.
    assert model.index(0, 2).data(Qt.ItemDataRole.DisplayRole) == "15"
    qtbot.waitUntil(lambda: bool(changed), timeout=1000)
    assert changed == [(0, 1, 0, 2)]


def test_columns_apart_are_told_apart_so_those_out_of_sight_repaint_nothing(
    qtbot: QtBot,
) -> None:
    items = [LineItem(id=f"i{n}", label=f"Quiz {n}", scoreMaximum=10) for n in range(1, 6)]
    model = english()
    model.set_line_items(items)
    model.set_roster([member("u1", "Zoë", "Adams")])
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(
        lambda top, bottom, *_: changed.append((top.column(), bottom.column()))
    )
    for n in (1, 2, 5):
        model.add_results(items[n - 1].id, [result(items[n - 1], "u1", n)])
    model.show_arrivals()
    assert changed == [(1, 2), (5, 5)]
