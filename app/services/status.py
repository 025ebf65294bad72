"""Where the year stands: the yearly cycle as a checklist (the home page and ``status``).

``cycle(year, today)`` gives one ``CycleItem`` per key of ``CYCLE_KEYS`` with its state, due date,
the day it was done and the record that proves it:

- **due date**: the deadline of a task of the year's plan linked to the item (``plan_task.cycle_key``),
  otherwise plan 31/01, objectives the end of February, risks 31/03, the reports their deadlines from
  the report calendar, audit 30/11, review 15/12;
- **done**: plan and objectives documents signed; the risks reviewed as the risks service defines it
  (``reviewed_in_year``); a report sent; an internal audit held in the year (its last day); a review
  held after that audit;
- **state**: done on or before the due date ``done``, after it ``done_late``; not done: ``late``
  after the due date, ``due_soon`` within the agency's warning window (the due day included),
  ``upcoming`` before; ``not_applicable`` for the 6-month report the province does not ask for;
- ``steering`` and ``publication`` are only ``done`` or ``late``, judged on the earlier of 31/12 and
  today: the steering decision in force names no inactive member; no scope version took effect after
  the last publication decision and the agency's name is the one recorded with it (none recorded:
  "cần xác nhận", late).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from app import models as m
from app.services import ca_rules
from app.services.deadlines import DueState, due_state, warning_window
from app.services.objectives import period_bounds, period_count
from app.services.plans import task_deadline
from app.services.unit_of_work import UowFactory

CYCLE_KEYS = (
    "plan",
    "objectives",
    "steering",
    "risks",
    "report_h1",
    "audit",
    "review",
    "report_year",
    "publication",
)


# The checklist's states are the deadlines' (one vocabulary): their values are the stable names of
# ``status --format json``.
CycleState = DueState


@dataclass(frozen=True)
class CycleItem:
    key: str
    state: CycleState
    due_on: date | None
    done_on: date | None = None
    record: tuple[str, int | None] | None = None  # (record type or page key, id) proving it
    note: str = ""  # why it is late when the date does not say ("cần xác nhận", "thành viên nghỉ")


def state_of(due_on: date | None, done_on: date | None, today: date, window: int) -> CycleState:
    return due_state(due_on, today, window, done_on=done_on)


def default_due(key: str, year: int, calendar_: Any) -> date | None:
    return {
        "plan": date(year, 1, 31),
        "objectives": date(year, 2, calendar.monthrange(year, 2)[1]),
        "risks": date(year, 3, 31),
        "report_h1": calendar_.six_month_deadline,
        "audit": date(year, 11, 30),
        "review": date(year, 12, 15),
        "report_year": calendar_.annual_deadline,
        "steering": date(year, 12, 31),
        "publication": date(year, 12, 31),
    }.get(key)


class StatusService:
    def __init__(self, uow: UowFactory, clock: Any, agency: Any, risks: Any, services: Any = None) -> None:
        self._services = services
        self._uow = uow
        self._clock = clock
        self._agency = agency
        self._risks = risks

    def overview(self, year: int, today: date | None = None) -> StatusView:
        """The home page's three parts at once, each year's cycle computed once."""
        today = today or self._clock.today()
        cycles: dict[int, list[CycleItem]] = {}
        late, soon = self.late_and_due_soon(today, _cycles=cycles)
        readiness = self.readiness(today, _cycles=cycles)
        return StatusView(self._cycle(year, today, cycles), late, soon, readiness)

    def _cycle(self, year: int, today: date, cycles: dict[int, list[CycleItem]] | None) -> list[CycleItem]:
        if cycles is None:
            return self.cycle(year, today)
        if year not in cycles:
            cycles[year] = self.cycle(year, today)
        return cycles[year]

    def late_and_due_soon(
        self, today: date | None = None, *, _cycles: dict[int, list[CycleItem]] | None = None
    ) -> tuple[list[DueItem], list[DueItem]]:
        """Across all years, as of ``today``: what is late (due before today) and what is due within
        the warning window (today included), each by due date: open corrective actions, procedure
        updates after legal changes, plan tasks, objective measurements, review decisions, risk
        reviews and the report deadlines."""
        today = today or self._clock.today()
        with self._uow() as uow:
            window = warning_window(uow)
            items = _everything_due(uow.session, self._services, today)
            r = m.QmsReport
            # An unsent report opens its draft when there is one (0: the reports page, to make it).
            drafts = {
                (kind, year): report_id
                for report_id, kind, year in uow.session.execute(
                    select(r.id, r.kind, r.year).where(r.year >= today.year - 1).order_by(r.id.desc())
                )
            }
        for year in (today.year - 1, today.year):
            for item in self._cycle(year, today, _cycles):
                if item.key in ("report_h1", "report_year") and item.state in (
                    CycleState.LATE,
                    CycleState.DUE_SOON,
                ):
                    assert item.due_on is not None
                    kind = "6 tháng" if item.key == "report_h1" else "năm"
                    report_kind = m.ReportKind.H1 if item.key == "report_h1" else m.ReportKind.YEAR
                    items.append(
                        DueItem(
                            "report",
                            drafts.get((report_kind, year), 0),
                            f"Gửi báo cáo {kind} {year}",
                            item.due_on,
                        )
                    )
        late = sorted((x for x in items if x.due_on < today), key=lambda x: (x.due_on, x.type, x.id))
        soon = sorted(
            (x for x in items if 0 <= (x.due_on - today).days <= window),
            key=lambda x: (x.due_on, x.type, x.id),
        )
        return late, soon

    def readiness(
        self, today: date | None = None, *, _cycles: dict[int, list[CycleItem]] | None = None
    ) -> list[Criterion]:
        """What an inspector checks first, as of ``today``: each criterion passed or not, with
        what is missing."""
        today = today or self._clock.today()
        svc = self._services
        coverage = svc.tthc.coverage(today=today)
        cycle = {x.key: x for x in self._cycle(today.year, today, _cycles)}
        with self._uow() as uow:
            s = uow.session
            audit = s.scalars(
                select(m.Audit.end_on)
                .where(m.Audit.end_on > today - timedelta(days=365), m.Audit.end_on <= today)
                .order_by(m.Audit.end_on.desc())
            ).first()
            f = m.Finding
            without = int(
                s.scalar(select(func.count()).select_from(f).where(ca_rules.without_action_clause())) or 0
            )
            c = m.Complaint
            unresolved = int(
                s.scalar(
                    select(func.count()).select_from(c).where(c.received_on <= today, c.resolved_on.is_(None))
                )
                or 0
            )
            unmeasured = sum(1 for x in _measurements_due(s) if x.due_on < today)
            ca = m.CorrectiveAction
            overdue = int(
                s.scalar(select(func.count()).select_from(ca).where(ca_rules.overdue_clause(today))) or 0
            )
            last = s.scalars(
                select(m.PublicationDecision)
                .where(m.PublicationDecision.signed_on <= today)
                .order_by(m.PublicationDecision.signed_on.desc(), m.PublicationDecision.id.desc())
            ).first()
            posted = last is not None and last.posted_on is not None and last.posted_on <= today
        updates_overdue = svc.legal.summary(today=today).overdue
        publication = cycle["publication"]
        missing_docs = [
            n
            for k, n in (("plan", "kế hoạch"), ("objectives", "mục tiêu chất lượng"))
            if cycle[k].done_on is None
        ]
        uncovered = coverage.in_jurisdiction - coverage.covered
        return [
            Criterion(
                "tthc_coverage",
                coverage.in_jurisdiction > 0 and uncovered == 0,
                f"Còn {uncovered:02d} TTHC thuộc thẩm quyền chưa có quy trình"
                if coverage.in_jurisdiction
                else "Chưa xác định TTHC thuộc thẩm quyền",
            ),
            Criterion(
                "publication_posted",
                publication.state is CycleState.DONE and posted,
                _cap(publication.note) or ("" if posted else "Chưa ghi ngày niêm yết quyết định công bố"),
            ),
            Criterion(
                "audit_12_months",
                audit is not None,
                "" if audit is not None else "Chưa đánh giá nội bộ trong 12 tháng qua",
            ),
            Criterion(
                "nc_with_action",
                without == 0,
                f"{without:02d} phát hiện chưa có hành động khắc phục" if without else "",
            ),
            Criterion(
                "complaints_resolved",
                unresolved == 0,
                f"{unresolved:02d} phản ánh, kiến nghị chưa giải quyết" if unresolved else "",
            ),
            Criterion(
                "legal_updates_on_time",
                updates_overdue == 0,
                f"{updates_overdue:02d} quy trình cập nhật quá hạn" if updates_overdue else "",
            ),
            Criterion(
                "objectives_measured",
                unmeasured == 0,
                f"{unmeasured:02d} kỳ đo mục tiêu chưa có kết quả" if unmeasured else "",
            ),
            Criterion("ca_on_time", overdue == 0, f"{overdue:02d} phiếu HĐKP quá hạn" if overdue else ""),
            Criterion(
                "steering_current", cycle["steering"].state is CycleState.DONE, _cap(cycle["steering"].note)
            ),
            Criterion(
                "plan_objectives_issued",
                not missing_docs,
                f"Chưa ban hành {' và '.join(missing_docs)} năm {today.year}" if missing_docs else "",
            ),
        ]

    def cycle(self, year: int, today: date | None = None) -> list[CycleItem]:
        today = today or self._clock.today()
        calendar_ = self._agency.report_calendar(year)
        six_month = self._agency.get_reporting().six_month_report
        profile = self._agency.get_profile()
        risks_reviewed = self._risks.reviewed_in_year(year)
        judged = min(date(year, 12, 31), today)
        with self._uow() as uow:
            s = uow.session
            window = warning_window(uow)
            linked = _linked_tasks(s, year)
            due = {k: _due(k, year, linked, calendar_) for k in CYCLE_KEYS}
            done: dict[str, tuple[date | None, tuple[str, int | None] | None]] = {
                "plan": _signed(s, m.AnnualPlan, year, "plan", today),
                "objectives": _signed(s, m.ObjectiveSet, year, "objectives", today),
                "risks": _risks_done(s, year) if risks_reviewed else (None, None),
                "report_h1": _report_sent(s, m.ReportKind.H1, year, today),
                "report_year": _report_sent(s, m.ReportKind.YEAR, year, today),
            }
            audit = s.scalars(
                select(m.Audit)
                .where(m.Audit.end_on >= date(year, 1, 1), m.Audit.end_on <= min(today, date(year, 12, 31)))
                .order_by(m.Audit.end_on)
            ).first()
            done["audit"] = (audit.end_on, ("audit", audit.id)) if audit is not None else (None, None)
            review = None
            if audit is not None:
                review = s.scalars(
                    select(m.ManagementReview)
                    .where(
                        m.ManagementReview.held_on > audit.end_on,
                        m.ManagementReview.held_on <= min(today, date(year, 12, 31)),
                    )
                    .order_by(m.ManagementReview.held_on)
                ).first()
            done["review"] = (review.held_on, ("review", review.id)) if review is not None else (None, None)
            steering = _steering(s, judged)
            publication = _publication(s, judged, profile.full_name if profile else "")
        items = []
        for key in CYCLE_KEYS:
            if key == "report_h1" and not six_month:
                items.append(CycleItem(key, CycleState.NOT_APPLICABLE, None))
                continue
            if key in ("steering", "publication"):
                ok, done_on, record, note = steering if key == "steering" else publication
                state = CycleState.DONE if ok else CycleState.LATE
                items.append(CycleItem(key, state, due[key], done_on if ok else None, record, note))
                continue
            done_on, record = done[key]
            items.append(
                CycleItem(key, state_of(due[key], done_on, today, window), due[key], done_on, record)
            )
        return items


@dataclass(frozen=True)
class Criterion:
    """One inspection-readiness criterion: passed or not, and what is missing (empty when passed)."""

    key: str
    passed: bool
    gap: str = ""


@dataclass(frozen=True)
class DueItem:
    """Something late or due soon: ``type`` is the record type key that opens it."""

    type: str
    id: int
    title: str
    due_on: date


@dataclass(frozen=True)
class StatusView:
    """What the home page shows: the year's checklist, what is late and due soon, readiness."""

    cycle: list[CycleItem]
    late: list[DueItem]
    soon: list[DueItem]
    readiness: list[Criterion]


