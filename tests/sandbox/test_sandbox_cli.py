"""`gradebook sandbox`: prints pasteable settings, serves, and stops cleanly on Ctrl+C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from gradebook_gui.sandbox import Sandbox, SandboxOptions
from gradebook_gui.sandbox.cli import serve

EXPORTED = ("GRADEBOOK_BASE_URL", "GRADEBOOK_API_KEY", "GRADEBOOK_LTIK", "GRADEBOOK_SERVICE_KEY")


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to the child process")
def test_serve_prints_exports_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "gradebook_gui.sandbox", "--port", "0", "--platform", "canvas",
         "--seed", "3", "--students", "12"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        assert process.stdout is not None
        banner = []
        for line in process.stdout:
            banner.append(line.rstrip("\n"))
            if line.startswith("Press Ctrl+C"):
                break
        exports = dict(
            line.removeprefix("export ").split("=", 1)
            for line in banner
            if line.startswith("export ")
        )
        assert set(exports) == set(EXPORTED)
        expected = Sandbox(SandboxOptions(platform="canvas", seed=3)).credentials
        assert exports["GRADEBOOK_API_KEY"] == expected.api_key
        assert exports["GRADEBOOK_LTIK"] == expected.ltik
        assert exports["GRADEBOOK_SERVICE_KEY"] == expected.service_key
        base_url = exports["GRADEBOOK_BASE_URL"]
        assert any(base_url in line and "listening" in line for line in banner)
        assert any(
            "https://canvas.example.edu/api/lti/courses/101/line_items/12" in line
            for line in banner
        )

        header = {"Authorization": f"LTIK-AUTH-V2 {expected.api_key}:{expected.ltik}"}
        token = httpx.get(f"{base_url}/api/idtoken", headers=header, timeout=5).json()
        assert token["platform"]["productFamilyCode"] == "canvas"
    finally:
        process.send_signal(signal.SIGINT)
        _, errors = process.communicate(timeout=10)
    assert process.returncode == 0
    assert "Traceback" not in errors


def test_serve_reports_a_busy_port(sandbox: Sandbox, capsys: pytest.CaptureFixture[str]) -> None:
    assert serve(["--port", str(sandbox.port)]) == 2
    assert f"127.0.0.1:{sandbox.port}" in capsys.readouterr().err


def test_serve_refuses_bad_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        serve(["--page-size", "500", "--port", "0"])
    assert exit_info.value.code == 2
    assert "page_size" in capsys.readouterr().err
