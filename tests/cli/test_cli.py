"""The command line, run as a user runs it: a separate process, exit codes, one Vietnamese error line."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=cwd or ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def empty_database(root: Path) -> Path:
    """A data folder with a database at head and nothing in it (as the GUI leaves it on first start)."""
    from app.bootstrap import open_data_dir

    open_data_dir(root, writer=True, program="kiểm thử").close()
    return root


def one_error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("Lỗi:"), lines[0]
    return lines[0]


def test_demo_check_backup_restore_round_trip(tmp_path):
    data = tmp_path / "data"
    demo = run("--data-dir", str(data), "demo")
    assert demo.returncode == 0, demo.stderr
    assert "Đã tạo dữ liệu mẫu" in demo.stdout

    again = run("--data-dir", str(data), "demo")
    assert again.returncode != 0
    assert "chỉ chạy trên dữ liệu trống" in one_error_line(again)

    check = run("--data-dir", str(data), "check")
    assert check.returncode == 0, check.stderr
    assert "Kiểm tra toàn vẹn: đạt" in check.stdout
    assert "Ủy ban nhân dân xã" in check.stdout

    (data / "attachments" / "ab").mkdir(parents=True)
    (data / "attachments" / "ab" / "tệp.pdf").write_bytes(b"%PDF-1.4 demo")
    archive = tmp_path / "sao lưu.zip"
    backup = run("--data-dir", str(data), "backup", "--out", str(archive))
    assert backup.returncode == 0, backup.stderr
    assert zipfile.is_zipfile(archive)

    # Damage the live data, then restore it from the backup.
    conn = sqlite3.connect(data / "thuky-iso.sqlite3")
    conn.execute("DELETE FROM person")
    conn.commit()
    conn.close()
    (data / "attachments" / "ab" / "tệp.pdf").unlink()
    restore = run("--data-dir", str(data), "restore", str(archive))
    assert restore.returncode == 0, restore.stderr
    assert "Đã khôi phục" in restore.stdout
    conn = sqlite3.connect(data / "thuky-iso.sqlite3")
    assert conn.execute("SELECT count(*) FROM person").fetchone()[0] > 0
    conn.close()
    assert (data / "attachments" / "ab" / "tệp.pdf").read_bytes() == b"%PDF-1.4 demo"
    assert list((data / "backups").glob("truoc-khoi-phuc-*.zip"))


def test_restore_of_a_bad_file_writes_nothing(tmp_path):
    data = tmp_path / "data"
    assert run("--data-dir", str(data), "demo").returncode == 0
    db = data / "thuky-iso.sqlite3"
    before = db.read_bytes()
    bogus = tmp_path / "khong-phai.zip"
    bogus.write_text("không phải tệp nén", encoding="utf-8")
    result = run("--data-dir", str(data), "restore", str(bogus))
    assert result.returncode != 0
    assert "không phải tệp sao lưu" in one_error_line(result)
    assert db.read_bytes() == before
    assert not list((data / "backups").glob("truoc-khoi-phuc-*"))


def test_check_refuses_a_database_from_a_newer_version(tmp_path):
    data = empty_database(tmp_path / "data")
    assert run("--data-dir", str(data), "check").returncode == 0
    conn = sqlite3.connect(data / "thuky-iso.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.close()
    result = run("--data-dir", str(data), "check")
    assert result.returncode != 0
    assert "phiên bản Thư ký ISO mới hơn" in one_error_line(result)


def test_check_reports_a_damaged_database(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "thuky-iso.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("--data-dir", str(data), "check")
    assert result.returncode != 0
    assert "bị hỏng" in one_error_line(result)


def test_second_writer_is_refused_while_readers_work(tmp_path):
    from app.bootstrap import open_data_dir

    data = tmp_path / "data"
    holder = open_data_dir(data, writer=True, program="giao diện Thư ký ISO")
    try:
        demo = run("--data-dir", str(data), "demo")
        assert demo.returncode != 0
        line = one_error_line(demo)
        assert "giao diện Thư ký ISO" in line and str(os.getpid()) in line
        assert run("--data-dir", str(data), "check").returncode == 0
        backup = run("--data-dir", str(data), "backup", "--out", str(tmp_path / "b.zip"))
        assert backup.returncode == 0, backup.stderr
    finally:
        holder.close()
    assert run("--data-dir", str(data), "demo").returncode == 0


def test_usage_errors_are_vietnamese_one_liners(tmp_path, capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--data-dir", str(tmp_path), "backup"])
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("Lỗi: thiếu tham số") and "\n" not in err
    with pytest.raises(SystemExit):
        main(["khong-co-lenh"])
    assert capsys.readouterr().err.strip().startswith("Lỗi: lệnh")
    assert main(["--data-dir", str(tmp_path), "demo", "--scale", "0"]) == 2


def test_screenshots_of_an_empty_and_a_demo_data_dir(tmp_path):
    empty = run(
        "--data-dir", str(empty_database(tmp_path / "empty")), "screenshots", "--out", str(tmp_path / "a")
    )
    assert empty.returncode == 0, empty.stderr
    names = sorted(p.name for p in (tmp_path / "a").glob("*.png"))
    assert names[0] == "00-khai-bao-co-quan.png"
    data = tmp_path / "data"
    assert run("--data-dir", str(data), "demo").returncode == 0
    shots = run("--data-dir", str(data), "screenshots", "--out", str(tmp_path / "b"))
    assert shots.returncode == 0, shots.stderr
    pngs = list((tmp_path / "b").glob("*.png"))
    assert len(pngs) >= 8
    assert all(p.stat().st_size > 5_000 for p in pngs)
    assert not (tmp_path / "b" / "00-khai-bao-co-quan.png").exists()


def test_installed_console_script_name_and_version():
    result = run("--version")
    assert result.returncode == 0
    assert "Thư ký ISO" in result.stdout
