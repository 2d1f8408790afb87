"""The import wizard, driven page by page without exec(): real files read on the task runner."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from gradebook_gui.exchange.export import write_results_csv
from gradebook_gui.exchange.importer import (
    ImportPlan,
    MatchBy,
    RowVerdict,
    guess_mapping,
    plan_import,
    read_table,
)
from gradebook_gui.exchange.xlsx import write_results_xlsx
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.gui.import_page_parts import PageId
from gradebook_gui.gui.import_preview import VERDICT_TEXT, PreviewColumn
from gradebook_gui.gui.import_wizard import ImportWizard
from gradebook_gui.gui.mapping_memory import MappingMemory
from gradebook_gui.gui.settings import WindowSettings
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Member, Result

from .translated import CatalogueWords, installed

LINE_ITEM = LineItem(
    id="https://lms.example/courses/7/line_items/3", label="Quiz 3", scoreMaximum=20
)
OTHER_LINE_ITEM = LineItem(
    id="https://lms.example/courses/7/line_items/4", label="Quiz 4", scoreMaximum=20
)
CONNECTION = "https://ltiaas.example#biology"
# (userId, name, email, score out of 20 or None, comment)
ROSTER = (
    ("007", "Ada Lovelace", "ada@example.edu", 14.0, "Good start"),
    ("1234", "Björn Ångström", "bjorn@example.edu", None, None),
    ("5003", "Jordan Lee", "jordan.lee@example.edu", 10.0, None),
    ("5004", "Jordan Lee", "jlee2@example.edu", None, None),
)
WAIT_MS = 5000


def course() -> list[StudentGrade]:
    members = [
        Member(userId=user_id, roles=("Learner",), name=name, email=email)
        for user_id, name, email, _, _ in ROSTER
    ]
    results = [
        Result(
            id=f"r-{user_id}",
            scoreOf=LINE_ITEM.id,
            userId=user_id,
            resultScore=score,
            resultMaximum=20,
            comment=comment,
        )
        for user_id, _, _, score, comment in ROSTER
        if score is not None
    ]
    return join_roster(members, results)


def write_text(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


class FakeChooser:
    """Stands in for the file dialog: answers with the next path, records where it started."""

    def __init__(self, *answers: Path | None) -> None:
        self.answers = list(answers)
        self.started_at: list[Path | None] = []

    def __call__(self, parent: QWidget | None, start: Path | None) -> Path | None:
        self.started_at.append(start)
        return self.answers.pop(0)


MakeWizard = Callable[..., ImportWizard]


@pytest.fixture
def make_wizard(qtbot: QtBot, runner: TaskRunner, settings: WindowSettings) -> MakeWizard:
    def make(
        start_path: Path | None = None,
        *,
        line_item: LineItem = LINE_ITEM,
        locale: QLocale | None = None,
        chooser: FakeChooser | None = None,
    ) -> ImportWizard:
        wizard = ImportWizard(
            line_item=line_item,
            grades=course(),
            settings=settings,
            runner=runner,
            connection_key=CONNECTION,
            start_path=start_path,
            locale=locale or QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
            choose_file=chooser or FakeChooser(),
        )
        qtbot.addWidget(wizard)
        wizard.show()
        settle(qtbot, wizard)
        return wizard

    return make


def settle(qtbot: QtBot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT_MS)


def go_to_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    assert wizard.currentId() == PageId.FILE
    wizard.next()
    assert wizard.currentId() == PageId.MAPPING
    wizard.next()
    assert wizard.currentId() == PageId.PREVIEW
    settle(qtbot, wizard)
    assert wizard.plan is not None


def previewed_then_changed(
    qtbot: QtBot, make_wizard: MakeWizard, folder: Path, changed: str
) -> ImportWizard:
    """A wizard previewing a one-row file that then changes on disk to `changed` and is read
    again."""
    path = write_text(folder / "q.csv", "userId,score\n007,16\n")
    wizard = make_wizard(path)
    go_to_preview(qtbot, wizard)
    write_text(path, changed)
    wizard.read_again()
    settle(qtbot, wizard)
    return wizard


def direct_plan(path: Path, locale_has_decimal_comma: bool = False) -> ImportPlan:
    table = read_table(path)
    return plan_import(
        table,
        guess_mapping(table.headers),
        LINE_ITEM,
        course(),
        decimal_comma_locale=locale_has_decimal_comma,
    )


def shown_column(wizard: ImportWizard, column: PreviewColumn) -> list[str]:
    model = wizard.preview_page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def finish_enabled(wizard: ImportWizard) -> bool:
    return wizard.preview_page.isComplete()


def test_a_csv_is_read_mapped_previewed_and_confirmed(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = write_text(
        tmp_path / "quiz.csv",
        "userId,name,score,comment\n007,Ada,16,Well done\n1234,Björn,,\n5003,Jordan,10,\n",
    )
    wizard = make_wizard(path)

    status = wizard.file_page.status_label.text()
    assert "CSV, UTF-8, delimiter ','" in status
    assert "3 rows" in status
    assert wizard.file_page.isComplete()

    wizard.next()
    page = wizard.mapping_page
    assert page.id_combo.currentData() == "userId"
    assert page.match_combo.currentData() == MatchBy.USER_ID
    assert page.score_combo.currentData() == "score"
    assert page.comment_combo.currentData() == "comment"
    assert page.maximum_combo.currentData() is None
    assert "guessed" in page.origin_label.text()
    assert "007, 1234, 5003" in page.samples[page.id_combo].text()

    wizard.next()
    settle(qtbot, wizard)
    expected = direct_plan(path)
    assert wizard.plan is not None
    assert [(r.line_number, r.verdict, r.reason) for r in wizard.plan.rows] == [
        (r.line_number, r.verdict, r.reason) for r in expected.rows
    ]
    assert shown_column(wizard, PreviewColumn.LINE) == ["2", "3", "4"]
    assert shown_column(wizard, PreviewColumn.OUTCOME) == [
        VERDICT_TEXT[RowVerdict.WILL_CHANGE],
        VERDICT_TEXT[RowVerdict.SKIPPED],
        VERDICT_TEXT[RowVerdict.UNCHANGED],
    ]
    assert shown_column(wizard, PreviewColumn.NOW) == ["14", "no grade", "10"]
    assert shown_column(wizard, PreviewColumn.NEW)[0] == "16"
    assert shown_column(wizard, PreviewColumn.WHY)[0] == "score 14 → 16; comment changed"
    assert wizard.preview_page.summary_label.text() == (
        "1 change, 1 unchanged, 1 skipped, 0 errors"
    )
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Import 1 change as drafts"
    assert finish_enabled(wizard)

    wizard.accept()
    plan = wizard.confirmed_plan()
    assert plan is not None
    assert plan.changes == expected.changes
    ((edit, _),) = plan.changes
    assert (edit.user_id, edit.score, edit.comment) == ("007", 16.0, "Well done")


def test_cancelling_returns_no_plan(qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    wizard = make_wizard(write_text(tmp_path / "quiz.csv", "userId,score\n007,16\n"))
    go_to_preview(qtbot, wizard)
    wizard.reject()
    assert wizard.confirmed_plan() is None


def test_an_xlsx_workbook_is_read(qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Marks"
    for row in (("Email", "Points"), ("ada@example.edu", 18.5), ("bjorn@example.edu", 12)):
        sheet.append(row)
    path = tmp_path / "marks.xlsx"
    workbook.save(path)

    wizard = make_wizard(path)
    assert "XLSX, sheet 'Marks'" in wizard.file_page.status_label.text()
    wizard.next()
    assert wizard.mapping_page.id_combo.currentData() == "Email"
    assert wizard.mapping_page.match_combo.currentData() == MatchBy.EMAIL
    assert wizard.mapping_page.comment_combo.currentData() is None
    wizard.next()
    settle(qtbot, wizard)

    assert wizard.plan is not None
    assert [row.verdict for row in wizard.plan.rows] == [RowVerdict.WILL_CHANGE] * 2
    assert shown_column(wizard, PreviewColumn.NEW) == ["18.5", "12"]
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Import 2 changes as drafts"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_apps_own_export_comes_back_as_nothing_to_import(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, suffix: str
) -> None:
    path = tmp_path / f"export{suffix}"
    writer = write_results_csv if suffix == ".csv" else write_results_xlsx
    writer(path, LINE_ITEM, course(), "2024-05-01T10:00:00.000Z")

    wizard = make_wizard(path)
    wizard.next()
    assert "base_score and base_comment" in wizard.mapping_page.automatic_label.text()
    wizard.next()
    settle(qtbot, wizard)

    assert wizard.plan is not None
    assert wizard.plan.counts[RowVerdict.WILL_CHANGE] == 0
    assert wizard.preview_page.summary_label.text().startswith("0 changes")
    assert "exported by the app" in wizard.preview_page.exported_label.text()
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Nothing to import"
    assert not finish_enabled(wizard)
    wizard.accept()
    assert wizard.result() != QWizard.DialogCode.Accepted


def test_an_edited_export_keeps_its_base_for_the_conflict_check(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = tmp_path / "export.csv"
    write_results_csv(path, LINE_ITEM, course(), "2024-05-01T10:00:00.000Z")
    text = path.read_text(encoding="utf-8-sig")
    # Ada's row: score 14 (and base 14) becomes 17 in the spreadsheet.
    path.write_text(text.replace("ada@example.edu,14,20", "ada@example.edu,17,20"), "utf-8")

    wizard = make_wizard(path)
    go_to_preview(qtbot, wizard)
    assert wizard.plan is not None
    ((edit, base),) = wizard.plan.changes
    assert (edit.user_id, edit.score, base.score) == ("007", 17.0, 14.0)


def test_the_mapping_is_remembered_for_the_next_import(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, settings: WindowSettings
) -> None:
    path = write_text(tmp_path / "sheet.csv", "Student number,Points,Feedback\n007,15,Nice\n")
    wizard = make_wizard(path)
    wizard.next()
    page = wizard.mapping_page
    # No header name says who the student is: the user must choose.
    assert page.id_combo.currentData() is None
    assert not page.isComplete()
    assert "choose that column" in page.origin_label.text()
    assert page.problem_label.text() == "Choose the column that identifies the student."
    page.id_combo.setCurrentIndex(page.id_combo.findData("Student number"))
    page.comment_combo.setCurrentIndex(page.comment_combo.findData("Feedback"))
    assert page.score_combo.currentData() == "Points"
    assert page.isComplete()
    wizard.next()
    settle(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.counts[RowVerdict.WILL_CHANGE] == 1

    again = make_wizard(path)
    again.next()
    assert again.mapping_page.id_combo.currentData() == "Student number"
    assert again.mapping_page.comment_combo.currentData() == "Feedback"
    assert "last import" in again.mapping_page.origin_label.text()

    # Another line item of the same connection starts from the connection's last mapping.
    other = make_wizard(path, line_item=OTHER_LINE_ITEM)
    other.next()
    assert other.mapping_page.id_combo.currentData() == "Student number"

    # A file without those columns is guessed afresh.
    fresh = make_wizard(write_text(tmp_path / "fresh.csv", "userId,score\n007,15\n"))
    fresh.next()
    assert fresh.mapping_page.id_combo.currentData() == "userId"
    assert fresh.mapping_page.comment_combo.currentData() is None

    # Another connection remembers nothing of this one.
    memory = MappingMemory(settings.qsettings, "https://other.example", LINE_ITEM.id)
    assert memory.recall(["Student number", "Points", "Feedback"]) is None


def test_a_broken_remembered_mapping_is_ignored(tmp_path: Path) -> None:
    store = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    memory = MappingMemory(store, CONNECTION, LINE_ITEM.id)
    for key in store.allKeys():
        store.remove(key)
    memory.remember(guess_mapping(["userId", "score"]))
    (key,) = [k for k in store.allKeys() if "line_item" in k]
    store.setValue(key, "{not json")
    # The line item's entry is damaged: the connection's copy is used instead.
    recalled = memory.recall(["userId", "score"])
    assert recalled is not None and recalled.id_column == "userId"


def test_choosing_a_name_column_matches_by_name_and_refuses_shared_names(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = write_text(
        tmp_path / "names.csv", "Student ID,Full name,Score\nx,Jordan Lee,11\ny,Ada Lovelace,15\n"
    )
    wizard = make_wizard(path)
    wizard.next()
    page = wizard.mapping_page
    page.id_combo.setCurrentIndex(page.id_combo.findData("Full name"))
    assert page.match_combo.currentData() == MatchBy.NAME
    wizard.next()
    settle(qtbot, wizard)
    assert wizard.plan is not None
    jordan, ada = wizard.plan.rows
    assert jordan.verdict is RowVerdict.ERROR
    assert "more than one learner is called 'Jordan Lee'" in jordan.reason
    assert ada.verdict is RowVerdict.WILL_CHANGE


def test_a_column_chosen_twice_is_refused(make_wizard: MakeWizard, tmp_path: Path) -> None:
    wizard = make_wizard(write_text(tmp_path / "q.csv", "userId,score,comment\n007,15,x\n"))
    wizard.next()
    page = wizard.mapping_page
    page.comment_combo.setCurrentIndex(page.comment_combo.findData("score"))
    assert page.problem() == "The column “score” is chosen twice (score and comment)."
    assert page.problem_label.text() == page.problem()
    assert not page.isComplete()
    wizard.next()
    assert wizard.currentId() == PageId.MAPPING
    page.score_combo.setCurrentIndex(0)
    page.comment_combo.setCurrentIndex(0)
    assert page.problem() == "Choose the score column, the comment column, or both."


def test_numbers_follow_the_users_locale(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = write_text(tmp_path / "de.csv", "userId;score\n007;12,5\n5003;1.500\n")
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    wizard = make_wizard(path, locale=german)
    go_to_preview(qtbot, wizard)
    assert wizard.plan is not None
    comma, grouped = wizard.plan.rows
    assert comma.verdict is RowVerdict.WILL_CHANGE
    assert shown_column(wizard, PreviewColumn.NEW)[0] == "12,5"
    assert shown_column(wizard, PreviewColumn.WHY)[0] == "score 14 → 12,5"
    # In a locale that groups digits with a dot, "1.500" may be 1500: refused, never guessed.
    assert grouped.verdict is RowVerdict.ERROR
    assert [(r.verdict, r.reason) for r in wizard.plan.rows] == [
        (r.verdict, r.reason) for r in direct_plan(path, locale_has_decimal_comma=True).rows
    ]

    english = make_wizard(path)
    go_to_preview(qtbot, english)
    assert english.plan is not None
    assert english.plan.rows[1].verdict is RowVerdict.WILL_CHANGE


def test_errors_block_confirming_unless_only_valid_rows_are_imported(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = write_text(tmp_path / "q.csv", "userId,score\n007,16\n7,12\n5003,85/100\n5004,\n")
    wizard = make_wizard(path)
    go_to_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.summary_label.text() == "1 change, 0 unchanged, 1 skipped, 2 errors"
    assert preview.errors_label.text().startswith("2 rows have errors")
    assert preview.valid_only_box.isVisibleTo(wizard)
    assert not finish_enabled(wizard)
    wizard.accept()
    assert wizard.result() != QWizard.DialogCode.Accepted

    reasons = shown_column(wizard, PreviewColumn.WHY)
    assert "dropped leading zeros" in reasons[1]
    assert "fraction" in reasons[2]
    assert shown_column(wizard, PreviewColumn.STUDENT)[1] == "not matched"
    # The reason is cut in its cell; the selected row's is shown in full under the table.
    preview.table_view.selectRow(1)
    assert preview.row_label.text().startswith("Line 3 (not matched), error: No student has")
    assert preview.row_label.text().endswith(
        "format the ID column as text and paste the IDs again."
    )

    preview.valid_only_box.setChecked(True)
    assert finish_enabled(wizard)
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Import 1 change as drafts"
    wizard.accept()
    plan = wizard.confirmed_plan()
    assert plan is not None
    assert [edit.user_id for edit, _ in plan.changes] == ["007"]


def test_filters_show_one_verdict_at_a_time(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = write_text(tmp_path / "q.csv", "userId,score\n007,16\n7,12\n5003,10\n1234,\n")
    wizard = make_wizard(path)
    go_to_preview(qtbot, wizard)
    preview = wizard.preview_page
    buttons = {b.text().split(" (")[0]: b for b in preview.filter_buttons.buttons()}
    assert {b.text() for b in buttons.values()} == {
        "&All (4)",
        "Will c&hange (1)",
        "&Unchanged (1)",
        "S&kipped (1)",
        "&Errors (1)",
    }
    buttons["&Errors"].click()
    assert shown_column(wizard, PreviewColumn.LINE) == ["3"]
    buttons["&Unchanged"].click()
    assert shown_column(wizard, PreviewColumn.LINE) == ["4"]
    buttons["&All"].click()
    assert shown_column(wizard, PreviewColumn.LINE) == ["2", "3", "4", "5"]


def test_a_fixed_file_is_read_again(qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path) -> None:
    path = write_text(tmp_path / "q.csv", "userId,score\n007,16\n5003,1,234\n")
    wizard = make_wizard(path)
    go_to_preview(qtbot, wizard)
    assert wizard.plan is not None and wizard.plan.has_errors

    write_text(path, "userId,score\n007,16\n5003,12\n")
    wizard.preview_page.read_again_button.click()
    assert wizard.busy
    assert not finish_enabled(wizard)
    settle(qtbot, wizard)
    assert wizard.currentId() == PageId.PREVIEW
    assert wizard.plan is not None and not wizard.plan.has_errors
    assert wizard.preview_page.summary_label.text() == "2 changes, 0 unchanged, 0 skipped, 0 errors"
    assert not wizard.preview_page.errors_label.isVisibleTo(wizard)
    assert finish_enabled(wizard)


def test_a_file_read_again_without_the_chosen_columns_says_so(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    wizard = previewed_then_changed(qtbot, make_wizard, tmp_path, "userId,points\n007,16\n")
    assert wizard.plan is None
    assert not finish_enabled(wizard)
    status = wizard.preview_page.status_label.text()
    assert "The rows cannot be checked.\nThe file has no column 'score'" in status
    assert "go Back" in status
    # Back on the mapping page the new columns are offered.
    wizard.back()
    page = wizard.mapping_page
    assert [page.score_combo.itemData(i) for i in range(page.score_combo.count())] == [
        None,
        "userId",
        "points",
    ]


def test_a_file_that_cannot_be_imported_is_explained(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    old_excel = tmp_path / "old.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200))
    good = write_text(tmp_path / "good.csv", "userId,score\n007,16\n")
    chooser = FakeChooser(old_excel, good)
    wizard = make_wizard(chooser=chooser, start_path=tmp_path)
    page = wizard.file_page
    assert not page.isComplete()

    page.choose_button.click()
    assert chooser.started_at == [tmp_path]
    settle(qtbot, wizard)
    assert page.problem_label.isVisibleTo(wizard)
    assert "old Excel workbook (.xls): save it as .xlsx or CSV" in page.problem_label.text()
    assert "Read the file again" in page.problem_label.text()
    assert not page.isComplete()
    wizard.next()
    assert wizard.currentId() == PageId.FILE

    page.choose_button.click()
    assert chooser.started_at[-1] == old_excel
    settle(qtbot, wizard)
    assert not page.problem_label.isVisibleTo(wizard)
    assert page.isComplete()
    assert page.path_edit.text() == str(good)


def test_a_file_broken_while_previewing_cannot_be_confirmed(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    wizard = previewed_then_changed(qtbot, make_wizard, tmp_path, "")
    assert wizard.plan is None
    assert "This file cannot be imported.\nThe file is empty." in (
        wizard.preview_page.status_label.text()
    )
    assert not finish_enabled(wizard)


def test_numbers_on_the_mapping_page_are_scores_never_grouped(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in (("userId", "score"), ("007", 1234.5)):
        sheet.append(row)
    path = tmp_path / "marks.xlsx"
    workbook.save(path)
    big = LineItem(id=LINE_ITEM.id, label="Thesis", scoreMaximum=1500)

    wizard = make_wizard(path, line_item=big)
    wizard.next()

    page = wizard.mapping_page
    # "1,500" would read back as 1.5 where the comma is the decimal sign.
    assert page.maximum_combo.itemText(0) == "None: scores are out of 1500"
    assert page.samples[page.score_combo].text() == "First values: 1234.5"


def test_comments_from_the_file_are_shown_as_written_never_as_markup(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = write_text(
        tmp_path / "quiz.csv", "userId,score,comment\n007,16,<b>Good</b> &amp; more\n"
    )
    wizard = make_wizard(path)
    wizard.next()
    sample = wizard.mapping_page.samples[wizard.mapping_page.comment_combo]
    assert sample.textFormat() is Qt.TextFormat.PlainText
    assert sample.text() == "First values: <b>Good</b> &amp; more"

    wizard.next()
    settle(qtbot, wizard)
    page = wizard.preview_page
    page.table_view.setCurrentIndex(page.model.index(0, PreviewColumn.WHY))
    assert page.row_label.textFormat() is Qt.TextFormat.PlainText
    assert "New comment: <b>Good</b> &amp; more" in page.row_label.text()
    tip = page.model.index(0, PreviewColumn.WHY).data(Qt.ItemDataRole.ToolTipRole)
    document = QTextDocument()
    document.setHtml(tip) if GuiQt.mightBeRichText(tip) else document.setPlainText(tip)
    assert "New comment: <b>Good</b> &amp; more" in document.toPlainText()


def test_the_filters_name_the_rows_they_show(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path
) -> None:
    path = write_text(tmp_path / "q.csv", "userId,score\n007,16\n")
    wizard = make_wizard(path)
    go_to_preview(qtbot, wizard)
    names = {button.accessibleName() for button in wizard.preview_page.filter_buttons.buttons()}
    assert "Show rows that will change" in names
    assert "Show rows with errors" in names


# A German catalogue of the importer's reasons, by (context, English).
GERMAN_REASONS = {
    ("importer", "{what}: {problem}"): "{what}: {problem}",
    ("importer", "score"): "Punkte",
    ("numbers", "{shown} is a fraction: {advice}"): "{shown} ist ein Bruch: {advice}",
    ("importer", "write the points, with the maximum in the maximum column"): (
        "Punkte eingeben, das Maximum in die Spalte für das Maximum"
    ),
    ("importer", "blank: left unchanged"): "leer: bleibt unverändert",
    ("importer", "The file is empty."): "Die Datei ist leer.",
    ("importer", "extra credit: {score} is above the maximum {maximum}"): (
        "Zusatzpunkte: {score} liegt über dem Maximum {maximum}"
    ),
}


@pytest.fixture
def german_reasons(qapp: QApplication) -> Iterator[None]:
    with installed(qapp, CatalogueWords(GERMAN_REASONS)):
        yield


def test_the_reasons_of_the_rows_are_shown_in_the_instructors_language(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, german_reasons: None
) -> None:
    path = write_text(tmp_path / "q.csv", "userId,score\n007,85/100\n1234,\n5003,25\n")
    wizard = make_wizard(path)
    go_to_preview(qtbot, wizard)

    reasons = shown_column(wizard, PreviewColumn.WHY)

    assert reasons[0] == (
        "Punkte: 85/100 ist ein Bruch: Punkte eingeben, das Maximum in die Spalte für das Maximum"
    )
    assert reasons[1] == "leer: bleibt unverändert"
    assert reasons[2].endswith("Zusatzpunkte: 25 liegt über dem Maximum 20")
    # The plan itself keeps the English for the command line.
    assert wizard.plan is not None
    assert wizard.plan.rows[1].reason == "blank: left unchanged"


def test_why_a_file_cannot_be_imported_is_said_in_the_instructors_language(
    qtbot: QtBot, make_wizard: MakeWizard, tmp_path: Path, german_reasons: None
) -> None:
    wizard = previewed_then_changed(qtbot, make_wizard, tmp_path, "")
    assert "Die Datei ist leer." in wizard.preview_page.status_label.text()
