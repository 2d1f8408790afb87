"""Scores read and written in the user's locale, through the app's one score reader.

The window reads what is typed (a cell, a pasted column, the Edit grade dialog) with
`numbers.parse_score` and writes scores with `numbers.format_score`, in the `NumberFormat` of
the user's `QLocale`: "8,5" where the comma is the decimal sign, the locale's own digits, never
digit grouping (it would read back as a decimal sign elsewhere).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from gradebook_gui.numbers import PLAIN, NumberFormat, format_score, parse_score

# Scores shown for reading (the table, the statistics) keep this many decimals; a dialog that
# lists changes keeps more, so that two close scores never look the same there.
TABLE_DECIMALS = 2
REVIEW_DECIMALS = 4


def number_format(locale: QLocale) -> NumberFormat:
    """How `locale` writes numbers: its decimal sign, grouping sign and digits."""
    try:
        return NumberFormat(
            decimal=locale.decimalPoint(), group=locale.groupSeparator(), zero=locale.zeroDigit()
        )
    except ValueError:
        # A locale whose signs are not single distinct characters: dot decimals, as programs
        # write them, read where nothing else can be meant.
        return PLAIN


def read_score(text: str, locale: QLocale, *, fraction_advice: str) -> float:
    """The score typed in `locale`, or ValueError with the reason (`numbers.parse_score`).

    `fraction_advice` says where the maximum goes in the place the text was typed.
    """
    return parse_score(text, number_format(locale), fraction_advice=fraction_advice)


def score_text(locale: QLocale, value: float, *, decimals: int | None = None) -> str:
    """`value` as `locale` writes it; every digit unless `decimals` rounds it for reading."""
    return format_score(value, number_format(locale), decimals=decimals)


def table_text(locale: QLocale, value: float) -> str:
    """A score as the table and the statistics show it: two decimals at most."""
    return score_text(locale, value, decimals=TABLE_DECIMALS)


def display_number(locale: QLocale, value: float) -> str:
    """A score for reading in a list of changes (review, conflicts, history): four decimals."""
    return score_text(locale, value, decimals=REVIEW_DECIMALS)
