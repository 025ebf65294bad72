#!/usr/bin/env python3
"""Set-up in one command, on Windows and Linux, with only Python 3.11+ installed.

    python dev.py run [app arguments]   start Thư ký ISO (creates .venv and installs what it needs)
    python dev.py test                  ruff, mypy (app/models, app/services) and the whole pytest suite

For developers:
    python dev.py migration "message"   autogenerate an Alembic migration from the models
    python dev.py i18n                  refresh resources/translations/thuky_iso_en.ts (Qt Linguist)
    python dev.py build                 the frozen program in dist/ (PyInstaller), its smoke run, then
                                        the Linux .tar.gz, or on Windows the installer when Inno Setup 6
                                        is installed (packaging/README.md)
    python dev.py smoke FOLDER          the smoke run of a frozen program's folder (an installed copy)

The virtual environment lives in .venv next to this file; it is (re)installed when pyproject.toml
changes. Only the standard library is used here, so this file runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
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


def parallel_args() -> list[str]:
    """The whole suite on every core (pytest-xdist, up to 4 workers): about 6 minutes instead of 12
    on this project's 2-core machines. Tests named on the command line run in one process."""
    return ["-n", str(max(1, min(os.cpu_count() or 1, 4)))]


def run_tests(python: Path, args: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    steps = [
        ("ruff check", [str(python), "-m", "ruff", "check", "app", "tests", "migrations", "dev.py"]),
        (
            "ruff format",
            [str(python), "-m", "ruff", "format", "--check", "app", "tests", "migrations", "dev.py"],
        ),
        ("mypy", [str(python), "-m", "mypy"]),
        ("pytest", [str(python), "-m", "pytest", *(args or parallel_args())]),
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


# ---- the frozen build (packaging/README.md) ----------------------------------------------------------

SPEC = ROOT / "packaging" / "thuky-iso.spec"
ISS = ROOT / "packaging" / "thuky-iso.iss"
DIST = ROOT / "dist"
BUILD_WORK = ROOT / "build" / "pyinstaller"
BUILD_STAMP = VENV / ".build-deps-stamp"
# The spec's NAME and CLI_NAME: dist/ThuKyISO/ThuKyISO(.exe), and on Windows ThuKyISO-cli.exe.
FROZEN_NAME = "ThuKyISO"
FROZEN_CLI_NAME = "ThuKyISO-cli"
LINUX_EXTRAS = {  # what the Linux archive carries next to the program: name in the archive, source
    "thuky-iso.desktop": ROOT / "packaging" / "linux" / "thuky-iso.desktop",
    "thuky-iso.png": ROOT / "resources" / "icons" / "thuky-iso.png",
    "install-desktop-entry.sh": ROOT / "packaging" / "linux" / "install-desktop-entry.sh",
}
SMOKE_TODAY = "2026-11-22"  # pinned: the demo data and the plan's year are the same on every run
SMOKE_OUTPUTS = ("ke-hoach.pdf", "ke-hoach.docx", "sao-luu.zip")
SMOKE_TIMEOUT_S = 600

PDF_FONTS_SCRIPT = """
import sys
from pypdf import PdfReader

names, missing = set(), set()
for page in PdfReader(sys.argv[1]).pages:
    fonts = (page.get("/Resources") or {}).get("/Font") or {}
    for font in fonts.values():
        font = font.get_object()
        target = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = target.get("/FontDescriptor")
        descriptor = descriptor.get_object() if descriptor is not None else {}
        names.add(str(font.get("/BaseFont")))
        if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
            missing.add(str(font.get("/BaseFont")))
if not names or missing:
    sys.exit(f"phông chữ không nhúng trong PDF: {sorted(missing) or 'không có phông nào'}")
print(f"Phông chữ nhúng trong PDF: {', '.join(sorted(names))}")
"""


def project_version() -> str:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(config["project"]["version"])


def ensure_build_tools(python: Path) -> None:
    """PyInstaller (the ``build`` extra) in the virtual environment."""
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not BUILD_STAMP.exists() or BUILD_STAMP.read_text().strip() != wanted:
        print("Đang cài PyInstaller (lần đầu có thể mất vài phút) ...", flush=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", ".[test,build]"],
            cwd=ROOT,
            check=True,
        )
        BUILD_STAMP.write_text(wanted)


def frozen_programs(folder: Path, platform_name: str = sys.platform) -> tuple[Path, Path]:
    """The GUI program and the program for commands in a frozen build's folder: on Windows the
    windowed ``ThuKyISO.exe`` has no console, its twin ``ThuKyISO-cli.exe`` has; elsewhere one file."""
    if platform_name == "win32":
        return folder / f"{FROZEN_NAME}.exe", folder / f"{FROZEN_CLI_NAME}.exe"
    return folder / FROZEN_NAME, folder / FROZEN_NAME


def smoke_commands(data: Path, out: Path) -> list[list[str]]:
    """The smoke run: every command the frozen program runs, in order (the GUI's start comes after)."""
    day = ["--data-dir", str(data), "--today", SMOKE_TODAY]
    year = SMOKE_TODAY[:4]
    pdf, docx, backup = (str(out / name) for name in SMOKE_OUTPUTS)
    return [
        ["--version"],
        ["selftest"],
        [*day, "demo"],
        [*day, "export", "plan", "--year", year, "--format", "pdf", "--out", pdf],
        [*day, "export", "plan", "--year", year, "--format", "docx", "--out", docx],
        [*day, "backup", "--out", backup],
        [*day, "check"],
        [*day, "selftest"],
    ]


def _failed(what: str) -> int:
    print(f"THẤT BẠI: {what}", flush=True)
    return 1


def smoke_run(folder: Path, python: Path | None = None) -> int:
    """Run the smoke run against the frozen program in ``folder``: the commands, the files they must
    write, the GUI's start (offscreen, quitting after its first paint) and, with ``python`` (the
    virtual environment's, which has pypdf), that the fonts are embedded in the PDF."""
    gui, cli = frozen_programs(folder)
    for program in {gui, cli}:
        if not program.is_file():
            return _failed(f"không có {program}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="thuky-iso-smoke-") as tmp:
        scratch = Path(tmp)
        data, out = scratch / "du-lieu", scratch / "ra"
        out.mkdir()
        # Window state of the GUI run goes to a throw-away folder, not the user's settings.
        env = dict(os.environ, THUKY_ISO_CONFIG_DIR=str(scratch / "cau-hinh"))
        for args in smoke_commands(data, out):
            print(f"== {cli.name} {' '.join(args)}", flush=True)
            if subprocess.call([str(cli), *args], cwd=scratch, env=env, timeout=SMOKE_TIMEOUT_S) != 0:
                return _failed(f"{cli.name} {' '.join(args)}")
        for name in SMOKE_OUTPUTS:
            if not (out / name).is_file() or (out / name).stat().st_size == 0:
                return _failed(f"không có tệp {name}")
        gui_args = ["--data-dir", str(data), "--today", SMOKE_TODAY]
        print(f"== {gui.name} {' '.join(gui_args)}  (giao diện, tự đóng sau lần vẽ đầu)", flush=True)
        gui_env = dict(env, THUKY_ISO_QUIT_AFTER_PAINT="1", QT_QPA_PLATFORM="offscreen")
        if subprocess.call([str(gui), *gui_args], cwd=scratch, env=gui_env, timeout=SMOKE_TIMEOUT_S) != 0:
            return _failed(f"{gui.name} (giao diện)")
        if python is not None:
            print("== phông chữ trong ke-hoach.pdf", flush=True)
            if subprocess.call([str(python), "-c", PDF_FONTS_SCRIPT, str(out / SMOKE_OUTPUTS[0])]) != 0:
                return _failed("phông chữ trong PDF")
    print(f"Chạy thử bản đóng gói {folder}: đạt ({time.perf_counter() - started:.0f} giây).", flush=True)
    return 0


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def linux_archive_name(version: str, machine: str | None = None) -> str:
    return f"thuky-iso-{version}-linux-{machine or platform.machine()}.tar.gz"


def pack_linux(folder: Path, version: str) -> Path:
    """dist/thuky-iso-VERSION-linux-MACHINE.tar.gz: one folder thuky-iso-VERSION/ with the program,
    the .desktop file, the icon and the script that adds the menu entry."""
    top = f"thuky-iso-{version}"
    archive = DIST / linux_archive_name(version)
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(folder, arcname=top)
        for name, source in LINUX_EXTRAS.items():
            tar.add(source, arcname=f"{top}/{name}")
    return archive


def check_archive(archive: Path) -> int:
    """Unpack the archive in a temporary folder and run its ``selftest`` from yet another folder."""
    with tempfile.TemporaryDirectory(prefix="thuky-iso-unpacked-") as tmp:
        with tarfile.open(archive) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(tmp, filter="data")
            else:  # Python before 3.11.4
                tar.extractall(tmp)  # our own archive
        (top,) = Path(tmp).iterdir()
        missing = [name for name in (FROZEN_NAME, *LINUX_EXTRAS) if not (top / name).is_file()]
        if missing:
            return _failed(f"{archive.name} thiếu {', '.join(missing)}")
        elsewhere = Path(tmp) / "noi-khac"
        elsewhere.mkdir()
        program = top / FROZEN_NAME
        print(f"== {program} selftest  (bản giải nén, chạy từ {elsewhere})", flush=True)
        if subprocess.call([str(program), "selftest"], cwd=elsewhere, timeout=SMOKE_TIMEOUT_S) != 0:
            return _failed(f"selftest của bản giải nén từ {archive.name}")
    return 0


def find_iscc() -> Path | None:
    """Inno Setup 6's compiler: on PATH, or where its installer (or ``choco install innosetup``) puts it."""
    found = shutil.which("iscc")
    if found:
        return Path(found)
    for base in ("ProgramFiles(x86)", "ProgramFiles", "LOCALAPPDATA"):
        root = os.environ.get(base)
        for sub in (("Inno Setup 6",), ("Programs", "Inno Setup 6")):
            candidate = Path(root, *sub, "ISCC.exe") if root else None
            if candidate is not None and candidate.is_file():
                return candidate
    return None


def build(python: Path, args: list[str]) -> int:
    """The frozen build for this system in dist/, its smoke run, then the Linux archive (unpacked
    and tried elsewhere) or the Windows installer."""
    if args:
        print("Cách dùng: python dev.py build")
        return 2
    ensure_build_tools(python)
    version = project_version()
    folder = DIST / FROZEN_NAME
    started = time.perf_counter()
    command = [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    command += ["--distpath", str(DIST), "--workpath", str(BUILD_WORK), str(SPEC)]
    print(f"== PyInstaller: {SPEC.relative_to(ROOT)} -> {folder.relative_to(ROOT)}", flush=True)
    if subprocess.call(command, cwd=ROOT) != 0:
        return _failed("PyInstaller")
    built = time.perf_counter() - started
    print(f"Đã đóng gói {folder} ({_mb(folder_size(folder))}) trong {built:.0f} giây.", flush=True)
    if smoke_run(folder, python) != 0:
        return 1
    lines = [f"Thư mục {folder.relative_to(ROOT)}: {_mb(folder_size(folder))}, đóng gói {built:.0f} giây"]
    if sys.platform.startswith("linux"):
        archive = pack_linux(folder, version)
        if check_archive(archive) != 0:
            return 1
        lines.append(f"{archive.relative_to(ROOT)}: {_mb(archive.stat().st_size)}")
    elif sys.platform == "win32":
        iscc = find_iscc()
        if iscc is None:
            lines.append(
                "Chưa có Inno Setup 6 nên chưa tạo bộ cài; cài Inno Setup 6 rồi chạy: iscc packaging\\thuky-iso.iss"
            )
        else:
            print(f"== {iscc.name} {ISS.relative_to(ROOT)}", flush=True)
            if subprocess.call([str(iscc), f"/DAppVersion={version}", str(ISS)], cwd=ROOT) != 0:
                return _failed("Inno Setup")
            installer = DIST / f"{FROZEN_NAME}-{version}-Setup.exe"
            lines.append(f"{installer.relative_to(ROOT)}: {_mb(installer.stat().st_size)}")
    lines.append(f"Tổng thời gian: {time.perf_counter() - started:.0f} giây.")
    print("\n".join(lines), flush=True)
    return 0


def smoke(python: Path, args: list[str]) -> int:
    if len(args) != 1:
        print("Cách dùng: python dev.py smoke THƯ_MỤC_CHƯƠNG_TRÌNH   (ví dụ dist/ThuKyISO)")
        return 2
    return smoke_run(Path(args[0]), python)


def main(argv: list[str]) -> int:
    commands = ("run", "test", "migration", "i18n", "build", "smoke")
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
    if argv[0] == "build":
        return build(python, argv[1:])
    if argv[0] == "smoke":
        return smoke(python, argv[1:])
    return run_tests(python, argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
