"""The import corpus: every file of corpus/ with the verdict each of its lines must get."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from gradebook_gui.exchange.importer import (
    ColumnMapping,
    ImportFileError,
    MatchBy,
    RowVerdict,
    read_table,
)

from .helpers import CORPUS, plan_file

WILL_CHANGE = RowVerdict.WILL_CHANGE
UNCHANGED = RowVerdict.UNCHANGED
SKIPPED = RowVerdict.SKIPPED
ERROR = RowVerdict.ERROR


@dataclass(frozen=True)
class Expect:
    """What one line must become. `warning=None` means no warning at all; "" means any."""

    verdict: RowVerdict
    reason: str = ""
    warning: str | None = ""
    score: float | None = None
    comment: str | None = None


def change(reason: str = "", **details: Any) -> Expect:
    return Expect(WILL_CHANGE, reason, **details)


def unchanged(reason: str = "same as in the LMS", **details: Any) -> Expect:
    return Expect(UNCHANGED, reason, **details)


def skipped() -> Expect:
    return Expect(SKIPPED, "blank: left unchanged")


def error(reason: str) -> Expect:
    return Expect(ERROR, reason)


CASES: list[Any] = [
    pytest.param(
        "utf8_plain.csv",
        {},
        {
            2: change("score 14 → 16; comment changed", score=16, comment="Well done"),
            3: unchanged(),  # a short row: the comment cell is blank, so the comment is kept
            4: change("score no grade → 12.5", score=12.5),
            5: unchanged(),
        },
    ),
    pytest.param("utf8_bom_crlf.csv", {}, {2: change("score 10 → 11"), 3: unchanged()}),
    pytest.param(
        "utf16le_bom_tab.txt",
        {},
        {
            2: change("score 18 → 19; comment changed", comment="Zoë, très bien"),
            3: change("score no grade → 7"),
        },
    ),
    pytest.param("utf16be_bom.csv", {}, {2: change("score 14 → 15")}),
    pytest.param("utf16le_no_bom.csv", {}, {2: change("score 14 → 13.5", score=13.5)}),
    pytest.param(
        "cp1252_semicolon.csv",
        {},
        {2: change(score=8.5, comment="Schön gemacht – weiter so"), 3: unchanged()},
    ),
    pytest.param(
        "tab_delimited.tsv", {}, {2: change(score=9, comment="needs work, see notes; retry")}
    ),
    pytest.param(
        "quoted_delimiters.csv",
        {},
        {2: change(comment="a; b; c"), 3: change(comment="one, two, three")},
    ),
    pytest.param(
        "decimal_commas.csv",
        {},
        {
            2: change(score=8.5),
            3: change(score=0.5),
            4: change(score=0.125),  # a leading 0 cannot be digit grouping
            5: error("8,500 could be 8500 or 8.500: digit grouping is not read"),
        },
    ),
    pytest.param(
        "digit_grouping.csv",
        {},
        {
            2: error("digit grouping is not read; write 1234"),
            3: error("1,234.5 has digit grouping, which is not read: write 1234.5"),
            4: error("1 234 has digit grouping, which is not read: write 1234"),
            5: error("write 1234567"),
        },
    ),
    pytest.param(
        "digit_grouping_semicolon.csv",
        {},
        {
            2: error("1.234,5 has digit grouping, which is not read: write 1234.5"),
            3: change(score=12.345),
        },
        id="digit_grouping_semicolon-dot-decimals",
    ),
    pytest.param(
        "digit_grouping_semicolon.csv",
        {"decimal_comma_locale": True},
        {
            2: error("write 1234.5"),
            3: error("12.345 could be 12345 or 12.3450: digit grouping is not read"),
        },
        id="digit_grouping_semicolon-comma-locale",
    ),
    pytest.param(
        "bad_numbers.csv",
        {},
        {
            2: error(
                "score: 85/100 is a fraction: write the points, with the maximum in the maximum "
                "column"
            ),
            3: error("score: 85% is a percentage"),
            4: error("NaN (not a number) is not a score"),
            5: error("infinity is not a score"),
            6: error("score: -3 is negative"),
            7: error("score: 'abc' is not a number"),
            8: error("infinity is not a score"),
        },
    ),
    pytest.param(
        "blanks.csv",
        {},
        {
            2: skipped(),
            3: skipped(),
            4: error("a comment needs a score: this student has no grade yet"),
            5: change("comment changed", score=0, comment="Better now"),
            6: skipped(),
            # line 7 has only empty cells: not a row at all
            8: change("score no grade → 6"),
        },
    ),
    pytest.param(
        "duplicates.csv",
        {},
        {
            2: error("the same student is also on line 4"),
            3: change("score 10 → 11"),
            4: error("the same student is also on line 2"),
        },
    ),
    pytest.param(
        "unknown_ids.csv",
        {},
        {
            2: error("no student with the user ID '4242' in this course"),
            3: error("no student with the user ID 'U-9F3A'"),  # IDs are exact text
            4: change("score 10 → 11"),  # spaces around an ID are not part of it
            5: error("no student has the user ID 1234.0; 1234 does, written as a decimal"),
        },
    ),
    pytest.param(
        "lost_leading_zeros.csv",
        {},
        {
            2: error("no student has the user ID 7, but 007 does: the spreadsheet dropped leading"),
            3: error("no student with the user ID '0007'"),
        },
    ),
    pytest.param(
        "ids_as_dates.csv",
        {},
        {
            line: error("looks like a date: the spreadsheet turned an ID into a date")
            for line in range(2, 7)
        },
    ),
    pytest.param(
        "scientific_notation.csv",
        {},
        {
            2: error("the user ID 1.23457E+11 is in scientific notation"),
            3: change("score 12 → 13"),
        },
    ),
    pytest.param("extra_columns.csv", {}, {2: unchanged(), 3: change("score no grade → 11")}),
    pytest.param(
        "missing_score_column.csv",
        {},
        {
            2: change("comment changed", score=14, comment="Excellent"),
            3: error("a comment needs a score"),
        },
    ),
    pytest.param(
        "quoted_newlines.csv",
        {},
        {
            2: change(comment="Line one\nline two"),
            4: change(comment='He said "great"'),
            5: change(comment="multi\r\nline\r\ncomment"),
            8: change(comment=None, score=8),
        },
    ),
    pytest.param(
        "unquoted_comma.csv",
        {},
        {2: error("the row has 1 more cell than the header"), 3: change(score=9)},
    ),
    pytest.param(
        "formula_escaped.csv",
        {},
        {
            2: unchanged(),
            3: change(comment="-5 for lateness"),
            4: change("comment added", comment="+1 bonus"),
            5: change(comment="@mention"),
            6: change("comment changed", comment="'=quoted twice"),
        },
    ),
    pytest.param(
        "match_by_email.csv",
        {},
        {
            2: change("score 14 → 15"),
            3: change("score 0 → 3"),
            4: error("no student in this course matches 'nobody@example.edu'"),
        },
    ),
    pytest.param(
        "match_by_name.csv",
        {},
        {
            2: change("score 14 → 15"),
            3: error(
                "more than one learner is called 'Jordan Lee': match by user ID or email instead"
            ),
            4: unchanged(),
            5: unchanged(),  # decomposed accents (NFD) still match
        },
    ),
    pytest.param(
        "extra_credit_and_maximum.csv",
        {},
        {
            2: change("score no grade → 22", warning="extra credit: 22 is above the maximum 20"),
            3: change("score 10 → 8 out of 10", warning=None),
            4: error("the maximum must be greater than 0"),
            5: error("maximum: 'ten' is not a number"),
        },
    ),
    pytest.param(
        "progress_columns.csv",
        {},
        {
            2: change(warning=None),
            3: change(warning="grading progress Pending: most LMSes then show no grade"),
            4: error("activityProgress 'Done' is not one of Initialized, Started"),
        },
    ),
    pytest.param(
        "export_with_base.csv",
        {},
        {
            2: change("score 14 → 16", warning=None),
            3: change(
                "score 14 → 15", warning="changed in the LMS since the export: base 12, now 14"
            ),
            4: unchanged(
                "not changed in the file",
                warning="the LMS has changed since the export: base 9, now 10",
            ),
            5: skipped(),
            6: change("score 5 → 6", warning="not on the course roster"),
        },
    ),
    pytest.param(
        "classic_mac_line_endings.csv", {}, {2: change("score 14 → 15"), 3: change(score=9)}
    ),
    pytest.param("trailing_delimiters.csv", {}, {2: change(score=15), 3: change(score=9)}),
    pytest.param(
        "huge_numbers.csv",
        {},
        {
            2: error("score: 99999999…9999 (400 characters) is too large to be a score"),
            3: error("score: 99999999…99.5 (402 characters) is too large to be a score"),
            4: error("maximum: 99999999…9999 (400 characters) is too large to be a score"),
            5: change("score 14 → 15"),
        },
    ),
    pytest.param(
        "lms_precision.csv",
        {},
        {
            2: error(
                "score: 0.0000000000001 has more decimals than an LMS keeps (5): "
                "it would be sent as 0"
            ),
            3: change("score no grade → 8.333333", score=8.333333),
            # Within the read-back's tolerance of the maximum: rounding, not extra credit.
            4: change("score 10 → 20.000001", warning=None),
            5: error("it would become 0.33333 out of 1"),
            6: error("score: 1e3 is in scientific notation, which is not read: write 1000"),
        },
    ),
]


@pytest.mark.parametrize(("name", "options", "expected"), CASES)
def test_every_line_gets_its_verdict(
    name: str, options: dict[str, Any], expected: dict[int, Expect]
) -> None:
    plan = plan_file(CORPUS / name, **options)

    assert [row.line_number for row in plan.rows] == sorted(expected)
    for row in plan.rows:
        want = expected[row.line_number]
        where = f"{name} line {row.line_number}: {row}"
        assert row.verdict is want.verdict, where
        assert want.reason in row.reason, where
        if want.warning is None:
            assert row.warning is None, where
        else:
            assert want.warning in (row.warning or ""), where
        if row.verdict is WILL_CHANGE:
            assert row.edit is not None and row.base is not None, where
            if want.score is not None:
                assert row.edit.score == want.score, where
            if want.comment is not None or "comment" in want.reason:
                assert row.edit.comment == want.comment, where
        if row.verdict is ERROR:
            assert row.edit is None, where
    assert plan.has_errors is any(want.verdict is ERROR for want in expected.values())
    assert len(plan.changes) == sum(want.verdict is WILL_CHANGE for want in expected.values())


REFUSED_FILES = [
    ("missing_id_column.csv", "No column identifies the student"),
    ("only_header.csv", "The file has a header row but no grades below it."),
    ("empty.csv", "The file is empty."),
    ("blank_lines_only.csv", "The file is empty."),
    ("binary.csv", "binary data"),
    ("invalid_encoding.csv", "not text in UTF-8, UTF-16 or Windows-1252"),
    ("unclosed_quote.csv", "A quote opened on line 2 is never closed."),
    ("duplicate_header.csv", "The column 'score' appears twice (columns B and C)"),
    (
        "ambiguous_headers.csv",
        "The columns 'Score' (B) and 'score' (C) have the same name but for case, spaces",
    ),
    ("ambiguous_id_headers.csv", "The columns 'user_id' (A) and 'User ID' (B)"),
    (
        "utf8_with_one_cp1252_byte.csv",
        "Line 3, byte 0xE8 (at byte 52 of the file) is not UTF-8, but the rest of the file is",
    ),
    ("utf8_bom_with_one_cp1252_byte.csv", "Line 4, byte 0xEF (at byte 61 of the file)"),
    ("legacy.xls", "old Excel workbook (.xls)"),
]


@pytest.mark.parametrize(("name", "message"), REFUSED_FILES)
def test_unusable_files_are_refused_with_a_plain_message(name: str, message: str) -> None:
    with pytest.raises(ImportFileError, match=None) as raised:
        plan_file(CORPUS / name)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    ("name", "description"),
    [
        ("utf8_plain.csv", "CSV, UTF-8, delimiter ','"),
        ("utf8_bom_crlf.csv", "CSV, UTF-8, delimiter ','"),
        ("utf16le_bom_tab.txt", "CSV, UTF-16, delimiter TAB"),
        ("utf16be_bom.csv", "CSV, UTF-16, delimiter ','"),
        ("utf16le_no_bom.csv", "CSV, UTF-16, delimiter ';'"),
        ("cp1252_semicolon.csv", "CSV, Windows-1252, delimiter ';'"),
        ("tab_delimited.tsv", "CSV, UTF-8, delimiter TAB"),
        ("quoted_delimiters.csv", "CSV, UTF-8, delimiter ','"),
    ],
)
def test_encoding_and_delimiter_are_recognised(name: str, description: str) -> None:
    table = read_table(CORPUS / name)
    assert table.description == description
    assert table.headers[:2] == ["userId", "score"]


def test_the_corpus_is_covered_by_the_tables() -> None:
    named = {param.values[0] for param in CASES} | {name for name, _ in REFUSED_FILES}
    on_disk = {path.name for path in CORPUS.iterdir() if not path.name.startswith((".", "README"))}
    assert named == on_disk
    assert len(on_disk) >= 30


def test_an_explicit_mapping_names_columns_the_guess_would_not() -> None:
    mapping = ColumnMapping(id_column="Section", match=MatchBy.USER_ID, score_column="Late?")
    plan = plan_file(CORPUS / "extra_columns.csv", mapping)
    assert [row.reason for row in plan.rows] == [
        "no student with the user ID 'A' in this course",
        "no student with the user ID 'B' in this course",
    ]


def test_a_mapping_naming_a_missing_column_is_refused() -> None:
    mapping = ColumnMapping(id_column="userId", score_column="points")
    with pytest.raises(ImportFileError, match="The file has no column 'points'"):
        plan_file(CORPUS / "utf8_plain.csv", mapping)
