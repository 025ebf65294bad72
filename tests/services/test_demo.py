"""The demo command's data: a realistic commune written through the services."""

from __future__ import annotations

import dataclasses
import re
import time
import unicodedata
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.bootstrap import AppContext, open_data_dir
from app.messages import message
from app.models import (
    AgencyKind,
    Aggregation,
    Comparison,
    DocumentStatus,
    DocumentType,
    Frequency,
    ImpactStatus,
    LeaderRole,
    LegalKind,
    PeriodConvention,
    PublicationKind,
    SteeringRole,
    TaskStatus,
)
from app.services import dto
from app.services.demo import DemoSummary, fill_demo
from app.services.errors import DomainError
from app.services.objectives import PERIODS, period_bounds
from app.services.plans import DEFAULT_TASKS
from app.services.text import fold

TODAY = date(2026, 3, 15)
REFORM = date(2025, 7, 1)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[AppContext, DemoSummary]]:
    """One scale-1 demo as of TODAY, shared by the tests that only read it."""
    context = open_data_dir(tmp_path_factory.mktemp("demo") / "data", writer=True, program="kiểm thử")
    summary = fill_demo(context.services, today=TODAY)
    yield context, summary
    context.close()


@pytest.fixture
def other_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """A second, independent empty data directory."""
    context = open_data_dir(tmp_path / "other", writer=True, program="kiểm thử")
    yield context
    context.close()


def _all_record_dates(services) -> list[date]:  # type: ignore[no-untyped-def]
    qms = services.qms
    years = services.objectives.years()
    plans = [p for p in (services.plans.get_plan(y) for y in years) if p is not None]
    return [
        *(d.signed_on for d in qms.list_steering_decisions()),
        *(p.signed_on for p in qms.list_publications()),
        *(v.effective_on for v in qms.list_scope_versions()),
        *(v.effective_on for v in qms.list_policy_versions()),
        *(m.signed_on for m in (services.objectives.get_meta(y) for y in years) if m.signed_on),
        *(p.signed_on for p in plans if p.signed_on),
        *(t.completed_on for p in plans for t in p.tasks if t.completed_on),
        *_review_dates(services),
        *(
            d
            for r in services.reports.list_reports()
            for d in (r.report_on, r.signed_on, r.sent_on, r.cutoff)
            if d is not None
        ),
    ]


def _review_dates(services) -> list[date]:  # type: ignore[no-untyped-def]
    reviews = [
        services.reviews.get(r.id) for y in services.reviews.years() for r in services.reviews.list_reviews(y)
    ]
    return [
        *(r.held_on for r in reviews),
        *(r.signed_on for r in reviews if r.signed_on),
        *(d.done_on for r in reviews for d in r.decisions if d.done_on),
    ]


def _measured_periods_have_begun(services, today: date) -> bool:  # type: ignore[no-untyped-def]
    return all(
        period_bounds(o.year, o.frequency, x.period)[0] <= today
        for y in services.objectives.years()
        for o in services.objectives.list_objectives(y, on=today)
        for x in o.measurements
    )


def test_demo_fills_an_empty_database_with_a_complete_commune(demo):
    ctx, summary = demo
    services = ctx.services

    profile = services.agency.get_profile()
    assert profile is not None
    assert profile.full_name == "Ủy ban nhân dân xã Tùng Ảnh"
    assert profile.kind is AgencyKind.COMMUNE
    assert profile.code_abbreviation == "UBND"
    assert profile.signing_lines.split("\n") == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert profile.signer_name and profile.iso_secretary_name and profile.iso_secretary_title

    leaders = services.agency.list_leaders()
    assert [x.role for x in leaders] == [LeaderRole.HEAD, LeaderRole.DEPUTY, LeaderRole.DEPUTY]
    assert profile.signer_name in {x.full_name for x in leaders if x.role is LeaderRole.DEPUTY}
    recipients = services.agency.list_recipients()
    addressees = [r.name for r in recipients if r.addressee]
    assert "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh" in addressees
    assert any(not r.addressee for r in recipients)
    assert services.agency.get_reporting().period_convention is PeriodConvention.DECREE_09

    departments = services.organization.list_departments()
    persons = services.organization.list_persons()
    assert len(departments) == summary.departments >= 7
    assert len(persons) == summary.persons
    assert 20 <= summary.persons <= 30
    assert sum(not p.active for p in persons) == summary.inactive_persons == 2
    assert "Trung tâm Phục vụ hành chính công" in {d.name for d in departments}
    assert all(d.code for d in departments)
    assert len({p.full_name.split()[0] for p in persons}) >= 8  # varied family names

    assert (summary.leaders, summary.recipients) == (len(leaders), len(recipients))
    assert summary.current_year == TODAY.year


