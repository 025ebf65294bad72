"""Báo cáo 6 tháng / năm về HTQLCL: every figure of the report's JSON against counts made here from
known records put on both sides of each boundary (the day before the period, its first day, the
cut-off, the day after), for both kinds and both period conventions; an empty period; a period
across the year's end; the cut-off rules; the life cycle (draft → signed → sent, corrections, one
draft per kind and year); a sent report that stays as sent; an export that saves nothing; the
records behind each figure."""

from __future__ import annotations

import calendar
import dataclasses
import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import pytest

from app import models as m
from app.messages import message
from app.services import dto, vocabulary
from app.services.areas import ExportRequest
from app.services.audits import AuditFields, FindingFields
from app.services.corrective_actions import ActionFields, CaFields, VerificationFields
from app.services.errors import DomainError, ValidationError
from app.services.inspections import InspectionFields
from app.services.reports import FIGURE_KEYS, ReportFields, report_json
from app.services.reviews import DecisionFields, ReviewFields
from app.services.satisfaction import ComplaintFields, SurveyFields
from app.services.training import TrainingFields
from app.services.tthc_results import TthcResultFields

Y = 2026
ONE = timedelta(days=1)
D09, CAL = m.PeriodConvention.DECREE_09, m.PeriodConvention.CALENDAR
H1, YEAR = m.ReportKind.H1, m.ReportKind.YEAR
RS = m.ReportStatus
DT = m.DocumentType

# The data periods of year Y, written out here (not taken from app.services.periods).
PERIODS = {
    (D09, H1): (date(Y - 1, 12, 15), date(Y, 6, 14)),
    (D09, YEAR): (date(Y - 1, 12, 15), date(Y, 12, 14)),
    (CAL, H1): (date(Y, 1, 1), date(Y, 6, 30)),
    (CAL, YEAR): (date(Y, 1, 1), date(Y, 12, 31)),
}

# The figures the issue asks the JSON to hold.
REQUIRED_FIGURES = (
    "tthc_in_jurisdiction",
    "tthc_covered",
    "internal_procedures",
    "procedures_new",
    "procedures_amended",
    "procedures_obsoleted",
    "updates_overdue",
    "audits_held",
    "findings_by_type",
    "ca_opened",
    "ca_closed",
    "ca_overdue",
    "inspections",
    "recommendations_open",
    "recommendations_closed",
    "reviews_held",
    "publications",
    "satisfaction_percent",
    "complaints_received",
    "complaints_well_founded",
    "complaints_resolved",
    "objectives_met",
    "objectives_not_met",
    "objectives_at_risk",
    "objectives_on_track",
    "objectives_not_measured",
    "training_sessions",
    "training_attendees",
    "tthc_received",
    "tthc_on_time",
    "tthc_late",
    "tthc_on_time_percent",
    "plan_tasks_done",
    "plan_tasks_total",
)


# ---- helpers -------------------------------------------------------------------------------------
def _reporting(services, convention: m.PeriodConvention = D09, six_month: bool = True) -> None:  # type: ignore[no-untyped-def]
    settings = services.agency.get_reporting()
    services.agency.update_reporting(
        dataclasses.replace(settings, period_convention=convention, six_month_report=six_month)
    )


def _plus_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _percent(part: int, whole: int) -> float | None:
    return None if whole == 0 else round(100 * part / whole, 1)


def _message_of(caught: pytest.ExceptionInfo[DomainError]) -> str:
    text = message(caught.value)
    assert text and "." in text and "report." not in text, text  # a sentence, not a code
    return text


