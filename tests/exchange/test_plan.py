"""Planning an import: mapping, matching, numbers, bases and the "0 changes" round trip."""

from __future__ import annotations

import math
import re
import tempfile
from collections.abc import Mapping
from datetime import date, datetime, time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from gradebook_gui.edits import ServerGrade
from gradebook_gui.exchange.export import write_results_csv
from gradebook_gui.exchange.importer import (
    CellValue,
    ColumnMapping,
    ImportFileError,
    MatchBy,
    RowVerdict,
    Table,
    TableRow,
    guess_mapping,
    parse_table,
    plan_import,
    read_number,
    read_table,
)
from gradebook_gui.exchange.xlsx import write_results_xlsx
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.models import ActivityProgress, GradingProgress, LineItem, Member, Result

from .conftest import WorkbookBuilder
from .helpers import LINE_ITEM, course_grades, plan_file, rewrite_sheet

EXPORTED_AT = "2026-11-26T09:30:00.000Z"


def table_of(*rows: Mapping[str, CellValue]) -> Table:
    headers = list(rows[0])
    return Table(headers, [TableRow(line, dict(row)) for line, row in enumerate(rows, start=2)])


# -- mapping ------------------------------------------------------------------------------------


def test_the_exports_own_columns_are_recognised() -> None:
    headers = [
        "userId",
        "name",
        "email",
        "score",
        "maximum",
        "comment",
        "activityProgress",
        "gradingProgress",
        "base_score",
        "base_comment",
        "exported_at",
    ]
    assert guess_mapping(headers) == ColumnMapping(
        id_column="userId",
        match=MatchBy.USER_ID,
        score_column="score",
        comment_column="comment",
        maximum_column="maximum",
        activity_column="activityProgress",
        grading_column="gradingProgress",
        base_score_column="base_score",
        base_comment_column="base_comment",
    )


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (["User ID", "Grade", "Feedback"], ("User ID", MatchBy.USER_ID, "Grade", "Feedback")),
        (["E-mail", "Points", "Comments"], ("E-mail", MatchBy.EMAIL, "Points", "Comments")),
        (["Student Name", "Mark"], ("Student Name", MatchBy.NAME, "Mark", None)),
        # A user ID column wins over email and name, wherever it is.
        (["Name", "EMAIL", "user_id", "SCORE"], ("user_id", MatchBy.USER_ID, "SCORE", None)),
    ],
)
def test_common_synonyms_are_recognised(
    headers: list[str], expected: tuple[str, MatchBy, str | None, str | None]
) -> None:
    mapping = guess_mapping(headers)
    assert (mapping.id_column, mapping.match, mapping.score_column, mapping.comment_column) == (
        expected
    )


def test_a_bare_id_column_is_not_taken_for_the_lms_user_id() -> None:
    # "ID" in LMS exports is often a SIS or database number that could equal another student's ID.
    with pytest.raises(ImportFileError, match="No column identifies the student"):
        guess_mapping(["ID", "Score"])


def test_a_mapping_without_scores_or_comments_is_refused(grades: list[StudentGrade]) -> None:
    table = table_of({"userId": "007", "score": "15"})
    with pytest.raises(ImportFileError, match="Choose the column with the scores"):
        plan_import(table, ColumnMapping(id_column="userId"), LINE_ITEM, grades)


# -- matching -----------------------------------------------------------------------------------


def test_an_exact_id_wins_even_when_a_zero_padded_one_exists() -> None:
    members = [Member(userId=user_id, roles=["Learner"]) for user_id in ("7", "007")]
    grades = join_roster(members, [])
    table = table_of({"userId": "7", "score": "1"}, {"userId": "007", "score": "2"})
    plan = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades)
    assert [(row.user_id, row.edit.score if row.edit else None) for row in plan.rows] == [
        ("7", 1),
        ("007", 2),
    ]


def test_an_email_shared_by_two_learners_is_refused() -> None:
    members = [
        Member(userId=user_id, roles=["Learner"], email="Twins@example.edu") for user_id in "ab"
    ]
    table = table_of({"email": "twins@example.edu", "score": "1"})
    plan = plan_import(table, guess_mapping(table.headers), LINE_ITEM, join_roster(members, []))
    assert plan.rows[0].reason == (
        "more than one learner has the email 'twins@example.edu': match by user ID instead"
    )


def test_the_same_student_on_three_rows_names_the_other_lines(
    grades: list[StudentGrade],
) -> None:
    table = table_of(*({"userId": "5001", "score": str(n)} for n in (1, 2, "x")))
    reasons = [
        row.reason
        for row in plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades).rows
    ]
    assert reasons == [
        "the same student is also on lines 3, 4",
        "the same student is also on lines 2, 4",
        "score: 'x' is not a number; the same student is also on lines 2, 3",
    ]


