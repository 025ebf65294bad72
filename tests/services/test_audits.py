"""Internal audits: programme, numbering, team, schedule, checklist and its template, findings and the
"without action" rule as the findings list and the counts show it."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from app import models as m
from app.services import dto
from app.services.audits import (
    AuditFields,
    ChecklistFields,
    FindingFields,
    FindingFilter,
    ProgrammeFields,
    ProgrammeItemFields,
    ScheduleFields,
    TemplateQuestion,
)
from app.services.checklist_template import BUILT_IN_TEMPLATE, main_clause
from app.services.errors import DomainError, ValidationError
from app.services.inspections import InspectionFields

Y = 2026
TODAY = date(Y, 10, 1)
NC, OBS, OFI, CONFORM = (
    m.ChecklistResult.NC,
    m.ChecklistResult.OBSERVATION,
    m.ChecklistResult.OFI,
    m.ChecklistResult.CONFORM,
)
MAJOR, MINOR = m.FindingType.NC_MAJOR, m.FindingType.NC_MINOR


@pytest.fixture
def org(agency, services):  # type: ignore[no-untyped-def]
    """Two departments, three people: Lan (Văn phòng), Hùng and Mai (Bộ phận Một cửa)."""
    services.clock.pin(TODAY)
    o = services.organization
    office = o.save_department(dto.DepartmentFields(name="Văn phòng")).id
    desk = o.save_department(dto.DepartmentFields(name="Bộ phận Một cửa")).id
    lan = o.save_person(
        dto.PersonFields(full_name="Trần Thị Lan", position="Thư ký ISO", department_id=office)
    ).id
    hung = o.save_person(dto.PersonFields(full_name="Lê Văn Hùng", department_id=desk)).id
    mai = o.save_person(dto.PersonFields(full_name="Phạm Thị Mai", department_id=desk)).id
    return {"office": office, "desk": desk, "lan": lan, "hung": hung, "mai": mai}


@pytest.fixture
def audits(services):  # type: ignore[no-untyped-def]
    return services.audits


def _audit(audits, start=date(Y, 9, 14), end=date(Y, 9, 16), **kw) -> int:  # type: ignore[no-untyped-def]
    return audits.create_audit(AuditFields(start_on=start, end_on=end, **kw))


def _request(services, finding_ids, *, status=m.CaStatus.ANALYSING, seq=1) -> int:  # type: ignore[no-untyped-def]
    """A corrective action answering ``finding_ids``, written straight with the ORM."""
    with services.uow() as uow:
        ca = m.CorrectiveAction(
            year=Y,
            seq=seq,
            raised_on=TODAY,
            source=m.CaSource.AUDIT,
            due_on=date(Y, 10, 31),
            status=status,
            finding_links=[m.CaFinding(finding_id=i) for i in finding_ids],
        )
        uow.session.add(ca)
        uow.commit()
        return ca.id


def _set_status(services, ca_id: int, status: m.CaStatus) -> None:  # type: ignore[no-untyped-def]
    with services.uow() as uow:
        uow.session.get(m.CorrectiveAction, ca_id).status = status
        uow.commit()


def _codes(error: ValidationError) -> dict[str, str]:
    return {e.field: e.code for e in error.errors}


# ---- programme -------------------------------------------------------------------------------------
def test_programme_is_saved_and_read_back_with_the_audit_that_carried_it_out(org, audits):
    assert audits.get_programme(Y) is None
    audit_id = _audit(audits)
    audits.save_programme(
        Y,
        ProgrammeFields(
            approved_on=date(Y, 1, 10),
            note="Đánh giá toàn bộ HTQLCL",
            items=(
                ProgrammeItemFields(9, "Văn phòng; Bộ phận Một cửa", audit_id=audit_id),
                ProgrammeItemFields(12, "  Các quy trình nội bộ  ", "nếu cần"),
            ),
        ),
    )
    programme = audits.get_programme(Y)
    assert programme is not None and programme.approved_on == date(Y, 1, 10)
    assert [(i.month, i.scope, i.audit_label) for i in programme.items] == [
        (9, "Văn phòng; Bộ phận Một cửa", "01/2026"),
        (12, "Các quy trình nội bộ", ""),
    ]
    # Saving again replaces the list.
    audits.save_programme(Y, ProgrammeFields(items=(ProgrammeItemFields(10, "Toàn cơ quan"),)))
    assert [i.month for i in audits.get_programme(Y).items] == [10]


def test_programme_refuses_a_bad_month_a_missing_scope_and_an_audit_of_another_year(org, audits):
    other = _audit(audits, date(Y - 1, 9, 1), date(Y - 1, 9, 2))
    with pytest.raises(ValidationError) as caught:
        audits.save_programme(
            Y,
            ProgrammeFields(
                items=(
                    ProgrammeItemFields(13, "Văn phòng"),
                    ProgrammeItemFields(9, " "),
                    ProgrammeItemFields(9, "Văn phòng", audit_id=other),
                )
            ),
        )
    assert _codes(caught.value) == {
        "items.0": "audit.bad_month",
        "items.1": "audit.programme_scope_required",
        "items.2": "audit.programme_other_year",
    }
    assert audits.get_programme(Y) is None


# ---- audits and their numbers ---------------------------------------------------------------------
def test_audits_are_numbered_within_their_year_and_found_by_any_spelling_of_the_number(org, audits):
    first = _audit(audits)
    second = _audit(audits, date(Y, 11, 2), date(Y, 11, 3))
    given = _audit(audits, date(Y, 12, 1), date(Y, 12, 1), number="5")
    next_year = _audit(audits, date(Y + 1, 3, 1), date(Y + 1, 3, 2))

    assert [a.label for a in audits.audits(Y)] == ["05/2026", "02/2026", "01/2026"]  # newest first
    assert audits.audits(Y + 1)[0].label == "01/2027"
    assert [audits.audit_id_by_number(Y, n) for n in ("1", "01", "01/2026", "2", "05")] == [
        first,
        first,
        first,
        second,
        given,
    ]
    assert audits.audit_id_by_number(Y, "01/2027") == next_year
    assert audits.audit_id_by_number(Y, "3") is None
    assert audits.latest_audit_id(Y) == given
    assert audits.latest_audit_id(2020) is None
    # A new audit gets the usual purpose and criteria.
    detail = audits.get_audit(first)
    assert "TCVN ISO 9001:2015" in detail.criteria and detail.purpose


def test_audit_numbers_are_checked(org, audits):
    _audit(audits)
    with pytest.raises(ValidationError) as caught:
        _audit(audits, number="01")
    assert _codes(caught.value) == {"number": "audit.duplicate_number"}
    with pytest.raises(ValidationError) as caught:
        _audit(audits, number="01/2025")
    assert _codes(caught.value) == {"number": "audit.number_other_year"}
    with pytest.raises(ValidationError) as caught:
        _audit(audits, number="ĐG-1", start=date(Y, 9, 20), end=date(Y, 9, 19))
    assert _codes(caught.value) == {"number": "audit.bad_number", "end_on": "audit.end_before_start"}
    with pytest.raises(ValidationError) as caught:
        audits.create_audit(AuditFields())
    assert _codes(caught.value) == {"start_on": "field.required", "end_on": "field.required"}


def test_moving_an_audit_to_another_year_gives_it_that_years_next_number(org, audits):
    audit_id = _audit(audits)
    _audit(audits, date(Y + 1, 2, 1), date(Y + 1, 2, 2))
    audits.update_audit(audit_id, AuditFields(start_on=date(Y + 1, 9, 1), end_on=date(Y + 1, 9, 2)))
    detail = audits.get_audit(audit_id)
    assert (detail.year, detail.number) == (Y + 1, "02")
    audits.update_audit(audit_id, AuditFields(start_on=date(Y + 1, 9, 1), end_on=date(Y + 1, 9, 3)))
    assert audits.get_audit(audit_id).number == "02"  # same year: the number stays


# ---- team and schedule ----------------------------------------------------------------------------
def test_team_has_one_leader_first_and_members_once(org, audits):
    audit_id = _audit(audits)
    audits.set_team(audit_id, org["lan"], [org["hung"], org["lan"], org["hung"], org["mai"]])
    detail = audits.get_audit(audit_id)
    assert [(x.name, x.role) for x in detail.members] == [
        ("Trần Thị Lan", m.AuditRole.LEADER),
        ("Lê Văn Hùng", m.AuditRole.MEMBER),
        ("Phạm Thị Mai", m.AuditRole.MEMBER),
    ]
    assert detail.members[0].department_name == "Văn phòng"
    assert detail.leader_name == audits.audits(Y)[0].leader_name == "Trần Thị Lan"
    assert "audit.no_leader" not in detail.warnings
    # Saved again with the roles swapped: the same people, no clash with their earlier rows.
    audits.set_team(audit_id, org["hung"], [org["lan"], org["mai"]])
    assert [x.name for x in audits.get_audit(audit_id).members] == [
        "Lê Văn Hùng",
        "Trần Thị Lan",
        "Phạm Thị Mai",
    ]
    with pytest.raises(ValidationError) as caught:
        audits.set_team(audit_id, None, [org["hung"]])
    assert _codes(caught.value) == {"leader_id": "audit.leader_required"}


def test_an_auditor_on_their_own_department_is_saved_with_a_warning(org, audits):
    audit_id = _audit(audits)
    audits.set_team(audit_id, org["lan"], [org["hung"]])
    warnings = audits.save_schedule(
        audit_id,
        [
            ScheduleFields(date(Y, 9, 14), m.ScheduleKind.OPENING, "8h", "8:30"),
            ScheduleFields(date(Y, 9, 14), time_from="08:30", time_to="11:00", department_id=org["desk"],
                           clauses="7.5; 8.5", auditor_id=org["hung"], auditee="Phạm Thị Mai"),
            ScheduleFields(date(Y, 9, 15), department_id=org["office"], auditor_id=org["hung"]),
            ScheduleFields(date(Y, 9, 16), m.ScheduleKind.CLOSING, "15:00", "16:00"),
        ],
    )  # fmt: skip
    assert [(w.code, w.position, w.auditor_name, w.department_name) for w in warnings] == [
        ("audit.own_department", 1, "Lê Văn Hùng", "Bộ phận Một cửa")
    ]
    detail = audits.get_audit(audit_id)
    assert [s.own_department for s in detail.schedule] == [False, True, False, False]
    assert (detail.schedule[0].time_from, detail.schedule[0].time_to) == ("08:00", "08:30")
    assert detail.schedule[1].auditor_name == "Lê Văn Hùng"
    assert "audit.own_department_lines" in detail.warnings


def test_schedule_lines_are_checked_against_the_audit_dates_and_times(org, audits):
    audit_id = _audit(audits)
    with pytest.raises(ValidationError) as caught:
        audits.save_schedule(
            audit_id,
            [
                ScheduleFields(date(Y, 9, 20), department_id=org["desk"]),
                ScheduleFields(date(Y, 9, 14), time_from="25:00", department_id=org["desk"]),
                ScheduleFields(date(Y, 9, 14), time_from="10:00", time_to="09:00", department_id=org["desk"]),
                ScheduleFields(date(Y, 9, 14)),
                ScheduleFields(None, m.ScheduleKind.OPENING),
            ],
        )
    assert _codes(caught.value) == {
        "schedule.0": "audit.schedule_outside",
        "schedule.1": "audit.bad_time",
        "schedule.2": "audit.time_order",
        "schedule.3": "audit.schedule_needs_target",
        "schedule.4": "audit.schedule_date_required",
    }
    assert audits.get_audit(audit_id).schedule == ()


# ---- checklist template ---------------------------------------------------------------------------
def test_the_built_in_template_covers_clauses_4_to_10_with_at_least_three_questions_each():
    per_clause = Counter(main_clause(q.clause) for q in BUILT_IN_TEMPLATE)
    assert set(per_clause) == set(range(4, 11))
    assert min(per_clause.values()) >= 3
    assert 40 <= len(BUILT_IN_TEMPLATE) <= 60
    assert len({q.question for q in BUILT_IN_TEMPLATE}) == len(BUILT_IN_TEMPLATE)
    texts = " ".join(q.question for q in BUILT_IN_TEMPLATE)
    for words in ("thủ tục hành chính", "Bộ phận Một cửa", "đúng hẹn", "lưu trữ", "văn bản quy phạm pháp luật",
                  "phản ánh, kiến nghị", "mục tiêu chất lượng", "rủi ro", "sự hài lòng", "đánh giá nội bộ",
                  "xem xét của lãnh đạo", "hành động khắc phục", "đào tạo"):  # fmt: skip
        assert words.casefold() in texts.casefold(), words


def test_checklist_from_the_template_then_the_agencys_own_template_then_back(org, audits):
    audit_id = _audit(audits)
    assert audits.template_is_built_in() and audits.template() == list(BUILT_IN_TEMPLATE)
    added = audits.checklist_from_template(audit_id, org["desk"])
    checklist = audits.get_audit(audit_id).checklist
    assert added == len(checklist) == len(BUILT_IN_TEMPLATE)
    assert {r.department_name for r in checklist} == {"Bộ phận Một cửa"}
    assert [(r.clause, r.question) for r in checklist] == [(q.clause, q.question) for q in BUILT_IN_TEMPLATE]
    assert all(r.result is None and r.finding_id is None for r in checklist)

    own = [TemplateQuestion("7.5.3", "Hồ sơ có được lưu đúng nơi quy định không?"), *BUILT_IN_TEMPLATE[:3]]
    audits.save_template(own)
    assert not audits.template_is_built_in() and audits.template() == own
    assert audits.checklist_from_template(audit_id, org["office"]) == 4
    assert len(audits.get_audit(audit_id).checklist) == len(BUILT_IN_TEMPLATE) + 4
    with pytest.raises(ValidationError):
        audits.save_template([TemplateQuestion("", "Không có điều khoản?")])
    with pytest.raises(ValidationError):
        audits.save_template([])
    audits.reset_template()
    assert audits.template() == list(BUILT_IN_TEMPLATE)


# ---- results and findings -------------------------------------------------------------------------
@pytest.fixture
def row(org, audits):  # type: ignore[no-untyped-def]
    """A checklist question on the one-stop desk, audited on 15/09."""
    audit_id = _audit(audits)
    audits.save_schedule(audit_id, [ScheduleFields(date(Y, 9, 15), department_id=org["desk"])])
    item = audits.save_checklist_item(
        None,
        audit_id,
        ChecklistFields("Hồ sơ có được giải quyết đúng hẹn không?", "8.5.1", org["desk"]),
    )
    return {"audit": audit_id, "item": item}


def _findings(audits, audit_id):  # type: ignore[no-untyped-def]
    return audits.get_audit(audit_id).findings


def test_an_nc_needs_its_severity_and_makes_one_finding_that_follows_the_result(audits, row):
    with pytest.raises(ValidationError) as caught:
        audits.set_result(row["item"], NC, "05 hồ sơ trễ hạn")
    assert _codes(caught.value) == {"nc_type": "finding.nc_type_required"}
    assert _findings(audits, row["audit"]) == ()

    finding_id = audits.set_result(row["item"], NC, "05 hồ sơ trễ hạn không có văn bản xin lỗi", MAJOR)
    (finding,) = _findings(audits, row["audit"])
    assert finding.id == finding_id and finding.type is MAJOR
    assert (finding.clause, finding.department_name, finding.found_on) == (
        "8.5.1",
        "Bộ phận Một cửa",
        date(Y, 9, 15),
    )
    assert finding.description == "Hồ sơ có được giải quyết đúng hẹn không?"
    assert finding.evidence == "05 hồ sơ trễ hạn không có văn bản xin lỗi"
    assert finding.source == "audit" and finding.source_label == "Đánh giá nội bộ 01/2026"
    assert finding.without_action

    for result, severity, kind in ((NC, MINOR, MINOR), (OBS, None, m.FindingType.OBSERVATION), (OFI, None, m.FindingType.OFI)):  # fmt: skip
        assert (
            audits.set_result(row["item"], result, "05 hồ sơ trễ hạn không có văn bản xin lỗi", severity)
            == finding_id
        )
        (finding,) = _findings(audits, row["audit"])
        assert finding.type is kind
    checklist_row = audits.get_audit(row["audit"]).checklist[0]
    assert (checklist_row.result, checklist_row.finding_id) == (OFI, finding_id)

    assert audits.set_result(row["item"], CONFORM, "Đã kiểm tra 20 hồ sơ") is None
    assert _findings(audits, row["audit"]) == ()
    audits.set_result(row["item"], OBS, "")
    assert audits.set_result(row["item"], None, "") is None
    assert _findings(audits, row["audit"]) == ()


def test_a_finding_with_a_corrective_action_keeps_its_row_its_audit_and_itself(services, audits, row):
    finding_id = audits.set_result(row["item"], NC, "Thiếu phiếu kiểm soát", MINOR)
    ca_id = _request(services, [finding_id], seq=3)
    with pytest.raises(DomainError) as caught:
        audits.set_result(row["item"], CONFORM, "")
    assert (caught.value.code, caught.value.params) == ("finding.has_request", {"number": "03/2026"})
    for refused in (
        lambda: audits.delete_finding(finding_id),
        lambda: audits.delete_checklist_item(row["item"]),
        lambda: audits.delete_audit(row["audit"]),
    ):
        with pytest.raises(DomainError):
            refused()
    assert len(_findings(audits, row["audit"])) == 1
    # Changing its severity is still allowed: the request answers the same finding.
    audits.set_result(row["item"], NC, "Thiếu phiếu kiểm soát", MAJOR)
    assert _findings(audits, row["audit"])[0].type is MAJOR
    # Even a cancelled request keeps it: the request's record names the finding.
    _set_status(services, ca_id, m.CaStatus.CANCELLED)
    with pytest.raises(DomainError):
        audits.delete_finding(finding_id)


def test_findings_without_a_row_and_edits_that_reach_back_to_the_row(org, audits, row):
    alone = audits.add_finding(
        FindingFields(audit_id=row["audit"], type=m.FindingType.OFI, clause="7.1.3",
                      department_id=org["office"], description="Nên trang bị máy quét tài liệu")
    )  # fmt: skip
    finding = audits.get_finding(alone)
    assert finding.found_on == date(Y, 9, 14) and finding.checklist_item_id is None
    assert not finding.without_action  # an OFI never needs an action

    with pytest.raises(ValidationError) as caught:
        audits.add_finding(
            FindingFields(audit_id=row["audit"], type=m.FindingType.RECOMMENDATION, description="x")
        )
    assert _codes(caught.value) == {"type": "finding.recommendation_of_inspection"}
    with pytest.raises(ValidationError) as caught:
        audits.add_finding(FindingFields(audit_id=row["audit"]))
    assert _codes(caught.value) == {"type": "field.required", "description": "field.required"}
    for both_or_none in (FindingFields(), FindingFields(audit_id=row["audit"], inspection_id=1)):
        with pytest.raises(DomainError) as error:
            audits.add_finding(dataclass_replace(both_or_none, type=MAJOR, description="x"))
        assert error.value.code == "finding.one_source"

    from_row = audits.set_result(row["item"], NC, "Thiếu phiếu", MINOR)
    fields = FindingFields(type=m.FindingType.OBSERVATION, clause="8.5.1", description="Sửa lại mô tả")
    audits.update_finding(from_row, fields)
    assert audits.get_audit(row["audit"]).checklist[0].result is OBS
    audits.delete_finding(from_row)
    checklist_row = audits.get_audit(row["audit"]).checklist[0]
    assert (checklist_row.result, checklist_row.finding_id) == (None, None)
    assert [f.id for f in _findings(audits, row["audit"])] == [alone]


def dataclass_replace(fields: FindingFields, **changes) -> FindingFields:  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(fields, **changes)


# ---- without action -------------------------------------------------------------------------------
def test_without_action_around_the_rules(services, org, audits):
    audit_id = _audit(audits)

    def add(kind: m.FindingType, text: str) -> int:
        return audits.add_finding(
            FindingFields(audit_id=audit_id, type=kind, description=text, department_id=org["desk"])
        )

    no_request = add(MAJOR, "Không có yêu cầu")
    cancelled = add(MINOR, "Phiếu đã hủy")
    live = add(MINOR, "Phiếu đang thực hiện")
    closed = add(MAJOR, "Đóng kèm lý do")
    add(m.FindingType.OBSERVATION, "Điểm lưu ý")
    add(m.FindingType.OFI, "Cơ hội cải tiến")
    ca_cancelled = _request(services, [cancelled], seq=1)
    _set_status(services, ca_cancelled, m.CaStatus.CANCELLED)
    _request(services, [live], seq=2, status=m.CaStatus.IN_PROGRESS)
    audits.close_finding(closed, date(Y, 9, 30), "Đã khắc phục ngay trong buổi đánh giá")
    inspection = services.inspections.create(
        InspectionFields(on=date(Y, 6, 12), body="Sở Khoa học và Công nghệ")
    )
    recommendation = services.inspections.add_recommendation(
        inspection, FindingFields(description="Cập nhật quy trình")
    )

    expected = {no_request, cancelled, recommendation}
    assert audits.without_action_count(Y) == audits.without_action_count() == 3
    assert audits.without_action_count(Y - 1) == 0
    assert set(audits.finding_ids(FindingFilter(year=Y, without_action_only=True))) == expected
    rows = {r.id: r for r in audits.finding_rows(audits.finding_ids(FindingFilter(year=Y)))}
    assert {i for i, r in rows.items() if r.without_action} == expected
    assert (
        rows[live].corrective_action_number == "02/2026" and rows[cancelled].corrective_action_number is None
    )
    assert rows[closed].closed_on == date(Y, 9, 30)
    assert audits.audits(Y)[0].without_action == 2
    # The audit's own row counts its findings by type.
    assert (audits.audits(Y)[0].nc_major, audits.audits(Y)[0].nc_minor) == (2, 2)
    # Reopening a closed finding makes it count again.
    audits.reopen_finding(closed)
    assert audits.without_action_count(Y) == 4


def test_closing_a_finding_without_action_needs_a_past_date_and_a_reason(services, org, audits):
    audit_id = _audit(audits)
    nc = audits.add_finding(FindingFields(audit_id=audit_id, type=MINOR, description="Thiếu sổ theo dõi"))
    ofi = audits.add_finding(
        FindingFields(audit_id=audit_id, type=m.FindingType.OFI, description="Nên số hóa")
    )
    with pytest.raises(ValidationError) as caught:
        audits.close_finding(nc, date(Y, 10, 2), " ")
    assert _codes(caught.value) == {"on": "finding.close_in_future", "note": "field.required"}
    with pytest.raises(ValidationError) as caught:
        audits.close_finding(nc, date(Y, 9, 1), "Lý do")
    assert _codes(caught.value) == {"on": "finding.close_before_found"}
    with pytest.raises(DomainError) as error:
        audits.close_finding(ofi, TODAY, "Không cần")
    assert error.value.code == "finding.no_action_needed"
    audits.close_finding(nc, TODAY, "Đã bổ sung sổ ngay")
    with pytest.raises(DomainError) as error:
        audits.close_finding(nc, TODAY, "Lần nữa")
    assert error.value.code == "finding.already_closed"
    audits.reopen_finding(nc)
    with pytest.raises(DomainError) as error:
        audits.reopen_finding(nc)
    assert error.value.code == "finding.not_closed"
    _request(services, [nc])
    with pytest.raises(DomainError) as error:
        audits.close_finding(nc, TODAY, "Lý do")
    assert (error.value.code, error.value.params) == ("finding.has_live_request", {"number": "01/2026"})


def test_the_findings_list_filters_and_sorts_in_sql(services, org, audits):
    audit_id = _audit(audits)
    desk = audits.add_finding(
        FindingFields(
            audit_id=audit_id,
            type=MINOR,
            clause="8.5.1",
            department_id=org["desk"],
            description="Hồ sơ trễ hạn",
        )
    )
    office = audits.add_finding(
        FindingFields(
            audit_id=audit_id,
            type=m.FindingType.OFI,
            clause="7.1.3",
            department_id=org["office"],
            description="Máy quét",
        )
    )
    inspection = services.inspections.create(
        InspectionFields(on=date(Y, 6, 12), body="Sở Khoa học và Công nghệ")
    )
    upstream = services.inspections.add_recommendation(inspection, FindingFields(description="Cập nhật quy trình"))  # fmt: skip
    ids = audits.finding_ids

    assert ids(FindingFilter(year=Y)) == [upstream, desk, office]  # found first, first
    assert ids(FindingFilter(text="tre han")) == [desk]  # diacritics ignored
    assert ids(FindingFilter(source="inspection")) == [upstream]
    assert ids(FindingFilter(source="audit", type=m.FindingType.OFI)) == [office]
    assert ids(FindingFilter(department_id=org["desk"])) == [desk]
    assert ids(FindingFilter(audit_id=audit_id)) == [desk, office]
    assert ids(FindingFilter(), sort="department") == [upstream, desk, office]  # none, Bộ phận…, Văn phòng
    assert ids(FindingFilter(), sort="type", descending=True) == [upstream, office, desk]
    assert ids(FindingFilter(audit_id=audit_id), sort="clause") == [office, desk]  # 7.1.3, 8.5.1
    assert [r.id for r in audits.finding_rows([office, 999, desk])] == [office, desk]
    assert audits.finding_rows([upstream])[0].source_label == "Sở Khoa học và Công nghệ (12/06/2026)"


def test_deleting_a_question_takes_its_finding_along(audits, row):
    finding_id = audits.set_result(row["item"], OFI, "Nên số hóa sổ theo dõi")
    audits.delete_checklist_item(row["item"])
    detail = audits.get_audit(row["audit"])
    assert detail.checklist == () and detail.findings == ()
    with pytest.raises(DomainError):
        audits.get_finding(finding_id)
