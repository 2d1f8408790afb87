"""Run the benchmarks, print a table and write benchmarks/results/latest.json.

Usage: python -m benchmarks [NAME ...] [--quick]
Every figure is a ratio measured in one run, or a count: these machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from benchmarks import load, window
from benchmarks.common import Measurement

BENCHMARKS = {"load": load.run, "window": window.run}
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
        measurements.extend(BENCHMARKS[name](quick=args.quick))

    report = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()}, "
        f"Python {platform.python_version()}",
        "quick": args.quick,
        "measurements": [m.as_dict() for m in measurements],
    }
    RESULTS_DIR.mkdir(exist_ok=True)
    (RESULTS_DIR / "latest.json").write_text(json.dumps(report, indent=2) + "\n")
    print(f"machine: {report['machine']}")
    print(Measurement.table(measurements))
    print(f"written to {RESULTS_DIR / 'latest.json'}")
    return 0 if all(m.met is not False for m in measurements) else 1


if __name__ == "__main__":
    sys.exit(main())
