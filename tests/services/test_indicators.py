"""The figures of IndicatorsService against data whose answers are known, and the due-date rules
with the one warning window."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import (
    Comparison,
    DocumentStatus,
    DocumentType,
    Frequency,
    LegalKind,
    TaskStatus,
    TimeframeKind,
)
from app.services import dto
from app.services.deadlines import DueState, due_state

TODAY = date(2026, 5, 20)


# ---- the warning window ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("due", "state"),
    [
        (date(2026, 5, 19), DueState.LATE),  # yesterday
        (date(2026, 5, 20), DueState.DUE_SOON),  # due today is due soon, not late
        (date(2026, 6, 3), DueState.DUE_SOON),  # 14 days ahead: the edge of the window
        (date(2026, 6, 4), DueState.UPCOMING),  # 15 days ahead
        (None, DueState.UPCOMING),
    ],
)
def test_due_state_boundaries_with_a_14_day_window(due, state):
    assert due_state(due, TODAY, 14) is state


def test_done_is_on_time_or_late_by_its_date():
    due = date(2026, 3, 31)
    assert due_state(due, TODAY, 14, done_on=date(2026, 3, 31)) is DueState.DONE
    assert due_state(due, TODAY, 14, done_on=date(2026, 4, 1)) is DueState.DONE_LATE
    assert due_state(due, TODAY, 14, done=True) is DueState.DONE
    assert due_state(None, TODAY, 14, done_on=date(2026, 4, 1)) is DueState.DONE


def test_a_zero_window_makes_only_today_due_soon():
    assert due_state(TODAY, TODAY, 0) is DueState.DUE_SOON
    assert due_state(date(2026, 5, 21), TODAY, 0) is DueState.UPCOMING


def test_the_window_is_one_setting_kept_by_the_agency(services, agency):
    assert services.indicators.warning_days() == 14  # a new agency
    settings = services.agency.get_reporting()
    services.agency.update_reporting(dto.ReportingSettings(**{**vars(settings), "due_soon_days": 30}))
    assert services.indicators.warning_days() == 30
    assert services.legal.get_settings().due_soon_days == 30


# ---- known data ----------------------------------------------------------------------------------------
@pytest.fixture
def known(services, agency):  # type: ignore[no-untyped-def]
    """Five objectives, one per status on TODAY; a plan of five tasks; two procedure updates."""
    services.clock.pin(TODAY)
    o = services.objectives

    def objective(statement: str, target: float, values: dict[int, float], frequency=Frequency.QUARTER):  # type: ignore[no-untyped-def]
        info = o.save_objective(
            dto.ObjectiveFields(
                year=2026,
                statement=statement,
                unit="%",
                comparison=Comparison.GE,
                target=target,
                frequency=frequency,
            )
        )
        for period, value in values.items():
            o.record_measurement(info.id, dto.MeasurementFields(period=period, value=value))

    objective("Chưa đo", 90, {})
    objective("Đang đạt", 90, {1: 95})
    objective("Có nguy cơ", 90, {1: 80})
    objective("Đạt cả năm", 90, {1: 95}, Frequency.YEAR)  # the year's only period is measured: decided
    objective("Không đạt cả năm", 90, {1: 50}, Frequency.YEAR)

    p = services.plans
    p.create_plan(2026, with_default_tasks=False)
    tasks = [
        dto.TaskFields(
            content="Xong đúng hạn",
            timeframe=TimeframeKind.QUARTER,
            quarter=1,
            status=TaskStatus.DONE,
            completed_on=date(2026, 3, 20),
        ),
        dto.TaskFields(
            content="Xong muộn",
            timeframe=TimeframeKind.QUARTER,
            quarter=1,
            status=TaskStatus.DONE,
            completed_on=date(2026, 4, 10),
        ),
        dto.TaskFields(content="Quá hạn", timeframe=TimeframeKind.DATE, due_on=date(2026, 5, 19)),
        dto.TaskFields(content="Sắp đến hạn", timeframe=TimeframeKind.DATE, due_on=date(2026, 6, 3)),
        dto.TaskFields(content="Chưa đến hạn", timeframe=TimeframeKind.QUARTER, quarter=4),
    ]
    for task in tasks:
        p.save_task(2026, task)

    doc = services.documents.save_document(
        dto.DocumentFields(
            code="QT 01",
            title="Quy trình",
            doc_type=DocumentType.TTHC_PROCEDURE,
            status=DocumentStatus.IN_FORCE,
        )
    )
    services.documents.issue_revision(
        doc.id, dto.RevisionFields(issue_number=1, issued_on=date(2026, 1, 5), effective_on=date(2026, 1, 10))
    )
    late = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.LAW, number="01/2026/NĐ-CP", title="Nghị định", effective_on=date(2026, 1, 15)
        )
    )  # update due 15/4/2026: overdue on TODAY
    soon = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.LAW, number="02/2026/NĐ-CP", title="Nghị định", effective_on=date(2026, 3, 1)
        )
    )  # due 01/6/2026: 12 days ahead, due soon
    services.legal.link_documents(late.id, [doc.id])
    services.legal.link_documents(soon.id, [doc.id])
    return doc


def test_the_snapshot_counts_the_known_data(services, known):
    snap = services.indicators.snapshot()
    assert snap.on == TODAY and snap.warning_days == 14
    goals = snap.objectives
    assert (goals.not_measured, goals.on_track, goals.at_risk, goals.met, goals.not_met) == (1, 1, 1, 1, 1)
    assert (goals.total, goals.good, goals.bad) == (5, 2, 2)
    plan = snap.plan
    assert (plan.total, plan.done, plan.done_late, plan.late, plan.due_soon, plan.upcoming) == (
        5,
        1,
        1,
        1,
        1,
        1,
    )
    assert plan.completed == 2
    assert (snap.updates.open, snap.updates.overdue, snap.updates.due_soon) == (2, 1, 1)
    assert (snap.documents.in_force, snap.documents.procedures) == (1, 1)
    h1, year = snap.reports
    # The agency's default deadlines: 15/6 (26 days ahead) and 15/12.
    assert (h1.kind, h1.deadline, h1.state, h1.days_left) == ("h1", date(2026, 6, 15), DueState.UPCOMING, 26)
    assert (year.kind, year.deadline, year.state) == ("year", date(2026, 12, 15), DueState.UPCOMING)


def test_the_snapshot_follows_the_day_asked(services, known):
    snap = services.indicators.snapshot(date(2026, 6, 2))
    assert snap.reports[0].state is DueState.DUE_SOON  # 15/6 is 13 days ahead
    assert snap.plan.late == 1 and snap.plan.due_soon == 1


def test_the_period_counts_what_happened_up_to_the_cutoff(services, known):
    services.legal.close_no_change(services.legal.list_impacts()[0].id, "Không thay đổi", date(2026, 5, 15))
    figures = services.indicators.period(date(2025, 12, 15), date(2026, 6, 14), date(2026, 4, 30))
    assert figures.cutoff == date(2026, 4, 30)
    assert figures.issues_effective == 1 and figures.documents_first_issued == 1
    assert figures.legal_effective == 2
    # Closed on 15/5, after the cut-off: still open (and overdue since 15/4) as the period saw it.
    assert figures.updates_closed == 0
    assert (figures.updates_open_at_cutoff, figures.updates_overdue_at_cutoff) == (2, 1)
    # The task completed on 10/4 is done late by the cut-off; "Quá hạn" (19/5) is not yet due then.
    assert (figures.plan.done, figures.plan.done_late, figures.plan.late) == (1, 1, 0)
    goals = figures.objectives
    assert goals.total == 5 and goals.met + goals.not_met == 2


def test_years_offer_this_year_the_next_and_years_with_data(services, known):
    assert services.indicators.years() == [2027, 2026]
    services.objectives.save_objective(dto.ObjectiveFields(year=2019, statement="Cũ", target=1))
    assert services.indicators.years() == [2027, 2026, 2019]


def test_a_periods_quality_figures_on_the_demo_agree_with_its_story(services):
    """The demo's year as of 22/11/2026 (see demo_audits, demo_satisfaction, demo_tthc_results,
    demo_training): counted from 01/01 to the cut-off."""
    from app.services.demo import fill_demo

    cut = date(2026, 11, 22)
    fill_demo(services, today=cut)
    q = services.indicators.period(date(2026, 1, 1), date(2026, 12, 31), cutoff=cut).quality
    assert q is not None
    assert q.audits_held == 1 and q.inspections == 1
    assert q.findings_by_type == {
        "nc_major": 1,
        "nc_minor": 3,
        "observation": 3,
        "ofi": 3,
        "recommendation": 3,
    }
    # One recommendation answered by request 01, one closed with a dated note, one without action.
    assert (q.recommendations_closed, q.recommendations_open) == (2, 1)
    # Requests 01–07 raised this year; 01 closed; open at the cut-off: 04/2025, 02, 04, 05, 06, 07;
    # overdue then: 04/2025 (due 15/12/2025) and 05 (due 31/10), not 04 (due 30/11).
    assert (q.ca_opened, q.ca_closed, q.ca_open_at_cutoff, q.ca_overdue_at_cutoff) == (7, 1, 6, 2)
    # A month earlier 05 was not overdue yet, and 07 (raised three days before 22/11) not raised.
    earlier = services.indicators.period(
        date(2026, 1, 1), date(2026, 12, 31), cutoff=date(2026, 10, 22)
    ).quality
    assert (earlier.ca_opened, earlier.ca_overdue_at_cutoff) == (6, 1)
    assert q.satisfaction.surveys == 3 and q.satisfaction.percent_satisfied == pytest.approx(95.8)
    assert (q.complaints_received, q.complaints_well_founded) == (2, 0)
    assert q.tthc.received == 1908  # the quarters and 01/10–22/11, wholly inside the period
    assert (q.training.sessions, q.training.attendances) == (3, 31)
    assert q.risk_evaluations > 0 and q.risk_evaluations_effective <= q.risk_evaluations
