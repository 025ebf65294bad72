"""What ``pip install .`` ships: every package, the migrations and the resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_package_under_app_is_listed_for_installation():
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "app").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= _listed_packages()


def test_migrations_and_resources_ship_inside_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_dir = config["tool"]["setuptools"]["package-dir"]
    assert package_dir["app.migrations"] == "migrations"
    assert package_dir["app.resources"] == "resources"
    assert {"app.migrations", "app.migrations.versions", "app.resources"} <= _listed_packages()
    data = config["tool"]["setuptools"]["package-data"]
    assert "versions/*.py" in data["app.migrations"]


def test_no_qt_in_models_and_services():
    import re

    importing = re.compile(r"^\s*(from|import)\s+(PySide6|app\.ui)\b", re.MULTILINE)
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("app/models", "app/services")
        for path in (ROOT / folder).rglob("*.py")
        if importing.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_importing_the_services_loads_no_qt():
    import subprocess
    import sys

    code = (
        "import sys, app.bootstrap, app.cli, app.services.demo, app.services.backup;"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
