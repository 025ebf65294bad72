"""The overview shows where the year stands, from the demo commune's records."""

from datetime import date

from app.services import dto
from app.services.deadlines import DueState
from app.services.demo import fill_demo
from app.ui.pages.overview import OverviewPage


def test_overview_counts_objectives_plan_tasks_coverage_and_updates(services, show):
    today = date(2026, 11, 22)
    fill_demo(services, today=today)
    services.clock.pin(today)
    page = OverviewPage(services)
    show(page)
    page.tabs.setCurrentIndex(1)  # Chỉ số
    page.refresh()
    objectives = services.objectives.list_objectives(2026, on=today)
    assert page.objectives.value.text().endswith(f"/{len(objectives)} mục tiêu đang đạt")
    plan = services.plans.get_plan(2026, today=today)
    overdue = sum(t.overdue for t in plan.tasks)
    due_soon = sum(t.due_state is DueState.DUE_SOON for t in plan.tasks)
    assert page.plan.note.text() == f"Quá hạn: {overdue} · sắp đến hạn: {due_soon}"
    cov = services.tthc.coverage()
    assert page.coverage.value.text().startswith(f"{cov.covered}/{cov.in_jurisdiction} TTHC")
    summary = services.legal.summary(today=today)
    assert page.updates.value.text() == f"{summary.open} quy trình cần cập nhật"
    # The demo's 6-month report went upstream; the annual one is a draft before its deadline.
    sent = services.reports.find("h1", 2026)
    assert page.six_month.value.text() == f"Đã gửi ngày {sent.sent_on:%d/%m/%Y}"
    assert page.six_month.note.text().startswith(f"Số {sent.number}.")
    assert page.annual.value.text().startswith("Đang dự thảo, hạn gửi")
    assert page.six_month.target == page.annual.target == "reports"


def test_overview_stops_asking_for_a_six_month_report_nobody_wants(services, show, agency):
    import dataclasses

    services.clock.pin(date(2026, 5, 20))
    settings = services.agency.get_reporting()
    services.agency.update_reporting(dataclasses.replace(settings, six_month_report=False))
    page = OverviewPage(services)
    show(page)
    page.refresh()
    page.tabs.setCurrentIndex(1)  # Chỉ số: read when first shown
    assert page.six_month.value.text() == "Không phải gửi"
    assert page.annual.value.text().startswith("Hạn gửi")


def test_coming_back_to_the_overview_reads_again_only_what_changed(services, show, monkeypatch):
    today = date(2026, 11, 22)
    fill_demo(services, today=today)
    services.clock.pin(today)
    page = OverviewPage(services)
    show(page)
    read: list[date | None] = []
    snapshot = services.indicators.snapshot

    def counted(on: date | None = None) -> object:
        read.append(on)
        return snapshot(on)

    monkeypatch.setattr(services.indicators, "snapshot", counted)
    page.refresh()
    assert read == []  # the tiles' tab is not on screen: not read
    page.tabs.setCurrentIndex(1)
    departments, persons = services.organization.count_active()
    assert page.people.value.text() == f"{departments} bộ phận, {persons} cán bộ"
    assert page.agency_label.text().startswith(services.agency.get_profile().full_name)

    page.refresh()  # shown again, nothing saved since: nothing is read
    assert read == [today]

    services.organization.save_department(dto.DepartmentFields(name="Phòng mới"))
    page.refresh()
    assert len(read) == 2
    assert page.people.value.text() == f"{departments + 1} bộ phận, {persons} cán bộ"

    services.clock.pin(date(2026, 11, 23))  # a new day: the deadlines move
    page.refresh()
    assert read[-1] == date(2026, 11, 23) and "23/11/2026" in page.agency_label.text()

    with services.uow() as uow:
        engine = uow.session.get_bind()
    services.rebind(engine)  # as after a restore: the services may read another database
    monkeypatch.setattr(services.indicators, "snapshot", counted)
    page.refresh()
    assert len(read) == 4


def test_the_first_tab_says_what_is_due_late_and_missing(services, show, qtbot):
    today = date(2026, 11, 22)
    fill_demo(services, today=today)
    services.clock.pin(today)
    page = OverviewPage(services)
    show(page)
    page.refresh()
    panel = page.status_panel
    assert page.tabs.currentWidget() is panel
    rows = [panel.cycle.item(r, 0).text() for r in range(panel.cycle.rowCount())]
    assert rows[0] == "Kế hoạch duy trì, cải tiến HTQLCL" and len(rows) == 9
    audit_row = rows.index("Đánh giá nội bộ")
    assert panel.cycle.item(audit_row, 1).text() == "Đã xong 17/09/2026"
    late, soon = services.status.late_and_due_soon(today)
    assert panel.due_title.text() == f"Quá hạn: {len(late)} · sắp đến hạn: {len(soon)}"
    passed = sum(c.passed for c in services.status.readiness(today))
    assert panel.readiness_title.text() == f"Sẵn sàng kiểm tra: {passed}/10 tiêu chí đạt"
    with qtbot.waitSignal(page.record_requested) as opened:
        panel.cycle.cellDoubleClicked.emit(audit_row, 0)
    assert opened.args[0] == "audit"
    with qtbot.waitSignal(page.record_requested) as opened:
        panel.due.itemDoubleClicked.emit(panel.due.item(0))
    assert opened.args == [late[0].type, late[0].id]


def test_the_charts_count_what_the_records_say(services, show, agency):
    from app import models as m
    from app.services.corrective_actions import CaFields
    from app.services.tthc_results import TthcResultFields

    today = date(2026, 7, 10)
    services.clock.pin(today)
    services.objectives.save_objective(
        dto.ObjectiveFields(year=2026, statement="Tối thiểu 98% hồ sơ đúng hạn", target=98)
    )
    services.corrective_actions.create(
        CaFields(raised_on=date(2026, 3, 2), source=m.CaSource.SELF, description="Trễ hạn")
    )
    services.tthc_results.create(
        TthcResultFields(
            from_on=date(2026, 1, 1), to_on=date(2026, 3, 31), received=100, early=10, on_time=88, late=2
        )
    )
    page = OverviewPage(services)
    show(page)
    page.refresh()
    assert page._charts is None  # QtCharts is not loaded before the tab is shown
    page.tabs.setCurrentIndex(2)
    charts = page.charts
    assert charts.objective_counts == [0, 0, 0, 0, 1]  # one objective, Q1 not measured yet
    assert charts.action_counts[0] == 1 and sum(charts.action_counts) == 1  # one new request
    assert charts.tthc_points == [(date(2026, 3, 31), 98.0)]
    assert charts.heat_title.text() == "Rủi ro đang theo dõi: 0"
