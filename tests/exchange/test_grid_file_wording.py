"""Why a grid file differs from the LMS's texts is said in sentences the window can translate
(each filed for the translators, counted), while the command line keeps printing the same
English."""

from __future__ import annotations

from pathlib import Path

from gradebook_gui.exchange.grid_file import (
    CourseGrid,
    column_header,
    grid_csv_text,
    write_grid_csv,
    write_grid_xlsx,
)
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.wording import Wording
from tests.test_wording import unfiled

EXPORTED_AT = "2026-11-26T14:03:07.123Z"
LIMIT = 32_767
LONG = "x" * (LIMIT + 1)


def grid(label: str, user_id: str, name: str, email: str) -> CourseGrid:
    item = LineItem(id="https://lms.example/li/5", label=label, scoreMaximum=10)
    member = Member(userId=user_id, roles=("Learner",), name=name, email=email)
    result = Result(id="r1", scoreOf=item.id, userId=user_id, resultScore=7, resultMaximum=10)
    return CourseGrid((item,), (member,), {item.id: (result,)})


def english(warnings: list[Wording]) -> list[str]:
    """The warnings' English, once each is known to be a sentence the translators are given."""
    assert all(isinstance(warning, Wording) and unfiled(warning) == [] for warning in warnings)
    return [str(warning) for warning in warnings]


def test_replaced_characters_are_sentences_with_the_same_english(tmp_path: Path):
    course = grid("Quiz\x0b5", "u\x0b1", "Ada\x01\x02 Lovelace", "ada\x0b@example.edu")
    text, warnings = grid_csv_text(course, EXPORTED_AT)
    expected = [
        "The label of https://lms.example/li/5 had 1 character a spreadsheet cannot hold; "
        "it was replaced with \ufffd.",
        "A user ID had 1 character a spreadsheet cannot hold; it was replaced with \ufffd.",
        "u\ufffd1: the name had 2 characters a spreadsheet cannot hold; they were replaced "
        "with \ufffd.",
        "u\ufffd1: the email had 1 character a spreadsheet cannot hold; it was replaced "
        "with \ufffd.",
    ]
    assert english(warnings) == expected
    assert "Ada\ufffd\ufffd Lovelace" in text
    assert english(write_grid_csv(tmp_path / "grid.csv", course, EXPORTED_AT)) == expected
    assert english(write_grid_xlsx(tmp_path / "grid.xlsx", course, EXPORTED_AT)) == expected
    # Counted, so that each language says "1 character" and "2 characters" its own way.
    assert [warning.count for warning in warnings] == [1, 1, 2, 1]


def test_texts_too_long_for_a_cell_are_sentences_with_the_same_english(tmp_path: Path):
    user_id = "u" + LONG
    course = grid(LONG, user_id, LONG, LONG)
    header = column_header(course.line_items[0])
    kept = f"the XLSX keeps its first {LIMIT:,} characters."
    warnings = write_grid_xlsx(tmp_path / "grid.xlsx", course, EXPORTED_AT)
    assert english(warnings) == [
        f"The column header {header} is longer than a spreadsheet cell holds; {kept}",
        f"The column header base:{header} is longer than a spreadsheet cell holds; {kept}",
        f"The user ID {user_id[:40]} is longer than a spreadsheet cell holds; {kept}",
        f"{user_id}: the name is longer than a spreadsheet cell holds; {kept}",
        f"{user_id}: the email is longer than a spreadsheet cell holds; {kept}",
    ]
    assert {warning.count for warning in warnings} == {LIMIT}
