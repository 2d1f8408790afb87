"""The comment bank: saved feedback comments with placeholders, and their plain-file form.

A comment's text may hold placeholders filled in for each learner when it is used:
`{first_name}`, `{last_name}`, `{name}`, `{score}` and `{maximum}` (the score shown and the
column's maximum, on the column's scale). `{{` and `}}` write a brace. Any other placeholder is
refused with its name, both when a comment is saved and when it is used, so a typo never
reaches a learner as "{frist_name}".

The file a bank is exported to and imported from is CSV in UTF-8 with the header row
`shortcut,scope,text`: one comment per row, `scope` is `course` (the course open when it is
imported) or `global` (every course), and `text` may span lines inside quotes. Text a
spreadsheet would run as a formula is written with a leading `'`, removed on import. For example:

    shortcut,scope,text
    good,global,"Good work, {first_name}: {score} out of {maximum}."
    late,course,Handed in late: 10% off as the syllabus says.
"""

from __future__ import annotations

import codecs
import csv
import dataclasses
import io
import string
from collections.abc import Iterable, Sequence

from gradebook_gui.edits import GradeEdit
from gradebook_gui.exchange.export import neutralise_for_csv, restore_neutralised
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem
from gradebook_gui.numbers import PLAIN, NumberFormat, format_score
from gradebook_gui.services.bulk import shown_score
from gradebook_gui.store.comment_bank import BankComment
from gradebook_gui.wording import (
    QT_TRANSLATE_N_NOOP,
    QT_TRANSLATE_NOOP,
    Refusal,
    Wording,
    one_after_another,
    reason_of,
)

PLACEHOLDERS = ("first_name", "last_name", "name", "score", "maximum")
# What precedes a shortcut typed in the comment cell (";good").
SHORTCUT_PREFIX = ";"
FILE_HEADER = ("shortcut", "scope", "text")
COURSE_SCOPE = "course"
GLOBAL_SCOPE = "global"
# Decimals of a score written into a comment: what the table shows is enough for a person.
COMMENT_DECIMALS = 2
# A bank file larger than this is not a comment bank.
MAX_FILE_BYTES = 5 * 1024 * 1024


class UnknownPlaceholder(Refusal):
    """A comment names a placeholder that does not exist (or writes one in a way not read)."""


class BankFileError(Refusal):
    """A comment bank file that cannot be imported; the message names the line and why."""


def _wording(template: str, **values: object) -> Wording:
    """A reason the window shows translated (the command line prints its English)."""
    return Wording("comment_bank", template, values)


def placeholders_of(text: str) -> list[str]:
    """The placeholders `text` uses, in order; UnknownPlaceholder for any the bank lacks."""
    try:
        parts = list(string.Formatter().parse(text))
    except ValueError as error:
        raise UnknownPlaceholder(
            _wording(
                QT_TRANSLATE_NOOP(
                    "comment_bank",
                    "A brace is not closed or not opened: write {open} or {close} for a brace, "
                    "or a placeholder such as {example}.",
                ),
                open="{{",
                close="}}",
                example="{first_name}",
            )
        ) from error
    used = []
    for _literal, field, spec, conversion in parts:
        if field is None:
            continue
        if field not in PLACEHOLDERS or spec or conversion:
            shown = "{" + field + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            raise UnknownPlaceholder(
                _wording(
                    QT_TRANSLATE_NOOP("comment_bank", "{shown} is not a placeholder: use {known}."),
                    shown=shown,
                    known=", ".join("{" + name + "}" for name in PLACEHOLDERS),
                )
            )
        used.append(field)
    return used


def check_shortcut(shortcut: str) -> str:
    """The shortcut as kept (trimmed, without a leading ';'), or ValueError with the reason."""
    kept = shortcut.strip().removeprefix(SHORTCUT_PREFIX)
    if not kept:
        raise Refusal(
            _wording(
                QT_TRANSLATE_NOOP("comment_bank", "A comment needs a shortcut, such as “good”.")
            )
        )
    if any(ch.isspace() for ch in kept) or SHORTCUT_PREFIX in kept:
        raise Refusal(
            _wording(
                QT_TRANSLATE_NOOP(
                    "comment_bank", "A shortcut is one word without spaces or ';', not “{kept}”."
                ),
                kept=kept,
            )
        )
    return kept


