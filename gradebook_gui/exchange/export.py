"""Writing a line item's grades to the formats `gradebook results` and the window offer.

The CSV layout is a contract: later imports read these columns back, and the `base_` columns carry
what was downloaded so that edits made in a spreadsheet get the conflict check.
Text is made formula-safe in a way the importer can undo exactly, so an export that comes
back unchanged is "0 changes". The XLSX writer (`xlsx.write_results_xlsx`) shares the rows built
here.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, BinaryIO

from gradebook_gui.files import replace_file_atomically
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, format_timestamp, visible_text
from gradebook_gui.numbers import format_score
from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Wording

CSV_COLUMNS = (
    "userId",
    "name",
    "email",
    "score",
    "maximum",
    "comment",
    "base_score",
    "base_comment",
    "exported_at",
)

# A spreadsheet runs a cell starting with one of these as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")

# What XML 1.0 (and so XLSX) cannot hold: C0 controls other than TAB, LF and CR, lone surrogates
# (a JSON body may carry them) and U+FFFE/U+FFFF. CSV exports drop them too, so that both formats
# hold the same text and the importer never meets a NUL.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT_CHARACTER = "\ufffd"


def _needs_quote(text: str) -> bool:
    # Quotes already in front of a trigger get one more, so that removing exactly one on import
    # gives the original text back: "'=x" is exported as "''=x".
    return text.lstrip("'").startswith(FORMULA_TRIGGERS)


def neutralise_for_csv(text: str) -> str:
    """Prefix a leading `'` so spreadsheets show the text instead of running it."""
    return "'" + text if _needs_quote(text) else text


def restore_neutralised(text: str) -> str:
    """Undo `neutralise_for_csv`: remove exactly one leading `'` when a trigger follows it."""
    return text[1:] if text.startswith("'") and _needs_quote(text[1:]) else text


def replace_unwritable(text: str) -> tuple[str, int]:
    """`text` with the characters a spreadsheet cannot hold replaced by U+FFFD, and their count."""
    return _UNWRITABLE.subn(REPLACEMENT_CHARACTER, text)


def format_number(value: float | None) -> str:
    """A score as files hold it (`numbers.format_score`: every digit, dot decimals, no exponent
    notation); "" for no score."""
    return "" if value is None else format_score(value)


def utc_timestamp(moment: datetime | None = None) -> str:
    """When an export was made, in the same form as AGS timestamps."""
    return format_timestamp(moment or datetime.now(UTC))


def raw_records(grades: Iterable[StudentGrade]) -> list[dict[str, Any]]:
    """The raw view: what the roster and the LMS hold, one object per learner."""
    return [
        {
            "userId": grade.user_id,
            "name": grade.name,
            "email": grade.email,
            "resultScore": grade.result.resultScore if grade.result else None,
            "resultMaximum": grade.result.resultMaximum if grade.result else 1,
            "comment": grade.comment,
        }
        for grade in grades
    ]


def write_json(stream: IO[str], grades: Iterable[StudentGrade]) -> None:
    json.dump(raw_records(grades), stream, ensure_ascii=False, indent=2)
    stream.write("\n")


@dataclass(frozen=True, slots=True)
class ExportRow:
    """One learner in the spreadsheet layout, before a format writes it (text not yet escaped)."""

    user_id: str
    name: str
    email: str
    score: float | None  # on the line item's scale; also the base score
    maximum: float
    comment: str  # its visible text (an LMS may hold HTML); also the base comment
    exported_at: str


def export_rows(
    line_item: LineItem, grades: Iterable[StudentGrade], exported_at: str
) -> tuple[list[ExportRow], list[Wording]]:
    """The rows of an export, and a warning for each value whose characters had to be replaced
    (the command line prints its English, the window translates it)."""
    rows = []
    warnings = []
    for grade in grades:
        texts = {}
        for field, text in (
            ("user ID", grade.user_id),
            ("name", grade.name or ""),
            ("email", grade.email or ""),
            # What the learner reads: an LMS may hold the comment as HTML.
            ("comment", visible_text(grade.comment or "")),
        ):
            texts[field], replaced = replace_unwritable(text)
            if replaced:
                warnings.append(replaced_wording(texts["user ID"], field, replaced))
        rows.append(
            ExportRow(
                user_id=texts["user ID"],
                name=texts["name"],
                email=texts["email"],
                score=grade.score(line_item),
                maximum=line_item.scoreMaximum,
                comment=texts["comment"],
                exported_at=exported_at,
            )
        )
    return rows, warnings


# Why a value of an export differs from the LMS's, one sentence for each column so that
# translators can say "the name" and "the email" each in their own way: (one, several).
_REPLACED = {
    "user ID": (
        QT_TRANSLATE_NOOP(
            "export",
            "{user}: the user ID had {count} character a spreadsheet cannot hold; it was "
            "replaced with {replacement}.",
        ),
        QT_TRANSLATE_N_NOOP(
            "export",
            "{user}: the user ID had {count} characters a spreadsheet cannot hold; they were "
            "replaced with {replacement}.",
        ),
    ),
    "name": (
        QT_TRANSLATE_NOOP(
            "export",
            "{user}: the name had {count} character a spreadsheet cannot hold; it was "
            "replaced with {replacement}.",
        ),
        QT_TRANSLATE_N_NOOP(
            "export",
            "{user}: the name had {count} characters a spreadsheet cannot hold; they were "
            "replaced with {replacement}.",
        ),
    ),
    "email": (
        QT_TRANSLATE_NOOP(
            "export",
            "{user}: the email had {count} character a spreadsheet cannot hold; it was "
            "replaced with {replacement}.",
        ),
        QT_TRANSLATE_N_NOOP(
            "export",
            "{user}: the email had {count} characters a spreadsheet cannot hold; they were "
            "replaced with {replacement}.",
        ),
    ),
    "comment": (
        QT_TRANSLATE_NOOP(
            "export",
            "{user}: the comment had {count} character a spreadsheet cannot hold; it was "
            "replaced with {replacement}.",
        ),
        QT_TRANSLATE_N_NOOP(
            "export",
            "{user}: the comment had {count} characters a spreadsheet cannot hold; they were "
            "replaced with {replacement}.",
        ),
    ),
}


def replaced_wording(user_id: str, field: str, count: int) -> Wording:
    """Why `field` of `user_id`'s row differs from the LMS's: `count` characters replaced."""
    one, several = _REPLACED[field]
    return Wording(
        "export",
        one,
        {"user": user_id, "replacement": REPLACEMENT_CHARACTER},
        plural=several,
        count=count,
    )


def _csv_cells(row: ExportRow) -> list[str]:
    score = format_number(row.score)
    comment = neutralise_for_csv(row.comment)
    return [
        neutralise_for_csv(row.user_id),
        neutralise_for_csv(row.name),
        neutralise_for_csv(row.email),
        score,
        format_number(row.maximum),
        comment,
        score,
        comment,
        row.exported_at,
    ]


def spreadsheet_rows(
    line_item: LineItem, grades: Iterable[StudentGrade], exported_at: str
) -> list[list[str]]:
    """Rows of the CSV layout, scores on the line item's scale, text cells formula-safe."""
    rows, _ = export_rows(line_item, grades, exported_at)
    return [_csv_cells(row) for row in rows]


def write_csv(
    stream: IO[str], rows: Sequence[Sequence[str]], columns: Sequence[str] = CSV_COLUMNS
) -> None:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)


def write_results_csv(
    path: Path, line_item: LineItem, grades: Iterable[StudentGrade], exported_at: str
) -> list[Wording]:
    """Write the CSV export atomically, UTF-8 with a BOM so spreadsheets read accents.

    Returns the warnings about replaced characters (empty when every value was written as is).
    """
    rows, warnings = export_rows(line_item, grades, exported_at)
    buffer = io.StringIO()
    write_csv(buffer, [_csv_cells(row) for row in rows])
    body = ("\ufeff" + buffer.getvalue()).encode("utf-8")

    def write(handle: BinaryIO) -> None:
        handle.write(body)

    replace_file_atomically(path, write)
    return warnings
