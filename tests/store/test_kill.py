import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from gradebook_gui.store import GradeStore

from .kill_child import KEY, LINE_ITEM_ID, STOPPED_CLOCK, STUDENTS, label_of, score_of, student_of

CHILD = Path(__file__).with_name("kill_child.py")

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")


def run_and_kill(path: Path, first_step: int, rng: random.Random) -> list[str]:
    """Start the child, kill -9 it at a random moment; returns every line it printed."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), str(first_step)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    try:
        assert child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.15))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
    printed = child.stdout.read()
    child.stdout.close()
    return printed.splitlines()


def kill_repeatedly(path: Path, rounds: int) -> None:
    rng = random.Random()
    confirmed: dict[str, float] = {}  # the score each student must hold
    last_stamp: dict[str, datetime] = {}
    last_label: str | None = None  # the newest undoable operation seen after the last kill
    next_step = 0
    for _ in range(rounds):
        lines = run_and_kill(path, next_step, rng)
        steps = [int(line.split()[1]) for line in lines if line.startswith("edit ")]
        for step in steps:
            confirmed[student_of(step)] = score_of(step)
        for line in lines:
            if line.startswith("timestamp "):
                _, user, stamp = line.split()
                last_stamp[user] = datetime.fromisoformat(stamp)
        last_printed = steps[-1] if steps else next_step - 1
        # Killed between a commit and its print: the next step may be saved without being shown.
        unshown = last_printed + 1

        db = sqlite3.connect(path)
        try:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            db.close()
        with GradeStore.open(path) as store:
            drafts = store.drafts(KEY, LINE_ITEM_ID)
            for user in STUDENTS:
                held = drafts[user].edit.score if user in drafts else None
                allowed = {confirmed.get(user)}
                if student_of(unshown) == user:
                    allowed.add(score_of(unshown))
                assert held in allowed, (user, held, allowed)
                if held is not None:
                    confirmed[user] = held
            # With nothing printed this round, the newest operation is still the one seen after
            # the last kill (its unshown step may or may not have been saved), or this round's
            # first step, saved just before the kill.
            newest_shown = label_of(last_printed) if steps else last_label
            label = store.undo_label(KEY, LINE_ITEM_ID)
            assert label in {newest_shown, label_of(unshown)}
            last_label = label
            for user, stamp in last_stamp.items():
                later = store.next_timestamp(KEY, LINE_ITEM_ID, user, STOPPED_CLOCK)
                assert later >= stamp + timedelta(seconds=1)
                last_stamp[user] = later
        next_step = unshown + 1
    assert confirmed, "the child never got to save an edit"


def test_saved_edits_survive_kill_9(tmp_path):
    kill_repeatedly(tmp_path / "kill.sqlite3", rounds=5)


@pytest.mark.slow
def test_saved_edits_survive_many_kills(tmp_path):
    kill_repeatedly(tmp_path / "kill.sqlite3", rounds=60)
