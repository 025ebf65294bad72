"""Migration 0008: documents stored "in force" with no issue (written before the rule that a document
is in force only once issued) become drafts; issued and obsolete documents keep their status."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine

from app.bootstrap import open_data_dir
from app.models import DocumentStatus
from app.services.datadir import DataDir
from app.services.migrations import alembic_config
from tests.migrations.test_migrations import SEED_SQL


def test_documents_without_an_issue_become_drafts(tmp_path):
    data = DataDir(tmp_path / "data")
    data.ensure()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
        for sql in SEED_SQL["0007"]:  # QT 01 issued; QT 02 and QT 03 "in force" without an issue
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(
            "INSERT INTO document (id, code, code_key, title, doc_type, field, department_id, status,"
            " parent_id, note, search_text) VALUES (4, 'QT 04/CX-HT', 'qt 04/cx-ht', 'Quy trình cũ',"
            " 'tthc_procedure', 'Hộ tịch', 1, 'obsolete', NULL, '', 'qt 04')"
        )
    engine.dispose()
    ctx = open_data_dir(data.root, writer=True, program="test")
    try:
        assert ctx.status_before.revision == "0007"
        statuses = {r.code: r.status for r in ctx.services.documents.list_documents()}
        assert statuses == {
            "QT 01/CX-HT": DocumentStatus.IN_FORCE,
            "QT 02/CX-HT": DocumentStatus.DRAFT,
            "QT 03/CX-HT": DocumentStatus.DRAFT,
            "QT 04/CX-HT": DocumentStatus.OBSOLETE,
        }
        assert ctx.services.tthc.coverage().covered == 1
    finally:
        ctx.close()
