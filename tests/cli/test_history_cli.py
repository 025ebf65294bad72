"""``history``: the change log as JSON (a list of {at, user, computer, type, record_id, action,
changes}) or text, since a day and of one record type; an unknown type is a usage error; the command
only reads."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.bootstrap import open_data_dir
from app.cli import main
from app.services import dto, history
from app.services.risks import RiskFields


@pytest.fixture
def root(tmp_path):  # type: ignore[no-untyped-def]
    root = tmp_path / "data"
    ctx = open_data_dir(root, writer=True, program="kiểm thử", today=date(2026, 10, 5))
    try:
        s = ctx.services
        risk_id = s.risks.create(
            RiskFields(title="Hồ sơ trễ hạn", likelihood=3, identified_on=date(2026, 2, 1))
        )
        s.risks.update(
            risk_id, RiskFields(title="Hồ sơ đất đai trễ hạn", likelihood=4, identified_on=date(2026, 2, 1))
        )
        s.clock.pin(date(2026, 10, 9))
        s.tthc.save_tthc(dto.TthcFields(code="1.000001", name="Đăng ký khai sinh"))
    finally:
        ctx.close()
    return root


def _json(capsys, *args: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_json_lists_every_entry_oldest_first(root, capsys):
    entries = _json(capsys, "--data-dir", str(root), "history", "--format", "json")
    assert [(e["type"], e["action"]) for e in entries] == [
        ("risk", "create"),
        ("risk", "update"),
        ("tthc", "create"),
    ]
    user, computer = history.who()
    for entry in entries:
        assert list(entry) == ["at", "user", "computer", "type", "record_id", "action", "changes"]
        assert (entry["user"], entry["computer"]) == (user, computer)
        assert entry["at"].endswith("Z") and isinstance(entry["record_id"], int)
    assert entries[1]["changes"] == [
        {"field": "title", "old": "Hồ sơ trễ hạn", "new": "Hồ sơ đất đai trễ hạn"},
        {"field": "likelihood", "old": 3, "new": 4},
    ]
    assert entries[2]["at"].startswith("2026-10-09T")


def test_since_and_type_filter(root, capsys):
    since = _json(capsys, "--data-dir", str(root), "history", "--since", "2026-10-08", "--format", "json")
    assert [e["type"] for e in since] == ["tthc"]
    risks = _json(capsys, "--data-dir", str(root), "history", "--type", "risk", "--format", "json")
    assert [e["action"] for e in risks] == ["create", "update"]
    assert _json(capsys, "--data-dir", str(root), "history", "--type", "agency", "--format", "json") == []


def test_text_names_the_record_and_the_fields_in_vietnamese(root, capsys):
    assert main(["--data-dir", str(root), "history", "--type", "risk"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Rủi ro, cơ hội #1  Sửa" in lines[-3]
    assert lines[-2:] == [
        "    Tên rủi ro, cơ hội: Hồ sơ trễ hạn → Hồ sơ đất đai trễ hạn",
        "    Khả năng xảy ra: 3 → 4",
    ]
    assert lines[0].startswith("05/10/2026 ") and "Tạo mới" in lines[0]
    assert main(["--data-dir", str(root), "history", "--since", "2030-01-01"]) == 0
    assert capsys.readouterr().out.strip() == "Không có thay đổi nào."


def test_an_unknown_type_is_a_usage_error(root, capsys):
    assert main(["--data-dir", str(root), "history", "--type", "khong-co"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: loại hồ sơ khong-co không có") and "corrective_action" in err


def test_history_only_reads(tmp_path, capsys):
    missing = tmp_path / "không có"
    assert main(["--data-dir", str(missing), "history"]) == 1
    assert "không tồn tại" in capsys.readouterr().err
    assert not missing.exists()


def test_after_a_restore_the_log_is_the_backups_plus_the_restore(root, capsys, tmp_path):  # type: ignore[no-untyped-def]
    backup = tmp_path / "truoc.zip"
    assert main(["--data-dir", str(root), "--today", "2026-10-10", "backup", "--out", str(backup)]) == 0
    capsys.readouterr()
    ctx = open_data_dir(root, writer=True, program="kiểm thử", today=date(2026, 10, 11))
    try:
        ctx.services.tthc.save_tthc(dto.TthcFields(code="1.000002", name="Đăng ký kết hôn"))
    finally:
        ctx.close()
    assert len(_json(capsys, "--data-dir", str(root), "history", "--format", "json")) == 4
    assert main(["--data-dir", str(root), "--today", "2026-10-12", "restore", str(backup)]) == 0
    capsys.readouterr()
    entries = _json(capsys, "--data-dir", str(root), "history", "--format", "json")
    # The entry written after the backup is gone with its record (it stays in the safety copy).
    assert [(e["type"], e["action"]) for e in entries] == [
        ("risk", "create"),
        ("risk", "update"),
        ("tthc", "create"),
        ("database", "update"),
    ]
    assert entries[-1]["changes"] == [{"field": "restored_from", "old": None, "new": "truoc.zip"}]
    assert entries[-1]["at"].startswith("2026-10-12T") and entries[-1]["record_id"] is None
