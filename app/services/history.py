"""Nhật ký thay đổi: the history of every write, kept in the database (``change_log``).

The writer is a listener of the unit of work's change hook (``app.services.changes``): before each
COMMIT it receives the rows the transaction wrote and adds, in the same transaction and with one
``executemany``, one log row per record:

- ``at``: the moment in UTC, on the app clock's day (``--today`` governs the day, as for every
  timestamp the hook writes); ``user``/``computer``: the OS account and the computer's name;
- ``record_type``: the area registry's record-type key of the record (``document``, ``risk``…). A row
  of a child table (a document's issue, an audit's schedule line, a corrective action's action item)
  is logged under the record that owns it (the first ``ON DELETE CASCADE`` foreign key, followed up
  to a registered record type): one entry of its owner, the child row as one change
  ``{"field": "<table>#<id>", "old": {…}|null, "new": {…}|null}``. A table that belongs to no record
  type (the agency, departments, people, decisions…) is logged under its table name;
- ``action``: ``create``, ``update``, ``delete``, or ``transition`` — an update that changes the
  record's state (its ``status`` column, or a workflow transition recorded in ``transition`` for it);
- ``changes``: ``[{"field", "old", "new"}, …]`` as JSON (dates as ISO text): for a create the fields
  it set, for a delete the fields it had, for an update the fields that changed. Bookkeeping columns
  (the search text, the sort keys, ids and timestamps) are left out.

Bulk writes (imports, the demo) write one entry per record. The log is append-only: nothing here
updates or deletes its rows, and the database refuses it (triggers of migration 0015). Backups carry
it (it is in the database); ``log_restore`` adds the entry of a restore.

The reading side (``HistoryService``) lists a record's history and the whole log, filtered by date,
record type and user, in pages of ids for the fast lists (``QueryRowsModel``), and writes the CLI's
JSON (``history --format json``).
"""

from __future__ import annotations

import enum
import getpass
import json
import math
import socket
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Engine,
    Enum,
    Float,
    Integer,
    Table,
    and_,
    func,
    insert,
    or_,
    select,
)
from sqlalchemy.orm import Session

from app import models as m
from app.services.changes import Change, ChangeHub
from app.services.clock import Clock

if TYPE_CHECKING:
    from app.services.unit_of_work import UowFactory

