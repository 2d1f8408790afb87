"""Reading a column of scores copied from a spreadsheet."""

from __future__ import annotations

from gradebook_gui.gui.i18n import translate


def split_pasted_column(text: str) -> list[str]:
    """The cells of a column (or one row) copied from a spreadsheet, in order.

    Blank cells stay, as "" (they mean "leave unchanged"); blank lines at the end are dropped.
    Raises ValueError when the text holds several rows of several columns.
    """
    lines = text.splitlines()
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) == 1:
        return lines[0].split("\t")
    if any("\t" in line for line in lines):
        raise ValueError(
            translate(
                "pasted_column",
                "Copy a single column of scores: the clipboard holds several columns.",
            )
        )
    return lines
