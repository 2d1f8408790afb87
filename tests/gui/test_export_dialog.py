"""The export dialog (driven without exec()) and the export it leads to, in both formats."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.exchange.export import CSV_COLUMNS
from gradebook_gui.exchange.importer import guess_mapping, plan_import, read_table
from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui.export_dialog import (
    ExportChoice,
    ExportDialog,
    ExportFormat,
    export,
    suggested_file_name,
)
from gradebook_gui.models import LineItem, Member, Result

LINE_ITEM = LineItem(id="https://lms.example/li/9", label="Essay 2", scoreMaximum=10)
EXPORTED_AT = "2024-05-01T10:00:00.000Z"


def grades() -> list[StudentGrade]:
    rows = (
        ("007", "Ada Lovelace", 8.5, '=HYPERLINK("x") is plain text'),
        ("1234", "Björn Ångström", None, None),
        ("5003", "Jordan Lee", 10.0, "Très bien"),
    )
    return [
        StudentGrade(
            user_id,
            Member(userId=user_id, roles=("Learner",), name=name),
            None
            if score is None
            else Result(
                id=f"r-{user_id}",
                scoreOf=LINE_ITEM.id,
                userId=user_id,
                resultScore=score,
                resultMaximum=10,
                comment=comment,
            ),
        )
        for user_id, name, score, comment in rows
    ]


class FakeSaveChooser:
    def __init__(self, answer: Path | None) -> None:
        self.answer = answer
        self.asked: list[tuple[Path, ExportFormat]] = []

    def __call__(self, parent: QWidget | None, suggested: Path, fmt: ExportFormat) -> Path | None:
        self.asked.append((suggested, fmt))
        return self.answer


def make_dialog(
    qtbot: QtBot,
    folder: Path,
    *,
    all_count: int = 3,
    visible_count: int = 3,
    chooser: FakeSaveChooser | None = None,
) -> ExportDialog:
    dialog = ExportDialog(
        line_item=LINE_ITEM,
        all_count=all_count,
        visible_count=visible_count,
        default_folder=folder,
        choose_path=chooser or FakeSaveChooser(None),
        locale=QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    )
    qtbot.addWidget(dialog)
    return dialog


def test_defaults_to_all_rows_as_csv_in_the_default_folder(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    assert dialog.path_edit.text() == str(tmp_path / "Essay 2.csv")
    assert dialog.all_radio.text() == "&All 3 learners"
    # No filter is on: "only the visible rows" would be the same rows.
    assert not dialog.visible_radio.isEnabled()
    assert dialog.export_button.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.choice() == ExportChoice(tmp_path / "Essay 2.csv", ExportFormat.CSV, False)


def test_a_single_learner_is_not_called_all(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path, all_count=1, visible_count=1)
    assert dialog.all_radio.text() == "&All (1 learner)"


def test_visible_rows_and_the_workbook_format(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path, all_count=40, visible_count=12)
    assert dialog.visible_radio.isEnabled()
    assert "Only the 12 learners shown" in dialog.visible_radio.text()
    dialog.visible_radio.setChecked(True)
    dialog.xlsx_radio.setChecked(True)
    # The file name follows the format.
    assert dialog.path_edit.text() == str(tmp_path / "Essay 2.xlsx")
    assert dialog.choice() == ExportChoice(tmp_path / "Essay 2.xlsx", ExportFormat.XLSX, True)


def test_typing_a_file_name_picks_its_format(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.path_edit.setText("marks.xlsx")
    assert dialog.xlsx_radio.isChecked()
    choice = dialog.choice()
    assert choice is not None
    # A bare name is written in the default folder.
    assert choice.path == tmp_path / "marks.xlsx"
    dialog.path_edit.setText(str(tmp_path / "marks.txt"))
    assert dialog.problem() == "The file name must end in .xlsx."
    assert not dialog.export_button.isEnabled()


def test_a_missing_folder_or_an_existing_file_is_pointed_out(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_dialog(qtbot, tmp_path)
    dialog.path_edit.setText(str(tmp_path / "gone" / "x.csv"))
    assert dialog.note_label.text() == f"The folder {tmp_path / 'gone'} does not exist."
    assert not dialog.export_button.isEnabled()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.choice() is None

    existing = tmp_path / "old.csv"
    existing.write_text("x", encoding="utf-8")
    dialog.path_edit.setText(str(existing))
    assert dialog.note_label.text() == "A file with this name exists: it will be replaced."
    assert dialog.export_button.isEnabled()

    dialog.path_edit.setText("")
    assert dialog.note_label.text() == "Choose the file to write."


def test_choose_opens_the_save_dialog_with_a_suggestion(qtbot: QtBot, tmp_path: Path) -> None:
    chooser = FakeSaveChooser(tmp_path / "chosen.xlsx")
    dialog = make_dialog(qtbot, tmp_path, chooser=chooser)
    dialog.choose_button.click()
    assert chooser.asked == [(tmp_path / "Essay 2.csv", ExportFormat.CSV)]
    assert dialog.path_edit.text() == str(tmp_path / "chosen.xlsx")
    assert dialog.xlsx_radio.isChecked()

    chooser.answer = None  # cancelled: the path stays
    dialog.choose_button.click()
    assert dialog.path_edit.text() == str(tmp_path / "chosen.xlsx")


def test_suggested_file_names_are_safe() -> None:
    assert suggested_file_name("Quiz 3", ExportFormat.CSV) == "Quiz 3.csv"
    assert suggested_file_name("Lab 1/2: part *A*", ExportFormat.XLSX) == "Lab 1_2_ part _A.xlsx"
    assert suggested_file_name("...", ExportFormat.CSV) == "grades.csv"


@pytest.mark.parametrize("file_format", list(ExportFormat))
def test_export_writes_the_format_and_reads_back_unchanged(
    tmp_path: Path, file_format: ExportFormat
) -> None:
    path = tmp_path / f"out{file_format.suffix}"
    choice = ExportChoice(path, file_format, visible_only=False)
    warnings = export(choice, LINE_ITEM, grades(), exported_at=EXPORTED_AT)
    assert warnings == []

    table = read_table(path)
    assert table.description.startswith(file_format.value.upper())
    assert tuple(table.headers) == CSV_COLUMNS
    assert [row.cells["userId"] for row in table.rows] == ["007", "1234", "5003"]
    plan = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades())
    assert plan.summary() == "0 changes, 2 unchanged, 1 skipped, 0 errors"


def test_an_xlsx_export_holds_no_formula(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    export(ExportChoice(path, ExportFormat.XLSX, False), LINE_ITEM, grades())
    sheet = load_workbook(path).active
    assert sheet is not None
    comments = [row[5] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert comments[0] == '=HYPERLINK("x") is plain text'
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_export_reports_replaced_characters(tmp_path: Path) -> None:
    odd = StudentGrade("42", Member(userId="42", roles=("Learner",), name="Bell\x07 Name"), None)
    warnings = export(ExportChoice(tmp_path / "o.csv", ExportFormat.CSV, False), LINE_ITEM, [odd])
    assert len(warnings) == 1 and "42: the name had 1 character" in str(warnings[0])
