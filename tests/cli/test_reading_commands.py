"""The commands that only read refuse a data folder that is not there (or holds no data) and create
nothing; every command's help has one usage line; importing the command line stays light."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, main

ROOT = Path(__file__).resolve().parents[2]

READING = {
    "check": [],
    "backup": ["--out", "{out}/sao-luu.zip"],
    "export": ["documents", "--format", "xlsx", "--out", "{out}/danh-muc.xlsx"],
    "import": ["tthc", "{out}/danh-muc.csv", "--dry-run"],
    "screenshots": ["--out", "{out}/anh"],
}


def _args(command: str, out: Path) -> list[str]:
    return [command, *(a.format(out=out) for a in READING[command])]


@pytest.mark.parametrize("command", sorted(READING))
def test_a_reading_command_on_a_missing_folder_says_so_and_creates_nothing(command, tmp_path, capsys):
    missing = tmp_path / "không có"
    out = tmp_path / "out"
    out.mkdir()
    (out / "danh-muc.csv").write_text("Mã thủ tục,Tên thủ tục\n", encoding="utf-8")
    assert main(["--data-dir", str(missing), *_args(command, out)]) == 1
    captured = capsys.readouterr()
    assert captured.err.strip() == f"Lỗi: Thư mục dữ liệu {missing} không tồn tại."
    assert not missing.exists()
    assert sorted(p.name for p in out.iterdir()) == ["danh-muc.csv"]


@pytest.mark.parametrize("command", sorted(READING))
def test_a_reading_command_on_a_folder_without_data_creates_nothing(command, tmp_path, capsys):
    empty = tmp_path / "trống"
    empty.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "danh-muc.csv").write_text("Mã thủ tục,Tên thủ tục\n", encoding="utf-8")
    assert main(["--data-dir", str(empty), *_args(command, out)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Lỗi: ") and "chưa có dữ liệu" in err and "\n" not in err
    assert list(empty.iterdir()) == []
    assert sorted(p.name for p in out.iterdir()) == ["danh-muc.csv"]


def test_check_on_a_missing_folder_from_the_shell(tmp_path):
    missing = tmp_path / "data"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(missing), "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"Lỗi: Thư mục dữ liệu {missing} không tồn tại."]
    assert result.stdout == ""
    assert not missing.exists()


def test_the_writing_commands_still_create_the_folder(tmp_path):
    data = tmp_path / "a" / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    assert (data / "thuky-iso.sqlite3").is_file()
    assert main(["--data-dir", str(data), "check"]) == 0


def _commands() -> list[str]:
    parser = build_parser()
    sub = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    return sorted(sub.choices)


@pytest.mark.parametrize("command", [None, *_commands()])
def test_help_has_one_usage_line(command, capsys):
    with pytest.raises(SystemExit) as caught:
        main([command, "--help"] if command else ["--help"])
    assert caught.value.code == 0
    text = capsys.readouterr().out
    assert text.count("Cách dùng:") == 1, text
    assert text.startswith(f"Cách dùng: thuky-iso {command or ''}".rstrip())


def test_export_help_lists_the_kinds_from_the_registry(capsys):
    from app.services.areas import export_kinds

    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for kind in export_kinds():
        assert f"{kind.key}:" in text
        for fmt in kind.formats:
            assert fmt in text


def test_an_unknown_export_is_a_usage_error_naming_the_choices(tmp_path, capsys):
    from app.services.areas import export_kinds

    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(tmp_path / "d"), "export", "nonsense", "--format", "pdf", "--out", "x.pdf"])
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Lỗi: tham số NỘI_DUNG: 'nonsense' không hợp lệ") and "\n" not in err
    assert all(kind.key in err for kind in export_kinds())
    assert err.endswith("Xem hướng dẫn: thuky-iso export --help")
    with pytest.raises(SystemExit) as caught:
        main(["export", "documents", "--format", "odt", "--out", "x.odt"])
    assert caught.value.code == 2
    assert "--format" in capsys.readouterr().err
    assert not (tmp_path / "d").exists()


def test_importing_the_command_line_loads_no_database_or_qt_library():
    code = (
        "import sys, app.cli; print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'alembic', 'PySide6', 'openpyxl', 'reportlab'}), 'app.services.areas' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.split() == ["[]", "False"]


def test_the_collector_paused_for_start_up_is_back_on_for_a_command(tmp_path):
    """``python -m app`` pauses the garbage collector while it starts (7 % of the GUI's start);
    a command turns it back on before it works (a demo at scale 100 would otherwise grow)."""
    code = (
        "import gc, app.__main__ as entry\n"
        "paused = not gc.isenabled()\n"
        "from app.cli import main\n"
        f"main(['--data-dir', {str(tmp_path / 'missing')!r}, 'check'])\n"
        "print(paused, gc.isenabled())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["True", "True"], done.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="a closed pipe is EINVAL, not EPIPE, on Windows")
def test_output_cut_short_by_its_reader_is_not_an_error_message(tmp_path):  # type: ignore[no-untyped-def]
    """``thuky-iso … | head``: the reader stops early; no "Lỗi ngoài dự kiến" and no traceback."""
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "--today", "2026-11-22", "demo"]) == 0
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), PYTHONUTF8="1")
    app = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(data), "history", "--format", "text"],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert app.stdout is not None and app.stderr is not None
    app.stdout.read(100)
    app.stdout.close()  # as head does after its lines
    err = app.stderr.read().decode("utf-8")
    app.wait(timeout=60)
    assert app.returncode != 0 and err == ""
