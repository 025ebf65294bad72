"""The signed documents of the year (objectives plan, annual QMS plan): number/date/signing fields,
and exporting them as .pdf or .xlsx in the background, then offering to open the file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.bootstrap import Services
from app.messages import message
from app.services.errors import DomainError
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
    """Ask where to save (the filter picks PDF or Excel), export off the GUI thread, offer to open."""
    title = (
        translate("PlanDocument", "Xuất mục tiêu chất lượng")
        if which == "objectives"
        else translate("PlanDocument", "Xuất kế hoạch năm")
    )
    pdf_filter = translate("PlanDocument", "PDF để in (*.pdf)")
    xlsx_filter = translate("PlanDocument", "Bảng tính Excel (*.xlsx)")
    suggested = Path.home() / f"{_NAMES[which].format(year=year)}.pdf"
    path, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), f"{pdf_filter};;{xlsx_filter}")
    if not path:
        return
    fmt = "xlsx" if chosen == xlsx_filter or path.lower().endswith(".xlsx") else "pdf"
    target = Path(path)
    if target.suffix.lower() != f".{fmt}":
        target = target.with_suffix(f".{fmt}")
    tasks = runner or TaskRunner(parent)

    def done(_result: object) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            translate("PlanDocument", "Đã lưu {0}").format(str(target)),
            parent=parent,
        )
        open_button = box.addButton(translate("PlanDocument", "Mở tệp"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("PlanDocument", "Đóng"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def failed(error: BaseException) -> None:
        if isinstance(error, DomainError):
            QMessageBox.warning(parent, title, message(error))
        else:
            raise error

    tasks.run_with_progress(
        parent,
        translate("PlanDocument", "Đang xuất văn bản…"),
        lambda: services.plan_exports.export(which, year, fmt, target),
        done,
        failed,
    )