@dataclass
class Known:
    """Known records around one period: ``start`` and the cut-off ``cut``; ``b`` the day before
    the period, ``a`` the day after the cut-off. Each record's dates are noted as it is created,
    and the expected figures are counted from those notes (``expected``)."""

    services: Any
    start: date
    cut: date
    today: date
    cas: list[tuple[date, date, date | None, date | None]] = field(default_factory=list)
    legal: list[date] = field(default_factory=list)
    impacts: list[tuple[date, date | None]] = field(default_factory=list)  # (legal effective, closed)
    internal: dict[int, tuple[date, date | None]] = field(default_factory=dict)  # (first issue, obsolete)
    complaints: list[tuple[date, m.ComplaintRuling, date | None]] = field(default_factory=list)
    n: int = 0

    @property
    def b(self) -> date:
        return self.start - ONE

    @property
    def a(self) -> date:
        return self.cut + ONE

    @property
    def four(self) -> tuple[date, date, date, date]:
        return (self.b, self.start, self.cut, self.a)

    def inside(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.cut

    def by_cut(self, day: date | None) -> bool:
        return day is not None and day <= self.cut

    def code(self, prefix: str) -> str:
        self.n += 1
        return f"{prefix}-{self.n:02d}"

    def at(self, day: date, call, *args, **kw):  # type: ignore[no-untyped-def]
        """``call`` made with the clock on ``day`` (a document made obsolete that day)."""
        self.services.clock.pin(day)
        try:
            return call(*args, **kw)
        finally:
            self.services.clock.pin(self.today)

    # ---- documents -----------------------------------------------------------------------------
    def document(
        self, doc_type: m.DocumentType, issues: list[date], tthc: tuple[str, ...] = ()
    ) -> tuple[int, list[int]]:
        docs = self.services.documents
        prefix = {DT.TTHC_PROCEDURE: "QT", DT.INTERNAL_PROCEDURE: "QTNB", DT.FORM: "BM"}[doc_type]
        code = self.code(prefix)
        doc = docs.save_document(
            dto.DocumentFields(code=code, title=f"Tài liệu {code}", doc_type=doc_type, tthc_codes=tthc)
        )
        revisions = [
            docs.issue_revision(
                doc.id, dto.RevisionFields(issue_number=n, issued_on=day, effective_on=day)
            ).id
            for n, day in enumerate(issues, 1)
        ]
        if doc_type is DT.INTERNAL_PROCEDURE:
            self.internal[doc.id] = (issues[0], None)
        return doc.id, revisions

    def obsolete(self, document_id: int, day: date) -> None:
        self.at(day, self.services.documents.set_status, document_id, m.DocumentStatus.OBSOLETE)
        if document_id in self.internal:
            self.internal[document_id] = (self.internal[document_id][0], day)

    def legal_document(self, effective: date) -> int:
        self.legal.append(effective)
        return self.services.legal.save_legal(
            dto.LegalFields(
                kind=m.LegalKind.LAW,
                number=f"{self.code('VB')}/NĐ-CP",
                title="Văn bản quy định thủ tục hành chính",
                effective_on=effective,
            )
        ).id

    def impact(self, legal_id: int, document_id: int) -> int:
        self.services.legal.link_documents(legal_id, [document_id])
        rows = self.services.legal.list_impacts(document_id=document_id)
        return next(r.id for r in rows if r.legal_document_id == legal_id)

    # ---- requests ------------------------------------------------------------------------------
    def request(self, raised: date, due: date, **kw: Any) -> int:
        ca_id = self.services.corrective_actions.create(
            CaFields(
                raised_on=raised,
                source=kw.pop("source", m.CaSource.SELF),
                description="Hồ sơ trả kết quả trễ hạn",
                due_on=due,
                **kw,
            )
        )
        self.cas.append((raised, due, None, None))
        return ca_id

    def closed_request(self, raised: date, due: date, closed: date) -> None:
        cas = self.services.corrective_actions
        ca_id = cas.create(
            CaFields(
                raised_on=raised,
                source=m.CaSource.SELF,
                department_id=self.department,
                found_by="Trần Thị Lan",
                found_on=raised,
                description="Hồ sơ trả kết quả trễ hạn",
                root_cause="Chưa phân công theo dõi hạn",
                due_on=due,
            )
        )
        cas.move(ca_id, "analyse", on=raised)
        action = cas.add_action(
            ca_id, ActionFields(description="Rà soát quy trình", owner="Lê Văn Hùng", due_on=due)
        )
        cas.move(ca_id, "implement", on=raised)
        cas.set_action_completed(action, closed)
        cas.verify(ca_id, VerificationFields(by="Nguyễn Văn An", on=closed, effective=True))
        self.cas.append((raised, due, closed, None))

    def cancelled_request(self, raised: date, due: date, cancelled: date) -> None:
        cas = self.services.corrective_actions
        ca_id = cas.create(
            CaFields(raised_on=raised, source=m.CaSource.SELF, description="Trùng phiếu", due_on=due)
        )
        cas.move(ca_id, "cancel", on=cancelled, reason="Trùng với phiếu khác")
        self.cas.append((raised, due, None, cancelled))

    @property
    def department(self) -> int:
        found = self.services.organization.list_departments()
        if found:
            return int(found[0].id)
        return int(self.services.organization.save_department(dto.DepartmentFields(name="Văn phòng")).id)

    # ---- the expected figures -------------------------------------------------------------------
    def ca_expected(self) -> dict[str, int]:
        def open_at_cut(raised: date, closed: date | None, cancelled: date | None) -> bool:
            return self.by_cut(raised) and not self.by_cut(closed) and not self.by_cut(cancelled)

        still = [(r, d, c, x) for r, d, c, x in self.cas if open_at_cut(r, c, x)]
        return {
            "ca_opened": sum(self.inside(r) for r, _d, _c, _x in self.cas),
            "ca_closed": sum(self.inside(c) for _r, _d, c, _x in self.cas),
            "ca_open": len(still),
            "ca_overdue": sum(d < self.cut for _r, d, _c, _x in still),
        }


def build(services, start: date, cut: date) -> tuple[Known, dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Records on both sides of every boundary of ``start``–``cut``; returns the figures expected,
    counted from the records' dates as they were written here."""
    today = cut + timedelta(days=40)
    services.clock.pin(today)
    k = Known(services, start, cut, today)
    b, s, c, a = k.four
    long_ago = start - timedelta(days=200)
    ex: dict[str, Any] = {}

    # -- the TTHC catalogue: five in the agency's jurisdiction, one not
    tthc = services.tthc
    codes = {name: f"1.00{i:04d}" for i, name in enumerate(("J1", "J2", "J3", "J4", "J5", "N1"), 1)}
    for name, code in codes.items():
        tthc.save_tthc(dto.TthcFields(code=code, name=f"Thủ tục {name}", in_jurisdiction=name != "N1"))
    ex["tthc_in_jurisdiction"] = 5

    # -- procedures new: a TTHC procedure's issue 1 on each of the four days; an internal one at s
    new = {}
    links = {s: (codes["J1"],), c: (codes["N1"],), a: (codes["J2"],)}
    for day in k.four:
        new[day] = k.document(DT.TTHC_PROCEDURE, [day], links.get(day, ()))
    k.document(DT.INTERNAL_PROCEDURE, [s])
    # a form issued twice in the period is no procedure
    k.document(DT.FORM, [s, c])
    ex["procedures_new"] = 2 + 1

    # -- procedures amended: internal procedures issued long ago, issue 2 on each day; one amended
    # twice in the period (counted once); a TTHC procedure whose issue 2 closes a legal update
    amended = {}
    for day in k.four:
        amended[day], _ = k.document(DT.INTERNAL_PROCEDURE, [long_ago, day])
    k.document(DT.INTERNAL_PROCEDURE, [long_ago, s, c])
    docs = services.documents
    legal_in = k.legal_document(s - timedelta(days=10))
    legal_out = k.legal_document(s - timedelta(days=10))
    for legal_id, day in ((legal_in, c), (legal_out, a)):
        doc_id, _ = k.document(DT.TTHC_PROCEDURE, [long_ago])
        impact = k.impact(legal_id, doc_id)
        docs.issue_revision(
            doc_id,
            dto.RevisionFields(issue_number=2, issued_on=day, effective_on=day),
            close_impacts=[impact],
        )
        k.impacts.append((s - timedelta(days=10), day))
    # the legal document behind a new procedure's issue 1 (closed with that issue afterwards)
    legal_new = k.legal_document(s - timedelta(days=5))
    doc_id, (first_issue,) = new[s]
    services.legal.close_with_revision(k.impact(legal_new, doc_id), first_issue)
    k.impacts.append((s - timedelta(days=5), s))
    ex["procedures_amended"] = 2 + 1 + 1
    ex["procedures_legal"] = 2  # legal_new (issue 1 at s) and legal_in (issue 2 at c)

    # -- procedures made obsolete, the clock on the day; one entered obsolete (no day)
    for day in k.four:
        doc_id, _ = k.document(
            DT.TTHC_PROCEDURE, [long_ago], (codes["J3"],) if day == a else (codes["J5"],) if day == c else ()
        )
        k.obsolete(doc_id, day)
    for day in (c, a):
        doc_id, _ = k.document(DT.INTERNAL_PROCEDURE, [long_ago])
        k.obsolete(doc_id, day)
    form_id, _ = k.document(DT.FORM, [long_ago])
    k.obsolete(form_id, s)
    docs.save_document(
        dto.DocumentFields(
            code="QT-CU", title="Quy trình cũ", doc_type=DT.TTHC_PROCEDURE, status=m.DocumentStatus.OBSOLETE
        )
    )
    ex["procedures_obsoleted"] = 2 + 1  # TTHC ones at s and c, the internal one at c
    ex["procedures_obsolete_undated"] = 1
    # an internal procedure issued after the cut-off is not in force at it
    k.document(DT.INTERNAL_PROCEDURE, [a])
    ex["internal_procedures"] = sum(
        k.by_cut(first) and not k.by_cut(gone) for first, gone in k.internal.values()
    )
    # In force at the cut-off: J1's (new at s); J3's (made obsolete after the cut-off). Not J2's
    # (issued after it), not J5's (obsolete on it), not J4 (no procedure), not N1 (not ours).
    ex["tthc_covered"] = 2

    # -- procedure updates after legal changes, as they stood at the cut-off
    some_procedure = amended[b]
    for effective, closed in (
        (c - timedelta(days=120), None),
        (c - timedelta(days=120), a),  # closed after the cut-off: open then
        (c - timedelta(days=120), c),  # closed on it
        (c - timedelta(days=30), None),  # not due yet
    ):
        legal_id = k.legal_document(effective)
        impact = k.impact(legal_id, some_procedure)
        if closed is not None:
            services.legal.close_no_change(impact, "Không thay đổi thủ tục", closed)
        k.impacts.append((effective, closed))
    due_on_cut = _plus_months(c, -3)
    if _plus_months(due_on_cut, 3) == c:  # due on the cut-off itself: not overdue yet
        k.impact(k.legal_document(due_on_cut), some_procedure)
        k.impacts.append((due_on_cut, None))
    for day in k.four:
        k.legal_document(day)
    ex["legal_effective"] = sum(k.inside(day) for day in k.legal)
    ex["updates_overdue"] = sum(
        (closed is None or closed > c) and _plus_months(effective, 3) < c for effective, closed in k.impacts
    )

    # -- QMS documents issued: policy versions, objective decisions, annual plans
    qms = services.qms
    for day in k.four:
        qms.save_policy_version(dto.TextVersionFields(effective_on=day, text=f"Chính sách chất lượng {day}"))
    for year, day in zip((Y - 1, Y, Y + 1, Y + 2), k.four, strict=True):
        services.objectives.save_meta(year, dto.DocumentMeta(number=f"{year % 100}", signed_on=day))
        services.plans.create_plan(year, with_default_tasks=False)
        services.plans.save_plan(year, dto.PlanFields(signed_on=day))
    ex["policy_issued"] = ex["objectives_issued"] = ex["plan_issued"] = 2

    # -- plan tasks of year Y, judged at the cut-off
    done = m.TaskStatus.DONE
    for content, status, completed in (
        ("Xong trước kỳ", done, b),
        ("Xong đúng ngày chốt", done, c),
        ("Xong sau ngày chốt", done, a),
        ("Chưa làm", m.TaskStatus.NOT_STARTED, None),
    ):
        services.plans.save_task(
            Y, dto.TaskFields(content=content, quarter=4, status=status, completed_on=completed)
        )
    ex["plan_tasks_done"], ex["plan_tasks_total"] = 2, 4

    # -- quality objectives of year Y: their status at the cut-off
    o = services.objectives
    quarter, whole = m.Frequency.QUARTER, m.Frequency.YEAR
    for statement, frequency, values in (
        ("Chưa đo", quarter, {}),
        ("Đạt quý 1", quarter, {1: 95}),
        ("Chưa đạt quý 1", quarter, {1: 80}),
        ("Đạt cả năm", whole, {1: 95}),
        ("Không đạt cả năm", whole, {1: 50}),
        ("Đạt quý 3", quarter, {3: 95}),  # not measured before 01/7
        ("Không đạt quý 4", quarter, {4: 50}),  # the year's last period: decided from 01/10
    ):
        info = o.save_objective(
            dto.ObjectiveFields(year=Y, statement=statement, unit="%", target=90, frequency=frequency)
        )
        for period, value in values.items():
            o.record_measurement(info.id, dto.MeasurementFields(period=period, value=value))
    if c < date(Y, 7, 1):
        counts = {"not_measured": 3, "on_track": 1, "at_risk": 1, "met": 1, "not_met": 1}
    else:
        assert c >= date(Y, 10, 1)
        counts = {"not_measured": 1, "on_track": 2, "at_risk": 1, "met": 1, "not_met": 2}
    ex |= {f"objectives_{name}": n for name, n in counts.items()}
    ex["objectives_total"] = 7

    # -- internal audits (held when their last day falls in the period) and their findings
    audits = services.audits
    by_type: dict[str, int] = {}
    extra = {s: [m.FindingType.OFI], c: [m.FindingType.NC_MINOR, m.FindingType.OBSERVATION]}
    for day in k.four:
        audit = audits.create_audit(AuditFields(start_on=day - 2 * ONE, end_on=day, scope="Toàn cơ quan"))
        for kind in [m.FindingType.NC_MAJOR, *extra.get(day, [])]:
            audits.add_finding(FindingFields(audit_id=audit, type=kind, description="Phát hiện"))
            if k.inside(day):
                by_type[kind.value] = by_type.get(kind.value, 0) + 1
    ex["audits_held"] = 2

    # -- upstream inspections and their recommendations at the cut-off
    insp = services.inspections
    inspection = {}
    for day in k.four:
        inspection[day] = insp.create(InspectionFields(on=day, body="Sở Khoa học và Công nghệ"))

    def recommendation(day: date) -> int:
        return int(insp.add_recommendation(inspection[day], FindingFields(description="Cập nhật quy trình")))

    recommendation(b)
    recommendation(a)
    audits.close_finding(recommendation(s), c, "Đã cập nhật")  # closed on the cut-off
    audits.close_finding(recommendation(s), a, "Đã cập nhật")  # closed after it: open then
    answered = recommendation(c)
    k.request(c, c + 30 * ONE, source=m.CaSource.INSPECTION, finding_ids=(answered,))
    late = recommendation(c)
    k.request(a, a + 30 * ONE, source=m.CaSource.INSPECTION, finding_ids=(late,))
    recommendation(c)  # no action at all
    by_type["recommendation"] = 5
    ex["inspections"] = 2
    ex["recommendations_closed"], ex["recommendations_open"] = 2, 3
    ex["findings_by_type"] = dict(sorted(by_type.items()))

    # -- corrective action requests
    for day in k.four:
        k.request(day, day + 30 * ONE)
    k.request(s - 30 * ONE, c - ONE)  # open at the cut-off, due the day before: overdue
    k.request(s - 30 * ONE, c)  # due on the cut-off: not overdue yet
    for day in k.four:
        k.closed_request(s - 60 * ONE, s - 40 * ONE, day)
    k.cancelled_request(s - 60 * ONE, s - 40 * ONE, c)
    k.cancelled_request(s - 60 * ONE, s - 40 * ONE, a)
    ex |= k.ca_expected()

    # -- management reviews and their decisions
    reviews = services.reviews
    decisions = {b: 1, s: 2, c: 1, a: 1}
    for day in k.four:
        review = reviews.create(ReviewFields(held_on=day))
        for i in range(decisions[day]):
            reviews.add_decision(review, DecisionFields(text=f"Quyết định {i + 1}"))
    ex["reviews_held"], ex["review_decisions"] = 2, 3

    # -- publication decisions
    for i, day in enumerate(k.four):
        kind = m.PublicationKind.INITIAL if i == 0 else m.PublicationKind.REPUBLICATION
        qms.save_publication(
            dto.PublicationFields(
                kind=kind,
                number=f"{10 + i}/QĐ-UBND",
                signed_on=day,
                reason="" if i == 0 else "Sửa đổi quy trình",
            )
        )
    ex["publications"] = 2

    # -- satisfaction surveys (by their last day), pooled
    sat = services.satisfaction
    surveys = (
        (b - 20 * ONE, b, (5, 5, 0, 0)),
        (s - 20 * ONE, s, (20, 25, 5, 0)),
        (c - 5 * ONE, c, (0, 15, 5, 10)),
        (c - 3 * ONE, a, (40, 0, 0, 0)),
    )
    answered_total = satisfied_total = surveys_in = 0
    for first, last, (very, happy, neutral, unhappy) in surveys:
        sat.create_survey(
            SurveyFields(
                from_on=first,
                to_on=last,
                forms=100,
                very_satisfied=very,
                satisfied=happy,
                neutral=neutral,
                dissatisfied=unhappy,
            )
        )
        if k.inside(last):
            surveys_in += 1
            answered_total += very + happy + neutral + unhappy
            satisfied_total += very + happy
    ex["satisfaction_surveys"], ex["satisfaction_answered"] = surveys_in, answered_total
    ex["satisfaction_percent"] = _percent(satisfied_total, answered_total)
    assert ex["satisfaction_percent"] == 75.0  # 60 of 80 in every case

    # -- complaints
    R = m.ComplaintRuling
    for received, ruling, resolved in (
        (b, R.FOUNDED, s),
        (s, R.FOUNDED, c),
        (s, R.UNFOUNDED, s),
        (c, R.PARTLY_FOUNDED, a),  # resolved after the cut-off
        (c, R.PENDING, None),
        (a, R.FOUNDED, a),
    ):
        sat.create_complaint(
            ComplaintFields(
                received_on=received, content="Chậm trả kết quả", ruling=ruling, resolved_on=resolved
            )
        )
        k.complaints.append((received, ruling, resolved))
    inside = [x for x in k.complaints if k.inside(x[0])]
    ex["complaints_received"] = len(inside)
    ex["complaints_well_founded"] = sum(r in (R.FOUNDED, R.PARTLY_FOUNDED) for _d, r, _x in inside)
    ex["complaints_resolved"] = sum(k.by_cut(x) for _d, _r, x in inside)

    # -- training sessions and attendees
    people = [
        services.organization.save_person(dto.PersonFields(full_name=f"Công chức {i}")).id for i in range(5)
    ]
    sizes = {b: 2, s: 3, c: 2, a: 4}
    for day in k.four:
        services.training.create(
            TrainingFields(on=day, title="Tập huấn ISO", type=m.TrainingType.AWARENESS, hours=4),
            people[: sizes[day]],
        )
    ex["training_sessions"], ex["training_attendees"] = 2, sizes[s] + sizes[c]

    # -- TTHC results: only rows wholly inside the period count (two fields, no whole-agency row)
    results = services.tthc_results
    rows = (
        ("Hộ tịch", b, s + 9 * ONE, (300, 30, 200, 70), False),
        ("Hộ tịch", s + 10 * ONE, c, (100, 10, 70, 20), True),
        ("Chứng thực", s, c - 5 * ONE, (50, 0, 45, 5), True),
        ("Chứng thực", c - 4 * ONE, a, (500, 0, 100, 400), False),
    )
    received = on_time = late_files = 0
    for name, first, last, (got, early, in_time, late_n), counted in rows:
        results.create(
            TthcResultFields(
                from_on=first, to_on=last, field=name, received=got, early=early, on_time=in_time, late=late_n
            )
        )
        if counted:
            received += got
            on_time += early + in_time
            late_files += late_n
    ex["tthc_received"], ex["tthc_on_time"], ex["tthc_late"] = received, on_time, late_files
    ex["tthc_on_time_percent"] = _percent(on_time, on_time + late_files)
    assert (received, ex["tthc_on_time_percent"]) == (150, 83.3)
    return k, ex


CASES = [
    pytest.param(D09, H1, None, id="decree09-h1"),
    pytest.param(D09, YEAR, None, id="decree09-year"),
    pytest.param(CAL, H1, None, id="calendar-h1"),
    pytest.param(CAL, YEAR, None, id="calendar-year"),
    # The report dated in March: the cut-off is its date, long before the period's end.
    pytest.param(D09, YEAR, date(Y, 3, 20), id="decree09-year-dated-march"),
    pytest.param(CAL, H1, date(Y, 5, 4), id="calendar-h1-dated-may"),
]


def _composed(services, convention, kind, report_on):  # type: ignore[no-untyped-def]
    """The records of ``build`` around the report's period and cut-off, and the report composed."""
    _reporting(services, convention)
    start, end = PERIODS[(convention, kind)]
    cut = report_on or end
    k, expected = build(services, start, cut)
    reports = services.reports
    report_id = reports.compose(kind, Y)
    if report_on is not None:
        reports.update(report_id, ReportFields(report_on=report_on))
    return k, expected, report_id


@pytest.mark.parametrize(("convention", "kind", "report_on"), CASES)
def test_every_figure_equals_the_count_made_from_the_records(services, agency, convention, kind, report_on):  # type: ignore[no-untyped-def]
    k, expected, report_id = _composed(services, convention, kind, report_on)
    start, end = PERIODS[(convention, kind)]
    data = report_json(services.reports.get(report_id))
    assert (data["kind"], data["year"], data["status"]) == (kind.value, Y, "draft")
    assert (data["period_start"], data["period_end"]) == (start.isoformat(), end.isoformat())
    assert data["cutoff"] == k.cut.isoformat()
    figures = data["figures"]
    assert set(REQUIRED_FIGURES) <= set(figures)
    assert list(figures)[: len(FIGURE_KEYS)] == [x for x in FIGURE_KEYS if x in figures]
    wrong = {key: (figures.get(key), value) for key, value in expected.items() if figures.get(key) != value}
    assert not wrong, wrong  # key: (the report's figure, the count made here)
    # The annual report states each objective's value so far "tính đến ngày …".
    objectives = {x["statement"]: x for x in figures["objectives"]}
    assert len(objectives) == 7
    assert objectives["Đạt quý 1"]["value_so_far"] == 95 and objectives["Chưa đo"]["value_so_far"] is None
    statuses = [x["status"] for x in objectives.values()]
    for name in ("not_measured", "on_track", "at_risk", "met", "not_met"):
        assert statuses.count(name) == expected[f"objectives_{name}"], name
    assert objectives["Đạt quý 3"]["value_so_far"] == (95 if k.cut >= date(Y, 7, 1) else None)
    # The facts the prose cites list the same records as the counts.
    facts = figures["facts"]
    assert len(facts["audits"]) == figures["audits_held"]
    assert len(facts["findings"]) == sum(figures["findings_by_type"].values())
    assert len(facts["inspections"]) == figures["inspections"]
    assert len(facts["reviews"]) == figures["reviews_held"]
    assert sum(len(r["decisions"]) for r in facts["reviews"]) == figures["review_decisions"]
    assert len(facts["publications"]) == figures["publications"]
    assert len(facts["training"]) == figures["training_sessions"]
    assert sum(t["attendees"] for t in facts["training"]) == figures["training_attendees"]
    assert len(facts["surveys"]) == figures["satisfaction_surveys"]
    assert len(facts["complaints"]) == figures["complaints_received"]
    changed = facts["procedures_changed"]
    assert (sum(x["new"] for x in changed), sum(not x["new"] for x in changed)) == (
        figures["procedures_new"],
        figures["procedures_amended"],
    )
    assert len(facts["legal_behind"]) == figures["procedures_legal"]
    assert facts["procedures_in_force"]["internal"] == figures["internal_procedures"]
    assert sum(r["overdue"] for r in facts["corrective_actions"]) == figures["ca_overdue"]
    # And the JSON file says the same.
    text = vocabulary.to_json(services.reports.json_data(kind, Y))
    assert json.loads(text)["figures"] == json.loads(json.dumps(figures))


def test_the_records_behind_each_figure_are_as_many_as_it_says(services, agency):  # type: ignore[no-untyped-def]
    from app.services.areas import record_type
    from app.services.figure_records import FIGURE_RECORDS

    _k, _expected, report_id = _composed(services, D09, YEAR, date(Y, 3, 20))
    report = services.reports.get(report_id)
    same = _records_expected(report.figures)
    assert set(same) <= set(FIGURE_RECORDS)
    for key, n in same.items():
        lines = services.reports.figure_records(report_id, key)
        assert len(lines) == n > 0, key
        for line in lines:
            record_type(line.record_type)  # a registry key: the window can open it
            if line.on is not None and key not in ("ca_open", "ca_overdue"):
                assert line.on <= report.cutoff, (key, line)


def _records_expected(f: dict[str, Any]) -> dict[str, int]:
    """The list behind each figure has as many lines as the figure of the same meaning."""
    return {
        "procedures_new": f["procedures_new"],
        "procedures_amended": f["procedures_amended"],
        "procedures_legal": f["procedures_legal"],
        "procedures_obsoleted": f["procedures_obsoleted"],
        "ca_opened": f["ca_opened"],
        "ca_closed": f["ca_closed"],
        "ca_open": f["ca_open"],
        "ca_overdue": f["ca_overdue"],
        "complaints": f["complaints_received"],
        "audits": f["audits_held"],
        "inspections": f["inspections"],
        "findings": sum(f["findings_by_type"].values()),
        "training": f["training_sessions"],
        "reviews": f["reviews_held"],
        "internal_procedures": f["internal_procedures"],
        "tthc_in_jurisdiction": f["tthc_in_jurisdiction"],
        "legal_effective": f["legal_effective"],
        "satisfaction": f["satisfaction_surveys"],
        "objectives": f["objectives_total"],
    }


def test_the_demo_reports_answer_requests_already_made_and_list_their_records(services):  # type: ignore[no-untyped-def]
    """The demo on 01/8: this year's 6-month report sent (across the year's end, 15/12–14/6), the
    annual one a draft that cites no request yet (the Sở asks on 18/11)."""
    import re

    from app.services.demo import fill_demo

    today = date(Y, 8, 1)
    fill_demo(services, today=today)
    reports = services.reports
    for report in reports.list_reports():
        for day, month, year in re.findall(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})", report.request_ref):
            assert date(int(year), int(month), int(day)) <= (report.report_on or today), report.request_ref
    assert reports.find(YEAR, Y).request_ref == ""
    h1 = reports.find(H1, Y)
    assert h1.status is RS.SENT and h1.request_ref.startswith("Công văn số 1235/SKHCN-TĐC ngày 20/5/2026")
    assert h1.period_start == date(Y - 1, 12, 15) and h1.signed_on is not None
    assert h1.cutoff == min(h1.period_end, h1.signed_on)
    counted = 0
    for key, n in _records_expected(h1.figures).items():
        assert len(reports.figure_records(h1.id, key)) == n, key
        counted += n > 0
    assert counted >= 10


# ---- an empty period, a period across the year's end -----------------------------------------------
@pytest.mark.parametrize("convention", [D09, CAL])
@pytest.mark.parametrize("kind", [H1, YEAR])
def test_an_empty_period_counts_zero_and_no_percentage(services, agency, convention, kind):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y + 1, 2, 1))
    _reporting(services, convention)
    reports = services.reports
    figures = report_json(reports.get(reports.compose(kind, Y)))["figures"]
    percentages = {"satisfaction_percent", "tthc_on_time_percent"}
    for key, value in figures.items():
        if key in percentages:
            assert value is None, key
        elif key == "findings_by_type":
            assert value == {}
        elif key == "objectives":
            assert value == []
        elif key == "plan_exists":
            assert value is False
        elif key == "facts":  # nothing dated, nothing listed (the agency has no QMS records at all)
            assert {k for k, v in value.items() if v not in (None, [], {})} <= {
                "procedures_in_force",
                "risks",
            }
            assert not any(value["procedures_in_force"].values()) and not any(value["risks"].values())
        else:
            assert value == 0 and not isinstance(value, bool), (key, value)
    assert percentages | set(REQUIRED_FIGURES) <= set(figures)


