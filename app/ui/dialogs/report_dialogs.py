"""The report's dialogs: what the secretary sets on a draft, signing (number and date), sending."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from app.services.agency import signing_lines_for
from app.services.reports import ReportDetail
from app.ui.formatting import fmt_date
from app.ui.widgets.forms import Field, RecordDialog


class ReportDialog(RecordDialog):
    """A draft's number, date, data cut-off, Kính gửi, the request it answers, recipients, signer."""

    def __init__(self, services: Services, detail: ReportDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        profile = services.agency.get_profile()
        super().__init__(
            tr("Thông tin {0}").format(detail.title.lower()),
            [
                Field("number", tr("Số báo cáo"), placeholder=tr("ví dụ 25/BC-UBND")),
                Field("report_on", tr("Ngày báo cáo"), kind="date", same_row=True),
                Field(
                    "cutoff",
                    tr("Chốt số liệu đến ngày"),
                    kind="date",
                    help=tr(
                        "Kỳ báo cáo từ {0} đến {1}. Để trống: ngày kết thúc kỳ hoặc ngày báo cáo "
                        "(hôm nay khi chưa có ngày), ngày nào sớm hơn."
                    ).format(fmt_date(detail.period_start), fmt_date(detail.period_end)),
                ),
                Field(
                    "addressee",
                    tr("Kính gửi"),
                    kind="multiline",
                    height=44,
                    placeholder="\n".join(detail.frame.get("addressees") or []),
                    help=tr("Mỗi dòng một cơ quan. Để trống: các cơ quan nhận báo cáo của cơ quan."),
                ),
                Field(
                    "request_ref",
                    tr("Thực hiện văn bản"),
                    kind="multiline",
                    height=44,
                    placeholder=tr("Công văn số …/SKHCN-TĐC ngày … của Sở Khoa học và Công nghệ về việc …"),
                    help=tr("Văn bản của cấp trên yêu cầu báo cáo (nếu có)."),
                ),
                Field(
                    "recipients",
                    tr("Nơi nhận"),
                    kind="multiline",
                    height=84,
                    placeholder="\n".join(detail.frame.get("recipients") or []),
                    help=tr("Mỗi dòng một nơi nhận. Để trống: nơi nhận báo cáo của cơ quan."),
                ),
                Field(
                    "signing_lines",
                    tr("Thẩm quyền ký"),
                    kind="multiline",
                    height=60,
                    placeholder=signing_lines_for(profile),
                ),
                Field(
                    "signer_name",
                    tr("Người ký"),
                    placeholder=profile.signer_name if profile is not None else "",
                ),
                Field("note", tr("Ghi chú"), kind="multiline", height=40),
            ],
            self._save,
            parent,
            values=detail.fields(),
            width=760,
        )

    def _save(self, values: dict[str, Any]) -> int:
        self.services.reports.update(self.detail.id, dataclasses.replace(self.detail.fields(), **values))
        return self.detail.id


class SignDialog(RecordDialog):
    """Signed: the report's number and date (the figures are taken one last time, then frozen)."""

    def __init__(self, services: Services, detail: ReportDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        super().__init__(
            tr("Ký {0}").format(detail.title.lower()),
            [
                Field("number", tr("Số báo cáo"), required=True, placeholder=tr("ví dụ 25/BC-UBND")),
                Field(
                    "report_on",
                    tr("Ngày ký"),
                    kind="date",
                    required=True,
                    help=tr(
                        "Số liệu được lấy lại lần cuối theo ngày ký rồi chốt lại; báo cáo đã ký không sửa được nữa."
                    ),
                ),
            ],
            self._save,
            parent,
            values={"number": detail.number, "report_on": detail.report_on or services.clock.today()},
            width=560,
        )
        self.save_button.setText(tr("Ký"))

    def _save(self, values: dict[str, Any]) -> int:
        self.services.reports.sign(self.detail.id, values["number"], values["report_on"])
        return self.detail.id


class SendDialog(RecordDialog):
    """Sent upstream on a day not before the signing."""

    def __init__(self, services: Services, detail: ReportDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        super().__init__(
            tr("Ghi nhận đã gửi {0}").format(detail.title.lower()),
            [Field("sent_on", tr("Ngày gửi"), kind="date", required=True)],
            self._save,
            parent,
            values={"sent_on": services.clock.today()},
            width=460,
        )
        self.save_button.setText(tr("Ghi nhận"))

    def _save(self, values: dict[str, Any]) -> int:
        self.services.reports.send(self.detail.id, values["sent_on"])
        return self.detail.id
