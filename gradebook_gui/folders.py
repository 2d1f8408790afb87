"""Where the app keeps its files: light enough to import before the window shows.

`config` re-exports these names; the window's start-up reads its saved geometry through them
before the profiles' models (pydantic) are imported.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "gradebook-gui"
CONFIG_DIR_ENV = "GRADEBOOK_CONFIG_DIR"
DATA_DIR_ENV = "GRADEBOOK_DATA_DIR"


def config_dir() -> Path:
    """The folder for settings and profiles; `GRADEBOOK_CONFIG_DIR` relocates it."""
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))


def data_dir() -> Path:
    """The folder for local grade data; `GRADEBOOK_DATA_DIR` relocates it."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))


def ensure_private_dir(path: Path) -> Path:
    """Create `path` readable by the user only: it holds names, emails and grades."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path
