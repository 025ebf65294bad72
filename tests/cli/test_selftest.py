"""``thuky-iso selftest``, run as a user (or a build script) runs it: a separate process whose last line
is ``selftest ok N ms``, that never writes to the data it is given."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
OK_LINE = re.compile(r"^selftest ok \d+ ms$")


def run(*args: str, tmp: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m app ARGS`` with its temporary files in ``tmp`` (to see that they are removed) and
    the default data folder pointed at ``tmp``/default (to see that it is never touched)."""
    (tmp / "tmp").mkdir(exist_ok=True)
    environment = dict(
        os.environ,
        PYTHONPATH=str(ROOT),
        PYTHONUTF8="1",
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp / "tmp"),
        TEMP=str(tmp / "tmp"),
        TMP=str(tmp / "tmp"),
        THUKY_ISO_DATA_DIR=str(tmp / "default"),
        THUKY_ISO_CONFIG_DIR=str(tmp / "config"),
    )
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def assert_ok(result: subprocess.CompletedProcess[str], tmp: Path) -> list[str]:
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert OK_LINE.match(lines[-1]), result.stdout
    assert result.stderr == ""
    # Nothing left behind: no temporary folder, no default data folder, no user settings.
    assert list((tmp / "tmp").iterdir()) == []
    assert not (tmp / "default").exists()
    assert not (tmp / "config").exists()
    return lines


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under ``folder``: size, modification time and content."""
    return {
        str(path.relative_to(folder)): (path.stat().st_size, path.stat().st_mtime_ns, path.read_bytes())
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_selftest_without_a_data_folder_uses_a_temporary_one(tmp_path):
    lines = assert_ok(run("selftest", tmp=tmp_path), tmp_path)
    assert any("thư mục tạm" in line for line in lines)
    assert any(line.startswith("Giao diện: cửa sổ chính đã vẽ xong") for line in lines)
    for heading in ("Phông chữ:", "Bản dịch:", "Chuyển đổi dữ liệu:"):
        assert any(line.startswith(heading) for line in lines), heading


def test_selftest_on_demo_data_reads_only(tmp_path):
    data = tmp_path / "data"
    demo = run("--data-dir", str(data), "demo", "--scale", "1", tmp=tmp_path)
    assert demo.returncode == 0, demo.stderr
    before = snapshot(data)
    lines = assert_ok(run("--data-dir", str(data), "selftest", tmp=tmp_path), tmp_path)
    assert f"Thư mục dữ liệu: {data.resolve()} (chỉ đọc)." in lines
    assert snapshot(data) == before


def test_selftest_reports_an_outdated_database_and_leaves_it_as_it_was(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine

    from app.services.datadir import DataDir
    from app.services.migrations import alembic_config, script_directory

    revisions = [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]
    if len(revisions) < 2:
        pytest.skip("only one revision: no database can be outdated yet")
    older = revisions[-2]
    data = DataDir(tmp_path / "data")
    data.root.mkdir()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, older)
    engine.dispose()
    before = snapshot(data.root)

    lines = assert_ok(run("--data-dir", str(data.root), "selftest", tmp=tmp_path), tmp_path)
    assert any(f"phiên bản dữ liệu {older}, cũ hơn phiên bản {revisions[-1]}" in line for line in lines)
    assert snapshot(data.root) == before
    conn = sqlite3.connect(f"{data.db_path.as_uri()}?mode=ro", uri=True)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == older
    conn.close()
    assert snapshot(data.root) == before


def test_selftest_with_a_missing_data_folder_creates_nothing(tmp_path):
    missing = tmp_path / "không có"
    lines = assert_ok(run("--data-dir", str(missing), "selftest", tmp=tmp_path), tmp_path)
    assert any("không tồn tại" in line for line in lines)
    assert not missing.exists()


def test_selftest_failures_are_one_vietnamese_line(tmp_path):
    damaged = tmp_path / "damaged"
    damaged.mkdir()
    (damaged / "thuky-iso.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("--data-dir", str(damaged), "selftest", tmp=tmp_path)
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if line.strip()] == [result.stderr.strip()]
    assert result.stderr.startswith("Lỗi: ") and "bị hỏng" in result.stderr
    assert "selftest ok" not in result.stdout

    # Qt that cannot start (here: no such platform plugin) is that one line too, not Qt's abort.
    result = run("selftest", tmp=tmp_path, env={"QT_QPA_PLATFORM": "khong-co-nen-nay"})
    assert result.returncode == 1
    assert [line for line in result.stderr.splitlines() if line.strip()] == [result.stderr.strip()]
    assert result.stderr.startswith("Lỗi: Qt không khởi động được giao diện")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_selftest_checks_the_programs_icon(tmp_path, qapp, monkeypatch):  # type: ignore[no-untyped-def]
    from app import paths, selftest

    assert selftest._check_icon().startswith("Biểu tượng: ")
    (tmp_path / "icons").mkdir()
    (tmp_path / "icons" / "thuky-iso.png").write_bytes(b"not a png")
    monkeypatch.setattr(paths, "resource", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(selftest.SelftestError, match="không đọc được biểu tượng"):
        selftest._check_icon()