MEASUREMENT_GRACE_DAYS = 15  # a period's measurement is due this many days after the period ends


def _measurements_due(s: Any) -> list[DueItem]:
    """Every ended period of every objective without its measurement, due 15 days after it ends."""
    out = []
    measured_periods: dict[int, set[int]] = {}
    for objective_id, period in s.execute(select(m.Measurement.objective_id, m.Measurement.period)):
        measured_periods.setdefault(objective_id, set()).add(period)
    for o in s.scalars(select(m.Objective)):
        measured = measured_periods.get(o.id, set())
        for period in range(1, period_count(o.frequency) + 1):
            if period in measured:
                continue
            end = period_bounds(o.year, o.frequency, period)[1]
            out.append(
                DueItem(
                    "objective",
                    o.id,
                    f"Đo kết quả kỳ {period}/{o.year}: {o.statement}",
                    end + timedelta(days=MEASUREMENT_GRACE_DAYS),
                )
            )
    return out


def _everything_due(s: Any, services: Any, today: date) -> list[DueItem]:
    items: list[DueItem] = []
    ca = m.CorrectiveAction
    for x in s.scalars(select(ca).where(ca.status.in_(ca_rules.OPEN_STATUSES))):
        items.append(
            DueItem(
                "corrective_action",
                x.id,
                f"Phiếu {ca_rules.ca_number(x.seq, x.year)}: {x.description}",
                x.due_on,
            )
        )
    for r in services.legal.list_impacts(open_only=True, today=today):
        if r.due_on is not None and r.status is m.ImpactStatus.OPEN:
            items.append(
                DueItem("legal_update", r.id, f"Cập nhật {r.document_code} theo {r.legal_number}", r.due_on)
            )
    for plan in s.scalars(select(m.AnnualPlan)):
        for t in plan.tasks:
            deadline = task_deadline(plan.year, t)
            if deadline is not None and t.status is not m.TaskStatus.DONE:
                items.append(DueItem("plan_task", t.id, t.content, deadline))
    items += _measurements_due(s)
    d = m.ReviewDecision
    for x in s.scalars(select(d).where(d.status == m.DecisionStatus.OPEN, d.due_on.is_not(None))):
        items.append(DueItem("review", x.review_id, f"Quyết định sau xem xét: {x.text}", x.due_on))
    r = m.Risk
    for x in s.scalars(select(r).where(r.status == m.RiskStatus.OPEN, r.review_on.is_not(None))):
        items.append(DueItem("risk", x.id, f"Xem xét lại: {x.title}", x.review_on))
    return items


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---- rules ---------------------------------------------------------------------------------------
def _linked_tasks(s: Any, year: int) -> dict[str, m.PlanTask]:
    plan = s.scalars(select(m.AnnualPlan).where(m.AnnualPlan.year == year)).first()
    out: dict[str, m.PlanTask] = {}
    for task in plan.tasks if plan is not None else []:
        if task.cycle_key and task.cycle_key not in out:
            out[task.cycle_key] = task
    return out


