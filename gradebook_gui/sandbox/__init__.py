"""A local LTIAAS look-alike on 127.0.0.1, for trying the app without an account and for tests.

It is an independent implementation of the server side of the LTIAAS grades API (it shares no
code with the app's client) and imitates Canvas, Moodle or a generic LMS behind it.
"""

from gradebook_gui.sandbox.auth import Credentials
from gradebook_gui.sandbox.control import (
    FAILURE_KINDS,
    FailureKind,
    RecordedRequest,
    SandboxControl,
)
from gradebook_gui.sandbox.lms import UNCHANGED
from gradebook_gui.sandbox.options import PLATFORMS, Platform, SandboxOptions
from gradebook_gui.sandbox.server import Sandbox

__all__ = [
    "FAILURE_KINDS",
    "PLATFORMS",
    "UNCHANGED",
    "Credentials",
    "FailureKind",
    "Platform",
    "RecordedRequest",
    "Sandbox",
    "SandboxControl",
    "SandboxOptions",
]
