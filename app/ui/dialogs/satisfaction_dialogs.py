"""Dialogs of the satisfaction page: a survey with its counts per rating (the % satisfied shown as
the counts are typed), and a complaint with its handling and ruling; and the labels they share with
the page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QSpinBox, QWidget

from app.bootstrap import Services
from app.models import ComplaintRuling
from app.services import vocabulary
from app.services.satisfaction import (
    CHANNELS,
    ComplaintFields,
    ComplaintRow,
    SurveyFields,
    SurveyRow,
    percent_satisfied,
)
from app.ui.widgets.forms import Field, RecordDialog

translate = QCoreApplication.translate

SURVEY_METHODS = (
    "Thiết bị đánh giá điện tử tại Trung tâm",
    "Phiếu khảo sát giấy",
    "Đánh giá trên Cổng dịch vụ công",
    "Phỏng vấn trực tiếp",
)
_COUNT_NAMES = ("very_satisfied", "satisfied", "neutral", "dissatisfied")
_MAX = 1_000_000


def ruling_text(ruling: ComplaintRuling) -> str:
    return translate("Labels", vocabulary.complaint_ruling_label(ruling))


def percent_text(row: SurveyRow) -> str:
    """ "96,3 %", or "—" when nobody answered (never "0 %")."""
    return row.percent_text


class SurveyDialog(RecordDialog):
    def __init__(self, services: Services, row: SurveyRow | None, parent: QWidget | None = None) -> None:
        self.services = services
        self.row = row
        tr = self.tr
        today = services.clock.today()
        super().__init__(
            tr("Đợt khảo sát sự hài lòng") if row else tr("Thêm đợt khảo sát sự hài lòng"),
            [
                Field("from_on", tr("Từ ngày"), kind="date", required=True),
                Field("to_on", tr("đến ngày"), kind="date", same_row=True),
                Field(
                    "method",
                    tr("Hình thức khảo sát"),
                    kind="combo_edit",
                    choices=[(translate("SatisfactionDialogs", m), m) for m in SURVEY_METHODS],
                    placeholder=tr("Thiết bị đánh giá, phiếu giấy, Cổng dịch vụ công…"),
                ),
                Field(
                    "forms",
                    tr("Số phiếu thu về"),
                    kind="int",
                    maximum=_MAX,
                ),
                Field("very_satisfied", tr("Rất hài lòng"), kind="int", maximum=_MAX),
                Field("satisfied", tr("Hài lòng"), kind="int", maximum=_MAX, same_row=True),
                Field("neutral", tr("Bình thường"), kind="int", maximum=_MAX),
                Field("dissatisfied", tr("Không hài lòng"), kind="int", maximum=_MAX, same_row=True),
                Field("note", tr("Ghi chú"), kind="multiline", height=50),
            ],
            self._save,
            parent,
            values=row.fields() if row is not None else {"from_on": today, "to_on": today},
            width=620,
        )
        self.rate = QLabel(self)
        self.rate.setObjectName("fieldHelp")
        self.rate.setWordWrap(True)
        self.form.editors["method"].setMinimumWidth(420)
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(1, self.rate)  # type: ignore[attr-defined]
        for name in (*_COUNT_NAMES, "forms"):
            editor = self.form.editors[name]
            assert isinstance(editor, QSpinBox)
            editor.valueChanged.connect(lambda _v: self._update_rate())
        self._update_rate()

    def _counts(self) -> list[int]:
        values = []
        for name in _COUNT_NAMES:
            editor = self.form.editors[name]
            assert isinstance(editor, QSpinBox)
            values.append(editor.value())
        return values

    def _update_rate(self) -> None:
        counts = self._counts()
        value = percent_satisfied(*counts)
        if value is None:
            text = self.tr("Tỷ lệ hài lòng: chưa có số liệu (chưa nhập ý kiến nào).")
        else:
            text = self.tr("Tỷ lệ hài lòng: {0} ({1} / {2} ý kiến).").format(
                vocabulary.percent(counts[0] + counts[1], sum(counts)),
                vocabulary.number_text(counts[0] + counts[1]),
                vocabulary.number_text(sum(counts)),
            )
        rule = self.tr(
            "Số phiếu thu về không ít hơn tổng số ý kiến theo bốn mức (phiếu trống, không hợp lệ tính thêm)."
        )
        self.rate.setText(f"{text}\n{rule}")

    def _save(self, values: dict[str, Any]) -> int:
        fields = SurveyFields(**values)
        if self.row is not None:
            self.services.satisfaction.update_survey(self.row.id, fields)
            return self.row.id
        return int(self.services.satisfaction.create_survey(fields))


class ComplaintDialog(RecordDialog):
    def __init__(self, services: Services, row: ComplaintRow | None, parent: QWidget | None = None) -> None:
        self.services = services
        self.row = row
        tr = self.tr
        departments = [(tr("(chưa xác định)"), None)] + [
            (d.name, d.id) for d in services.organization.list_departments()
        ]
        super().__init__(
            tr("Phản ánh, kiến nghị") if row else tr("Thêm phản ánh, kiến nghị"),
            [
                Field("received_on", tr("Ngày tiếp nhận"), kind="date", required=True),
                Field(
                    "channel",
                    tr("Hình thức"),
                    kind="combo_edit",
                    same_row=True,
                    choices=[(translate("SatisfactionDialogs", c), c) for c in CHANNELS],
                ),
                Field("sender", tr("Người phản ánh"), placeholder=tr("Họ tên, địa chỉ (nếu có)")),
                Field("content", tr("Nội dung"), kind="multiline", required=True, height=60),
                Field("department_id", tr("Bộ phận liên quan"), kind="combo", choices=departments),
                Field("handling", tr("Xử lý"), kind="multiline", height=44),
                Field("result", tr("Kết quả trả lời"), kind="multiline", height=44),
                Field("resolved_on", tr("Ngày giải quyết xong"), kind="date"),
                Field(
                    "ruling",
                    tr("Kết luận"),
                    kind="combo",
                    same_row=True,
                    choices=[(ruling_text(r), r) for r in ComplaintRuling],
                ),
            ],
            self._save,
            parent,
            values=row.fields()
            if row is not None
            else {"received_on": services.clock.today(), "ruling": ComplaintRuling.PENDING},
            width=680,
        )

    def _save(self, values: dict[str, Any]) -> int:
        fields = ComplaintFields(**values)
        if self.row is not None:
            self.services.satisfaction.update_complaint(self.row.id, fields)
            return self.row.id
        return int(self.services.satisfaction.create_complaint(fields))
