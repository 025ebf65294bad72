"""Figures that more than one screen or document shows, computed once and without Qt.

- ``snapshot(on)``: where the QMS stands on a day (the home page): report deadlines, the year's
  objectives and plan, procedure updates, the register, TTHC coverage, the steering committee,
  scope, policy, publication, people.
- ``period(start, end, cutoff)``: what happened over a reporting period, counted up to ``cutoff``
  (the management review and the 6-month / annual report).

Every later area adds its figures here. Objective figures always carry the five counts
(``not_measured``, ``on_track``, ``at_risk``, ``met``, ``not_met``); every due date is judged with the
one warning window (``app.services.deadlines``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from app import models as m
from app.services import dto
from app.services.deadlines import DueState, due_state, warning_window
from app.services.legal import OPEN_STATES


# ---- figures -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ObjectiveFigures:
    """The quality objectives of ``year`` by status as of a day."""

    year: int
    not_measured: int = 0
    on_track: int = 0
    at_risk: int = 0
    met: int = 0
    not_met: int = 0

    @property
    def total(self) -> int:
        return self.not_measured + self.on_track + self.at_risk + self.met + self.not_met

    @property
    def good(self) -> int:
        """On track or met."""
        return self.on_track + self.met

    @property
    def bad(self) -> int:
        """At risk or not met."""
        return self.at_risk + self.not_met


@dataclass(frozen=True)
class PlanFigures:
    """The tasks of the year's maintenance plan by due state as of a day."""

    year: int
    exists: bool
    total: int = 0
    done: int = 0  # done on time or without a date to compare
    done_late: int = 0
    late: int = 0  # overdue
    due_soon: int = 0
    upcoming: int = 0

    @property
    def completed(self) -> int:
        return self.done + self.done_late


@dataclass(frozen=True)
class ReportDeadline:
    """One periodic report: its data period, its deadline and the deadline's state."""

    kind: str  # "h1" (6 tháng) or "year" (năm)
    period_start: date
    period_end: date
    deadline: date
    state: DueState
    days_left: int


@dataclass(frozen=True)
class SteeringFigures:
    number: str
    signed_on: date | None
    members: int
    head: str


@dataclass(frozen=True)
class Snapshot:
    on: date
    warning_days: int
    reports: tuple[ReportDeadline, ...]
    objectives: ObjectiveFigures
    plan: PlanFigures
    updates: dto.UpdateSummary
    documents: dto.RegisterCounts
    coverage: dto.Coverage
    steering: SteeringFigures | None
    policy: dto.TextVersion | None
    scope: dto.TextVersion | None
    last_publication: dto.Publication | None
    publications: int
    departments: int
    persons: int


@dataclass(frozen=True)
class PeriodFigures:
    """What happened from ``start`` to ``end``, counted up to ``cutoff`` (the earlier of the two)."""

    start: date
    end: date
    cutoff: date
    objectives: ObjectiveFigures  # of the year of ``end``, as of ``cutoff``
    plan: PlanFigures  # of the year of ``end``, as of ``cutoff``
    issues_effective: int  # issues of documents that took effect in the period
    documents_first_issued: int  # documents whose first issue took effect in the period
    legal_effective: int  # legal documents that took effect in the period
    updates_closed: int  # procedure updates closed in the period
    updates_open_at_cutoff: int
    updates_overdue_at_cutoff: int
    coverage: dto.Coverage  # TTHC coverage now (the catalogue keeps no history)


# ---- pure functions (also used by the pages that show one of these figures) --------------------------
def objective_figures(year: int, objectives: Iterable[dto.ObjectiveInfo]) -> ObjectiveFigures:
    counts = dict.fromkeys(dto.ObjectiveStatus, 0)
    for objective in objectives:
        counts[objective.status] += 1
    return ObjectiveFigures(
        year=year,
        not_measured=counts[dto.ObjectiveStatus.NOT_MEASURED],
        on_track=counts[dto.ObjectiveStatus.ON_TRACK],
        at_risk=counts[dto.ObjectiveStatus.AT_RISK],
        met=counts[dto.ObjectiveStatus.MET],
        not_met=counts[dto.ObjectiveStatus.NOT_MET],
    )


def _plan_counts(year: int, states: Sequence[DueState]) -> PlanFigures:
    return PlanFigures(
        year=year,
        exists=True,
        total=len(states),
        done=states.count(DueState.DONE),
        done_late=states.count(DueState.DONE_LATE),
        late=states.count(DueState.LATE),
        due_soon=states.count(DueState.DUE_SOON),
        upcoming=states.count(DueState.UPCOMING),
    )


def plan_figures(year: int, plan: dto.PlanInfo | None) -> PlanFigures:
    if plan is None:
        return PlanFigures(year=year, exists=False)
    return _plan_counts(year, [t.due_state for t in plan.tasks])