def checked_comment(shortcut: str, text: str, course: str | None) -> BankComment:
    """A comment ready to keep, or ValueError (UnknownPlaceholder) with the reason."""
    if not text.strip():
        raise Refusal(
            _wording(QT_TRANSLATE_NOOP("comment_bank", "A saved comment needs some text."))
        )
    placeholders_of(text)
    return BankComment(check_shortcut(shortcut), text, course)


def render(
    text: str,
    learner: StudentGrade,
    line_item: LineItem,
    number_format: NumberFormat = PLAIN,
) -> str:
    """`text` with its placeholders filled in for `learner` (their score as shown, with an
    unsent edit). UnknownPlaceholder for an unknown one; ValueError when it needs a score and
    the learner has none."""
    used = placeholders_of(text)
    values = {
        "first_name": first_name(learner),
        "last_name": last_name(learner),
        "name": learner.name or learner.user_id,
        "maximum": format_score(line_item.scoreMaximum, number_format, decimals=COMMENT_DECIMALS),
        "score": "",
    }
    if "score" in used:
        score = shown_score(learner, line_item)
        if score is None:
            raise Refusal(
                _wording(
                    QT_TRANSLATE_NOOP(
                        "comment_bank", "{name} has no score for the comment's {placeholder}."
                    ),
                    name=learner.name or learner.user_id,
                    placeholder="{score}",
                )
            )
        values["score"] = format_score(score, number_format, decimals=COMMENT_DECIMALS)
    return text.format_map(values)


def first_name(learner: StudentGrade) -> str:
    """The given name the roster holds, else the first word of the name shown."""
    member = learner.member
    if member is not None and member.givenName and member.givenName.strip():
        return member.givenName.strip()
    return (learner.name or learner.user_id).split()[0]


def last_name(learner: StudentGrade) -> str:
    """The family name the roster holds, else the words of the name after the first."""
    member = learner.member
    if member is not None and member.familyName and member.familyName.strip():
        return member.familyName.strip()
    words = (learner.name or "").split()
    return " ".join(words[1:])


def expand_shortcut(typed: str, comments: Sequence[BankComment]) -> BankComment | None:
    """The comment a cell's text names when it is a shortcut (";good"), else None.

    `comments` are a course's, as `CommentBankStore.comments` lists them (the course's own
    before a global one of the same shortcut).
    """
    text = typed.strip()
    if not text.startswith(SHORTCUT_PREFIX) or len(text) < 2:
        return None
    wanted = text[len(SHORTCUT_PREFIX) :]
    return next((comment for comment in comments if comment.shortcut == wanted), None)


# -- the plain file ---------------------------------------------------------------------------


