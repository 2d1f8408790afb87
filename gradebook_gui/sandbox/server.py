"""Run the sandbox app with uvicorn on 127.0.0.1 in daemon threads.

Each thread has its own event loop, so the sandbox also runs beside a Qt event loop. Several
threads accept connections on the one listening socket, as LTIAAS serves requests side by side:
while one thread waits for the kernel to take an answer, another works on the next request.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import select
import selectors
import socket
import threading
from types import TracebackType
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from gradebook_gui.sandbox.app import SandboxApp
from gradebook_gui.sandbox.auth import Authenticator, Credentials
from gradebook_gui.sandbox.control import Faults, SandboxControl, Traffic
from gradebook_gui.sandbox.data import build_course
from gradebook_gui.sandbox.lms import Gradebook
from gradebook_gui.sandbox.options import SandboxOptions

HOST = "127.0.0.1"
STARTUP_TIMEOUT_SECONDS = 10.0
# Requests still running at stop time (a long latency, a stuck client) get this long to finish.
GRACEFUL_SHUTDOWN_SECONDS = 1.0
SHUTDOWN_POLL_SECONDS = 0.005
# Event loops (threads) serving the same listening socket; the app's state has its own locks.
SERVING_THREADS = 2
# select() takes no descriptor numbered this high (FD_SETSIZE on Linux).
SELECT_LIMIT = 1024


def _listen(port: int) -> socket.socket:
    # IPPROTO_TCP must be explicit: asyncio turns Nagle off only on sockets that say TCP, and
    # with Nagle on every keep-alive answer waits 40 ms for the client's delayed ACK.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        if os.name == "posix":  # rebind at once after a restart, as servers usually do
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((HOST, port))
        listener.listen(128)
    except OSError:
        listener.close()
        raise
    return listener


class _CoalescingTransport:
    """A transport whose writes made in one turn of the event loop leave in one send.

    uvicorn writes an answer's status line and headers, then its body, each at once: with Nagle
    off, two segments, and the client's thread woken twice for one answer. A real server sends
    a small answer in one segment. Writes are held until the end of the turn, so an answer
    sent a piece at a time (trickled, with pauses between) still leaves piece by piece.
    """

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        self._transport = transport
        self._loop = loop
        self._held: list[bytes] = []

    def write(self, data: bytes) -> None:
        if not data:
            return
        if not self._held:
            self._loop.call_soon(self._flush)
        self._held.append(data)

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def abort(self) -> None:
        self._held.clear()
        self._transport.abort()

    def _flush(self) -> None:
        if self._held and not self._transport.is_closing():
            self._transport.write(b"".join(self._held))
        self._held.clear()

    def __getattr__(self, name: str) -> object:
        return getattr(self._transport, name)


class _CoalescingH11Protocol(H11Protocol):
    """uvicorn's HTTP/1.1 protocol, writing each turn's output in one send."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        coalescing: Any = _CoalescingTransport(transport, asyncio.get_running_loop())
        super().connection_made(coalescing)


if hasattr(selectors, "EpollSelector"):

    class _FineTimerSelector(selectors.EpollSelector):
        """epoll, whose waits last to the microsecond as the latency asks, not whole milliseconds.

        epoll waits whole milliseconds, rounded up: what is left of a 20 ms latency once the answer
        is built (19.6 ms, say) would last 20 ms. select() waits to the microsecond, so it waits on
        the epoll descriptor itself, until an event or the timeout, and epoll then only collects.
        """

        def select(self, timeout: float | None = None) -> list[tuple[selectors.SelectorKey, int]]:
            if timeout is not None and timeout > 0 and self.fileno() < SELECT_LIMIT:
                select.select([self.fileno()], [], [], timeout)
                timeout = 0
            return super().select(timeout)

    def _event_loop() -> asyncio.AbstractEventLoop:
        return asyncio.SelectorEventLoop(_FineTimerSelector())

else:  # kqueue and select() already wait to the microsecond

    def _event_loop() -> asyncio.AbstractEventLoop:
        return asyncio.new_event_loop()


