"""The reasons and warnings of an import plan: English for the command line, translatable
sentences for the window, and never a sentence that no longer says the row's reason."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from gradebook_gui.exchange.importer import (
    ImportFileError,
    ImportPlan,
    guess_mapping,
    parse_table,
    plan_import,
    read_table,
)
from gradebook_gui.grades import join_roster
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.wording import Wording
from tests.test_wording import unfiled

LINE_ITEM = LineItem(id="https://lms.example/li/1", label="Quiz 1", scoreMaximum=20)


def plan(tmp_path: Path, text: str) -> ImportPlan:
    path = tmp_path / "grades.csv"
    path.write_text(text, encoding="utf-8")
    members = [
        Member(userId=user_id, roles=("Learner",), name=name)
        for user_id, name in (
            ("007", "Ada Lovelace"),
            ("5003", "Jordan Lee"),
            ("5004", "Jordan Lee"),
            ("6000", "Cy Lane"),
            ("6001", "Bo Diaz"),
            ("6002", "Ann Bell"),
        )
    ]
    results = [Result(id="r", scoreOf=LINE_ITEM.id, userId="007", resultScore=14, resultMaximum=20)]
    table = read_table(path)
    return plan_import(
        table, guess_mapping(table.headers), LINE_ITEM, join_roster(members, results)
    )


def test_every_reason_and_warning_is_filed_and_reads_as_the_english(tmp_path: Path):
    rows = plan(
        tmp_path,
        "userId,score,maximum\n007,14,20\n7,12,\n5003,85/100,\n5004,30,\n6000,1e3,\n6001,,\n"
        "6002,1.5,0\n6002,2,\n",
    ).rows
    for row in rows:
        if row.reason_wording is not None:
            assert str(row.reason_wording) == row.reason
            assert unfiled(row.reason_wording) == [], row.reason
        if row.warning is not None:
            assert row.warning_wording is not None
            assert str(row.warning_wording) == row.warning
            assert unfiled(row.warning_wording) == [], row.warning
    assert all(row.reason_wording is not None for row in rows)


def test_a_row_given_another_reason_shows_that_reason_not_its_old_sentence(tmp_path: Path):
    row = plan(tmp_path, "userId,score\n007,\n").rows[0]
    assert isinstance(row.shown_reason(), Wording)

    held_back = dataclasses.replace(row, reason=f"{row.reason}, not sent: not an active student")

    assert held_back.reason_wording is None
    assert held_back.shown_reason() == "blank: left unchanged, not sent: not an active student"


@pytest.mark.parametrize(
    ("data", "suffix", "english"),
    [
        (b"", ".csv", "The file is empty."),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", ".xls", "This is an old Excel workbook (.xls)"),
        (b"PK\x03\x04broken", ".xlsx", "The file is not a readable XLSX workbook"),
        (b"userId,score,Score\n1,2,3\n", ".csv", "The columns 'score' (B) and 'Score' (C)"),
        (b"userId,score\n", ".csv", "The file has a header row but no grades below it."),
        (b'userId,score\n"7,8\n', ".csv", "A quote opened on line 2 is never closed."),
        ("userId,é\n".encode() + b"7,\xe9\n", ".csv", "Line 2, byte 0xE9 (at byte 13 of the file)"),
    ],
)
def test_a_file_that_cannot_be_imported_says_why_in_words_the_window_translates(
    data: bytes, suffix: str, english: str
):
    with pytest.raises(ImportFileError) as refused:
        parse_table(data, suffix=suffix)
    assert str(refused.value).startswith(english)
    wording = refused.value.wording
    assert wording is not None and str(wording) == str(refused.value)
    assert unfiled(wording) == []


def test_a_mapping_without_the_files_columns_says_why_in_words_the_window_translates(
    tmp_path: Path,
):
    path = tmp_path / "grades.csv"
    path.write_text("userId,points\n007,5\n", encoding="utf-8")
    table = read_table(path)
    with pytest.raises(ImportFileError) as refused:
        guess_mapping(["points"])
    assert refused.value.wording is not None and unfiled(refused.value.wording) == []
    mapping = dataclasses.replace(guess_mapping(table.headers), score_column="score")
    with pytest.raises(ImportFileError) as refused:
        plan_import(table, mapping, LINE_ITEM, [])
    assert str(refused.value) == "The file has no column 'score' (it has: userId, points)."
    assert refused.value.wording is not None and unfiled(refused.value.wording) == []