def test_a_period_across_the_years_end_counts_a_record_of_december(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 7, 10))
    december = date(Y - 1, 12, 20)
    services.corrective_actions.create(
        CaFields(
            raised_on=december,
            source=m.CaSource.SELF,
            description="Hồ sơ trễ hạn",
            due_on=date(Y - 1, 12, 30),
        )
    )
    services.satisfaction.create_complaint(ComplaintFields(received_on=december, content="Chậm trả kết quả"))
    services.training.create(TrainingFields(on=december, title="Tập huấn", type=m.TrainingType.AWARENESS))
    reports = services.reports
    h1 = reports.get(reports.compose(H1, Y))
    assert (h1.period_start, h1.period_end) == (date(Y - 1, 12, 15), date(Y, 6, 14))
    f = h1.figures
    assert (f["ca_opened"], f["complaints_received"], f["training_sessions"]) == (1, 1, 1)
    assert f["ca_overdue"] == 1  # due 30/12, still open on 14/6
    # The calendar halves start on 01/01: the same record is last year's.
    _reporting(services, CAL)
    reports.refresh(h1.id)
    again = reports.get(h1.id)
    assert (again.period_start, again.period_end) == (date(Y, 1, 1), date(Y, 6, 30))
    assert (again.figures["ca_opened"], again.figures["complaints_received"]) == (0, 0)
    assert again.figures["ca_overdue"] == 1


