"""One reading of a score for the cell, the Edit grade dialog and the importer."""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gradebook_gui.numbers import (
    FRENCH,
    GERMAN,
    LMS_KEPT_DECIMALS,
    PLAIN,
    NumberFormat,
    check_kept_precision,
    checked_score,
    format_score,
    import_format,
    is_extra_credit,
    parse_score,
)

ARABIC = NumberFormat(decimal="\u066b", group="\u066c", zero="\u0660")
SWISS = NumberFormat(decimal=".", group="'")
FORMATS = [PLAIN, GERMAN, FRENCH, ARABIC, SWISS]


@pytest.mark.parametrize(
    ("text", "number_format", "expected"),
    [
        ("8", PLAIN, 8.0),
        (" 8.5 ", PLAIN, 8.5),
        ("+7", PLAIN, 7.0),
        ("8,5", PLAIN, 8.5),  # a comma before one digit cannot be grouping
        ("8,5", GERMAN, 8.5),
        ("8.5", GERMAN, 8.5),  # nor can a dot
        ("1,234", GERMAN, 1.234),  # the German decimal sign is the comma
        ("1.234", PLAIN, 1.234),
        ("1234,567", PLAIN, 1234.567),  # four digits before: not a group of three
        ("0,250", PLAIN, 0.25),  # a leading zero rules grouping out
        (".5", PLAIN, 0.5),
        ("12.", PLAIN, 12.0),
        ("\u0668\u066b\u0665", ARABIC, 8.5),  # the digits and decimal sign of Arabic
        ("\u200f8.5\u200f", PLAIN, 8.5),  # invisible direction marks
        ("0", PLAIN, 0.0),
    ],
)
def test_scores_are_read_in_the_format_they_are_written(
    text: str, number_format: NumberFormat, expected: float
) -> None:
    assert parse_score(text, number_format) == expected


@pytest.mark.parametrize(
    ("text", "number_format", "reason"),
    [
        ("", PLAIN, "no number is written"),
        ("-1", PLAIN, "-1 is negative: a score is 0 or more"),
        ("−2", GERMAN, "-2 is negative"),
        ("nan", PLAIN, "NaN (not a number) is not a score"),
        ("inf", PLAIN, "infinity is not a score"),
        ("-Infinity", PLAIN, "infinity is not a score"),
        ("85/100", PLAIN, "85/100 is a fraction"),
        ("85%", PLAIN, "85% is a percentage"),
        ("1,234", PLAIN, "1,234 could be 1234 or 1.234: digit grouping is not read"),
        ("1,000", PLAIN, "1,000 could be 1000 or 1.000"),
        ("1.000", GERMAN, "1.000 could be 1000 or 1,000"),
        ("1.234", FRENCH, "could be 1234"),  # neither of the French signs: doubted too
        ("1,234.5", PLAIN, "1,234.5 has digit grouping, which is not read: write 1234.5"),
        ("1.234,5", PLAIN, "1.234,5 has digit grouping, which is not read: write 1234.5"),
        ("1.234,5", GERMAN, "write 1234,5"),
        ("1 234", PLAIN, "1 234 has digit grouping, which is not read: write 1234"),
        ("1\u202f234,5", FRENCH, "write 1234,5"),
        ("1'234.5", SWISS, "write 1234.5"),
        ("1.234.567", GERMAN, "write 1234567"),
        ("\u0661\u066c\u0662\u0663\u0664", ARABIC, "has digit grouping"),
        ("eight", PLAIN, "'eight' is not a number"),
        ("8;5", PLAIN, "'8;5' is not a number"),
        ("1.5.3", PLAIN, "'1.5.3' is not a number"),
        ("²", PLAIN, "'²' is not a number"),
        ("1e3", PLAIN, "1e3 is in scientific notation, which is not read: write 1000"),
        ("1,5E-2", GERMAN, "write 0,015"),
        ("1e999999", PLAIN, "write the number in full"),
        ("9" * 400, PLAIN, "99999999…9999 (400 characters) is too large to be a score"),
    ],
)
def test_what_is_not_a_score_is_refused_with_a_plain_reason(
    text: str, number_format: NumberFormat, reason: str
) -> None:
    with pytest.raises(ValueError, match=None) as raised:
        parse_score(text, number_format)
    assert reason in str(raised.value)


def test_a_file_in_a_comma_locale_doubts_both_signs_before_three_digits() -> None:
    file_format = import_format(decimal_comma_locale=True)
    for text in ("8,5", "8.5", "12.34", "1.2340", "0.125"):
        assert parse_score(text, file_format) == parse_score(text, import_format(False))
    for text in ("1.234", "1,234"):
        with pytest.raises(ValueError, match=r"could be 1234 or 1\.2340"):
            parse_score(text, file_format)
    assert parse_score("1.234", import_format(decimal_comma_locale=False)) == 1.234


def test_numbers_already_read_get_the_same_rules() -> None:
    assert checked_score(15) == 15.0
    assert math.copysign(1, checked_score(-0.0)) == 1
    for number, reason in [
        (math.nan, "NaN"),
        (math.inf, "infinity is not a score"),
        (-0.5, "-0.5 is negative"),
        (True, "True is not a number"),
        (int("9" * 400), "(400 characters) is too large to be a score"),
    ]:
        with pytest.raises(ValueError, match=None) as raised:
            checked_score(number)
        assert reason in str(raised.value)