def test_the_other_line_of_a_student_on_two_rows_is_named_in_the_singular(
    grades: list[StudentGrade],
) -> None:
    table = table_of(*({"userId": "5001", "score": str(n)} for n in (1, 2)))
    reasons = [
        row.reason
        for row in plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades).rows
    ]
    assert reasons == [
        "the same student is also on line 3",
        "the same student is also on line 2",
    ]


def test_cells_beyond_the_header_are_counted_in_words(grades: list[StudentGrade]) -> None:
    table = parse_table(b"userId,score\n007,1,x\n1234,2,x,y\n")
    reasons = [
        row.reason
        for row in plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades).rows
    ]
    assert reasons == [
        "the row has 1 more cell than the header: a text with a delimiter in it needs quotes",
        "the row has 2 more cells than the header: a text with a delimiter in it needs quotes",
    ]


def test_xlsx_ids_numbers_and_dates(make_workbook: WorkbookBuilder) -> None:
    path = make_workbook(
        [
            ["userId", "score"],
            [1234, 15],  # an integer cell: the ID 1234
            [123456789012.0, 13],  # a whole float: fine when the roster has that ID
            [7, 10],  # the roster has 007
            [5003.5, 1],
            [datetime(2024, 3, 15), 10],
            [True, 10],
            ["5004", "8,5"],  # text scores follow the same rules as in CSV
            ["u-9f3a", datetime(2024, 5, 8)],  # "8.5" typed where Excel reads dates
            ["5001", 8.5],
        ]
    )
    rows = plan_file(path).rows
    assert [(row.line_number, row.verdict, row.reason) for row in rows] == [
        (2, RowVerdict.WILL_CHANGE, "score 14 → 15"),
        (3, RowVerdict.WILL_CHANGE, "score 12 → 13"),
        (
            4,
            RowVerdict.ERROR,
            "no student has the user ID 7, but 007 does: the spreadsheet "
            "dropped leading zeros; format the ID column as text and paste the IDs again",
        ),
        (5, RowVerdict.ERROR, "the user ID is a number with decimals (5003.5)"),
        (
            6,
            RowVerdict.ERROR,
            "the user ID is a date (2024-03-15 00:00:00): the spreadsheet "
            "turned an ID into a date; format the ID column as text and paste the IDs again",
        ),
        (7, RowVerdict.ERROR, "True is not a user ID"),
        (8, RowVerdict.WILL_CHANGE, "score no grade → 8.5"),
        (
            9,
            RowVerdict.ERROR,
            "score: the spreadsheet shows a date or time (2024-05-08 00:00:00), not a number",
        ),
        (10, RowVerdict.WILL_CHANGE, "score no grade → 8.5"),
    ]


def test_xlsx_numbers_of_hundreds_of_digits_are_row_errors(
    make_workbook: WorkbookBuilder,
) -> None:
    path = make_workbook(
        [
            ["userId", "score", "maximum", "comment"],
            ["007", 111111, None, None],
            ["5001", 15, 222222, None],
            ["5003", 12, None, 333333],  # a number in the comment column is its text
            [444444, 12],
            ["1234", 16],
        ]
    )
    huge = b"9" * 400
    rewrite_sheet(
        path,
        lambda sheet: re.sub(
            rb"<v>(111111|222222|333333|444444)</v>", b"<v>" + huge + b"</v>", sheet
        ),
    )
    rows = plan_file(path).rows
    too_large = "99999999…9999 (400 characters) is too large to be a score"
    assert [(row.line_number, row.verdict, row.reason) for row in rows] == [
        (2, RowVerdict.ERROR, f"score: {too_large}"),
        (3, RowVerdict.ERROR, f"maximum: {too_large}"),
        (4, RowVerdict.WILL_CHANGE, "score 10 → 12; comment added"),
        (5, RowVerdict.ERROR, f"no student with the user ID {'9' * 400!r} in this course"),
        (6, RowVerdict.WILL_CHANGE, "score 14 → 16"),
    ]
    assert rows[2].edit is not None and rows[2].edit.comment == "9" * 400


def test_xlsx_formulas_in_used_columns_are_errors(make_workbook: WorkbookBuilder) -> None:
    path = make_workbook(
        [
            ["userId", "score", "comment", "total"],
            ["007", "=10+5", "ok"],
            ["5001", 12, "=A1"],
            ["5003", 11, None, "=B4*2"],  # a formula in a column the import does not read
            ["=A2", 3],
        ]
    )
    assert [(row.verdict, row.reason) for row in plan_file(path).rows] == [
        (
            RowVerdict.ERROR,
            "the score cell holds a formula; paste it as a value (Paste Special, "
            "Values) and import again",
        ),
        (
            RowVerdict.ERROR,
            "the comment cell holds a formula; paste it as a value (Paste Special, "
            "Values) and import again",
        ),
        (RowVerdict.WILL_CHANGE, "score 10 → 11"),
        (
            RowVerdict.ERROR,
            "the userId cell holds a formula; paste it as a value (Paste Special, "
            "Values) and import again",
        ),
    ]