def test_a_procedure_in_force_again_is_no_longer_counted_as_made_obsolete(services, agency):  # type: ignore[no-untyped-def]
    docs = services.documents
    services.clock.pin(date(Y, 3, 2))
    doc = docs.save_document(
        dto.DocumentFields(code="QTNB-01", title="Quy trình", doc_type=DT.INTERNAL_PROCEDURE)
    )
    docs.issue_revision(
        doc.id,
        dto.RevisionFields(issue_number=1, issued_on=date(Y - 2, 5, 1), effective_on=date(Y - 2, 5, 1)),
    )
    docs.set_status(doc.id, m.DocumentStatus.OBSOLETE)
    reports = services.reports
    report_id = reports.compose(H1, Y)
    f = reports.get(report_id).figures
    assert (f["procedures_obsoleted"], f["procedures_obsolete_undated"], f["internal_procedures"]) == (
        1,
        0,
        0,
    )
    assert [x.on for x in reports.figure_records(report_id, "procedures_obsoleted")] == [date(Y, 3, 2)]
    services.clock.pin(date(Y, 3, 9))
    docs.set_status(doc.id, m.DocumentStatus.IN_FORCE)
    reports.refresh(report_id)
    f = reports.get(report_id).figures
    assert (f["procedures_obsoleted"], f["procedures_obsolete_undated"], f["internal_procedures"]) == (
        0,
        0,
        1,
    )


