"""What ``pip install .`` ships: every package, the migrations and the resources."""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import re
import sys
import tomllib
from pathlib import Path

import pytest

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


# ---- the frozen build and the installer (packaging/, dev.py build, .github/workflows/windows.yml) ----
# Consistency only: the PyInstaller build itself runs in ``python dev.py build`` (packaging/README.md),
# never in this suite.

SPEC = ROOT / "packaging" / "thuky-iso.spec"
ISS = ROOT / "packaging" / "thuky-iso.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


@pytest.fixture(scope="module")
def dev():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dev_for_packaging", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _spec_constants() -> dict:
    """The spec's top-level constants that are plain literals (names, folders, excluded modules)."""
    found = {}
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            with contextlib.suppress(ValueError):
                found[node.targets[0].id] = ast.literal_eval(node.value)
    return found


def _iss_setup() -> dict[str, str]:
    text = ISS.read_text(encoding="utf-8-sig")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(
        line.split("=", 1)
        for line in section.splitlines()
        if "=" in line and not line.lstrip().startswith(";")
    )


def _project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_one_version_from_pyproject_for_the_app_the_build_and_the_installer(dev):
    import app

    assert app.__version__ == _project_version() == dev.project_version()
    spec = SPEC.read_text(encoding="utf-8")
    assert '["project"]["version"]' in spec  # the spec reads pyproject.toml, it states no version
    assert '"ProductVersion": VERSION' in spec
    iss = ISS.read_text(encoding="utf-8-sig")
    # dev.py passes the version (/DAppVersion); by hand it is read back from the built program.
    assert '#define AppVersion GetStringFileInfo(BuildDir + "\\" + ExeName, "ProductVersion")' in iss
    assert _iss_setup()["OutputBaseFilename"] == "ThuKyISO-{#AppVersion}-Setup"
    assert dev.linux_archive_name("1.2.3", "x86_64") == "thuky-iso-1.2.3-linux-x86_64.tar.gz"


def test_spec_dev_py_and_installer_name_the_same_programs(dev):
    constants = _spec_constants()
    assert constants["NAME"] == dev.FROZEN_NAME == "ThuKyISO"
    assert constants["CLI_NAME"] == dev.FROZEN_CLI_NAME
    folder = Path("dist") / "ThuKyISO"
    assert dev.frozen_programs(folder, "win32") == (folder / "ThuKyISO.exe", folder / "ThuKyISO-cli.exe")
    assert dev.frozen_programs(folder, "linux") == (folder / "ThuKyISO", folder / "ThuKyISO")
    iss = ISS.read_text(encoding="utf-8-sig")
    assert f'#define ExeName "{constants["NAME"]}.exe"' in iss
    assert f'"..\\dist\\{constants["NAME"]}"' in iss
    assert (ROOT / constants["ICON_ICO"]).is_file()
    assert _iss_setup()["SetupIconFile"] == "..\\" + constants["ICON_ICO"].replace("/", "\\")
    desktop = (ROOT / "packaging" / "linux" / "thuky-iso.desktop").read_text(encoding="utf-8")
    assert f"\nExec={constants['NAME']}\n" in desktop
    assert "\nIcon=thuky-iso\n" in desktop and "thuky-iso.png" in dev.LINUX_EXTRAS
    for source in dev.LINUX_EXTRAS.values():
        assert source.is_file()


def test_the_spec_bundles_every_folder_app_paths_looks_for():
    constants = _spec_constants()
    paths = (ROOT / "app" / "paths.py").read_text(encoding="utf-8")
    looked_for = set(re.findall(r'_bundled\("([^"]+)"\)', paths))
    assert looked_for == {"migrations", "resources"}
    assert looked_for <= set(constants["DATA_FOLDERS"])
    # Whatever the app asks of resources/ is inside it, so bundling the folder whole covers it.
    asked = {
        first
        for path in (ROOT / "app").rglob("*.py")
        for first in re.findall(r'\bresource\(\s*"([^"]+)"', path.read_text(encoding="utf-8"))
    }
    assert {"fonts", "translations", "icons"} <= asked
    for first in asked:
        assert (ROOT / "resources" / first).exists(), first
    # The fonts' licence travels with them; compiled translations are kept, their sources are not needed.
    assert (ROOT / "resources" / "fonts" / "OFL.txt").is_file()
    assert ".qm" not in constants["DATA_SKIPPED_SUFFIXES"]
    assert ".ttf" not in constants["DATA_SKIPPED_SUFFIXES"]


