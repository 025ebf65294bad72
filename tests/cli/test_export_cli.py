"""``thuky-iso export documents``: the registers written from the command line, in a separate process."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


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


def make_data(root: Path) -> None:
    from app.bootstrap import open_data_dir
    from app.models import DocumentType, LegalKind
    from app.services import dto

    ctx = open_data_dir(root, writer=True, program="kiểm thử")
    try:
        s = ctx.services
        s.agency.set_up(
            dto.AgencyFields(
                full_name="Ủy ban nhân dân phường Đông Hà",
                parent_body="Ủy ban nhân dân tỉnh Quảng Trị",
                place_name="Đông Hà",
                code_abbreviation="UBND",
            )
        )
        doc = s.documents.save_document(
            dto.DocumentFields(
                code="QT 01/ĐH-HT", title="Đăng ký khai sinh", doc_type=DocumentType.TTHC_PROCEDURE
            )
        )
        s.documents.issue_revision(
            doc.id,
            dto.RevisionFields(issue_number=1, issued_on=date(2025, 7, 1), effective_on=date(2025, 7, 1)),
        )
        s.legal.save_legal(
            dto.LegalFields(
                kind=LegalKind.LAW,
                number="30/2020/NĐ-CP",
                title="Nghị định về công tác văn thư",
                issuer="Chính phủ",
                issued_on=date(2020, 3, 5),
                effective_on=date(2020, 3, 5),
            )
        )
    finally:
        ctx.close()


def test_export_both_registers_from_the_command_line(tmp_path):
    data = tmp_path / "dữ liệu"
    make_data(data)

    pdf = tmp_path / "danh mục nội bộ.pdf"
    result = run("--data-dir", str(data), "export", "documents", "--format", "pdf", "--out", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "Đã xuất" in result.stdout and pdf.name in result.stdout
    reader = PdfReader(str(pdf))
    text = reader.pages[0].extract_text()
    assert "ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG HÀ" in text
    assert "DANH MỤC TÀI LIỆU NỘI BỘ" in text and "QT 01/ĐH-HT" in text

    xlsx = tmp_path / "ben-ngoai.xlsx"
    result = run(
        "--data-dir",
        str(data),
        "export",
        "documents",
        "--list",
        "external",
        "--format",
        "xlsx",
        "--out",
        str(xlsx),
    )
    assert result.returncode == 0, result.stderr
    rows = list(openpyxl.load_workbook(str(xlsx)).active.iter_rows(values_only=True))
    assert "DANH MỤC TÀI LIỆU BÊN NGOÀI" in [row[0] for row in rows]
    assert any(row[1] == "30/2020/NĐ-CP" and row[6] == "Đang hiệu lực" for row in rows)


def test_export_into_a_missing_folder_prints_one_error_line(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    out = tmp_path / "không có" / "r.pdf"
    result = run("--data-dir", str(data), "export", "documents", "--format", "pdf", "--out", str(out))
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Lỗi: Không ghi được tệp"), result.stderr
    assert not out.parent.exists()


def test_export_kinds_lists_every_kind_with_its_formats(tmp_path):
    result = run("export", "--kinds")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    kinds = dict(line.split(" ", 1) for line in lines)
    for kind in ("plan", "objectives", "documents", "tthc"):
        assert kinds[kind] == "pdf,docx,xlsx", lines
    assert not (tmp_path / "data").exists()


def test_export_the_tthc_catalogue_and_a_signed_register_as_word(tmp_path):
    from docx import Document as WordDocument

    data = tmp_path / "data"
    make_data(data)
    out = tmp_path / "tthc.pdf"
    result = run("--data-dir", str(data), "export", "tthc", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH" in PdfReader(str(out)).pages[0].extract_text()
    word = tmp_path / "noi-bo.docx"
    args = ("export", "documents", "--signatures", "--format", "docx", "--out", str(word))
    result = run("--data-dir", str(data), *args)
    assert result.returncode == 0, result.stderr
    texts = [p.text for p in WordDocument(str(word)).paragraphs]
    for table in WordDocument(str(word)).tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
    flat = " ".join(texts).replace("\u00a0", " ")  # codes keep together with no-break spaces
    assert "QT 01/ĐH-HT" in flat and "NGƯỜI LẬP" in flat.upper() and "NGƯỜI PHÊ DUYỆT" in flat.upper()


def test_export_refuses_a_name_that_does_not_match_the_format(tmp_path):
    data = tmp_path / "data"
    make_data(data)
    out = tmp_path / "danh-muc.pdf"
    result = run("--data-dir", str(data), "export", "documents", "--format", "xlsx", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.startswith("Lỗi:") and ".xlsx" in result.stderr
    assert not out.exists()
