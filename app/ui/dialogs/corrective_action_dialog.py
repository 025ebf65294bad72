"""The forms of the corrective-action page: the request itself, one of its actions, a verification of
effectiveness, and the small forms of the workflow's moves (a date, a reason)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.models import CaSource
from app.services import vocabulary
from app.services.corrective_actions import ActionFields, CaDetail, CaFields, VerificationFields
from app.ui.widgets.forms import Field

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("CorrectiveActions", text)


def source_label(source: CaSource) -> str:
    return translate("Labels", vocabulary.ca_source_label(source))


# "Trường hợp tương tự ở nơi khác": not said yet, yes, no (text keys: a combo's data is never None).
_SIMILAR = {"unknown": None, "yes": True, "no": False}


def request_fields(departments: list[tuple[str, int]], people: list[str]) -> list[Field]:
    """The request's form: short fields two by two, so that it fits a 768-pixel screen."""
    return [
        Field("raised_on", _tr("Ngày lập phiếu"), kind="date", required=True),
        Field("due_on", _tr("Hạn hoàn thành"), kind="date", same_row=True),
        Field(
            "source",
            _tr("Nguồn phát hiện"),
            kind="combo",
            choices=[(source_label(s), s) for s in CaSource],
        ),
        Field(
            "department_id",
            _tr("Bộ phận"),
            kind="combo",
            choices=[(_tr("(chưa chọn)"), None), *departments],
            same_row=True,
        ),
        Field("found_by", _tr("Người phát hiện"), kind="combo_edit", choices=[(p, p) for p in people]),
        Field("found_on", _tr("Ngày phát hiện"), kind="date", same_row=True),
        Field(
            "description",
            _tr("Mô tả sự không phù hợp"),
            kind="multiline",
            height=58,
            placeholder=_tr("Điều gì không đúng yêu cầu, ở đâu, bằng chứng nào."),
        ),
        Field(
            "correction",
            _tr("Sự khắc phục (xử lý ngay)"),
            kind="multiline",
            height=44,
            placeholder=_tr("Việc đã làm ngay để xử lý sự không phù hợp."),
        ),
        Field(
            "root_cause",
            _tr("Nguyên nhân gốc"),
            kind="multiline",
            height=44,
            placeholder=_tr("Vì sao xảy ra (cần có trước khi triển khai thực hiện)."),
        ),
        Field(
            "similar",
            _tr("Trường hợp tương tự"),
            kind="combo",
            choices=[
                (_tr("Chưa xác định"), "unknown"),
                (_tr("Có ở nơi khác"), "yes"),
                (_tr("Không có"), "no"),
            ],
        ),
        Field("similar_note", _tr("Ghi chú"), same_row=True, placeholder=_tr("ở đâu, xử lý thế nào")),
        Field("update_risks", _tr("Cần cập nhật rủi ro, cơ hội"), kind="check"),
        Field("update_qms", _tr("Cần thay đổi Hệ thống quản lý chất lượng"), kind="check"),
        Field("approver", _tr("Người phê duyệt"), kind="combo_edit", choices=[(p, p) for p in people]),
    ]


def request_values(detail: CaDetail | None, today: date) -> dict[str, Any]:
    if detail is None:
        return {"raised_on": today, "source": CaSource.AUDIT, "similar": "unknown"}
    values = {
        name: getattr(detail, name)
        for name in (
            "raised_on",
            "due_on",
            "source",
            "department_id",
            "found_by",
            "found_on",
            "description",
            "correction",
            "root_cause",
            "similar_note",
            "update_risks",
            "update_qms",
            "approver",
        )
    }
    values["similar"] = next(k for k, v in _SIMILAR.items() if v is detail.similar_exists)
    return values


def request_from_values(values: dict[str, Any], detail: CaDetail | None) -> CaFields:
    """The form's values as the service's fields (the source record and the findings kept)."""
    v = dict(values)
    similar = _SIMILAR.get(v.pop("similar", "unknown"))
    return CaFields(
        **v,
        similar_exists=similar,
        source_type=detail.source_type if detail is not None else "",
        source_id=detail.source_id if detail is not None else None,
    )


def action_fields(people: list[str]) -> list[Field]:
    return [
        Field("description", _tr("Nội dung hành động"), kind="multiline", required=True, height=60),
        Field("owner", _tr("Người thực hiện"), kind="combo_edit", choices=[(p, p) for p in people]),
        Field("due_on", _tr("Hạn"), kind="date"),
        Field("completed_on", _tr("Ngày hoàn thành"), kind="date", same_row=True),
        Field("cancelled", _tr("Hủy hành động này (không tính nữa)"), kind="check"),
    ]


def action_from_values(values: dict[str, Any]) -> ActionFields:
    return ActionFields(**values)


def completion_fields() -> list[Field]:
    return [Field("completed_on", _tr("Ngày hoàn thành"), kind="date", required=True)]


def verification_fields(people: list[str]) -> list[Field]:
    return [
        Field(
            "by", _tr("Người kiểm tra"), kind="combo_edit", required=True, choices=[(p, p) for p in people]
        ),
        Field("on", _tr("Ngày kiểm tra"), kind="date", required=True),
        Field(
            "effective",
            _tr("Kết luận"),
            kind="combo",
            choices=[
                (_tr("Có hiệu lực — đóng phiếu"), "yes"),
                (_tr("Chưa hiệu lực — phân tích lại nguyên nhân"), "no"),
            ],
        ),
        Field("comment", _tr("Nhận xét"), kind="multiline", height=60),
    ]


def verification_from_values(values: dict[str, Any]) -> VerificationFields:
    return VerificationFields(
        by=str(values["by"]),
        on=values["on"],
        effective=values["effective"] == "yes",
        comment=str(values.get("comment", "")),
    )


def move_fields(*, with_reason: bool, date_label: str, reason_help: str = "") -> list[Field]:
    """A workflow move: its date (default today) and, for cancel and reopen, the reason."""
    fields = [Field("on", date_label, kind="date", required=True)]
    if with_reason:
        fields.append(
            Field("reason", _tr("Lý do"), kind="multiline", required=True, height=70, placeholder=reason_help)
        )
    return fields


def widen(form: Any) -> None:
    """Give the free-text fields of a form room for a full name or a note."""
    for name, width in (
        ("found_by", 230),
        ("approver", 260),
        ("similar_note", 330),
        ("by", 260),
        ("owner", 260),
    ):
        editor = form.editors.get(name)
        if editor is not None:
            editor.setMinimumWidth(width)