def test_a_row_without_an_id_is_an_error_but_a_footer_without_grades_is_one_too(
    grades: list[StudentGrade],
) -> None:
    table = table_of({"userId": "", "score": "15"}, {"userId": None, "score": None})
    rows = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades).rows
    assert [row.reason for row in rows] == ["no userId on this row", "no userId on this row"]


# -- what an edit becomes -----------------------------------------------------------------------


def test_an_edit_carries_the_defaults_and_the_current_value(grades: list[StudentGrade]) -> None:
    table = table_of({"userId": "007", "score": "16"})
    row = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades).rows[0]
    assert row.edit is not None
    assert (row.edit.score, row.edit.maximum, row.edit.comment) == (16, 20, None)
    assert row.edit.activity_progress is ActivityProgress.Completed
    assert row.edit.grading_progress is GradingProgress.FullyGraded
    assert row.current == row.base == ServerGrade(14, 20, "Good start")
    assert row.student_name == "Ada Lovelace"


def test_a_blank_score_never_clears_a_grade(grades: list[StudentGrade]) -> None:
    table = table_of(*({"userId": g.user_id, "score": ""} for g in grades))
    plan = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades)
    assert {row.verdict for row in plan.rows} == {RowVerdict.SKIPPED}
    assert plan.changes == []


def test_the_base_columns_are_on_the_line_items_scale(grades: list[StudentGrade]) -> None:
    table = table_of(
        {"userId": "1234", "score": "15", "base_score": "14", "base_comment": "Fine"},
    )
    row = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades).rows[0]
    assert row.base == ServerGrade(14, 20, "Fine")
    assert row.warning == "changed in the LMS since the export: the comment was edited"


def test_a_bad_base_score_is_an_error_not_a_missing_check(grades: list[StudentGrade]) -> None:
    table = table_of({"userId": "007", "score": "15", "base_score": "n/a"})
    row = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades).rows[0]
    assert row.verdict is RowVerdict.ERROR
    assert row.reason.startswith("base_score: n/a is a fraction")


def test_the_plan_lists_the_changes_with_their_bases_and_counts(
    grades: list[StudentGrade],
) -> None:
    table = table_of(
        {"userId": "007", "score": "16"},
        {"userId": "5003", "score": "10"},
        {"userId": "5004", "score": ""},
        {"userId": "nobody", "score": "1"},
    )
    plan = plan_import(table, guess_mapping(table.headers), LINE_ITEM, grades)
    assert plan.summary() == "1 change, 1 unchanged, 1 skipped, 1 error"
    assert plan.counts == {
        RowVerdict.WILL_CHANGE: 1,
        RowVerdict.UNCHANGED: 1,
        RowVerdict.SKIPPED: 1,
        RowVerdict.ERROR: 1,
    }
    [(edit, base)] = plan.changes
    assert (edit.user_id, edit.score, base) == ("007", 16, ServerGrade(14, 20, "Good start"))
    assert plan.has_errors
    assert plan.exported_at is None


# -- numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("8", 8),
        (" 8.5 ", 8.5),
        ("8,5", 8.5),
        (",5", 0.5),
        ("0,125", 0.125),
        ("+7", 7),
        ("1.234", 1.234),
        ("0", 0),
        (15, 15),
        (8.25, 8.25),
    ],
)
def test_plain_numbers_are_read(value: CellValue, number: float) -> None:
    assert read_number(value) == number


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("1,234", "1,234 could be 1234 or 1.234: digit grouping is not read"),
        ("1e3", "1e3 is in scientific notation, which is not read: write 1000"),
        ("9" * 400, "99999999…9999 (400 characters) is too large to be a score"),
        (int("9" * 400), "99999999…9999 (400 characters) is too large to be a score"),
        ("−2", "-2 is negative"),  # a typographic minus
        (-0.5, "-0.5 is negative"),
        (math.nan, "NaN (not a number) is not a score"),
        (math.inf, "infinity is not a score"),
        (False, "False is not a number"),
        (date(2024, 1, 2), "the spreadsheet shows a date or time (2024-01-02), not a number"),
        (time(8, 30), "the spreadsheet shows a date or time (08:30:00), not a number"),
    ],
)
def test_doubtful_numbers_are_refused_with_a_reason(value: CellValue, reason: str) -> None:
    with pytest.raises(ValueError, match=None) as raised:
        read_number(value)
    assert reason in str(raised.value)