# ---- the cut-off ----------------------------------------------------------------------------------------
def test_the_cutoff_is_the_earlier_of_the_periods_end_and_the_reports_date(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 7, 20))
    reports = services.reports
    report_id = reports.compose(H1, Y)
    assert reports.get(report_id).cutoff == date(Y, 6, 14)  # today is after the end
    reports.update(report_id, ReportFields(report_on=date(Y, 6, 2)))
    assert reports.get(report_id).cutoff == date(Y, 6, 2)
    reports.update(report_id, ReportFields(report_on=date(Y, 7, 1)))
    assert reports.get(report_id).cutoff == date(Y, 6, 14)


def test_a_draft_without_a_date_follows_today_on_refresh(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 3, 10))
    reports = services.reports
    report_id = reports.compose(H1, Y)
    assert reports.get(report_id).cutoff == date(Y, 3, 10)
    services.clock.pin(date(Y, 4, 2))
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 3, 12), source=m.CaSource.SELF, description="Trễ hạn")
    )
    assert reports.get(report_id).figures["ca_opened"] == 0  # stored until refreshed
    reports.refresh(report_id)
    report = reports.get(report_id)
    assert (report.cutoff, report.composed_on, report.figures["ca_opened"]) == (
        date(Y, 4, 2),
        date(Y, 4, 2),
        1,
    )
    services.clock.pin(date(Y, 8, 1))
    assert reports.compose(H1, Y) == report_id  # compose on the draft refreshes it
    assert reports.get(report_id).cutoff == date(Y, 6, 14)


