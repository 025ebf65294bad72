"""``thuky-iso import tthc|documents FILE [--dry-run]``: never asks, reports rejected rows on stderr,
ends with one machine-readable line, and writes nothing when the file cannot be read."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main

ROOT = Path(__file__).resolve().parents[2]

CATALOGUE = "\r\n".join(
    [
        "DANH MỤC THỦ TỤC HÀNH CHÍNH CẤP XÃ;;;",
        "STT;Mã TTHC;Tên thủ tục hành chính;Lĩnh vực",
        "I. LĨNH VỰC HỘ TỊCH;;;",
        "1;1.001193;Đăng ký khai sinh;",
        "2;1.004.946;Đăng ký kết hôn;",
        "3;1.000656;Đăng ký khai tử;",
        "4;;Đăng ký giám hộ;",
    ]
)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUTF8="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data directory with a commune set up (as after the first run)."""
    from app.bootstrap import open_data_dir
    from app.models import AgencyKind
    from app.services import dto

    root = tmp_path / "data"
    ctx = open_data_dir(root, writer=True, program="kiểm thử")
    try:
        ctx.services.agency.set_up(
            dto.AgencyFields(
                full_name="Ủy ban nhân dân xã Tùng Ảnh",
                kind=AgencyKind.COMMUNE,
                place_name="Tùng Ảnh",
                code_abbreviation="UBND",
            )
        )
    finally:
        ctx.close()
    return root


@pytest.fixture
def catalogue(tmp_path: Path) -> Path:
    path = tmp_path / "danh mục.csv"
    path.write_bytes(b"\xef\xbb\xbf" + CATALOGUE.encode("utf-8"))
    return path


def db_digest(root: Path) -> str:
    return hashlib.sha256((root / "thuky-iso.sqlite3").read_bytes()).hexdigest()


def tthc_codes(root: Path) -> list[str]:
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(root, writer=False, program="kiểm thử")
    try:
        return sorted(row.code for row in ctx.services.tthc.list_tthc())
    finally:
        ctx.close()


def test_import_applies_valid_rows_and_lists_the_rejected_ones(data, catalogue):
    result = run("--data-dir", str(data), "import", "tthc", str(catalogue))

    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "Dòng 5: Mã TTHC “1.004.946” không đúng dạng (một chữ số, dấu chấm, sáu chữ số; ví dụ 1.001193).",
        "Dòng 7: Thiếu Mã TTHC.",
    ]
    assert result.stdout.splitlines()[-1] == "added 2, updated 0, unchanged 0, rejected 2"
    assert tthc_codes(data) == ["1.000656", "1.001193"]


def test_reimport_and_dry_run_write_nothing(data, catalogue, capsys):
    assert main(["--data-dir", str(data), "import", "tthc", str(catalogue)]) == 0
    capsys.readouterr()

    assert main(["--data-dir", str(data), "import", "tthc", str(catalogue)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "added 0, updated 0, unchanged 2, rejected 2"

    catalogue.write_bytes((CATALOGUE + "\r\n5;2.000635;Cấp bản sao trích lục hộ tịch;").encode("utf-8"))
    before = db_digest(data)
    assert main(["--data-dir", str(data), "import", "tthc", str(catalogue), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "không ghi gì" in out
    assert out.splitlines()[-1] == "added 1, updated 0, unchanged 2, rejected 2"
    assert [line.split(":")[0] for line in err.splitlines()] == ["Dòng 5", "Dòng 7"]
    assert db_digest(data) == before
    assert tthc_codes(data) == ["1.000656", "1.001193"]


def test_documents_import_from_the_command_line(data, tmp_path, capsys):
    register = tmp_path / "so.csv"
    register.write_text(
        "Mã hiệu,Tên tài liệu,Loại tài liệu,Lần ban hành,Ngày ban hành\n"
        "QT 01/HT,Quy trình đăng ký khai sinh,QT TTHC,1,01/07/2025\n"
        "QT 02/HT,Quy trình đăng ký kết hôn,Công văn,1,01/07/2025\n",
        encoding="utf-8",
    )
    assert main(["--data-dir", str(data), "import", "documents", str(register)]) == 0
    out, err = capsys.readouterr()
    assert err.startswith("Dòng 3: Loại tài liệu “Công văn” không nhận ra")
    assert out.splitlines()[-1] == "added 1, updated 0, unchanged 0, rejected 1"


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("khong-co.xlsx", None, "Không tìm thấy tệp"),
        ("hong.xlsx", bytes(range(256)) * 4, "Không đọc được tệp hong.xlsx"),
        ("cu.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Excel 97–2003 (.xls)"),
        ("trong.csv", b"", "không có dữ liệu"),
        ("nham.csv", "Mã hiệu;Tên tài liệu\nQT 01;Quy trình\n".encode(), "Không tìm thấy dòng tiêu đề"),
    ],
    ids=["missing", "corrupt-xlsx", "xls", "empty", "documents-as-tthc"],
)
def test_a_file_that_cannot_be_read_is_one_error_line_and_no_write(
    data, tmp_path, capsys, name, content, expected
):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = db_digest(data)

    assert main(["--data-dir", str(data), "import", "tthc", str(path)]) == 1

    out, err = capsys.readouterr()
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Lỗi: "), err
    assert expected in lines[0]
    assert "added" not in out
    assert db_digest(data) == before
    assert tthc_codes(data) == []
