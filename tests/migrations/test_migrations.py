"""The migration chain: empty → head, one head, models agree, refusal of unknown revisions, and
upgrades of databases that hold data (from the second revision on, each revision's predecessor)."""

from __future__ import annotations

import hashlib
import sqlite3
import warnings
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, text

from app import models as m
from app.bootstrap import open_data_dir
from app.models import Base
from app.services import dto
from app.services.datadir import DataDir
from app.services.db import make_engine
from app.services.errors import DataDirError
from app.services.migrations import (
    APPLICATION_ID,
    DbState,
    alembic_config,
    head_revision,
    inspect_database,
    script_directory,
    upgrade_database,
)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_single_head():
    assert len(script_directory().get_heads()) == 1


def test_empty_to_head_creates_every_table_and_stamps_the_file(tmp_path):
    db = tmp_path / "new.sqlite3"
    engine = make_engine(db)
    status = upgrade_database(db, engine, tmp_path / "backups")
    engine.dispose()
    assert status.state is DbState.MISSING
    after = inspect_database(db)
    assert after.state is DbState.CURRENT and after.revision == head_revision()
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(Base.metadata.tables) <= tables
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())


def test_models_and_migrations_agree(tmp_path):
    db = tmp_path / "m.sqlite3"
    engine = make_engine(db)
    upgrade_database(db, engine, tmp_path / "b")
    with engine.connect() as conn, warnings.catch_warnings():
        # SQLAlchemy cannot reflect an expression index (the register's): checked below instead.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        warnings.filterwarnings("ignore", "autogenerate skipping metadata-specified expression-based index")
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    engine.dispose()
    assert [d for d in diff if not (d[0] == "add_index" and d[1].name in EXPRESSION_INDEXES)] == []


EXPRESSION_INDEXES = {"ix_document_register"}


def test_expression_indexes_are_made_by_the_migrations_as_the_models_declare_them(tmp_path):
    from sqlalchemy.schema import CreateIndex

    db = tmp_path / "m.sqlite3"
    engine = make_engine(db)
    upgrade_database(db, engine, tmp_path / "b")
    with engine.connect() as conn:
        made = dict(conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index'").all())
    engine.dispose()
    for table in Base.metadata.tables.values():
        for index in table.indexes:
            if index.name in EXPRESSION_INDEXES:
                declared = str(CreateIndex(index).compile(dialect=engine.dialect))
                assert " ".join(made[index.name].split()) == " ".join(declared.split())


def test_downgrade_to_base_and_up_again(tmp_path):
    """Every migration's downgrade works, so a bad release can be rolled back by a developer."""
    db = tmp_path / "d.sqlite3"
    engine = make_engine(db)
    upgrade_database(db, engine, tmp_path / "b")
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        command.upgrade(cfg, "head")
    engine.dispose()
    assert inspect_database(db).state is DbState.CURRENT


def test_unknown_revision_is_refused_and_left_byte_for_byte(tmp_path):
    ctx = open_data_dir(tmp_path / "data", writer=True, program="test")
    db = ctx.data_dir.db_path
    ctx.close()
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _sha(db)
    files_before = sorted(p.name for p in db.parent.iterdir())
    with pytest.raises(DataDirError) as caught:
        open_data_dir(tmp_path / "data", writer=True, program="test")
    assert caught.value.code == "db.too_new"
    assert caught.value.params["revision"] == "ffff9999"
    assert _sha(db) == before
    assert sorted(p.name for p in db.parent.iterdir()) == files_before
    # The lock was released: the refusal does not lock the user out.
    with pytest.raises(DataDirError):
        open_data_dir(tmp_path / "data", writer=False, program="test")


def test_foreign_and_damaged_files_are_refused(tmp_path):
    foreign = DataDir(tmp_path / "foreign")
    foreign.ensure()
    conn = sqlite3.connect(foreign.db_path)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DataDirError) as caught:
        open_data_dir(foreign.root, writer=True, program="test")
    assert caught.value.code == "db.foreign"

    damaged = DataDir(tmp_path / "damaged")
    damaged.ensure()
    damaged.db_path.write_bytes(b"this is not a database at all" * 100)
    before = _sha(damaged.db_path)
    with pytest.raises(DataDirError) as caught:
        open_data_dir(damaged.root, writer=True, program="test")
    assert caught.value.code == "db.damaged"
    assert _sha(damaged.db_path) == before


