import subprocess
import sys

import pytest

from gradebook_gui.store import GradeStore, SenderBusy
from gradebook_gui.store.sender_lock import default_program_name

from .helpers import KEY, OTHER_KEY

HOLD_THE_LOCK = """
import sys, time
from pathlib import Path
from gradebook_gui.store import GradeStore

store = GradeStore.open(Path(sys.argv[1]))
with store.sender_lock(sys.argv[2], program="gradebook sync"):
    print("locked", flush=True)
    time.sleep(60)
"""


def test_another_process_holding_the_lock_is_named_and_a_dead_one_is_taken_over(store):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(store.path), KEY],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "locked\n"

        with pytest.raises(SenderBusy) as busy, store.sender_lock(KEY):
            pytest.fail("two senders for one connection")
        assert (busy.value.pid, busy.value.program) == (holder.pid, "gradebook sync")
        assert busy.value.since is not None
        assert f"gradebook sync (process {holder.pid}) since" in str(busy.value)
        # Another connection has a sender of its own.
        with store.sender_lock(OTHER_KEY):
            pass
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()

    with store.sender_lock(KEY):
        pass


def test_one_holder_at_a_time_within_a_process_too(store, open_store):
    other_window: GradeStore = open_store()
    with (
        store.sender_lock(KEY, program="gradebook-gui"),
        pytest.raises(SenderBusy, match="gradebook-gui"),
        other_window.sender_lock(KEY),
    ):
        pytest.fail("two senders for one connection")
    # Released at the end of the block.
    with other_window.sender_lock(KEY):
        pass


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["/usr/local/bin/gradebook", "sync", "--profile", "bio"], "gradebook sync"),
        (["gradebook", "--profile", "bio", "sync"], "gradebook"),
        (["C:/Apps/gradebook-gui.exe"], "gradebook-gui.exe"),
        ([], "python"),
    ],
)
def test_the_holder_is_described_by_its_command(monkeypatch, argv, expected):
    monkeypatch.setattr(sys, "argv", argv)
    assert default_program_name() == expected
