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
import shutil
import subprocess
import sys
import venv
from collections.abc import Callable, Mapping
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


# What Qt's X11 platform plugin (libqxcb.so, with libQt6XcbQpa, libQt6Gui…) needs from a Debian or
# Ubuntu system beyond a minimal install, as ``ldd`` lists it; apt pulls in the rest.
QT_XCB_PACKAGES = (
    "libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0"
    " libxcb-shape0 libxcb-randr0 libxcb-util1 libxcb-xfixes0 libxcb-sync1 libxcb-shm0 libxcb-xkb1"
    " libx11-xcb1 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0"
)
QT_XCB_INSTALL = f"sudo apt-get install -y {QT_XCB_PACKAGES}"


def starts_gui(args: list[str]) -> bool:
    """Whether ``python -m app ARGS`` opens the window (no command, only the global options);
    the commands run without a display (``screenshots`` and ``selftest`` go offscreen)."""
    index = 0
    while index < len(args):
        if args[index] in ("--data-dir", "--today"):
            index += 2
        elif args[index].startswith(("--data-dir=", "--today=")):
            index += 1
        else:
            return False
    return True


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its X11 (xcb) platform plugin: asked for, or the default outside Wayland."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0].split(";")[0] == "xcb"
    return not environ.get("WAYLAND_DISPLAY")


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", each once, in order."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip().startswith("not found") and name.strip() not in missing:
            missing.append(name.strip())
    return missing


def xcb_advice(missing: list[str]) -> str:
    """What to tell a user whose system lacks libraries of Qt's X11 plugin, in Vietnamese and English."""
    names = ", ".join(missing)
    return (
        f"Lỗi: máy thiếu thư viện hệ thống mà Qt cần để mở cửa sổ (X11/xcb): {names}.\n"
        "Cài chúng bằng lệnh sau (Debian/Ubuntu), rồi chạy lại:\n"
        f"Error: this system lacks libraries Qt needs to open a window (X11/xcb): {names}.\n"
        "Install them with this command (Debian/Ubuntu), then run again:\n"
        f"\n    {QT_XCB_INSTALL}\n"
    )


def qt_xcb_plugin(venv_dir: Path = VENV) -> Path | None:
    """Qt's X11 platform plugin inside the virtual environment's PySide6, if there is one."""
    found = sorted(venv_dir.glob("lib/python3*/site-packages/PySide6/Qt/plugins/platforms/libqxcb.so"))
    return found[-1] if found else None


def gui_libraries_problem(
    plugin: Path | None,
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    ldd: Callable[[Path], str | None] | None = None,
) -> str | None:
    """The advice to print when Qt's X11 plugin would fail to load for missing system libraries
    (Linux only, when Qt will use X11); None when all is there or it cannot be told (no ``ldd``)."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux") or plugin is None or not uses_xcb(environ):
        return None
    output = (ldd or _run_ldd)(plugin)
    missing = missing_libraries(output or "")
    return xcb_advice(missing) if missing else None


def _run_ldd(path: Path) -> str | None:
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        return subprocess.run([ldd, str(path)], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def run_app(python: Path, args: list[str]) -> int:
    if starts_gui(args):
        problem = gui_libraries_problem(qt_xcb_plugin())
        if problem:
            print(problem, file=sys.stderr, end="", flush=True)
            return 1
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
