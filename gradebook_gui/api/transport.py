"""Where credentials may go, and how a failed connection is told apart from a failed request."""

from __future__ import annotations

import ipaddress
import ssl
from urllib.parse import urlsplit

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
