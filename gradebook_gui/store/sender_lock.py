"""One sender per connection across processes, with an operating-system file lock.

The OS releases the lock when its holder exits in any way (even `kill -9`), so a lock left by a
dead process is simply free again. The holder writes who it is after the locked first byte, so
that a refused program can say who is sending.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from gradebook_gui.config import ensure_private_dir
from gradebook_gui.store.errors import SenderBusy, store_failures

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

# Windows locks a byte range and refuses reads inside it: the holder's details start after it.
_DETAILS_OFFSET = 1


def lock_file_name(key: str) -> str:
    # Keys are URLs and profile names: hashed to a name every file system accepts.
    return f"sender-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}.lock"


def default_program_name() -> str:
    """The running command as a person would recognise it, e.g. "gradebook sync"."""
    started = Path(sys.argv[0]) if sys.argv and sys.argv[0] else Path("python")
    name = started.name
    if name == "__main__.py":  # `python -m gradebook_gui.cli` is the gradebook command
        name = "gradebook" if started.parent.name == "cli" else "gradebook-gui"
    words = [name]
    subcommand = next((arg for arg in sys.argv[1:2] if not arg.startswith("-")), None)
    if subcommand:
        words.append(subcommand)
    return " ".join(words)


@contextmanager
def hold_sender_lock(path: Path, program: str) -> Iterator[None]:
    """Hold the lock file at `path` for the duration of the block, or raise SenderBusy.

    Raises StoreUnavailable when the lock file cannot be created or written.
    """
    with store_failures(path.parent):
        ensure_private_dir(path.parent)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if not _try_lock(fd):
            raise _busy(fd)
        try:
            with store_failures(path.parent):
                _write_details(fd, program)
            yield
        finally:
            os.ftruncate(fd, 0)
            _unlock(fd)
    finally:
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, _DETAILS_OFFSET)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, _DETAILS_OFFSET)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _write_details(fd: int, program: str) -> None:
    details = {"pid": os.getpid(), "program": program, "since": datetime.now(UTC).isoformat()}
    os.ftruncate(fd, 0)
    os.lseek(fd, _DETAILS_OFFSET, os.SEEK_SET)
    os.write(fd, json.dumps(details).encode("utf-8"))


def _busy(fd: int) -> SenderBusy:
    os.lseek(fd, _DETAILS_OFFSET, os.SEEK_SET)
    raw = os.read(fd, 4096)
    try:
        details = json.loads(raw.decode("utf-8"))
        pid = details.get("pid")
        program = details.get("program")
        since = datetime.fromisoformat(details["since"]) if details.get("since") else None
    except (ValueError, AttributeError, TypeError):
        # The holder is still writing its details, or wrote something unreadable.
        return SenderBusy(None, None, None)
    return SenderBusy(
        pid if isinstance(pid, int) else None,
        program if isinstance(program, str) else None,
        since,
    )
