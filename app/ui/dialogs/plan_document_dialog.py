"""The signed documents of the year (objectives plan, annual QMS plan): their number, date, legal
bases, signing and recipients fields, whose placeholders show what prints when a field is left
empty; and exporting them (.pdf, .docx, .xlsx) through the export catalogue in the background."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from app.bootstrap import Services
from app.services.areas import ExportRequest
from app.services.exports.plan_documents import PrintedDefaults
from app.ui.dialogs.export_dialog import export_file, suggested_name
from app.ui.tasks import TaskRunner
from app.ui.widgets.forms import Field, FormWidget

translate = QCoreApplication.translate

# The words of each document's file name ("Ke-hoach-duy-tri-cai-tien-HTQLCL-2026-UBND-xa-Tung-Anh.pdf").
_FILE_WORDS = {
    "objectives": "Ke hoach thuc hien muc tieu chat luong",
    "plan": "Ke hoach duy tri cai tien HTQLCL",
}
# The fields whose empty value prints a default (the agency's or the document's standard text).
DEFAULTED = ("legal_bases", "signing_lines", "signer_name", "recipients", "implementation", "funding")


def meta_fields() -> list[Field]:
    """Number, date, legal bases, signing lines, signer and recipients of a printed document."""
    default = translate("PlanDocument", "Để trống thì in như chữ mờ trong ô (theo thông tin cơ quan).")
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
            "legal_bases",
            translate("PlanDocument", "Căn cứ"),
            kind="multiline",
            height=80,
            help=translate(
                "PlanDocument",
                "Mỗi căn cứ một dòng; dòng không bắt đầu bằng “Căn cứ” hay “Thực hiện” được thêm “Căn cứ”. "
                "Danh sách chung sửa ở trang Thông tin cơ quan, thẻ Căn cứ pháp lý.",
            ),
        ),
        Field(
            "signing_lines", translate("PlanDocument", "Dòng ký"), kind="multiline", height=54, help=default
        ),
        Field("signer_name", translate("PlanDocument", "Người ký"), help=default),
        Field(
            "recipients",
            translate("PlanDocument", "Nơi nhận"),
            kind="multiline",
            height=80,
            help=translate(
                "PlanDocument",
                "Mỗi nơi nhận một dòng, mục đích trong ngoặc: “Sở Khoa học và Công nghệ (để báo cáo)”. "
                "Để trống thì in danh sách nơi nhận của cơ quan; ghi chú nội bộ không bao giờ được in.",
            ),
        ),
    ]


def show_printed_defaults(form: FormWidget, printed: PrintedDefaults) -> None:
    """Each defaulted field's placeholder becomes what prints when it is left empty."""
    for name in DEFAULTED:
        editor = form.editors.get(name)
        text = getattr(printed, name)
        if isinstance(editor, QPlainTextEdit | QLineEdit):
            editor.setPlaceholderText(text)
        elif isinstance(editor, QComboBox) and (line := editor.lineEdit()) is not None:
            line.setPlaceholderText(text)


def fill_with_defaults(form: FormWidget, printed: PrintedDefaults) -> list[str]:
    """Copy what prints into the empty defaulted fields, to edit it; returns the fields filled."""
    filled = []
    values = form.values()
    for name in DEFAULTED:
        text = getattr(printed, name)
        if name in form.editors and not str(values.get(name) or "").strip() and text:
            form.set_value(name, text)
            filled.append(name)
    return filled


def printed_defaults(services: Services, which: str, year: int) -> PrintedDefaults:
    return services.plan_exports.defaults(which, year)


def export_plan_document(
    parent: QWidget, services: Services, which: str, year: int, runner: TaskRunner | None = None
) -> None:
    """Save the year's objectives plan or annual plan as PDF (to sign), Word or Excel."""
    from app.services.exports import catalogue

    title = (
        translate("PlanDocument", "Xuất kế hoạch thực hiện mục tiêu chất lượng")
        if which == "objectives"
        else translate("PlanDocument", "Xuất kế hoạch năm")
    )
    formats = catalogue.find(which).formats
    export_file(
        parent,
        title,
        suggested_name(services, _FILE_WORDS[which], formats[0], year),
        lambda fmt, target: catalogue.write(services, which, ExportRequest(fmt, target, year=year)),
        runner,
        formats=formats,
        data_root=services.data_root,
    )