def test_demo_covers_the_current_and_the_previous_year(demo):
    ctx, summary = demo
    services = ctx.services
    year, previous = TODAY.year, TODAY.year - 1
    qms = services.qms

    decisions = qms.list_steering_decisions()
    assert len(decisions) == summary.steering_decisions >= 2
    years = {d.signed_on.year for d in decisions}
    assert {year, previous} <= years
    assert sum(len(d.members) for d in decisions) == summary.steering_members
    for decision in decisions:
        roles = [m.role for m in decision.members]
        assert roles.count(SteeringRole.HEAD) == 1
        assert {SteeringRole.DEPUTY, SteeringRole.MEMBER, SteeringRole.SECRETARY} <= set(roles)
        assert all(m.duty for m in decision.members)

    current = qms.current_steering_decision(TODAY)
    assert current is not None and current.signed_on.year == year
    before = qms.current_steering_decision(date(previous, 12, 31))
    assert before is not None and before.signed_on.year == previous
    profile = services.agency.get_profile()
    head = next(m for m in current.members if m.role is SteeringRole.HEAD)
    assert head.full_name == services.agency.list_leaders()[0].full_name
    secretary = next(m for m in current.members if m.role is SteeringRole.SECRETARY)
    assert secretary.full_name == profile.iso_secretary_name
    # This year's kiện toàn replaced the people who left; last year's committee still names them.
    inactive = {p.full_name for p in services.organization.list_persons() if not p.active}
    assert not inactive & {m.full_name for m in current.members}
    assert inactive <= {m.full_name for m in before.members}

    scope, policy = qms.current_scope(TODAY), qms.current_policy(TODAY)
    assert scope is not None and policy is not None
    assert qms.current_scope(date(previous, 12, 31)) is not None
    assert "cam kết" in policy.text
    assert len(qms.list_scope_versions()) == summary.scope_versions >= 2
    assert len(qms.list_policy_versions()) == summary.policy_versions >= 2

    publications = qms.list_publications()
    assert len(publications) == summary.publications
    kinds = [p.kind for p in publications]
    assert kinds.count(PublicationKind.INITIAL) == 1
    assert PublicationKind.REPUBLICATION in kinds
    republication = next(p for p in publications if p.kind is PublicationKind.REPUBLICATION)
    assert "sắp xếp đơn vị hành chính" in republication.reason.lower()
    initial = next(p for p in publications if p.kind is PublicationKind.INITIAL)
    assert initial.signed_on.year < previous

    deadlines = {d.year: d for d in services.agency.list_deadlines()}
    assert {year, previous} <= set(deadlines)
    assert len(deadlines) == summary.deadlines
    assert services.agency.report_calendar(year).deadlines_overridden
    assert services.agency.report_calendar(previous).deadlines_overridden


