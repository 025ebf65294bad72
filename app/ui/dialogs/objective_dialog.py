"""Dialogs of a quality objective: the objective with its plan lines, and one period's measurement."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.bootstrap import Services
from app.models import Aggregation, Comparison, Frequency
from app.services import dto
from app.services.errors import FieldError, ValidationError
from app.services.objectives import period_bounds, period_count
from app.services.text import fold
from app.ui.formatting import (
    aggregation_label,
    comparison_label,
    fmt_date,
    fmt_number,
    frequency_label,
    period_label,
    target_text,
)
from app.ui.widgets.forms import ChildForm, ChildList, Field, MasterDetailDialog, RecordDialog, choice
from app.ui.widgets.tables import Column

translate = QCoreApplication.translate

_NUMBER_RE = re.compile(r"^[+-]?\d+(\.\d+)?$")


def parse_number(text: str) -> float | None:
    """A decimal typed the Vietnamese ("97,5", "1.234,5") or the English way ("97.5"); None if not one."""
    raw = text.strip().replace(" ", "").replace("\u00a0", "").rstrip("%").strip()
    if not raw:
        return None
    if "," in raw and "." in raw:
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif "," in raw:
        raw = raw.replace(",", ".")
    if not _NUMBER_RE.match(raw):
        return None
    return float(raw)


def plain_number(value: float | None) -> str:
    """A number to edit: comma decimal, no grouping, no trailing zeros."""
    return fmt_number(value, 6, grouping=False)


def _line_fields(_line: dto.PlanLineFields | None = None) -> list[Field]:
    tr = lambda text: translate("ObjectiveDialog", text)  # noqa: E731
    return [
        Field("action", tr("Nội dung thực hiện"), kind="multiline", required=True, height=60),
        Field("resources", tr("Nguồn lực"), kind="multiline", height=44),
        Field("responsible", tr("Người thực hiện")),
        Field("due", tr("Thời gian"), placeholder=tr("ví dụ Quý I/2026, hằng tháng")),
        Field("evaluation", tr("Cách đánh giá"), kind="multiline", height=44),
    ]


def _line_row(values: dict[str, Any], _line: dto.PlanLineFields | None) -> dto.PlanLineFields:
    if not values["action"].strip():
        raise ValidationError([FieldError("action", "field.required")])
    return dto.PlanLineFields(**values)


def _line_title(line: dto.PlanLineFields | None) -> str:
    return (
        translate("ObjectiveDialog", "Sửa dòng kế hoạch")
        if line
        else translate("ObjectiveDialog", "Thêm dòng kế hoạch")
    )


class ObjectiveDialog(MasterDetailDialog):
    """Thêm/sửa mục tiêu chất lượng with its Kế hoạch thực hiện mục tiêu lines; Lưu saves both."""

    def __init__(
        self,
        services: Services,
        year: int,
        objective: dto.ObjectiveInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.year = year
        self.objective = objective
        tr = self.tr
        fields = [
            Field(
                "statement",
                tr("Mục tiêu"),
                kind="multiline",
                required=True,
                height=54,
                placeholder=tr("ví dụ: 100% hồ sơ TTHC được giải quyết đúng hoặc trước hạn"),
            ),
            Field(
                "indicator",
                tr("Chỉ số đo"),
                kind="multiline",  # often a whole sentence: shown wrapped, not cut at the box's edge
                height=44,
                placeholder=tr("Cách tính, ví dụ: số hồ sơ đúng hạn / tổng số"),
            ),
            Field(
                "comparison",
                tr("Chỉ tiêu"),
                kind="combo",
                choices=[(comparison_label(c), c) for c in Comparison],
            ),
            Field("target", "", placeholder=tr("ví dụ 98"), same_row=True),
            Field("unit", tr("Đơn vị"), placeholder=tr("%, vụ, hồ sơ…"), same_row=True),
            Field(
                "frequency",
                tr("Tần suất đo"),
                kind="combo",
                choices=[(frequency_label(f), f) for f in Frequency],
            ),
            Field(
                "aggregation",
                tr("Giá trị năm"),
                kind="combo",
                choices=[(aggregation_label(a), a) for a in Aggregation],
                same_row=True,
            ),
            Field("department_id", tr("Bộ phận"), kind="combo", choices=self._departments()),
            Field("owner_person_id", tr("Người phụ trách"), kind="combo", choices=self._persons()),
            Field("policy_version_id", tr("Chính sách chất lượng"), kind="combo", choices=self._policies()),
        ]
        super().__init__(
            tr("Sửa mục tiêu chất lượng") if objective else tr("Thêm mục tiêu chất lượng"),
            fields,
            self._save_objective,
            parent,
            values=objective,
            width=760,
        )
        form = self.form
        target = form.editors["target"]
        assert isinstance(target, QLineEdit)
        target.setMaximumWidth(110)
        unit = form.editors["unit"]
        assert isinstance(unit, QLineEdit)
        unit.setMaximumWidth(120)
        if objective is not None:
            form.set_value("target", plain_number(objective.target))
        else:
            form.set_value("frequency", Frequency.QUARTER)
            current = services.qms.current_policy()
            form.set_value("policy_version_id", current.id if current else None)
        self._explain_policies()
        self.lines_panel = ChildList(
            tr("Kế hoạch thực hiện mục tiêu"),
            [
                Column(tr("Nội dung thực hiện"), lambda r: r.action.replace("\n", " "), width=210),
                Column(tr("Nguồn lực"), lambda r: r.resources.replace("\n", " "), width=100),
                Column(tr("Người thực hiện"), lambda r: r.responsible, width=135),
                Column(tr("Thời gian"), lambda r: r.due, width=90),
                Column(tr("Cách đánh giá"), lambda r: r.evaluation.replace("\n", " ")),
            ],
            self,
            field="plan_lines",
            form=ChildForm(_line_title, _line_fields, _line_row),
            ordered=True,
            add_text=tr("Thêm dòng…"),
        )
        self.lines_panel.setMinimumHeight(170)
        self.lines_panel.set_rows(list(objective.plan_lines) if objective else [])
        self.add_children(self.lines_panel)

    # ---- choices -------------------------------------------------------------------------------
    def _departments(self) -> list[tuple[str, Any]]:
        keep = self.objective.department_id if self.objective else None
        rows = [
            (d.name, d.id) for d in self.services.organization.list_departments() if d.active or d.id == keep
        ]
        return [(self.tr("(không chọn)"), None), *rows]

    def _persons(self) -> list[tuple[str, Any]]:
        keep = self.objective.owner_person_id if self.objective else None
        rows = []
        for p in self.services.organization.list_persons():
            if not getattr(p, "active", True) and p.id != keep:
                continue
            rows.append((f"{p.full_name} – {p.department_name}" if p.department_name else p.full_name, p.id))
        return [(self.tr("(không chọn)"), None), *rows]

    def _explain_policies(self) -> None:
        """The choices show a policy's first words; each one's tooltip (and the combo's, for the
        chosen one) the whole text."""
        combo = self.form.editors["policy_version_id"]
        assert isinstance(combo, QComboBox)
        texts = {v.id: " ".join(v.text.split()) for v in self.services.qms.list_policy_versions()}
        for i in range(combo.count()):
            text = texts.get(choice(combo, i))
            if text:
                combo.setItemData(i, text, Qt.ItemDataRole.ToolTipRole)

        def follow(_index: int = 0) -> None:
            combo.setToolTip(texts.get(choice(combo), ""))

        combo.currentIndexChanged.connect(follow)
        follow()

    def _policies(self) -> list[tuple[str, Any]]:
        rows = []
        for v in self.services.qms.list_policy_versions():
            text = " ".join(v.text.split())
            if len(text) > 60:
                text = text[:58] + "…"
            rows.append((self.tr("Từ {0}: {1}").format(fmt_date(v.effective_on), text), v.id))
        return [(self.tr("(không gắn)"), None), *rows]

    # ---- saving --------------------------------------------------------------------------------
    def _save_objective(self, values: dict[str, Any], children: dict[str, list[Any]]) -> dto.ObjectiveInfo:
        target = parse_number(values["target"])
        if target is None:
            raise ValidationError([FieldError("target", "objective.bad_target")])
        fields = dto.ObjectiveFields(
            year=self.year,
            statement=values["statement"],
            indicator=values["indicator"],
            unit=values["unit"],
            comparison=values["comparison"],
            target=target,
            aggregation=values["aggregation"],
            frequency=values["frequency"],
            department_id=values["department_id"],
            owner_person_id=values["owner_person_id"],
            policy_version_id=values["policy_version_id"],
            sort_order=self.objective.sort_order if self.objective else 0,
            plan_lines=tuple(children["plan_lines"]),
        )
        return self.services.objectives.save_objective(fields, self.objective.id if self.objective else None)


def default_period(objective: dto.ObjectiveInfo, today: date) -> int:
    """The latest period that has begun and has no value yet; else the latest begun period."""
    count = period_count(objective.frequency)
    begun = [
        p for p in range(1, count + 1) if period_bounds(objective.year, objective.frequency, p)[0] <= today
    ]
    measured = {m.period for m in objective.measurements}
    open_periods = [p for p in begun if p not in measured]
    if open_periods:
        return open_periods[0]
    return begun[-1] if begun else 1


class MeasurementDialog(RecordDialog):
    """Ghi kết quả đo of one period: the value, a note and an optional evidence file."""

    def __init__(
        self,
        services: Services,
        objective: dto.ObjectiveInfo,
        period: int,
        parent: QWidget | None = None,
    ) -> None:
        self.services = services
        self.objective = objective
        self.evidence: Path | None = None
        tr = self.tr
        unit = f" ({objective.unit})" if objective.unit else ""
        fields = [
            Field(
                "period",
                tr("Kỳ đo"),
                kind="combo",
                choices=[
                    (period_label(objective.frequency, p), p)
                    for p in range(1, period_count(objective.frequency) + 1)
                ],
            ),
            Field(
                "value",
                tr("Giá trị") + unit,
                required=True,
                placeholder=tr("ví dụ 97,5"),
                help=tr("Số thập phân viết 97,5 hoặc 97.5."),
            ),
            Field("note", tr("Ghi chú"), kind="multiline", height=54),
        ]
        super().__init__(tr("Ghi kết quả đo"), fields, self._save_measurement, parent, width=520)
        existing = next((m for m in objective.measurements if m.period == period), None)
        self.form.set_value("period", period)
        if existing is not None:
            self.form.set_value("value", plain_number(existing.value))
            self.form.set_value("note", existing.note)
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Minh chứng:"), box))
        self.evidence_line = QLineEdit(box)
        self.evidence_line.setReadOnly(True)
        self.evidence_line.setPlaceholderText(
            tr("Giữ tệp đã có")
            if existing is not None and existing.attachment
            else tr("Chưa chọn tệp (không bắt buộc)")
        )
        row.addWidget(self.evidence_line, 1)
        self.choose_button = QPushButton(tr("Chọn tệp…"), box)
        self.choose_button.clicked.connect(self.choose_evidence)
        row.addWidget(self.choose_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, box)
        # Which objective this is for, in full (statements run to two lines).
        self.heading = QLabel(
            tr("{0} — chỉ tiêu {1}").format(
                " ".join(objective.statement.split()),
                target_text(objective.comparison, objective.target, objective.unit),
            ),
            self,
        )
        self.heading.setObjectName("panelTitle")
        self.heading.setWordWrap(True)
        layout.insertWidget(0, self.heading)
        self._add_suggestion(layout)

    # ---- a suggested value from the one-stop system's figures (TTHC results) -------------------
    def _add_suggestion(self, layout: QVBoxLayout) -> None:
        """An objective on on-time handling ("đúng hạn" in its indicator) is offered the year-to-date
        on-time rate of the TTHC results; a click puts it in the value, nothing is stored by itself."""
        self.suggest_button: QPushButton | None = None
        self.suggested_value: float | None = None
        results = getattr(self.services, "tthc_results", None)
        if results is None or "dung han" not in fold(self.objective.indicator):
            return
        self.suggest_button = QPushButton(self)
        self.suggest_button.setObjectName("linkButton")
        self.suggest_button.setFlat(True)
        self.suggest_button.clicked.connect(self.use_suggestion)
        layout.insertWidget(2, self.suggest_button)
        combo = self.form.editors["period"]
        assert isinstance(combo, QComboBox)
        combo.currentIndexChanged.connect(lambda _i: self._update_suggestion())
        self._update_suggestion()

    def _update_suggestion(self) -> None:
        button = self.suggest_button
        if button is None:
            return
        period = self.form.values()["period"] or 1
        start, end = period_bounds(self.objective.year, self.objective.frequency, period)
        end = min(end, self.services.clock.today())
        figures = (
            self.services.tthc_results.period_figures(date(self.objective.year, 1, 1), end)
            if end >= start
            else None
        )
        self.suggested_value = figures.rate if figures is not None else None
        if figures is None or self.suggested_value is None:
            button.hide()
            return
        button.setText(
            self.tr("Gợi ý từ số liệu một cửa: {0}\u00a0% ({1}) — bấm để dùng").format(
                fmt_number(self.suggested_value, 1), figures.covered_text
            )
        )
        button.setToolTip(
            self.tr(
                "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn lũy kế từ đầu năm, theo trang Kết quả giải quyết TTHC"
            )
        )
        button.show()

    def use_suggestion(self) -> None:
        if self.suggested_value is not None:
            self.form.set_value("value", plain_number(self.suggested_value))

    def choose_evidence(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Chọn tệp minh chứng"), str(Path.home()), self.tr("Mọi tệp (*)")
        )
        if path:
            self.set_evidence(Path(path))

    def set_evidence(self, path: Path | None) -> None:
        self.evidence = path
        self.evidence_line.setText(path.name if path else "")

    def _save_measurement(self, values: dict[str, Any]) -> dto.ObjectiveInfo:
        value = parse_number(values["value"])
        if value is None:
            raise ValidationError([FieldError("value", "objective.bad_value")])
        return self.services.objectives.record_measurement(
            self.objective.id,
            dto.MeasurementFields(period=values["period"], value=value, note=values["note"]),
            evidence=self.evidence,
        )