def test_the_comma_locale_only_refuses_a_dot_before_three_digits() -> None:
    for text in ("8,5", "8.5", "12.34", "1.2340", "0.125"):
        assert read_number(text, decimal_comma_locale=True) == read_number(text)
    with pytest.raises(ValueError, match=r"could be 1234 or 1\.2340: digit grouping is not read"):
        read_number("1.234", decimal_comma_locale=True)
    with pytest.raises(ValueError, match="digit grouping is not read"):
        read_number("1,234", decimal_comma_locale=True)


# -- the app's own export comes back as "0 changes" ---------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_apps_own_export_comes_back_unchanged(
    tmp_path: Path, grades: list[StudentGrade], suffix: str
) -> None:
    path = tmp_path / f"quiz 3{suffix}"
    writer = write_results_csv if suffix == ".csv" else write_results_xlsx
    assert writer(path, LINE_ITEM, grades, EXPORTED_AT) == []

    plan = plan_file(path, grades=grades)

    assert plan.summary() == "0 changes, 7 unchanged, 2 skipped, 0 errors"
    assert plan.exported_at == EXPORTED_AT
    assert all(
        row.warning is None or "not on the course roster" in row.warning for row in plan.rows
    )


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=1e5, allow_nan=False),
            st.floats(min_value=1e-3, max_value=1e3, allow_nan=False),
        ),
        min_size=1,
        max_size=5,
    ),
    st.floats(min_value=1e-3, max_value=1e3, allow_nan=False),
    st.sampled_from([".csv", ".xlsx"]),
)
def test_any_grades_the_lms_holds_come_back_from_an_export_unchanged(
    results: list[tuple[float, float]], scale: float, suffix: str
) -> None:
    # Whatever precision the LMS holds, its own values are never refused or changed.
    line_item = LineItem(id="li", label="Quiz", scoreMaximum=scale)
    members = [Member(userId=str(i), roles=["Learner"]) for i in range(len(results))]
    held = [
        Result(id=f"r{i}", scoreOf="li", userId=str(i), resultScore=score, resultMaximum=maximum)
        for i, (score, maximum) in enumerate(results)
    ]
    grades = join_roster(members, held)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        writer = write_results_csv if suffix == ".csv" else write_results_xlsx
        writer(path, line_item, grades, EXPORTED_AT)
        table = read_table(path)
    plan = plan_import(table, guess_mapping(table.headers), line_item, grades)
    assert plan.summary() == f"0 changes, {len(results)} unchanged, 0 skipped, 0 errors"


def test_an_export_edited_in_a_spreadsheet_brings_back_its_edits(
    tmp_path: Path, grades: list[StudentGrade]
) -> None:
    path = tmp_path / "quiz 3.xlsx"
    write_results_xlsx(path, LINE_ITEM, grades, EXPORTED_AT)
    workbook = load_workbook(path)
    sheet = workbook.active
    assert sheet is not None
    for row in sheet.iter_rows(min_row=2):
        if row[0].value == "5001":
            row[3].value = 17  # score
            row[5].value = "=great work"  # a comment that starts like a formula, as text
            row[5].data_type = "s"
    workbook.save(path)

    plan = plan_file(path, grades=grades)

    [(edit, base)] = plan.changes
    assert (edit.user_id, edit.score, edit.comment) == ("5001", 17, "=great work")
    assert base == ServerGrade(None, 20, None)


_CELLS = st.sampled_from(
    [
        "007",
        "7",
        "5001",
        "u-9f3a",
        "",
        "  ",
        "8,5",
        "1,234",
        "'=x",
        "-3",
        "NaN",
        "12",
        "2024-03-15",
        "Jordan Lee",
        '"',
        "a\nb",
        "1.234",
        "\t",
        ";",
        ",",
    ]
) | st.text(max_size=6)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(_CELLS, max_size=6), max_size=8),
    st.sampled_from([",", ";", "\t"]),
    st.booleans(),
)
def test_any_table_gets_a_verdict_per_row_and_a_blank_never_clears(
    rows: list[list[str]], delimiter: str, decimal_comma_locale: bool
) -> None:
    header = delimiter.join(["userId", "score", "comment", "maximum", "base_score"])
    text = "\n".join([header, *(delimiter.join(row) for row in rows)])
    try:
        table = parse_table(text.encode())
        plan = plan_import(
            table,
            guess_mapping(table.headers),
            LINE_ITEM,
            course_grades(),
            decimal_comma_locale=decimal_comma_locale,
        )
    except ImportFileError:
        return
    assert [row.line_number for row in plan.rows] == [row.line_number for row in table.rows]
    for row in plan.rows:
        if row.verdict in (RowVerdict.WILL_CHANGE, RowVerdict.UNCHANGED):
            assert row.edit is not None and row.edit.score is not None
        else:
            assert row.edit is None
