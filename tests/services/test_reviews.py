"""Xem xét của lãnh đạo: numbering and period, the inputs collected from known records (an empty
period, a period crossing the year's end), signing freezes the figures, decisions and input (a),
the JSON export and the minutes."""

from __future__ import annotations

from datetime import date

import pytest

from app import models as m
from app.services.areas import ExportRequest
from app.services.corrective_actions import CaFields
from app.services.errors import DomainError, ValidationError
from app.services.reviews import DecisionFields, ReviewFields
from app.services.satisfaction import ComplaintFields, SurveyFields

Y = 2026
TODAY = date(Y, 11, 20)
DS = m.DecisionStatus


@pytest.fixture
def reviews(services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    return services.reviews


def _ca(services, raised: date, due: date | None = None) -> int:  # type: ignore[no-untyped-def]
    return services.corrective_actions.create(
        CaFields(raised_on=raised, source=m.CaSource.SELF, description="Hồ sơ trễ hạn", due_on=due)
    )


def _records(services) -> None:  # type: ignore[no-untyped-def]
    """Known records: two requests (one overdue at the review), two complaints, two surveys."""
    _ca(services, date(Y, 3, 2), due=date(Y, 4, 1))  # open, overdue at 15/10
    _ca(services, date(Y, 10, 20))  # after the period: not counted
    sat = services.satisfaction
    sat.create_complaint(
        ComplaintFields(
            received_on=date(Y, 5, 4),
            content="Chậm trả kết quả",
            resolved_on=date(Y, 5, 20),
            ruling=m.ComplaintRuling.FOUNDED,
        )
    )
    sat.create_complaint(ComplaintFields(received_on=date(Y, 6, 1), content="Thái độ phục vụ"))
    sat.create_survey(
        SurveyFields(
            from_on=date(Y, 3, 1), to_on=date(Y, 3, 31), forms=50, very_satisfied=20, satisfied=25, neutral=5
        )
    )
    sat.create_survey(
        SurveyFields(from_on=date(Y, 9, 1), to_on=date(Y, 9, 30), forms=50, satisfied=40, dissatisfied=10)
    )


def test_first_review_numbered_and_period_from_new_year(reviews, agency) -> None:  # type: ignore[no-untyped-def]
    first = reviews.get(reviews.create(ReviewFields(held_on=date(Y, 10, 15), place="Hội trường")))
    assert (first.number, first.year) == ("01", Y)
    assert (first.period_start, first.period_end) == (date(Y, 1, 1), date(Y, 10, 15))
    second = reviews.get(reviews.create(ReviewFields(held_on=date(Y, 11, 10))))
    assert second.number == "02"
    assert second.period_start == date(Y, 10, 16)


def test_inputs_equal_the_records(services, reviews, agency) -> None:  # type: ignore[no-untyped-def]
    _records(services)
    r = reviews.get(reviews.create(ReviewFields(held_on=date(Y, 10, 15))))
    f = r.figures
    assert (f["ca_opened"], f["ca_closed"], f["ca_open"], f["ca_overdue"]) == (1, 0, 1, 1)
    assert (f["complaints_received"], f["complaints_well_founded"], f["complaints_resolved"]) == (2, 1, 1)
    # pooled: (20 + 25 + 40) satisfied of 100 answered
    assert f["satisfaction_percent"] == 85.0
    assert f["satisfaction_surveys"] == 2
    assert f["audits_held"] == 0 and f["findings_by_type"] == {}
    assert f["training_sessions"] == 0
    assert f["earlier_decisions"] == [] and f["previous_review"] is None


def test_empty_period_prints_no_none(reviews, agency) -> None:  # type: ignore[no-untyped-def]
    r = reviews.get(reviews.create(ReviewFields(held_on=date(Y, 2, 1))))
    f = r.figures
    assert f["ca_opened"] == 0 and f["complaints_received"] == 0
    assert f["satisfaction_percent"] is None and f["tthc_on_time_percent"] is None
    doc = reviews.build_document("review", ExportRequest(fmt="pdf", out=None, year=Y))  # type: ignore[arg-type]
    text = "\n".join(t for t in doc.texts() if t)
    assert "None" not in text and "0,0" not in text
    assert "chưa có kết quả khảo sát" in text


def test_period_crossing_year_end(services, reviews, agency) -> None:  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y + 1, 11, 1))
    _ca(services, date(Y, 11, 2))  # before the previous review: not in the period
    _ca(services, date(Y, 12, 10))  # after it, last year
    _ca(services, date(Y + 1, 2, 3))
    previous = reviews.create(ReviewFields(held_on=date(Y, 11, 5)))
    assert reviews.get(previous).figures["ca_opened"] == 1
    r = reviews.get(reviews.create(ReviewFields(held_on=date(Y + 1, 10, 20))))
    assert (r.number, r.period_start) == ("01", date(Y, 11, 6))
    assert r.figures["ca_opened"] == 2
    assert r.figures["previous_review"]["number"] == "01"


def test_signed_review_keeps_its_figures(services, reviews, agency) -> None:  # type: ignore[no-untyped-def]
    review_id = reviews.create(
        ReviewFields(held_on=date(Y, 10, 15), chair="Nguyễn Văn An", secretary="Lê Thị Bình")
    )
    assert reviews.get(review_id).figures["ca_opened"] == 0
    reviews.sign(review_id, date(Y, 10, 16))
    _ca(services, date(Y, 5, 5))
    with pytest.raises(DomainError):
        reviews.refresh(review_id)
    with pytest.raises(DomainError):
        reviews.update(review_id, ReviewFields(held_on=date(Y, 10, 15), place="Khác"))
    r = reviews.get(review_id)
    assert r.signed and r.figures["ca_opened"] == 0


