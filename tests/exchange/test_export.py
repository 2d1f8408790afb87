"""Exports: the CSV layout, formula safety, atomic files, XLSX cells, and the round trip."""

from __future__ import annotations

import csv
import dataclasses
import io
import math
import os
import string
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from gradebook_gui.exchange.export import (
    CSV_COLUMNS,
    FORMULA_TRIGGERS,
    REPLACEMENT_CHARACTER,
    format_number,
    neutralise_for_csv,
    restore_neutralised,
    spreadsheet_rows,
    utc_timestamp,
    write_csv,
    write_results_csv,
)
from gradebook_gui.exchange.importer import RowVerdict, guess_mapping, plan_import, read_table
from gradebook_gui.exchange.xlsx import CELL_TEXT_LIMIT, write_results_xlsx
from gradebook_gui.files import replace_file_atomically
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.models import LineItem, Member, Result, visible_text
from tests.test_wording import unfiled

from .helpers import LINE_ITEM

EXPORTED_AT = "2026-11-26T00:00:00.000Z"


# -- text and numbers ---------------------------------------------------------------------------


@given(st.text())
def test_no_cell_starts_with_a_formula_trigger(text: str) -> None:
    safe = neutralise_for_csv(text)
    assert not safe.startswith(FORMULA_TRIGGERS)
    # Exactly one quote is added, and only when needed, so an importer can take it off again.
    assert safe == text or safe == "'" + text


@given(st.text(alphabet=st.sampled_from(["'", "=", "a", "-", "\t", " "])) | st.text())
def test_the_importer_undoes_exactly_what_the_exporter_did(text: str) -> None:
    assert restore_neutralised(neutralise_for_csv(text)) == text


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_numbers_read_back_exactly(value: float) -> None:
    assert float(format_number(value)) == value


def test_whole_numbers_have_no_decimal_point() -> None:
    assert format_number(20.0) == "20" and format_number(None) == ""


def test_timestamp_has_milliseconds_and_z() -> None:
    moment = datetime(2026, 11, 26, 14, 3, 7, 123456, tzinfo=UTC)
    assert utc_timestamp(moment) == "2026-11-26T14:03:07.123Z"


def _one_learner(
    name: str, comment: str | None, user_id: str = "1"
) -> tuple[LineItem, list[StudentGrade]]:
    item = LineItem(id="li", label="Quiz", scoreMaximum=20)
    members = [Member(userId=user_id, roles=["Learner"], name=name, email="a@b.c")]
    results = [
        Result.model_validate(
            {
                "id": "r",
                "scoreOf": "li",
                "userId": user_id,
                "resultScore": 4,
                "resultMaximum": 5,
                "comment": comment,
            }
        )
    ]
    return item, join_roster(members, results)


def test_rows_neutralise_text_and_keep_scores_numbers() -> None:
    item, grades = _one_learner('=HYPERLINK("x")', "-5 for lateness")
    rows = spreadsheet_rows(item, grades, "2026-11-26T00:00:00.000Z")
    buffer = io.StringIO()
    write_csv(buffer, rows)
    parsed = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert tuple(parsed[0]) == CSV_COLUMNS
    row = parsed[0]
    assert row["name"] == '\'=HYPERLINK("x")'
    assert row["comment"] == row["base_comment"] == "'-5 for lateness"
    assert row["score"] == row["base_score"] == "16"
    assert row["maximum"] == "20"


# -- CSV files ----------------------------------------------------------------------------------


def test_the_csv_file_has_a_bom_crlf_and_no_unescaped_trigger(
    tmp_path: Path, grades: list[StudentGrade]
) -> None:
    path = tmp_path / "quiz.csv"
    assert write_results_csv(path, LINE_ITEM, grades, EXPORTED_AT) == []
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfuserId,name,email,score,maximum,comment,")
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 1 + len(grades)
    assert all(not cell.startswith(FORMULA_TRIGGERS) for row in rows for cell in row)
    dmitri = next(row for row in rows if row[0] == "5002")
    assert dmitri[5] == "'=SUM(A1:A3) is not a formula"