def export_text(comments: Iterable[BankComment]) -> str:
    """The bank as the CSV file the module docstring describes."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FILE_HEADER)
    for comment in comments:
        scope = GLOBAL_SCOPE if comment.is_global else COURSE_SCOPE
        writer.writerow(
            [neutralise_for_csv(comment.shortcut), scope, neutralise_for_csv(comment.text)]
        )
    return out.getvalue()


def import_data(data: bytes, course: str | None) -> list[BankComment]:
    """The comments of a bank file; `course` comments go to this connection's course.

    Every problem (an unknown scope or placeholder, a shortcut twice in one scope) refuses the
    whole file, listed by line: BankFileError, whose `wording` the window shows translated.
    """
    if len(data) > MAX_FILE_BYTES:
        raise BankFileError(
            _wording(QT_TRANSLATE_NOOP("comment_bank", "The file is too large for a comment bank."))
        )
    try:
        text = data.removeprefix(codecs.BOM_UTF8).decode("utf-8")
    except UnicodeDecodeError as error:
        raise BankFileError(
            _wording(
                QT_TRANSLATE_NOOP(
                    "comment_bank",
                    "The file is not UTF-8 text: save it as CSV UTF-8 and import it again.",
                )
            )
        ) from error
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None or [cell.strip().lower() for cell in header] != list(FILE_HEADER):
            raise BankFileError(
                _wording(
                    QT_TRANSLATE_NOOP(
                        "comment_bank",
                        "The first line must be the header “shortcut,scope,text” of a comment "
                        "bank file.",
                    )
                )
            )
        comments: list[BankComment] = []
        problems: list[Wording] = []
        seen: set[tuple[str | None, str]] = set()
        for cells in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            try:
                comment = _comment_of(cells, course)
            except ValueError as problem:
                problems.append(_on_line(line, reason_of(problem)))
                continue
            if (comment.course, comment.shortcut) in seen:
                twice = _wording(
                    QT_TRANSLATE_NOOP("comment_bank", "the shortcut “{shortcut}” comes twice"),
                    shortcut=comment.shortcut,
                )
                problems.append(_on_line(line, twice))
                continue
            seen.add((comment.course, comment.shortcut))
            comments.append(comment)
    except csv.Error as error:
        # The csv module says what is wrong in English only.
        raise BankFileError(
            _wording(
                QT_TRANSLATE_NOOP("comment_bank", "Line {line} is not well-formed CSV: {problem}."),
                line=reader.line_num,
                problem=str(error),
            )
        ) from error
    if problems:
        raise BankFileError(
            _wording(
                QT_TRANSLATE_NOOP("comment_bank", "Nothing was imported: {problems}."),
                problems=one_after_another(problems),
            )
        )
    return comments


def _on_line(line: int, problem: Wording | str) -> Wording:
    return _wording(
        QT_TRANSLATE_NOOP("comment_bank", "line {line}: {problem}"), line=line, problem=problem
    )


def _comment_of(cells: list[str], course: str | None) -> BankComment:
    if len(cells) != len(FILE_HEADER):
        raise Refusal(
            Wording(
                "comment_bank",
                QT_TRANSLATE_NOOP(
                    "comment_bank", "{count} cell instead of 3 (shortcut, scope, text)"
                ),
                plural=QT_TRANSLATE_N_NOOP(
                    "comment_bank", "{count} cells instead of 3 (shortcut, scope, text)"
                ),
                count=len(cells),
            )
        )
    shortcut, scope, text = (restore_neutralised(cell) for cell in cells)
    scope = scope.strip().lower()
    if scope == GLOBAL_SCOPE:
        owner = None
    elif scope == COURSE_SCOPE:
        if course is None:
            raise Refusal(
                _wording(
                    QT_TRANSLATE_NOOP("comment_bank", "a course comment, and no course is open")
                )
            )
        owner = course
    else:
        raise Refusal(
            _wording(
                QT_TRANSLATE_NOOP("comment_bank", "the scope is “{scope}”: write course or global"),
                scope=scope,
            )
        )
    return checked_comment(shortcut, text, owner)


def comment_edits(
    text: str,
    learners: Sequence[StudentGrade],
    line_item: LineItem,
    number_format: NumberFormat = PLAIN,
) -> tuple[list[GradeEdit], list[Wording | str]]:
    """The edits giving each learner `text`, filled in for them, and why others get none (a
    sentence the window translates).

    A learner's unsent edit keeps its score; a learner with no score gets no comment, since a
    comment sent without a score clears the grade in most LMSes.
    """
    edits: list[GradeEdit] = []
    problems: list[Wording | str] = []
    for learner in learners:
        who = learner.name or learner.user_id
        if learner.edit is not None and learner.edit.score is not None:
            base = learner.edit
        elif learner.edit is None and learner.result and learner.result.resultScore is not None:
            base = GradeEdit(
                learner.user_id, learner.result.resultScore, learner.result.resultMaximum
            )
        else:
            problems.append(
                _wording(
                    QT_TRANSLATE_NOOP(
                        "comment_bank", "{name} has no score: give a score first, then the comment"
                    ),
                    name=who,
                )
            )
            continue
        try:
            comment = render(text, learner, line_item, number_format)
        except ValueError as problem:
            problems.append(reason_of(problem))
            continue
        edits.append(dataclasses.replace(base, comment=comment))
    return edits, problems
