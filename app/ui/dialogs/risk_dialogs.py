"""The forms of the risks page: a risk or opportunity, one of its treatment actions, an evaluation of
their effectiveness, closing it, and the two band limits of the agency."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.models import RiskKind
from app.services import vocabulary
from app.services.risks import (
    RiskActionFields,
    RiskActionRow,
    RiskDetail,
    RiskEvaluationFields,
    RiskEvaluationRow,
    RiskFields,
    RiskSettings,
    risk_score,
)
from app.ui.widgets.forms import Field, RecordDialog, choice

translate = QCoreApplication.translate

# Band colours: the heat map's cells and the band texts of the lists.
BAND_COLORS = {"thap": "#cfe8cf", "trung_binh": "#ffe2a8", "cao": "#f5b7b1"}
BAND_TEXT_COLORS = {"thap": "#1e7b34", "trung_binh": "#9a6700", "cao": "#b3261e"}


def _tr(text: str) -> str:
    return translate("RiskDialogs", text)


def kind_label(kind: RiskKind) -> str:
    return translate("Labels", vocabulary.risk_kind_label(kind))


def band_label(band: str | None) -> str:
    return translate("Labels", vocabulary.risk_band_label(band)) if band else ""


def scale_choices() -> list[tuple[str, int]]:
    names = (_tr("Rất thấp"), _tr("Thấp"), _tr("Trung bình"), _tr("Cao"), _tr("Rất cao"))
    return [(f"{i} — {name}", i) for i, name in enumerate(names, start=1)]


def score_text(likelihood: int, impact: int) -> str:
    """ "3 × 4 = 12"."""
    return f"{likelihood} × {impact} = {risk_score(likelihood, impact)}"


def _people(services: Services) -> list[tuple[str, str]]:
    names = sorted(
        {p.full_name for p in services.organization.list_persons()}, key=vocabulary.person_sort_key
    )
    return [(n, n) for n in names]


class _ScoreHint:
    """A line under a form that says the score and band of two scale combos as they change."""

    def __init__(
        self, dialog: RecordDialog, first: str, second: str, settings: RiskSettings, kind: Any
    ) -> None:
        self.dialog = dialog
        self.settings = settings
        self.kind = kind  # a RiskKind, or a function giving the one chosen
        self.first = dialog.form.editors[first]
        self.second = dialog.form.editors[second]
        self.label = QLabel(dialog)
        self.label.setObjectName("scoreHint")
        layout = dialog.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.count() - 1, self.label)
        for combo in (self.first, self.second):
            assert isinstance(combo, QComboBox)
            combo.currentIndexChanged.connect(lambda _i: self.update())

    def update(self) -> None:
        assert isinstance(self.first, QComboBox) and isinstance(self.second, QComboBox)
        a, b = choice(self.first), choice(self.second)
        if not isinstance(a, int) or not isinstance(b, int):
            self.label.clear()
            return
        kind = self.kind() if callable(self.kind) else self.kind
        band = self.settings.band(kind, risk_score(a, b)) if isinstance(kind, RiskKind) else None
        text = _tr("Điểm: {0}").format(score_text(a, b))
        if band is not None:
            text += " — " + _tr("mức {0}").format(band_label(band).lower())
            color = BAND_TEXT_COLORS[band]
            self.label.setText(f'<b style="color:{color}">{text}</b>')
        else:
            self.label.setText(f"<b>{text}</b>")


class RiskDialog(RecordDialog):
    """A new risk or opportunity, or one to edit."""

    def __init__(
        self,
        services: Services,
        detail: RiskDetail | None,
        parent: QWidget | None = None,
        *,
        kind: RiskKind = RiskKind.RISK,
    ) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        departments = [(d.name, d.id) for d in services.organization.list_departments()]
        processes = sorted({r.process for r in services.risks.risks() if r.process}, key=vocabulary.sort_key)
        fields = [
            Field("kind", tr("Loại"), kind="combo", choices=[(kind_label(k), k) for k in RiskKind]),
            Field("identified_on", tr("Ngày nhận diện"), kind="date", required=True, same_row=True),
            Field(
                "title",
                tr("Tên rủi ro, cơ hội"),
                required=True,
                placeholder=tr("Ví dụ: Văn bản pháp luật mới chưa được cập nhật vào quy trình"),
            ),
            Field(
                "process",
                tr("Quá trình, lĩnh vực"),
                kind="combo_edit",
                choices=[(p, p) for p in processes],
            ),
            Field(
                "department_id",
                tr("Bộ phận"),
                kind="combo",
                choices=[(tr("(chưa chọn)"), None), *departments],
                same_row=True,
            ),
            Field("description", tr("Mô tả"), kind="multiline", height=46),
            Field("cause", tr("Nguyên nhân"), kind="multiline", height=46),
            Field("consequence", tr("Hậu quả, tác động"), kind="multiline", height=46),
            Field("owner", tr("Người chịu trách nhiệm"), kind="combo_edit", choices=_people(services)),
            Field(
                "likelihood",
                tr("Khả năng xảy ra"),
                kind="combo",
                choices=scale_choices(),
                help=tr("Với cơ hội: lợi ích mang lại × tính khả thi."),
            ),
            Field(
                "impact",
                tr("Mức độ ảnh hưởng"),
                kind="combo",
                choices=scale_choices(),
                same_row=True,
            ),
            Field("review_on", tr("Ngày xem xét lại"), kind="date"),
            Field("note", tr("Ghi chú"), kind="multiline", height=40),
        ]
        super().__init__(
            tr("Rủi ro, cơ hội") if detail else tr("Thêm rủi ro, cơ hội"),
            fields,
            self._save,
            parent,
            width=760,
        )
        kind_combo = self.form.editors["kind"]
        assert isinstance(kind_combo, QComboBox)
        self.hint = _ScoreHint(
            self, "likelihood", "impact", services.risks.settings(), lambda: choice(kind_combo)
        )
        kind_combo.currentIndexChanged.connect(lambda _i: self.hint.update())
        if detail is not None:
            self.form.set_values(detail.fields())
        else:
            self.form.set_values(
                RiskFields(kind=kind, identified_on=services.clock.today(), likelihood=3, impact=3)
            )
        self.hint.update()

    def _save(self, values: dict[str, Any]) -> int:
        fields = RiskFields(**values)
        if self.detail is None:
            return int(self.services.risks.create(fields))
        self.services.risks.update(self.detail.id, fields)
        return self.detail.id


class RiskActionDialog(RecordDialog):
    """A treatment action (biện pháp xử lý) of a risk."""

    def __init__(
        self, services: Services, risk_id: int, row: RiskActionRow | None, parent: QWidget | None = None
    ) -> None:
        self.services = services
        self.risk_id = risk_id
        self.row = row
        tr = self.tr
        fields = [
            Field("description", tr("Biện pháp xử lý"), kind="multiline", required=True, height=60),
            Field("owner", tr("Người thực hiện"), kind="combo_edit", choices=_people(services)),
            Field("due_on", tr("Thời hạn"), kind="date"),
            Field("completed_on", tr("Ngày hoàn thành"), kind="date", same_row=True),
        ]
        super().__init__(
            tr("Biện pháp xử lý") if row else tr("Thêm biện pháp xử lý"),
            fields,
            self._save,
            parent,
            width=620,
        )
        if row is not None:
            self.form.set_values(row)

    def _save(self, values: dict[str, Any]) -> int:
        fields = RiskActionFields(**values)
        if self.row is None:
            return int(self.services.risks.add_action(self.risk_id, fields))
        self.services.risks.update_action(self.row.id, fields)
        return self.row.id


_EFFECTIVE = {"yes": True, "no": False}


class RiskEvaluationDialog(RecordDialog):
    """An evaluation of the effectiveness of the actions, with the residual score."""

    def __init__(
        self,
        services: Services,
        detail: RiskDetail,
        row: RiskEvaluationRow | None,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.detail = detail
        self.row = row
        tr = self.tr
        opportunity = detail.row.kind is RiskKind.OPPORTUNITY
        fields = [
            Field("on", tr("Ngày đánh giá"), kind="date", required=True),
            Field(
                "effective",
                tr("Biện pháp có hiệu lực"),
                kind="combo",
                choices=[(tr("Có"), "yes"), (tr("Không"), "no")],
                same_row=True,
            ),
            Field(
                "residual_likelihood",
                tr("Lợi ích còn lại") if opportunity else tr("Khả năng xảy ra còn lại"),
                kind="combo",
                choices=scale_choices(),
            ),
            Field(
                "residual_impact",
                tr("Tính khả thi") if opportunity else tr("Mức độ ảnh hưởng còn lại"),
                kind="combo",
                choices=scale_choices(),
                same_row=True,
            ),
            Field("comment", tr("Nhận xét"), kind="multiline", height=60),
            Field(
                "next_review_on",
                tr("Ngày xem xét lại tiếp theo"),
                kind="date",
                help=tr("Để trống thì giữ ngày xem xét lại đang có."),
            ),
        ]
        super().__init__(
            tr("Đánh giá hiệu lực") if row else tr("Thêm đánh giá hiệu lực"),
            fields,
            self._save,
            parent,
            width=720,
        )
        self.hint = _ScoreHint(
            self, "residual_likelihood", "residual_impact", services.risks.settings(), detail.row.kind
        )
        if row is not None:
            self.form.set_values(dataclasses.asdict(row) | {"effective": "yes" if row.effective else "no"})
        else:
            self.form.set_values(
                {
                    "on": services.clock.today(),
                    "effective": "yes",
                    "residual_likelihood": detail.row.residual_likelihood,
                    "residual_impact": detail.row.residual_impact,
                }
            )
        self.hint.update()

    def _save(self, values: dict[str, Any]) -> int:
        values = dict(values, effective=_EFFECTIVE.get(values.get("effective"), True))
        fields = RiskEvaluationFields(**values)
        if self.row is None:
            return int(self.services.risks.add_evaluation(self.detail.id, fields))
        self.services.risks.update_evaluation(self.row.id, fields)
        return self.row.id


class CloseRiskDialog(RecordDialog):
    """Close a risk or opportunity on a day (đã đóng: no longer followed)."""

    def __init__(self, services: Services, detail: RiskDetail, parent: QWidget | None = None) -> None:
        self.services = services
        self.detail = detail
        tr = self.tr
        super().__init__(
            tr("Đóng rủi ro, cơ hội"),
            [
                Field(
                    "closed_on",
                    tr("Ngày đóng"),
                    kind="date",
                    required=True,
                    help=tr("Rủi ro, cơ hội đã đóng không còn trên bản đồ nhiệt; có thể mở lại khi cần."),
                )
            ],
            self._save,
            parent,
            width=480,
        )
        self.form.set_values({"closed_on": services.clock.today()})

    def _save(self, values: dict[str, Any]) -> int:
        on: date | None = values["closed_on"]
        self.services.risks.close(self.detail.id, on)
        return self.detail.id


class RiskSettingsDialog(RecordDialog):
    """The agency's two band limits: "trung bình từ" and "cao từ" (points of likelihood × impact)."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        self.services = services
        tr = self.tr
        super().__init__(
            tr("Ngưỡng mức rủi ro"),
            [
                Field(
                    "medium_from",
                    tr("Mức trung bình từ (điểm)"),
                    kind="int",
                    minimum=1,
                    maximum=25,
                ),
                Field(
                    "high_from",
                    tr("Mức cao từ (điểm)"),
                    kind="int",
                    minimum=1,
                    maximum=25,
                    help=tr(
                        "Điểm = khả năng xảy ra × mức độ ảnh hưởng (1–25). Dưới ngưỡng trung bình là mức thấp. "
                        "Mặc định: trung bình từ 5, cao từ 15."
                    ),
                ),
            ],
            self._save,
            parent,
            width=520,
        )
        self.form.set_values(services.risks.settings())

    def _save(self, values: dict[str, Any]) -> bool:
        self.services.risks.save_settings(int(values["medium_from"]), int(values["high_from"]))
        return True
