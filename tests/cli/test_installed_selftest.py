"""``selftest`` passes from an installed copy: a wheel of the project, installed into a folder of its
own and run from elsewhere, finds its fonts, translations and migrations inside the installed package."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_selftest_passes_from_an_installed_wheel(tmp_path):
    # Build from a copy of the sources, so nothing (build/, *.egg-info) is written into the work tree.
    source = tmp_path / "source"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for folder in ("app", "migrations", "resources"):
        shutil.copytree(ROOT / folder, source / folder, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    quiet = ["--quiet", "--disable-pip-version-check", "--no-deps"]
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            *quiet,
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(source),
        ],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    (wheel,) = wheels.glob("thuky_iso-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "app/selftest.py" in names
    assert {"app/migrations/env.py", "app/migrations/script.py.mako"} <= names
    assert any(re.fullmatch(r"app/migrations/versions/0001_.*\.py", n) for n in names)
    assert any(re.fullmatch(r"app/resources/fonts/.*\.ttf", n) for n in names)
    for path in (ROOT / "resources" / "translations").glob("*.qm"):
        assert f"app/resources/translations/{path.name}" in names

    site = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", *quiet, "--no-index", "--target", str(site), str(wheel)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = dict(os.environ, PYTHONPATH=str(site), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONSAFEPATH", None)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, *args],
            cwd=elsewhere,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
            stdin=subprocess.DEVNULL,
        )

    probe = run("-c", "import app; print(app.__file__)")
    assert probe.returncode == 0, probe.stderr
    assert Path(probe.stdout.strip()).resolve() == (site / "app" / "__init__.py").resolve()

    result = run("-m", "app", "selftest")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert re.fullmatch(r"selftest ok \d+ ms", lines[-1]), result.stdout
    installed = str((site / "app").resolve())
    for heading in ("Phông chữ:", "Bản dịch:", "Chuyển đổi dữ liệu:"):
        (line,) = [line for line in lines if line.startswith(heading)]
        assert installed in line, line
