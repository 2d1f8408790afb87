"""What to send for one student, and what the LMS showing afterwards means (pure functions).

The score sent: `scoreMaximum` with every `scoreGiven`, progress from the edit (fully graded and
completed unless the user chose otherwise), and the comment by the platform's habit (resent
when only the score changes, except on Canvas, which would add it again). The verdict after
sending: verified only when the LMS shows the value, or reported as ignored or capped.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from gradebook_gui.edits import (
    CellState,
    FailureKind,
    GradeEdit,
    ServerGrade,
    same_comment,
    same_fraction,
)
from gradebook_gui.models import PlatformFamily, Score, visible_text
from gradebook_gui.wording import QT_TRANSLATE_N_NOOP, QT_TRANSLATE_NOOP, Wording

# A score above this share of its maximum was extra credit that a platform may cap at 100 %.
FULL_MARKS = 1.0


def comment_to_send(
    edit: GradeEdit, server_now: ServerGrade, platform: PlatformFamily
) -> str | None:
    """The comment field of the score, or None to leave it out.

    Spec platforms (and Blackboard, Moodle) clear the comment of a score sent without one, so the
    comment the student should have is always sent, the current one included when only the
    score changes; a wanted "" or None means the comment is being cleared on purpose. Canvas adds
    every comment it receives as a new one, so an unchanged comment is left out there.
    """
    wanted = edit.wanted_comment(server_now)
    if not wanted or not wanted.strip():
        return None
    if platform.appends_comments and same_comment(wanted, server_now.comment):
        return None
    return wanted


@dataclass(frozen=True)
class Verdict:
    """Where a student's entry ends after reading back what the LMS shows.

    `reason` is the English kept in the store; `wording` the same sentence for the window to
    translate, when the app made it (the LMS's own words have none).
    """

    state: CellState
    failure_kind: FailureKind | None = None
    reason: str | None = None
    wording: Wording | None = field(default=None, compare=False)

    @classmethod
    def saying(
        cls, state: CellState, wording: Wording, failure_kind: FailureKind | None = None
    ) -> Verdict:
        """A verdict whose reason is a sentence of the app's."""
        return cls(state, failure_kind, str(wording), wording)

    @property
    def applied(self) -> bool:
        """The LMS took the score (exactly, or capped): sending again would change nothing."""
        return self.state is CellState.VERIFIED or self.failure_kind is FailureKind.CAPPED


@dataclass(frozen=True)
class SendPlan:
    """One student's score, validated once; each send stamps it with a fresh timestamp."""

    edit: GradeEdit
    server_before: ServerGrade  # what the LMS held when the run checked for conflicts
    score: Score
    wanted_comment: str | None  # what the student's comment should be afterwards

    @classmethod
    def build(
        cls, edit: GradeEdit, server_now: ServerGrade, platform: PlatformFamily, now: datetime
    ) -> SendPlan:
        """Raises pydantic's ValidationError when the edit cannot make a valid score."""
        has_score = edit.score is not None
        score = Score(
            userId=edit.user_id,
            activityProgress=edit.activity_progress,
            gradingProgress=edit.grading_progress,
            # Never one without the other; a grade clear sends neither.
            scoreGiven=edit.score,
            scoreMaximum=edit.maximum if has_score else None,
            comment=comment_to_send(edit, server_now, platform),
            timestamp=now,
        )
        return cls(edit, server_now, score, edit.wanted_comment(server_now))

    def stamped(self, timestamp: datetime) -> Score:
        return self.score.model_copy(update={"timestamp": timestamp})

    def verdict(self, server: ServerGrade) -> Verdict:
        return verdict_for(self.edit, self.wanted_comment, server)


def verdict_for(edit: GradeEdit, wanted_comment: str | None, server: ServerGrade) -> Verdict:
    """Rule 8: verified only when the LMS shows the score and the comment the student should
    have; otherwise capped (extra credit lowered to full marks) or ignored."""
    wanted_fraction = None if edit.clears_grade else edit.fraction
    score_shown = same_fraction(wanted_fraction, server.fraction)
    comment_shown = same_comment(wanted_comment, server.comment)
    if score_shown and comment_shown:
        return Verdict(CellState.VERIFIED)
    if (
        edit.score is not None
        and wanted_fraction is not None
        and wanted_fraction > FULL_MARKS
        and same_fraction(server.fraction, FULL_MARKS)
        and comment_shown
    ):
        return Verdict.saying(CellState.FAILED, _capped_wording(edit), FailureKind.CAPPED)
    reason = _wording(
        _IGNORED,
        sent=edit_wording(edit, wanted_comment),
        shown=grade_wording(server, edit.maximum),
    )
    return Verdict.saying(CellState.FAILED, reason, FailureKind.IGNORED)


def describe_number(value: float) -> str:
    """A score in a sentence of a reason or the journal: 8.5, 10, 0.3333."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


# The sentences of this module, in English; the window translates them under "plan".
_NO_GRADE = QT_TRANSLATE_NOOP("plan", "no grade")
_WITHOUT_COMMENT = QT_TRANSLATE_NOOP("plan", "{grade} without a comment")
_WITH_COMMENT = QT_TRANSLATE_NOOP("plan", "{grade} with the comment “{comment}”")
_COMMENT_KEPT = QT_TRANSLATE_NOOP("plan", "{grade}, the comment left as it was")
_COMMENT_REMOVED = QT_TRANSLATE_NOOP("plan", "{grade}, the comment removed")
_CAPPED = QT_TRANSLATE_NOOP("plan", "The LMS capped {score} at the maximum {maximum}.")
_IGNORED = QT_TRANSLATE_NOOP("plan", "The LMS accepted {sent} but still shows {shown}.")
_CONFLICT = QT_TRANSLATE_NOOP(
    "plan",
    "Changed in the LMS since it was downloaded: it was {was}, it is now {now}; yours is {yours}.",
)
_THEIRS = QT_TRANSLATE_NOOP(
    "plan",
    "You kept the LMS's grade and comment: {now} (it was {was} when downloaded). "
    "Your edit, {yours}, was dropped and not sent.",
)
# A grade found already in the LMS before it was sent: nothing to send.
ALREADY_SHOWN = QT_TRANSLATE_NOOP("plan", "The LMS already shows this grade.")
# A grade the LMS kept failing, queued for a later run: what failed, and how often. The failures
# and the counts are filed under "engine", where they were first written.
_NOT_APPLIED_QUEUED = QT_TRANSLATE_NOOP(
    "plan", "Not applied: {failures}; still queued, to send again later."
)
_NOT_SENT_QUEUED = QT_TRANSLATE_NOOP(
    "plan", "Not sent: {failures}; still queued, to send again later."
)
_ANSWERED = QT_TRANSLATE_NOOP("engine", "the LMS answered HTTP {status} {times}")
_CONNECTION_FAILED = QT_TRANSLATE_NOOP("engine", "the connection failed {times}")
# How often, in words for small counts: "once", "twice", "six times".
_TIMES = {
    1: QT_TRANSLATE_NOOP("engine", "once"),
    2: QT_TRANSLATE_NOOP("engine", "twice"),
    3: QT_TRANSLATE_NOOP("engine", "three times"),
    4: QT_TRANSLATE_NOOP("engine", "four times"),
    5: QT_TRANSLATE_NOOP("engine", "five times"),
    6: QT_TRANSLATE_NOOP("engine", "six times"),
    7: QT_TRANSLATE_NOOP("engine", "seven times"),
    8: QT_TRANSLATE_NOOP("engine", "eight times"),
    9: QT_TRANSLATE_NOOP("engine", "nine times"),
    10: QT_TRANSLATE_NOOP("engine", "ten times"),
}
_COUNT_TIMES = QT_TRANSLATE_N_NOOP("engine", "{count} times")
_COUNT_TIMES_TEXT = re.compile(r"(\d+) times")
# A number as `describe_number` writes it, and a score on its scale as `_score` does: 8.5/10.
_NUMBER_TEXT = re.compile(r"-?\d+(?:\.\d+)?")
_SCORE_TEXT = re.compile(r"-?\d+(?:\.\d+)?/-?\d+(?:\.\d+)?")


def _wording(template: str, **values: object) -> Wording:
    return Wording("plan", template, values)


def times_wording(count: int) -> Wording:
    """How often something happened: "once", "twice", ... "ten times", then "11 times"."""
    if count in _TIMES:
        return Wording("engine", _TIMES[count])
    return Wording("engine", _COUNT_TIMES, count=count)


def failures_wording(status: int | None, attempts: int) -> Wording:
    """What went wrong on every attempt: the LMS's HTTP status, or the connection failing."""
    if status is not None:
        return Wording(
            "engine", _ANSWERED, {"status": str(status), "times": times_wording(attempts)}
        )
    return Wording("engine", _CONNECTION_FAILED, {"times": times_wording(attempts)})


def queued_wording(failures: Wording, *, sent: bool) -> Wording:
    """Why a grade stays queued after every attempt failed; `sent` when it reached the LMS
    (not applied there) rather than never leaving (not sent)."""
    return _wording(_NOT_APPLIED_QUEUED if sent else _NOT_SENT_QUEUED, failures=failures)


def _score(score: float | None, maximum: float) -> Wording | str:
    if score is None:
        return _wording(_NO_GRADE)
    return f"{describe_number(score)}/{describe_number(maximum)}"


def _with_comment(grade: Wording | str, comment: str | None) -> Wording:
    shown = visible_text(comment or "")
    if not shown:
        return _wording(_WITHOUT_COMMENT, grade=grade)
    if len(shown) > 60:
        shown = shown[:59].rstrip() + "…"
    return _wording(_WITH_COMMENT, grade=grade, comment=shown)


def _edit_score(edit: GradeEdit) -> Wording | str:
    return _score(None if edit.clears_grade else edit.score, edit.maximum)


def grade_wording(grade: ServerGrade, maximum: float) -> Wording:
    """An LMS grade on the given scale (the line item's), with its comment."""
    return _with_comment(_score(grade.on_scale(maximum), maximum), grade.comment)


def edit_wording(edit: GradeEdit, comment: str | None) -> Wording:
    """The edit's score with the comment the student gets with it (what is sent)."""
    return _with_comment(_edit_score(edit), comment)


def change_wording(edit: GradeEdit) -> Wording:
    """What the instructor asked for: the comment only when the edit sets one, so that a
    comment someone else wrote in the LMS is never told as theirs."""
    if edit.comment is None:
        return _wording(_COMMENT_KEPT, grade=_edit_score(edit))
    if not visible_text(edit.comment):
        return _wording(_COMMENT_REMOVED, grade=_edit_score(edit))
    return edit_wording(edit, edit.comment)


def _capped_wording(edit: GradeEdit) -> Wording:
    assert edit.score is not None
    return _wording(
        _CAPPED, score=describe_number(edit.score), maximum=describe_number(edit.maximum)
    )


def conflict_wording(base: ServerGrade, server_now: ServerGrade, edit: GradeEdit) -> Wording:
    """Rule 7: the three values the user decides between."""
    scale = edit.maximum
    return _wording(
        _CONFLICT,
        was=grade_wording(base, scale),
        now=grade_wording(server_now, scale),
        yours=change_wording(edit),
    )


def theirs_wording(base: ServerGrade, server_now: ServerGrade, edit: GradeEdit) -> Wording:
    """Why an edit was dropped for a grade changed in the LMS: the grade and comment kept are
    the LMS's, told apart from what the instructor had asked for."""
    scale = edit.maximum
    return _wording(
        _THEIRS,
        now=grade_wording(server_now, scale),
        was=grade_wording(base, scale),
        yours=change_wording(edit),
    )


def theirs_reason(base: ServerGrade, server_now: ServerGrade, edit: GradeEdit) -> str:
    """`theirs_wording` in English, as the journal keeps it."""
    return str(theirs_wording(base, server_now, edit))


def stored_reason_wording(
    reason: str, base: ServerGrade | None = None, edit: GradeEdit | None = None
) -> Wording | str:
    """A reason kept in English (an outbox entry's, a journal line's), as the sentence of this
    module it was made from, for the window to translate.

    The grades it names are read back from the text; the entry's `base` and `edit`, when given,
    pin down the parts they wrote. A reason that is none of these sentences (the LMS's own
    words, an older wording) comes back as it is. A grade kept queued after failures reads
    back with its failures and their count.
    """
    known: dict[str, object] = {}
    if edit is not None:
        known["yours"] = change_wording(edit)
        if base is not None:
            known["was"] = grade_wording(base, edit.maximum)
    for values in (known, {}) if known else ({},):
        for template in (
            _CONFLICT,
            _IGNORED,
            _CAPPED,
            _THEIRS,
            ALREADY_SHOWN,
            _NOT_APPLIED_QUEUED,
            _NOT_SENT_QUEUED,
        ):
            wording = _rebuilt(template, reason, values)
            if wording is not None and str(wording) == reason:
                return wording
    return reason


def _rebuilt(
    template: str, text: str, known: Mapping[str, object], context: str = "plan"
) -> Wording | None:
    """`text` read as `template`, with the `known` values where it names them and the other
    parts read back from the text; None when it is not that sentence."""
    pattern = ""
    values: dict[str, object] = {}
    for literal, name, _, _ in string.Formatter().parse(template):
        pattern += re.escape(literal)
        if name is None:
            continue
        if name in known:
            values[name] = known[name]
            pattern += re.escape(str(known[name]))
        else:
            pattern += f"(?P<{name}>{_PIECE_PATTERNS.get(name, '.+')})"
    match = re.fullmatch(pattern, text, re.DOTALL)
    if match is None:
        return None
    for name, piece in match.groupdict().items():
        value = _PIECE_READERS[name](piece)
        if value is None:
            return None
        values[name] = value
    return Wording(context, template, values)


def _score_from_text(text: str) -> Wording | str | None:
    if text == _NO_GRADE:
        return _wording(_NO_GRADE)
    return text if _SCORE_TEXT.fullmatch(text) else None


def _first_rebuilt(templates: tuple[str, ...], text: str, context: str = "plan") -> Wording | None:
    """`text` read as the first of `templates` it is; None when it is none of them."""
    for template in templates:
        wording = _rebuilt(template, text, {}, context)
        if wording is not None:
            return wording
    return None


def _grade_from_text(text: str) -> Wording | None:
    """A grade as `grade_wording` writes it in English, as that wording again; None when not."""
    return _first_rebuilt((_WITHOUT_COMMENT, _WITH_COMMENT), text)


def _change_from_text(text: str) -> Wording | None:
    """A change as `change_wording` writes it in English, as that wording again; None when not."""
    return _first_rebuilt((_COMMENT_KEPT, _COMMENT_REMOVED), text) or _grade_from_text(text)


def _number_from_text(text: str) -> str | None:
    return text if _NUMBER_TEXT.fullmatch(text) else None


def _failures_from_text(text: str) -> Wording | None:
    """Failures as `failures_wording` writes them in English, as that wording again."""
    return _first_rebuilt((_ANSWERED, _CONNECTION_FAILED), text, "engine")


def _times_from_text(text: str) -> Wording | None:
    for count, template in _TIMES.items():
        if text == template:
            return times_wording(count)
    match = _COUNT_TIMES_TEXT.fullmatch(text)
    return Wording("engine", _COUNT_TIMES, count=int(match[1])) if match else None


_PIECE_READERS: dict[str, Callable[[str], object | None]] = {
    "was": _grade_from_text,
    "now": _grade_from_text,
    "shown": _grade_from_text,
    "sent": _grade_from_text,
    "yours": _change_from_text,
    "score": _number_from_text,
    "maximum": _number_from_text,
    "failures": _failures_from_text,
    "times": _times_from_text,
    "status": str,
    "grade": _score_from_text,
    "comment": str,
}
# A piece read more narrowly than "anything" where a greedy read would swallow the next one.
_PIECE_PATTERNS = {"status": r"\d{3}", "grade": ".+?"}