def test_demo_has_the_objectives_and_plans_of_both_years(demo):
    ctx, summary = demo
    services = ctx.services
    year, previous = TODAY.year, TODAY.year - 1
    objectives = services.objectives

    assert objectives.years() == [year, previous]
    last = objectives.list_objectives(previous, on=TODAY)
    this = objectives.list_objectives(year, on=TODAY)
    assert len(last) == len(this) >= 5
    assert summary.objectives == len(last) + len(this)
    assert summary.measurements == sum(len(o.measurements) for o in (*last, *this))
    assert [o.statement for o in last] == [o.statement for o in this]
    assert {o.comparison for o in this} == set(Comparison)
    assert {o.aggregation for o in this} == set(Aggregation)
    assert {o.frequency for o in this} == set(Frequency)
    departments = {d.name for d in services.organization.list_departments()}
    for o in (*last, *this):
        assert o.indicator and o.unit and o.owner_name
        assert o.department_name in departments
        assert 2 <= len(o.plan_lines) <= 4
        assert all(p.action and p.responsible and p.due and p.evaluation for p in o.plan_lines)
    assert any(p.due == f"Quý I/{year}" for o in this for p in o.plan_lines)
    assert any(p.due == f"Quý I/{previous}" for o in last for p in o.plan_lines)
    # Linked to the policy in force: the pre-reform one last January, the current one now.
    assert {o.policy_version_id for o in this} == {services.qms.current_policy(TODAY).id}
    assert {o.policy_version_id for o in last} == {services.qms.current_policy(date(previous, 1, 31)).id}

    # Last year: every period measured, decided, one objective missed; a quarter below target.
    for o in last:
        assert [x.period for x in o.measurements] == list(range(1, PERIODS[o.frequency] + 1))
    statuses = [o.status for o in last]
    assert dto.ObjectiveStatus.NOT_MET in statuses
    assert set(statuses) <= {dto.ObjectiveStatus.MET, dto.ObjectiveStatus.NOT_MET}
    satisfaction = next(
        o for o in last if o.aggregation is Aggregation.AVERAGE and o.frequency is Frequency.QUARTER
    )
    assert satisfaction.status is dto.ObjectiveStatus.MET
    assert any(x.value < satisfaction.target and x.note for x in satisfaction.measurements)
    complaints = next(o for o in last if o.aggregation is Aggregation.SUM)
    assert complaints.status is dto.ObjectiveStatus.NOT_MET and complaints.value_so_far == 1
    # This year: only begun periods, some on track, some at risk, none decided yet.
    assert _measured_periods_have_begun(services, TODAY)
    now = [o.status for o in this]
    assert dto.ObjectiveStatus.AT_RISK in now and dto.ObjectiveStatus.ON_TRACK in now
    assert dto.ObjectiveStatus.MET not in now and dto.ObjectiveStatus.NOT_MET not in now
    assert all(
        x.note for o in (*last, *this) for x in o.measurements if x.value != round(x.value) or x.value < 95
    )

    # The objectives document: last year's numbered and dated in January, this year's to fill in.
    meta = objectives.get_meta(previous)
    assert meta.number.isdigit() and meta.signed_on is not None
    assert (meta.signed_on.year, meta.signed_on.month) == (previous, 1)
    assert objectives.get_meta(year) == dto.DocumentMeta()

    # The annual plans.
    old, new = services.plans.get_plan(previous, today=TODAY), services.plans.get_plan(year, today=TODAY)
    assert old is not None and new is not None
    assert summary.plan_tasks == len(old.tasks) + len(new.tasks) == 2 * len(DEFAULT_TASKS)
    assert old.number.isdigit() and old.signed_on is not None and old.signed_on.year == previous
    assert (new.number, new.signed_on) == ("", None)
    open_last_year = [t for t in old.tasks if t.status is not TaskStatus.DONE]
    assert len(open_last_year) == 1 and open_last_year[0].overdue
    assert all(
        t.completed_on and t.completed_on.year == previous and t.evidence
        for t in old.tasks
        if t.status is TaskStatus.DONE
    )
    assert f"{old.number}/KH-UBND" in old.tasks[0].evidence
    statuses_now = {t.status for t in new.tasks}
    assert statuses_now == {TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED}
    assert all(t.status is TaskStatus.NOT_STARTED for t in new.tasks if t.deadline and t.deadline.month > 6)


@pytest.mark.parametrize("today", [date(2026, 1, 2), date(2025, 7, 5), date(2026, 11, 20)])
def test_demo_objectives_and_plans_as_of_other_days(services, today):
    fill_demo(services, today=today)

    this = services.objectives.list_objectives(today.year, on=today)
    last = services.objectives.list_objectives(today.year - 1, on=today)
    assert dto.ObjectiveStatus.NOT_MET in {o.status for o in last}
    assert {o.status for o in this} & {dto.ObjectiveStatus.AT_RISK, dto.ObjectiveStatus.ON_TRACK}
    assert _measured_periods_have_begun(services, today)
    plan = services.plans.get_plan(today.year, today=today)
    assert plan is not None
    assert all(t.completed_on <= today for t in plan.tasks if t.completed_on)
    overdue_now = [t for t in plan.tasks if t.overdue]
    if today.month > 3:  # a first-quarter task lags behind; the drafts of the plan too
        assert overdue_now
    else:
        assert not overdue_now