def test_characters_a_file_cannot_hold_are_replaced_and_reported(tmp_path: Path) -> None:
    item, grades = _one_learner("Nul\x00l", "bell\x07 and a lone \ud800 surrogate")
    for suffix, writer in ((".csv", write_results_csv), (".xlsx", write_results_xlsx)):
        path = tmp_path / f"odd{suffix}"
        warnings = writer(path, item, grades, EXPORTED_AT)
        assert [str(warning) for warning in warnings] == [
            f"1: the name had 1 character a spreadsheet cannot hold; it was replaced "
            f"with {REPLACEMENT_CHARACTER}.",
            f"1: the comment had 2 characters a spreadsheet cannot hold; they were replaced "
            f"with {REPLACEMENT_CHARACTER}.",
        ]
        table = read_table(path)
        assert table.rows[0].cells["comment"] == "bell\ufffd and a lone \ufffd surrogate"
        # The comment in the file differs from the LMS, but it was not edited: nothing to send.
        plan = plan_import(table, guess_mapping(table.headers), item, grades)
        assert plan.changes == []
        assert plan.rows[0].reason == "not changed in the file"


def test_an_export_replaces_the_file_in_one_step_and_leaves_the_folder_alone(
    tmp_path: Path, grades: list[StudentGrade]
) -> None:
    folder = tmp_path / "Desktop"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    path = folder / "quiz.csv"
    path.write_text("old export")
    write_results_csv(path, LINE_ITEM, grades, EXPORTED_AT)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfuserId")
    assert os.listdir(folder) == ["quiz.csv"]
    if os.name == "posix":
        assert folder.stat().st_mode & 0o777 == 0o755


@pytest.mark.parametrize("failure", [OSError("disk full"), KeyboardInterrupt()])
def test_an_export_stopped_half_way_leaves_the_old_file(
    tmp_path: Path, failure: BaseException
) -> None:
    path = tmp_path / "quiz.xlsx"
    path.write_bytes(b"the previous export")

    def write_half(handle: BinaryIO) -> None:
        handle.write(b"PK\x03\x04 half a zip")
        raise failure

    with pytest.raises(type(failure)):
        replace_file_atomically(path, write_half)
    assert path.read_bytes() == b"the previous export"
    assert os.listdir(tmp_path) == ["quiz.xlsx"]


# -- XLSX files ---------------------------------------------------------------------------------


def test_the_xlsx_holds_no_formula_numbers_as_numbers_and_text_as_is(
    tmp_path: Path, grades: list[StudentGrade]
) -> None:
    path = tmp_path / "quiz.xlsx"
    assert write_results_xlsx(path, LINE_ITEM, grades, EXPORTED_AT) == []
    sheet = load_workbook(path, data_only=False).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    assert [cell.value for cell in rows[0]] == list(CSV_COLUMNS)
    assert all(cell.data_type != "f" for row in rows for cell in row)

    dmitri = next(row for row in rows if row[0].value == "5002")
    comment = dmitri[5]
    assert comment.value == "=SUM(A1:A3) is not a formula"  # no character added
    assert comment.data_type == "s" and comment.quotePrefix
    assert dmitri[0].value == "5002" and dmitri[0].quotePrefix  # editing keeps IDs as text
    ada = next(row for row in rows if row[0].value == "007")
    assert [ada[3].value, ada[4].value, ada[6].value] == [14, 20, 14]
    assert ada[3].data_type == "n"


def test_text_longer_than_a_cell_is_shortened_and_reported(tmp_path: Path) -> None:
    item, grades = _one_learner("Long", "=" + "x" * CELL_TEXT_LIMIT)
    path = tmp_path / "long.xlsx"
    warnings = write_results_xlsx(path, item, grades, EXPORTED_AT)
    assert [str(warning) for warning in warnings] == [
        "1: the comment is longer than a spreadsheet cell holds; the XLSX keeps its first "
        "32,767 characters."
    ]
    table = read_table(path)
    kept = table.rows[0].cells["comment"]
    assert isinstance(kept, str) and kept.startswith("=xxx")
    plan = plan_import(table, guess_mapping(table.headers), item, grades)
    assert plan.changes == []


