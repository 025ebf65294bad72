"""The overview shows where the year stands, from the demo commune's records."""

from datetime import date

from app.services.deadlines import DueState
from app.services.demo import fill_demo
from app.ui.pages.overview import OverviewPage


def test_overview_counts_objectives_plan_tasks_coverage_and_updates(services, show):
    today = date(2026, 11, 22)
    fill_demo(services, today=today)
    services.clock.pin(today)
    page = OverviewPage(services)
    show(page)
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
