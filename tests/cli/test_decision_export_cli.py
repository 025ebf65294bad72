"""``thuky-iso export steering-decision`` / ``export publication`` on the demo commune, in a separate
process: the decision in force / the latest by default, one addressed by --number/--year, one line
and exit 1 for a number that does not exist."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import decree30

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-11-22"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        stdin=subprocess.DEVNULL,
    )


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """The demo data (made by the command line) and what it holds: the steering decisions and the
    publications, newest first."""
    data = tmp_path_factory.mktemp("demo") / "dữ liệu"
    result = run("--data-dir", str(data), "--today", TODAY, "demo")
    assert result.returncode == 0, result.stderr
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(data, writer=False, program="kiểm thử", create=False)
    try:
        held = {
            "steering": ctx.services.qms.list_steering_summaries(),
            "publications": ctx.services.qms.list_publications(),
        }
    finally:
        ctx.close()
    return data, held


def export(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run("--data-dir", str(data), "--today", TODAY, "export", *args)


def test_the_steering_decision_in_force_prints_as_a_signed_decision(demo, tmp_path):
    data, held = demo
    in_force = held["steering"][0]  # the demo's latest, signed in January of this year
    out = tmp_path / "quyết định BCĐ.pdf"
    result = export(data, "steering-decision", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "Đã xuất" in result.stdout
    assert decree30.problems(out) == []
    words = flat(decree30.text_of(out))
    assert f"Số: {in_force.number}" in words
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH" in words
    assert "Về việc kiện toàn Ban chỉ đạo ISO" in words
    assert "QUYẾT ĐỊNH:" in words and "Điều 4." in words
    previous = held["steering"][1]
    assert f"thay thế Quyết định số {previous.number}" in words
    assert "Nơi nhận: - Như Điều 4;" in words
    assert "TM." not in words
    assert "PHỤ LỤC" in words and "Danh sách thành viên Ban chỉ đạo ISO" in words


def test_a_decision_is_addressed_by_its_number_and_year(demo, tmp_path):
    data, held = demo
    founding = held["steering"][-1]
    number = founding.number.split("/")[0]
    out = tmp_path / "thành lập.pdf"
    result = export(
        data,
        "steering-decision",
        "--number",
        number,
        "--year",
        str(founding.signed_on.year),
        "--format",
        "pdf",
        "--out",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    words = flat(decree30.text_of(out))
    assert f"Số: {founding.number}" in words
    assert "Thành lập Ban chỉ đạo" in words
    assert "Quyết định này có hiệu lực kể từ ngày ký." in words  # the first replaces nothing

    lower = tmp_path / "chữ thường.pdf"
    result = export(
        data,
        "publication",
        "--number",
        held["publications"][-1].number.lower(),
        "--year",
        str(held["publications"][-1].signed_on.year),
        "--format",
        "pdf",
        "--out",
        str(lower),
    )
    assert result.returncode == 0, result.stderr
    assert f"Số: {held['publications'][-1].number}" in flat(decree30.text_of(lower))


def test_the_latest_publication_by_default(demo, tmp_path):
    data, held = demo
    latest = held["publications"][0]
    out = tmp_path / "công bố.pdf"
    result = export(data, "publication", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert decree30.problems(out) == []
    words = flat(decree30.text_of(out))
    assert f"Số: {latest.number}" in words
    assert (
        "Về việc công bố lại Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015"
        in words
    )
    assert f"thay thế Quyết định số {held['publications'][1].number}" in words


def test_an_unknown_number_is_one_line_and_exit_1(demo, tmp_path):
    data, _held = demo
    out = tmp_path / "không có.pdf"
    result = export(
        data, "steering-decision", "--number", "999", "--year", "2026", "--format", "pdf", "--out", str(out)
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Lỗi: Không có quyết định về Ban chỉ đạo ISO số 999 năm 2026."
    ]
    assert not out.exists()
