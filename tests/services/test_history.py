"""Nhật ký thay đổi: every write leaves one entry per record (who, when, what, old and new values),
child rows under their record, workflow moves as transitions, bulk writes one entry per record, the
log append-only and carried by backups, the restore's own entry, the filters and their indexes."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import text

from app import models as m
from app.services import dto, history
from app.services.clock import Clock
from app.services.corrective_actions import ActionFields, CaFields
from app.services.errors import ValidationError
from app.services.history import HistoryFilter, log_restore
from app.services.risks import RiskActionFields, RiskFields

Y = 2026
TODAY = date(Y, 10, 5)


@pytest.fixture
def log(services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    return services.history


def _all(services) -> list[history.HistoryEntry]:  # type: ignore[no-untyped-def]
    return services.history.entries(services.history.entry_ids(HistoryFilter(), oldest_first=True))


def _fields(entry: history.HistoryEntry) -> dict[str, tuple[object, object]]:
    return {c["field"]: (c["old"], c["new"]) for c in entry.changes}


def test_a_save_logs_when_who_what_with_old_and_new_values(services, log):
    risk_id = services.risks.create(
        RiskFields(title="Hồ sơ trễ hạn", likelihood=3, impact=4, identified_on=date(Y, 2, 1))
    )
    services.risks.update(
        risk_id,
        RiskFields(title="Hồ sơ đất đai trễ hạn", likelihood=3, impact=5, identified_on=date(Y, 2, 1)),
    )
    created, updated = log.record_history("risk", risk_id)[::-1]
    user, computer = history.who()
    assert (created.user, created.computer, created.record_type, created.record_id) == (
        user,
        computer,
        "risk",
        risk_id,
    )
    assert user and computer
    assert created.action == "create" and updated.action == "update"
    # The day is the app's (--today), the time UTC.
    assert created.at.date() == TODAY
    assert abs(created.at.time().hour - datetime.now(UTC).hour) in (0, 1, 23)
    new = _fields(created)
    assert new["title"] == (None, "Hồ sơ trễ hạn") and new["identified_on"] == (None, "2026-02-01")
    assert new["kind"] == (None, "rui_ro") and new["status"] == (None, "dang_theo_doi")
    assert _fields(updated) == {"title": ("Hồ sơ trễ hạn", "Hồ sơ đất đai trễ hạn"), "impact": (4, 5)}
    # Bookkeeping columns are not history.
    assert not {"id", "search_text", "created_at", "updated_at"} & set(new)
    services.risks.delete(risk_id)
    (deleted, *_rest) = log.record_history("risk", risk_id)
    assert deleted.action == "delete" and _fields(deleted)["title"] == ("Hồ sơ đất đai trễ hạn", None)


def test_a_save_that_changes_nothing_or_fails_logs_nothing(services, log):
    risk_id = services.risks.create(RiskFields(title="Mất hồ sơ", identified_on=date(Y, 2, 1)))
    before = len(_all(services))
    services.risks.update(risk_id, RiskFields(title="Mất hồ sơ", identified_on=date(Y, 2, 1)))
    with pytest.raises(ValidationError):  # refused: nothing written, nothing logged
        services.risks.close(risk_id, date(Y + 1, 1, 1))
    assert len(_all(services)) == before


def test_rows_of_a_child_table_are_logged_under_their_record(services, log):
    risk_id = services.risks.create(RiskFields(title="Sai sót hồ sơ", identified_on=date(Y, 2, 1)))
    action_id = services.risks.add_action(
        risk_id, RiskActionFields(description="Kiểm tra chéo", owner="Lê Văn Hùng", due_on=date(Y, 11, 30))
    )
    services.risks.update_action(
        action_id, RiskActionFields(description="Kiểm tra chéo hằng tuần", owner="Lê Văn Hùng")
    )
    entries = log.record_history("risk", risk_id)
    assert [e.action for e in entries] == ["update", "update", "create"]
    edited, added = _fields(entries[0]), _fields(entries[1])
    key = f"risk_action#{action_id}"
    assert added == {
        key: (
            None,
            {"sort_order": 1, "description": "Kiểm tra chéo", "owner": "Lê Văn Hùng", "due_on": "2026-11-30"},
        )
    }
    assert edited == {
        key: (
            {"description": "Kiểm tra chéo", "due_on": "2026-11-30"},
            {"description": "Kiểm tra chéo hằng tuần", "due_on": None},
        )
    }
    assert not [e for e in _all(services) if e.record_type == "risk_action"]
    (shown,) = log.describe([entries[0]])
    assert shown[0].label == "Biện pháp xử lý"
    assert shown[0].old == "Mô tả: Kiểm tra chéo; Hạn: 30/11/2026"
    assert shown[0].new == "Mô tả: Kiểm tra chéo hằng tuần"


def test_a_workflow_move_is_a_transition_with_its_reason(services, log):
    desk = services.organization.save_department(dto.DepartmentFields(name="Bộ phận Một cửa")).id
    cas = services.corrective_actions
    ca_id = cas.create(
        CaFields(
            raised_on=date(Y, 9, 20),
            source=m.CaSource.AUDIT,
            department_id=desk,
            found_by="Trần Thị Lan",
            found_on=date(Y, 9, 20),
            description="Hồ sơ trả kết quả trễ hạn.",
        )
    )
    cas.move(ca_id, "analyse", on=date(Y, 9, 21))
    cas.add_action(ca_id, ActionFields(description="Rà soát quy trình", due_on=date(Y, 10, 15)))
    cas.move(ca_id, "cancel", on=date(Y, 9, 22), reason="Trùng phiếu khác")
    cancelled, added, analysed, created = log.record_history("corrective_action", ca_id)
    assert created.action == "create" and _fields(created)["status"] == (None, "moi")
    assert analysed.action == "transition"
    assert _fields(analysed)["status"] == ("moi", "dang_phan_tich")
    assert added.action == "update"
    assert cancelled.action == "transition"
    assert _fields(cancelled)["transition_reason"] == (None, "Trùng phiếu khác")
    # No entry of the transition table itself, nor of the number counter.
    assert not {e.record_type for e in _all(services)} & {"transition", "number_counter"}
    (shown,) = log.describe([analysed])
    assert [(c.label, c.old, c.new) for c in shown] == [("Trạng thái", "Mới", "Đang phân tích")]


def test_bulk_writes_log_one_entry_per_record(services, log, agency):
    before = len(_all(services))
    writes = [
        dto.DocumentWrite(
            fields=dto.DocumentFields(
                code=f"QT {i:02d}/HT", title=f"Quy trình {i}", doc_type=m.DocumentType.TTHC_PROCEDURE
            ),
            revisions=(
                dto.RevisionFields(issue_number=1, issued_on=date(Y, 1, 5), effective_on=date(Y, 1, 5)),
            ),
        )
        for i in range(1, 31)
    ]
    outcomes = services.documents.write_many(writes)
    new = _all(services)[before:]
    assert len(new) == 30
    assert {(e.record_type, e.action) for e in new} == {("document", "create")}
    assert sorted(e.record_id for e in new) == sorted(o.id for o in outcomes)
    first = _fields(next(e for e in new if e.record_id == outcomes[0].id))
    assert first["code"] == (None, "QT 01/HT")
    (revision,) = [v for k, v in first.items() if k.startswith("revision#")]
    assert revision[1]["issue_number"] == 1 and revision[1]["issued_on"] == "2026-01-05"
    # The whole batch is one transaction: one moment.
    assert len({e.at for e in new}) == 1


def test_the_log_is_append_only(services, log, ctx):
    services.risks.create(RiskFields(title="Rủi ro", identified_on=date(Y, 2, 1)))
    assert not [name for name in dir(log) if name.startswith(("delete", "update", "remove", "clear"))]
    conn = sqlite3.connect(ctx.data_dir.db_path)
    try:
        for sql in ("UPDATE change_log SET user = 'khác'", "DELETE FROM change_log"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                conn.execute(sql)
    finally:
        conn.close()
    assert len(_all(services)) == 1


def test_values_are_json_and_labels_vietnamese(services, log, agency):
    desk = services.organization.save_department(dto.DepartmentFields(name="Văn phòng")).id
    detail = services.documents.save_document(
        dto.DocumentFields(
            code="QT 01/HT",
            title="Quy trình khai sinh",
            doc_type=m.DocumentType.TTHC_PROCEDURE,
            department_id=desk,
        )
    )
    (entry,) = log.record_history("document", detail.id)
    json.dumps(entry.as_json())  # every value is plain JSON
    assert set(entry.as_json()) == {"at", "user", "computer", "type", "record_id", "action", "changes"}
    assert entry.as_json()["at"].endswith("Z") and entry.as_json()["type"] == "document"
    shown = {c.label: c.new for c in log.describe([entry])[0]}
    assert shown["Mã hiệu"] == "QT 01/HT"
    assert shown["Loại tài liệu"] == "Quy trình TTHC"
    assert shown["Bộ phận chủ trì"] == "Văn phòng"


def test_filters_by_day_type_and_user_use_the_indexes(services, log, ctx):
    risk_id = services.risks.create(RiskFields(title="Rủi ro", identified_on=date(Y, 2, 1)))
    services.clock.pin(TODAY + timedelta(days=3))
    services.tthc.save_tthc(dto.TthcFields(code="1.000001", name="Đăng ký khai sinh"))
    ids = log.entry_ids(HistoryFilter())
    assert len(ids) == 2 and ids == sorted(ids, reverse=True)  # newest first
    assert log.entry_ids(limit=1) == ids[:1] and log.entry_ids(limit=1, after=ids[0]) == ids[1:]
    assert log.entry_ids(oldest_first=True, after=ids[1]) == ids[:1]
    assert (log.count(), log.count(HistoryFilter(record_type="tthc"))) == (2, 1)
    later = TODAY + timedelta(days=2)
    assert [e.record_type for e in log.entries(log.entry_ids(HistoryFilter(since=later)))] == ["tthc"]
    assert [e.record_type for e in log.entries(log.entry_ids(HistoryFilter(until=later)))] == ["risk"]
    assert log.entry_ids(HistoryFilter(record_type="risk", record_id=risk_id)) == [ids[1]]
    assert log.entry_ids(HistoryFilter(user=history.who()[0])) == ids
    assert log.entry_ids(HistoryFilter(user="người khác")) == []
    assert log.users() == [history.who()[0]]
    with ctx.engine.connect() as conn:

        def plan(where: str) -> str:
            rows = conn.execute(text(f"EXPLAIN QUERY PLAN SELECT id FROM change_log WHERE {where}")).all()
            return " ".join(str(r[-1]) for r in rows)

        # Each filter reads its index in the list's order: no sort of every matching row.
        newest = " ORDER BY at DESC, id DESC LIMIT 2000"
        for where, index in (
            ("record_type = 'risk' AND record_id = 1", "ix_change_log_record"),
            ("at >= '2026-10-01'", "ix_change_log_at"),
            ("record_type = 'risk'", "ix_change_log_type_at"),
            ("record_type = 'risk' AND at >= '2026-10-01'", "ix_change_log_type_at"),
            ("user = 'x'", "ix_change_log_user_at"),
            ("user = 'x' AND at < '2026-10-01'", "ix_change_log_user_at"),
        ):
            used = plan(where + newest)
            assert index in used and "TEMP B-TREE" not in used, (where, used)


def test_backups_carry_the_log_and_a_restore_adds_its_entry(services, log, ctx, tmp_path):
    from app.bootstrap import restore_data_dir
    from app.services.backup import create_backup

    services.risks.create(RiskFields(title="Trước sao lưu", identified_on=date(Y, 2, 1)))
    backup = create_backup(ctx.data_dir, tmp_path / "sao-luu.zip").path
    before = [e.as_json() for e in _all(services)]
    services.risks.create(RiskFields(title="Sau sao lưu", identified_on=date(Y, 2, 1)))
    root = ctx.data_dir.root
    ctx.close()
    restore_data_dir(root, backup, program="kiểm thử", clock=Clock(TODAY))  # adds the restore's entry
    from app.bootstrap import open_data_dir

    again = open_data_dir(root, writer=True, program="kiểm thử", today=TODAY)
    try:
        after = [e.as_json() for e in _all(again.services)]
    finally:
        again.close()
    assert after[:-1] == before
    last = after[-1]
    assert (last["type"], last["record_id"], last["action"]) == ("database", None, "update")
    assert last["changes"] == [{"field": "restored_from", "old": None, "new": "sao-luu.zip"}]
    assert last["at"].startswith("2026-10-05T")


def test_log_restore_takes_an_engine_too(services, log, ctx):
    log_restore(ctx.engine, "ban-sao.zip", clock=services.clock)
    (entry,) = _all(services)
    assert (entry.record_type, entry.action, entry.at.date()) == ("database", "update", TODAY)
    assert history.record_type_label("database") == "Cơ sở dữ liệu"


def test_every_field_a_history_shows_has_a_vietnamese_label():
    assert history.unlabelled_fields() == []
    assert history.field_label("risk", "cause") == "Nguyên nhân"
    assert history.field_label("corrective_action", "ca_action#3") == "Hành động khắc phục"
    big = json.dumps({"sections": ["x" * 100]})
    assert history.value_text("qms_report", "sections", big).startswith("(dữ liệu lưu kèm, ")
