from hypothesis import given
from hypothesis import strategies as st

from gradebook_gui.edits import (
    GradeEdit,
    ServerGrade,
    same_comment,
    same_fraction,
    written_as_shown,
)
from gradebook_gui.models import GradingProgress, Result

scores = st.floats(min_value=0, max_value=1000, allow_nan=False)
maxima = st.floats(min_value=0.5, max_value=1000, allow_nan=False)


def test_server_grade_from_a_result_keeps_its_own_scale():
    result = Result.model_validate(
        {"id": "r", "scoreOf": "li", "userId": "1", "resultScore": 8, "resultMaximum": 10}
    )
    grade = ServerGrade.from_result(result)
    assert grade.fraction == 0.8 and grade.on_scale(20) == 16
    assert ServerGrade.from_result(None) == ServerGrade()


@given(scores, maxima, maxima)
def test_the_same_grade_on_another_scale_needs_no_send(score, maximum, other_maximum):
    edit = GradeEdit(user_id="1", score=score, maximum=maximum, comment="ok")
    server = ServerGrade(score=score / maximum * other_maximum, maximum=other_maximum, comment="ok")
    assert edit.is_shown_by(server)


def test_a_different_score_or_comment_must_be_sent():
    server = ServerGrade(score=8, maximum=10, comment="Good")
    assert not GradeEdit("1", 9, 10).is_shown_by(server)
    assert not GradeEdit("1", 8, 10, comment="Better").is_shown_by(server)
    assert GradeEdit("1", 8, 10).is_shown_by(server)  # comment None keeps the current one


def test_comments_compare_as_visible_text():
    assert same_comment("<p>Good work &amp; effort</p>", "Good work & effort")
    assert same_comment(None, "") and not same_comment("a", "b")


def test_fractions_compare_within_tolerance():
    assert same_fraction(0.1 + 0.2, 0.3) and not same_fraction(0.3, 0.31)
    assert same_fraction(None, None) and not same_fraction(None, 0.0)


def test_clearing_is_explicit_and_compares_to_no_score():
    clear = GradeEdit("1", None, 10)
    assert clear.clears_grade and clear.is_shown_by(ServerGrade(comment=None))
    pending = GradeEdit("1", 5, 10, grading_progress=GradingProgress.Pending)
    assert pending.clears_grade


def test_a_comment_is_recognised_in_the_text_an_export_writes_of_it():
    held = "<p>&lt;b&gt;late&lt;/b&gt; &amp; sorry</p>"
    assert written_as_shown("<b>late</b> & sorry", held)  # its visible text, markup shown
    assert written_as_shown(held, held)
    assert written_as_shown(" Good work\r\n\r\n& effort ", "<p>Good work</p><p>&amp; effort</p>")
    assert not written_as_shown("late & sorry", held)
    assert not written_as_shown("Something else", "<p>Good</p>")