def _due(key: str, year: int, linked: dict[str, m.PlanTask], calendar_: Any) -> date | None:
    task = linked.get(key)
    if task is not None and key not in ("steering", "publication"):
        deadline = task_deadline(year, task)
        if deadline is not None:
            return deadline
    return default_due(key, year, calendar_)


def _signed(
    s: Any, model: Any, year: int, page: str, today: date
) -> tuple[date | None, tuple[str, int | None] | None]:
    row = s.scalars(select(model).where(model.year == year)).first()
    if row is None or row.signed_on is None or row.signed_on > today:
        return None, None
    return row.signed_on, (page, year)


def _risks_done(s: Any, year: int) -> tuple[date | None, tuple[str, int | None] | None]:
    """Reviewed in the year's first quarter: done on the last day a risk was assessed or evaluated
    in that quarter."""
    start, end = date(year, 1, 1), date(year, 3, 31)
    days = list(s.scalars(select(m.RiskEvaluation.on).where(m.RiskEvaluation.on.between(start, end))))
    days += list(s.scalars(select(m.Risk.identified_on).where(m.Risk.identified_on.between(start, end))))
    return (max(days) if days else end), ("risks", None)


def _report_sent(
    s: Any, kind: m.ReportKind, year: int, today: date
) -> tuple[date | None, tuple[str, int | None] | None]:
    r = m.QmsReport
    row = s.scalars(
        select(r)
        .where(r.kind == kind, r.year == year, r.status == m.ReportStatus.SENT, r.sent_on <= today)
        .order_by(r.sent_on)
    ).first()
    return (row.sent_on, ("report", row.id)) if row is not None else (None, None)