def test_the_spec_excludes_no_qt_module_the_app_imports():
    constants = _spec_constants()
    imported = {
        f"PySide6.{name}"
        for path in (ROOT / "app").rglob("*.py")
        for name in re.findall(r"^\s*from PySide6\.(\w+) import", path.read_text(encoding="utf-8"), re.M)
    }
    assert {"PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtPdf"} <= imported
    assert not imported & set(constants["EXCLUDED_MODULES"])
    patterns = constants["EXCLUDED_QT_FILES"]
    for kept in ("charts", "printsupport", "svg", "pdf", "widgets", "gui"):
        assert not any(kept in pattern for pattern in patterns), kept
    # Qt's image formats, the X11/Wayland/Windows/offscreen platforms and the input methods (ibus:
    # Vietnamese typing on Linux) are all kept.
    assert not any(
        p.startswith(("pyside6/plugins/imageformats", "pyside6/plugins/iconengines")) for p in patterns
    )
    for platform in ("xcb", "wayland", "windows", "offscreen"):
        assert not any(platform in p for p in patterns), platform


def test_the_smoke_run_is_the_brief_s_and_every_command_parses(dev, tmp_path):
    from app.cli import build_parser

    commands = dev.smoke_commands(tmp_path / "data", tmp_path / "out")
    names = [
        " ".join(a for a in c if not a.startswith(("--", str(tmp_path))) and not a[:1].isdigit())
        for c in commands
    ]
    assert "selftest" in names and "demo" in names and "backup" in names and "check" in names
    assert "export plan pdf" in names and "export plan docx" in names
    for command in commands[1:]:  # --version exits from argparse
        args = build_parser().parse_args(command)
        assert args.command in {"selftest", "demo", "export", "backup", "check"}
    outs = {Path(c[c.index("--out") + 1]).name for c in commands if "--out" in c}
    assert outs == set(dev.SMOKE_OUTPUTS)


def test_the_workflow_runs_the_readme_tests_the_build_and_the_installed_smoke_run():
    text = WORKFLOW.read_text(encoding="utf-8")
    assert "runs-on: windows-latest" in text
    assert 'python-version: "3.11"' in text
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python dev.py test" in readme and "run: python dev.py test" in text
    assert "choco install innosetup" in text
    steps = [
        line.split("run: ", 1)[1] for line in text.splitlines() if line.strip().startswith("run: python")
    ]
    assert steps == [
        "python dev.py test",
        "python dev.py build",
        'python dev.py smoke "$env:LOCALAPPDATA\\Programs\\ThuKyISO"',
    ]
    for flag in ("/VERYSILENT", "/SUPPRESSMSGBOXES", "/CURRENTUSER"):
        assert flag in text
    # The installed folder the workflow runs is the installer's default one.
    assert _iss_setup()["DefaultDirName"] == "{localappdata}\\Programs\\ThuKyISO"
    assert "'Programs\\ThuKyISO'" in text
    assert "upload-artifact" in text and "dist/ThuKyISO-*-Setup.exe" in text


def test_the_installer_is_per_user_vietnamese_and_keeps_the_data():
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Inno reads the Vietnamese text right
    setup = _iss_setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])
    text = raw.decode("utf-8-sig")
    assert 'MessagesFile: "compiler:Default.isl,Vietnamese.isl"' in text
    isl = (ROOT / "packaging" / "Vietnamese.isl").read_bytes()
    assert isl.startswith(b"\xef\xbb\xbf")
    isl_text = isl.decode("utf-8-sig")
    assert "LanguageID=$042A" in isl_text and "ButtonNext=&Tiếp >" in isl_text
    assert "{autoprograms}" in text and "{autodesktop}" in text and "Tasks: desktopicon" in text
    # Nothing the installer or uninstaller does names the user's data or settings folders.
    for folder in ("{userappdata}", "{app}\\..", "{localappdata}\\ThuKyISO"):
        assert folder not in text
    assert "[UninstallDelete]" not in text


def test_build_extra_and_ignored_outputs():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(req.startswith("pyinstaller") for req in config["project"]["optional-dependencies"]["build"])
    assert not any("pyinstaller" in req for req in config["project"]["optional-dependencies"]["test"])
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").split()
    assert "dist/" in ignored and "build/" in ignored


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_LIBRARY_PATH is Linux's")
@pytest.mark.parametrize(
    ("before", "after"),
    [
        ({"LD_LIBRARY_PATH": "/bundle:/mine", "LD_LIBRARY_PATH_ORIG": "/mine"}, "/mine"),
        ({"LD_LIBRARY_PATH": "/bundle"}, None),
    ],
)
def test_the_frozen_program_gives_its_children_the_user_s_library_path(monkeypatch, before, after):
    """Programs the frozen app starts (xdg-open and the viewer of an attachment) must not load the
    bundle's libraries: the runtime hook puts back what the bootloader changed."""
    import os
    import runpy

    for name in ("LD_LIBRARY_PATH", "LD_LIBRARY_PATH_ORIG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in before.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    hook = _spec_constants()["RUNTIME_HOOKS"][0]
    runpy.run_path(str(ROOT / hook))
    assert os.environ.get("LD_LIBRARY_PATH") == after
    assert "LD_LIBRARY_PATH_ORIG" not in os.environ


def test_the_app_window_has_its_icon(qapp):
    from app.ui.application import make_application

    app = make_application()
    assert not app.windowIcon().isNull()
    assert app.windowIcon().availableSizes()
    assert app.desktopFileName() == "thuky-iso"
