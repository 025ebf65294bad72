"""``python dev.py run`` on a Linux machine without the X11 libraries Qt needs: one install command,
in Vietnamese and English, instead of Qt's abort. Tested with a fake ``ldd``; no display needed."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f2c2b000000)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f2c2b7ba000)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f2c2abb9000)
\tlibxcb-icccm.so.4 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f2c2b91b000)
"""
LDD_FINE = "\n".join(line for line in LDD_MISSING.splitlines() if "not found" not in line)


@pytest.fixture(scope="module")
def dev():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dev_under_test", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_missing_libraries_are_read_from_ldd(dev):
    assert dev.missing_libraries(LDD_MISSING) == [
        "libxcb-cursor.so.0",
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
    ]
    assert dev.missing_libraries(LDD_FINE) == []
    assert dev.missing_libraries("\tnot a dynamic executable\n") == []


def test_missing_libraries_give_one_install_command_in_both_languages(dev):
    advice = dev.gui_libraries_problem(
        Path("/venv/libqxcb.so"), platform="linux", environ={"DISPLAY": ":0"}, ldd=lambda _: LDD_MISSING
    )
    assert advice is not None
    assert "Lỗi: máy thiếu thư viện hệ thống" in advice and "Error: this system lacks" in advice
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in advice
    commands = [line.strip() for line in advice.splitlines() if "apt-get" in line]
    assert commands == [dev.QT_XCB_INSTALL]
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "libegl1"):
        assert package in dev.QT_XCB_INSTALL.split()


@pytest.mark.parametrize(
    ("platform", "environ", "ldd_output"),
    [
        ("linux", {}, LDD_FINE),  # nothing missing
        ("linux", {}, None),  # no ldd: cannot tell, let Qt try
        ("win32", {}, LDD_MISSING),  # not Linux
        ("linux", {"QT_QPA_PLATFORM": "offscreen"}, LDD_MISSING),  # no window anyway
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, LDD_MISSING),  # Qt picks Wayland there
    ],
)
def test_no_advice_when_x11_is_not_needed_or_all_is_there(dev, platform, environ, ldd_output):
    assert (
        dev.gui_libraries_problem(
            Path("/venv/libqxcb.so"), platform=platform, environ=environ, ldd=lambda _: ldd_output
        )
        is None
    )


def test_xcb_asked_for_explicitly_is_checked_even_on_wayland(dev):
    environ = {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}
    assert dev.gui_libraries_problem(Path("/p"), platform="linux", environ=environ, ldd=lambda _: LDD_MISSING)


def test_only_starting_the_window_is_checked(dev):
    assert dev.starts_gui([])
    assert dev.starts_gui(["--data-dir", "D", "--today", "2026-01-02"])
    assert dev.starts_gui(["--data-dir=D"])
    for args in (["check"], ["--data-dir", "D", "selftest"], ["--help"], ["--version"]):
        assert not dev.starts_gui(args), args


def test_run_stops_before_starting_qt_when_libraries_are_missing(dev, monkeypatch, capsys):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setattr(dev, "qt_xcb_plugin", lambda: Path("/venv/libqxcb.so"))
    monkeypatch.setattr(dev, "_run_ldd", lambda _: LDD_MISSING)

    def no_app(*args: object, **kwargs: object) -> int:
        raise AssertionError("the app must not start")

    monkeypatch.setattr(dev.subprocess, "call", no_app)
    assert dev.run_app(Path("python"), ["--data-dir", "D"]) == 1
    err = capsys.readouterr().err
    assert dev.QT_XCB_INSTALL in err
    # A command without a window is not held back.
    calls: list[list[str]] = []
    monkeypatch.setattr(dev.subprocess, "call", lambda command, **_: calls.append(command) or 0)
    assert dev.run_app(Path("python"), ["check"]) == 0
    assert calls == [["python", "-m", "app", "check"]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and libqxcb.so are Linux things")
def test_the_real_plugin_and_ldd_of_this_machine(dev):
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.is_file():
        pytest.skip("this PySide6 has no X11 plugin")
    assert dev.qt_xcb_plugin(Path(sys.prefix)) in (plugin, None)
    advice = dev.gui_libraries_problem(plugin, platform="linux", environ={})
    real = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    assert (advice is None) == ("not found" not in real)
