"""Fixtures for the import and export tests: the fixed course and workbook builders."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from gradebook_gui.grades import StudentGrade

from .helpers import course_grades

WorkbookBuilder = Callable[..., Path]


@pytest.fixture
def grades() -> list[StudentGrade]:
    return course_grades()


@pytest.fixture
def make_workbook(tmp_path: Path) -> WorkbookBuilder:
    """Write rows (the first is the header) into an XLSX file, as a person's spreadsheet would.

    Values go in as openpyxl takes them: a str starting with "=" becomes a formula, numbers and
    datetimes stay typed.
    """

    def build(rows: Sequence[Sequence[Any]], name: str = "sheet.xlsx") -> Path:
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        for row in rows:
            sheet.append(list(row))
        path = tmp_path / name
        workbook.save(path)
        return path

    return build
