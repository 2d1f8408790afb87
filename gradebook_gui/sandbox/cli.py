"""Run the sandbox from a shell, printing the settings that point the app at it."""

from __future__ import annotations

import argparse
import shlex
import sys
import time

from gradebook_gui.sandbox.options import PLATFORMS, RATE_LIMIT_STYLES, SandboxOptions
from gradebook_gui.sandbox.server import Sandbox
from gradebook_gui.sandbox.throttle import RETRY_AFTER_STYLES

DEFAULT_PORT = 8765


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gradebook sandbox",
        description="Run a local LTIAAS look-alike with a seeded demo course on 127.0.0.1.",
    )
    defaults = SandboxOptions()
    parser.add_argument(
        "--platform",
        choices=PLATFORMS,
        default=defaults.platform,
        help="which LMS to imitate (default: %(default)s)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=defaults.seed,
        help="seed of the demo course and credentials (default: %(default)s)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help="port on 127.0.0.1; 0 picks a free one (default: %(default)s)",
    )
    parser.add_argument(
        "--students",
        type=int,
        default=defaults.students,
        help="learners in the course (default: %(default)s)",
    )
    parser.add_argument(
        "--line-items",
        type=int,
        default=defaults.line_items,
        help="gradebook columns (default: %(default)s)",
    )
    parser.add_argument(
        "--page-size",
        type=int,
        default=defaults.page_size,
        help="items per page when no limit is sent (default: %(default)s)",
    )
    parser.add_argument(
        "--latency-ms",
        type=float,
        default=defaults.latency_ms,
        help="how long each answer takes from the request's arrival, in milliseconds "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--page-latency-ms",
        type=float,
        default=defaults.page_latency_ms,
        help="further delay before each page of a list (line items, results, roster), in "
        "milliseconds: an LMS takes longer for a page than for a score (default: %(default)s)",
    )
    parser.add_argument(
        "--fault-rate",
        type=float,
        default=defaults.fault_rate,
        help="share of API requests, reads and writes alike, answered 503 with Retry-After: 1 "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--drop-rate",
        type=float,
        default=defaults.drop_rate,
        help="share of API requests, reads and writes alike, whose connection is closed without "
        "an answer and with nothing applied (default: %(default)s)",
    )
    parser.add_argument(
        "--trickle-rate",
        type=float,
        default=defaults.trickle_rate,
        help="share of answers sent a few bytes at a time, to try client deadlines "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--trickle-bytes",
        type=int,
        default=defaults.trickle_bytes,
        help="bytes per piece of a trickled answer (default: %(default)s)",
    )
    parser.add_argument(
        "--trickle-delay-ms",
        type=float,
        default=defaults.trickle_delay_ms,
        help="pause between the pieces of a trickled answer, in milliseconds "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        default=None,
        help="requests per second allowed per API key, every request counting (default: unlimited)",
    )
    parser.add_argument(
        "--rate-burst",
        type=int,
        default=None,
        help="requests a full bucket lets through at once under --rate-limit "
        "(default: as many as --rate-limit)",
    )
    parser.add_argument(
        "--retry-after",
        choices=RETRY_AFTER_STYLES,
        default=defaults.retry_after,
        help="Retry-After of a 429 in whole seconds rounded up, at least 1, or the exact wait "
        "in seconds with milliseconds (default: %(default)s)",
    )
    parser.add_argument(
        "--rate-limit-style",
        choices=RATE_LIMIT_STYLES,
        default=defaults.rate_limit_style,
        help="how --rate-limit refuses: ltiaas (429 with Retry-After), canvas (Canvas's cost-based "
        "quota relayed by LTIAAS: 403 'Rate Limit Exceeded', no Retry-After, the quota left in "
        "X-Rate-Limit-Remaining on every answer) or canvas-429 (the same answered 429) "
        "(default: %(default)s)",
    )
    return parser


def serve(argv: list[str] | None = None) -> int:
    """Serve until Ctrl+C; 0 on a clean stop, 2 on bad options or a port already in use."""
    parser = build_parser()
    arguments = parser.parse_args(argv)
    try:
        options = SandboxOptions(
            platform=arguments.platform,
            seed=arguments.seed,
            students=arguments.students,
            line_items=arguments.line_items,
            page_size=arguments.page_size,
            latency_ms=arguments.latency_ms,
            page_latency_ms=arguments.page_latency_ms,
            fault_rate=arguments.fault_rate,
            drop_rate=arguments.drop_rate,
            trickle_rate=arguments.trickle_rate,
            trickle_bytes=arguments.trickle_bytes,
            trickle_delay_ms=arguments.trickle_delay_ms,
            rate_limit=arguments.rate_limit,
            rate_burst=arguments.rate_burst,
            retry_after=arguments.retry_after,
            rate_limit_style=arguments.rate_limit_style,
            port=arguments.port,
        )
    except ValueError as problem:
        parser.error(str(problem))
    sandbox = Sandbox(options)
    try:
        sandbox.start()
    except OSError as problem:
        print(f"Cannot listen on 127.0.0.1:{options.port}: {problem}", file=sys.stderr)
        return 2
    try:
        _print_banner(sandbox)
        while True:
            time.sleep(3600)  # the server runs in its own thread; Ctrl+C ends this wait
    except KeyboardInterrupt:
        print("Stopping the sandbox.", flush=True)
    finally:
        sandbox.stop()
    return 0


def _print_banner(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials
    line_item_ids = sandbox.line_item_ids()
    lines = [
        f"LTIAAS sandbox ({sandbox.options.platform}) listening on {sandbox.base_url}",
        "Paste these lines into another shell to point the app at it:",
        f"export GRADEBOOK_BASE_URL={shlex.quote(sandbox.base_url)}",
        f"export GRADEBOOK_API_KEY={shlex.quote(credentials.api_key)}",
        f"export GRADEBOOK_LTIK={shlex.quote(credentials.ltik)}",
        f"export GRADEBOOK_SERVICE_KEY={shlex.quote(credentials.service_key)}",
        f"# first line item: {line_item_ids[0] if line_item_ids else '(none)'}",
        "Press Ctrl+C to stop.",
    ]
    print("\n".join(lines), flush=True)
