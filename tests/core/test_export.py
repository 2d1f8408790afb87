import csv
import io
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from gradebook_gui.exchange.export import (
    CSV_COLUMNS,
    FORMULA_TRIGGERS,
    format_number,
    neutralise_for_csv,
    spreadsheet_rows,
    utc_timestamp,
    write_csv,
)
from gradebook_gui.grades import join_roster
from gradebook_gui.models import LineItem, Member, Result


@given(st.text())
def test_no_cell_starts_with_a_formula_trigger(text):
    safe = neutralise_for_csv(text)
    assert not safe.startswith(FORMULA_TRIGGERS)
    # Exactly one quote is added, and only when needed, so an importer can take it off again.
    assert safe == text or safe == "'" + text


@given(st.floats(min_value=0, max_value=1e9, allow_nan=False))
def test_numbers_read_back_exactly(value):
    assert float(format_number(value)) == value


def test_whole_numbers_have_no_decimal_point():
    assert format_number(20.0) == "20" and format_number(None) == ""


def test_timestamp_has_milliseconds_and_z():
    moment = datetime(2026, 11, 26, 14, 3, 7, 123456, tzinfo=UTC)
    assert utc_timestamp(moment) == "2026-11-26T14:03:07.123Z"


def test_rows_neutralise_text_and_keep_scores_numbers():
    item = LineItem(id="li", label="Quiz", scoreMaximum=20)
    members = [Member(userId="1", roles=["Learner"], name='=HYPERLINK("x")', email="a@b.c")]
    results = [
        Result.model_validate(
            {
                "id": "r",
                "scoreOf": "li",
                "userId": "1",
                "resultScore": 4,
                "resultMaximum": 5,
                "comment": "-5 for lateness",
            }
        )
    ]
    rows = spreadsheet_rows(item, join_roster(members, results), "2026-11-26T00:00:00.000Z")
    buffer = io.StringIO()
    write_csv(buffer, rows)
    parsed = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert tuple(parsed[0]) == CSV_COLUMNS
    row = parsed[0]
    assert row["name"] == '\'=HYPERLINK("x")'
    assert row["comment"] == row["base_comment"] == "'-5 for lateness"
    assert row["score"] == row["base_score"] == "16"
    assert row["maximum"] == "20"
