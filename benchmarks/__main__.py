"""Run the benchmarks, print a table and write benchmarks/results/latest.json and latest.md.

Usage: python -m benchmarks [NAME ...] [--quick]
Every figure is a ratio measured in one run, or a count: these machines are shared and noisy.
A benchmark that fails is reported as such and the others still run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import traceback
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import course, importing, load, rate_limit, startup, submit, table, window
from benchmarks.common import Measurement, markdown_table

BENCHMARKS = {
    "submit": submit.run,
    "load": load.run,
    "window": window.run,
    "course": course.run,
    "rate_limit": rate_limit.run,
    "table": table.run,
    "importing": importing.run,
    "startup": startup.run,
}
RESULTS_DIR = Path(__file__).parent / "results"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("names", nargs="*", help="default: all")
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke run")
    args = parser.parse_args()
    unknown = sorted(set(args.names) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}")
    measurements: list[Measurement] = []
    for name in args.names or BENCHMARKS:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            measurements.extend(BENCHMARKS[name](quick=args.quick))
        except Exception as error:
            traceback.print_exc()
            measurements.append(Measurement(name, f"did not finish: {error}", 0, "", "runs", False))

    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}, "
        f"Python {platform.python_version()}",
        "commit": _commit(),
        "quick": args.quick,
        "measurements": [m.as_dict() for m in measurements],
    }
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    heading = f"Measured {report['when']} on {report['machine']}, commit {report['commit']}"
    if args.quick:
        heading += " (--quick: smaller sizes)"
    (RESULTS_DIR / "latest.md").write_text(f"{heading}.\n\n{markdown_table(measurements)}\n")
    print(f"machine: {report['machine']}; commit {report['commit']}")
    print(Measurement.table(measurements))
    print(f"written to {RESULTS_DIR / 'latest.json'} and latest.md")
    return 0 if all(m.met is not False for m in measurements) else 1


def _commit() -> str:
    """The checkout measured: its commit, marked when files differ from it."""
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
        changed = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit} with local changes" if changed else commit


if __name__ == "__main__":
    sys.exit(main())