# -- the round trip -----------------------------------------------------------------------------

# Characters a spreadsheet can hold (the others are replaced and reported, tested above).
_WRITABLE = st.characters(
    codec="utf-8",
    exclude_characters="".join(chr(c) for c in range(32) if chr(c) not in "\t\n\r")
    + "\ufffe\uffff",
)
_TEXT = st.text(_WRITABLE, max_size=12)
_TRIGGER_TEXT = st.builds(
    lambda t, rest: t + rest, st.sampled_from([*FORMULA_TRIGGERS, "'="]), _TEXT
)
_USER_IDS = st.from_regex(r"\A0{0,3}[0-9]{1,8}\Z") | st.text(
    string.ascii_letters + string.digits + "-_=+@'.", min_size=1, max_size=10
)


@st.composite
def courses(draw: st.DrawFn) -> tuple[LineItem, list[StudentGrade]]:
    maximum = draw(st.sampled_from([1.0, 7.5, 10.0, 20.0, 100.0]))
    item = LineItem(id="li", label="Quiz", scoreMaximum=maximum)
    user_ids = draw(st.lists(_USER_IDS, min_size=1, max_size=6, unique=True))
    members = []
    results = []
    for user_id in user_ids:
        members.append(
            Member(
                userId=user_id,
                roles=["Learner"],
                name=draw(_TEXT | _TRIGGER_TEXT),
                email=draw(st.none() | _TEXT),
            )
        )
        if draw(st.booleans()):
            results.append(
                Result(
                    id=f"r-{user_id}",
                    scoreOf="li",
                    userId=user_id,
                    resultScore=draw(
                        st.none() | st.floats(0, 1000, allow_nan=False, allow_subnormal=False)
                    ),
                    resultMaximum=draw(st.floats(1, 1000, allow_nan=False)),
                    comment=draw(st.none() | _TEXT | _TRIGGER_TEXT),
                )
            )
    return item, join_roster(members, results)


def _score_of(cell: object) -> float | None:
    if cell is None or cell == "":
        return None
    assert isinstance(cell, str | int | float)
    return float(cell)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(courses(), st.sampled_from([".csv", ".xlsx"]))
def test_an_export_reimported_gives_back_every_student_score_and_comment(
    course: tuple[LineItem, list[StudentGrade]], suffix: str
) -> None:
    item, grades = course
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"export{suffix}"
        writer = write_results_csv if suffix == ".csv" else write_results_xlsx
        assert writer(path, item, grades, EXPORTED_AT) == []
        table = read_table(path)

    read_back = [
        (
            row.cells["userId"],
            _score_of(row.cells["score"]),
            row.cells["comment"] or "",
        )
        for row in table.rows
    ]
    assert [user_id for user_id, _, _ in read_back] == [grade.user_id for grade in grades]
    for (_, score, comment), grade in zip(read_back, grades, strict=True):
        expected = grade.score(item)
        if expected is None:
            assert score is None
        else:
            # CSV keeps every digit; XLSX keeps 16 significant digits, as openpyxl writes them.
            assert score is not None and math.isclose(score, expected, rel_tol=1e-15)
        assert comment == visible_text(grade.comment or "")

    plan = plan_import(table, guess_mapping(table.headers), item, grades)
    assert plan.counts[RowVerdict.WILL_CHANGE] == 0
    assert not plan.has_errors, plan.rows


# -- comments the LMS holds as HTML -------------------------------------------------------------

