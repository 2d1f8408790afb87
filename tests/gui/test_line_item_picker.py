"""The grade column picker against a sandbox: every page, search, create, rename, delete."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from gradebook_gui.api import Credentials, LtiaasClient, Pacing, RequestRecord
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.connection import Connection
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.gui.line_item_dialog import LineItemDialog, delete_question
from gradebook_gui.gui.line_item_model import (
    SUMMARY_ROLE,
    LineItemColumn,
    LineItemsModel,
    format_maximum,
)
from gradebook_gui.gui.line_item_picker import LineItemPicker
from gradebook_gui.gui.messages import MessageChannel
from gradebook_gui.gui.session import Session
from gradebook_gui.gui.workers import TaskRunner
from gradebook_gui.models import LineItem, LineItemDraft
from gradebook_gui.sandbox import Sandbox
from tests.fakes import FakeTime

from .conftest import FakeDialogs, RecordingClientFactory, RecordingPresenter, connection_to


@pytest.fixture
def course(make_sandbox) -> Sandbox:
    # 25 columns at 10 per page: the list needs three pages.
    return make_sandbox(seed=3, students=12, line_items=25, page_size=10)


class _FakeClockClientFactory(RecordingClientFactory):
    """Clients whose waits between read retries pass on the fake clock, so a read refused by a
    stopped sandbox fails at once instead of after the real back-off."""

    def __init__(self, fake_time: FakeTime) -> None:
        super().__init__()
        self._fake_time = fake_time

    def __call__(
        self, connection: Connection, on_request: Callable[[RequestRecord], None]
    ) -> LtiaasClient:
        return LtiaasClient(
            connection.base_url,
            connection.credentials,
            platform=connection.platform,
            on_request=on_request,
            pacing=Pacing(clock=self._fake_time.clock, sleep=self._fake_time.sleep),
            page_limit=self.page_limit,
        )


@pytest.fixture
def client_factory(fake_time: FakeTime) -> RecordingClientFactory:
    return _FakeClockClientFactory(fake_time)


@pytest.fixture
def picker(
    qtbot: QtBot,
    session: Session,
    runner: TaskRunner,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
    course: Sandbox,
) -> Iterator[LineItemPicker]:
    session.open(connection_to(course), demo=True)
    widget = LineItemPicker(session, runner, messages, fake_dialogs.bundle())
    qtbot.addWidget(widget)
    yield widget
    runner.shutdown(5000)


def listed(qtbot: QtBot, picker: LineItemPicker) -> None:
    picker.reload()
    qtbot.waitUntil(lambda: not picker.busy and picker.model.total_count() > 0, timeout=5000)


def read_back(course: Sandbox, line_item_id: str) -> LineItem:
    demo = course.credentials
    with LtiaasClient(
        course.base_url, Credentials(api_key=demo.api_key, service_key=demo.service_key)
    ) as client:
        return client.get_line_item(line_item_id)


def test_every_line_item_of_every_page_is_listed(
    qtbot: QtBot, picker: LineItemPicker, course: Sandbox
) -> None:
    with qtbot.waitSignal(picker.line_item_chosen, timeout=5000) as chosen:
        picker.reload()
    assert [item.id for item in picker.model.items()] == course.line_item_ids()
    assert picker.model.rowCount() == 25
    assert picker.status_label.text() == "25 grade columns"
    # Nothing remembered yet: the first column is chosen so grades show straight away.
    assert chosen.args[0].id == course.line_item_ids()[0]
    pages = [
        r for r in course.control.requests() if r.method == "GET" and "lineitems" in r.raw_path
    ]
    assert len(pages) == 3


def test_the_list_shows_label_maximum_tag_and_dates(qtbot: QtBot, picker: LineItemPicker) -> None:
    listed(qtbot, picker)
    model = picker.model
    exam_row = next(row for row in range(model.rowCount()) if model.item_at(row).tag == "exam")
    exam = model.item_at(exam_row)
    assert model.index(exam_row, LineItemColumn.LABEL).data() == exam.label
    assert model.index(exam_row, LineItemColumn.TAG).data() == "exam"
    assert model.index(exam_row, LineItemColumn.OPENS).data()  # a formatted date
    maximum = model.index(exam_row, LineItemColumn.MAXIMUM)
    assert maximum.data() and float(maximum.data().replace(",", ".")) == exam.scoreMaximum
    assert maximum.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    # The narrow panel shows one cell per column: its name, and the rest on a second line.
    label = model.index(exam_row, LineItemColumn.LABEL)
    line = label.data(SUMMARY_ROLE)
    assert line.startswith(f"out of {maximum.data()} · exam · opens ")
    assert " · due " in line
    assert "ID: " in label.data(Qt.ItemDataRole.ToolTipRole)
    assert exam.label in label.data(Qt.ItemDataRole.AccessibleTextRole)
    assert picker.table.isColumnHidden(LineItemColumn.TAG)
    picker.show()
    assert not picker.table.grab().isNull()  # the two-line cells paint


def test_search_narrows_the_list_ignoring_case_and_accents(
    qtbot: QtBot, picker: LineItemPicker
) -> None:
    listed(qtbot, picker)
    first = picker.model.item_at(0)
    picker.search_edit.setText(first.label.upper())
    assert 1 <= picker.model.rowCount() < 25
    assert all(
        first.label.casefold() in picker.model.item_at(row).label.casefold()
        for row in range(picker.model.rowCount())
    )
    picker.search_edit.setText("no such column at all")
    assert picker.model.rowCount() == 0
    assert "No grade column matches" in picker.status_label.text()
    picker.search_edit.clear()
    assert picker.model.rowCount() == 25


def test_search_ignores_accents() -> None:
    model = LineItemsModel()
    model.set_items(
        [
            LineItem(id="https://lms/1", label="Évaluation finale", scoreMaximum=20),
            LineItem(id="https://lms/2", label="Quiz", scoreMaximum=10, tag="quiz"),
        ]
    )
    model.set_search("evaluation")
    assert [model.item_at(r).label for r in range(model.rowCount())] == ["Évaluation finale"]
    model.set_search("QUIZ")
    assert model.rowCount() == 1


def test_create_sends_the_new_column_and_chooses_it(
    qtbot: QtBot, picker: LineItemPicker, fake_dialogs: FakeDialogs, course: Sandbox
) -> None:
    listed(qtbot, picker)
    fake_dialogs.new_line_item = LineItemDraft(label="Lab report", scoreMaximum=30, tag="lab")
    with qtbot.waitSignal(picker.line_item_chosen, timeout=5000) as chosen:
        picker.new_action.trigger()
    created = chosen.args[0]
    assert created.label == "Lab report"
    assert picker.model.total_count() == 26
    assert created.id in course.line_item_ids()
    assert read_back(course, created.id).scoreMaximum == 30


def test_cancelled_create_sends_nothing(
    qtbot: QtBot, picker: LineItemPicker, fake_dialogs: FakeDialogs, course: Sandbox
) -> None:
    listed(qtbot, picker)
    course.control.clear_requests()
    fake_dialogs.new_line_item = None
    picker.new_action.trigger()
    assert fake_dialogs.asked == [("new line item", None)]
    assert not picker.busy
    assert course.control.requests() == []


def test_rename_replaces_the_label_and_keeps_every_other_field(
    qtbot: QtBot, picker: LineItemPicker, fake_dialogs: FakeDialogs, course: Sandbox
) -> None:
    listed(qtbot, picker)
    exam = next(item for item in picker.model.items() if item.tag == "exam")
    before = read_back(course, exam.id)
    assert before.startDateTime is not None  # the field most easily lost
    picker.select(exam.id)
    fake_dialogs.new_label = "Final exam (rescheduled)"
    with qtbot.waitSignal(picker.line_item_renamed, timeout=5000) as renamed:
        picker.rename_action.trigger()
    assert renamed.args[0].label == "Final exam (rescheduled)"
    after = read_back(course, exam.id)
    assert after.label == "Final exam (rescheduled)"
    assert after.model_dump(exclude={"label"}) == before.model_dump(exclude={"label"})
    assert picker.model.find(exam.id).label == "Final exam (rescheduled)"  # type: ignore[union-attr]
    puts = [r for r in course.control.requests() if r.method == "PUT"]
    assert len(puts) == 1


def test_delete_asks_naming_the_column_and_only_then_deletes(
    qtbot: QtBot, picker: LineItemPicker, fake_dialogs: FakeDialogs, course: Sandbox
) -> None:
    listed(qtbot, picker)
    victim = picker.model.item_at(2)
    picker.select(victim.id)
    course.control.clear_requests()

    fake_dialogs.confirm_delete = False
    picker.delete_action.trigger()
    assert fake_dialogs.asked[-1] == ("delete", victim)
    assert course.control.requests() == []
    assert victim.id in course.line_item_ids()

    fake_dialogs.confirm_delete = True
    with qtbot.waitSignal(picker.line_item_deleted, timeout=5000) as deleted:
        picker.delete_action.trigger()
    assert deleted.args == [victim.id]
    assert victim.id not in course.line_item_ids()
    assert picker.model.find(victim.id) is None
    assert picker.model.total_count() == 24


def test_the_delete_question_names_the_column(qtbot: QtBot) -> None:
    item = LineItem(id="https://lms/1", label="Midterm", scoreMaximum=50)
    question = delete_question(item)
    assert "“Midterm”" in question
    assert "cannot be undone" in question


def test_read_only_mode_disables_every_change(
    qtbot: QtBot, picker: LineItemPicker, fake_dialogs: FakeDialogs, course: Sandbox
) -> None:
    listed(qtbot, picker)
    assert picker.new_action.isEnabled() and picker.rename_action.isEnabled()
    picker.set_read_only(True)
    assert not picker.new_action.isEnabled()
    assert not picker.rename_action.isEnabled()
    assert not picker.delete_action.isEnabled()
    course.control.clear_requests()
    picker.create_line_item()
    picker.rename_line_item()
    picker.delete_line_item()
    assert fake_dialogs.asked == []
    assert course.control.requests() == []
    picker.set_read_only(False)
    assert picker.new_action.isEnabled()


def test_the_last_choice_is_remembered_per_profile(
    qtbot: QtBot,
    session: Session,
    runner: TaskRunner,
    messages: MessageChannel,
    fake_dialogs: FakeDialogs,
    course: Sandbox,
    profiles: ProfileStore,
    secrets: SecretStorage,
) -> None:
    demo = course.credentials
    profile = Profile(
        name="Calculus", base_url=course.base_url, credential_kind=CredentialKind.SERVICE_KEY
    )
    profiles.save(profile)
    secrets.store.save("Calculus", Credentials(api_key=demo.api_key, service_key=demo.service_key))
    assert session.open_profile(profile)
    picker = LineItemPicker(session, runner, messages, fake_dialogs.bundle())
    qtbot.addWidget(picker)
    listed(qtbot, picker)
    third = course.line_item_ids()[3]
    picker.select(third)
    assert profiles.get("Calculus").last_line_item_id == third

    # Opening the profile again lists the columns and comes back to the same one.
    assert session.open_profile(profiles.get("Calculus"))
    again = LineItemPicker(session, runner, messages, fake_dialogs.bundle())
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.line_item_chosen, timeout=5000) as chosen:
        again.reload()
    assert chosen.args[0].id == third


def test_a_failed_listing_is_reported_and_the_list_kept(
    qtbot: QtBot,
    picker: LineItemPicker,
    course: Sandbox,
    presenter: RecordingPresenter,
    messages: MessageChannel,
) -> None:
    listed(qtbot, picker)
    course.stop()
    picker.reload()
    qtbot.waitUntil(lambda: not picker.busy, timeout=5000)
    assert messages.offline
    assert picker.model.total_count() == 25
    assert "showing the one loaded earlier" in picker.status_label.text()


def test_line_item_dialog_validates_beside_the_field(qtbot: QtBot) -> None:
    dialog = LineItemDialog()
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.label_edit.setText("Quiz 4")
    assert dialog.ok_button.isEnabled()
    dialog.maximum_spin.setValue(0)
    assert not dialog.ok_button.isEnabled()
    assert "greater than 0" in dialog.maximum_problem.text()
    dialog.maximum_spin.setValue(15)
    dialog.tag_edit.setText("quiz")
    dialog.end_date.enabled_box.setChecked(True)
    draft = dialog.draft()
    assert draft is not None
    assert (draft.label, draft.scoreMaximum, draft.tag) == ("Quiz 4", 15, "quiz")
    assert draft.endDateTime is not None and draft.endDateTime.endswith("Z")
    assert draft.startDateTime is None


def test_rename_dialog_needs_a_different_name(qtbot: QtBot) -> None:
    item = LineItem(id="https://lms/1", label="Midterm", scoreMaximum=50)
    dialog = LineItemDialog(rename=item)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.label_edit.setText("Midterm exam")
    assert dialog.ok_button.isEnabled()
    assert dialog.new_label() == "Midterm exam"


@pytest.mark.parametrize(
    ("language", "value", "text"),
    [
        (QLocale.Language.English, 1500.0, "1500"),  # never "1,500", which reads as 1.5 elsewhere
        (QLocale.Language.English, 12.5, "12.5"),
        (QLocale.Language.German, 12.5, "12,5"),
        (QLocale.Language.German, 2500.25, "2500,25"),
        (QLocale.Language.English, 1 / 3, "0.33"),
    ],
)
def test_a_maximum_is_written_as_the_grades_table_writes_scores(
    language: QLocale.Language, value: float, text: str
) -> None:
    assert format_maximum(value, QLocale(language)) == text
