"""Tổng quan: where the QMS stands today and what falls due next."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.models import TaskStatus
from app.services import dto
from app.ui.formatting import days_left_text, fmt_date, publication_kind_label
from app.ui.pages.base import Page


class _Card(QGroupBox):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        self.value = QLabel(self)
        self.value.setObjectName("cardValue")
        self.value.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setObjectName("cardNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set(self, value: str, note: str = "", level: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.value.setObjectName({"warn": "warn", "danger": "danger"}.get(level, "cardValue"))
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


class OverviewPage(Page):
    key = "overview"

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(services, self.tr("Tổng quan"), "", parent)
        self._today = today
        self.agency_label = QLabel(self)
        self.agency_label.setObjectName("pageSubtitle")
        self.agency_label.setWordWrap(True)
        self.body.addWidget(self.agency_label)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.six_month = _Card(self.tr("Báo cáo 6 tháng"), self)
        self.annual = _Card(self.tr("Báo cáo năm"), self)
        self.steering = _Card(self.tr("Ban chỉ đạo ISO"), self)
        self.policy = _Card(self.tr("Chính sách chất lượng"), self)
        self.scope = _Card(self.tr("Phạm vi áp dụng HTQLCL"), self)
        self.publication = _Card(self.tr("Công bố HTQLCL"), self)
        self.people = _Card(self.tr("Bộ phận và cán bộ"), self)
        self.secretary = _Card(self.tr("Thư ký ISO"), self)
        self.coverage = _Card(self.tr("TTHC có quy trình"), self)
        self.updates = _Card(self.tr("Cập nhật quy trình theo văn bản mới"), self)
        self.documents = _Card(self.tr("Tài liệu nội bộ"), self)
        self.objectives = _Card(self.tr("Mục tiêu chất lượng"), self)
        self.plan = _Card(self.tr("Kế hoạch duy trì, cải tiến HTQLCL"), self)
        cards = [
            self.six_month,
            self.annual,
            self.objectives,
            self.plan,
            self.updates,
            self.coverage,
            self.documents,
            self.steering,
            self.publication,
            self.policy,
            self.scope,
            self.people,
            self.secretary,
        ]
        for i, card in enumerate(cards):
            grid.addWidget(card, i // 3, i % 3)
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        s = self.services
        today = self.today()
        profile = s.agency.get_profile()
        if profile is None:
            self.agency_label.setText(self.tr("Chưa khai báo thông tin cơ quan."))
            return
        self.agency_label.setText(
            self.tr("{0} — năm {1}. Hôm nay: {2}.").format(profile.full_name, today.year, fmt_date(today))
        )
        cal = s.agency.report_calendar(today.year)
        for card, deadline, period in (
            (self.six_month, cal.six_month_deadline, cal.six_month_period),
            (self.annual, cal.annual_deadline, cal.annual_period),
        ):
            days = (deadline - today).days
            level = "warn" if 0 <= days <= 30 else ""
            card.set(
                self.tr("Hạn gửi {0} ({1})").format(fmt_date(deadline), days_left_text(deadline, today)),
                self.tr("Số liệu từ {0} đến {1}").format(fmt_date(period.start), fmt_date(period.end)),
                level,
            )
        decision = s.qms.current_steering_decision(today)
        if decision is None:
            self.steering.set(
                self.tr("Chưa có quyết định"),
                self.tr("Ghi quyết định thành lập/kiện toàn ở trang Ban chỉ đạo ISO."),
                "warn",
            )
        else:
            head = next((m.full_name for m in decision.members if m.role.value == "head"), "")
            note = self.tr("{0} thành viên; Trưởng ban: {1}").format(len(decision.members), head)
            if decision.signed_on.year < today.year:
                note += "\n" + self.tr(
                    "Quyết định từ năm {0}: xem xét kiện toàn nếu có thay đổi nhân sự."
                ).format(decision.signed_on.year)
            self.steering.set(
                self.tr("Quyết định số {0} ngày {1}").format(decision.number, fmt_date(decision.signed_on)),
                note,
            )
        for card, version, missing in (
            (self.policy, s.qms.current_policy(today), self.tr("Chưa có chính sách chất lượng")),
            (self.scope, s.qms.current_scope(today), self.tr("Chưa có phạm vi áp dụng")),
        ):
            if version is None:
                card.set(missing, "", "warn")
            else:
                first_line = version.text.split("\n", 1)[0]
                card.set(
                    self.tr("Hiệu lực từ {0}").format(fmt_date(version.effective_on)),
                    first_line[:160] + ("…" if len(first_line) > 160 else ""),
                )
        publications = s.qms.list_publications()
        if not publications:
            self.publication.set(self.tr("Chưa ghi quyết định công bố"), "", "warn")
        else:
            last = publications[0]
            self.publication.set(
                self.tr("{0}: số {1} ngày {2}").format(
                    publication_kind_label(last.kind), last.number, fmt_date(last.signed_on)
                ),
                self.tr("{0} quyết định đã ghi").format(len(publications)),
            )
        objectives = s.objectives.list_objectives(today.year, on=today)
        if not objectives:
            self.objectives.set(
                self.tr("Chưa có mục tiêu năm {0}").format(today.year),
                self.tr("Xây dựng ở trang Mục tiêu chất lượng."),
                "warn",
            )
        else:
            good = sum(
                o.status in (dto.ObjectiveStatus.ON_TRACK, dto.ObjectiveStatus.MET) for o in objectives
            )
            risk = sum(
                o.status in (dto.ObjectiveStatus.AT_RISK, dto.ObjectiveStatus.NOT_MET) for o in objectives
            )
            unmeasured = sum(o.status is dto.ObjectiveStatus.NOT_MEASURED for o in objectives)
            self.objectives.set(
                self.tr("{0}/{1} mục tiêu đang đạt").format(good, len(objectives)),
                self.tr("Có nguy cơ hoặc không đạt: {0} · chưa đo: {1}").format(risk, unmeasured),
                "danger"
                if any(o.status is dto.ObjectiveStatus.NOT_MET for o in objectives)
                else "warn"
                if risk
                else "",
            )
        plan = s.plans.get_plan(today.year, today=today)
        if plan is None:
            self.plan.set(
                self.tr("Chưa có kế hoạch năm {0}").format(today.year),
                self.tr("Tạo ở trang Kế hoạch năm."),
                "warn",
            )
        else:
            done = sum(t.status is TaskStatus.DONE for t in plan.tasks)
            overdue = sum(t.overdue for t in plan.tasks)
            self.plan.set(
                self.tr("Đã hoàn thành {0}/{1} nhiệm vụ").format(done, len(plan.tasks)),
                self.tr("Quá hạn: {0}").format(overdue),
                "danger" if overdue else "",
            )
        cov = s.tthc.coverage()
        if cov.total == 0:
            self.coverage.set(
                self.tr("Chưa nhập danh mục TTHC"), self.tr("Nhập ở trang Danh mục TTHC."), "warn"
            )
        else:
            self.coverage.set(
                self.tr("{0}/{1} TTHC ({2})").format(
                    cov.covered, cov.in_jurisdiction, f"{cov.percent:.1f} %".replace(".", ",")
                ),
                self.tr("Chưa có quy trình: {0}").format(cov.uncovered)
                if cov.uncovered
                else self.tr("Đủ quy trình cho mọi TTHC thuộc thẩm quyền"),
                "warn" if cov.uncovered else "",
            )
        summary = s.legal.summary(today=today)
        if summary.open == 0:
            self.updates.set(
                self.tr("Không có việc chờ"), self.tr("Mọi quy trình đã cập nhật theo văn bản mới.")
            )
        else:
            self.updates.set(
                self.tr("{0} quy trình cần cập nhật").format(summary.open),
                self.tr("Quá hạn: {0} · sắp đến hạn: {1}").format(summary.overdue, summary.due_soon),
                "danger" if summary.overdue else "warn" if summary.due_soon else "",
            )
        counts = s.documents.register_counts(today=today)
        self.documents.set(
            self.tr("{0} tài liệu đang hiệu lực").format(counts.in_force),
            self.tr("Quy trình: {0} · biểu mẫu: {1} · sắp có lần ban hành mới: {2}").format(
                counts.procedures, counts.forms, counts.with_upcoming_issue
            ),
        )
        departments, persons = s.organization.count_active()
        self.people.set(
            self.tr("{0} bộ phận, {1} cán bộ").format(departments, persons),
            self.tr("Đang hoạt động / đang công tác"),
        )
        if profile.iso_secretary_name:
            self.secretary.set(
                profile.iso_secretary_name,
                " — ".join(x for x in (profile.iso_secretary_title, profile.iso_secretary_phone) if x),
            )
        else:
            self.secretary.set(self.tr("Chưa khai báo"), self.tr("Nhập ở trang Thông tin cơ quan."), "warn")