HTML_COMMENTS = [
    "<p>Good work &amp; effort</p>",
    "<p>Line one</p><p>Line <b>two</b></p>",
    "<p>&lt;b&gt;late&lt;/b&gt; is what you wrote</p>",  # text that shows markup
]


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("held", HTML_COMMENTS)
def test_an_html_comment_is_exported_as_text_and_comes_back_as_no_change(
    tmp_path: Path, suffix: str, held: str
) -> None:
    item, grades = _one_learner("Ann", held)
    path = tmp_path / f"quiz{suffix}"
    writer = write_results_csv if suffix == ".csv" else write_results_xlsx
    assert writer(path, item, grades, EXPORTED_AT) == []
    table = read_table(path)
    cells = table.rows[0].cells
    assert cells["comment"] == cells["base_comment"] == visible_text(held)
    assert "<p>" not in str(cells["comment"]) and "&amp;" not in str(cells["comment"])

    plan = plan_import(table, guess_mapping(table.headers), item, grades)
    assert plan.changes == [] and plan.counts[RowVerdict.UNCHANGED] == 1


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_score_changed_beside_an_html_comment_keeps_the_lms_comment_as_it_holds_it(
    tmp_path: Path, suffix: str
) -> None:
    item, grades = _one_learner("Ann", HTML_COMMENTS[2])
    path = tmp_path / f"quiz{suffix}"
    writer = write_results_csv if suffix == ".csv" else write_results_xlsx
    writer(path, item, grades, EXPORTED_AT)
    table = read_table(path)
    edited = dataclasses.replace(table.rows[0], cells={**table.rows[0].cells, "score": "18"})
    table = dataclasses.replace(table, rows=[edited])

    plan = plan_import(table, guess_mapping(table.headers), item, grades)

    (row,) = plan.rows
    assert row.verdict is RowVerdict.WILL_CHANGE and row.reason == "score 16 → 18"
    # The comment was not edited: the LMS's own text is what a send keeps (never its markup
    # lost, never a change of comment), and the base is what the LMS held.
    assert row.edit is not None and row.edit.comment is None
    assert row.base is not None and row.base.comment == HTML_COMMENTS[2]


def test_export_warnings_are_sentences_the_window_translates(tmp_path: Path) -> None:
    # A user ID that looks like a sentence of its own stays a value, never part of the template.
    user = "9: the name had 3 characters"
    item, grades = _one_learner("Nul\x00l", "=" + "\x07" * 2 + "x" * CELL_TEXT_LIMIT, user_id=user)
    warnings = write_results_xlsx(tmp_path / "odd.xlsx", item, grades, EXPORTED_AT)
    assert [(warning.context, warning.count) for warning in warnings] == [
        ("export", 1),
        ("export", 2),
        ("xlsx", CELL_TEXT_LIMIT),
    ]
    assert all(warning.values["user"] == user for warning in warnings)
    assert "the name had" in warnings[0].template and "the comment had" in warnings[1].template
    assert "the comment is longer" in warnings[2].template
    assert str(warnings[2]) == (
        f"{user}: the comment is longer than a spreadsheet cell holds; the XLSX keeps its first "
        "32,767 characters."
    )
    assert [unfiled(warning) for warning in warnings] == [[], [], []]


@pytest.mark.parametrize("field", ["user ID", "name", "email", "comment"])
def test_every_shortened_text_warning_is_filed_for_the_translators(
    tmp_path: Path, field: str
) -> None:
    long = "y" * (CELL_TEXT_LIMIT + 1)
    texts = {"userId": "1", "name": "Ann", "email": "a@b.c"}
    texts[{"user ID": "userId"}.get(field, field)] = long
    member = Member(roles=["Learner"], **texts)
    result = Result(
        id="r", scoreOf="li", userId=member.userId, resultScore=4, resultMaximum=5, comment="ok"
    )
    if field == "comment":
        result = result.model_copy(update={"comment": long})
    item = LineItem(id="li", label="Quiz", scoreMaximum=20)
    grades = join_roster([member], [result])
    (warning,) = write_results_xlsx(tmp_path / "long.xlsx", item, grades, EXPORTED_AT)
    assert f"the {field} is longer" in str(warning)
    assert unfiled(warning) == []
