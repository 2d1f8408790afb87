"""One run of the window: the options it started with and everything it was built from.

`gui.app.compose` builds it; `gui.app.main` and the self-test run it. Light to import (the types
below are for the type checker only): `gui.app` needs `StartOptions` before the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # The sandbox (Starlette, uvicorn) is imported only for --demo: it slows every other start.
    from gradebook_gui.connection import Connection
    from gradebook_gui.gui.main_window import MainWindow
    from gradebook_gui.gui.messages import MessageChannel
    from gradebook_gui.gui.session import Session
    from gradebook_gui.gui.settings import WindowSettings
    from gradebook_gui.gui.workers import TaskRunner
    from gradebook_gui.sandbox import Sandbox
    from gradebook_gui.store import GradeStore


@dataclass(frozen=True)
class StartOptions:
    demo: bool = False
    read_only: bool = False
    profile: str | None = None
    debug: bool = False
    self_test: bool = False


def demo_connection(sandbox: Sandbox) -> Connection:
    from gradebook_gui.api import Credentials
    from gradebook_gui.connection import Connection
    from gradebook_gui.models import PlatformFamily

    demo = sandbox.credentials
    return Connection(
        base_url=sandbox.base_url,
        credentials=Credentials(api_key=demo.api_key, ltik=demo.ltik, service_key=demo.service_key),
        platform=PlatformFamily.unknown,
    )


@dataclass
class GradebookApp:
    """One run of the window and everything it was built from."""

    options: StartOptions
    window: MainWindow
    session: Session
    runner: TaskRunner
    messages: MessageChannel
    settings: WindowSettings
    store: GradeStore
    sandbox: Sandbox | None = None
    _restore_hooks: Callable[[], None] = field(default=lambda: None, repr=False)

    def start(self) -> None:
        """Connect: the demo sandbox, the requested profile, the last one, or ask."""
        if self.sandbox is not None:
            self.open_demo(self.sandbox)
        else:
            self.window.start(self.options.profile)

    def open_demo(self, sandbox: Sandbox) -> None:
        """Open the demo course that `sandbox` serves; `shutdown` stops the sandbox."""
        self.sandbox = sandbox
        self.window.open_connection(demo_connection(sandbox), demo=True)

    def shutdown(self) -> None:
        """Close the window (stopping its threads), the store, then the sandbox; safe to call
        twice."""
        self.window.close()
        self.store.close()
        self._restore_hooks()
        self._restore_hooks = _nothing
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


def _nothing() -> None:
    return None