def _revisions_in_order() -> list[str]:
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


# Data to put in a database at a given revision before upgrading past it: one entry per revision
# that has a successor. Add an entry with every new migration.
SEED_SQL: dict[str, list[str]] = {
    "0001": [
        "INSERT INTO agency (id, full_name, short_name, kind, parent_body, place_name, code_abbreviation, address,"
        " phone, email, iso_secretary_name, iso_secretary_title, iso_secretary_phone, signing_lines, signer_name,"
        " period_convention, six_month_deadline_day, six_month_deadline_month, annual_deadline_day,"
        " annual_deadline_month) VALUES (1, 'Ủy ban nhân dân xã Tùng Ảnh', 'UBND xã Tùng Ảnh', 'commune', '',"
        " 'Tùng Ảnh', 'UBND', '', '', '', '', '', '', 'TM. ỦY BAN NHÂN DÂN', '', 'decree09', 15, 6, 15, 12)",
        "INSERT INTO department (id, name, code, sort_order, active) VALUES (1, 'Văn phòng', 'VP', 0, 1)",
        "INSERT INTO person (id, full_name, position, department_id, phone, email, active)"
        " VALUES (1, 'Nguyễn Văn An', 'Chủ tịch', 1, '', '', 1)",
    ],
}


SEED_SQL["0002"] = [
    *SEED_SQL["0001"],
    "INSERT INTO tthc (id, code, name, field, level, in_jurisdiction, note, search_text)"
    " VALUES (1, '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'Cấp xã', 1, '', 'dang ky khai sinh')",
    "INSERT INTO document (id, code, code_key, title, doc_type, field, department_id, status, parent_id, note,"
    " search_text) VALUES (1, 'QT 01/CX-HT', 'qt 01/cx-ht', 'Quy trình đăng ký khai sinh', 'tthc_procedure',"
    " 'Hộ tịch', 1, 'in_force', NULL, '', 'qt 01/cx-ht quy trinh dang ky khai sinh')",
    "INSERT INTO document_tthc (id, document_id, tthc_code) VALUES (1, 1, '1.001193')",
    "INSERT INTO revision (id, document_id, issue_number, issued_on, effective_on, change_summary, prepared_by,"
    " reviewed_by, approved_by) VALUES (1, 1, 1, '2025-07-07', '2025-07-07', 'Ban hành lần đầu', '', '', '')",
]


SEED_SQL["0003"] = [
    *SEED_SQL["0002"],
    "INSERT INTO objective (id, year, sort_order, statement, indicator, unit, comparison, target, aggregation,"
    " frequency, department_id, owner_person_id, policy_version_id) VALUES (1, 2026, 0,"
    " 'Tối thiểu 98% hồ sơ giải quyết đúng hạn', 'Tỷ lệ hồ sơ đúng hạn', '%', 'ge', 98, 'last', 'quarter',"
    " 1, 1, NULL)",
    "INSERT INTO measurement (id, objective_id, period, value, note, attachment_id)"
    " VALUES (1, 1, 1, 97.5, '', NULL)",
    "INSERT INTO annual_plan (id, year, number, signed_on, purpose, requirements, implementation,"
    " signing_lines, signer_name, recipients) VALUES (1, 2026, '', NULL, '', '', '', '', '', '')",
    "INSERT INTO plan_task (id, plan_id, sort_order, content, responsible, timeframe, quarter, due_on, status,"
    " completed_on, evidence) VALUES (1, 1, 0, 'Tổ chức đánh giá nội bộ', 'Đoàn đánh giá', 'quarter', 4,"
    " NULL, 'not_started', NULL, '')",
]


SEED_SQL["0004"] = [
    *SEED_SQL["0003"],
    "INSERT INTO document (id, code, code_key, title, doc_type, field, department_id, status, parent_id, note,"
    " search_text) VALUES (2, 'QT 02/CX-HT', 'qt 02/cx-ht', 'Quy trình Đăng ký kết hôn', 'tthc_procedure',"
    " 'Hộ tịch', 1, 'in_force', NULL, '', 'qt 02/cx-ht quy trinh dang ky ket hon')",
    "INSERT INTO document (id, code, code_key, title, doc_type, field, department_id, status, parent_id, note,"
    " search_text) VALUES (3, 'QT 03/CX-HT', 'qt 03/cx-ht', 'Quy trình giao đất', 'tthc_procedure',"
    " 'Hộ tịch', 1, 'in_force', NULL, '', 'qt 03/cx-ht quy trinh giao dat')",
]