def test_demo_has_a_tthc_catalogue_mostly_covered_by_procedures(demo):
    ctx, summary = demo
    tthc = ctx.services.tthc

    coverage = tthc.coverage()
    assert 110 <= coverage.total == summary.tthc <= 150
    assert coverage.in_jurisdiction == summary.tthc_in_jurisdiction < coverage.total  # a few not ours
    assert coverage.covered == summary.tthc_covered
    assert 90.0 <= coverage.percent < 100.0 and coverage.uncovered >= 3
    rows = tthc.list_tthc()
    assert all(re.fullmatch(r"1\.1\d{5}|\d\.0\d{5}", r.code) for r in rows)
    assert any(r.code.startswith("1.1") for r in rows)  # provincial TTHC
    assert {r.level for r in rows} == {"Cấp xã"}
    fields = {r.field for r in rows}
    assert {"Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Bảo trợ xã hội", "Người có công"} <= fields
    assert {"Văn hóa", "Thi đua - Khen thưởng", "Giáo dục", "Nông nghiệp"} <= fields
    names = {r.name for r in rows}
    assert "Đăng ký khai sinh" in names
    assert any(n.startswith("Chứng thực bản sao từ bản chính giấy tờ, văn bản") for n in names)
    assert tthc.get_by_code("1.001193").procedure_codes == ("QT 01/CX-HT",)  # type: ignore[union-attr]
    # The uncovered ones: some have a draft procedure, which does not count.
    uncovered = {r.code for r in tthc.list_tthc(dto.TthcFilter(uncovered_only=True, in_jurisdiction=True))}
    assert len(uncovered) == coverage.uncovered
    drafts = ctx.services.documents.list_documents(dto.DocumentFilter(status=DocumentStatus.DRAFT))
    assert len(drafts) >= 2
    draft_codes = {c for d in drafts for c in ctx.services.documents.get_document(d.id).tthc_codes}
    assert draft_codes and draft_codes <= uncovered
    assert all(d.revision_count == 0 for d in drafts)


def test_demo_documents_form_a_realistic_register(demo):
    ctx, summary = demo
    docs = ctx.services.documents
    rows = docs.list_documents(today=TODAY)
    assert len(rows) == summary.documents == docs.count_documents()
    assert sum(r.revision_count for r in rows) == summary.revisions
    by_type = {t: [r for r in rows if r.doc_type is t] for t in DocumentType}
    assert len(by_type[DocumentType.TTHC_PROCEDURE]) >= 60
    assert len(by_type[DocumentType.INTERNAL_PROCEDURE]) >= 8
    assert len(by_type[DocumentType.FORM]) == summary.forms >= 20
    assert by_type[DocumentType.GUIDE] and by_type[DocumentType.POLICY_PLAN]
    assert summary.procedures == len(by_type[DocumentType.TTHC_PROCEDURE]) + len(
        by_type[DocumentType.INTERNAL_PROCEDURE]
    )

    for row in by_type[DocumentType.TTHC_PROCEDURE]:
        assert re.fullmatch(r"QT \d{2}/CX-[A-ZĐ]+", row.code), row.code
        assert row.title.startswith("Quy trình ") and row.field and row.department_name
    for row in by_type[DocumentType.INTERNAL_PROCEDURE]:
        assert re.fullmatch(r"QT-NB \d{2}", row.code), row.code
    internal = {fold(r.title) for r in by_type[DocumentType.INTERNAL_PROCEDURE]}
    for title in (
        "Quy trình kiểm soát thông tin dạng văn bản",
        "Quy trình đánh giá nội bộ",
        "Quy trình hành động khắc phục",
        "Quy trình xem xét của lãnh đạo",
        "Quy trình quản lý văn bản đi - đến",
        "Quy trình đo lường sự hài lòng của người dân, tổ chức",
    ):
        assert fold(title) in internal
    assert docs.list_documents(dto.DocumentFilter(text="quy trinh chung thuc ban sao"))

    # Every form belongs to a procedure; its code names it.
    procedures = {
        r.id: r for r in rows if r.doc_type in (DocumentType.TTHC_PROCEDURE, DocumentType.INTERNAL_PROCEDURE)
    }
    for row in by_type[DocumentType.FORM]:
        detail = docs.get_document(row.id)
        assert detail.parent_id in procedures, row.code
        assert row.code.startswith("BM ") and detail.parent_code in row.code

    # A few obsolete procedures, one sharing its code with the procedure that replaced it.
    obsolete = [r for r in rows if r.status is DocumentStatus.OBSOLETE]
    assert len(obsolete) >= 2
    live_codes = {r.code for r in rows if r.status is not DocumentStatus.OBSOLETE}
    assert any(r.code in live_codes for r in obsolete)
    assert all(docs.get_document(r.id).note for r in obsolete)

    # One to four issues each; the current one and at least one upcoming.
    issued = [r for r in rows if r.status is not DocumentStatus.DRAFT]
    assert all(1 <= r.revision_count <= 4 for r in issued)
    assert sum(r.revision_count >= 3 for r in issued) >= 10
    assert all(r.current_issue is not None for r in issued)
    upcoming = [r for r in rows if r.upcoming_issue is not None]
    assert len(upcoming) == summary.upcoming_revisions >= 1
    assert all(r.upcoming_effective_on > TODAY for r in upcoming)  # type: ignore[operator]


