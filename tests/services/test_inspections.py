"""Upstream inspections (kiểm tra của cấp trên) and their recommendations, tracked like audit findings."""

from __future__ import annotations

from datetime import date

import pytest

from app import models as m
from app.services.audits import FindingFields, FindingFilter
from app.services.errors import DomainError, ValidationError
from app.services.inspections import InspectionFields

Y = 2026
TODAY = date(Y, 10, 1)
SKHCN = "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh"


@pytest.fixture
def inspections(agency, services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    return services.inspections


def _inspection(inspections, on=date(Y, 6, 12), **kw) -> int:  # type: ignore[no-untyped-def]
    values = {"on": on, "body": SKHCN, "form": m.InspectionForm.ON_SITE}
    values.update(kw)
    return inspections.create(InspectionFields(**values))


def test_an_inspection_is_recorded_with_its_notice_and_remediation_deadline(inspections):
    inspection_id = _inspection(
        inspections,
        basis="Kế hoạch số 45/KH-SKHCN ngày 02/3/2026 kiểm tra việc áp dụng HTQLCL",
        form=m.InspectionForm.RECORDS,
        team="Ông Nguyễn Văn Bình, Phó Chi cục trưởng, Trưởng đoàn",
        conclusions="Cơ quan đã áp dụng, duy trì HTQLCL; một số quy trình chưa cập nhật kịp thời.",
        notice_number="112/TB-SKHCN",
        notice_on=date(Y, 6, 25),
        remediation_due_on=date(Y, 7, 31),
    )
    detail = inspections.get(inspection_id)
    assert (detail.form, detail.notice_number, detail.remediation_due_on) == (
        m.InspectionForm.RECORDS,
        "112/TB-SKHCN",
        date(Y, 7, 31),
    )
    assert detail.label == f"{SKHCN} (12/06/2026)" and detail.findings == ()
    inspections.update(
        inspection_id, InspectionFields(on=date(Y, 6, 13), body="Chi cục Tiêu chuẩn Đo lường Chất lượng")
    )
    assert inspections.get(inspection_id).body == "Chi cục Tiêu chuẩn Đo lường Chất lượng"
    older = _inspection(inspections, on=date(Y - 1, 8, 1))
    assert [r.id for r in inspections.inspections()] == [inspection_id, older]
    assert [r.id for r in inspections.inspections(Y - 1)] == [older]


def test_an_inspection_needs_a_date_and_a_body_and_its_dates_in_order(inspections):
    with pytest.raises(ValidationError) as caught:
        inspections.create(
            InspectionFields(body=" ", notice_on=date(Y, 1, 1), remediation_due_on=date(Y, 1, 1))
        )
    assert {e.field: e.code for e in caught.value.errors} == {
        "on": "field.required",
        "body": "field.required",
    }
    with pytest.raises(ValidationError) as caught:
        _inspection(inspections, notice_on=date(Y, 6, 1), remediation_due_on=date(Y, 5, 1))
    assert {e.field: e.code for e in caught.value.errors} == {
        "notice_on": "inspection.notice_before_inspection",
        "remediation_due_on": "inspection.due_before_inspection",
    }


def test_recommendations_are_findings_of_the_inspection_without_action_until_answered(services, inspections):
    inspection_id = _inspection(inspections)
    first = inspections.add_recommendation(
        inspection_id,
        FindingFields(clause="7.5.3", description="Cập nhật quy trình theo Quyết định 1234/QĐ-UBND"),
    )
    second = inspections.add_recommendation(
        inspection_id, FindingFields(description="Bổ sung hồ sơ khảo sát")
    )
    detail = inspections.get(inspection_id)
    assert [f.id for f in detail.findings] == [first, second]
    assert {f.type for f in detail.findings} == {m.FindingType.RECOMMENDATION}
    assert all(f.source == "inspection" and f.found_on == date(Y, 6, 12) for f in detail.findings)
    assert all(f.without_action for f in detail.findings)
    row = inspections.inspections(Y)[0]
    assert (row.recommendations, row.without_action) == (2, 2)
    assert services.audits.finding_ids(
        FindingFilter(inspection_id=inspection_id, without_action_only=True)
    ) == [
        first,
        second,
    ]

    services.audits.close_finding(second, date(Y, 7, 20), "Đã bổ sung, báo cáo tại Văn bản 80/UBND")
    inspections.update_recommendation(
        first, FindingFields(clause="7.5.3", description="Cập nhật 03 quy trình")
    )
    assert inspections.get(inspection_id).findings[0].description == "Cập nhật 03 quy trình"
    assert inspections.inspections(Y)[0].without_action == 1


def test_an_inspection_with_an_answered_recommendation_cannot_be_deleted(services, inspections):
    kept = _inspection(inspections)
    recommendation = inspections.add_recommendation(kept, FindingFields(description="Cập nhật quy trình"))
    with services.uow() as uow:
        uow.session.add(
            m.CorrectiveAction(
                year=Y,
                seq=4,
                raised_on=date(Y, 7, 1),
                source=m.CaSource.INSPECTION,
                due_on=date(Y, 7, 31),
                finding_links=[m.CaFinding(finding_id=recommendation)],
            )
        )
        uow.commit()
    with pytest.raises(DomainError) as caught:
        inspections.delete(kept)
    assert (caught.value.code, caught.value.params) == ("inspection.has_requests", {"number": "04/2026"})
    with pytest.raises(DomainError):
        inspections.delete_recommendation(recommendation)

    gone = _inspection(inspections, on=date(Y, 8, 1))
    other = inspections.add_recommendation(gone, FindingFields(description="Niêm yết chính sách"))
    inspections.delete(gone)
    assert services.audits.finding_rows([other]) == []
    assert [r.id for r in inspections.inspections()] == [kept]