class _ThreadedServer(uvicorn.Server):
    """A uvicorn server that reports when it serves and wakes at once when asked to stop."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()
        # Set once this loop takes no new connection (or never served).
        self.not_accepting = threading.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake_up: asyncio.Event | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake_up = asyncio.Event()
        await super().startup(sockets)
        self.ready.set()

    async def main_loop(self) -> None:
        # uvicorn polls should_exit every 0.1 s; waiting on an event makes stop() prompt.
        assert self._wake_up is not None
        ticks = 0
        while not await self.on_tick(ticks):
            ticks += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake_up.wait(), timeout=0.1)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        # uvicorn's own shutdown always sleeps 0.1 s; tests start and stop many sandboxes, so
        # this one polls instead. Idle keep-alive connections close at once, busy ones after
        # their answer, and whatever still runs after the grace period is cancelled.
        for server in self.servers:
            server.close()
        self.not_accepting.set()
        for connection in list(self.server_state.connections):
            connection.shutdown()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + GRACEFUL_SHUTDOWN_SECONDS
        while self.server_state.connections or self.server_state.tasks:
            if loop.time() >= deadline:
                for task in self.server_state.tasks:
                    task.cancel()
                for connection in list(self.server_state.connections):
                    connection.transport.abort()
                break
            await asyncio.sleep(SHUTDOWN_POLL_SECONDS)
        for server in self.servers:
            await server.wait_closed()

    def request_exit(self) -> None:
        self.should_exit = True
        if self._loop is not None and self._wake_up is not None:
            with contextlib.suppress(RuntimeError):  # the loop already finished
                self._loop.call_soon_threadsafe(self._wake_up.set)


def _serve(server: _ThreadedServer, listener: socket.socket) -> None:
    try:
        server.run(sockets=[listener])
    finally:
        listener.close()
        server.not_accepting.set()
        server.ready.set()  # also when startup failed, so start() does not hang


class Sandbox:
    """A local LTIAAS look-alike over real HTTP; see `SandboxOptions` for what it imitates.

    Use it as a context manager, or call `start()` and `stop()`.
    """

    def __init__(self, options: SandboxOptions | None = None) -> None:
        self.options = options or SandboxOptions()
        self._gradebook = Gradebook(build_course(self.options))
        self._authenticator = Authenticator(self.options.seed)
        faults, traffic = Faults(), Traffic()
        self.control = SandboxControl(self._gradebook, self._authenticator, faults, traffic)
        # The ASGI app, also usable in-process (httpx.ASGITransport); dropping a connection
        # needs the real server, though.
        self.app = SandboxApp(
            self.options,
            self._gradebook,
            self._authenticator,
            faults,
            traffic,
            self.control,
            self._close_connection,
        )
        self._servers: list[_ThreadedServer] = []
        self._threads: list[threading.Thread] = []
        self._socket: socket.socket | None = None
        self._port: int | None = None

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the sandbox is not running")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def credentials(self) -> Credentials:
        """The current demo credentials (they change after `control.issue_new_credentials()`)."""
        return self._authenticator.current

    def line_item_ids(self) -> list[str]:
        return self._gradebook.line_item_ids()

    def start(self) -> None:
        """Listen on 127.0.0.1 and serve; returns once requests are being answered."""
        if self._servers:
            raise RuntimeError("the sandbox is already running")
        listener = _listen(self.options.port)
        config = uvicorn.Config(
            self.app,
            http=_CoalescingH11Protocol,
            ws="none",
            loop=f"{__name__}:_event_loop",
            lifespan="off",
            log_config=None,
            access_log=False,
        )
        servers = [_ThreadedServer(config) for _ in range(SERVING_THREADS)]
        threads = []
        for number, server in enumerate(servers):
            # A socket object of its own per loop (the same listening socket): a loop closes
            # what it served on when it stops.
            thread = threading.Thread(
                target=_serve,
                args=(server, listener.dup()),
                name=f"ltiaas-sandbox-{number}",
                daemon=True,
            )
            thread.start()
            threads.append(thread)
        self._servers, self._threads, self._socket = servers, threads, listener
        for server in servers:
            server.ready.wait(STARTUP_TIMEOUT_SECONDS)
        if not all(server.started for server in servers):
            self.stop()
            raise RuntimeError("the sandbox server did not start")
        self._port = listener.getsockname()[1]

    def stop(self) -> None:
        """Stop serving and wait for the server threads; calling it twice is harmless."""
        servers, threads, listener = self._servers, self._threads, self._socket
        for server in servers:
            server.request_exit()
        # Every loop has let go of its own socket of the listener: closing the last one refuses
        # new connections at once, while the requests under way are still answered.
        for server in servers:
            server.not_accepting.wait(STARTUP_TIMEOUT_SECONDS)
        if listener is not None:
            listener.close()
        for thread in threads:
            thread.join()
        self._servers, self._threads, self._socket = [], [], None
        self._port = None

    def __enter__(self) -> Sandbox:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _close_connection(self, client: tuple[str, int] | None) -> bool:
        """Close the TCP connection of `client` without a response (runs on the server loop)."""
        if client is None:
            return False
        # The connection is served by the loop running this request: the one that closes it.
        for server in self._servers:
            for connection in list(server.server_state.connections):
                if getattr(connection, "client", None) == client:
                    connection.transport.close()
                    return True
        return False
