"""Where a Course view cell's edit is, as the table marks it: a glyph, words for its tooltip and
the legend, and a pale background."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor

from gradebook_gui.edits import CellState
from gradebook_gui.gui.i18n import QT_TRANSLATE_NOOP, translate
from gradebook_gui.gui.row_status import CellOverlay


class CellMark(StrEnum):
    """Where a cell's edit is, as the Course view marks it."""

    SAVING = "saving"  # asked for, its commit not yet returned
    UNSENT = "unsent"  # a draft on disk, not sent
    SENDING = "sending"  # queued, being sent, or sent and not yet read back
    VERIFIED = "verified"  # the LMS shows it
    CONFLICT = "conflict"  # changed in the LMS after the edit was made
    FAILED = "failed"  # the LMS refused it, or did not keep it

    @property
    def glyph(self) -> str:
        return _GLYPHS[self]

    @property
    def words(self) -> str:
        """What the mark means, in the instructor's language."""
        return translate("CellMark", _WORDS[self])


_GLYPHS = {
    CellMark.SAVING: "…",
    CellMark.UNSENT: "✎",
    CellMark.SENDING: "⇡",
    CellMark.VERIFIED: "✓",
    CellMark.CONFLICT: "⚠",
    CellMark.FAILED: "✖",
}
_WORDS = {
    CellMark.SAVING: QT_TRANSLATE_NOOP("CellMark", "saving on this computer…"),
    CellMark.UNSENT: QT_TRANSLATE_NOOP("CellMark", "saved on this computer, not sent"),
    CellMark.SENDING: QT_TRANSLATE_NOOP("CellMark", "being sent to the LMS"),
    CellMark.VERIFIED: QT_TRANSLATE_NOOP("CellMark", "the LMS shows this grade"),
    CellMark.CONFLICT: QT_TRANSLATE_NOOP(
        "CellMark", "conflict: changed in the LMS after you edited it"
    ),
    CellMark.FAILED: QT_TRANSLATE_NOOP("CellMark", "failed: the LMS did not take it"),
}
# Pale enough to read the number through, distinct enough to find at a glance.
MARK_BACKGROUNDS = {
    CellMark.SAVING: QColor("#fff8d6"),
    CellMark.UNSENT: QColor("#fff0a8"),
    CellMark.SENDING: QColor("#dcebff"),
    CellMark.VERIFIED: QColor("#dff3df"),
    CellMark.CONFLICT: QColor("#ffd2a8"),
    CellMark.FAILED: QColor("#ffc4c4"),
}
# A learner who is not an active student: their name greyed apart from the class.
NOT_ACTIVE_BACKGROUND = QColor("#e6e6e6")
_STATE_MARKS = {
    CellState.EDITED: CellMark.UNSENT,
    CellState.QUEUED: CellMark.SENDING,
    CellState.SENDING: CellMark.SENDING,
    CellState.SENT: CellMark.SENDING,
    CellState.VERIFIED: CellMark.VERIFIED,
    CellState.CONFLICT: CellMark.CONFLICT,
    CellState.FAILED: CellMark.FAILED,
}


def cell_mark(overlay: CellOverlay | None) -> CellMark | None:
    if overlay is None:
        return None
    if overlay.saving:
        return CellMark.SAVING
    return _STATE_MARKS.get(overlay.state) if overlay.state is not None else None
