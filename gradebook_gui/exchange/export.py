"""Writing a line item's grades to the formats `gradebook results` offers.

The CSV layout is a contract: later imports read these columns back, and the `base_` columns carry
what was downloaded so that edits made in a spreadsheet get the conflict check (grade-safety 7, 17).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import IO, Any

from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, format_timestamp

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

# A spreadsheet runs a cell starting with one of these as a formula (grade-safety rule 16).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralise_for_csv(text: str) -> str:
    """Prefix a leading `'` so spreadsheets show the text instead of running it."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def format_number(value: float | None) -> str:
    """Shortest text that reads back as the same float; whole numbers without `.0`."""
    if value is None:
        return ""
    return str(int(value)) if value.is_integer() else repr(value)


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


def spreadsheet_rows(
    line_item: LineItem, grades: Iterable[StudentGrade], exported_at: str
) -> list[list[str]]:
    """Rows of the CSV layout, scores on the line item's scale, text cells formula-safe."""
    rows = []
    for grade in grades:
        score = format_number(grade.score(line_item))
        comment = neutralise_for_csv(grade.comment or "")
        rows.append(
            [
                neutralise_for_csv(grade.user_id),
                neutralise_for_csv(grade.name or ""),
                neutralise_for_csv(grade.email or ""),
                score,
                format_number(line_item.scoreMaximum),
                comment,
                score,
                comment,
                exported_at,
            ]
        )
    return rows


def write_csv(
    stream: IO[str], rows: Sequence[Sequence[str]], columns: Sequence[str] = CSV_COLUMNS
) -> None:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
