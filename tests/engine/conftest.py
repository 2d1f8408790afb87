"""Fixtures for the engine tests: sandboxes over real sockets, the real store, a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest

from .helpers import Course, CourseFactory, FakeTime, open_course


@pytest.fixture
def make_course(tmp_path: Path, fake_time: FakeTime) -> Iterator[CourseFactory]:
    """Open courses (SandboxOptions fields) that share the fake clock; closed after the test."""
    with ExitStack() as stack:
        opened: list[Course] = []

        def make(**sandbox_options: Any) -> Course:
            folder = tmp_path / f"course-{len(opened)}"
            opened.append(stack.enter_context(open_course(folder, fake_time, **sandbox_options)))
            return opened[-1]

        yield make


@pytest.fixture
def course(make_course: CourseFactory) -> Course:
    return make_course()
