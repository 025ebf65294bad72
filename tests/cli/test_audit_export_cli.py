"""``thuky-iso export audit-…|ca-form|corrective-actions|findings`` in a separate process: the forms one
request a page, a record addressed by --number/--year, the register's JSON as of --today, the
warnings said as "Lưu ý:" lines, one Vietnamese line and exit 1 for a number that does not exist."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests import decree30

ROOT = Path(__file__).resolve().parents[2]
TODAY = "2026-12-02"


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
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A commune with its 2026 audits, inspection, findings and corrective actions (the records of
    ``tests/services/test_audit_documents.py``)."""
    from app.bootstrap import open_data_dir
    from app.models import AgencyKind, LeaderRole
    from app.services import dto
    from tests.services.test_audit_documents import make_audit_data

    root = tmp_path_factory.mktemp("audits") / "dữ liệu"
    ctx = open_data_dir(root, writer=True, program="kiểm thử")
    try:
        ctx.services.agency.set_up(
            dto.AgencyFields(
                full_name="Ủy ban nhân dân xã Tùng Ảnh",
                kind=AgencyKind.COMMUNE,
                parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
                place_name="Tùng Ảnh",
                code_abbreviation="UBND",
                signing_lines="TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
                signer_name="Nguyễn Văn An",
            ),
            dto.LeaderFields(full_name="Nguyễn Văn An", title="Chủ tịch", role=LeaderRole.HEAD),
        )
        make_audit_data(ctx.services)
    finally:
        ctx.close()
    return root


def export(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run("--data-dir", str(data), "--today", TODAY, "export", *args)


def test_the_kinds_are_listed_with_their_formats():
    result = run("export", "--kinds")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for line in (
        "audit-decision pdf,docx",
        "audit-plan pdf,docx",
        "audit-checklist pdf,docx",
        "audit-report pdf,docx",
        "ca-form pdf,docx",
        "corrective-actions xlsx,pdf,json",
        "findings xlsx,pdf,json",
    ):
        assert line in lines


def test_every_request_of_the_year_prints_one_a_page_and_the_blank_code_is_said(data, tmp_path):
    out = tmp_path / "phiếu HĐKP.pdf"
    result = export(data, "ca-form", "--year", "2026", "--format", "pdf", "--out", str(out))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Lưu ý: Chưa chọn mã biểu mẫu cho “Phiếu yêu cầu hành động khắc phục”")
    assert lines[-1].startswith("Đã xuất")
    pages = [flat(p.extract_text()) for p in PdfReader(str(out)).pages]
    assert [
        next(n for n in ("05/2025", "01/2026", "02/2026", "03/2026", "04/2026") if f"Số: {n}" in p)
        for p in pages
    ] == [
        "05/2025",
        "01/2026",
        "02/2026",
        "03/2026",
        "04/2026",
    ]


def test_one_request_and_one_audit_are_addressed_by_number_and_year(data, tmp_path):
    word = tmp_path / "phiếu 01.docx"
    result = export(
        data, "ca-form", "--year", "2026", "--number", "01", "--format", "docx", "--out", str(word)
    )
    assert result.returncode == 0, result.stderr
    assert word.stat().st_size > 0
    report = tmp_path / "báo cáo.pdf"
    result = export(
        data, "audit-report", "--year", "2026", "--number", "1", "--format", "pdf", "--out", str(report)
    )
    assert result.returncode == 0, result.stderr
    assert decree30.problems(report) == []
    words = flat(decree30.text_of(report))
    assert "TRƯỞNG ĐOÀN ĐÁNH GIÁ" in words and "Trần Thị Bình" in words


def test_an_unknown_number_is_one_line_and_exit_1(data, tmp_path):
    out = tmp_path / "không có.pdf"
    result = export(data, "ca-form", "--year", "2026", "--number", "09", "--format", "pdf", "--out", str(out))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Lỗi: Không có phiếu yêu cầu hành động khắc phục số 09 năm 2026."
    ]
    assert not out.exists()
    result = export(
        data, "audit-plan", "--year", "2026", "--number", "5", "--format", "pdf", "--out", str(out)
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Lỗi: Không có cuộc đánh giá nội bộ số 5 năm 2026."]


def test_the_register_json_is_as_of_today(data, tmp_path):
    out = tmp_path / "sổ.json"
    result = export(data, "corrective-actions", "--year", "2026", "--format", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    items = json.loads(out.read_text(encoding="utf-8"))
    assert [(x["number"], x["status"], x["overdue"]) for x in items] == [
        ("05/2025", "dang_phan_tich", True),
        ("01/2026", "dang_thuc_hien", True),
        ("02/2026", "da_dong", False),
        ("03/2026", "moi", False),  # due today: not overdue
        ("04/2026", "huy", False),
    ]
    findings = tmp_path / "phát hiện.json"
    result = export(data, "findings", "--year", "2026", "--format", "json", "--out", str(findings))
    assert result.returncode == 0, result.stderr
    listed = json.loads(findings.read_text(encoding="utf-8"))
    assert {x["source"] for x in listed} == {"audit", "inspection"}
    assert sum(x["without_action"] for x in listed) == 1
