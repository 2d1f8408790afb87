"""Testing a connection: read the launch (with an ltik) or count the grade columns (with only
the service key), on a pool thread, then say in plain words what was found."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from gradebook_gui.api import LtiaasClient
from gradebook_gui.connection import Connection, learn_from_launch
from gradebook_gui.gui.i18n import translate
from gradebook_gui.gui.workers import TaskContext
from gradebook_gui.models import IdToken

TestClientFactory = Callable[[Connection], LtiaasClient]


def default_test_client(connection: Connection) -> LtiaasClient:
    return connection.client()


@dataclass(frozen=True)
class CheckOutcome:
    """What a connection test found: the connection as learned, and the launch if read."""

    connection: Connection
    token: IdToken | None
    line_item_count: int | None


def check_connection(
    connection: Connection, client_factory: TestClientFactory, context: TaskContext
) -> CheckOutcome:
    """With an ltik, read the launch and learn the course's service key; with only the service
    key, list the grade columns to prove it works."""
    with client_factory(connection) as client:
        if connection.credentials.ltik:
            learned, token = learn_from_launch(connection, client)
            return CheckOutcome(learned, token, None)
        return CheckOutcome(connection, None, len(client.line_items()))


def _lms_text(token: IdToken) -> str:
    known = token.platform_family.display_name
    if known:
        return known
    name = (
        token.platform.name
        or token.platform.productFamilyCode
        or translate("connection_check", "not identified")
    )
    return translate(
        "connection_check", "{name} (not a family the app knows: standard LTI rules apply)"
    ).format(name=name)


def describe_outcome(outcome: CheckOutcome) -> str:
    """The test result in plain words."""
    token = outcome.token
    if token is None:
        count = outcome.line_item_count or 0
        if count == 1:
            found = translate(
                "connection_check",
                "Connected with the service key: {count} grade column found. The LMS family "
                "cannot be learned without an ltik; choose it below if known.",
            )
        else:
            found = translate(
                "connection_check",
                "Connected with the service key: {count} grade columns found. The LMS family "
                "cannot be learned without an ltik; choose it below if known.",
                None,
                count,
            )
        return found.format(count=count)
    user = (
        token.user.name
        or token.user.email
        or token.user.id
        or translate("connection_check", "unknown")
    )
    lines = [
        translate("connection_check", "Connected."),
        translate("connection_check", "Course: {title}").format(
            title=token.course_title or translate("connection_check", "(untitled)")
        ),
        translate("connection_check", "You: {user}").format(user=user),
        translate("connection_check", "LMS: {lms}").format(lms=_lms_text(token)),
        translate("connection_check", "Grades service: available")
        if token.grades_available
        else translate("connection_check", "Grades service: NOT available for this launch"),
    ]
    if token.service_key:
        lines.append(
            translate(
                "connection_check",
                "The course's service key was received and is kept with this connection: it "
                "does not expire, so no further launch is needed.",
            )
        )
    else:
        lines.append(
            translate(
                "connection_check",
                "No service key was offered: the ltik lasts 24 hours. After that, launch the "
                "tool from the LMS again and paste the new ltik here.",
            )
        )
    return "\n".join(lines)
