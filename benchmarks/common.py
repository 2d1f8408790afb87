"""What a benchmark reports: a figure, its target and whether the target is met."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass

from gradebook_gui.api import Credentials


@dataclass(frozen=True)
class Measurement:
    benchmark: str
    figure: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None  # None: reported, no target

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @staticmethod
    def table(measurements: Sequence[Measurement]) -> str:
        rows = [("benchmark", "figure", "value", "target", "met")]
        for m in measurements:
            verdict = "" if m.met is None else ("yes" if m.met else "NO")
            rows.append((m.benchmark, m.figure, f"{m.value:.3g} {m.unit}", m.target, verdict))
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        return "\n".join(
            "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
        )


@dataclass(frozen=True)
class ExternalSandbox:
    base_url: str
    credentials: Credentials
    first_line_item_id: str


@contextmanager
def external_sandbox(*arguments: str) -> Iterator[ExternalSandbox]:
    """The sandbox in its own process, as LTIAAS is on its own machine: its CPU time is not
    charged to the client being measured, and it does not compete for the client's GIL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "gradebook_gui.sandbox", "--port", "0", *arguments],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stdout is not None
    values: dict[str, str] = {}
    try:
        for line in process.stdout:
            if line.startswith("export "):
                name, _, value = line.removeprefix("export ").strip().partition("=")
                values[name] = value
            elif line.startswith("# first line item: "):
                values["line_item"] = line.removeprefix("# first line item: ").strip()
                break
        yield ExternalSandbox(
            base_url=values["GRADEBOOK_BASE_URL"],
            credentials=Credentials(
                api_key=values["GRADEBOOK_API_KEY"],
                service_key=values["GRADEBOOK_SERVICE_KEY"],
            ),
            first_line_item_id=values["line_item"],
        )
    finally:
        process.terminate()
        process.wait(timeout=10)