def test_demo_issues_are_signed_off_by_the_communes_people(demo):
    ctx, _summary = demo
    services = ctx.services
    profile = services.agency.get_profile()
    leaders = services.agency.list_leaders()
    head = next(x.full_name for x in leaders if x.role is LeaderRole.HEAD)
    deputies = {x.full_name for x in leaders if x.role is LeaderRole.DEPUTY}
    persons = {p.full_name for p in services.organization.list_persons()}
    publications = services.qms.list_publications()
    initial = next(p for p in publications if p.kind is PublicationKind.INITIAL)

    revisions = _all_revisions(services)
    assert {r.prepared_by for r in revisions} == {profile.iso_secretary_name}
    assert {r.reviewed_by for r in revisions} == deputies  # each deputy for their fields
    assert {r.approved_by for r in revisions} == {head}
    assert {profile.iso_secretary_name, head} | deputies <= persons
    assert all(r.change_summary for r in revisions)
    firsts = [r for r in revisions if r.issue_number == 1]
    # The first batch was issued before the first publication of conformity…
    assert sum(r.issued_on <= initial.signed_on for r in firsts) >= 50  # type: ignore[operator]
    # …and most procedures were re-issued soon after the two-level reform.
    after_reform = [r for r in revisions if REFORM <= r.issued_on <= date(2025, 8, 15)]  # type: ignore[operator]
    assert len(after_reform) >= 60
    assert any("hai cấp" in r.change_summary for r in after_reform)


def test_demo_legal_changes_are_tracked_with_their_deadlines(demo):
    ctx, summary = demo
    legal = ctx.services.legal
    rows = legal.list_legal(today=TODAY)
    assert len(rows) == summary.legal_documents
    assert 12 <= len(rows) <= 25
    assert {x.kind for x in rows} == set(LegalKind)
    for row in rows:
        if row.kind is LegalKind.TTHC_DECISION:
            assert re.fullmatch(r"\d+/QĐ-UBND", row.number) and row.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"
        elif row.kind is LegalKind.LAW:
            assert re.fullmatch(r"\d+/\d{4}/(QH1\d|NĐ-CP|QĐ-TTg)", row.number), row.number
    assert any(x.number == "TCVN ISO 9001:2015" for x in rows)
    assert sum(bool(x.replaced_by_number) for x in rows) >= 2

    state = legal.summary(today=TODAY)
    assert (summary.impacts_open, summary.impacts_overdue) == (state.open, state.overdue)
    assert summary.impacts == state.open + state.updated + state.no_change
    assert state.overdue >= 1 and state.due_soon >= 1 and state.updated >= 10 and state.no_change >= 1
    impacts = legal.list_impacts(today=TODAY)
    assert impacts[0].state is dto.UpdateState.OVERDUE
    assert any(i.state is dto.UpdateState.OPEN for i in impacts)  # open, not yet due
    assert all(i.no_change_reason for i in impacts if i.status is ImpactStatus.NO_CHANGE)
    # Every overdue update comes from a legal document in effect more than three months ago.
    for impact in impacts:
        if impact.state is dto.UpdateState.OVERDUE:
            assert impact.due_on is not None and impact.due_on < TODAY
    # An update closed by an issue that is not yet in effect.
    upcoming_closures = [
        i
        for i in impacts
        if i.status is ImpactStatus.UPDATED and i.closed_on and i.closed_on > TODAY.replace(month=1)
    ]
    assert upcoming_closures


