"""The Comment bank dialog: managing saved comments, files, and giving one to learners."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.comment_bank_dialog import GLOBAL_TEXT, CommentBankDialog
from gradebook_gui.gui.main_window import MainWindow
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.numbers import format_score
from gradebook_gui.sandbox import Sandbox
from gradebook_gui.store import GradeStore
from gradebook_gui.store.comment_bank import BankComment, CommentBankStore
from gradebook_gui.wording import Refusal, Wording

from .conftest import FakeDialogs, connection_to, wait_ready, wait_settled
from .test_translations import is_translated

COURSE = "https://school.ltiaas.com#Bio 101"
ITEM = LineItem(id="https://lms.example.edu/items/1", label="Quiz 3", scoreMaximum=10)
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def learner(user_id: str, name: str, score: float | None) -> StudentGrade:
    given, family = name.split()
    member = Member(
        userId=user_id, roles=("Learner",), name=name, givenName=given, familyName=family
    )
    result = (
        None
        if score is None
        else Result(
            id=f"r{user_id}", scoreOf=ITEM.id, userId=user_id, resultScore=score, resultMaximum=10
        )
    )
    return StudentGrade(user_id, member, result)


@pytest.fixture
def bank() -> Iterator[CommentBankStore]:
    store = GradeStore.open()
    kept = CommentBankStore(store)
    kept.save(BankComment("good", "Good work, {first_name}: {score} out of {maximum}."))
    kept.save(BankComment("late", "Handed in late: 10% off.", COURSE))
    kept.save(BankComment("cite", "Cite your sources, {first_name}.", COURSE))
    yield kept
    store.close()


def dialog(
    qtbot: QtBot, bank: CommentBankStore, learners: list[StudentGrade] | None = None
) -> CommentBankDialog:
    shown = CommentBankDialog(bank, COURSE, learners=learners or [], line_item=ITEM, locale=ENGLISH)
    qtbot.addWidget(shown)
    return shown


def test_comments_are_added_edited_and_removed_in_the_store(
    qtbot: QtBot, bank: CommentBankStore
) -> None:
    manage = dialog(qtbot, bank)
    assert not manage.use_button.isVisible()
    assert [row[0] for row in manage.shown_rows()] == ["cite", "good", "late"]
    manage.shortcut_edit.setText(";great")
    manage.scope_combo.setCurrentText(GLOBAL_TEXT)
    manage.text_edit.setPlainText("Great work, {name}!")
    manage.add_button.click()
    assert bank.find("another course", "great") == BankComment(
        "great", "Great work, {name}!", None, 4
    )
    manage.select_shortcut("late")
    manage.text_edit.setPlainText("Late.")
    manage.save_button.click()
    assert (bank.find(COURSE, "late") or BankComment("", "")).text == "Late."
    manage.remove_button.click()
    assert bank.find(COURSE, "late") is None
    assert [row[0] for row in manage.shown_rows()] == ["cite", "good", "great"]


def test_a_comment_with_an_unknown_placeholder_or_a_taken_shortcut_is_refused(
    qtbot: QtBot, bank: CommentBankStore
) -> None:
    manage = dialog(qtbot, bank)
    manage.shortcut_edit.setText("nice")
    manage.text_edit.setPlainText("Nice, {frist_name}.")
    manage.add_button.click()
    assert "{frist_name} is not a placeholder" in manage.problem.text()
    manage.shortcut_edit.setText("good")
    manage.scope_combo.setCurrentText(GLOBAL_TEXT)
    manage.text_edit.setPlainText("Good.")
    manage.add_button.click()
    assert "“good” is already used by a comment for every course" in manage.problem.text()
    assert len(bank.comments(COURSE)) == 3


def test_typing_a_shortcut_finds_the_comment(qtbot: QtBot, bank: CommentBankStore) -> None:
    manage = dialog(qtbot, bank)
    qtbot.keyClicks(manage.filter_edit, ";la")
    assert manage.shown_rows() == [("late", "This course", "Handed in late: 10% off.")]


def test_a_comment_is_given_to_each_selected_learner_filled_in(
    qtbot: QtBot, bank: CommentBankStore
) -> None:
    learners = [learner("u1", "Ada Lovelace", 8), learner("u2", "Grace Hopper", 9.5)]
    pick = dialog(qtbot, bank, learners)
    pick.select_shortcut("good")
    assert pick.preview_label.text() == "For Ada Lovelace: Good work, Ada: 8 out of 10."
    pick.use_button.click()
    assert pick.edits() == [
        GradeEdit("u1", 8, 10, "Good work, Ada: 8 out of 10."),
        GradeEdit("u2", 9.5, 10, "Good work, Grace: 9.5 out of 10."),
    ]


def test_a_learner_without_a_score_stops_the_comment_and_is_named(
    qtbot: QtBot, bank: CommentBankStore
) -> None:
    learners = [learner("u1", "Ada Lovelace", 8), learner("u3", "Alan Turing", None)]
    pick = dialog(qtbot, bank, learners)
    pick.select_shortcut("cite")
    pick.use_button.click()
    assert pick.edits() is None
    assert "Alan Turing has no score" in pick.problem.text()


def test_the_bank_goes_to_a_file_and_comes_back(
    qtbot: QtBot, bank: CommentBankStore, tmp_path: Path
) -> None:
    manage = dialog(qtbot, bank)
    path = tmp_path / "comments.csv"
    manage.choose_export_path = lambda parent, start: path
    manage.export_button.click()
    assert path.read_text(encoding="utf-8").splitlines()[0] == "shortcut,scope,text"
    path.write_text(
        path.read_text(encoding="utf-8") + "thanks,global,Thank you {first_name}.\r\n",
        encoding="utf-8",
    )
    manage.choose_import_path = lambda parent, start: path
    manage.import_button.click()
    assert "1 added or changed, 3 already there" in manage.preview_label.text()
    assert [row[0] for row in manage.shown_rows()] == ["cite", "good", "late", "thanks"]
    path.write_text("shortcut,scope,text\nx,somewhere,y\n", encoding="utf-8")
    manage.import_button.click()
    assert "line 2: the scope is “somewhere”" in manage.problem.text()


def test_screenshot_of_the_comment_bank(qtbot: QtBot, bank: CommentBankStore) -> None:
    learners = [learner("u1", "Ada Lovelace", 8), learner("u2", "Grace Hopper", 9.5)]
    pick = dialog(qtbot, bank, learners)
    pick.select_shortcut("good")
    pick.resize(720, 560)
    pick.show()
    qtbot.waitExposed(pick)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert pick.grab().save(str(SCREENSHOTS / "comment-bank.png"), "PNG")


def test_a_bank_comment_picked_in_the_window_becomes_drafts_for_the_selected_learners(
    qtbot: QtBot,
    new_window: Callable[[], MainWindow],
    sandbox: Sandbox,
    fake_dialogs: FakeDialogs,
    store: GradeStore,
) -> None:
    window = new_window()
    window.open_connection(connection_to(sandbox), demo=True)
    wait_ready(qtbot, window)
    model = window.results_model
    key = connection_to(sandbox).key
    CommentBankStore(store).save(BankComment("good", "Good work, {name}: {score}.", key))
    row = next(row for row in range(model.rowCount()) if model.shown_values(row)[0] is not None)
    learner_shown = model.grade_at(row)
    window.results_view.table.selectRow(row)
    fake_dialogs.bank_shortcut = "good"
    window.commands.comment_bank_action.trigger()
    wait_settled(qtbot, window)
    asked, course = fake_dialogs.answer_of("comment bank")
    assert course == key and [learner.user_id for learner in asked] == [learner_shown.user_id]
    score = model.shown_values(row)[0]
    assert score is not None
    assert model.shown_values(row)[1] == (
        f"Good work, {learner_shown.name}: {format_score(score, decimals=2)}."
    )
    assert window.status_area.pending_label.text() == "1 unsent change"


class GermanRefusal(QTranslator):
    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        german = {("comment_bank", "“{shortcut}” is already used"): "„{shortcut}“ ist vergeben"}
        return german.get((context, source), source)

    def isEmpty(self) -> bool:
        return False


def test_a_refusal_from_the_bank_is_shown_in_the_instructors_language(
    qtbot: QtBot, qapp: QApplication, bank: CommentBankStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(comment: BankComment) -> BankComment:
        raise Refusal(
            Wording("comment_bank", "“{shortcut}” is already used", {"shortcut": comment.shortcut})
        )

    monkeypatch.setattr(bank, "save", refuse)
    manage = dialog(qtbot, bank)
    translator = GermanRefusal()
    qapp.installTranslator(translator)
    try:
        manage.shortcut_edit.setText("nice")
        manage.text_edit.setPlainText("Nice work.")
        manage.add_button.click()
    finally:
        qapp.removeTranslator(translator)
    assert "„nice“ ist vergeben" in manage.problem.text()


@pytest.mark.usefixtures("pseudo_locale")
def test_a_learner_without_a_score_is_named_in_the_instructors_language(
    qtbot: QtBot, bank: CommentBankStore
) -> None:
    learners = [learner("u1", "Ada Lovelace", 8), learner("u3", "Alan Turing", None)]
    pick = dialog(qtbot, bank, learners)
    pick.select_shortcut("cite")
    pick.use_button.click()
    assert pick.edits() is None
    assert "⟦Alan Turing has no score: give a score first, then the comment⟧" in (
        pick.problem.text()
    )


@pytest.mark.usefixtures("pseudo_locale")
def test_a_bank_file_refused_is_explained_in_the_instructors_language(
    qtbot: QtBot, bank: CommentBankStore, tmp_path: Path
) -> None:
    manage = dialog(qtbot, bank)
    path = tmp_path / "comments.csv"
    manage.choose_import_path = lambda parent, start: path
    path.write_text(
        "shortcut,scope,text\nx,somewhere,y\nok,global,Fine\nok,global,Again\nz,global\n",
        encoding="utf-8",
    )
    manage.import_button.click()
    shown = manage.problem.text()
    assert "⟦the scope is “somewhere”: write course or global⟧" in shown
    assert "⟦the shortcut “ok” comes twice⟧" in shown
    assert "⟦2 cells instead of 3 (shortcut, scope, text)⟧" in shown
    assert is_translated(shown, ["somewhere", "ok"])
    for data in ("name,text\nx,y\n", 'shortcut,scope,text\nx,global,"open\n'):
        path.write_text(data, encoding="utf-8")
        manage.import_button.click()
        assert is_translated(manage.problem.text(), ["unexpected end of data"])
    path.write_bytes("shortcut,scope,text\nx,global,Très\n".encode("cp1252"))
    manage.import_button.click()
    assert is_translated(manage.problem.text())