# 0006 cleans control characters out of stored text: tests/migrations/test_migration_0006.py
# upgrades a database holding them; here, clean data comes through unchanged.
SEED_SQL["0005"] = [*SEED_SQL["0004"]]


# 0007 adds the plans' outputs, recipients' purposes and legal bases:
# tests/migrations/test_migration_0007.py upgrades a database holding recipients and tasks.
SEED_SQL["0006"] = [*SEED_SQL["0005"]]


# 0008 makes documents without an issue drafts: tests/migrations/test_migration_0008.py.
SEED_SQL["0007"] = [*SEED_SQL["0006"]]


# 0009 only adds the tables of audits, findings and corrective actions: the data above comes through,
# and the new registers start empty (checked below).
SEED_SQL["0008"] = [*SEED_SQL["0007"]]


# 0010 adds the tables of risks, surveys, complaints, TTHC results and training, and the agency's
# risk bands: an agency upgraded from 0009 gets the default bands (checked below).
SEED_SQL["0009"] = [
    *SEED_SQL["0008"],
    "INSERT INTO corrective_action (id, year, seq, raised_on, source, source_type, source_id, department_id,"
    " found_by, found_on, description, correction, root_cause, similar_exists, similar_note, update_risks,"
    " update_qms, approver, due_on, status, closed_on, cancelled_on, cancel_reason, state_before_cancel,"
    " search_text) VALUES (1, 2026, 1, '2026-09-22', 'audit', '', NULL, 1, 'Nguyễn Văn An', '2026-09-22',"
    " 'Hồ sơ trễ hạn', '', '', NULL, '', 0, 0, '', '2026-10-22', 'moi', NULL, NULL, '', '', 'ho so tre han')",
]


# 0011 adds the management reviews: nothing earlier changes.
SEED_SQL["0010"] = [*SEED_SQL["0009"]]

# 0012 adds the reports, the agency's 6-month report setting (on: every agency reported twice a
# year before) and the day a document was made obsolete (empty for those obsolete already).
SEED_SQL["0011"] = [
    *SEED_SQL["0010"],
    "INSERT INTO document (id, code, code_key, title, doc_type, field, department_id, status,"
    " parent_id, note, search_text) VALUES (9, 'QT 09/CX-HT', 'qt 09/cx-ht', 'Quy trình cũ',"
    " 'tthc_procedure', 'Hộ tịch', 1, 'obsolete', NULL, '', 'qt 09')",
]


# 0013 adds the report's sections, the agency's report outline, and the report's legal bases for an
# agency that has none (checked below).
SEED_SQL["0012"] = [*SEED_SQL["0011"]]


# 0014 links the default plan tasks to the yearly cycle and adds the publication's name and posting.
SEED_SQL["0013"] = [
    *SEED_SQL["0012"],
    "INSERT INTO plan_task (id, plan_id, sort_order, content, responsible, timeframe, quarter, due_on, status,"
    " completed_on, output, evidence, search_text) SELECT 90, id, 90, 'Tổ chức ít nhất 01 cuộc đánh giá nội bộ"
    " Hệ thống quản lý chất lượng', 'Ban chỉ đạo ISO', 'quarter', 3, NULL, 'not_started', NULL, '', '', ''"
    " FROM annual_plan LIMIT 1",
]


# 0015 adds the change log and its append-only triggers: the history starts empty at the upgrade
# (the upgrade itself is not logged) and the first save after it is (checked below).
SEED_SQL["0014"] = [*SEED_SQL["0013"]]


def test_seed_sql_covers_every_revision_with_a_successor():
    revisions = _revisions_in_order()
    assert set(revisions[:-1]) <= set(SEED_SQL)


