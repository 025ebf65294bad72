"""The signed documents of the year (objectives plan, annual QMS plan): number/date/signing fields,
and exporting them as .pdf or .xlsx in the background, then offering to open the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from app.ui.dialogs.export_dialog import export_file
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field

translate = QCoreApplication.translate

_NAMES = {
    "objectives": "muc-tieu-chat-luong-{year}",
    "plan": "ke-hoach-duy-tri-cai-tien-htqlcl-{year}",
}


def meta_fields() -> list[Field]:
    """Number, date, signing lines, signer and recipients of a printed document."""
    default = translate("PlanDocument", "Để trống = theo mặc định của cơ quan.")
    return [
        Field(
            "number",
            translate("PlanDocument", "Số văn bản"),
            placeholder=translate("PlanDocument", "ví dụ 05"),
            help=translate(
                "PlanDocument", "Chỉ số, ví dụ 05; phần ký hiệu được ghép tự động. Để trống để ghi tay."
            ),
        ),
        Field("signed_on", translate("PlanDocument", "Ngày ký"), kind="date"),
        Field(
            "signing_lines",
            translate("PlanDocument", "Dòng ký"),
            kind="multiline",
            height=54,
            placeholder=translate("PlanDocument", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"),
            help=default,
        ),
        Field("signer_name", translate("PlanDocument", "Người ký"), help=default),
        Field(
            "recipients",
            translate("PlanDocument", "Nơi nhận"),
            kind="multiline",
            height=64,
            placeholder=translate("PlanDocument", "Mỗi nơi nhận một dòng"),
            help=default,
        ),
    ]


def export_plan_document(
    parent: QWidget, services: Services, which: str, year: int, runner: TaskRunner | None = None
) -> None:
    """Save the year's objectives plan or annual plan as PDF (to sign) or Excel."""
    title = (
        translate("PlanDocument", "Xuất mục tiêu chất lượng")
        if which == "objectives"
        else translate("PlanDocument", "Xuất kế hoạch năm")
    )
    export_file(
        parent,
        title,
        _NAMES[which].format(year=year),
        lambda fmt, target: services.plan_exports.export(which, year, fmt, target),
        runner,
    )