# The actions a log row may carry (other programs read these names).
ACTIONS = ("create", "update", "delete", "transition")
# The record type of the restore entry (``log_restore``): the whole database.
DATABASE = "database"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks a Vietnamese string for Qt Linguist; the UI translates it with the same context."""
    return text


ACTION_LABELS = {
    "create": QT_TRANSLATE_NOOP("History", "Tạo mới"),
    "update": QT_TRANSLATE_NOOP("History", "Sửa"),
    "delete": QT_TRANSLATE_NOOP("History", "Xóa"),
    "transition": QT_TRANSLATE_NOOP("History", "Chuyển trạng thái"),
}

# Tables that are not a record type of the registry: what the log calls them (a top-level table is
# a record type of the log under its table name; a child table is a change of its owner).
TABLE_LABELS = {
    DATABASE: QT_TRANSLATE_NOOP("History", "Cơ sở dữ liệu"),
    "agency": QT_TRANSLATE_NOOP("History", "Thông tin cơ quan"),
    "leader": QT_TRANSLATE_NOOP("History", "Lãnh đạo cơ quan"),
    "recipient": QT_TRANSLATE_NOOP("History", "Nơi nhận"),
    "legal_basis": QT_TRANSLATE_NOOP("History", "Căn cứ pháp lý"),
    "report_deadline": QT_TRANSLATE_NOOP("History", "Hạn báo cáo theo năm"),
    "department": QT_TRANSLATE_NOOP("History", "Bộ phận"),
    "person": QT_TRANSLATE_NOOP("History", "Cán bộ"),
    "steering_decision": QT_TRANSLATE_NOOP("History", "Quyết định Ban chỉ đạo ISO"),
    "steering_member": QT_TRANSLATE_NOOP("History", "Thành viên Ban chỉ đạo"),
    "scope_version": QT_TRANSLATE_NOOP("History", "Phạm vi áp dụng"),
    "policy_version": QT_TRANSLATE_NOOP("History", "Chính sách chất lượng"),
    "publication_decision": QT_TRANSLATE_NOOP("History", "Quyết định công bố"),
    "objective_set": QT_TRANSLATE_NOOP("History", "Văn bản mục tiêu chất lượng"),
    "annual_plan": QT_TRANSLATE_NOOP("History", "Kế hoạch năm"),
    "audit_programme": QT_TRANSLATE_NOOP("History", "Chương trình đánh giá"),
    "audit_programme_item": QT_TRANSLATE_NOOP("History", "Cuộc đánh giá trong chương trình"),
    "attachment": QT_TRANSLATE_NOOP("History", "Tệp đính kèm"),
    "checklist_template_item": QT_TRANSLATE_NOOP("History", "Câu hỏi mẫu phiếu đánh giá"),
    "form_code": QT_TRANSLATE_NOOP("History", "Mã biểu mẫu"),
    "revision": QT_TRANSLATE_NOOP("History", "Lần ban hành"),
    "revision_file": QT_TRANSLATE_NOOP("History", "Tệp của lần ban hành"),
    "document_tthc": QT_TRANSLATE_NOOP("History", "TTHC của quy trình"),
    "measurement": QT_TRANSLATE_NOOP("History", "Kết quả đo"),
    "objective_plan_line": QT_TRANSLATE_NOOP("History", "Kế hoạch thực hiện mục tiêu"),
    "audit_member": QT_TRANSLATE_NOOP("History", "Thành viên đoàn đánh giá"),
    "audit_schedule_item": QT_TRANSLATE_NOOP("History", "Lịch đánh giá"),
    "audit_checklist_item": QT_TRANSLATE_NOOP("History", "Câu hỏi phiếu đánh giá"),
    "ca_action": QT_TRANSLATE_NOOP("History", "Hành động khắc phục"),
    "ca_verification": QT_TRANSLATE_NOOP("History", "Kiểm tra hiệu lực"),
    "ca_finding": QT_TRANSLATE_NOOP("History", "Phát hiện liên quan"),
    "risk_action": QT_TRANSLATE_NOOP("History", "Biện pháp xử lý"),
    "risk_evaluation": QT_TRANSLATE_NOOP("History", "Đánh giá hiệu lực biện pháp"),
    "review_decision": QT_TRANSLATE_NOOP("History", "Quyết định sau xem xét"),
    "training_attendee": QT_TRANSLATE_NOOP("History", "Người tham dự"),
}

# Field names outside a record type's own labels (child rows, tables of no record type, the log's
# own fields): neutral labels, used when the record type does not name the field itself.
FIELD_LABELS = {
    "transition_reason": QT_TRANSLATE_NOOP("History", "Lý do chuyển trạng thái"),
    "restored_from": QT_TRANSLATE_NOOP("History", "Khôi phục từ tệp sao lưu"),
    "title": QT_TRANSLATE_NOOP("History", "Tên"),
    "name": QT_TRANSLATE_NOOP("History", "Tên"),
    "full_name": QT_TRANSLATE_NOOP("History", "Họ và tên"),
    "short_name": QT_TRANSLATE_NOOP("History", "Tên viết tắt"),
    "position": QT_TRANSLATE_NOOP("History", "Chức vụ"),
    "code": QT_TRANSLATE_NOOP("History", "Mã"),
    "number": QT_TRANSLATE_NOOP("History", "Số"),
    "year": QT_TRANSLATE_NOOP("History", "Năm"),
    "kind": QT_TRANSLATE_NOOP("History", "Loại"),
    "type": QT_TRANSLATE_NOOP("History", "Loại"),
    "role": QT_TRANSLATE_NOOP("History", "Vai trò"),
    "duty": QT_TRANSLATE_NOOP("History", "Nhiệm vụ"),
    "status": QT_TRANSLATE_NOOP("History", "Trạng thái"),
    "text": QT_TRANSLATE_NOOP("History", "Nội dung"),
    "content": QT_TRANSLATE_NOOP("History", "Nội dung"),
    "description": QT_TRANSLATE_NOOP("History", "Mô tả"),
    "note": QT_TRANSLATE_NOOP("History", "Ghi chú"),
    "comment": QT_TRANSLATE_NOOP("History", "Nhận xét"),
    "reason": QT_TRANSLATE_NOOP("History", "Lý do"),
    "subject": QT_TRANSLATE_NOOP("History", "Trích yếu"),
    "scope": QT_TRANSLATE_NOOP("History", "Phạm vi"),
    "owner": QT_TRANSLATE_NOOP("History", "Người thực hiện"),
    "responsible": QT_TRANSLATE_NOOP("History", "Thực hiện"),
    "by": QT_TRANSLATE_NOOP("History", "Người kiểm tra"),
    "on": QT_TRANSLATE_NOOP("History", "Ngày"),
    "due": QT_TRANSLATE_NOOP("History", "Thời hạn"),
    "due_on": QT_TRANSLATE_NOOP("History", "Hạn"),
    "done_on": QT_TRANSLATE_NOOP("History", "Ngày hoàn thành"),
    "completed_on": QT_TRANSLATE_NOOP("History", "Ngày hoàn thành"),
    "closed_on": QT_TRANSLATE_NOOP("History", "Ngày đóng"),
    "cancelled": QT_TRANSLATE_NOOP("History", "Đã hủy"),
    "effective": QT_TRANSLATE_NOOP("History", "Có hiệu lực"),
    "signed_on": QT_TRANSLATE_NOOP("History", "Ngày ký"),
    "effective_on": QT_TRANSLATE_NOOP("History", "Ngày hiệu lực"),
    "issued_on": QT_TRANSLATE_NOOP("History", "Ngày ban hành"),
    "issue_number": QT_TRANSLATE_NOOP("History", "Lần ban hành"),
    "change_summary": QT_TRANSLATE_NOOP("History", "Tóm tắt sửa đổi"),
    "prepared_by": QT_TRANSLATE_NOOP("History", "Người soạn thảo"),
    "reviewed_by": QT_TRANSLATE_NOOP("History", "Người xem xét"),
    "approved_by": QT_TRANSLATE_NOOP("History", "Người phê duyệt"),
    "tthc_code": QT_TRANSLATE_NOOP("History", "Mã TTHC"),
    "period": QT_TRANSLATE_NOOP("History", "Kỳ đo"),
    "value": QT_TRANSLATE_NOOP("History", "Kết quả"),
    "action": QT_TRANSLATE_NOOP("History", "Hoạt động"),
    "resources": QT_TRANSLATE_NOOP("History", "Nguồn lực"),
    "evaluation": QT_TRANSLATE_NOOP("History", "Đánh giá kết quả"),
    "attachment_id": QT_TRANSLATE_NOOP("History", "Tệp đính kèm"),
    "certificate_id": QT_TRANSLATE_NOOP("History", "Chứng nhận"),
    "person_id": QT_TRANSLATE_NOOP("History", "Cán bộ"),
    "auditor_id": QT_TRANSLATE_NOOP("History", "Chuyên gia đánh giá"),
    "auditee": QT_TRANSLATE_NOOP("History", "Người được đánh giá"),
    "department_id": QT_TRANSLATE_NOOP("History", "Bộ phận"),
    "finding_id": QT_TRANSLATE_NOOP("History", "Phát hiện"),
    "clause": QT_TRANSLATE_NOOP("History", "Điều khoản"),
    "clauses": QT_TRANSLATE_NOOP("History", "Điều khoản"),
    "question": QT_TRANSLATE_NOOP("History", "Câu hỏi"),
    "evidence": QT_TRANSLATE_NOOP("History", "Minh chứng"),
    "result": QT_TRANSLATE_NOOP("History", "Kết quả"),
    "process": QT_TRANSLATE_NOOP("History", "Quá trình"),
    "time_from": QT_TRANSLATE_NOOP("History", "Từ giờ"),
    "time_to": QT_TRANSLATE_NOOP("History", "Đến giờ"),
    "month": QT_TRANSLATE_NOOP("History", "Tháng"),
    "residual_likelihood": QT_TRANSLATE_NOOP("History", "Khả năng xảy ra còn lại"),
    "residual_impact": QT_TRANSLATE_NOOP("History", "Mức độ ảnh hưởng còn lại"),
    "original_name": QT_TRANSLATE_NOOP("History", "Tên tệp"),
    "size": QT_TRANSLATE_NOOP("History", "Dung lượng (byte)"),
    "active": QT_TRANSLATE_NOOP("History", "Đang sử dụng"),
    "phone": QT_TRANSLATE_NOOP("History", "Điện thoại"),
    "email": QT_TRANSLATE_NOOP("History", "Thư điện tử"),
    "address": QT_TRANSLATE_NOOP("History", "Địa chỉ"),
    "sort_order": QT_TRANSLATE_NOOP("History", "Thứ tự"),
    "absentees": QT_TRANSLATE_NOOP("History", "Vắng mặt"),
    "addressee": QT_TRANSLATE_NOOP("History", "Nơi nhận (kính gửi)"),
    "agency_name": QT_TRANSLATE_NOOP("History", "Tên cơ quan"),
    "annual_deadline": QT_TRANSLATE_NOOP("History", "Hạn báo cáo năm"),
    "annual_deadline_day": QT_TRANSLATE_NOOP("History", "Ngày hạn báo cáo năm"),
    "annual_deadline_month": QT_TRANSLATE_NOOP("History", "Tháng hạn báo cáo năm"),
    "approved_on": QT_TRANSLATE_NOOP("History", "Ngày phê duyệt"),
    "approver": QT_TRANSLATE_NOOP("History", "Người phê duyệt"),
    "attendees": QT_TRANSLATE_NOOP("History", "Thành phần tham dự"),
    "audit_id": QT_TRANSLATE_NOOP("History", "Cuộc đánh giá"),
    "cancelled_on": QT_TRANSLATE_NOOP("History", "Ngày hủy"),
    "carried_over": QT_TRANSLATE_NOOP("History", "Kỳ trước chuyển sang"),
    "cause": QT_TRANSLATE_NOOP("History", "Nguyên nhân"),
    "checklist_item_id": QT_TRANSLATE_NOOP("History", "Câu hỏi phiếu đánh giá"),
    "code_abbreviation": QT_TRANSLATE_NOOP("History", "Chữ viết tắt"),
    "composed_on": QT_TRANSLATE_NOOP("History", "Ngày lập"),
    "consequence": QT_TRANSLATE_NOOP("History", "Hậu quả"),
    "corrects_id": QT_TRANSLATE_NOOP("History", "Sửa đổi báo cáo"),
    "cutoff_edited": QT_TRANSLATE_NOOP("History", "Đã sửa ngày chốt số liệu"),
    "cycle_key": QT_TRANSLATE_NOOP("History", "Việc trong chu trình năm"),
    "discussion": QT_TRANSLATE_NOOP("History", "Nội dung thảo luận"),
    "doc_type": QT_TRANSLATE_NOOP("History", "Loại văn bản"),
    "document_id": QT_TRANSLATE_NOOP("History", "Tài liệu"),
    "drafting_unit": QT_TRANSLATE_NOOP("History", "Đơn vị soạn thảo"),
    "due_soon_days": QT_TRANSLATE_NOOP("History", "Số ngày báo sắp đến hạn"),
    "figures": QT_TRANSLATE_NOOP("History", "Số liệu"),
    "form_key": QT_TRANSLATE_NOOP("History", "Biểu mẫu"),
    "found_on": QT_TRANSLATE_NOOP("History", "Ngày phát hiện"),
    "frame": QT_TRANSLATE_NOOP("History", "Thể thức văn bản"),
    "funding": QT_TRANSLATE_NOOP("History", "Kinh phí"),
    "identified_on": QT_TRANSLATE_NOOP("History", "Ngày nhận diện"),
    "implementation": QT_TRANSLATE_NOOP("History", "Tổ chức thực hiện"),
    "input_decisions": QT_TRANSLATE_NOOP("History", "Tình trạng các quyết định trước"),
    "input_improvement": QT_TRANSLATE_NOOP("History", "Cơ hội cải tiến"),
    "input_issues": QT_TRANSLATE_NOOP("History", "Thay đổi các vấn đề nội bộ, bên ngoài"),
    "input_performance": QT_TRANSLATE_NOOP("History", "Kết quả thực hiện"),
    "input_providers": QT_TRANSLATE_NOOP("History", "Kết quả của nhà cung cấp bên ngoài"),
    "input_resources": QT_TRANSLATE_NOOP("History", "Sự đầy đủ của nguồn lực"),
    "input_risks": QT_TRANSLATE_NOOP("History", "Hiệu lực của hành động giải quyết rủi ro, cơ hội"),
    "inspection_id": QT_TRANSLATE_NOOP("History", "Cuộc kiểm tra"),
    "iso_secretary_name": QT_TRANSLATE_NOOP("History", "Thư ký ISO"),
    "iso_secretary_phone": QT_TRANSLATE_NOOP("History", "Điện thoại thư ký ISO"),
    "iso_secretary_title": QT_TRANSLATE_NOOP("History", "Chức vụ thư ký ISO"),
    "issuer": QT_TRANSLATE_NOOP("History", "Cơ quan ban hành"),
    "lead": QT_TRANSLATE_NOOP("History", "Lời dẫn"),
    "legal_bases": QT_TRANSLATE_NOOP("History", "Căn cứ pháp lý"),
    "legal_document_id": QT_TRANSLATE_NOOP("History", "Văn bản pháp lý"),
    "method": QT_TRANSLATE_NOOP("History", "Phương pháp khảo sát"),
    "notice_on": QT_TRANSLATE_NOOP("History", "Ngày thông báo"),
    "obsoleted_on": QT_TRANSLATE_NOOP("History", "Ngày hết hiệu lực"),
    "on_plans": QT_TRANSLATE_NOOP("History", "Gửi kèm kế hoạch"),
    "on_reports": QT_TRANSLATE_NOOP("History", "Gửi kèm báo cáo"),
    "parent_body": QT_TRANSLATE_NOOP("History", "Cơ quan cấp trên"),
    "pending_in_time": QT_TRANSLATE_NOOP("History", "Đang giải quyết trong hạn"),
    "pending_overdue": QT_TRANSLATE_NOOP("History", "Đang giải quyết quá hạn"),
    "period_convention": QT_TRANSLATE_NOOP("History", "Cách tính kỳ báo cáo"),
    "period_start": QT_TRANSLATE_NOOP("History", "Số liệu từ ngày"),
    "period_end": QT_TRANSLATE_NOOP("History", "Số liệu đến ngày"),
    "place_name": QT_TRANSLATE_NOOP("History", "Địa danh"),
    "plan_id": QT_TRANSLATE_NOOP("History", "Kế hoạch năm"),
    "policy_version_id": QT_TRANSLATE_NOOP("History", "Chính sách chất lượng"),
    "posted_on": QT_TRANSLATE_NOOP("History", "Ngày niêm yết"),
    "purpose": QT_TRANSLATE_NOOP("History", "Mục đích"),
    "received_direct": QT_TRANSLATE_NOOP("History", "Tiếp nhận trực tiếp"),
    "received_online": QT_TRANSLATE_NOOP("History", "Tiếp nhận trực tuyến"),
    "recipients": QT_TRANSLATE_NOOP("History", "Nơi nhận"),
    "report_on": QT_TRANSLATE_NOOP("History", "Ngày báo cáo"),
    "report_outline": QT_TRANSLATE_NOOP("History", "Đề cương báo cáo"),
    "request_ref": QT_TRANSLATE_NOOP("History", "Văn bản yêu cầu"),
    "requirements": QT_TRANSLATE_NOOP("History", "Yêu cầu"),
    "risk_high_from": QT_TRANSLATE_NOOP("History", "Mức cao từ điểm"),
    "risk_medium_from": QT_TRANSLATE_NOOP("History", "Mức trung bình từ điểm"),
    "sections": QT_TRANSLATE_NOOP("History", "Nội dung các phần"),
    "sender": QT_TRANSLATE_NOOP("History", "Người phản ánh"),
    "seq": QT_TRANSLATE_NOOP("History", "Số thứ tự"),
    "sha256": QT_TRANSLATE_NOOP("History", "Mã băm SHA-256"),
    "signer_name": QT_TRANSLATE_NOOP("History", "Người ký"),
    "signing_lines": QT_TRANSLATE_NOOP("History", "Thẩm quyền ký"),
    "similar_exists": QT_TRANSLATE_NOOP("History", "Có sự không phù hợp tương tự"),
    "similar_note": QT_TRANSLATE_NOOP("History", "Sự không phù hợp tương tự"),
    "six_month_deadline": QT_TRANSLATE_NOOP("History", "Hạn báo cáo 6 tháng"),
    "six_month_deadline_day": QT_TRANSLATE_NOOP("History", "Ngày hạn báo cáo 6 tháng"),
    "six_month_deadline_month": QT_TRANSLATE_NOOP("History", "Tháng hạn báo cáo 6 tháng"),
    "six_month_report": QT_TRANSLATE_NOOP("History", "Có báo cáo 6 tháng"),
    "source": QT_TRANSLATE_NOOP("History", "Nguồn"),
    "source_id": QT_TRANSLATE_NOOP("History", "Hồ sơ nguồn"),
    "source_type": QT_TRANSLATE_NOOP("History", "Loại hồ sơ nguồn"),
    "state_before_cancel": QT_TRANSLATE_NOOP("History", "Trạng thái trước khi hủy"),
    "summary": QT_TRANSLATE_NOOP("History", "Tóm tắt"),
    "team": QT_TRANSLATE_NOOP("History", "Thành phần đoàn"),
    "update_deadline_months": QT_TRANSLATE_NOOP("History", "Số tháng cập nhật quy trình"),
    "update_qms": QT_TRANSLATE_NOOP("History", "Cập nhật HTQLCL"),
    "update_risks": QT_TRANSLATE_NOOP("History", "Cập nhật rủi ro, cơ hội"),
}

# Never in a change list: the row's id (the log row names it), its timestamps (the log row has
# ``at``). The search text and the sort keys never reach the hook's ``Change`` values.
_SKIP_COLUMNS = frozenset({"id", "created_at", "added_at", "updated_at"})
# Rows the log does not list: the log itself, the number counters (bookkeeping), and the workflow's
# transitions (they make their record's entry a ``transition``).
_SKIP_TABLES = frozenset({"change_log", "number_counter", "transition"})
_EMPTY: tuple[object, ...] = (None, "")


# ---- who and when ----------------------------------------------------------------------------------
@cache
def who() -> tuple[str, str]:
    """(OS user, computer name) of this process, read once."""
    try:
        user = getpass.getuser()
    except Exception:  # no login name (a service account without one): still log the write
        user = ""
    try:
        computer = socket.gethostname()
    except OSError:
        computer = ""
    return user[:100], computer[:100]


def utc_now(clock: Clock) -> datetime:
    """Now in UTC without a zone (as SQLite's timestamps), on the clock's day when it is pinned."""
    real = datetime.now(UTC).replace(tzinfo=None)
    pinned = clock.pinned
    return real if pinned is None else datetime.combine(pinned, real.time())


# ---- the tables: which record owns a row -----------------------------------------------------------
@dataclass(frozen=True)
class _Table:
    name: str
    record_type: str | None  # the registry's key when the table is a record type's
    parent_column: str | None  # the owner's foreign key of a child table
    parent_table: str | None
    model: type[Any] | None


@cache
def _tables() -> dict[str, _Table]:
    from app.services.areas import record_types

    by_table = {t.model.__tablename__: t.key for t in record_types() if t.model is not None}
    models = {
        getattr(mapper.class_, "__tablename__", None): mapper.class_ for mapper in m.Base.registry.mappers
    }
    tables: dict[str, _Table] = {}
    for table in m.Base.metadata.sorted_tables:
        parent_column = parent_table = None
        if table.name not in by_table:
            for column in table.columns:  # the first owning foreign key, in column order
                owning = [fk for fk in column.foreign_keys if fk.ondelete == "CASCADE"]
                if owning:
                    parent_column, parent_table = column.name, owning[0].column.table.name
                    break
        tables[table.name] = _Table(
            table.name, by_table.get(table.name), parent_column, parent_table, models.get(table.name)
        )
    return tables


def record_type_label(key: str) -> str:
    """What the log calls a record type: the registry's label, or the table's."""
    from app.services.areas import record_type

    try:
        return record_type(key).label
    except KeyError:
        return TABLE_LABELS.get(key, key)


# ---- the writer ------------------------------------------------------------------------------------
class _Entry:
    __slots__ = ("action", "fields")

    def __init__(self, action: str | None) -> None:
        self.action = action  # None: created and deleted in the same transaction (nothing to log)
        self.fields: dict[str, list[Any]] = {}  # field -> [old, new]


def _set_values(values: Mapping[str, object], skip: str | None) -> dict[str, object]:
    return {
        k: v for k, v in values.items() if k not in _SKIP_COLUMNS and k != skip and v is not None and v != ""
    }


def _changed(change: Change, skip: str | None) -> tuple[dict[str, object], dict[str, object]]:
    old: dict[str, object] = {}
    new: dict[str, object] = {}
    for key, value in change.new.items():
        if key not in _SKIP_COLUMNS and key != skip:
            old[key], new[key] = change.old.get(key), value
    return old, new


class _Owners:
    """Finds the record that owns a child row: from this transaction's own rows first, else the
    session's identity map (the rows a service just wrote), else one query."""

    def __init__(self, session: Session, changes: Sequence[Change]) -> None:
        self.session = session
        self.known: dict[tuple[str, int | None], Mapping[str, object]] = {}
        for change in changes:
            if change.kind != "update":
                self.known[(change.table, change.row_id)] = change.new or change.old
        self.cache: dict[tuple[str, int], tuple[str, int]] = {}

    def value(self, table: _Table, row_id: int, column: str) -> object:
        values = self.known.get((table.name, row_id))
        if values is not None and column in values:
            return values[column]
        if table.model is None:
            return None
        with self.session.no_autoflush:
            row = self.session.get(table.model, row_id)
        return getattr(row, column, None) if row is not None else None

    def owner(self, table: _Table, row_id: int, values: Mapping[str, object]) -> tuple[str, int]:
        """(record type, id) of the record row ``table``/``row_id`` belongs to."""
        tables = _tables()
        current, current_id = table, row_id
        parent_id = values.get(table.parent_column) if table.parent_column else None
        while current.parent_column is not None and current.parent_table is not None:
            cached = self.cache.get((current.name, current_id))
            if cached is not None:
                return cached
            if parent_id is None:
                parent_id = self.value(current, current_id, current.parent_column)
            if not isinstance(parent_id, int):
                break  # no owner to be found: logged under its own table
            current, current_id, parent_id = tables[current.parent_table], parent_id, None
        found = (current.record_type or current.name, current_id)
        self.cache[(table.name, row_id)] = found
        return found


def build_entries(
    session: Session, changes: Sequence[Change]
) -> list[tuple[str, int | None, str, list[Any]]]:
    """The log entries of one transaction's changes: ``(record_type, record_id, action, changes)``,
    one per record, by record type and id (the same writes always log the same rows)."""
    tables = _tables()
    entries: dict[tuple[str, int | None], _Entry] = {}
    children: list[tuple[Change, _Table]] = []
    transitions: dict[tuple[str, int | None], Mapping[str, object]] = {}
    for change in changes:
        if change.table in _SKIP_TABLES:
            if change.table == "transition" and change.kind == "create":
                moved = change.new.get("record_id")
                transitions[(str(change.new.get("record_type")), moved if isinstance(moved, int) else 0)] = (
                    change.new
                )
            continue
        table = tables.get(change.table)
        if table is None:
            continue
        if table.parent_column is not None:
            children.append((change, table))
            continue
        key = (table.record_type or table.name, change.row_id)
        entry = entries.get(key)
        if change.kind == "create":
            entry = entries[key] = _Entry("create")
            entry.fields = {k: [None, v] for k, v in _set_values(change.new, None).items()}
        elif change.kind == "delete":
            if entry is not None and entry.action == "create":
                entry.action = None
                continue
            entry = entries[key] = _Entry("delete")
            entry.fields = {k: [v, None] for k, v in _set_values(change.old, None).items()}
        else:
            old, new = _changed(change, None)
            if entry is None:
                entry = entries[key] = _Entry("update")
            if entry.action is None or entry.action == "delete":
                continue
            for name, value in new.items():
                pair = entry.fields.get(name)
                if entry.action == "create":
                    if value is None or value == "":
                        entry.fields.pop(name, None)
                    else:
                        entry.fields[name] = [None, value]
                elif pair is None:
                    entry.fields[name] = [old[name], value]
                else:
                    pair[1] = value
    if children:
        owners = _Owners(session, changes)
        for change, table in children:
            values = change.new if change.kind == "create" else change.old if change.kind == "delete" else {}
            row_id = change.row_id
            if row_id is None:
                continue
            key = owners.owner(table, row_id, values)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = _Entry("update")
            elif entry.action is None or entry.action == "delete":
                continue  # removed with its owner: the owner's entry says so
            skip = table.parent_column if key[0] != table.name else None
            name = f"{table.name}#{row_id}"
            pair = entry.fields.get(name)
            if change.kind == "create":
                entry.fields[name] = [None, _set_values(change.new, skip)]
            elif change.kind == "delete":
                if pair is not None and pair[0] is None:
                    del entry.fields[name]  # added and removed in the same transaction
                else:
                    entry.fields[name] = [_set_values(change.old if pair is None else pair[0], skip), None]
            else:
                old, new = _changed(change, skip)
                if not new:
                    continue
                if pair is None:
                    entry.fields[name] = [old, new]
                elif pair[0] is None:
                    pair[1] = _set_values({**pair[1], **new}, None)
                else:
                    pair[1] = {**pair[1], **new}
                    pair[0] = {**old, **pair[0]}
    for (record_type, record_id), taken in transitions.items():
        key = (record_type, record_id)
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = _Entry("transition")
            entry.fields["status"] = [taken.get("from_state"), taken.get("to_state")]
        elif entry.action == "update":
            entry.action = "transition"
        if entry.action is not None and taken.get("reason"):
            entry.fields["transition_reason"] = [None, taken.get("reason")]
    out: list[tuple[str, int | None, str, list[Any]]] = []
    for (record_type, record_id), entry in entries.items():
        if entry.action is None:
            continue
        fields = [
            [name, old, new]
            for name, (old, new) in entry.fields.items()
            if entry.action in ("create", "delete") or old != new
        ]
        # The record's own fields in column order, then its child rows by table and id: the flush
        # order of rows of different tables varies from run to run, the log must not.
        fields.sort(key=_field_order)
        if entry.action == "update":
            if not fields:
                continue
            if any(name == "status" for name, _old, _new in fields):
                entry.action = "transition"
        out.append((record_type, record_id, entry.action, fields))
    out.sort(key=lambda e: (e[0], e[1] or 0))
    return out


def _field_order(change: Sequence[Any]) -> tuple[str, int]:
    table, sep, row = str(change[0]).partition("#")
    return (table, int(row)) if sep and row.isdigit() else ("", 0)


def _json_safe(value: object) -> object:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else str(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return _json_safe(value.value)
    if isinstance(value, Decimal):
        return _json_safe(float(value))
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    return str(value)


def changes_json(fields: Iterable[Sequence[Any]]) -> str:
    """``[{"field", "old", "new"}, …]`` as compact JSON (Vietnamese letters as they are)."""
    return _ENCODER.encode(
        [{"field": name, "old": _json_safe(old), "new": _json_safe(new)} for name, old, new in fields]
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


_INSERT = insert(cast(Table, m.ChangeLog.__table__))
_INSERT_SQL = (
    'INSERT INTO change_log (at, "user", computer, record_type, record_id, action, changes)'
    " VALUES (?, ?, ?, ?, ?, ?, ?)"
)


class HistoryWriter:
    """The change hook's listener that writes the log (see the module's doc)."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def __call__(self, session: Session, changes: Sequence[Change]) -> None:
        entries = build_entries(session, changes)
        if not entries:
            return
        # As SQLAlchemy's DateTime stores it; the rows go straight to the DB-API cursor of the
        # session's own connection (inside its transaction): SQLAlchemy's statement machinery cost
        # more than the rest of the log's work.
        at = utc_now(self.clock).isoformat(" ", "microseconds")
        user, computer = who()
        rows = [
            (at, user, computer, record_type, record_id, action, changes_json(fields))
            for record_type, record_id, action, fields in entries
        ]
        cursor = session.connection().connection.cursor()
        try:
            cursor.executemany(_INSERT_SQL, rows)
        finally:
            cursor.close()


def install(hub: ChangeHub, clock: Clock) -> Callable[[], None]:
    """Write the log of every transaction committed through ``hub``; returns the unsubscription."""
    return hub.subscribe(HistoryWriter(clock))


def log_restore(target: Any, backup_file: Path | str, *, clock: Clock | None = None) -> None:
    """Add the entry of a restore to the restored database: type ``database``, action ``update``,
    ``[{"field": "restored_from", "old": null, "new": "<backup file name>"}]``.

    ``target``: the ``Services`` of the restored data (their unit of work and clock), or its
    ``Engine``. The rest of the log is the backup's (the replaced log stays in the safety copy)."""
    row = {
        "user": who()[0],
        "computer": who()[1],
        "record_type": DATABASE,
        "record_id": None,
        "action": "update",
        "changes": changes_json([["restored_from", None, Path(backup_file).name]]),
    }
    if isinstance(target, Engine):
        with target.begin() as conn:
            conn.execute(_INSERT, {**row, "at": utc_now(clock or Clock())})
        return
    with target.uow() as uow:
        uow.session.execute(_INSERT, {**row, "at": utc_now(clock or target.clock)})
        uow.commit()


# ---- reading --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FieldChange:
    """One change as the history shows it: the field's label, old and new values as text."""

    field: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class HistoryEntry:
    """One log row. ``at`` is UTC without a zone; ``changes`` as stored (``{field, old, new}``);
    ``title`` names the record when it still exists (its code and title), else empty."""

    id: int
    at: datetime
    user: str
    computer: str
    record_type: str
    record_id: int | None
    action: str
    changes: tuple[Mapping[str, Any], ...]
    title: str = ""

    @property
    def local_at(self) -> datetime:
        """``at`` in the computer's time zone (as the screens show it)."""
        return self.at.replace(tzinfo=UTC).astimezone()

    def as_json(self) -> dict[str, Any]:
        """``{at, user, computer, type, record_id, action, changes}`` (``history --format json``)."""
        return {
            "at": self.at.replace(microsecond=0).isoformat() + "Z",
            "user": self.user,
            "computer": self.computer,
            "type": self.record_type,
            "record_id": self.record_id,
            "action": self.action,
            "changes": [dict(c) for c in self.changes],
        }


@dataclass(frozen=True)
class HistoryFilter:
    """Which log rows a list shows: days (``since``/``until`` inclusive, local days), a record type,
    a user, one record."""

    since: date | None = None
    until: date | None = None
    record_type: str | None = None
    user: str | None = None
    record_id: int | None = None


def _utc_bound(day: date) -> datetime:
    """The start of local day ``day`` in UTC without a zone."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC).replace(tzinfo=None)


class HistoryService:
    """Reads the log (never writes it: the writer is the change hook's listener)."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def _where(self, flt: HistoryFilter) -> list[Any]:
        log = m.ChangeLog
        where: list[Any] = []
        if flt.since is not None:
            where.append(log.at >= _utc_bound(flt.since))
        if flt.until is not None:
            where.append(log.at < _utc_bound(date.fromordinal(flt.until.toordinal() + 1)))
        if flt.record_type:
            where.append(log.record_type == flt.record_type)
        if flt.record_id is not None:
            where.append(log.record_id == flt.record_id)
        if flt.user is not None:
            where.append(log.user == flt.user)
        return where

    def entry_ids(
        self,
        flt: HistoryFilter | None = None,
        *,
        oldest_first: bool = False,
        limit: int | None = None,
        after: int | None = None,
    ) -> list[int]:
        """The ids of the entries ``flt`` lets through, newest first (oldest first on request): at
        most ``limit``, those listed after entry ``after`` (the last of the previous page). Each
        filter reads an index in this order, so a page costs its own rows, not the log's size."""
        log = m.ChangeLog
        order = (log.at, log.id) if oldest_first else (log.at.desc(), log.id.desc())
        with self._uow() as uow:
            where = self._where(flt or HistoryFilter())
            if after is not None:
                last = uow.session.get(m.ChangeLog, after)
                if last is not None:
                    newer, older = (
                        (log.at > last.at, log.id > last.id)
                        if oldest_first
                        else (log.at < last.at, log.id < last.id)
                    )
                    where.append(or_(newer, and_(log.at == last.at, older)))
            query = select(log.id).where(*where).order_by(*order).limit(limit)
            return list(uow.session.scalars(query))

    def count(self, flt: HistoryFilter | None = None) -> int:
        """How many entries ``flt`` lets through."""
        with self._uow() as uow:
            query = select(func.count()).select_from(m.ChangeLog).where(*self._where(flt or HistoryFilter()))
            return int(uow.session.scalar(query) or 0)

    def entries(self, ids: Sequence[int]) -> list[HistoryEntry]:
        """The entries ``ids`` (in any order), with the titles of the records that still exist."""
        if not ids:
            return []
        with self._uow() as uow:
            rows = (
                uow.session.execute(select(m.ChangeLog).where(m.ChangeLog.id.in_(list(ids)))).scalars().all()
            )
            titles = _titles(uow.session, [(r.record_type, r.record_id) for r in rows])
            return [_entry(r, titles.get((r.record_type, r.record_id), "")) for r in rows]

    def record_history(self, record_type: str, record_id: int) -> list[HistoryEntry]:
        """Every entry of one record, newest first (the "Lịch sử" tab)."""
        log = m.ChangeLog
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(log)
                .where(log.record_type == record_type, log.record_id == record_id)
                .order_by(log.at.desc(), log.id.desc())
            ).all()
            return [_entry(r) for r in rows]

    def users(self) -> list[str]:
        """The OS users the log names, in order."""
        with self._uow() as uow:
            return list(uow.session.scalars(select(m.ChangeLog.user).distinct().order_by(m.ChangeLog.user)))

    def record_types(self) -> list[str]:
        """The record types the log names (registry keys and table names)."""
        with self._uow() as uow:
            return list(uow.session.scalars(select(m.ChangeLog.record_type).distinct()))

    def list_entries(
        self, *, since: date | None = None, record_type: str | None = None
    ) -> list[HistoryEntry]:
        """The ``history`` command's entries: since a (local) day, of a type, oldest first."""
        flt = HistoryFilter(since=since, record_type=record_type)
        log = m.ChangeLog
        with self._uow() as uow:
            rows = uow.session.scalars(select(log).where(*self._where(flt)).order_by(log.at, log.id))
            return [_entry(r) for r in rows]

    def describe(self, entries: Sequence[HistoryEntry]) -> list[list[FieldChange]]:
        """Each entry's changes as the history shows them: Vietnamese labels, values as text (dates
        as dd/mm/yyyy, states and kinds by their labels, departments and people by name)."""
        with self._uow() as uow:
            names = _Names(uow.session)
            return [describe_changes(e.record_type, e.changes, names) for e in entries]

    def text_lines(self, entries: Sequence[HistoryEntry]) -> list[str]:
        """``history --format text``: per entry a line (local time, user and computer, record,
        action), then one indented line per change ("label: old → new")."""
        from app.services.vocabulary import table_date

        lines = []
        for entry, described in zip(entries, self.describe(entries), strict=True):
            at = entry.local_at
            record = record_type_label(entry.record_type)
            if entry.record_id is not None:
                record += f" #{entry.record_id}"
            who_text = f"{entry.user} ({entry.computer})" if entry.computer else entry.user
            lines.append(
                f"{table_date(at.date())} {at:%H:%M:%S}  {who_text}  {record}  {ACTION_LABELS.get(entry.action, entry.action)}"
            )
            lines.extend(f"    {c.label}: {change_text(c)}" for c in described)
        return lines


def _entry(row: m.ChangeLog, title: str = "") -> HistoryEntry:
    try:
        changes = json.loads(row.changes)
    except ValueError:
        changes = []
    return HistoryEntry(
        row.id,
        row.at,
        row.user,
        row.computer,
        row.record_type,
        row.record_id,
        row.action,
        tuple(c for c in changes if isinstance(c, dict)),
        title,
    )


def _titles(session: Session, keys: Iterable[tuple[str, int | None]]) -> dict[tuple[str, int | None], str]:
    """ "code — title" of the records that still exist, one query per record type."""
    from app.services.areas import record_type as find_type

    wanted: dict[str, set[int]] = {}
    for key, record_id in keys:
        if record_id is not None:
            wanted.setdefault(key, set()).add(record_id)
    titles: dict[tuple[str, int | None], str] = {}
    for key, ids in wanted.items():
        try:
            kind = find_type(key)
        except KeyError:
            continue
        if kind.model is None or not (kind.code_field or kind.title_field):
            continue
        for row in session.scalars(select(kind.model).where(kind.model.id.in_(ids))):
            parts = [str(getattr(row, f, "") or "") for f in (kind.code_field, kind.title_field) if f]
            titles[(key, row.id)] = " — ".join(p for p in parts if p)
    return titles


# ---- describing a change ---------------------------------------------------------------------------
class _Names:
    """Departments and people by id, read once per description."""

    def __init__(self, session: Session) -> None:
        self._session = session
        self._departments: dict[int, str] | None = None
        self._people: dict[int, str] | None = None

    def department(self, ident: int) -> str | None:
        if self._departments is None:
            rows = self._session.execute(select(m.Department.id, m.Department.name))
            self._departments = {ident: name for ident, name in rows}
        return self._departments.get(ident)

    def person(self, ident: int) -> str | None:
        if self._people is None:
            rows = self._session.execute(select(m.Person.id, m.Person.full_name))
            self._people = {ident: name for ident, name in rows}
        return self._people.get(ident)


@cache
def _column_kinds(table_name: str) -> dict[str, Any]:
    """Per column of a table: "date", "bool", "number", or the enum class of an enum column."""
    table = m.Base.metadata.tables.get(table_name)
    kinds: dict[str, Any] = {}
    if table is None:
        return kinds
    for column in table.columns:
        kind = column.type
        if isinstance(kind, Enum) and kind.enum_class is not None:
            kinds[column.name] = kind.enum_class
        elif isinstance(kind, Date | DateTime):
            kinds[column.name] = "date"
        elif isinstance(kind, Boolean):
            kinds[column.name] = "bool"
        elif isinstance(kind, Integer | Float):
            kinds[column.name] = "number"
    return kinds


@cache
def _enum_labels() -> dict[type[enum.Enum], Mapping[enum.Enum, str]]:
    """The vocabulary's label table of each enum (its first table keyed by that enum's members)."""
    from app.services import vocabulary

    found: dict[type[enum.Enum], Mapping[enum.Enum, str]] = {}
    for value in vars(vocabulary).values():
        if isinstance(value, dict) and value:
            kinds = {type(k) for k in value}
            kind = next(iter(kinds))
            labels = all(isinstance(v, str) for v in value.values())
            if len(kinds) == 1 and issubclass(kind, enum.Enum) and kind not in found and labels:
                found[kind] = value
    return found


def _table_of(record_type: str) -> str:
    from app.services.areas import record_type as find_type

    try:
        model = find_type(record_type).model
    except KeyError:
        return record_type
    return model.__tablename__ if model is not None else record_type


def field_label(record_type: str, name: str) -> str:
    """The Vietnamese label of field ``name`` of a record type (its registry labels first)."""
    from app.services.areas import record_type as find_type

    table, _sep, _row = name.partition("#")
    if _sep:
        return TABLE_LABELS.get(table, table)
    try:
        own = find_type(record_type).history_labels.get(name)
    except KeyError:
        own = None
    return own or FIELD_LABELS.get(name, name)


def value_text(table: str, name: str, value: object, names: _Names | None = None) -> str:
    """A stored value as the history shows it ("" for none)."""
    from app.services import vocabulary

    if value is None or value == "":
        return ""
    kind = _column_kinds(table).get(name)
    if isinstance(value, bool) or kind == "bool":
        return vocabulary.yes_no(bool(value))
    if kind == "date" and isinstance(value, str):
        try:
            return vocabulary.table_date(date.fromisoformat(value[:10]))
        except ValueError:
            return value
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        labels = _enum_labels().get(kind)
        try:
            member = kind(value)
        except ValueError:
            return str(value)
        return labels.get(member, str(value)) if labels else str(value)
    if name == "source_type" and isinstance(value, str):
        return record_type_label(value)
    if isinstance(value, int) and names is not None:
        if name.endswith("department_id"):
            return names.department(value) or f"#{value}"
        if name in ("person_id", "owner_person_id", "auditor_id"):
            return names.person(value) or f"#{value}"
    if isinstance(value, float):
        return vocabulary.number_text(value)
    if isinstance(value, str) and value[:1] in ("{", "[") and len(value) > 80:
        try:
            json.loads(value)
        except ValueError:
            pass
        else:  # the figures, frame or sections a report or a review keeps as JSON
            return f"(dữ liệu lưu kèm, {vocabulary.number_text(len(value))} ký tự)"
    if isinstance(value, dict):
        parts = []
        for key, inner in value.items():
            text = value_text(table, key, inner, names)
            if text:
                parts.append(f"{FIELD_LABELS.get(key, key)}: {text}")
        return "; ".join(parts)
    return " ".join(str(value).split())


def describe_changes(
    record_type: str, changes: Iterable[Mapping[str, Any]], names: _Names | None = None
) -> list[FieldChange]:
    """``changes`` (as stored) as labels and texts; a child row's values read "label: value; …"."""
    table = _table_of(record_type)
    described = []
    for change in changes:
        name = str(change.get("field", ""))
        child, sep, _row = name.partition("#")
        old, new = change.get("old"), change.get("new")
        if sep and isinstance(old, dict) and isinstance(new, dict):
            keys = [k for k in new if old.get(k) != new.get(k)]  # a child row changed: what changed
            old, new = {k: old.get(k) for k in keys}, {k: new.get(k) for k in keys}
        of, column = (child, "") if sep else (table, name)
        described.append(
            FieldChange(
                name,
                field_label(record_type, name),
                value_text(of, column, old, names),
                value_text(of, column, new, names),
            )
        )
    return described


def change_text(change: FieldChange, empty: str = "—") -> str:
    """ "old → new"; only the new value for a field set, "old → —" for one cleared or removed."""
    if not change.old:
        return change.new or empty
    return f"{change.old} → {change.new or empty}"


def unlabelled_fields() -> list[tuple[str, str]]:
    """(table, column) of every column a history may show without a Vietnamese label (none)."""
    from app.services.areas import record_type as find_type

    missing = []
    for name, table in _tables().items():
        if name in _SKIP_TABLES:
            continue
        own = find_type(table.record_type).history_labels if table.record_type else {}
        for column in m.Base.metadata.tables[name].columns:
            key = column.name
            bookkeeping = (
                key in _SKIP_COLUMNS
                or key == "search_text"
                or key.endswith(("code_key", "title_key", "name_key"))
            )
            if not bookkeeping and key != table.parent_column and key not in own and key not in FIELD_LABELS:
                missing.append((name, key))
    return missing


def known_record_types() -> list[str]:
    """Every record type the log may name: the registry's keys, the tables of no record type, and
    ``database`` (a restore)."""
    from app.services.areas import record_types

    keys = [t.key for t in record_types()]
    tables = _tables()
    keys += [
        name
        for name, table in tables.items()
        if table.record_type is None and table.parent_column is None and name not in _SKIP_TABLES
    ]
    return [*keys, DATABASE]