def test_an_edited_cutoff_is_kept_on_refresh(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 3, 10))
    reports = services.reports
    report_id = reports.compose(YEAR, Y)
    reports.update(report_id, ReportFields(cutoff=date(Y, 2, 28)))
    services.clock.pin(date(Y, 5, 5))
    reports.refresh(report_id)
    report = reports.get(report_id)
    assert (report.cutoff, report.cutoff_edited) == (date(Y, 2, 28), True)
    assert report.fields().cutoff == date(Y, 2, 28)
    reports.update(report_id, dataclasses.replace(report.fields(), cutoff=None))  # back to automatic
    assert reports.get(report_id).cutoff == date(Y, 5, 5)


def test_an_edited_cutoff_the_new_convention_leaves_out_is_automatic_again(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 3, 10))
    reports = services.reports
    report_id = reports.compose(H1, Y)
    reports.update(report_id, ReportFields(cutoff=date(Y - 1, 12, 20)))
    _reporting(services, CAL)  # the period is now 01/01–30/6
    reports.refresh(report_id)
    report = reports.get(report_id)
    assert (report.period_start, report.cutoff, report.cutoff_edited) == (
        date(Y, 1, 1),
        date(Y, 3, 10),
        False,
    )
    services.clock.pin(date(Y, 4, 1))
    reports.refresh(report_id)
    assert reports.get(report_id).cutoff == date(Y, 4, 1)  # follows today again


