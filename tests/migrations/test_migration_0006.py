"""Migration 0006: text stored before the service layer cleaned its input loses its control
characters, bidi overrides and zero-width characters (CR becomes LF); nothing else changes, the
sort keys of the cleaned rows are rebuilt, and the other rows are not rewritten."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import create_engine

from app.bootstrap import open_data_dir
from app.services.datadir import DataDir
from app.services.migrations import alembic_config
from app.services.sanitize import needs_cleaning
from app.services.vocabulary import sort_text
from tests.migrations.test_migrations import SEED_SQL

DIRTY_TITLE = "Quy trình\x01 cấp\u202e phép\u200b\r\nxây dựng"
CLEAN_TITLE = "Quy trình cấp phép\nxây dựng"

# (table, id) → {column: (stored at 0005, expected after 0006)}
DIRTY = {
    ("document", 10): {
        "code": ("QT\u200b 10/CX-XD", "QT 10/CX-XD"),
        "title": (DIRTY_TITLE, CLEAN_TITLE),
        "note": ("Ghi chú\ttab\rdòng\x7f", "Ghi chú\ttab\ndòng"),
        "search_text": (
            "qt\u200b 10/cx-xd quy trinh\x01 cap\u202e phep\u200b",
            "qt 10/cx-xd quy trinh cap phep",
        ),
    },
    ("objective", 1): {
        "statement": ("\ufeffTối thiểu 98% hồ sơ\u2066 đúng hạn\u2069", "Tối thiểu 98% hồ sơ đúng hạn"),
        "indicator": ("Tỷ lệ\x00 hồ sơ\x1f đúng hạn", "Tỷ lệ hồ sơ đúng hạn"),
    },
    ("legal_document", 1): {
        "title": ("Luật\x0b Hộ tịch\u202a\u202b\u202c\u202d", "Luật Hộ tịch"),
        "note": ("Dòng 1\r\nDòng 2\x0c", "Dòng 1\nDòng 2"),
    },
    ("tthc", 1): {"name": ("Đăng ký\u200d khai sinh\u200c", "Đăng ký khai sinh")},
    ("agency", 1): {"address": ("Thôn\u2060 1\u2067", "Thôn 1")},
    ("plan_task", 1): {"evidence": ("Biên bản\x1b[0m", "Biên bản[0m")},
}
# Text that must come out exactly as stored: tab and newline are kept, so are other invisible-
# looking characters the issue does not name (no-break space, soft hyphen, U+2028).
KEPT = {
    ("policy_version", 1, "text"): "Chính sách\n\tchất lượng\u00a0năm 2026\u00ad\u2028hết",
    ("document", 11, "title"): "Quy trình sạch\tcó tab",
}


def _database_at_0005(data: DataDir) -> None:
    data.ensure()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        for sql in SEED_SQL["0005"]:
            conn.exec_driver_sql(sql)
        conn.exec_driver_sql(
            "INSERT INTO legal_document (id, kind, number, title, issuer, issued_on, effective_on,"
            " replaced_by_id, note, search_text) VALUES (1, 'law', '04/2014/QH13', '', 'Quốc hội',"
            " NULL, NULL, NULL, '', 'luat ho tich')"
        )
        conn.exec_driver_sql(
            "INSERT INTO policy_version (id, effective_on, text, note) VALUES (1, '2026-01-01', '', '')"
        )
        for doc_id in (10, 11):
            conn.exec_driver_sql(
                "INSERT INTO document (id, code, code_key, title, doc_type, field, department_id, status,"
                " parent_id, note, search_text, title_key) VALUES (?, ?, ?, '', 'internal_procedure', '',"
                " 1, 'in_force', NULL, '', '', 'STALE KEY')",
                (doc_id, f"QT {doc_id}/CX-XD", f"qt {doc_id}/cx-xd"),
            )
        conn.exec_driver_sql("UPDATE tthc SET name_key = 'STALE KEY'")
        for (table, row_id), columns in DIRTY.items():
            for column, (stored, _clean) in columns.items():
                conn.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE id = ?", (stored, row_id))
        for (table, row_id, column), value in KEPT.items():
            conn.exec_driver_sql(f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id))
    engine.dispose()


def _dump(db: Path) -> dict[tuple[str, int, str], object]:
    conn = sqlite3.connect(db)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        out: dict[tuple[str, int, str], object] = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for row in conn.execute(f'SELECT rowid, * FROM "{table}"'):
                for column, value in zip(columns, row[1:], strict=True):
                    out[table, row[0], column] = value
        return out
    finally:
        conn.close()


def _upgrade_to_0006(data: DataDir) -> None:
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
    engine.dispose()


def test_upgrade_cleans_stored_text_and_leaves_the_rest(tmp_path):
    data = DataDir(tmp_path / "data")
    _database_at_0005(data)
    before = _dump(data.db_path)
    assert before["document", 10, "title"] == DIRTY_TITLE  # the characters really are stored

    _upgrade_to_0006(data)
    after = _dump(data.db_path)

    expected = dict(before)
    for (table, row_id), columns in DIRTY.items():
        for column, (_stored, clean) in columns.items():
            expected[table, row_id, column] = clean
    # The sort keys of the rows whose title or name changed are rebuilt from the clean text;
    # the clean document's stale key shows its row was not rewritten.
    expected["document", 10, "title_key"] = sort_text(CLEAN_TITLE)
    expected["tthc", 1, "name_key"] = sort_text("Đăng ký khai sinh")
    expected["alembic_version", 1, "version_num"] = "0006"
    assert after == expected
    for (table, row_id, column), value in KEPT.items():
        assert after[table, row_id, column] == value
    assert after["document", 11, "title_key"] == "STALE KEY"
    for (table, _row, column), value in after.items():
        if isinstance(value, str) and column not in ("title_key", "name_key"):
            assert not needs_cleaning(value), (table, column, value)


def test_the_cleaned_database_opens_at_head_with_clean_records(tmp_path):
    data = DataDir(tmp_path / "data")
    _database_at_0005(data)
    ctx = open_data_dir(data.root, writer=True, program="test")
    try:
        assert ctx.status_before.revision == "0005"
        assert ctx.services.documents.get_document(10).title == CLEAN_TITLE
        (objective,) = ctx.services.objectives.list_objectives(2026)
        assert objective.statement == "Tối thiểu 98% hồ sơ đúng hạn"
        assert [h.id for h in ctx.services.search.search("cap phep").get("document", [])] == [10]
    finally:
        ctx.close()


def _log_updates(db: Path) -> None:
    """Record every UPDATE of a data table in ``update_log`` (a test-only table and triggers)."""
    conn = sqlite3.connect(db)
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'"
        )
    ]
    conn.execute("CREATE TABLE update_log (tbl TEXT NOT NULL, row_id INTEGER NOT NULL)")
    for table in tables:
        conn.execute(
            f'CREATE TRIGGER log_{table} AFTER UPDATE ON "{table}"'
            f" BEGIN INSERT INTO update_log VALUES ('{table}', NEW.rowid); END"
        )
    conn.commit()
    conn.close()


def _updates(db: Path) -> list[tuple[str, int]]:
    conn = sqlite3.connect(db)
    try:
        return sorted(conn.execute("SELECT tbl, row_id FROM update_log").fetchall())
    finally:
        conn.close()


def test_only_the_rows_that_change_are_written(tmp_path):
    data = DataDir(tmp_path / "data")
    _database_at_0005(data)
    _log_updates(data.db_path)
    _upgrade_to_0006(data)
    assert _updates(data.db_path) == sorted(DIRTY)


def test_an_upgrade_with_nothing_to_clean_writes_nothing(tmp_path):
    data = DataDir(tmp_path / "data")
    data.ensure()
    engine = create_engine(f"sqlite:///{data.db_path}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        for sql in SEED_SQL["0005"]:
            conn.exec_driver_sql(sql)
    engine.dispose()
    _log_updates(data.db_path)
    before = _dump(data.db_path)
    _upgrade_to_0006(data)
    after = _dump(data.db_path)
    assert _updates(data.db_path) == []
    assert {k: v for k, v in after.items() if k[0] != "alembic_version"} == {
        k: v for k, v in before.items() if k[0] != "alembic_version"
    }