def _in_force(s: Any, model: Any, on: date) -> Any:
    """The decision of ``model`` in force on ``on``: the last one signed by then."""
    return s.scalars(
        select(model).where(model.signed_on <= on).order_by(model.signed_on.desc(), model.id.desc())
    ).first()


def _steering(s: Any, on: date) -> tuple[bool, date | None, tuple[str, int | None] | None, str]:
    d = _in_force(s, m.SteeringDecision, on)
    if d is None:
        return False, None, None, "chưa có quyết định thành lập Ban chỉ đạo"
    member = m.SteeringMember
    inactive = int(
        s.scalar(
            select(func.count())
            .select_from(member)
            .join(m.Person, m.Person.id == member.person_id)
            .where(member.decision_id == d.id, m.Person.active.is_(False))
        )
        or 0
    )
    note = f"{inactive:02d} thành viên đã nghỉ, cần kiện toàn" if inactive else ""
    return not inactive, d.signed_on, ("steering", d.id), note


def _publication(s: Any, on: date, name: str) -> tuple[bool, date | None, tuple[str, int | None] | None, str]:
    p = _in_force(s, m.PublicationDecision, on)
    if p is None:
        return False, None, None, "chưa công bố"
    record = ("publications", p.id)
    later_scope = s.scalars(
        select(m.ScopeVersion.id).where(
            m.ScopeVersion.effective_on > p.signed_on, m.ScopeVersion.effective_on <= on
        )
    ).first()
    if later_scope is not None:
        return False, p.signed_on, record, "phạm vi áp dụng đã thay đổi sau lần công bố, cần công bố lại"
    if not p.agency_name.strip():
        return False, p.signed_on, record, "cần xác nhận tên cơ quan ghi trong quyết định công bố"
    if " ".join(p.agency_name.split()).casefold() != " ".join(name.split()).casefold():
        return False, p.signed_on, record, "tên cơ quan đã thay đổi sau lần công bố, cần công bố lại"
    return True, p.signed_on, record, ""


# ---- JSON (``status --format json``) ----------------------------------------------------------------
def status_json(service: StatusService, year: int, today: date) -> dict[str, Any]:
    late, soon = service.late_and_due_soon(today)
    criteria = service.readiness(today)

    def due(x: DueItem) -> dict[str, Any]:
        return {"type": x.type, "id": x.id, "title": x.title, "due_on": x.due_on.isoformat()}

    return {
        "year": year,
        "today": today.isoformat(),
        "cycle": [
            {
                "key": x.key,
                "state": x.state.value,
                "due_on": x.due_on.isoformat() if x.due_on else None,
                "done_on": x.done_on.isoformat() if x.done_on else None,
                "record": {"type": x.record[0], "id": x.record[1]} if x.record else None,
                "note": x.note or None,
            }
            for x in service.cycle(year, today)
        ],
        "late": [due(x) for x in late],
        "due_soon": [due(x) for x in soon],
        "readiness": {
            "passed": sum(c.passed for c in criteria),
            "total": len(criteria),
            "criteria": [{"key": c.key, "passed": c.passed, "gap": c.gap or None} for c in criteria],
        },
    }
