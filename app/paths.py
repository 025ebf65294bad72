"""Where things are: the bundled migrations and resources, and the user's data directory.

The migrations and resources sit at the top of the source tree and inside the package once installed
(see ``[tool.setuptools] package-dir`` in pyproject.toml), or next to the executable when frozen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_ID, APP_NAME, ORG_NAME

_PACKAGE_DIR = Path(__file__).resolve().parent

# Environment overrides; the test suite sets both so it never touches the real user profile.
ENV_DATA_DIR = "THUKY_ISO_DATA_DIR"
ENV_CONFIG_DIR = "THUKY_ISO_CONFIG_DIR"


def _bundled(name: str) -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / name)
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found (looked in {candidates})")


def migrations_dir() -> Path:
    return _bundled("migrations")


def resources_dir() -> Path:
    return _bundled("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _qt_location(kind: str) -> Path:
    # Imported lazily: the CLI's read-only commands should not pay for Qt when a folder is given.
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    if not QCoreApplication.organizationName():
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_ID)
    location = getattr(QStandardPaths.StandardLocation, kind)
    return Path(QStandardPaths.writableLocation(location))


def default_data_dir() -> Path:
    """The per-user application-data folder, e.g. %APPDATA%/ThuKyISO/thuky-iso on Windows."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return _qt_location("AppDataLocation")


def config_dir() -> Path:
    """Per-user folder for preferences and window state (never inside the data directory)."""
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return _qt_location("AppConfigLocation")


__all__ = ["APP_NAME", "config_dir", "default_data_dir", "migrations_dir", "resource", "resources_dir"]