def test_a_number_format_needs_two_different_single_signs() -> None:
    with pytest.raises(ValueError):
        NumberFormat(decimal=",", group=",")
    with pytest.raises(ValueError):
        NumberFormat(decimal="")
    with pytest.raises(ValueError):
        NumberFormat(zero="1")


@pytest.mark.parametrize(
    ("value", "number_format", "decimals", "text"),
    [
        (10.0, PLAIN, None, "10"),
        (8.5, GERMAN, None, "8,5"),
        (8.5, ARABIC, None, "\u0668\u066b\u0665"),
        (1e-7, PLAIN, None, "0.0000001"),  # never "1e-07"
        (1e21, PLAIN, None, "1000000000000000000000"),
        (-0.0, PLAIN, None, "0"),
        (2 / 3, PLAIN, 2, "0.67"),
        (12345.678, PLAIN, None, "12345.678"),  # never grouped
    ],
)
def test_scores_are_written_plainly(
    value: float, number_format: NumberFormat, decimals: int | None, text: str
) -> None:
    assert format_score(value, number_format, decimals=decimals) == text


@settings(max_examples=300)
@given(
    st.floats(min_value=0, allow_nan=False, allow_infinity=False),
    st.sampled_from(FORMATS),
)
def test_what_is_written_reads_back_as_the_same_score(
    value: float, number_format: NumberFormat
) -> None:
    assert parse_score(format_score(value, number_format), number_format) == value


# -- what the LMS keeps ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "maximum"),
    [(8.333333, 10), (14, 20), (6.666666666666667, 20), (0.00001, 1), (0, 20), (12.5, 12.5)],
)
def test_scores_the_lms_keeps_closely_enough_are_accepted(score: float, maximum: float) -> None:
    check_kept_precision(score, maximum)


@pytest.mark.parametrize(
    ("score", "maximum", "reason"),
    [
        (0.0000000000001, 10, "0.0000000000001 has more decimals than an LMS keeps (5): it would"),
        (0.000004, 100, "it would be sent as 0"),
        (0.333333, 1, "it would become 0.33333 out of 1"),
        (5, 0.000001, "the maximum 0.000001 has more decimals"),
    ],
)
def test_scores_the_lms_would_change_are_refused(score: float, maximum: float, reason: str) -> None:
    with pytest.raises(ValueError, match=None) as raised:
        check_kept_precision(score, maximum)
    assert reason in str(raised.value)


def _kept(value: float) -> Decimal:
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-LMS_KEPT_DECIMALS), ROUND_HALF_UP)


def _decimals(value: float) -> int:
    exponent = Decimal(repr(value)).as_tuple().exponent
    assert isinstance(exponent, int)
    return max(-exponent, 0)


@settings(max_examples=500)
@given(
    st.floats(min_value=0, max_value=1e6, allow_nan=False),
    st.floats(min_value=1e-3, max_value=1e4, allow_nan=False),
)
def test_an_accepted_score_is_one_the_read_back_verifies(score: float, maximum: float) -> None:
    try:
        check_kept_precision(score, maximum)
    except ValueError:
        accepted = False
    else:
        accepted = True
    kept_score, kept_maximum = float(_kept(score)), float(_kept(maximum))
    verifies = abs(kept_score / kept_maximum - score / maximum) <= 1e-6
    survives = verifies and (kept_score != 0 or score == 0)
    assert accepted is survives
    if max(_decimals(score), _decimals(maximum)) <= LMS_KEPT_DECIMALS:
        assert accepted  # 5 decimals or fewer are kept as they are


@given(st.floats(min_value=0.0001, max_value=1e6, allow_nan=False))
def test_extra_credit_is_above_the_maximum_beyond_rescaling_noise(maximum: float) -> None:
    assert not is_extra_credit(maximum, maximum)
    assert not is_extra_credit(maximum / 7 * 7, maximum)
    assert not is_extra_credit(maximum * (1 + 1e-9), maximum)
    assert is_extra_credit(maximum * 1.001, maximum)
    assert not is_extra_credit(0, maximum)


def test_extra_credit_needs_a_maximum() -> None:
    with pytest.raises(ValueError):
        is_extra_credit(5, 0)


@pytest.mark.parametrize(
    ("text", "number_format", "advice"),
    [
        ("1.5e-2", PLAIN, "0.015"),
        ("1,5E-2", GERMAN, "0,015"),
        ("1.234e0", GERMAN, "1,234"),
        ("1.234e0", import_format(decimal_comma_locale=True), "1.2340"),
        ("12e-1", FRENCH, "1,2"),
        ("2e3", GERMAN, "2000"),
    ],
)
def test_the_plain_spelling_a_scientific_refusal_advises_reads_back(
    text: str, number_format: NumberFormat, advice: str
) -> None:
    with pytest.raises(ValueError) as raised:
        parse_score(text, number_format)
    assert str(raised.value).endswith(f"write {advice}")
    assert parse_score(advice, number_format) == float(text.replace(",", "."))


def test_a_score_the_lms_would_round_is_explained_in_the_users_number_format() -> None:
    with pytest.raises(ValueError) as raised:
        check_kept_precision(0.0000149, 3, GERMAN)
    assert str(raised.value) == (
        "0,0000149 out of 3 has more decimals than an LMS keeps (5): it would become "
        "0,00001 out of 3"
    )