def test_refresh_of_a_draft_sees_new_records(services, reviews, agency) -> None:  # type: ignore[no-untyped-def]
    review_id = reviews.create(ReviewFields(held_on=date(Y, 10, 15)))
    _ca(services, date(Y, 5, 5))
    reviews.refresh(review_id)
    assert reviews.get(review_id).figures["ca_opened"] == 1


def test_sign_requires_chair_and_secretary(reviews, agency) -> None:  # type: ignore[no-untyped-def]
    review_id = reviews.create(ReviewFields(held_on=date(Y, 10, 15)))
    with pytest.raises(ValidationError) as caught:
        reviews.sign(review_id, date(Y, 10, 16))
    assert caught.value.for_field("chair") is not None


def test_earlier_open_decisions_are_input_a(services, reviews, agency) -> None:  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 12, 1))
    last = reviews.create(ReviewFields(held_on=date(Y - 1, 10, 10), chair="A", secretary="B"))
    keep = reviews.add_decision(
        last, DecisionFields(text="Bổ sung máy scan", owner="VP", due_on=date(Y, 3, 1))
    )
    reviews.add_decision(
        last,
        DecisionFields(text="Đã xong trước kỳ", status=DS.DONE, done_on=date(Y - 1, 10, 10)),
    )
    done_later = reviews.add_decision(last, DecisionFields(text="Sửa quy trình", due_on=date(Y, 6, 1)))
    reviews.sign(last, date(Y - 1, 10, 11))
    reviews.update_decision(
        done_later,
        DecisionFields(text="Sửa quy trình", due_on=date(Y, 6, 1), status=DS.DONE, done_on=date(Y, 5, 2)),
    )
    with pytest.raises(DomainError):
        reviews.update_decision(keep, DecisionFields(text="Khác"))  # signed: what was decided stays
    r = reviews.get(reviews.create(ReviewFields(held_on=date(Y, 10, 15))))
    earlier = {d.text: d.status for d in r.earlier_decisions}
    assert earlier == {"Bổ sung máy scan": DS.OPEN, "Sửa quy trình": DS.DONE}
    assert reviews.get_decision(keep).late  # due 01/3, still open


def test_decision_needs_done_date_when_closed(reviews, agency) -> None:  # type: ignore[no-untyped-def]
    review_id = reviews.create(ReviewFields(held_on=date(Y, 10, 15)))
    with pytest.raises(ValidationError) as caught:
        reviews.add_decision(review_id, DecisionFields(text="X", status=DS.DONE))
    assert caught.value.for_field("done_on") is not None


def test_json_and_minutes(services, reviews, agency) -> None:  # type: ignore[no-untyped-def]
    _records(services)
    review_id = reviews.create(
        ReviewFields(
            held_on=date(Y, 10, 15),
            time_from="08:00",
            time_to="11:30",
            place="Hội trường UBND xã",
            chair="Nguyễn Văn An — Chủ tịch UBND xã",
            secretary="Lê Thị Bình",
            attendees="Các Phó Chủ tịch\nCông chức các bộ phận",
        )
    )
    reviews.add_decision(
        review_id,
        DecisionFields(text="Khảo sát lại mức độ hài lòng", owner="Văn phòng", due_on=date(Y, 12, 31)),
    )
    data = reviews.json_data("review", ExportRequest(fmt="json", out=None, year=Y))  # type: ignore[arg-type]
    for key in [
        "number",
        "date",
        "status",
        "period_start",
        "period_end",
        "ca_opened",
        "ca_closed",
        "ca_overdue",
        "complaints_received",
        "complaints_well_founded",
        "satisfaction_percent",
        "objectives_met",
        "objectives_not_met",
        "objectives_at_risk",
        "objectives_on_track",
        "objectives_not_measured",
        "tthc_on_time_percent",
        "audits_held",
        "findings_by_type",
        "training_sessions",
        "training_attendees",
        "decisions",
    ]:
        assert key in data
    assert (data["number"], data["date"], data["status"]) == ("01", "2026-10-15", "draft")
    assert data["decisions"] == [
        {
            "text": "Khảo sát lại mức độ hài lòng",
            "kind": "improvement",
            "owner": "Văn phòng",
            "due_on": "2026-12-31",
            "status": "open",
            "done_on": None,
        }
    ]
    rows = reviews.json_data("review-decisions", ExportRequest(fmt="json", out=None, year=Y))  # type: ignore[arg-type]
    assert rows[0]["late"] is False
    doc = reviews.build_document("review", ExportRequest(fmt="pdf", out=None, year=Y, number="01"))  # type: ignore[arg-type]
    text = "\n".join(t for t in doc.texts() if t)
    assert doc.frame.variant == "minutes"
    assert "Họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng năm 2026" in text
    assert "/BB-" in doc.frame.number_line
    assert "85\u00a0% hài lòng" in text
    assert "Cuộc họp kết thúc vào lúc 11 giờ 30 phút cùng ngày./." in text
    assert [s.lines for s in doc.frame.signatures] == [("THƯ KÝ",), ("CHỦ TRÌ",)]
    assert doc.frame.signatures[1].name == "Nguyễn Văn An"
    with pytest.raises(DomainError):
        reviews.json_data("review", ExportRequest(fmt="json", out=None, year=Y - 3))  # type: ignore[arg-type]