@pytest.mark.parametrize("start", _revisions_in_order()[:-1] or ["(only one revision)"])
def test_upgrade_keeps_data_and_backs_up_first(tmp_path, start):
    if start == "(only one revision)":
        pytest.skip("only one revision: nothing to upgrade from yet")
    data = DataDir(tmp_path / "data")
    data.ensure()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, start)
        for sql in SEED_SQL[start]:
            conn.exec_driver_sql(sql)
    engine.dispose()
    assert inspect_database(data.db_path).state is DbState.OUTDATED
    ctx = open_data_dir(data.root, writer=True, program="test")
    try:
        assert ctx.status_before.revision == start
        assert inspect_database(data.db_path).state is DbState.CURRENT
        profile = ctx.services.agency.get_profile()
        assert profile is not None and profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
        assert [p.full_name for p in ctx.services.organization.list_persons()] == ["Nguyễn Văn An"]
        if start >= "0002":
            doc = ctx.services.documents.list_documents()[0]
            assert (doc.code, doc.current_issue) == ("QT 01/CX-HT", 1)
            assert ctx.services.tthc.coverage().covered == 1
        if start >= "0003":
            (objective,) = ctx.services.objectives.list_objectives(2026)
            assert (objective.statement, [x.value for x in objective.measurements]) == (
                "Tối thiểu 98% hồ sơ giải quyết đúng hạn",
                [97.5],
            )
        if start == "0003":
            # Filled by the migration: found without diacritics like records written since.
            hits = ctx.services.search.search("danh gia noi bo")
            assert [h.title for h in hits.get("plan_task", [])] == ["Tổ chức đánh giá nội bộ"]
            assert [h.id for h in ctx.services.search.search("ho so dung han").get("objective", [])] == [1]
        if start == "0004":
            # Filled by the migration: the TTHC codes find their procedure, titles sort in
            # Vietnamese order in SQL (Đ/đ before g, kết before khai; binary order puts g first).
            flt = dto.DocumentFilter(text="1.001193")
            assert ctx.services.documents.document_ids(flt) == [1]
            by_title = ctx.services.documents.document_ids(sort="title")
            assert by_title == [2, 1, 3]
        if start == "0008":
            # The new registers start empty and count as such on the home page.
            figures = ctx.services.indicators.snapshot().audits
            assert (figures.audits_in_year, figures.actions_open, figures.findings_without_action) == (
                0,
                0,
                0,
            )
            assert [r.document_id for r in ctx.services.form_codes.forms()] == [None, None]
        if start == "0009":
            (request,) = ctx.services.corrective_actions.register(2026)
            assert (request.number, request.description) == ("01/2026", "Hồ sơ trễ hạn")
            with ctx.services.uow() as uow:
                agency = uow.session.get(m.Agency, 1)
                assert agency is not None and (agency.risk_medium_from, agency.risk_high_from) == (5, 15)
        if start == "0010":
            with ctx.services.uow() as uow:  # the new tables exist and start empty
                assert uow.session.query(m.ManagementReview).count() == 0
        if start == "0011":
            with ctx.services.uow() as uow:
                assert uow.session.query(m.QmsReport).count() == 0
                agency = uow.session.get(m.Agency, 1)
                assert agency is not None and agency.six_month_report is True
                old = uow.session.get(m.Document, 9)
                assert (
                    old is not None and old.status is m.DocumentStatus.OBSOLETE and old.obsoleted_on is None
                )
        if start == "0012":
            bases = ctx.services.agency.list_legal_bases("report")
            assert [(b.lead, b.number) for b in bases] == [
                ("Thực hiện", "19/2014/QĐ-TTg"),
                ("Thực hiện", "26/2014/TT-BKHCN"),
            ]
            with ctx.services.uow() as uow:
                agency = uow.session.get(m.Agency, 1)
                assert agency is not None and agency.report_outline == ""
        if start == "0013":
            with ctx.services.uow() as uow:
                keys = {t.content[:20]: t.cycle_key for t in uow.session.query(m.PlanTask)}
                assert keys["Tổ chức ít nhất 01 c"] == "audit" and keys["Tổ chức đánh giá nội"] == ""
        if start == "0014":
            with ctx.services.uow() as uow:
                assert uow.session.query(m.ChangeLog).count() == 0
                triggers = uow.session.execute(
                    text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'change_log'")
                ).scalars()
                assert sorted(triggers) == ["change_log_no_delete", "change_log_no_update"]
            ctx.services.organization.save_department(dto.DepartmentFields(name="Bộ phận Một cửa"))
            (entry,) = ctx.services.history.entries(ctx.services.history.entry_ids())
            assert (entry.record_type, entry.action) == ("department", "create")
        if start < "0004":
            # A warning window the agency already had is kept (a new agency gets 14 days).
            assert ctx.services.legal.get_settings().due_soon_days == 30
    finally:
        ctx.close()
    backups = list(data.backups_dir.glob(f"truoc-nang-cap-{start}-*.sqlite3"))
    assert len(backups) == 1
    assert inspect_database(backups[0]).revision == start
