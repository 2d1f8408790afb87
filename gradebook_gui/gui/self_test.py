"""`gradebook-gui --self-test`: prove that this copy of the app works, without a display.

Run once on every frozen build (CI does): it builds the main window offscreen, starts the demo
sandbox, loads one line item through the window as a user would, stops the sandbox, imports every
module of the app, and checks that the system keyring backends are bundled. One line per check;
the exit code is 0 when nothing failed. A computer without a system keyring (a server, CI) is a
warning, not a failure: the app works there, keeping secrets for the session only.

It starts as `gradebook-gui` does: the start-up window's line contains `window shown` the moment
it is shown, like `packaging/bare_window.py`, so a benchmark can time both; the main window's
line contains `window ready` once the main window has taken its place. What only a check needs
is imported in that check, after the window shows.
"""

from __future__ import annotations

import importlib
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QApplication

import gradebook_gui
from gradebook_gui import __version__
from gradebook_gui.folders import APP_NAME
from gradebook_gui.gui.icons import app_icon
from gradebook_gui.gui.self_test_demo import Compose, Prepare, check_demo
from gradebook_gui.gui.self_test_report import Outcome, SelfTestReport, describe_error

if TYPE_CHECKING:
    # The sandbox (Starlette, uvicorn) is imported only when the demo check runs.
    from gradebook_gui.sandbox import SandboxOptions

# Modules imported by name at run time, which a freezer cannot see: uvicorn's parts as the
# sandbox configures them (h11, asyncio, no lifespan), anyio's asyncio backend, and what the
# keyring backends import inside `try` blocks.
MODULES_LOADED_BY_NAME = (
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.loops.asyncio",
    "uvicorn.lifespan.off",
    "anyio._backends._asyncio",
    "keyring.backends.chainer",
    "keyring.backends.fail",
)


@dataclass(frozen=True)
class SystemKeyring:
    """A platform's own keyring backend, as keyring names it, and the libraries it needs."""

    title: str
    entry_point: str
    module: str
    class_name: str
    libraries: tuple[str, ...]


SYSTEM_KEYRINGS = {
    "Linux": SystemKeyring(
        "Secret Service",
        "SecretService",
        "keyring.backends.SecretService",
        "Keyring",
        ("secretstorage", "jeepney", "cryptography.hazmat.primitives.ciphers"),
    ),
    "Darwin": SystemKeyring(
        "macOS Keychain",
        "macOS",
        "keyring.backends.macOS",
        "Keyring",
        ("keyring.backends.macOS.api",),
    ),
    "Windows": SystemKeyring(
        "Windows Credential Locker",
        "Windows",
        "keyring.backends.Windows",
        "WinVaultKeyring",
        ("win32ctypes.pywin32.win32cred",),
    ),
}


def run_self_test(
    compose: Compose,
    out: TextIO | None = None,
    *,
    prepare: Prepare,
    demo: SandboxOptions | None = None,
) -> int:
    """Run every check on the window `compose` builds and print the verdict; 0 when nothing
    failed, 1 otherwise."""
    report = SelfTestReport(out)
    report.run("version", describe_build)
    qt_app = _offscreen_application()
    check_demo(report, qt_app, compose, prepare, demo)
    report.run("imports", import_everything)
    report.run("icon", check_icon)
    report.run("Qt platform plugins", check_platform_plugins)
    report.run("keyring backends", check_keyring_backends)
    check_keyring_choice(report)
    report.run("https", check_tls)
    report.write_line(report.verdict())
    return 1 if report.failures else 0


# -- the checks --------------------------------------------------------------------------------


def describe_build() -> str:
    how = "frozen" if getattr(sys, "frozen", False) else f"from source ({Path(sys.executable)})"
    return (
        f"{APP_NAME} {__version__}, {how}; Python {platform.python_version()}, "
        f"Qt {qVersion()}, PySide6 {PySide6.__version__}, on {platform.system()} "
        f"{platform.machine()}"
    )


def import_everything() -> str:
    """Every module of the app (the `python -m` entry points excepted: they run when imported)."""
    import pkgutil

    names = [
        module.name
        for module in pkgutil.walk_packages(gradebook_gui.__path__, "gradebook_gui.")
        if not module.name.endswith(".__main__")
    ]
    if len(names) < 2:
        raise RuntimeError(f"only {names} found in the gradebook_gui package")
    for name in (*names, *MODULES_LOADED_BY_NAME):
        importlib.import_module(name)
    return f"{len(names)} app modules and {len(MODULES_LOADED_BY_NAME)} loaded by name"


