"""Scores as people write them: one parser, one formatter and the extra-credit rule.

The window (a cell, the Edit grade dialog) and the importer read scores with `parse_score`, each
passing how numbers are written where the text comes from (`NumberFormat`): the user's locale for
what is typed, the importer's own rules for a file. They write them with `format_score`, which
`parse_score` always reads back to the same number. No Qt here: the window builds a
`NumberFormat` from its `QLocale`.

The rules:

- A score is a finite number, 0 or more, written in digits with at most one decimal sign.
  Negative numbers, `85/100`, `85%`, NaN and infinity are refused with a plain reason.
- The format's decimal sign is a decimal sign. The other of "." and "," is one too where it
  cannot be anything else (`8,5` is 8.5 everywhere), but before exactly three digits it may be
  digit grouping (`1,234` under an English locale, `1.234` under a German one) and is refused,
  never guessed. A number with grouping (`1,234.5`, `1.234,5`, `1 234`) is refused too, saying
  what to write instead.
- Scientific notation (`1e3`) is refused. Nobody types a grade that way; it comes from a typo or
  from a spreadsheet that shows a long number as `1.23E+11`, whose digits are lost. Reading it
  would turn a slip of the finger into a grade of 1000.
- A score must survive the LMS: `check_kept_precision`.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext

from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Refusal, Wording

# Moodle, the strictest of the supported LMSes, keeps grades with 5 decimal places (its columns
# are DECIMAL(10,5)); a score with more is rounded there.
LMS_KEPT_DECIMALS = 5
# The read-back counts a grade as shown when score/maximum matches within this; a score the LMS
# rounds by more than this (relative to the maximum) would never be verified.
READ_BACK_TOLERANCE = 1e-6

# Extra credit is a score above the maximum by more than the read-back can tell apart: rescaled
# scores come back as 20.000000000000004, which is the maximum, not extra credit.
EXTRA_CREDIT_TOLERANCE = READ_BACK_TOLERANCE

# What follows the refusal of a fraction when the caller names no place for the maximum.
FRACTION_ADVICE = Wording(
    "numbers", QT_TRANSLATE_NOOP("numbers", "write the points, with the maximum in its own place")
)

_MINUS_SIGNS = frozenset("-\u2212\u2012\u2013\ufe63\uff0d")
# Characters that group digits in some locale: spaces of every width and apostrophes.
_GROUPING_SPACES = frozenset(" \u00a0\u2009\u202f'\u2019\u066c")
# Invisible direction marks that locales such as Arabic put around numbers.
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u061c\u200e\u200f\u2066\u2067\u2068\u2069"))
_NOT_A_NUMBER = frozenset({"nan", "+nan", "-nan"})
_INFINITY = frozenset({"inf", "infinity", "∞"})
_SCIENTIFIC = re.compile(r"\+?(\d*)(?:[.,](\d*))?[eE]([+-]?\d+)", re.ASCII)
_DIGITS = frozenset("0123456789")
# Text longer than this is shown shortened in a reason.
_SHOWN_CHARACTERS = 24
# A float is at most about 1.8e308: enough precision for its every digit and 5 decimals.
_EXACT = Context(prec=400)


@dataclass(frozen=True, slots=True)
class NumberFormat:
    """How numbers are written where a score comes from.

    `decimal` and `group` are the decimal sign and digit grouping sign; `zero` the digit zero of
    the script written (the parser reads the digits of any script). `decimal_may_group` is for
    text whose writer is unknown (a file from anyone's spreadsheet): then the decimal sign before
    exactly three digits is doubted too, as someone else's digit grouping.
    """

    decimal: str = "."
    group: str = ","
    zero: str = "0"
    decimal_may_group: bool = False

    def __post_init__(self) -> None:
        for name in ("decimal", "group", "zero"):
            if len(getattr(self, name)) != 1:
                raise ValueError(f"A number format's {name} sign is one character.")
        if self.decimal == self.group or self.decimal.isdigit() or self.group.isdigit():
            raise ValueError("A number format needs a decimal sign other than its group sign.")
        if unicodedata.decimal(self.zero, None) != 0:
            raise ValueError(f"{self.zero!r} is not a zero digit.")


# Dot decimals: what the app writes in its exports and how programs write numbers.
PLAIN = NumberFormat()
GERMAN = NumberFormat(decimal=",", group=".")
FRENCH = NumberFormat(decimal=",", group="\u202f")


def import_format(decimal_comma_locale: bool) -> NumberFormat:
    """How the importer reads the text of a file, whose writer it does not know.

    A file's numbers are read with dot decimals, as programs write them (and a decimal comma
    where it cannot be anything else). When the user's locale writes decimal commas, the file
    may come from a spreadsheet in that locale, where "1.234" is 1234 with digit grouping: then
    a dot before exactly three digits is refused as well. A comma before exactly three digits is
    refused either way ("1,234" is 1234 in English).
    """
    return NumberFormat(decimal_may_group=True) if decimal_comma_locale else PLAIN


def parse_score(
    text: str,
    number_format: NumberFormat = PLAIN,
    *,
    fraction_advice: str | Wording = FRACTION_ADVICE,
) -> float:
    """The score `text` means, or ValueError with a plain reason (see the module's rules).

    Blank text is refused too: callers decide what a blank means (usually "leave it alone").
    `fraction_advice` follows the refusal of "85/100": the caller names where the maximum goes
    there (the dialog's "out of" field, the import's maximum column).
    """
    typed = _plain_digits(text.translate(_DIRECTION_MARKS).strip())
    shown = _shown(typed)
    if not typed:
        raise _refused(QT_TRANSLATE_NOOP("numbers", "no number is written"))
    folded = typed.casefold()
    if folded in _NOT_A_NUMBER:
        raise _refused(QT_TRANSLATE_NOOP("numbers", "NaN (not a number) is not a score"))
    if folded.lstrip("+-") in _INFINITY or folded[1:] in _INFINITY:
        raise _refused(QT_TRANSLATE_NOOP("numbers", "infinity is not a score"))
    if "%" in typed or "\u066a" in typed:
        raise _refused(
            QT_TRANSLATE_NOOP("numbers", "{shown} is a percentage: write the points instead"),
            shown=shown,
        )
    if "/" in typed:
        raise _refused(
            QT_TRANSLATE_NOOP("numbers", "{shown} is a fraction: {advice}"),
            shown=shown,
            advice=fraction_advice,
        )
    if typed[0] in _MINUS_SIGNS:
        unsigned = typed[1:].lstrip()
        if not unsigned:
            raise _refused(
                QT_TRANSLATE_NOOP("numbers", "{shown} is not a number"), shown=_quoted(shown)
            )
        parse_score(unsigned, number_format)  # a reason about the digits comes first
        raise _refused(
            QT_TRANSLATE_NOOP("numbers", "{shown} is negative: a score is 0 or more"),
            shown=_shown(f"-{unsigned}"),
        )
    scientific = _SCIENTIFIC.fullmatch(typed)
    if scientific and (scientific[1] or scientific[2]):
        raise Refusal(_scientific_reason(shown, scientific, number_format))
    return checked_score(_read_digits(typed, shown, number_format), shown)


def checked_score(number: float | int, shown: str | Wording | None = None) -> float:
    """A number already read (a spreadsheet's numeric cell) as a score, or ValueError.

    `shown` is how the number was written, for the reason.
    """
    if isinstance(number, bool):
        raise _refused(QT_TRANSLATE_NOOP("numbers", "{shown} is not a number"), shown=str(number))
    try:
        value = float(number)
    except OverflowError:
        value = math.inf if number > 0 else -math.inf
    if math.isnan(value):
        raise _refused(QT_TRANSLATE_NOOP("numbers", "NaN (not a number) is not a score"))
    what = shown if shown is not None else _shown_number(number)
    if math.isinf(value):
        if isinstance(number, float) and shown is None:
            raise _refused(QT_TRANSLATE_NOOP("numbers", "infinity is not a score"))
        raise _refused(
            QT_TRANSLATE_NOOP("numbers", "{shown} is too large to be a score"), shown=what
        )
    if value < 0:
        raise _refused(
            QT_TRANSLATE_NOOP("numbers", "{shown} is negative: a score is 0 or more"), shown=what
        )
    return value + 0.0  # never -0.0


def check_kept_precision(score: float, maximum: float, number_format: NumberFormat = PLAIN) -> None:
    """ValueError when the LMS would not keep `score` out of `maximum` as it is; the reason
    writes the numbers in `number_format`.

    An LMS keeps grades to `LMS_KEPT_DECIMALS` decimal places (Moodle; others keep more). A score
    with more decimals is refused when the LMS would turn it into 0 although it is not 0, or
    would change it by more than the read-back's tolerance (`READ_BACK_TOLERANCE` of the
    maximum), so that the grade shown would never be the grade sent. Rounding that loses only
    digits the read-back cannot see (8.333333 out of 10 kept as 8.33333) is fine. The same goes
    for the maximum, which the LMS keeps the same way.
    """
    kept_maximum = _kept(maximum)
    if maximum > 0 and kept_maximum == 0:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "numbers",
                "the maximum {maximum} has more decimals than an LMS keeps ({decimals}): "
                "it would be sent as 0",
            ),
            maximum=format_score(maximum, number_format),
            decimals=LMS_KEPT_DECIMALS,
        )
    kept_score = _kept(score)
    if score != 0 and kept_score == 0:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "numbers",
                "{score} has more decimals than an LMS keeps ({decimals}): it would be sent as 0",
            ),
            score=format_score(score, number_format),
            decimals=LMS_KEPT_DECIMALS,
        )
    if maximum > 0 and abs(kept_score / kept_maximum - score / maximum) > READ_BACK_TOLERANCE:
        raise _refused(
            QT_TRANSLATE_NOOP(
                "numbers",
                "{score} out of {maximum} has more decimals than an LMS keeps ({decimals}): "
                "it would become {kept_score} out of {kept_maximum}",
            ),
            score=format_score(score, number_format),
            maximum=format_score(maximum, number_format),
            decimals=LMS_KEPT_DECIMALS,
            kept_score=format_score(kept_score, number_format),
            kept_maximum=format_score(kept_maximum, number_format),
        )


def is_extra_credit(score: float, maximum: float) -> bool:
    """Whether `score` is above `maximum`, beyond the rounding noise of rescaled scores."""
    if not maximum > 0:
        raise ValueError(f"A maximum must be greater than 0, not {maximum!r}.")
    return score > maximum * (1 + EXTRA_CREDIT_TOLERANCE)


def format_score(
    value: float, number_format: NumberFormat = PLAIN, *, decimals: int | None = None
) -> str:
    """`value` written for `parse_score` to read back: no grouping, never in exponent notation.

    Every digit is kept (the shortest text that reads back as the same float) unless `decimals`
    rounds it for reading; whole numbers have no decimal sign.
    """
    if not math.isfinite(value):
        raise ValueError(f"{value!r} is not a number that can be written")
    if decimals is not None:
        value = round(value, decimals)
    text = format(Decimal(repr(value + 0.0)), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if number_format.decimal != ".":
        text = text.replace(".", number_format.decimal)
    if number_format.zero != "0":
        base = ord(number_format.zero)
        text = "".join(chr(base + int(ch)) if ch.isdigit() else ch for ch in text)
    return text


# -- reading ------------------------------------------------------------------------------------


def _plain_digits(text: str) -> str:
    """`text` with the digits of any script as ASCII digits."""
    if text.isascii():
        return text
    return "".join(
        str(digit) if (digit := unicodedata.decimal(ch, None)) is not None else ch for ch in text
    )


def _shown(text: str) -> str | Wording:
    """Text for a reason: a run of 400 digits is shown by its length."""
    if len(text) <= _SHOWN_CHARACTERS:
        return text
    return Wording(
        "numbers",
        QT_TRANSLATE_N_NOOP("numbers", "{start}…{end} ({count} characters)"),
        {"start": text[:8], "end": text[-4:]},
        None,
        len(text),
    )


def _quoted(shown: str | Wording) -> str | Wording:
    """`shown` in quotes: a reason names so the text that is not a number."""
    if isinstance(shown, str):
        return repr(shown)
    return _wording(QT_TRANSLATE_NOOP("numbers", "'{text}'"), text=shown)


def _shown_number(number: float | int) -> str | Wording:
    try:
        return _shown(format_score(number) if isinstance(number, float) else str(number))
    except ValueError:  # an int longer than Python writes out (4,300 digits)
        return _wording(QT_TRANSLATE_NOOP("numbers", "a number of thousands of digits"))


def _read_digits(text: str, shown: str | Wording, number_format: NumberFormat) -> float:
    """The number of unsigned `text`: digits with at most one decimal sign."""
    body = text[1:] if text.startswith("+") else text
    marks = [(index, ch) for index, ch in enumerate(body) if ch not in _DIGITS]
    if not body or len(marks) == len(body):
        raise _refused(
            QT_TRANSLATE_NOOP("numbers", "{shown} is not a number"), shown=_quoted(shown)
        )
    if len(marks) > 1 or (marks and _is_grouping_space(marks[0][1], number_format)):
        plain = _without_grouping(body, number_format)
        if plain is None:
            raise _refused(
                QT_TRANSLATE_NOOP("numbers", "{shown} is not a number"), shown=_quoted(shown)
            )
        raise _refused(
            QT_TRANSLATE_NOOP(
                "numbers", "{shown} has digit grouping, which is not read: write {plain}"
            ),
            shown=shown,
            plain=plain,
        )
    if not marks:
        return float(body)
    index, mark = marks[0]
    whole, fraction = body[:index], body[index + 1 :]
    if mark != number_format.decimal and mark not in ".,":
        raise _refused(
            QT_TRANSLATE_NOOP("numbers", "{shown} is not a number"), shown=_quoted(shown)
        )
    if _may_be_grouping(whole, fraction, mark, number_format):
        decimal = _decimal_spelling(whole, fraction, number_format)
        raise _refused(
            QT_TRANSLATE_NOOP(
                "numbers",
                "{shown} could be {whole} or {decimal}: digit grouping is not read; "
                "write {whole}, or {decimal} for the decimal number",
            ),
            shown=shown,
            whole=f"{whole}{fraction}",
            decimal=decimal,
        )
    return float(f"{whole or '0'}.{fraction or '0'}")


def _is_grouping_space(mark: str, number_format: NumberFormat) -> bool:
    return mark in _GROUPING_SPACES or (mark == number_format.group and mark not in ".,")


def _may_be_grouping(whole: str, fraction: str, mark: str, number_format: NumberFormat) -> bool:
    """Whether `whole` `mark` `fraction` could be a number with digit grouping: a mark before
    exactly three digits after one to three digits, unless a leading 0 rules it out ("0,125")."""
    if len(fraction) != 3 or not 1 <= len(whole) <= 3 or whole.startswith("0"):
        return False
    return mark != number_format.decimal or number_format.decimal_may_group


def _decimal_spelling(whole: str, fraction: str, number_format: NumberFormat) -> str:
    """How to write the decimal number `whole`.`fraction` so that it is not doubted."""
    trailing = "0" if number_format.decimal_may_group else ""
    return f"{whole}{number_format.decimal}{fraction}{trailing}"


_GROUPS_OF_THREE = re.compile(r"[1-9]\d{0,2}(?:(?P<sep>\D)\d{3})(?:(?P=sep)\d{3})*", re.ASCII)


def _without_grouping(body: str, number_format: NumberFormat) -> str | None:
    """The plain spelling of a number written with digit grouping ("1.234,5" -> "1234.5"), or
    None when `body` is not a well-formed grouped number."""
    grouped = _GROUPS_OF_THREE.match(body)
    if grouped is None:
        return None
    rest = body[grouped.end() :]
    digits = re.sub(r"\D", "", grouped.group(), flags=re.ASCII)
    if not rest:
        return digits
    separator = grouped.group("sep")
    decimal_sign = rest[:1] in (".", ",", number_format.decimal) and rest[0] != separator
    if decimal_sign and len(rest) > 1 and set(rest[1:]) <= _DIGITS:
        return f"{digits}{number_format.decimal}{rest[1:]}"
    return None


def _scientific_reason(
    shown: str | Wording, match: re.Match[str], number_format: NumberFormat
) -> Wording:
    exponent = int(match[3]) if len(match[3]) < 6 else 10**6
    if abs(exponent) > 20:
        return _wording(
            QT_TRANSLATE_NOOP(
                "numbers",
                "{shown} is in scientific notation, which is not read: write the number in full",
            ),
            shown=shown,
        )
    number = Decimal(f"{match[1] or '0'}.{match[2] or '0'}").scaleb(exponent)
    return _wording(
        QT_TRANSLATE_NOOP(
            "numbers", "{shown} is in scientific notation, which is not read: write {plain}"
        ),
        shown=shown,
        plain=_plain_spelling(format(number.normalize(), "f"), number_format),
    )


def _plain_spelling(digits: str, number_format: NumberFormat) -> str:
    """`digits` (written with a dot) as `parse_score` reads them back in `number_format`."""
    whole, _, fraction = digits.partition(".")
    if not fraction:
        return whole
    if _may_be_grouping(whole, fraction, number_format.decimal, number_format):
        return _decimal_spelling(whole, fraction, number_format)
    return f"{whole}{number_format.decimal}{fraction}"


def _wording(template: str, **values: object) -> Wording:
    return Wording("numbers", template, values)


def _refused(template: str, **values: object) -> Refusal:
    """The refusal of a score, its reason `template` filled with `values`."""
    return Refusal(_wording(template, **values))


def _kept(value: float) -> float:
    """`value` as an LMS keeps it: rounded half up to `LMS_KEPT_DECIMALS` decimal places of the
    decimal text the app sends (JSON carries a float's shortest text)."""
    exact = Decimal(repr(value))
    exponent = exact.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -LMS_KEPT_DECIMALS:
        return value
    with localcontext(_EXACT):
        return float(exact.quantize(Decimal(1).scaleb(-LMS_KEPT_DECIMALS), ROUND_HALF_UP))