@pytest.mark.parametrize(
    "today",
    [TODAY, date(2026, 1, 2), date(2025, 7, 5), date(2024, 2, 29), date(2026, 9, 20), date(2026, 11, 22)],
)
def test_no_record_is_dated_after_today(services, today):
    """Nothing after ``today``; and on the same demo (one fill a day: the suite's slowest part),
    the reviews follow the internal audit and the reports are sent once due."""
    summary = fill_demo(services, today=today)
    _reviews_follow_the_internal_audit(services, today)
    _reports_sent_after_their_deadline_and_drafts_before(services, today)

    dates = _all_record_dates(services)
    assert max(dates) <= today
    assert _measured_periods_have_begun(services, today)
    assert summary.objectives and summary.measurements and summary.plan_tasks
    # Issues: issued by today; in effect by today except the deliberately upcoming ones.
    revisions = _all_revisions(services, today)
    assert max(r.issued_on for r in revisions if r.issued_on) <= today
    upcoming = [r for r in revisions if r.effective_on > today]
    assert len(upcoming) == summary.upcoming_revisions >= 1
    assert all(r.state is dto.RevisionState.UPCOMING for r in upcoming)
    # Legal documents: issued by today; a couple not yet in effect; updates closed by today.
    legal = services.legal.list_legal(today=today)
    assert max(x.issued_on for x in legal if x.issued_on) <= today
    assert 1 <= sum(x.effective_on is not None and x.effective_on > today for x in legal) <= 3
    impacts = services.legal.list_impacts(today=today)
    assert max(i.closed_on for i in impacts if i.closed_on) <= today
    assert all(
        i.revision_issue is not None and i.closed_on is not None
        for i in impacts
        if i.status is ImpactStatus.UPDATED
    )
    summary_now = services.legal.summary(today=today)
    assert summary_now.overdue >= 1 and summary_now.due_soon >= 1
    assert services.qms.current_steering_decision(today).signed_on.year == today.year
    assert {d.signed_on.year for d in services.qms.list_steering_decisions()} >= {today.year, today.year - 1}
    assert services.qms.current_scope(today) is not None
    assert services.qms.current_policy(today) is not None


def _all_revisions(services, today: date = TODAY) -> list[dto.RevisionInfo]:  # type: ignore[no-untyped-def]
    docs = services.documents
    return [r for row in docs.list_documents() for r in docs.get_document(row.id, today=today).revisions]


def test_demo_text_is_nfc_with_vietnamese_diacritics(demo):
    services = demo[0].services

    documents = services.documents.list_documents()
    texts = [
        *(p.full_name for p in services.organization.list_persons()),
        *(d.name for d in services.organization.list_departments()),
        *(v.text for v in services.qms.list_policy_versions()),
        *(d.title for d in documents),
        *(r.change_summary for d in documents[:40] for r in services.documents.get_document(d.id).revisions),
        *(t.name for t in services.tthc.list_tthc()),
        *(x.title for x in services.legal.list_legal()),
    ]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)
    assert any("Ủy ban nhân dân xã Tùng Ảnh" in t for t in texts)


