"""Figures that more than one screen or document shows, computed once and without Qt.

- ``snapshot(on)``: where the QMS stands on a day (the home page): the agency, report deadlines,
  the year's objectives and plan, procedure updates, the register, TTHC coverage, the steering
  committee, scope, policy, publication, people. The home page shows it at start, so it reads only
  what its figures need: the objectives' and the plan's figures from their rows in one unit of work
  (the same rules as the objectives and plan services, without building their records), the rest
  from the area services' counting queries.
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
from app.services import ca_rules, dto
from app.services._mapping import to_dto
from app.services.deadlines import DueState, due_state, warning_window
from app.services.figure_records import (
    PROCEDURE_TYPES,
    DocumentFigures,
    RecordLine,
    ca_open_at,
    document_figures,
    in_force_at,
    period_audit_ids,
    period_inspection_ids,
    records_behind,
)
from app.services.legal import OPEN_STATES
from app.services.objectives import objective_status
from app.services.plans import task_deadline
from app.services.unit_of_work import UnitOfWork


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
    state: DueState  # of the deadline; DONE once the report is sent (DONE_LATE: sent after it)
    days_left: int
    required: bool = True  # False: the province asks for no 6-month report
    status: str | None = None  # the stored report's: "draft", "signed", "sent"; None: none yet
    number: str = ""
    sent_on: date | None = None


@dataclass(frozen=True)
class SteeringFigures:
    number: str
    signed_on: date | None
    members: int
    head: str


@dataclass(frozen=True)
class AuditFigures:
    """Internal audits, findings and corrective actions on a day (``ca_rules``)."""

    audits_in_year: int  # audits of the day's year that have started by the day
    last_audit_on: date | None  # the latest audit's start, by the day
    findings_without_action: int  # every year
    actions_open: int
    actions_overdue: int  # as of the day


@dataclass(frozen=True)
class Snapshot:
    on: date
    profile: dto.AgencyProfile | None
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
    audits: AuditFigures


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
    # TTHC in jurisdiction now (no history); covered by procedures in force at the cut-off as the
    # dates tell (made obsolete after it: in force then)
    coverage: dto.Coverage
    quality: QualityFigures | None = None  # audits, actions, risks, satisfaction, TTHC, training
    documents: DocumentFigures | None = None  # procedures new, amended, obsoleted; QMS documents issued


@dataclass(frozen=True)
class QualityFigures:
    """What the QMS's records say of a period, counted from its start to the cut-off (both
    included): the management review's inputs (§9.3.2 c, e, f) and the report's figures.

    ``findings_by_type`` counts findings of audits held in the period and of inspections in it, by
    the stable type names (``nc_major``…). A request is open at the cut-off when it was raised by
    then and neither closed nor cancelled by then, overdue when also due before the cut-off.
    """

    audits_held: int  # internal audits whose last day falls in the period
    findings_by_type: dict[str, int]
    ofi_findings: int
    inspections: int
    recommendations_open: int  # of the period's inspections, without action at the cut-off
    recommendations_closed: int
    ca_opened: int
    ca_closed: int
    ca_open_at_cutoff: int
    ca_overdue_at_cutoff: int
    risk_evaluations: int  # risks and opportunities evaluated in the period
    risk_evaluations_effective: int
    satisfaction: Any  # satisfaction.SatisfactionFigures (pooled; percent None when nobody answered)
    complaints_received: int
    complaints_well_founded: int
    complaints_resolved: int
    tthc: Any  # tthc_results.PeriodFigures of the whole agency (rows wholly inside the period)
    training: Any  # training.TrainingFigures (sessions held, attendances)


# ---- pure functions (also used by the pages that show one of these figures) --------------------------
def objective_figures(year: int, objectives: Iterable[dto.ObjectiveInfo]) -> ObjectiveFigures:
    return _objective_counts(year, (objective.status for objective in objectives))


def _objective_counts(year: int, statuses: Iterable[dto.ObjectiveStatus]) -> ObjectiveFigures:
    counts = dict.fromkeys(dto.ObjectiveStatus, 0)
    for status in statuses:
        counts[status] += 1
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
        """Every year a year selector offers: years with objectives, a plan, an audit programme, an
        audit, a corrective action or any dated record (inspection, risk, survey, complaint, TTHC
        results, training), this year and the next, newest first."""
        today = self._s.clock.today()
        with self._s.uow() as uow:
            years = set(uow.session.scalars(select(m.Objective.year).distinct()))
            years |= set(uow.session.scalars(select(m.AnnualPlan.year)))
            years |= set(uow.session.scalars(select(m.AuditProgramme.year)))
            years |= set(uow.session.scalars(select(m.Audit.year).distinct()))
            years |= set(uow.session.scalars(select(m.CorrectiveAction.year).distinct()))
            # Years of the dated records: inspections, risks, surveys, complaints, TTHC results,
            # training sessions (few rows each; a year is the year of the date).
            for column in (
                m.Inspection.on,
                m.Risk.identified_on,
                m.Survey.to_on,
                m.Complaint.received_on,
                m.TthcResult.to_on,
                m.Training.on,
            ):
                years |= {day.year for day in uow.session.scalars(select(column).distinct())}
        years |= {today.year, today.year + 1}
        return sorted(years, reverse=True)

    def snapshot(self, on: date | None = None) -> Snapshot:
        s = self._s
        day = on or s.clock.today()
        with s.uow() as uow:
            window = warning_window(uow)
            objectives = self._objective_figures(uow, day.year, day)
            plan = self._plan_figures(uow, day.year, day, window)
            steering = self._steering_figures(uow, day)
            publications, last_publication = self._publications(uow)
            audits = self._audit_figures(uow, day)
            stored = self._stored_reports(uow, day.year)
            six_month = bool(uow.session.scalar(select(m.Agency.six_month_report).limit(1)) is not False)
        calendar = s.agency.report_calendar(day.year)
        reports = []
        for kind, period, deadline in (
            ("h1", calendar.six_month_period, calendar.six_month_deadline),
            ("year", calendar.annual_period, calendar.annual_deadline),
        ):
            report = stored.get(kind)
            sent_on = report.sent_on if report is not None else None
            reports.append(
                ReportDeadline(
                    kind,
                    period.start,
                    period.end,
                    deadline,
                    due_state(deadline, day, window, done_on=sent_on),
                    (deadline - day).days,
                    required=six_month or kind != "h1",
                    status=report.status.value if report is not None else None,
                    number=report.number if report is not None else "",
                    sent_on=sent_on,
                )
            )
        departments, persons = s.organization.count_active()
        return Snapshot(
            on=day,
            profile=s.agency.get_profile(),
            warning_days=window,
            reports=tuple(reports),
            objectives=objectives,
            plan=plan,
            updates=s.legal.summary(today=day),
            documents=s.documents.register_counts(today=day),
            coverage=s.tthc.coverage(today=day),
            steering=steering,
            policy=s.qms.current_policy(day),
            scope=s.qms.current_scope(day),
            last_publication=last_publication,
            publications=publications,
            departments=departments,
            persons=persons,
            audits=audits,
        )

    # The snapshot's own readings: the rows its figures need, none of the records' other fields.
    @staticmethod
    def _objective_figures(uow: UnitOfWork, year: int, on: date) -> ObjectiveFigures:
        """As ``objective_figures(year, ObjectiveService.list_objectives(year, on=on))``."""
        values: dict[int, dict[int, float]] = {}
        for objective_id, period, value in uow.session.execute(
            select(m.Measurement.objective_id, m.Measurement.period, m.Measurement.value)
            .join(m.Objective, m.Objective.id == m.Measurement.objective_id)
            .where(m.Objective.year == year)
        ):
            values.setdefault(objective_id, {})[period] = value
        rows = uow.session.execute(
            select(
                m.Objective.id,
                m.Objective.frequency,
                m.Objective.comparison,
                m.Objective.target,
                m.Objective.aggregation,
            ).where(m.Objective.year == year)
        )
        statuses = (
            objective_status(
                year=year,
                frequency=row.frequency,
                comparison=row.comparison,
                target=row.target,
                aggregation=row.aggregation,
                measurements=values.get(row.id, {}),
                on=on,
            )[0]
            for row in rows
        )
        return _objective_counts(year, statuses)

    @staticmethod
    def _plan_figures(uow: UnitOfWork, year: int, on: date, window: int) -> PlanFigures:
        """As ``plan_figures(year, PlanService.get_plan(year, today=on))``."""
        plan_id = uow.session.scalar(select(m.AnnualPlan.id).where(m.AnnualPlan.year == year))
        if plan_id is None:
            return PlanFigures(year=year, exists=False)
        tasks = uow.session.scalars(select(m.PlanTask).where(m.PlanTask.plan_id == plan_id))
        return _plan_counts(
            year,
            [
                due_state(
                    task_deadline(year, t),
                    on,
                    window,
                    done=t.status is m.TaskStatus.DONE,
                    done_on=t.completed_on,
                )
                for t in tasks
            ],
        )

    @staticmethod
    def _steering_figures(uow: UnitOfWork, on: date) -> SteeringFigures | None:
        """The decision of ``QmsService.current_steering_decision(on)``: its member count and head."""
        decision = uow.session.execute(
            select(m.SteeringDecision.id, m.SteeringDecision.number, m.SteeringDecision.signed_on)
            .where(m.SteeringDecision.signed_on <= on)
            .order_by(m.SteeringDecision.signed_on.desc(), m.SteeringDecision.id.desc())
            .limit(1)
        ).first()
        if decision is None:
            return None
        of_decision = m.SteeringMember.decision_id == decision.id
        members = uow.session.scalar(select(func.count()).select_from(m.SteeringMember).where(of_decision))
        head = uow.session.scalar(
            select(m.Person.full_name)
            .join(m.SteeringMember, m.SteeringMember.person_id == m.Person.id)
            .where(of_decision, m.SteeringMember.role == m.SteeringRole.HEAD)
            .order_by(m.SteeringMember.sort_order, m.SteeringMember.id)
            .limit(1)
        )
        return SteeringFigures(decision.number, decision.signed_on, members or 0, head or "")

    @staticmethod
    def _stored_reports(uow: UnitOfWork, year: int) -> dict[str, Any]:
        """The newest stored report of each kind of ``year`` (a sent one over a later draft of a
        correction: the home page says what went upstream)."""
        r = m.QmsReport
        rows = uow.session.execute(
            select(r.kind, r.status, r.number, r.sent_on).where(r.year == year).order_by(r.id)
        ).all()
        out: dict[str, Any] = {}
        for row in rows:
            kept = out.get(row.kind.value)
            if kept is None or kept.status is not m.ReportStatus.SENT or row.status is m.ReportStatus.SENT:
                out[row.kind.value] = row
        return out

    @staticmethod
    def _audit_figures(uow: UnitOfWork, on: date) -> AuditFigures:
        session = uow.session
        started = m.Audit.start_on <= on
        audits_in_year = session.scalar(
            select(func.count()).select_from(m.Audit).where(started, m.Audit.start_on >= date(on.year, 1, 1))
        )
        last = session.scalar(select(func.max(m.Audit.start_on)).where(started))
        without = session.scalar(
            select(func.count()).select_from(m.Finding).where(ca_rules.without_action_clause())
        )
        ca = m.CorrectiveAction
        open_count = session.scalar(
            select(func.count()).select_from(ca).where(ca.status.in_(ca_rules.OPEN_STATUSES))
        )
        overdue = session.scalar(select(func.count()).select_from(ca).where(ca_rules.overdue_clause(on)))
        return AuditFigures(audits_in_year or 0, last, without or 0, open_count or 0, overdue or 0)

    @staticmethod
    def _publications(uow: UnitOfWork) -> tuple[int, dto.Publication | None]:
        """How many publication decisions, and the latest (``QmsService.list_publications()[0]``)."""
        count = uow.session.scalar(select(func.count()).select_from(m.PublicationDecision)) or 0
        latest = uow.session.scalars(
            select(m.PublicationDecision)
            .order_by(m.PublicationDecision.signed_on.desc(), m.PublicationDecision.id.desc())
            .limit(1)
        ).first()
        return count, to_dto(dto.Publication, latest) if latest is not None else None

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
            coverage=self._coverage_at(cut),
            quality=self._quality(start, cut),
            documents=self._documents(start, cut),
        )

    def objectives_as_of(self, year: int, on: date) -> list[dict[str, Any]]:
        """The year's objectives with their status and value so far on ``on`` (what the annual
        report states "tính đến ngày …" for those not decided yet)."""
        return [
            {
                "id": o.id,
                "statement": o.statement,
                "unit": o.unit,
                "comparison": o.comparison.value,
                "target": o.target,
                "status": o.status.value,
                "value_so_far": o.value_so_far,
            }
            for o in self._s.objectives.list_objectives(year, on=on)
        ]

    def _coverage_at(self, cut: date) -> dto.Coverage:
        """The TTHC in the agency's jurisdiction now (it has no history) and how many of them a
        procedure in force at ``cut`` settles, as far as the dates tell: one made obsolete after
        the cut-off was still in force then (``in_force_at``, as ``internal_procedures``)."""
        t, d, link = m.Tthc, m.Document, m.DocumentTthc
        covering = (
            select(link.tthc_code)
            .join(d, d.id == link.document_id)
            .where(d.doc_type.in_(PROCEDURE_TYPES), in_force_at(cut))
        )
        ours = t.in_jurisdiction.is_(True)
        with self._s.uow() as uow:
            session = uow.session
            total = session.scalar(select(func.count()).select_from(t)) or 0
            in_j = session.scalar(select(func.count()).select_from(t).where(ours)) or 0
            covered = (
                session.scalar(select(func.count()).select_from(t).where(ours, t.code.in_(covering))) or 0
            )
        return dto.Coverage(in_jurisdiction=in_j, covered=covered, total=total)

    def report_facts(self, year: int, start: date, end: date, cutoff: date | None = None) -> dict[str, Any]:
        """The dated facts and detail lists a report of ``year`` cites for ``start``–``end`` up to
        ``cutoff`` (``report_facts.report_facts``)."""
        from app.services.report_facts import report_facts

        with self._s.uow() as uow:
            return report_facts(uow.session, year, start, min(end, cutoff or end))

    def _documents(self, start: date, cut: date) -> DocumentFigures:
        with self._s.uow() as uow:
            return document_figures(uow.session, start, cut)

    def records_behind(
        self, start: date, end: date, key: str, cutoff: date | None = None
    ) -> list[RecordLine]:
        """The records behind figure ``key`` of ``period(start, end, cutoff)`` (the keys of
        ``figure_records.FIGURE_RECORDS``), each with the record type and id that open it."""
        cut = min(end, cutoff or end)
        objectives = self._s.objectives.list_objectives(end.year, on=cut) if key == "objectives" else None
        with self._s.uow() as uow:
            return records_behind(uow.session, key, start, cut, objectives=objectives)

    def _quality(self, start: date, cut: date) -> QualityFigures:
        s = self._s
        ca, f = m.CorrectiveAction, m.Finding

        def count(stmt: Any) -> int:
            return int(session.scalar(stmt) or 0)

        with s.uow() as uow:
            session = uow.session
            audits = period_audit_ids(session, start, cut)
            inspections = period_inspection_ids(session, start, cut)
            of_period = (f.audit_id.in_(audits)) | (f.inspection_id.in_(inspections))
            by_type = {
                kind.value: n
                for kind, n in session.execute(
                    select(f.type, func.count()).where(of_period).group_by(f.type)
                ).all()
            }
            recommendations = list(
                session.execute(
                    select(f.id, f.closed_on).where(
                        f.inspection_id.in_(inspections), f.type == m.FindingType.RECOMMENDATION
                    )
                ).all()
            )
            answered = set(
                session.scalars(
                    select(m.CaFinding.finding_id)
                    .join(ca, ca.id == m.CaFinding.request_id)
                    .where(ca.raised_on <= cut, ca.status != m.CaStatus.CANCELLED)
                )
            )
            closed_recs = sum(
                1 for rid, closed_on in recommendations if rid in answered or (closed_on and closed_on <= cut)
            )
            open_at_cut = ca_open_at(cut)
            evaluations = list(
                session.scalars(
                    select(m.RiskEvaluation.effective).where(m.RiskEvaluation.on.between(start, cut))
                )
            )
            complaints = list(
                session.execute(
                    select(m.Complaint.ruling, m.Complaint.resolved_on).where(
                        m.Complaint.received_on.between(start, cut)
                    )
                ).all()
            )
            figures = {
                "ca_opened": count(
                    select(func.count()).select_from(ca).where(ca.raised_on.between(start, cut))
                ),
                "ca_closed": count(
                    select(func.count()).select_from(ca).where(ca.closed_on.between(start, cut))
                ),
                "ca_open_at_cutoff": count(select(func.count()).select_from(ca).where(open_at_cut)),
                "ca_overdue_at_cutoff": count(
                    select(func.count()).select_from(ca).where(open_at_cut, ca.due_on < cut)
                ),
            }
        founded = (m.ComplaintRuling.FOUNDED, m.ComplaintRuling.PARTLY_FOUNDED)
        return QualityFigures(
            audits_held=len(audits),
            findings_by_type=by_type,
            ofi_findings=by_type.get(m.FindingType.OFI.value, 0),
            inspections=len(inspections),
            recommendations_open=len(recommendations) - closed_recs,
            recommendations_closed=closed_recs,
            risk_evaluations=len(evaluations),
            risk_evaluations_effective=sum(1 for e in evaluations if e),
            satisfaction=s.satisfaction.period_figures(start, cut),
            complaints_received=len(complaints),
            complaints_well_founded=sum(1 for ruling, _ in complaints if ruling in founded),
            complaints_resolved=sum(
                1 for _, resolved in complaints if resolved is not None and resolved <= cut
            ),
            tthc=s.tthc_results.period_figures(start, cut),
            training=s.training.period_figures(start, cut, today=cut),
            **figures,
        )
