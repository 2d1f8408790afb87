"""The line item calls the picker runs on pool threads, never on the window's thread."""

from __future__ import annotations

from collections.abc import Callable

from gradebook_gui.api import LtiaasClient
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.models import LineItem, LineItemDraft, Result


def list_line_items(client: LtiaasClient, context: TaskContext) -> list[LineItem]:
    return client.line_items()


def create(draft: LineItemDraft, client: LtiaasClient) -> LineItem:
    return client.create_line_item(draft)


def replace(item: LineItem, client: LtiaasClient) -> LineItem:
    return client.replace_line_item(item)


def read_results_now(line_item_id: str, client: LtiaasClient) -> list[Result]:
    return client.results(line_item_id)


def delete(line_item_id: str, client: LtiaasClient) -> str:
    client.delete_line_item(line_item_id)
    return line_item_id


def run_with(
    operation: Callable[[LtiaasClient], object], client: LtiaasClient, context: TaskContext
) -> object:
    return operation(client)
