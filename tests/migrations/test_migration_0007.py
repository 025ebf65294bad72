"""Migration 0007: a database at 0006 holding an agency, recipients and a plan comes through with
the plans' outputs (empty), a recipient whose note was a purpose now carrying it as its purpose, the
other notes kept as internal notes, the agency's default legal bases, and the plan printing what it
should; the downgrade gives the purpose back to the note."""

from __future__ import annotations

import sqlite3
from datetime import date

from alembic import command
from sqlalchemy import create_engine

from app.bootstrap import open_data_dir
from app.services.datadir import DataDir
from app.services.migrations import alembic_config
from tests.migrations.test_migrations import SEED_SQL

RECIPIENTS = [
    # (id, name, note at 0006, addressee) → expected (purpose, note) at 0007
    ((1, "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", "Nhận báo cáo 6 tháng, báo cáo năm", 1), ("", None)),
    ((2, "Thường trực Đảng ủy xã", "Để báo cáo", 0), ("để báo cáo", "")),
    ((3, "Văn phòng UBND tỉnh", " (để b/c) ", 0), ("để báo cáo", "")),
    ((4, "Các bộ phận chuyên môn", "thực hiện;", 0), ("để thực hiện", "")),
    ((5, "Sở Nội vụ", "", 0), ("", "")),
]


def _database_at_0006(data: DataDir) -> None:
    data.ensure()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        for sql in SEED_SQL["0006"]:
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql("UPDATE agency SET parent_body = 'Ủy ban nhân dân tỉnh Hà Tĩnh'")
        conn.exec_driver_sql(
            "UPDATE annual_plan SET number = '05', signed_on = '2026-01-05', purpose = 'Duy trì HTQLCL.'"
        )
        conn.exec_driver_sql(
            "UPDATE plan_task SET status = 'done', completed_on = '2026-09-17',"
            " evidence = 'Đã khắc phục 3/4 điểm không phù hợp'"
        )
        for (rid, name, note, addressee), _expected in RECIPIENTS:
            conn.exec_driver_sql(
                "INSERT INTO recipient (id, name, note, addressee, sort_order) VALUES (?, ?, ?, ?, ?)",
                (rid, name, note, addressee, rid),
            )
    engine.dispose()


def test_upgrade_to_0007_keeps_the_data_and_prints_purposes_not_notes(tmp_path):
    data = DataDir(tmp_path / "data")
    _database_at_0006(data)
    ctx = open_data_dir(data.root, writer=True, program="test")
    try:
        assert ctx.status_before.revision == "0006"
        s = ctx.services
        recipients = {r.id: r for r in s.agency.list_recipients()}
        for (rid, _name, note, _addressee), (purpose, kept_note) in RECIPIENTS:
            r = recipients[rid]
            assert r.purpose == purpose, rid
            assert r.note == (note if kept_note is None else kept_note), rid
            assert r.on_plans and r.on_reports
        assert s.agency.get_profile().drafting_unit == ""

        bases = s.agency.list_legal_bases("plan")
        assert [b.number for b in bases] == [
            "19/2014/QĐ-TTg",
            "26/2014/TT-BKHCN",
            "116/2015/TT-BTC",
            "4109/QĐ-BKHCN",
            "101/QĐ-BKHCN",
            "",
        ]
        assert bases[0].issued_on == date(2014, 3, 5)
        assert (bases[-1].lead, bases[-1].issuer) == ("Thực hiện", "Ủy ban nhân dân tỉnh Hà Tĩnh")
        assert [b.number for b in s.agency.list_legal_bases("objectives")] == [
            "19/2014/QĐ-TTg",
            "26/2014/TT-BKHCN",
            "101/QĐ-BKHCN",
        ]

        plan = s.plans.get_plan(2026)
        assert (plan.number, plan.purpose, plan.funding, plan.legal_bases) == (
            "05",
            "Duy trì HTQLCL.",
            "",
            "",
        )
        (task,) = plan.tasks
        assert (task.content, task.output, task.evidence) == (
            "Tổ chức đánh giá nội bộ",
            "",
            "Đã khắc phục 3/4 điểm không phù hợp",
        )
        assert s.objectives.get_meta(2026).legal_bases == ""

        printed = " ".join(" ".join(t.split()) for t in s.plan_exports.build("plan", 2026).texts() if t)
        assert "Thường trực Đảng ủy xã (để báo cáo);" in printed
        assert "Nhận báo cáo 6 tháng" not in printed
        assert "Đã khắc phục 3/4" not in printed
        assert "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014" in printed
    finally:
        ctx.close()


def test_downgrade_from_0007_gives_the_purpose_back_to_the_note(tmp_path):
    data = DataDir(tmp_path / "data")
    _database_at_0006(data)
    open_data_dir(data.root, writer=True, program="test").close()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0006")
    engine.dispose()
    conn = sqlite3.connect(data.db_path)
    notes = dict(conn.execute("SELECT id, note FROM recipient").fetchall())
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert notes == {
        1: "Nhận báo cáo 6 tháng, báo cáo năm",
        2: "để báo cáo",
        3: "để báo cáo",
        4: "để thực hiện",
        5: "",
    }
    assert "legal_basis" not in tables
