from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from gradebook_gui.store import GradeStore

from .helpers import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def open_store(clock: FakeClock) -> Iterator[Callable[[], GradeStore]]:
    """Opens the store in the (per-test) data folder; every store opened is closed afterwards."""
    opened: list[GradeStore] = []

    def open_one() -> GradeStore:
        store = GradeStore.open(clock=clock)
        opened.append(store)
        return store

    yield open_one
    for store in opened:
        store.close()


@pytest.fixture
def store(open_store: Callable[[], GradeStore]) -> GradeStore:
    return open_store()
