"""Where credentials may go, how long a request may take in all, and how a failed connection
is told apart from a failed request."""

from __future__ import annotations

import ipaddress
import ssl
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import httpcore
import httpx
import truststore

from gradebook_gui.api.errors import ConfigError, InsecureUrlError, NetworkError, TlsError

_CHECKING_ADDRESS = "Checking the LTIAAS address"


def is_loopback_host(host: str) -> bool:
    """Plain http is tolerated only for this computer (a local test server)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def validate_base_url(base_url: str) -> str:
    """The origin (`scheme://host[:port]`) credentials may be sent to, or an error saying why not.

    The address must be https (http only for loopback) and carry no path, query, fragment or
    user name: every request path is added by the client itself.
    """
    try:
        parts = urlsplit(base_url.strip())
        port = parts.port
    except ValueError as exc:
        raise ConfigError(
            _CHECKING_ADDRESS, explanation=f"“{base_url}” is not a web address"
        ) from exc
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("https", "http") or not host:
        raise InsecureUrlError(
            _CHECKING_ADDRESS, explanation=f"“{base_url}” is not an https:// web address"
        )
    if scheme == "http" and not is_loopback_host(host):
        raise InsecureUrlError(
            _CHECKING_ADDRESS,
            explanation=f"“{base_url}” is not encrypted; credentials would travel in clear text",
        )
    if parts.username is not None or parts.password is not None:
        raise ConfigError(
            _CHECKING_ADDRESS, explanation="the address must not contain a user name or password"
        )
    if parts.path not in ("", "/") or parts.query or parts.fragment:
        raise ConfigError(
            _CHECKING_ADDRESS,
            explanation=(
                f"“{base_url}” has a path or query; give only the account address, "
                "such as https://youraccount.ltiaas.com"
            ),
        )
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return f"{scheme}://{netloc}"


def same_origin(url: httpx.URL, origin: str) -> bool:
    target = httpx.URL(origin)
    return (url.scheme, url.host, url.port) == (target.scheme, target.host, target.port)


def create_ssl_context() -> ssl.SSLContext:
    """Verify certificates with the operating system's trust store, where campus roots live."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def _tls_failure(exc: BaseException) -> ssl.SSLError | None:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


# Failures that happen before a single byte of the request left this computer.
_NEVER_SENT = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.UnsupportedProtocol,
)


def network_error(
    exc: httpx.TransportError, *, action: str, method: str, path: str
) -> NetworkError:
    """Translate an httpx failure, telling "surely not sent" from "may have been applied"."""
    surely_not_sent = isinstance(exc, _NEVER_SENT)
    tls_failure = _tls_failure(exc)
    certificate_refused = isinstance(tls_failure, ssl.SSLCertVerificationError) or (
        "certificate verify failed" in str(exc).lower()
    )
    if tls_failure is not None or certificate_refused:
        explanation = (
            "the server's certificate could not be verified"
            if certificate_refused
            else "a secure connection could not be established"
        )
        return TlsError(
            action,
            surely_not_sent=surely_not_sent,
            method=method,
            path=path,
            explanation=explanation,
        )
    return NetworkError(
        action,
        surely_not_sent=surely_not_sent,
        unreachable=isinstance(exc, httpx.ConnectError),
        method=method,
        path=path,
        explanation=_describe(exc),
    )


def _describe(exc: httpx.TransportError) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return "the server could not be reached in time"
    if isinstance(exc, httpx.ConnectError):
        return "the server could not be reached"
    if isinstance(exc, httpx.PoolTimeout):
        return "too many requests were waiting for a connection"
    if isinstance(exc, httpx.ReadTimeout):
        return "the server did not answer in time"
    if isinstance(exc, httpx.WriteTimeout):
        return "sending the request took too long"
    if isinstance(exc, httpx.RemoteProtocolError):
        return "the connection was closed before the answer arrived"
    if isinstance(exc, httpx.ReadError | httpx.WriteError):
        return "the connection broke"
    if isinstance(exc, httpx.ProxyError):
        return "the proxy server refused the connection"
    return "the connection failed"


# -- the total deadline of a request ------------------------------------------------------------
#
# httpx's timeouts bound each socket operation, and a read timeout starts again with every byte:
# a server that sends one byte every 20 seconds holds a request for ever. The deadline bounds the
# whole exchange instead: every socket operation of the request gets at most the time left.

_deadline = threading.local()


@contextmanager
def request_deadline(seconds: float) -> Iterator[None]:
    """Requests made by this thread inside the block end, with a timeout, `seconds` from now."""
    previous = getattr(_deadline, "at", None)
    _deadline.at = time.monotonic() + seconds
    try:
        yield
    finally:
        _deadline.at = previous


def _time_left(timeout: float | None, expired: type[Exception]) -> float | None:
    """The socket timeout to use: `timeout`, shortened to the time left before the deadline."""
    at: float | None = getattr(_deadline, "at", None)
    if at is None:
        return timeout
    left = at - time.monotonic()
    if left <= 0:
        raise expired("the request's deadline passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _time_left(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _time_left(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(
            ssl_context, server_hostname, _time_left(timeout, httpcore.ConnectTimeout)
        )
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self) -> None:
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host,
            port,
            _time_left(timeout, httpcore.ConnectTimeout),
            local_address,
            socket_options,
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(
            path, _time_left(timeout, httpcore.ConnectTimeout), socket_options
        )
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def deadline_transport(ssl_context: ssl.SSLContext) -> httpx.HTTPTransport:
    """httpx's own transport, whose connections keep to `request_deadline`."""
    transport = httpx.HTTPTransport(verify=ssl_context)
    limits = httpx.Limits(max_connections=100, max_keepalive_connections=20, keepalive_expiry=5.0)
    # httpx cannot hand its connection pool a network backend: this is the pool it builds
    # (httpx's default limits), with the backend that keeps to the deadline.
    transport._pool = httpcore.ConnectionPool(
        ssl_context=ssl_context,
        max_connections=limits.max_connections,
        max_keepalive_connections=limits.max_keepalive_connections,
        keepalive_expiry=limits.keepalive_expiry,
        network_backend=_DeadlineBackend(),
    )
    return transport