def test_demo_is_deterministic(services, other_ctx):
    first = fill_demo(services, today=TODAY)
    second = fill_demo(other_ctx.services, today=TODAY)

    assert first == second
    assert isinstance(first, DemoSummary)

    def names(s) -> list[str]:  # type: ignore[no-untyped-def]
        return [p.full_name for p in s.organization.list_persons()]

    assert names(services) == names(other_ctx.services)
    assert [d.number for d in services.qms.list_steering_decisions()] == [
        d.number for d in other_ctx.services.qms.list_steering_decisions()
    ]

    def register(s) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
        return [
            (r.code, r.title, r.status, r.current_issue, r.current_effective_on, r.upcoming_effective_on)
            for r in s.documents.list_documents(today=TODAY)
        ]

    assert register(services) == register(other_ctx.services)
    assert services.tthc.list_tthc() == other_ctx.services.tthc.list_tthc()
    assert [(x.number, x.effective_on, x.impacts) for x in services.legal.list_legal()] == [
        (x.number, x.effective_on, x.impacts) for x in other_ctx.services.legal.list_legal()
    ]
    first_revisions = [dataclasses.replace(r, id=0, document_id=0) for r in _all_revisions(services)]
    second_revisions = [
        dataclasses.replace(r, id=0, document_id=0) for r in _all_revisions(other_ctx.services)
    ]
    assert first_revisions == second_revisions

    def goals(s) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
        return [
            (
                o.year,
                o.statement,
                o.plan_lines,
                o.status,
                [(x.period, x.value, x.note) for x in o.measurements],
            )
            for y in s.objectives.years()
            for o in s.objectives.list_objectives(y, on=TODAY)
        ]

    def plans(s) -> list[object]:  # type: ignore[no-untyped-def]
        return [
            (
                s.objectives.get_meta(y),
                dataclasses.replace(p, id=0, tasks=tuple(dataclasses.replace(t, id=0) for t in p.tasks)),
            )
            for y in s.objectives.years()
            if (p := s.plans.get_plan(y, today=TODAY)) is not None
        ]

    assert goals(services) == goals(other_ctx.services)
    assert plans(services) == plans(other_ctx.services)


def test_demo_refuses_a_database_with_an_agency_and_writes_nothing(services, agency):
    with pytest.raises(DomainError) as info:
        fill_demo(services, today=TODAY)

    assert info.value.code == "demo.not_empty"
    assert "demo" in message(info.value)
    assert services.agency.get_profile() == agency
    assert len(services.agency.list_leaders()) == 1
    assert services.agency.list_recipients() == []
    assert services.organization.list_departments() == []
    assert services.organization.list_persons() == []
    assert services.qms.list_steering_decisions() == []


def test_demo_refuses_a_database_with_only_a_department_or_a_person(services, other_ctx):
    services.organization.save_department(dto.DepartmentFields(name="Phòng Kinh tế"))
    other_ctx.services.organization.save_person(dto.PersonFields(full_name="Lý Văn Tài"))

    for s in (services, other_ctx.services):
        with pytest.raises(DomainError) as info:
            fill_demo(s, today=TODAY)
        assert info.value.code == "demo.not_empty"
        assert s.agency.is_set_up() is False
        assert len(s.organization.list_departments()) + len(s.organization.list_persons()) == 1


def test_scale_multiplies_the_volumes(demo, other_ctx):
    base = demo[1]
    big = fill_demo(other_ctx.services, scale=3, today=TODAY)

    assert big.departments == 3 * base.departments
    assert 2.5 * base.persons <= big.persons <= 3.5 * base.persons
    assert len(other_ctx.services.organization.list_persons()) == big.persons
    assert big.steering_decisions > base.steering_decisions
    assert big.first_year < base.first_year
    assert big.steering_members > 3 * base.steering_members
    assert max(_all_record_dates(other_ctx.services)) <= TODAY
    # Documents, TTHC and legal changes grow with the scale, and with the longer history.
    assert big.tthc == 3 * base.tthc
    assert big.documents >= 2.8 * base.documents
    assert big.revisions > 3 * base.revisions
    assert big.legal_documents > 2 * base.legal_documents
    assert (big.impacts_overdue, big.impacts_open) == (3 * base.impacts_overdue, 3 * base.impacts_open)
    s = other_ctx.services
    assert s.documents.count_documents() == big.documents
    assert s.tthc.coverage() == dto.Coverage(
        in_jurisdiction=big.tthc_in_jurisdiction, covered=big.tthc_covered, total=big.tthc
    )
    # The copies written in bulk read back like the ones written through the services.
    copies = s.documents.list_documents(
        dto.DocumentFilter(text="qt 01/cx-ht-3", doc_type=DocumentType.TTHC_PROCEDURE)
    )
    assert [r.code for r in copies] == ["QT 01/CX-HT-3"]
    assert s.documents.get_document(copies[0].id).current is not None
    assert s.legal.summary(today=TODAY).overdue == big.impacts_overdue


