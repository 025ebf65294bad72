"""Tổng quan: where the QMS stands today and what falls due next.

The home page: shown first at every start, and again whenever the user comes back to it. Three
tabs: the year's checklist, what is late and readiness (``StatusService.overview``), the tiles (one
``IndicatorsService.snapshot``, the agency included) and the charts. A tab is read when it is shown,
and again only when something was saved since, the day changed or the data were restored."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from app.bootstrap import Services
from app.services.changes import Change
from app.services.deadlines import DueState
from app.services.indicators import ReportDeadline, Snapshot
from app.services.vocabulary import percent
from app.ui.formatting import days_left_text, fmt_date, publication_kind_label
from app.ui.pages.base import Page, Shoot
from app.ui.tasks import TaskRunner
from app.ui.widgets.year_status import YearStatusPanel

if TYPE_CHECKING:
    from app.ui.widgets.status_charts import StatusCharts

translate = QCoreApplication.translate


class _Card(QGroupBox):
    """A tile of the home page; a click opens the page the figure comes from."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget, target: str = "") -> None:
        super().__init__(title, parent)
        self.target = target
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
        if target:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(translate("Overview", "Bấm để mở trang này"))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.target and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def set(self, value: str, note: str = "", level: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.value.setObjectName({"warn": "warn", "danger": "danger"}.get(level, "cardValue"))
        self.value.style().unpolish(self.value)
        self.value.style().polish(self.value)


def _shortened(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word with "…" (two lines of a card)."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _level(state: DueState) -> str:
    return {DueState.LATE: "danger", DueState.DUE_SOON: "warn"}.get(state, "")


class OverviewPage(Page):
    """Tổng quan: the figures of ``IndicatorsService.snapshot`` as of today, one tile each."""

    key = "overview"

    def __init__(
        self, services: Services, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(services, self.tr("Tổng quan"), "", parent, tasks=tasks)
        self.agency_label = QLabel(self)
        self.agency_label.setObjectName("pageSubtitle")
        self.agency_label.setWordWrap(True)
        self.body.addWidget(self.agency_label)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.six_month = _Card(self.tr("Báo cáo 6 tháng"), self, "reports")
        self.annual = _Card(self.tr("Báo cáo năm"), self, "reports")
        self.steering = _Card(self.tr("Ban chỉ đạo ISO"), self, "steering")
        self.policy = _Card(self.tr("Chính sách chất lượng"), self, "scope_policy")
        self.scope = _Card(self.tr("Phạm vi áp dụng HTQLCL"), self, "scope_policy")
        self.publication = _Card(self.tr("Công bố HTQLCL"), self, "publications")
        self.people = _Card(self.tr("Bộ phận và cán bộ"), self, "organization")
        self.secretary = _Card(self.tr("Thư ký ISO"), self, "agency")
        self.coverage = _Card(self.tr("TTHC có quy trình"), self, "tthc")
        self.updates = _Card(self.tr("Cập nhật quy trình theo văn bản"), self, "legal")
        self.documents = _Card(self.tr("Tài liệu nội bộ"), self, "documents")
        self.objectives = _Card(self.tr("Mục tiêu chất lượng"), self, "objectives")
        self.plan = _Card(self.tr("Kế hoạch duy trì, cải tiến HTQLCL"), self, "plan")
        self.audits = _Card(self.tr("Đánh giá nội bộ"), self, "audits")
        self.actions = _Card(self.tr("Hành động khắc phục"), self, "corrective_actions")
        self.cards = [
            self.six_month,
            self.annual,
            self.objectives,
            self.plan,
            self.audits,
            self.actions,
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
        for i, card in enumerate(self.cards):
            grid.addWidget(card, i // 3, i % 3)
            card.clicked.connect(lambda target=card.target: self.page_requested.emit(target))
        # First what is due, late or missing (the year's cycle, inspection readiness), then the
        # figures' tiles.
        self.tabs = QTabWidget(self)
        self.status_panel = YearStatusPanel(services, self.tabs)
        self.status_panel.record_requested.connect(self.record_requested)
        self.status_panel.page_requested.connect(self.page_requested)
        self.tabs.addTab(self.status_panel, self.tr("Việc cần làm"))
        figures = QWidget(self.tabs)
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 8, 0, 0)
        figures_layout.addLayout(grid)
        figures_layout.addStretch(1)
        scroll = QScrollArea(self.tabs)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(figures)
        self.tabs.addTab(scroll, self.tr("Chỉ số"))
        self._charts: StatusCharts | None = None  # QtCharts is loaded when the tab is first shown
        self._charts_scroll = QScrollArea(self.tabs)  # the smallest window scrolls; 1366×768 shows all
        self._charts_scroll.setWidgetResizable(True)
        self._charts_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(self._charts_scroll, self.tr("Biểu đồ"))
        self.status_panel.year_changed.connect(self._year_changed)
        self.body.addWidget(self.tabs, 1)
        # Only the tab on screen is read: the others (the tiles' snapshot, the charts) when first
        # shown after a change — the home page paints at start-up with its checklist alone.
        self._stale_tabs: set[int] = set()
        self.tabs.currentChanged.connect(self._tab_shown)
        # What the figures on screen were read for: (day, the services' unit of work — a new one
        # after a restore); None until read, and again after any write (the hub's listener).
        self._shown_for: tuple[object, ...] | None = None
        # The hub keeps the listener, the listener only a weak reference to the page.
        page = weakref.ref(self)

        def data_changed(_changes: Sequence[Change]) -> None:
            # May run on a worker thread (an import, a restore): only note it.
            shown = page()
            if shown is not None:
                shown._shown_for = None

        unsubscribe = services.changes.subscribe_committed(data_changed)
        self.destroyed.connect(lambda *_args: unsubscribe())

    @property
    def charts(self) -> StatusCharts:
        if self._charts is None:
            from app.ui.widgets.status_charts import StatusCharts

            self._charts = StatusCharts(self.services, self._charts_scroll)
            self._charts_scroll.setWidget(self._charts)
        return self._charts

    def refresh(self) -> None:
        today = self.today()
        wanted = (today, self.services.uow)
        if wanted == self._shown_for:
            return  # nothing was written since these figures were read
        self._shown_for = wanted  # before reading: a write meanwhile clears it again
        self._stale_tabs = set(range(self.tabs.count()))
        try:
            self._show_agency(today)
            self._tab_shown(self.tabs.currentIndex())
        except BaseException:
            self._shown_for = None
            raise

    def _tab_shown(self, index: int) -> None:
        if index not in self._stale_tabs:
            return
        self._stale_tabs.discard(index)
        today = self.today()
        if index == 0:
            self.show_status(today)
        elif index == 1:
            self.show_snapshot(self.services.indicators.snapshot(today))
        else:
            self.charts.show_year(self.status_panel.year(), today)

    def _year_changed(self, year: int) -> None:
        if self.tabs.currentIndex() == 2:
            self.charts.show_year(year, self.today())
        else:
            self._stale_tabs.add(2)

    def show_status(self, today: date) -> None:
        """The year's checklist, what is late or due soon, inspection readiness."""
        panel = self.status_panel
        panel.set_years(
            self.services.indicators.years(), panel.year() if panel.year_combo.count() else today.year
        )
        view = self.services.status.overview(panel.year(), today)
        panel.show_year(panel.year(), today, view.cycle)
        panel.show_due(view.late, view.soon, today)
        panel.show_readiness(view.readiness)

    def _show_report(self, card: _Card, report: ReportDeadline, today: date) -> None:
        period = self.tr("Số liệu từ {0} đến {1}").format(
            fmt_date(report.period_start), fmt_date(report.period_end)
        )
        if not report.required:
            card.set(self.tr("Không phải gửi"), self.tr("Cấp trên không yêu cầu báo cáo 6 tháng."))
            return
        if report.status == "sent":
            card.set(
                self.tr("Đã gửi ngày {0}").format(fmt_date(report.sent_on)),
                self.tr("Số {0}. {1}").format(report.number, period) if report.number else period,
                "warn" if report.state is DueState.DONE_LATE else "",
            )
            return
        when = self.tr("hạn gửi {0} ({1})").format(
            fmt_date(report.deadline), days_left_text(report.deadline, today)
        )
        prefix = {
            "signed": self.tr("Đã ký, chưa gửi"),
            "draft": self.tr("Đang dự thảo"),
        }.get(report.status or "", "")
        card.set(
            f"{prefix}, {when}" if prefix else when[:1].upper() + when[1:],
            period,
            _level(report.state),
        )

    def _show_agency(self, today: date) -> None:
        profile = self.services.agency.get_profile()
        if profile is None:
            self.agency_label.setText(self.tr("Chưa khai báo thông tin cơ quan."))
        else:
            self.agency_label.setText(
                self.tr("{0} — năm {1}. Hôm nay: {2}.").format(profile.full_name, today.year, fmt_date(today))
            )

    def show_snapshot(self, snap: Snapshot) -> None:
        today = snap.on
        profile = snap.profile
        if profile is None:
            return
        for card, report in zip((self.six_month, self.annual), snap.reports, strict=True):
            self._show_report(card, report, today)
        if snap.steering is None:
            self.steering.set(
                self.tr("Chưa có quyết định"),
                self.tr("Ghi quyết định thành lập/kiện toàn ở trang Ban chỉ đạo ISO."),
                "warn",
            )
        else:
            st = snap.steering
            note = self.tr("{0} thành viên; Trưởng ban: {1}").format(st.members, st.head)
            if st.signed_on is not None and st.signed_on.year < today.year:
                note += "\n" + self.tr(
                    "Quyết định từ năm {0}: xem xét kiện toàn nếu có thay đổi nhân sự."
                ).format(st.signed_on.year)
            self.steering.set(
                self.tr("Quyết định số {0} ngày {1}").format(st.number, fmt_date(st.signed_on)), note
            )
        for card, version, missing in (
            (self.policy, snap.policy, self.tr("Chưa có chính sách chất lượng")),
            (self.scope, snap.scope, self.tr("Chưa có phạm vi áp dụng")),
        ):
            if version is None:
                card.set(missing, "", "warn")
            else:
                first_line = version.text.split("\n", 1)[0]
                card.set(
                    self.tr("Hiệu lực từ {0}").format(fmt_date(version.effective_on)),
                    _shortened(first_line, 100),
                )
        last = snap.last_publication
        if last is None:
            self.publication.set(self.tr("Chưa ghi quyết định công bố"), "", "warn")
        else:
            self.publication.set(
                self.tr("{0}: số {1} ngày {2}").format(
                    publication_kind_label(last.kind), last.number, fmt_date(last.signed_on)
                ),
                self.tr("{0} quyết định đã ghi").format(snap.publications),
            )
        goals = snap.objectives
        if goals.total == 0:
            self.objectives.set(
                self.tr("Chưa có mục tiêu năm {0}").format(today.year),
                self.tr("Xây dựng ở trang Mục tiêu chất lượng."),
                "warn",
            )
        else:
            self.objectives.set(
                self.tr("{0}/{1} mục tiêu đang đạt").format(goals.good, goals.total),
                self.tr("Có nguy cơ hoặc không đạt: {0} · chưa đo: {1}").format(
                    goals.bad, goals.not_measured
                ),
                "danger" if goals.not_met else "warn" if goals.bad else "",
            )
        plan = snap.plan
        if not plan.exists:
            self.plan.set(
                self.tr("Chưa có kế hoạch năm {0}").format(today.year),
                self.tr("Tạo ở trang Kế hoạch năm."),
                "warn",
            )
        else:
            self.plan.set(
                self.tr("Đã hoàn thành {0}/{1} nhiệm vụ").format(plan.completed, plan.total),
                self.tr("Quá hạn: {0} · sắp đến hạn: {1}").format(plan.late, plan.due_soon),
                "danger" if plan.late else "warn" if plan.due_soon else "",
            )
        self._show_audits(snap)
        cov = snap.coverage
        if cov.total == 0:
            self.coverage.set(
                self.tr("Chưa nhập danh mục TTHC"), self.tr("Nhập ở trang Danh mục TTHC."), "warn"
            )
        else:
            self.coverage.set(
                self.tr("{0}/{1} TTHC ({2})").format(
                    cov.covered, cov.in_jurisdiction, percent(cov.covered, cov.in_jurisdiction)
                ),
                self.tr("Chưa có quy trình: {0}").format(cov.uncovered)
                if cov.uncovered
                else self.tr("Đủ quy trình cho mọi TTHC thuộc thẩm quyền"),
                "warn" if cov.uncovered else "",
            )
        updates = snap.updates
        if updates.open == 0:
            self.updates.set(
                self.tr("Không có việc chờ"), self.tr("Mọi quy trình đã cập nhật theo văn bản mới.")
            )
        else:
            self.updates.set(
                self.tr("{0} quy trình cần cập nhật").format(updates.open),
                self.tr("Quá hạn: {0} · sắp đến hạn: {1}").format(updates.overdue, updates.due_soon),
                "danger" if updates.overdue else "warn" if updates.due_soon else "",
            )
        counts = snap.documents
        self.documents.set(
            self.tr("{0} tài liệu đang hiệu lực").format(counts.in_force),
            self.tr("Quy trình: {0} · biểu mẫu: {1} · sắp có lần ban hành mới: {2}").format(
                counts.procedures, counts.forms, counts.with_upcoming_issue
            ),
        )
        self.people.set(
            self.tr("{0} bộ phận, {1} cán bộ").format(snap.departments, snap.persons),
            self.tr("Đang hoạt động / đang công tác"),
        )
        if profile.iso_secretary_name:
            self.secretary.set(
                profile.iso_secretary_name,
                " — ".join(x for x in (profile.iso_secretary_title, profile.iso_secretary_phone) if x),
            )
        else:
            self.secretary.set(self.tr("Chưa khai báo"), self.tr("Nhập ở trang Thông tin cơ quan."), "warn")

    def _show_audits(self, snap: Snapshot) -> None:
        figures = snap.audits
        today = snap.on
        without = (
            self.tr("Phát hiện chưa có hành động khắc phục: {0}").format(figures.findings_without_action)
            if figures.findings_without_action
            else self.tr("Mọi điểm không phù hợp, kiến nghị đã có hành động khắc phục.")
        )
        if figures.audits_in_year:
            self.audits.set(
                self.tr("Năm {0}: {1} cuộc, gần nhất {2}").format(
                    today.year, figures.audits_in_year, fmt_date(figures.last_audit_on)
                ),
                without,
                "danger" if figures.findings_without_action else "",
            )
        else:
            self.audits.set(
                self.tr("Năm {0} chưa đánh giá nội bộ").format(today.year),
                without,
                "danger" if figures.findings_without_action else "warn",
            )
        if figures.actions_open == 0:
            self.actions.set(self.tr("Không có phiếu đang mở"), self.tr("Mọi phiếu đã đóng hoặc hủy."))
        else:
            self.actions.set(
                self.tr("{0} phiếu đang mở").format(figures.actions_open),
                self.tr("Quá hạn: {0}").format(figures.actions_overdue),
                "danger" if figures.actions_overdue else "",
            )

    def screenshots(self, shoot: Shoot) -> None:
        for index, name in ((1, "chi so"), (2, "bieu do")):
            self.tabs.setCurrentIndex(index)
            shoot(f"tong quan {name}", self)
        self.tabs.setCurrentIndex(0)