def test_a_cutoff_outside_the_period_is_refused(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 7, 20))
    reports = services.reports
    report_id = reports.compose(H1, Y)
    for outside in (date(Y - 1, 12, 14), date(Y, 6, 15)):
        with pytest.raises(ValidationError) as caught:
            reports.update(report_id, ReportFields(cutoff=outside))
        assert caught.value.for_field("cutoff") is not None
        assert _message_of(caught) == "Ngày chốt số liệu phải trong kỳ báo cáo, từ 15/12/2025 đến 14/06/2026."
    assert reports.get(report_id).cutoff == date(Y, 6, 14)


# ---- the life cycle ---------------------------------------------------------------------------------------
@pytest.fixture
def reports(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 7, 20))
    return services.reports


def test_signing_needs_a_number_and_a_date(reports):  # type: ignore[no-untyped-def]
    report_id = reports.compose(H1, Y)
    with pytest.raises(ValidationError) as caught:
        reports.sign(report_id)
    assert caught.value.for_field("number") is not None and caught.value.for_field("report_on") is not None
    with pytest.raises(ValidationError) as caught:
        reports.sign(report_id, "25/BC-UBND")
    assert _message_of(caught) == "Nhập ngày báo cáo trước khi ký."
    with pytest.raises(ValidationError) as caught:
        reports.sign(report_id, "  ", date(Y, 6, 20))
    assert _message_of(caught) == "Nhập số báo cáo trước khi ký."
    with pytest.raises(ValidationError) as caught:
        reports.sign(report_id, "25/BC-UBND", date(Y, 7, 21))
    assert _message_of(caught) == "Ngày ký không được sau hôm nay."
    assert reports.get(report_id).status is RS.DRAFT
    reports.sign(report_id, "25/BC-UBND", date(Y, 6, 20))
    signed = reports.get(report_id)
    assert (signed.status, signed.number, signed.signed_on, signed.report_on) == (
        RS.SIGNED,
        "25/BC-UBND",
        date(Y, 6, 20),
        date(Y, 6, 20),
    )
    assert signed.cutoff == date(Y, 6, 14) and signed.read_only


def test_a_signed_report_is_read_only(services, reports):  # type: ignore[no-untyped-def]
    report_id = reports.compose(H1, Y)
    reports.sign(report_id, "25/BC-UBND", date(Y, 6, 20))
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 5, 5), source=m.CaSource.SELF, description="Trễ hạn")
    )
    for call in (
        lambda: reports.update(report_id, ReportFields(number="26/BC-UBND", report_on=date(Y, 6, 20))),
        lambda: reports.refresh(report_id),
        lambda: reports.sign(report_id, "26/BC-UBND", date(Y, 6, 21)),
    ):
        with pytest.raises(DomainError) as caught:
            call()
        assert caught.value.code == "report.read_only"
        assert _message_of(caught).startswith("Báo cáo đã ký hoặc đã gửi không sửa được nữa.")
    with pytest.raises(DomainError) as caught:
        reports.delete(report_id)
    assert _message_of(caught).startswith("Chỉ xóa được bản dự thảo")
    with pytest.raises(DomainError) as caught:
        reports.compose(H1, Y)
    assert _message_of(caught).startswith("Báo cáo 6 tháng đầu năm 2026 đã ký. Muốn sửa, lập bản sửa đổi")
    report = reports.get(report_id)
    assert (report.number, report.figures["ca_opened"]) == ("25/BC-UBND", 0)


def test_sending_needs_a_signed_report_and_a_date_between_signing_and_today(reports):  # type: ignore[no-untyped-def]
    report_id = reports.compose(H1, Y)
    with pytest.raises(DomainError) as caught:
        reports.send(report_id, date(Y, 6, 21))
    assert _message_of(caught) == "Báo cáo phải được ký trước khi gửi."
    reports.sign(report_id, "25/BC-UBND", date(Y, 6, 20))
    with pytest.raises(ValidationError) as caught:
        reports.send(report_id, date(Y, 6, 19))
    assert _message_of(caught) == "Ngày gửi không được trước ngày ký (20/06/2026)."
    with pytest.raises(ValidationError) as caught:
        reports.send(report_id, date(Y, 7, 21))
    assert _message_of(caught) == "Ngày gửi không được sau hôm nay."
    reports.send(report_id, date(Y, 6, 20))  # the day it was signed
    sent = reports.get(report_id)
    assert (sent.status, sent.sent_on) == (RS.SENT, date(Y, 6, 20))
    assert reports.sent(Y) == {H1: sent}
    with pytest.raises(DomainError):
        reports.send(report_id, date(Y, 6, 22))  # sent once
    assert reports.get(report_id).sent_on == date(Y, 6, 20)


def test_one_draft_per_kind_and_year_and_a_correction_is_a_new_draft(services, reports):  # type: ignore[no-untyped-def]
    report_id = reports.compose(H1, Y)
    assert reports.compose(H1, Y) == report_id
    other = reports.compose(YEAR, Y)
    assert other != report_id
    reports.update(report_id, ReportFields(request_ref="Công văn số 1235/SKHCN-TĐC ngày 20/5/2026"))
    reports.sign(report_id, "25/BC-UBND", date(Y, 6, 20))
    reports.send(report_id, date(Y, 6, 21))
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 5, 5), source=m.CaSource.SELF, description="Trễ hạn")
    )
    copy_id = reports.correct(report_id)
    copy = reports.get(copy_id)
    assert (copy.status, copy.corrects_id, copy.number) == (RS.DRAFT, report_id, "25/BC-UBND")
    assert copy.request_ref == "Công văn số 1235/SKHCN-TĐC ngày 20/5/2026"
    assert copy.figures["ca_opened"] == 1  # taken again
    assert reports.get(report_id).figures["ca_opened"] == 0  # the sent one kept
    assert reports.find(H1, Y).id == copy_id and reports.draft(H1, Y).id == copy_id
    assert reports.json_data(H1, Y)["corrects"] == report_id
    with pytest.raises(DomainError) as caught:
        reports.correct(report_id)
    assert _message_of(caught) == (
        "Báo cáo 6 tháng đầu năm 2026 đang có một bản dự thảo: sửa bản đó, không lập thêm."
    )
    assert reports.compose(H1, Y) == copy_id  # compose refreshes the correction's draft
    reports.delete(copy_id)
    assert reports.find(H1, Y).id == report_id
    assert [r.id for r in reports.list_reports(Y) if r.kind is H1] == [report_id]


