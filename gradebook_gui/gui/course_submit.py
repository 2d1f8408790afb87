"""Submitting from the Course view: one review for every line item's drafts, then each line item
sent through the column view's `SubmitController`, so every single-column rule (conflict check,
read-back, outbox, one sender) holds unchanged."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject

from gradebook_gui.grades import StudentGrade
from gradebook_gui.gui import course_tasks
from gradebook_gui.gui.course_model import CourseModel
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.review_dialog import ReviewItem
from gradebook_gui.gui.row_order import name_collator, name_sort_key
from gradebook_gui.gui.row_status import not_active_student
from gradebook_gui.gui.submit_controller import SubmitController
from gradebook_gui.gui.workspace import Workspace, read_only_notice
from gradebook_gui.models import LineItem
from gradebook_gui.services import submitting


class CourseSubmit(QObject):
    def __init__(
        self,
        workspace: Workspace,
        submitter: SubmitController,
        model: CourseModel,
        shown: Callable[[], tuple[str | None, int]],
        refresh_states: Callable[[], None],
    ) -> None:
        """`shown()` is the loaded connection key and the load's generation: a reply about an
        earlier load is dropped. `refresh_states()` reads the cells' states again."""
        super().__init__(workspace.window)
        self._ws = workspace
        self._submitter = submitter
        self._model = model
        self._shown = shown
        self._refresh_states = refresh_states

    def submit(self) -> None:
        """Review each line item's drafts, then queue the confirmed ones and send them."""
        ws = self._ws
        key, generation = self._shown()
        if ws.is_read_only():
            ws.messages.inform(read_only_notice(), 5000)
            return
        if key is None or key != ws.session.key:
            ws.messages.inform(translate("CourseSubmit", "Load the course first."), 5000)
            return
        if self._submitter.running:
            ws.messages.inform(
                translate("CourseSubmit", "Grades are being sent: wait for the current run."), 5000
            )
            return
        model = self._model
        items = [item for item in model.line_items() if model.is_loaded(item.id)]
        ws.runner.submit_store(
            partial(course_tasks.read_to_submit, ws.store, key, [item.id for item in items]),
            on_success=partial(self._review, key, generation, items),
            on_failure=partial(
                ws.messages.report_failure,
                translate("CourseSubmit", "Reading the changes to send"),
            ),
            description="read the course's changes to send",
        )

    def _review(
        self,
        key: str,
        generation: int,
        items: list[LineItem],
        to_submit: dict[str, submitting.ToSubmit],
    ) -> None:
        ws = self._ws
        if (key, generation) != self._shown() or key != ws.session.key:
            return
        # One review for every line item's changes, in a section each, names in the one order of
        # the window's lists.
        name_key = name_sort_key(name_collator(self._model.locale()))
        reviewed: list[ReviewItem] = []
        already_queued: list[LineItem] = []
        for item in items:
            waiting = to_submit[item.id]
            if not waiting.drafts and waiting.queued:
                already_queued.append(item)
            section = []
            for user_id, draft in waiting.drafts.items():
                grade = self._grade_of(item.id, user_id)
                section.append(ReviewItem(grade, draft, item, not_active_student(grade.member)))
            section.sort(key=lambda each: (name_key(self._sort_name(each.user_id)), each.user_id))
            reviewed.extend(section)
        confirmed: dict[str, list[str]] = {}
        reviewed_to_send = (
            ws.dialogs.review_submission(
                ws.window,
                line_item=reviewed[0].line_item or items[0],
                items=reviewed,
                platform=ws.session.platform,
                locale=self._model.locale(),
            )
            if reviewed
            else None
        )
        if reviewed_to_send is not None:
            for each in reviewed_to_send:
                assert each.line_item is not None
                confirmed.setdefault(each.line_item.id, []).append(each.user_id)
            ws.inform_held_back(len(reviewed), len(reviewed_to_send))
        if not confirmed and not already_queued:
            if not any(waiting.drafts for waiting in to_submit.values()):
                ws.messages.inform(
                    translate("CourseSubmit", "Nothing to send: there are no unsent changes."),
                    5000,
                )
            return
        by_id = {item.id: item for item in items}
        to_send = [by_id[item_id] for item_id in confirmed] + already_queued
        if not confirmed:
            self.send(to_send)
            return
        ws.runner.submit_store(
            partial(course_tasks.queue, ws.store, key, confirmed),
            on_success=lambda _: self.send(to_send),
            on_failure=self._on_queue_failed,
            description="queue the course's grades",
        )

    def _sort_name(self, user_id: str) -> str:
        learner = self._model.learner_by_id(user_id)
        return learner.family_first() if learner is not None else user_id

    def _grade_of(self, line_item_id: str, user_id: str) -> StudentGrade:
        learner = self._model.learner_by_id(user_id)
        member = learner.member if learner is not None else None
        return StudentGrade(user_id, member, self._model.result(line_item_id, user_id))

    def _on_queue_failed(self, error: BaseException) -> None:
        self._refresh_states()
        self._ws.messages.report_failure(translate("CourseSubmit", "Queueing the grades"), error)

    def send(self, line_items: list[LineItem]) -> None:
        self._refresh_states()
        for item in line_items:
            self._submitter.send(item)
