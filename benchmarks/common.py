"""What a benchmark reports: a figure, its target and whether the target is met."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

import httpx

from gradebook_gui.api import Credentials


@dataclass(frozen=True)
class Measurement:
    benchmark: str
    figure: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None  # None: reported, no target

    @property
    def shown_value(self) -> str:
        """Whole numbers as they are, others whole from 100 up and to three digits below."""
        if abs(self.value) >= 100 or float(self.value).is_integer():
            return f"{self.value:.0f}"
        return f"{self.value:.3g}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    @staticmethod
    def table(measurements: Sequence[Measurement]) -> str:
        rows = [("benchmark", "figure", "value", "target", "met")]
        for m in measurements:
            verdict = "" if m.met is None else ("yes" if m.met else "NO")
            rows.append((m.benchmark, m.figure, f"{m.shown_value} {m.unit}", m.target, verdict))
        widths = [max(len(row[i]) for row in rows) for i in range(5)]
        return "\n".join(
            "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows
        )


class SandboxAdmin:
    """The sandbox's loopback control routes (`/_sandbox/...`): what it received and holds.

    They are not API calls: the sandbox neither records them nor delays or rate-limits them.
    """

    def __init__(self, base_url: str) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=60.0)

    def close(self) -> None:
        self._http.close()

    def clear_requests(self) -> None:
        """Forget the request log; the in-flight maxima restart from now."""
        self._call("POST", "clear-requests")

    def max_in_flight(self) -> int:
        """The most API requests in flight at once since the log was cleared."""
        return int(self._call("GET", "max-in-flight")["max_in_flight"])

    def max_in_flight_per_user(self) -> int:
        """The most score posts in flight at once for one student since the log was cleared."""
        return int(self._call("GET", "max-in-flight")["max_in_flight_per_user"])

    def requests(self) -> list[dict[str, Any]]:
        """Every API request since the log was cleared: method, status, started, ended, ..."""
        answer: list[dict[str, Any]] = self._call("GET", "requests")
        return answer

    def results(self, line_item_id: str) -> dict[str, dict[str, Any]]:
        """The results the LMS holds now, by user id, as the API shows them."""
        answer: dict[str, dict[str, Any]] = self._call(
            "GET", "results", params={"line_item_id": line_item_id}
        )
        return answer

    def _call(self, method: str, name: str, params: dict[str, str] | None = None) -> Any:
        response = self._http.request(method, f"/_sandbox/{name}", params=params)
        response.raise_for_status()
        return response.json()


def markdown_table(measurements: Sequence[Measurement]) -> str:
    """The measurements as a Markdown table, one section row per benchmark."""
    lines = ["| figure | value | target | met |", "|---|---:|---|---|"]
    benchmark = None
    for m in measurements:
        if m.benchmark != benchmark:
            benchmark = m.benchmark
            lines.append(f"| **{benchmark}** | | | |")
        verdict = "" if m.met is None else ("yes" if m.met else "**no**")
        lines.append(f"| {m.figure.strip()} | {m.shown_value} {m.unit} | {m.target} | {verdict} |")
    return "\n".join(lines)


@dataclass(frozen=True)
class ExternalSandbox:
    base_url: str
    credentials: Credentials
    first_line_item_id: str
    admin: SandboxAdmin


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
        admin = SandboxAdmin(values["GRADEBOOK_BASE_URL"])
        try:
            yield ExternalSandbox(
                base_url=values["GRADEBOOK_BASE_URL"],
                credentials=Credentials(
                    api_key=values["GRADEBOOK_API_KEY"],
                    ltik=values["GRADEBOOK_LTIK"],
                    service_key=values["GRADEBOOK_SERVICE_KEY"],
                ),
                first_line_item_id=values["line_item"],
                admin=admin,
            )
        finally:
            admin.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