def test_the_frame_takes_the_reports_own_texts_over_the_profiles(reports):  # type: ignore[no-untyped-def]
    report_id = reports.compose(YEAR, Y)
    frame = reports.get(report_id).frame
    assert (frame["issuer"], frame["parent_body"]) == (
        "Ủy ban nhân dân xã Tùng Ảnh",
        "Ủy ban nhân dân tỉnh Hà Tĩnh",
    )
    assert (frame["signing_lines"], frame["signer_name"]) == (
        ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
        "Nguyễn Văn An",
    )
    assert frame["request_ref"] == ""
    reports.update(
        report_id,
        ReportFields(
            addressee="Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
            request_ref="Công văn số 2718/SKHCN-TĐC ngày 18/11/2026",
            recipients="Như trên\nLưu: VT, VP",
            signing_lines="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            signer_name="Lê Văn Bình",
        ),
    )
    frame = reports.get(report_id).frame
    assert frame["addressees"] == ["Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"]
    assert frame["request_ref"] == "Công văn số 2718/SKHCN-TĐC ngày 18/11/2026"
    assert frame["recipients"] == ["Như trên", "Lưu: VT, VP"]
    assert (frame["signing_lines"], frame["signer_name"]) == (["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Văn Bình")
    reports.refresh(report_id)  # a refresh keeps the report's own texts
    assert reports.get(report_id).frame == frame


def test_an_agency_asked_for_no_six_month_report(services, reports):  # type: ignore[no-untyped-def]
    assert reports.kinds() == [H1, YEAR]
    _reporting(services, D09, six_month=False)
    assert reports.kinds() == [YEAR]
    with pytest.raises(DomainError) as caught:
        reports.compose(H1, Y)
    assert caught.value.code == "report.not_required"
    assert "không yêu cầu báo cáo 6 tháng" in _message_of(caught)
    assert reports.find(H1, Y) is None
    reports.compose(YEAR, Y)
    assert [r.kind for r in reports.list_reports(Y)] == [YEAR]


# ---- a sent report stays as sent -------------------------------------------------------------------
def test_a_sent_report_keeps_its_json_after_the_records_and_the_agency_change(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 7, 20))
    services.satisfaction.create_complaint(ComplaintFields(received_on=date(Y, 2, 2), content="Chậm"))
    reports = services.reports
    sent_id = reports.compose(H1, Y)
    reports.sign(sent_id, "25/BC-UBND", date(Y, 6, 20))
    reports.send(sent_id, date(Y, 6, 22))
    draft_id = reports.compose(YEAR, Y)
    before = vocabulary.to_json(reports.json_data(H1, Y))
    draft_before = reports.get(draft_id).figures
    assert json.loads(before)["frame"]["issuer"] == "Ủy ban nhân dân xã Tùng Ảnh"

    # The records of the period change…
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 3, 3), source=m.CaSource.SELF, description="Hồ sơ trễ hạn")
    )
    services.satisfaction.create_complaint(ComplaintFields(received_on=date(Y, 4, 4), content="Thái độ"))
    doc = services.documents.save_document(
        dto.DocumentFields(code="QT-09", title="Quy trình mới", doc_type=DT.TTHC_PROCEDURE)
    )
    services.documents.issue_revision(
        doc.id, dto.RevisionFields(issue_number=1, issued_on=date(Y, 5, 5), effective_on=date(Y, 5, 5))
    )
    # …and so does the agency's name.
    profile = services.agency.get_profile()
    fields = dto.AgencyFields(
        **{f.name: getattr(profile, f.name) for f in dataclasses.fields(dto.AgencyFields)}
    )
    services.agency.update_profile(dataclasses.replace(fields, full_name="Ủy ban nhân dân phường Tùng Ảnh"))
    assert services.agency.get_profile().full_name == "Ủy ban nhân dân phường Tùng Ảnh"

    assert vocabulary.to_json(reports.json_data(H1, Y)) == before
    # The draft follows a refresh: the new records and the new name.
    assert reports.get(draft_id).figures == draft_before
    reports.compose(YEAR, Y)
    draft = reports.json_data(YEAR, Y)
    f = draft["figures"]
    assert (f["ca_opened"], f["complaints_received"], f["procedures_new"]) == (
        draft_before["ca_opened"] + 1,
        draft_before["complaints_received"] + 1,
        draft_before["procedures_new"] + 1,
    )
    assert draft["frame"]["issuer"] == "Ủy ban nhân dân phường Tùng Ảnh"


def test_export_with_no_report_stored_composes_in_memory_and_saves_nothing(services, agency, tmp_path):  # type: ignore[no-untyped-def]
    from sqlalchemy import func, select

    from app.services.exports import catalogue

    services.clock.pin(date(Y, 3, 10))
    services.corrective_actions.create(
        CaFields(raised_on=date(Y, 2, 2), source=m.CaSource.SELF, description="Hồ sơ trễ hạn")
    )
    out = tmp_path / "bao-cao.json"
    catalogue.write(services, "report", ExportRequest(fmt="json", out=out, year=Y, variant="h1"))
    data = json.loads(out.read_text("utf-8"))
    assert (data["kind"], data["status"], data["stored"], data["number"]) == ("h1", "draft", False, None)
    assert (data["cutoff"], data["figures"]["ca_opened"]) == ("2026-03-10", 1)
    with services.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(m.QmsReport)) == 0
    assert services.reports.find(H1, Y) is None


def test_a_cut_off_after_the_reports_date_is_refused(services, agency) -> None:  # type: ignore[no-untyped-def]
    import dataclasses as dc

    from app.services.errors import ValidationError

    services.clock.pin(date(2026, 6, 20))
    report_id = services.reports.compose("h1", 2026)
    fields = services.reports.get(report_id).fields()
    with pytest.raises(ValidationError) as caught:
        services.reports.update(
            report_id, dc.replace(fields, report_on=date(2026, 6, 1), cutoff=date(2026, 6, 10))
        )
    assert caught.value.for_field("cutoff").code == "report.cutoff_after_date"
