"""A fixed small course for the import and export tests."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from gradebook_gui.exchange.importer import (
    ColumnMapping,
    ImportPlan,
    guess_mapping,
    plan_import,
    read_table,
)
from gradebook_gui.grades import StudentGrade, join_roster
from gradebook_gui.models import LineItem, Member, Result

CORPUS = Path(__file__).parent / "corpus"

LINE_ITEM = LineItem(
    id="https://lms.example/courses/7/line_items/3", label="Quiz 3", scoreMaximum=20
)

# (userId, name, email, resultScore, resultMaximum, comment); None score and comment: no result.
# On the line item's scale of 20: 007 has 14, 1234 has 14 (7 out of 10), 5002 has 0, 5003 has 10,
# u-9f3a has 18, 123456789012 has 12; 5001 and 5004 have no grade. Two learners are "Jordan Lee".
ROSTER = (
    ("007", "Ada Lovelace", "ada@example.edu", 14, 20, "Good start"),
    ("1234", "Björn Ångström", "bjorn@example.edu", 7, 10, None),
    ("5001", "Chloé Dubois", "chloe@example.edu", None, 20, None),
    ("5002", "Dmitri Ivanov", "Dmitri.Ivanov@Example.edu", 0, 20, "=SUM(A1:A3) is not a formula"),
    ("5003", "Jordan Lee", "jordan.lee@example.edu", 10, 20, None),
    ("5004", "Jordan Lee", "jlee2@example.edu", None, 20, None),
    ("u-9f3a", "Zoë O'Brien", "zoe@example.edu", 18, 20, "Très bien"),
    ("123456789012", "Sam Long", "sam@example.edu", 12, 20, None),
)
# A student who left the course: the LMS still has a result, the roster no longer lists them.
FORMER_STUDENT = "9999"


def course_grades() -> list[StudentGrade]:
    members = [
        Member(userId=user_id, roles=["Learner"], name=name, email=email)
        for user_id, name, email, *_ in ROSTER
    ]
    members.append(Member(userId="teacher-1", roles=["Instructor"], name="Ms Teacher"))
    results = [
        Result(
            id=f"result-{user_id}",
            scoreOf=LINE_ITEM.id,
            userId=user_id,
            resultScore=score,
            resultMaximum=maximum,
            comment=comment,
        )
        for user_id, _, _, score, maximum, comment in ROSTER
        if score is not None or comment is not None
    ]
    results.append(
        Result(
            id="result-9999",
            scoreOf=LINE_ITEM.id,
            userId=FORMER_STUDENT,
            resultScore=5,
            resultMaximum=20,
        )
    )
    return join_roster(members, results)


def plan_file(
    path: Path,
    mapping: ColumnMapping | None = None,
    *,
    decimal_comma_locale: bool = False,
    grades: list[StudentGrade] | None = None,
) -> ImportPlan:
    table = read_table(path)
    return plan_import(
        table,
        mapping or guess_mapping(table.headers),
        LINE_ITEM,
        course_grades() if grades is None else grades,
        decimal_comma_locale=decimal_comma_locale,
    )


def rewrite_sheet(path: Path, change: Callable[[bytes], bytes]) -> None:
    """Change the XML of a workbook's first sheet, as a program other than openpyxl could write
    it (numbers openpyxl would not write, a sheet of any size)."""
    with zipfile.ZipFile(path) as source:
        parts = [(item.filename, source.read(item)) for item in source.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, body in parts:
            target.writestr(name, change(body) if name == "xl/worksheets/sheet1.xml" else body)
    path.write_bytes(buffer.getvalue())
