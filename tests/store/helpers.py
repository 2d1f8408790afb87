"""Values and fakes shared by the store's tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from gradebook_gui.edits import GradeEdit, ServerGrade
from gradebook_gui.grades import StudentGrade
from gradebook_gui.models import LineItem, Member, Result

KEY = "https://school.ltiaas.com#Bio 101"
OTHER_KEY = "https://other.ltiaas.com"
QUIZ_ID = "https://lms.example.edu/api/lti/courses/7/line_items/31"
ESSAY_ID = "https://lms.example.edu/api/lti/courses/7/line_items/32"
START = datetime(2026, 11, 26, 14, 3, 7, 123456, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> datetime:
        self.now += timedelta(seconds=seconds)
        return self.now


def edit(user_id: str, score: float | None, comment: str | None = None) -> GradeEdit:
    return GradeEdit(user_id=user_id, score=score, maximum=20.0, comment=comment)


def base(score: float | None = None, comment: str | None = None) -> ServerGrade:
    return ServerGrade(score=score, maximum=20.0, comment=comment)


def quiz(line_item_id: str = QUIZ_ID, label: str = "Quiz 3") -> LineItem:
    return LineItem.model_validate(
        {
            "id": line_item_id,
            "label": label,
            "scoreMaximum": 20,
            "resourceLinkId": "rl-9",
            "tag": "quiz",
            "https://canvas.instructure.com/lti/submission_type": {"type": "external_tool"},
        }
    )


def student(user_id: str, name: str, score: float | None, comment: str | None) -> StudentGrade:
    member = Member(
        userId=user_id,
        roles=("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",),
        name=name,
        email=f"{user_id}@example.edu",
    )
    result = Result.model_validate(
        {
            "id": f"{QUIZ_ID}/results/{user_id}",
            "scoreOf": QUIZ_ID,
            "userId": user_id,
            "resultScore": score,
            "resultMaximum": 20,
            "comment": comment,
            "https://canvas.instructure.com/lti/submission": {"attempts": 2},
        }
    )
    return StudentGrade(user_id, member, result)
