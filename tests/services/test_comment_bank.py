"""The comment bank's placeholders, shortcuts and plain file."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable

import pytest

from gradebook_gui.edits import GradeEdit
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, Member, Result
from gradebook_gui.numbers import GERMAN
from gradebook_gui.services.comment_bank import (
    MAX_FILE_BYTES,
    BankFileError,
    UnknownPlaceholder,
    check_shortcut,
    checked_comment,
    comment_edits,
    expand_shortcut,
    export_text,
    import_data,
    placeholders_of,
    render,
)
from gradebook_gui.store.comment_bank import BankComment
from gradebook_gui.wording import Refusal, Wording

ITEM = LineItem(id="https://lms.example.edu/items/1", label="Quiz 3", scoreMaximum=20)
COURSE = "https://school.ltiaas.com#Bio 101"


def ada(score: float | None = 17, edit: GradeEdit | None = None, **member: str) -> StudentGrade:
    fields = {"name": "Ada Lovelace", "givenName": "Ada", "familyName": "Lovelace"} | member
    result = (
        None
        if score is None
        else Result(id="r1", scoreOf=ITEM.id, userId="u1", resultScore=score, resultMaximum=20)
    )
    return StudentGrade("u1", Member(userId="u1", roles=("Learner",), **fields), result, edit)


def test_placeholders_are_filled_in_for_the_learner() -> None:
    text = "Well done {first_name} {last_name} ({name}): {score} out of {maximum}. {{sic}}"
    assert render(text, ada(), ITEM) == "Well done Ada Lovelace (Ada Lovelace): 17 out of 20. {sic}"


def test_the_score_is_the_one_shown_with_an_unsent_edit_in_the_users_numbers() -> None:
    learner = ada(edit=GradeEdit("u1", 18.456, 20))
    assert render("{score}/{maximum}", learner, ITEM, GERMAN) == "18,46/20"


def test_names_come_from_the_name_shown_when_the_roster_has_no_parts() -> None:
    learner = ada(name="Grace Brewster Hopper", givenName="", familyName="")
    assert render("{first_name}|{last_name}", learner, ITEM) == "Grace|Brewster Hopper"


@pytest.mark.parametrize("text", ["Hi {frist_name}", "{score:.1f}", "{0}", "{name!r}", "{a.b}"])
def test_an_unknown_placeholder_is_refused_with_its_name(text: str) -> None:
    with pytest.raises(
        UnknownPlaceholder, match=re.escape("is not a placeholder: use {first_name}")
    ):
        placeholders_of(text)
    with pytest.raises(UnknownPlaceholder):
        render(text, ada(), ITEM)
    with pytest.raises(UnknownPlaceholder):
        checked_comment("x", text, None)


def test_a_lone_brace_is_refused_saying_how_to_write_one() -> None:
    with pytest.raises(UnknownPlaceholder, match=re.escape("write {{ or }} for a brace")):
        placeholders_of("Good {work")


def test_a_score_placeholder_needs_a_score() -> None:
    with pytest.raises(ValueError, match="Ada Lovelace has no score"):
        render("{score}", ada(score=None), ITEM)
    assert render("Hello {first_name}", ada(score=None), ITEM) == "Hello Ada"


def test_shortcuts_are_one_word() -> None:
    assert check_shortcut(" ;good ") == "good"
    for bad in ("", ";", "very good", "a;b"):
        with pytest.raises(ValueError):
            check_shortcut(bad)


def test_a_typed_shortcut_finds_the_courses_comment_first() -> None:
    comments = [BankComment("good", "Course's", COURSE, 2), BankComment("good", "Global", None, 1)]
    assert expand_shortcut(" ;good ", comments) == comments[0]
    assert expand_shortcut("good", comments) is None
    assert expand_shortcut(";bad", comments) is None
    assert expand_shortcut(";", comments) is None


def test_the_file_reads_back_as_written() -> None:
    comments = [
        BankComment("good", "Good work, {first_name}:\n{score} out of {maximum}.", None),
        BankComment("late", "=late, 10% off", COURSE),
        BankComment("quote", '"Fine", she said; ok', COURSE),
    ]
    text = export_text(comments)
    assert text.splitlines()[0] == "shortcut,scope,text"
    assert "'=late" in text  # a spreadsheet shows it instead of running it
    assert import_data(text.encode("utf-8"), COURSE) == comments
    # Opened and saved by a spreadsheet: a BOM in front, the course open now owns them.
    again = import_data(codecs.BOM_UTF8 + text.encode("utf-8"), "other")
    assert [comment.course for comment in again] == [None, "other", "other"]


def test_a_hand_written_file_is_read() -> None:
    data = b"Shortcut,Scope,Text\ngood,GLOBAL,Good work {first_name}\n\n;late,course,Late\n"
    assert import_data(data, COURSE) == [
        BankComment("good", "Good work {first_name}", None),
        BankComment("late", "Late", COURSE),
    ]


def test_any_problem_refuses_the_whole_file_naming_every_line() -> None:
    data = (
        b"shortcut,scope,text\n"
        b"good,global,Good {frist_name}\n"
        b"late,somewhere,Late\n"
        b"ok,course,Fine\n"
        b"ok,course,Fine again\n"
        b"two,cells\n"
    )
    with pytest.raises(BankFileError) as refused:
        import_data(data, COURSE)
    message = str(refused.value)
    assert message.startswith("Nothing was imported: line 2: {frist_name} is not a placeholder")
    assert "line 3: the scope is “somewhere”: write course or global" in message
    assert "line 5: the shortcut “ok” comes twice" in message
    assert "line 6: 2 cells instead of 3" in message


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "header"),
        (b"name,text\nx,y\n", "header"),
        ("shortcut,scope,text\nx,global,Tr\u00e8s bien\n".encode("cp1252"), "not UTF-8"),
        (b'shortcut,scope,text\nx,global,"open\n', "not well-formed CSV"),
    ],
)
def test_files_that_are_not_a_bank_are_refused(data: bytes, reason: str) -> None:
    with pytest.raises(BankFileError, match=reason):
        import_data(data, COURSE)


def test_course_comments_need_a_course() -> None:
    with pytest.raises(BankFileError, match="no course is open"):
        import_data(b"shortcut,scope,text\nlate,course,Late\n", None)


def test_a_comment_for_several_learners_is_filled_in_for_each_and_keeps_their_scores() -> None:
    grace = StudentGrade(
        "u2",
        Member(userId="u2", roles=("Learner",), name="Grace Hopper"),
        Result(id="r2", scoreOf=ITEM.id, userId="u2", resultScore=9, resultMaximum=10),
    )
    drafted = ada(edit=GradeEdit("u1", 19.0, 20, "old"))
    nobody = ada(score=None)
    edits, problems = comment_edits(
        "Well done {first_name}: {score}/{maximum}", [drafted, grace, nobody], ITEM
    )
    assert edits == [
        GradeEdit("u1", 19.0, 20, "Well done Ada: 19/20"),
        GradeEdit("u2", 9, 10, "Well done Grace: 18/20"),
    ]
    assert [str(problem) for problem in problems] == [
        "Ada Lovelace has no score: give a score first, then the comment"
    ]


@pytest.mark.parametrize(
    ("call", "english"),
    [
        (lambda: check_shortcut(" "), "A comment needs a shortcut, such as “good”."),
        (lambda: check_shortcut("a b"), "A shortcut is one word without spaces or ';', not “a b”."),
        (lambda: checked_comment("x", " ", None), "A saved comment needs some text."),
        (lambda: placeholders_of("{frist}"), "{frist} is not a placeholder: use"),
        (lambda: render("{score}", ada(score=None), ITEM), "Ada Lovelace has no score"),
    ],
)
def test_every_refusal_carries_its_sentence_for_the_window(
    call: Callable[[], object], english: str
) -> None:
    """The window translates the sentence; the command line prints the same English as ever."""
    with pytest.raises(Refusal) as refused:
        call()
    assert refused.value.wording.context == "comment_bank"
    assert str(refused.value).startswith(english)
    assert str(refused.value.wording) == str(refused.value)


@pytest.mark.parametrize(
    "data",
    [
        b"x" * (MAX_FILE_BYTES + 1),
        b"name,text\nx,y\n",
        "shortcut,scope,text\nx,global,Tr\u00e8s bien\n".encode("cp1252"),
        b'shortcut,scope,text\nx,global,"open\n',
        b"shortcut,scope,text\nx,somewhere,y\nz,global\n",
    ],
)
def test_every_refusal_of_a_file_is_a_sentence_the_window_translates(data: bytes) -> None:
    with pytest.raises(BankFileError) as refused:
        import_data(data, COURSE)
    assert isinstance(refused.value.wording, Wording)
    assert refused.value.wording.context == "comment_bank"
    assert str(refused.value) == str(refused.value.wording)


def test_a_row_of_one_cell_is_counted_in_english_too() -> None:
    with pytest.raises(BankFileError, match="line 2: 1 cell instead of 3"):
        import_data(b"shortcut,scope,text\nalone\n", COURSE)
