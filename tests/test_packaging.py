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


def test_an_installed_copy_runs_from_another_folder(tmp_path):
    """``pip install .`` gives an app that finds its migrations wherever it is started from."""
    import os
    import subprocess
    import sys

    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-deps",
            "--no-build-isolation",
            "--target",
            str(target),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
    )
    assert (target / "app" / "migrations" / "env.py").is_file()
    assert list((target / "app" / "migrations" / "versions").glob("0001_*.py"))
    assert (target / "app" / "resources").is_dir()
    env = dict(os.environ, PYTHONPATH=str(target), PYTHONUTF8="1")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for args in (["demo"], ["check"]):
        result = subprocess.run(
            [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "data"), *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
        )
        assert result.returncode == 0, result.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import app.paths as p; print(p.migrations_dir())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(target) in probe.stdout
