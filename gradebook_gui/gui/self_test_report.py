"""The self-test's report: each check's line as soon as it is known, then the verdict."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TextIO


class Outcome(StrEnum):
    OK = "ok"
    WARNING = "warning"
    FAILED = "FAILED"


@dataclass(frozen=True)
class CheckResult:
    check: str
    outcome: Outcome
    detail: str

    @property
    def line(self) -> str:
        return f"{self.outcome.value:<8} {self.check}: {self.detail}"


@dataclass
class SelfTestReport:
    """The checks' results, each printed as soon as it is known."""

    out: TextIO | None
    results: list[CheckResult] = field(default_factory=list)

    def add(self, check: str, outcome: Outcome, detail: str) -> None:
        result = CheckResult(check, outcome, detail)
        self.results.append(result)
        self.write_line(result.line)

    def write_line(self, line: str) -> None:
        # A windowed Windows build has no stdout (print then does nothing); the exit code still
        # tells the verdict.
        print(line, file=self.out if self.out is not None else sys.stdout, flush=True)

    def run(self, check: str, probe: Callable[[], str]) -> None:
        """Run a probe returning what it found; any exception it raises is the failure."""
        try:
            detail = probe()
        except Exception as error:
            self.add(check, Outcome.FAILED, describe_error(error))
        else:
            self.add(check, Outcome.OK, detail)

    @property
    def failures(self) -> list[CheckResult]:
        return [r for r in self.results if r.outcome is Outcome.FAILED]

    @property
    def warnings(self) -> list[CheckResult]:
        return [r for r in self.results if r.outcome is Outcome.WARNING]

    def verdict(self) -> str:
        if self.failures:
            reasons = "; ".join(f"{r.check}: {r.detail}" for r in self.failures)
            return f"self-test FAILED ({_count(self.failures, 'problem')}): {reasons}"
        return f"self-test passed ({_count(self.warnings, 'warning')})"


def _count(results: list[CheckResult], noun: str) -> str:
    return f"{len(results)} {noun}" + ("" if len(results) == 1 else "s")


def describe_error(error: object) -> str:
    if isinstance(error, BaseException):
        return f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    return str(error)