def plan_figures_at(year: int, tasks: Sequence[dto.TaskInfo], cutoff: date, window: int) -> PlanFigures:
    """The plan's tasks judged on ``cutoff``: a task completed after it counts as not done yet."""
    states = []
    for t in tasks:
        done_on = t.completed_on if t.completed_on is not None and t.completed_on <= cutoff else None
        done = t.status is m.TaskStatus.DONE and (t.completed_on is None or done_on is not None)
        states.append(due_state(t.deadline, cutoff, window, done=done, done_on=done_on))
    return _plan_counts(year, states)


# ---- service -------------------------------------------------------------------------------------
class IndicatorsService:
    def __init__(self, services: Any) -> None:
        self._s = services

    def warning_days(self) -> int:
        with self._s.uow() as uow:
            return warning_window(uow)

    def years(self) -> list[int]:
        """Every year a year selector offers: years with objectives or a plan, this year and the
        next, newest first."""
        today = self._s.clock.today()
        with self._s.uow() as uow:
            years = set(uow.session.scalars(select(m.Objective.year).distinct()))
            years |= set(uow.session.scalars(select(m.AnnualPlan.year)))
        years |= {today.year, today.year + 1}
        return sorted(years, reverse=True)

    def snapshot(self, on: date | None = None) -> Snapshot:
        s = self._s
        day = on or s.clock.today()
        window = self.warning_days()
        calendar = s.agency.report_calendar(day.year)
        reports = tuple(
            ReportDeadline(
                kind,
                period.start,
                period.end,
                deadline,
                due_state(deadline, day, window),
                (deadline - day).days,
            )
            for kind, period, deadline in (
                ("h1", calendar.six_month_period, calendar.six_month_deadline),
                ("year", calendar.annual_period, calendar.annual_deadline),
            )
        )
        decision = s.qms.current_steering_decision(day)
        steering = None
        if decision is not None:
            head = next((x.full_name for x in decision.members if x.role is m.SteeringRole.HEAD), "")
            steering = SteeringFigures(decision.number, decision.signed_on, len(decision.members), head)
        publications = s.qms.list_publications()
        departments, persons = s.organization.count_active()
        return Snapshot(
            on=day,
            warning_days=window,
            reports=reports,
            objectives=objective_figures(day.year, s.objectives.list_objectives(day.year, on=day)),
            plan=plan_figures(day.year, s.plans.get_plan(day.year, today=day)),
            updates=s.legal.summary(today=day),
            documents=s.documents.register_counts(today=day),
            coverage=s.tthc.coverage(),
            steering=steering,
            policy=s.qms.current_policy(day),
            scope=s.qms.current_scope(day),
            last_publication=publications[0] if publications else None,
            publications=len(publications),
            departments=departments,
            persons=persons,
        )

    def period(self, start: date, end: date, cutoff: date | None = None) -> PeriodFigures:
        s = self._s
        cut = min(end, cutoff or end)
        window = self.warning_days()
        year = end.year
        plan = s.plans.get_plan(year, today=cut)
        with s.uow() as uow:
            session = uow.session
            in_period = m.Revision.effective_on.between(start, cut)
            issues = session.scalar(select(func.count()).select_from(m.Revision).where(in_period)) or 0
            first = (
                select(m.Revision.document_id, func.min(m.Revision.effective_on).label("first"))
                .group_by(m.Revision.document_id)
                .subquery()
            )
            firsts = session.scalar(select(func.count()).where(first.c.first.between(start, cut))) or 0
            legal = (
                session.scalar(
                    select(func.count())
                    .select_from(m.LegalDocument)
                    .where(m.LegalDocument.effective_on.between(start, cut))
                )
                or 0
            )
            closed = (
                session.scalar(
                    select(func.count())
                    .select_from(m.LegalImpact)
                    .where(m.LegalImpact.closed_on.between(start, cut))
                )
                or 0
            )
        # Updates as they stood on the cut-off: closed after it means still open then.
        at_cut = s.legal.list_impacts(today=cut)
        open_then = [
            r for r in at_cut if r.state in OPEN_STATES or (r.closed_on is not None and r.closed_on > cut)
        ]
        overdue_then = [r for r in open_then if r.due_on is not None and r.due_on < cut]
        return PeriodFigures(
            start=start,
            end=end,
            cutoff=cut,
            objectives=objective_figures(year, s.objectives.list_objectives(year, on=cut)),
            plan=plan_figures_at(year, plan.tasks, cut, window) if plan else PlanFigures(year, exists=False),
            issues_effective=issues,
            documents_first_issued=firsts,
            legal_effective=legal,
            updates_closed=closed,
            updates_open_at_cutoff=len(open_then),
            updates_overdue_at_cutoff=len(overdue_then),
            coverage=s.tthc.coverage(),
        )
