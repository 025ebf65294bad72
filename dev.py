#!/usr/bin/env python3
"""Set-up in one command, on Windows and Linux, with only Python 3.11+ installed.

    python dev.py run [app arguments]   start Thư ký ISO (creates .venv and installs what it needs)
    python dev.py test                  ruff, mypy (app/models, app/services) and the whole pytest suite

For developers:
    python dev.py migration "message"   autogenerate an Alembic migration from the models
    python dev.py i18n                  refresh resources/translations/thuky_iso_en.ts (Qt Linguist)

The virtual environment lives in .venv next to this file; it is (re)installed when pyproject.toml
changes. Only the standard library is used here, so this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".deps-stamp"


def venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv() -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this file runs before the venv exists
        sys.exit(f"Cần Python 3.11 trở lên (đang dùng {sys.version.split()[0]}).")
    python = venv_python()
    if not python.exists():
        print("Đang tạo môi trường ảo .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != wanted:
        print("Đang cài các thư viện cần thiết (lần đầu có thể mất vài phút) ...", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[test]"],
            cwd=ROOT,
            check=True,
        )
        STAMP.write_text(wanted)
    return python


def run_app(python: Path, args: list[str]) -> int:
    return subprocess.call([str(python), "-m", "app", *args], cwd=ROOT)


def run_tests(python: Path, args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    steps = [
        ("ruff check", [str(python), "-m", "ruff", "check", "app", "tests", "migrations", "dev.py"]),
        (
            "ruff format",
            [str(python), "-m", "ruff", "format", "--check", "app", "tests", "migrations", "dev.py"],
        ),
        ("mypy", [str(python), "-m", "mypy"]),
        ("pytest", [str(python), "-m", "pytest", *args]),
    ]
    failed = []
    for name, command in steps:
        print(f"== {name}", flush=True)
        if subprocess.call(command, cwd=ROOT, env=env) != 0:
            failed.append(name)
    if failed:
        print(f"THẤT BẠI: {', '.join(failed)}", flush=True)
        return 1
    print("Tất cả kiểm tra đều đạt.", flush=True)
    return 0


MIGRATION_SCRIPT = """
import sys, tempfile, pathlib
from alembic import command
from app.services.migrations import alembic_config, script_directory
with tempfile.TemporaryDirectory() as tmp:
    cfg = alembic_config()
    cfg.set_main_option("sqlalchemy.url", "sqlite:///" + str(pathlib.Path(tmp) / "head.sqlite3"))
    command.upgrade(cfg, "head")
    number = len(list(script_directory().walk_revisions())) + 1
    cfg.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    command.revision(cfg, message=sys.argv[1], autogenerate=True, rev_id=f"{number:04d}")
"""


def new_migration(python: Path, args: list[str]) -> int:
    if not args:
        print('Cách dùng: python dev.py migration "what changed"')
        return 2
    return subprocess.call([str(python), "-c", MIGRATION_SCRIPT, args[0]], cwd=ROOT)


def update_translations(python: Path) -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))
    lupdate = python.parent / ("pyside6-lupdate.exe" if os.name == "nt" else "pyside6-lupdate")
    target = ROOT / "resources" / "translations" / "thuky_iso_en.ts"
    return subprocess.call([str(lupdate), *sources, "-ts", str(target)], cwd=ROOT)


def main(argv: list[str]) -> int:
    commands = ("run", "test", "migration", "i18n")
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    python = ensure_venv()
    if argv[0] == "run":
        return run_app(python, argv[1:])
    if argv[0] == "migration":
        return new_migration(python, argv[1:])
    if argv[0] == "i18n":
        return update_translations(python)
    return run_tests(python, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
