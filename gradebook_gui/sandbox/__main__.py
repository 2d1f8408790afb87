"""`python -m gradebook_gui.sandbox`: run the sandbox until Ctrl+C."""

from gradebook_gui.sandbox.cli import serve

raise SystemExit(serve())
