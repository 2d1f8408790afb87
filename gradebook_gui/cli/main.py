"""The `gradebook` command: the same layers as the window, driven from a terminal or a script.

Exit codes (every command): 0 done; 1 done in part; 2 usage or invalid input, nothing sent;
3 stopped by authentication, network or local trouble (a full disk, a read-only data folder),
work kept.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from gradebook_gui import __version__, last_view
from gradebook_gui.api import (
    ApiError,
    AuthError,
    Credentials,
    LtiaasClient,
)
from gradebook_gui.api.errors import next_steps_from
from gradebook_gui.cli import grid as grid_cli
from gradebook_gui.cli import output, sending
from gradebook_gui.cli.errors import CommandFailed, ExitCode, describe_failure, next_step
from gradebook_gui.config import CredentialKind, Profile, ProfileStore
from gradebook_gui.connection import (
    API_KEY_ENV,
    LTIK_ENV,
    SERVICE_KEY_ENV,
    Connection,
    learn_from_launch,
    resolve_connection,
)
from gradebook_gui.credentials import SecretStorage
from gradebook_gui.engine import ConflictPolicy, EngineOptions
from gradebook_gui.exchange import export
from gradebook_gui.exchange.importer import MatchBy
from gradebook_gui.exchange.xlsx import write_results_xlsx
from gradebook_gui.models import IdToken, PlatformFamily


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(ExitCode.USAGE, f"gradebook: {message}\n")


def _debug_option(default: object) -> _Parser:
    parent = _Parser(add_help=False)
    parent.add_argument(
        "--debug", action="store_true", default=default, help="show tracebacks and HTTP logging"
    )
    return parent


def build_parser() -> argparse.ArgumentParser:
    connection = _Parser(add_help=False)
    group = connection.add_argument_group("connection (flags, then environment, then profile)")
    group.add_argument("--profile", help="a saved connection (see 'gradebook profile list')")
    group.add_argument("--base-url", help="LTIAAS address, e.g. https://myschool.ltiaas.com")
    group.add_argument(
        "--platform",
        choices=[family.value for family in PlatformFamily],
        help="the LMS family when it cannot be learned from a launch (default: spec rules)",
    )
    # --debug is accepted before and after the command: a command's own default must not
    # overwrite a --debug given before it, so only the main parser has one.
    common = _debug_option(argparse.SUPPRESS)

    parser = _Parser(
        prog="gradebook",
        description="Read and write LMS grades through LTIAAS.",
        epilog=(
            f"Secrets come from the environment ({API_KEY_ENV}, {LTIK_ENV}, {SERVICE_KEY_ENV}) "
            "or the keyring of a profile, never from arguments. Exit codes: 0 done, 1 done in "
            "part, 2 usage or invalid input, 3 stopped by authentication, network or local "
            "trouble (work kept)."
        ),
        parents=[_debug_option(False)],
    )
    parser.add_argument("--version", action="version", version=f"gradebook {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    sandbox = commands.add_parser(
        "sandbox",
        help="run the built-in local LTIAAS sandbox",
        add_help=False,
        description="Run the local LTIAAS sandbox (see 'gradebook sandbox --help').",
    )
    sandbox.add_argument("sandbox_args", nargs=argparse.REMAINDER)

    profile = commands.add_parser("profile", help="saved connections", parents=[common])
    profile_commands = profile.add_subparsers(dest="profile_command", required=True)
    add = profile_commands.add_parser(
        "add",
        parents=[common],
        help="save a connection; secrets are read from the environment or prompted for",
    )
    add.add_argument("name")
    add.add_argument("--base-url", required=True)
    add.add_argument(
        "--kind",
        choices=[kind.value for kind in CredentialKind],
        help="which launch credential to keep (default: what is given)",
    )
    add.add_argument("--platform", choices=[family.value for family in PlatformFamily])
    add.set_defaults(handler=_profile_add)
    listing = profile_commands.add_parser("list", parents=[common], help="list saved connections")
    listing.set_defaults(handler=_profile_list)
    remove = profile_commands.add_parser(
        "remove", parents=[common], help="forget a connection and its secrets"
    )
    remove.add_argument("name")
    remove.set_defaults(handler=_profile_remove)
    test = profile_commands.add_parser("test", parents=[common], help="check a connection")
    test.add_argument("name")
    test.set_defaults(handler=_profile_test)

    line_items = commands.add_parser(
        "line-items", help="list the gradebook columns", parents=[common, connection]
    )
    line_items.add_argument("--format", choices=["table", "json", "csv"], default="table")
    line_items.set_defaults(handler=_line_items)

    results = commands.add_parser(
        "results",
        help="every learner's grade in one column",
        parents=[common, connection],
        description=(
            "List every learner with their grade. 'json' is the raw view; 'csv' is the "
            "spreadsheet view that 'gradebook submit' reads back."
        ),
    )
    results.add_argument("line_item_id", metavar="LINE_ITEM_ID")
    results.add_argument("--user", metavar="USER_ID", help="only this student")
    results.add_argument("--format", choices=["table", "json", "csv", "xlsx"], default="table")
    results.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    results.set_defaults(handler=_results)

    sending_options = _Parser(add_help=False)
    sending_options.add_argument(
        "--concurrency", type=int, default=4, help="requests at once, 1-16 (default 4)"
    )
    sending_options.add_argument(
        "--on-conflict",
        choices=[policy.value for policy in ConflictPolicy],
        default=ConflictPolicy.SKIP.value,
        help="a grade changed in the LMS since the file's base: skip it (default), send mine, "
        "or keep theirs",
    )
    submit = commands.add_parser(
        "submit",
        help="send the grades of a CSV or XLSX file",
        parents=[common, connection, sending_options],
        description=(
            "Send the grades in FILE (userId and score columns; optional comment, maximum, "
            "activityProgress, gradingProgress and the base_ columns of an export). A blank "
            "cell leaves that grade alone; rows equal to the LMS are not sent. Any invalid row "
            "refuses the whole file unless --skip-invalid. With --grid FILE instead of "
            "LINE_ITEM_ID FILE: every changed cell of a 'gradebook grid' file, by the same rules."
        ),
    )
    submit.add_argument("line_item_id", metavar="LINE_ITEM_ID", nargs="?")
    submit.add_argument("file", metavar="FILE", type=Path, nargs="?")
    submit.add_argument(
        "--grid",
        metavar="FILE",
        type=Path,
        help="a whole-course file written by 'gradebook grid' (instead of LINE_ITEM_ID FILE)",
    )
    submit.add_argument(
        sending.INCLUDE_INACTIVE_FLAG,
        action="store_true",
        help="also send grades of learners who are not active students of the course "
        "(inactive, deleted, or no longer on the roster; most LMSes refuse them)",
    )
    submit.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    submit.add_argument(
        sending.VERBOSE_FLAG,
        action="store_true",
        help="list every row of the plan, also those left unchanged or blank (a dry run counts "
        "them in one line)",
    )
    submit.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    submit.add_argument("--skip-invalid", action="store_true", help="send the valid rows only")
    submit.add_argument("--id-column", help="the column naming the student")
    submit.add_argument("--score-column", help="the column holding the score")
    submit.add_argument("--comment-column", help="the column holding the comment")
    submit.add_argument(
        "--match",
        choices=[MatchBy.USER_ID.value, MatchBy.EMAIL.value],
        default=MatchBy.USER_ID.value,
        help="what the id column holds (default userId)",
    )
    submit.set_defaults(handler=_submit)

    grid = commands.add_parser(
        "grid",
        help="the whole course: every learner, one score column per line item",
        parents=[common, connection],
        description=(
            "Every learner with their score in every line item. 'csv' and 'xlsx' keep the "
            "downloaded values beside the scores (base: columns, a hidden sheet) for "
            "'gradebook submit --grid'; 'json' is the raw view."
        ),
    )
    grid.add_argument("--format", choices=["table", "csv", "xlsx", "json"], default="table")
    grid.add_argument("--output", metavar="FILE", help="write to FILE instead of stdout")
    grid.set_defaults(handler=_grid)

    sync = commands.add_parser(
        "sync",
        help="finish sending what is queued (after an interrupted submit or an offline session)",
        parents=[common, connection, sending_options],
    )
    sync.set_defaults(handler=_sync)

    outbox = commands.add_parser("outbox", help="grades waiting to be sent", parents=[common])
    outbox_commands = outbox.add_subparsers(dest="outbox_command", required=True)
    outbox_list = outbox_commands.add_parser(
        "list", parents=[common, connection], help="queued, in flight, failed or in conflict"
    )
    outbox_list.set_defaults(handler=_outbox_list)
    discard = outbox_commands.add_parser(
        "discard", parents=[common, connection], help="drop queued grades without sending them"
    )
    discard.add_argument("line_item_id", metavar="LINE_ITEM_ID", nargs="?")
    discard.add_argument("--user", metavar="USER_ID")
    discard.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    discard.set_defaults(handler=_outbox_discard)

    forget = commands.add_parser(
        "forget",
        help="remove the local data kept for a line item or the whole connection",
        parents=[common, connection],
    )
    forget.add_argument("line_item_id", metavar="LINE_ITEM_ID", nargs="?")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    forget.set_defaults(handler=_forget)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:2] == ["--debug", "sandbox"]:
        argv = argv[1:]  # the sandbox logs its requests itself
    if argv[:1] == ["sandbox"]:
        # The sandbox has its own options; argparse's REMAINDER would refuse a leading --port.
        return _sandbox(argv[1:])
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.debug else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler: Callable[[argparse.Namespace], int] = args.handler
    command = _command_name(args)
    try:
        # Errors met while the command runs, also those the sending engine reports, end with
        # what to do at a terminal instead of the window's advice.
        with next_steps_from(lambda error: next_step(error, command)):
            return handler(args)
    except KeyboardInterrupt:
        print("gradebook: interrupted", file=sys.stderr)
        return ExitCode.STOPPED
    except Exception as error:  # one clear line for the user; the traceback only with --debug
        code, message = describe_failure(error, command)
        if args.debug or code is None:
            # Straight to stderr: a logging set-up made before main() must not swallow it.
            traceback.print_exception(error, file=sys.stderr)
        print(f"gradebook: {message}", file=sys.stderr)
        return code if code is not None else ExitCode.STOPPED


def _command_name(args: argparse.Namespace) -> str:
    """The command as typed after 'gradebook': "results", "profile test"."""
    sub = getattr(args, "profile_command", None) or getattr(args, "outbox_command", None)
    return f"{args.command} {sub}" if sub else args.command


def _connect(args: argparse.Namespace) -> tuple[Connection, LtiaasClient]:
    connection = _local_connection(args)
    client = connection.client()
    if connection.credentials.ltik and connection.platform is PlatformFamily.unknown:
        connection, _ = learn_from_launch(connection, client)
    return connection, client


def _sandbox(argv: list[str]) -> int:
    from gradebook_gui.sandbox.cli import serve

    return serve(argv)


def _line_items(args: argparse.Namespace) -> int:
    _, client = _connect(args)
    with client:
        items = client.line_items()
    output.emit(output.line_items(items, args.format), None)
    return ExitCode.OK


def _results(args: argparse.Namespace) -> int:
    _, client = _connect(args)
    with client, output.Progress() as progress:
        line_item = client.get_line_item(args.line_item_id)
        results, members = client.fetch_results_and_roster(
            line_item.id,
            user_id=args.user,
            on_results_page=progress.results_page,
            on_members_page=progress.members_page,
        )
    grades = output.join_for_user(members, results, args.user)
    if args.output and args.format in ("csv", "xlsx"):
        write = export.write_results_csv if args.format == "csv" else write_results_xlsx
        for warning in write(Path(args.output), line_item, grades, export.utc_timestamp()):
            print(f"gradebook: warning: {warning}", file=sys.stderr)
        print(f"Wrote {args.output}", file=sys.stderr)
    elif args.format == "xlsx":
        raise CommandFailed("--format xlsx needs --output FILE", ExitCode.USAGE)
    else:
        output.emit(output.results(line_item, grades, args.format), args.output)
    return ExitCode.OK


def _grid(args: argparse.Namespace) -> int:
    _, client = _connect(args)
    with client:
        return grid_cli.export_grid(client, args.format, args.output)


def _submit(args: argparse.Namespace) -> int:
    options = sending.engine_options(args.concurrency, args.on_conflict)
    if args.grid is not None:
        return _submit_grid(args, options)
    if args.line_item_id is None or args.file is None:
        raise CommandFailed("submit needs LINE_ITEM_ID FILE, or --grid FILE", ExitCode.USAGE)
    connection, client = _connect(args)
    with client:
        return sending.submit(
            connection,
            client,
            args.line_item_id,
            args.file,
            mapping_flags={
                "id_column": args.id_column,
                "score_column": args.score_column,
                "comment_column": args.comment_column,
            },
            match=args.match,
            dry_run=args.dry_run,
            verbose=args.verbose,
            assume_yes=args.yes,
            skip_invalid=args.skip_invalid,
            include_inactive=args.include_inactive,
            options=options,
        )


def _submit_grid(args: argparse.Namespace, options: EngineOptions) -> int:
    if args.line_item_id is not None or args.file is not None:
        raise CommandFailed(
            "--grid FILE replaces LINE_ITEM_ID FILE: give one or the other", ExitCode.USAGE
        )
    for flag, value in (
        ("--id-column", args.id_column),
        ("--score-column", args.score_column),
        ("--comment-column", args.comment_column),
    ):
        if value is not None:
            raise CommandFailed(
                f"{flag} does not go with --grid: a grid file names its columns itself",
                ExitCode.USAGE,
            )
    if args.match != MatchBy.USER_ID.value:
        raise CommandFailed("--grid files match learners by userId only", ExitCode.USAGE)
    connection, client = _connect(args)
    with client:
        return grid_cli.submit_grid(
            connection,
            client,
            args.grid,
            dry_run=args.dry_run,
            verbose=args.verbose,
            assume_yes=args.yes,
            skip_invalid=args.skip_invalid,
            include_inactive=args.include_inactive,
            options=options,
        )


def _sync(args: argparse.Namespace) -> int:
    options = sending.engine_options(args.concurrency, args.on_conflict)
    connection, client = _connect(args)
    with client:
        return sending.sync(connection, client, options)


def _local_connection(args: argparse.Namespace) -> Connection:
    """The connection, for commands that only touch local data (no request is made)."""
    platform = PlatformFamily(args.platform) if args.platform else None
    return resolve_connection(base_url=args.base_url, profile_name=args.profile, platform=platform)


def _outbox_list(args: argparse.Namespace) -> int:
    return sending.outbox_list(_local_connection(args))


def _outbox_discard(args: argparse.Namespace) -> int:
    return sending.outbox_discard(_local_connection(args), args.line_item_id, args.user, args.yes)


def _forget(args: argparse.Namespace) -> int:
    return sending.forget(_local_connection(args), args.line_item_id, args.yes)


def _read_secret(env_name: str, prompt: str, required: bool) -> str | None:
    value = os.environ.get(env_name)
    if value:
        return value
    if not sys.stdin.isatty():
        if required:
            raise CommandFailed(
                f"no {prompt}: set {env_name}, or run on a terminal to be asked for it",
                ExitCode.USAGE,
            )
        return None
    typed = getpass.getpass(f"{prompt} (input hidden{'' if required else ', Enter to skip'}): ")
    return typed.strip() or None


def _profile_add(args: argparse.Namespace) -> int:
    storage = SecretStorage()
    secrets, status = storage.store, storage.status
    if not status.persistent:
        raise CommandFailed(
            f"{status.message} The profile was not saved; use the environment variables "
            f"{API_KEY_ENV} and {LTIK_ENV} or {SERVICE_KEY_ENV} instead.",
            ExitCode.USAGE,
        )
    kind = CredentialKind(args.kind) if args.kind else None
    api_key = _read_secret(API_KEY_ENV, "LTIAAS API key", required=True)
    ltik = (
        _read_secret(LTIK_ENV, "ltik from a launch", required=kind is CredentialKind.LTIK)
        if kind in (None, CredentialKind.LTIK, CredentialKind.BOTH)
        else None
    )
    service_key = (
        _read_secret(SERVICE_KEY_ENV, "service key", required=kind is CredentialKind.SERVICE_KEY)
        if kind in (None, CredentialKind.SERVICE_KEY, CredentialKind.BOTH) and not ltik
        else None
    )
    if not (ltik or service_key):
        raise CommandFailed("a profile needs an ltik or a service key", ExitCode.USAGE)
    assert api_key is not None
    platform = PlatformFamily(args.platform) if args.platform else PlatformFamily.unknown
    profile = Profile(name=args.name, base_url=args.base_url, platform=platform)
    connection = Connection(
        base_url=profile.base_url,
        credentials=Credentials(api_key=api_key, ltik=ltik, service_key=service_key),
        platform=platform,
        profile=profile.name,
    )
    code = ExitCode.OK
    course_title = None
    if ltik:
        try:
            with connection.client() as client:
                connection, token = learn_from_launch(connection, client)
            course_title = token.course_title
            _print_launch_summary(token)
        except ApiError as error:
            print(f"gradebook: saved, but the launch could not be read: {error}", file=sys.stderr)
            code = ExitCode.PARTIAL
    stored_kind = (
        CredentialKind.BOTH
        if connection.credentials.ltik and connection.credentials.service_key
        else CredentialKind.LTIK
        if connection.credentials.ltik
        else CredentialKind.SERVICE_KEY
    )
    profile = profile.model_copy(
        update={
            "credential_kind": stored_kind,
            "platform": connection.platform,
            "course_title": course_title,
        }
    )
    secrets.save(profile.name, connection.credentials)
    ProfileStore().save(profile)
    print(f"Saved profile {profile.name!r} ({status.message})")
    return code


def _print_launch_summary(token: IdToken) -> None:
    print(f"Course: {token.course_title or '(untitled)'}")
    print(f"LMS: {token.platform_family.value}")
    print(f"Grades service: {'available' if token.grades_available else 'NOT available'}")
    if token.service_key:
        print("The course's service key was stored: it does not expire.")
    else:
        print("No service key was offered: the ltik lasts 24 hours, then launch the tool again.")


def _profile_list(args: argparse.Namespace) -> int:
    profiles = ProfileStore().all()
    if not profiles:
        print("No profiles yet. Add one with 'gradebook profile add NAME --base-url URL'.")
        return ExitCode.OK
    table = [
        [p.name, p.base_url, p.credential_kind.value, p.platform.value, p.course_title or ""]
        for p in profiles
    ]
    print(output.format_table(["name", "base URL", "credential", "LMS", "course"], table))
    return ExitCode.OK


def _profile_remove(args: argparse.Namespace) -> int:
    ProfileStore().remove(args.name)
    SecretStorage().store.delete_profile(args.name)
    # The rows the window kept of this connection for its next start go with it.
    last_view.forget_of(args.name)
    print(f"Removed profile {args.name!r} and its secrets.")
    return ExitCode.OK


def _profile_test(args: argparse.Namespace) -> int:
    connection = resolve_connection(profile_name=args.name, environ={})
    with connection.client() as client:
        if connection.credentials.ltik:
            try:
                _print_launch_summary(client.id_token())
            except AuthError:
                if not connection.credentials.service_key:
                    raise
                print("The ltik has expired; checking the service key instead.")
        items = client.line_items()
    print(f"OK: {len(items)} line items reachable at {connection.base_url}")
    return ExitCode.OK
