"""Test-suite set-up that makes `pytest` safe to run on a developer's desktop.

Qt draws offscreen, secrets go to an in-memory keyring, and every test gets its own empty config
and data folders, so nothing touches the user's real keyring, profiles or grades.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "gradebook_gui.credentials.SessionKeyring"

from gradebook_gui.credentials import SessionKeyring
from tests.fakes import FakeTime

SLOW_TESTS_ENABLED = (
    os.environ.get("CI", "").lower() == "true" or os.environ.get("GRADEBOOK_SLOW_TESTS") == "1"
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if SLOW_TESTS_ENABLED:
        return
    skip = pytest.mark.skip(reason="slow test: set GRADEBOOK_SLOW_TESTS=1 (or CI=true) to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Private config/data folders, a fresh in-memory keyring and no inherited connection."""
    monkeypatch.setenv("GRADEBOOK_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("GRADEBOOK_DATA_DIR", str(tmp_path / "data"))
    for name in (
        "GRADEBOOK_BASE_URL",
        "GRADEBOOK_API_KEY",
        "GRADEBOOK_LTIK",
        "GRADEBOOK_SERVICE_KEY",
        "GRADEBOOK_PROFILE",
    ):
        monkeypatch.delenv(name, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(SessionKeyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def fake_time() -> FakeTime:
    """A clock that moves only when slept on, shared by whatever a test builds."""
    return FakeTime()