def check_icon() -> str:
    if "svg" not in {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}:
        raise RuntimeError("Qt cannot read SVG images: the imageformats/qsvg plugin is missing")
    pixmap = app_icon().pixmap(64, 64)
    if pixmap.isNull():
        raise RuntimeError(
            "the app icon did not render (is the iconengines/qsvgicon plugin there?)"
        )
    return f"rendered at {pixmap.width()}x{pixmap.height()} from the compiled resources"


def check_platform_plugins() -> str:
    """The plugins a real desktop needs; the self-test itself draws offscreen."""
    wanted = {
        "Linux": ("qxcb", "qwayland"),
        "Darwin": ("qcocoa",),
        "Windows": ("qwindows",),
    }.get(platform.system(), ())
    folders = [Path(folder) / "platforms" for folder in QCoreApplication.libraryPaths()]
    present = {
        plugin.stem.removeprefix("lib")
        for folder in folders
        if folder.is_dir()
        for plugin in folder.iterdir()
        if plugin.is_file()
    }
    missing = [name for name in wanted if name not in present]
    if missing:
        searched = ", ".join(str(folder) for folder in folders) or "no plugin folder"
        raise RuntimeError(f"{', '.join(missing)} missing (searched {searched})")
    return ", ".join(sorted(present))


def check_keyring_backends() -> str:
    """Every system keyring backend is registered and imports; this system's libraries load."""
    import importlib.metadata

    registered = {ep.name for ep in importlib.metadata.entry_points(group="keyring.backends")}
    found = []
    for system in SYSTEM_KEYRINGS.values():
        if system.entry_point not in registered:
            raise RuntimeError(
                f"keyring does not know the {system.title} backend (its package metadata is "
                "missing, so keyring would fall back to `fail`)"
            )
        module = importlib.import_module(system.module)
        if not hasattr(module, system.class_name):
            raise RuntimeError(f"{system.module} has no {system.class_name}")
        found.append(system.title)
    detail = f"{', '.join(found)} bundled"
    own = SYSTEM_KEYRINGS.get(platform.system())
    if own is not None:
        for library in own.libraries:
            importlib.import_module(library)
        detail += f"; {own.title} libraries import ({', '.join(own.libraries)})"
    return detail


def check_keyring_choice(report: SelfTestReport) -> None:
    """Report the backend keyring picks; falling back to `fail` is a failure only when the
    system keyring is in fact reachable (a packaging fault), and a warning otherwise."""
    import keyring

    from gradebook_gui.credentials import keyring_status

    try:
        status = keyring_status(keyring.get_keyring())
    except Exception as error:
        report.add("keyring", Outcome.FAILED, describe_error(error))
        return
    chosen_by = (
        " (chosen by PYTHON_KEYRING_BACKEND)" if os.environ.get("PYTHON_KEYRING_BACKEND") else ""
    )
    if status.usable:
        kept = "saved" if status.persistent else "kept for the session only"
        report.add(
            "keyring", Outcome.OK, f"would use {status.backend_name}{chosen_by}; secrets {kept}"
        )
        return
    own = SYSTEM_KEYRINGS.get(platform.system())
    reason = (
        _unavailability(own) if own is not None else f"no system keyring on {platform.system()}"
    )
    if reason is None and own is not None:
        report.add(
            "keyring",
            Outcome.FAILED,
            f"keyring chose {status.backend_name} although the {own.title} is available",
        )
        return
    report.add(
        "keyring",
        Outcome.WARNING,
        f"would use {status.backend_name}{chosen_by}: no usable system keyring here ({reason}); "
        "the app would keep secrets for the session only",
    )


def check_tls() -> str:
    """HTTPS to LTIAAS verifies against the system's trust store: truststore and OpenSSL load."""
    import ssl

    from gradebook_gui.api.transport import create_ssl_context

    context = create_ssl_context()
    # Wrapping (no network) is when truststore loads the system's certificates.
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="ltiaas.example")
    return f"system trust store, {ssl.OPENSSL_VERSION}"


# -- helpers -----------------------------------------------------------------------------------


def _offscreen_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Decided before the application exists: the self-test needs no display.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qt_app = QApplication([sys.argv[0]])
    qt_app.setApplicationName(APP_NAME)
    return qt_app


def _unavailability(system: SystemKeyring) -> str | None:
    """Why the system keyring cannot be used here, or None when it can."""
    backend = getattr(importlib.import_module(system.module), system.class_name)
    try:
        priority = backend.priority
    except Exception as error:
        return str(error) or type(error).__name__
    return None if priority > 0 else f"{system.title} reports priority {priority}"
