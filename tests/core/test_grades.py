from gradebook_gui.grades import RosterJoin, join_roster
from gradebook_gui.models import LineItem, Member, Result

LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"


def member(uid, role=LEARNER, name=None):
    return Member(userId=uid, roles=[role], name=name or f"Student {uid}")


def result(uid, score, maximum=None):
    body = {"id": f"r/{uid}", "scoreOf": "li", "userId": uid, "resultScore": score}
    if maximum is not None:
        body["resultMaximum"] = maximum
    return Result.model_validate(body)


def test_every_learner_appears_with_or_without_a_result():
    rows = join_roster(
        [member("1"), member("2"), member("t", role="Instructor")],
        [result("1", 8, 10)],
    )
    assert [r.user_id for r in rows] == ["1", "2"]
    assert rows[0].result is not None and rows[1].result is None


def test_results_of_students_not_on_roster_are_kept_last():
    rows = join_roster([member("1")], [result("gone", 3, 10), result("1", 1, 10)])
    assert [(r.user_id, r.on_roster) for r in rows] == [("1", True), ("gone", False)]


def test_scores_are_shown_on_the_line_items_scale():
    item = LineItem(id="li", label="Quiz", scoreMaximum=20)
    rows = join_roster([member("1"), member("2")], [result("1", 8, 10), result("2", 0.5)])
    assert rows[0].score(item) == 16
    assert rows[1].score(item) == 10  # resultMaximum missing: score is on a 0..1 scale


def test_pages_in_any_order_give_the_same_rows():
    join = RosterJoin()
    assert join.add_results([result("2", 5, 10)]) == []
    added = join.add_members([member("1"), member("2")])
    assert [r.user_id for r in added] == ["1", "2"]
    assert join.rows[1].result is not None
    assert join.add_results([result("1", 7, 10)]) == [0]
    assert join.add_members([member("1")]) == []  # repeated across pages: shown once
    assert join.finish() == []


def test_finishing_again_adds_no_row_twice_and_later_results_update_the_rows():
    join = RosterJoin()
    join.add_members([member("1")])
    join.add_results([result("1", 7, 10), result("gone", 3, 10)])
    assert [row.user_id for row in join.finish()] == ["gone"]
    assert join.finish() == []

    # A read-back brings every result again: the rows change in place.
    assert join.add_results([result("gone", 4, 10), result("1", 8, 10)]) == [1, 0]
    assert join.finish() == []
    assert [(row.user_id, row.result.resultScore) for row in join.rows] == [("1", 8), ("gone", 4)]
