"""The demo command's data: a realistic commune written through the services."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.bootstrap import AppContext, open_data_dir
from app.messages import message
from app.models import AgencyKind, LeaderRole, PeriodConvention, PublicationKind, SteeringRole
from app.services import dto
from app.services.demo import DemoSummary, fill_demo
from app.services.errors import DomainError

TODAY = date(2026, 3, 15)


@pytest.fixture
def other_ctx(tmp_path: Path) -> Iterator[AppContext]:
    """A second, independent empty data directory."""
    context = open_data_dir(tmp_path / "other", writer=True, program="kiểm thử")
    yield context
    context.close()


def _all_record_dates(services) -> list[date]:  # type: ignore[no-untyped-def]
    qms = services.qms
    return [
        *(d.signed_on for d in qms.list_steering_decisions()),
        *(p.signed_on for p in qms.list_publications()),
        *(v.effective_on for v in qms.list_scope_versions()),
        *(v.effective_on for v in qms.list_policy_versions()),
    ]


def test_demo_fills_an_empty_database_with_a_complete_commune(services):
    summary = fill_demo(services, today=TODAY)

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


def test_demo_covers_the_current_and_the_previous_year(services):
    summary = fill_demo(services, today=TODAY)
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


@pytest.mark.parametrize("today", [TODAY, date(2026, 1, 2), date(2025, 7, 5), date(2024, 2, 29)])
def test_no_record_is_dated_after_today(services, today):
    fill_demo(services, today=today)

    dates = _all_record_dates(services)
    assert max(dates) <= today
    assert services.qms.current_steering_decision(today).signed_on.year == today.year
    assert {d.signed_on.year for d in services.qms.list_steering_decisions()} >= {today.year, today.year - 1}
    assert services.qms.current_scope(today) is not None
    assert services.qms.current_policy(today) is not None


def test_demo_text_is_nfc_with_vietnamese_diacritics(services):
    fill_demo(services, today=TODAY)

    texts = [
        *(p.full_name for p in services.organization.list_persons()),
        *(d.name for d in services.organization.list_departments()),
        *(v.text for v in services.qms.list_policy_versions()),
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


def test_scale_multiplies_the_volumes(services, other_ctx):
    base = fill_demo(services, today=TODAY)
    big = fill_demo(other_ctx.services, scale=3, today=TODAY)

    assert big.departments == 3 * base.departments
    assert 2.5 * base.persons <= big.persons <= 3.5 * base.persons
    assert len(other_ctx.services.organization.list_persons()) == big.persons
    assert big.steering_decisions > base.steering_decisions
    assert big.first_year < base.first_year
    assert big.steering_members > 3 * base.steering_members
    assert max(_all_record_dates(other_ctx.services)) <= TODAY


def test_scale_must_be_positive(services):
    with pytest.raises(ValueError):
        fill_demo(services, scale=0, today=TODAY)
    assert services.agency.is_set_up() is False


def test_demo_runs_quickly_at_scale_one(services):
    started = time.perf_counter()
    fill_demo(services)  # today's date, as the demo command uses it
    elapsed = time.perf_counter() - started

    assert elapsed < 10, f"demo took {elapsed:.1f} s"
    today = date.today()
    assert max(_all_record_dates(services)) <= today
    assert services.qms.current_steering_decision(today).signed_on.year == today.year
