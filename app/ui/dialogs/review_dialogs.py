"""The management review's dialogs: the meeting, the inputs' text and the conclusions, a decision."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.bootstrap import Services
from app.models import DecisionKind, DecisionStatus
from app.services.reviews import DecisionFields, DecisionRow, ReviewDetail, ReviewFields
from app.services.vocabulary import decision_kind_label, decision_status_label
from app.ui.widgets.forms import Field, RecordDialog


def kind_text(kind: DecisionKind) -> str:
    return QCoreApplication.translate("Labels", decision_kind_label(kind))


def status_text(status: DecisionStatus) -> str:
    return QCoreApplication.translate("Labels", decision_status_label(status))


class ReviewDialog(RecordDialog):
    """The meeting: date, time, place, who chaired, who took the minutes, who attended, the period."""

    def __init__(
        self, services: Services, detail: ReviewDetail | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        super().__init__(
            tr("Cuộc họp xem xét của lãnh đạo số {0}/{1}").format(detail.number, detail.year)
            if detail
            else tr("Thêm cuộc họp xem xét của lãnh đạo"),
            [
                Field("held_on", tr("Ngày họp"), kind="date", required=True),
                Field("time_from", tr("Từ giờ"), same_row=True, placeholder="08:00"),
                Field("time_to", tr("đến"), same_row=True, placeholder="11:00"),
                Field("place", tr("Địa điểm"), placeholder=tr("Hội trường Ủy ban nhân dân xã")),
                Field("chair", tr("Chủ trì"), placeholder=tr("Họ và tên — chức vụ")),
                Field("secretary", tr("Thư ký"), placeholder=tr("Họ và tên — chức vụ")),
                Field(
                    "attendees",
                    tr("Thành phần tham dự"),
                    kind="multiline",
                    height=80,
                    help=tr("Mỗi dòng một người hoặc một nhóm."),
                ),
                Field(
                    "absentees",
                    tr("Vắng mặt"),
                    kind="multiline",
                    height=44,
                    help=tr("Mỗi dòng một người, kèm lý do."),
                ),
                Field(
                    "period_start",
                    tr("Số liệu từ ngày"),
                    kind="date",
                    help=tr("Để trống: từ ngày sau cuộc họp trước (cuộc họp đầu tiên: từ 01/01)."),
                ),
                Field("period_end", tr("đến ngày"), kind="date", same_row=True),
            ],
            self._save,
            parent,
            values=detail if detail is not None else {"held_on": services.clock.today()},
            width=720,
        )

    def _save(self, values: dict[str, Any]) -> int:
        if self.detail is not None:
            fields = dataclasses.replace(self.detail.fields(), **values)
            self.services.reviews.update(self.detail.id, fields)
            return self.detail.id
        return int(self.services.reviews.create(ReviewFields(**values)))


class ReviewTextDialog(RecordDialog):
    """The secretary's text of the inputs (§9.3.2), the discussion and the chair's conclusions."""

    def __init__(self, services: Services, detail: ReviewDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        super().__init__(
            tr("Nội dung biên bản họp số {0}/{1}").format(detail.number, detail.year),
            [
                Field(
                    "input_decisions",
                    tr("a) Hành động từ các lần xem xét trước"),
                    kind="multiline",
                    height=44,
                ),
                Field(
                    "input_issues", tr("b) Thay đổi vấn đề bên ngoài, nội bộ"), kind="multiline", height=44
                ),
                Field(
                    "input_performance", tr("c) Kết quả thực hiện của hệ thống"), kind="multiline", height=44
                ),
                Field("input_providers", tr("c) Nhà cung cấp bên ngoài"), kind="multiline", height=44),
                Field("input_resources", tr("d) Sự thỏa đáng của nguồn lực"), kind="multiline", height=44),
                Field(
                    "input_risks", tr("e) Hành động giải quyết rủi ro, cơ hội"), kind="multiline", height=44
                ),
                Field("input_improvement", tr("f) Cơ hội cải tiến"), kind="multiline", height=44),
                Field("discussion", tr("Ý kiến thảo luận"), kind="multiline", height=60),
                Field("conclusions", tr("Kết luận của chủ trì"), kind="multiline", height=60),
            ],
            self._save,
            parent,
            values=detail,
            width=780,
        )

    def _save(self, values: dict[str, Any]) -> int:
        self.services.reviews.update(self.detail.id, dataclasses.replace(self.detail.fields(), **values))
        return self.detail.id


class DecisionDialog(RecordDialog):
    """One decision of a review: what, which kind, who, by when, its status and the day it ended."""

    def __init__(
        self, services: Services, review: ReviewDetail, row: DecisionRow | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.review = review
        self.row = row
        tr = self.tr
        super().__init__(
            tr("Quyết định sau xem xét") if row else tr("Thêm quyết định sau xem xét"),
            [
                Field("text", tr("Nội dung"), kind="multiline", required=True, height=60),
                Field("kind", tr("Loại"), kind="combo", choices=[(kind_text(k), k) for k in DecisionKind]),
                Field("owner", tr("Người thực hiện"), placeholder=tr("Bộ phận hoặc người được giao")),
                Field("due_on", tr("Thời hạn"), kind="date"),
                Field(
                    "status",
                    tr("Tình trạng"),
                    kind="combo",
                    choices=[(status_text(s), s) for s in DecisionStatus],
                ),
                Field("done_on", tr("Ngày hoàn thành / hủy"), kind="date", same_row=True),
                Field("note", tr("Ghi chú"), kind="multiline", height=44),
            ],
            self._save,
            parent,
            values=row if row is not None else {"status": DecisionStatus.OPEN},
            width=640,
        )

    def _save(self, values: dict[str, Any]) -> int:
        fields = DecisionFields(**values)
        if self.row is not None:
            self.services.reviews.update_decision(self.row.id, fields)
            return self.row.id
        return int(self.services.reviews.add_decision(self.review.id, fields))
