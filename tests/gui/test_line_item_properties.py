"""The grade column properties dialog and the picker's Properties… action: every field validated
by the model the client sends, a warning for what a new maximum does to the grades given, and
the whole line item replaced in the sandbox, which keeps every field."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gradebook_gui.api import Credentials, LtiaasClient
from gradebook_gui.gui.dialogs import Dialogs
from gradebook_gui.gui.line_item_dialog import LineItemPropertiesDialog, maximum_warning
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, Result
from gradebook_gui.sandbox import Sandbox

from .conftest import FakeDialogs, connection_to
from .test_screenshots import save, visible_texts

EXTENSION = "https://canvas.instructure.com/lti/submission_type"


def an_item(**fields: object) -> LineItem:
    return LineItem.model_validate(
        {
            "id": "https://lms.example/lineitems/7",
            "label": "Essay",
            "scoreMaximum": 20,
            "startDateTime": "2026-03-01T08:00:00+01:00",
            "endDateTime": "2026-03-08T23:59:00+01:00",
            "tag": "essay",
            "resourceId": "essay-1",
            "resourceLinkId": "link-1",
            "gradesReleased": False,
            EXTENSION: {"type": "external_tool"},
            **fields,
        }
    )


def result(user_id: str, score: float | None, maximum: float = 20) -> Result:
    return Result(
        id=f"r-{user_id}",
        scoreOf="https://lms.example/lineitems/7",
        userId=user_id,
        resultScore=score,
        resultMaximum=maximum,
    )


def test_unchanged_fields_go_back_exactly_as_the_lms_wrote_them(qtbot: QtBot) -> None:
    item = an_item()
    dialog = LineItemPropertiesDialog(item)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()  # nothing changed yet
    dialog.tag_edit.setText("essays")
    changed = dialog.line_item()
    assert changed is not None
    body = changed.to_put_body()
    assert body == {**item.to_put_body(), "tag": "essays"}
    assert body["startDateTime"] == "2026-03-01T08:00:00+01:00"
    assert body[EXTENSION] == {"type": "external_tool"}


def test_every_field_changes_in_one_go(qtbot: QtBot) -> None:
    item = an_item()
    dialog = LineItemPropertiesDialog(item)
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("Long essay")
    dialog.maximum_spin.setValue(25)
    dialog.end_date.editor.setDateTime(QDateTime.fromSecsSinceEpoch(1_780_000_000))
    dialog.start_date.enabled_box.setChecked(False)
    dialog.released_box.setCheckState(Qt.CheckState.Checked)
    dialog.tag_edit.setText("")
    dialog.resource_edit.setText("essay-2")
    changed = dialog.line_item()
    assert changed is not None
    body = changed.to_put_body()
    assert body["label"] == "Long essay" and body["scoreMaximum"] == 25
    assert body["endDateTime"] == "2026-05-28T20:26:40Z"
    assert "startDateTime" not in body and "tag" not in body
    assert body["gradesReleased"] is True and body["resourceId"] == "essay-2"
    assert body["resourceLinkId"] == "link-1" and EXTENSION in body


def test_invalid_fields_are_named_and_save_stays_off(qtbot: QtBot) -> None:
    dialog = LineItemPropertiesDialog(an_item())
    qtbot.addWidget(dialog)
    dialog.label_edit.setText("   ")
    assert dialog.label_problem.text() == "A grade column needs a name."
    assert not dialog.ok_button.isEnabled() and dialog.line_item() is None
    dialog.label_edit.setText("Essay 2")
    dialog.maximum_spin.setValue(0)
    assert dialog.maximum_problem.text() == "The maximum must be greater than 0."
    assert not dialog.ok_button.isEnabled()
    dialog.maximum_spin.setValue(20)
    dialog.end_date.editor.setDateTime(QDateTime.fromSecsSinceEpoch(1_700_000_000))
    assert dialog.dates_problem.text() == "The due date is before the opening date."
    assert not dialog.ok_button.isEnabled()
    dialog.start_date.enabled_box.setChecked(False)
    assert dialog.dates_problem.text() == ""
    assert dialog.ok_button.isEnabled()


def test_a_new_maximum_warns_what_it_does_to_the_grades_given(qtbot: QtBot) -> None:
    results = [result("a", 18), result("b", 9), result("c", None), result("d", 0.5, 1)]
    dialog = LineItemPropertiesDialog(an_item(), results)
    qtbot.addWidget(dialog)
    assert dialog.maximum_problem.text() == ""
    dialog.maximum_spin.setValue(15)
    warning = dialog.maximum_problem.text()
    assert "3 learners have a grade" in warning
    assert "18 out of 20 is 90% now, 120% out of 15" in warning
    assert "1 score is above the new maximum and becomes extra credit" in warning
    assert dialog.maximum_problem.accessibleDescription() == warning
    assert dialog.ok_button.isEnabled()  # a warning, not a refusal
    dialog.maximum_spin.setValue(40)
    assert "extra credit" not in dialog.maximum_problem.text()
    assert maximum_warning(20, 20, results) is None
    assert maximum_warning(20, 10, [result("c", None)]) is None


def test_screenshot_of_the_properties_dialog(qtbot: QtBot) -> None:
    dialog = LineItemPropertiesDialog(an_item(), [result("a", 18), result("b", 9)])
    qtbot.addWidget(dialog)
    dialog.maximum_spin.setValue(15)
    dialog.show()
    qtbot.waitExposed(dialog)
    save(dialog, "line-item-properties")
    texts = visible_texts(dialog)
    assert "Properties of “Essay”" in texts and "extra credit" in texts


# -- the picker, against the sandbox -----------------------------------------------------------


@pytest.fixture
def picker(
    qtbot: QtBot,
    session: Session,
    runner: TaskRunner,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
    sandbox: Sandbox,
) -> Iterator[LineItemPicker]:
    session.open(connection_to(sandbox), demo=True)
    widget = LineItemPicker(session, runner, messages, fake_dialogs.bundle())
    qtbot.addWidget(widget)
    widget.reload()
    qtbot.waitUntil(lambda: not widget.busy and widget.model.total_count() > 0, timeout=5000)
    yield widget
    runner.shutdown(5000)


def read_back(sandbox: Sandbox, line_item_id: str) -> LineItem:
    demo = sandbox.credentials
    with LtiaasClient(
        sandbox.base_url, Credentials(api_key=demo.api_key, service_key=demo.service_key)
    ) as client:
        return client.get_line_item(line_item_id)


def test_properties_replace_the_whole_line_item_and_the_sandbox_keeps_every_field(
    qtbot: QtBot, picker: LineItemPicker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    item = picker.model.items()[0]
    picker.select(item.id)
    before = read_back(sandbox, item.id)

    def answer(shown: LineItem) -> LineItem:
        return shown.model_copy(
            update={
                "label": "Quiz 1 (retake)",
                "scoreMaximum": shown.scoreMaximum * 2,
                "startDateTime": "2026-09-01T08:00:00Z",
                "endDateTime": "2026-09-08T22:00:00Z",
                "gradesReleased": True,
                "tag": "retake",
                "resourceId": "quiz-1-retake",
            }
        )

    fake_dialogs.line_item_properties = answer
    sandbox.control.clear_requests()
    with qtbot.waitSignal(picker.line_item_chosen, timeout=5000) as chosen:
        picker.properties_action.trigger()
    shown, results = fake_dialogs.answer_of("line item properties")
    assert shown == before
    # The grades were read first, so the dialog can say what the new maximum does to them.
    assert {each.userId for each in results} == set(sandbox.control.results(item.id))
    after = read_back(sandbox, item.id)
    assert after.label == "Quiz 1 (retake)"
    assert after.scoreMaximum == before.scoreMaximum * 2
    assert after.startDateTime == "2026-09-01T08:00:00Z"
    assert after.endDateTime == "2026-09-08T22:00:00Z"
    assert after.gradesReleased is True
    assert after.tag == "retake" and after.resourceId == "quiz-1-retake"
    changed = {"label", "scoreMaximum", "startDateTime", "endDateTime"}
    changed |= {"gradesReleased", "tag", "resourceId"}
    assert after.model_dump(exclude=changed) == before.model_dump(exclude=changed)
    puts = [r for r in sandbox.control.requests() if r.method == "PUT"]
    assert len(puts) == 1
    # A new maximum: the column's grades are shown again on the new scale.
    assert chosen.args[0] == after
    assert picker.model.find(item.id) == after


def test_cancelling_the_properties_sends_nothing(
    qtbot: QtBot, picker: LineItemPicker, sandbox: Sandbox, fake_dialogs: FakeDialogs
) -> None:
    item = picker.model.items()[1]
    picker.select(item.id)
    fake_dialogs.line_item_properties = lambda shown: None  # cancelled
    sandbox.control.clear_requests()
    picker.properties_action.trigger()
    qtbot.waitUntil(lambda: "line item properties" in fake_dialogs.questions(), timeout=5000)
    qtbot.waitUntil(lambda: not picker.busy, timeout=5000)
    assert [r for r in sandbox.control.requests() if r.method == "PUT"] == []


def test_read_only_mode_turns_properties_off(picker: LineItemPicker) -> None:
    assert picker.properties_action.isEnabled()
    picker.set_read_only(True)
    assert not picker.properties_action.isEnabled()


def test_the_picker_asks_through_the_properties_dialog(
    monkeypatch: pytest.MonkeyPatch, picker: LineItemPicker
) -> None:
    asked: list[tuple[LineItem, Sequence[Result]]] = []

    def ask(parent: QWidget | None, item: LineItem, results: Sequence[Result]) -> None:
        asked.append((item, results))

    monkeypatch.setattr(LineItemPropertiesDialog, "ask", ask)
    item = picker.model.items()[0]
    assert Dialogs().ask_line_item_properties(picker, item, ()) is None
    assert asked == [(item, ())]


def test_properties_are_in_the_lists_menu_and_on_alt_enter(picker: LineItemPicker) -> None:
    assert picker.properties_action in picker.table.actions()
    assert picker.properties_action.shortcut().toString() == "Alt+Return"