@pytest.mark.parametrize("scale", [0, 121])
def test_scale_outside_the_rule_is_refused_with_the_rule(services, scale):
    with pytest.raises(DomainError) as caught:
        fill_demo(services, scale=scale, today=TODAY)
    assert (caught.value.code, caught.value.params) == ("demo.bad_scale", {"low": 1, "high": 120})
    assert "từ 1 đến 120" in message(caught.value)
    assert services.agency.is_set_up() is False


def test_demo_runs_quickly_at_scale_one(services):
    started = time.perf_counter()
    fill_demo(services)  # today's date, as the demo command uses it
    elapsed = time.perf_counter() - started

    assert elapsed < 10, f"demo took {elapsed:.1f} s"
    today = date.today()
    assert max(_all_record_dates(services)) <= today
    assert services.qms.current_steering_decision(today).signed_on.year == today.year


@pytest.mark.parametrize("today", [date(2026, 11, 22), date(2026, 3, 15), date(2027, 1, 2)])
def test_demo_audits_findings_and_corrective_actions(services, today):
    from app.models import CaStatus, FindingType
    from app.services import ca_rules
    from app.services.audits import FindingFilter

    fill_demo(services, today=today)
    cas = services.corrective_actions
    requests = [cas.get(i) for i in cas.ca_ids()]
    # Nothing dated after today: raised, closed, cancelled, verified, completed.
    days = [r.raised_on for r in requests]
    days += [d for r in requests for d in (r.closed_on, r.cancelled_on) if d]
    days += [v.on for r in requests for v in r.verifications]
    days += [a.completed_on for r in requests for a in r.actions if a.completed_on]
    audits = services.audits.audits()
    days += [a.end_on for a in audits]
    assert max(days) <= today
    statuses = {r.status for r in requests}
    overdue = {r.number for r in requests if ca_rules.is_overdue(r.status, r.due_on, today)}
    last_year = {r.number for r in requests if r.year == today.year - 1}
    # Last year's audit left one request open and overdue (the plan demo says so too).
    assert last_year & overdue == {f"04/{today.year - 1}"}
    if today == date(2026, 11, 22):
        assert statuses == set(CaStatus)
        assert any(not v.effective for r in requests for v in r.verifications)  # verified not effective…
        again = next(r for r in requests if any(not v.effective for v in r.verifications))
        assert again.status is CaStatus.IN_PROGRESS  # …and carried out again
        assert overdue == {"04/2025", "05/2026"}
        ids = services.audits.finding_ids(FindingFilter(year=2026))
        findings = services.audits.finding_rows(ids)
        assert {f.type for f in findings} == set(FindingType)
        assert sum(f.without_action for f in findings) == 2  # a minor NC, a recommendation
        assert services.form_codes.code_for("ca-form") is not None
        assert [a.label for a in services.audits.audits(2026)] == ["01/2026"]


def _reviews_follow_the_internal_audit(services, today):
    """One review a year, a few weeks after the year's internal audit, its minutes signed; last
    year's open decisions are this year's input (a); none before the audit has ended."""
    last = services.reviews.find(today.year - 1)
    assert last is not None and last.signed and last.decisions
    current = services.reviews.find(today.year)
    if today < date(today.year, 10, 8):
        assert current is None
        return
    audit = max(services.audits.audits(today.year), key=lambda a: a.end_on)
    assert current is not None and len(services.reviews.list_reviews(today.year)) == 1
    assert 14 <= (current.held_on - audit.end_on).days <= 35
    assert current.period_start == last.held_on + timedelta(days=1)
    still_open_then = [d for d in last.decisions if d.done_on is None or d.done_on > last.held_on]
    assert len(current.figures["earlier_decisions"]) == len(still_open_then) > 0
    assert current.signed == (current.signed_on is not None and current.signed_on <= today)


def _reports_sent_after_their_deadline_and_drafts_before(services, today):
    """Last year's two reports signed and sent; this year's 6-month report sent once its deadline
    has passed, a draft before; this year's annual report a draft."""
    reports = services.reports
    for kind in ("h1", "year"):
        last = reports.find(kind, today.year - 1)
        assert last is not None and last.status.value == "sent" and last.number
        assert last.signed_on <= last.sent_on <= today
    h1 = reports.find("h1", today.year)
    deadline = services.agency.report_calendar(today.year).six_month_deadline
    assert h1 is not None and h1.status.value == ("sent" if deadline <= today else "draft")
    assert reports.find("year", today.year).status.value == "draft"
