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


def test_each_input_figure_lists_the_records_behind_it(services) -> None:  # type: ignore[no-untyped-def]
    """On the demo's current review, the list behind every figure has as many lines as the figure
    says, and each line opens a record of the registry."""
    from app.services.areas import record_type
    from app.services.demo import fill_demo
    from app.services.figure_records import FIGURE_RECORDS

    fill_demo(services, today=date(Y, 11, 22))
    review = services.reviews.find(Y)
    assert review is not None and review.signed
    f = review.figures
    found = sum(int(n) for n in f["findings_by_type"].values())
    expected = {
        "earlier_decisions": len(f["earlier_decisions"]),
        "legal_effective": f["legal_effective"],
        "issues_effective": f["issues_effective"],
        "satisfaction": f["satisfaction_surveys"],
        "complaints": f["complaints_received"],
        "objectives": f["objectives_total"],
        "ca_opened": f["ca_opened"],
        "ca_closed": f["ca_closed"],
        "ca_open": f["ca_open"],
        "ca_overdue": f["ca_overdue"],
        "audits": f["audits_held"],
        "inspections": f["inspections"],
        "findings": found,
        "risk_evaluations": f["risk_evaluations"],
        "ofi": f["ofi_findings"],
        "training": f["training_sessions"],
    }
    assert set(expected) | {"tthc"} <= set(FIGURE_RECORDS)
    for key, n in expected.items():
        lines = services.reviews.figure_records(review.id, key)
        assert len(lines) == n, key
        for line in lines:
            record_type(line.record_type)  # a registry key: the window can open it
    assert expected["ca_opened"] and expected["findings"] and expected["earlier_decisions"]
    tthc = services.reviews.figure_records(review.id, "tthc")
    assert sum(int(x.text.split("tiếp nhận ")[1].split(",")[0]) for x in tthc) == f["tthc_received"]
    overdue = services.reviews.figure_records(review.id, "ca_overdue")
    assert all(x.on is not None and x.on < review.period_end for x in overdue)


def test_demo_review_inputs_equal_counts_made_from_the_registers(services, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The demo's current review covers 09/10/2025–08/10/2026, across the year's end. Each figure
    equals a count made here, in Python, from the registers' JSON of both years and the lists the
    pages show (not the SQL counts that took the figures)."""
    import json

    from app.services.demo import fill_demo
    from app.services.exports import catalogue

    fill_demo(services, today=date(Y, 11, 22))
    review = services.reviews.find(Y)
    assert review is not None
    start, end, f = review.period_start, review.period_end, review.figures
    assert start.year == Y - 1 and end.year == Y

    def register(key: str) -> list[dict]:  # type: ignore[type-arg]
        rows = {}
        for year in (Y - 1, Y):
            out = tmp_path / f"{key}-{year}.json"
            catalogue.write(services, key, ExportRequest(fmt="json", out=out, year=year))
            for row in json.loads(out.read_text("utf-8")):
                rows[row.get("number") or row["id"]] = row
        return list(rows.values())

    def day(value: str | None) -> date | None:
        return date.fromisoformat(value) if value else None

    def inside(value: str | None) -> bool:
        d = day(value)
        return d is not None and start <= d <= end

    def by_end(value: str | None) -> bool:
        d = day(value)
        return d is not None and d <= end

    cas = register("corrective-actions")
    still_open = [
        c
        for c in cas
        if by_end(c["raised_on"]) and not by_end(c["closed_on"]) and not by_end(c["cancelled_on"])
    ]
    assert f["ca_opened"] == sum(inside(c["raised_on"]) for c in cas)
    assert f["ca_closed"] == sum(inside(c["closed_on"]) for c in cas)
    assert f["ca_open"] == len(still_open)
    assert f["ca_overdue"] == sum(day(c["due_on"]) < end for c in still_open)  # type: ignore[operator]

    complaints = [c for c in register("complaints") if inside(c["received_on"])]
    assert f["complaints_received"] == len(complaints)
    assert f["complaints_well_founded"] == sum(bool(c["well_founded"]) for c in complaints)
    assert f["complaints_resolved"] == sum(by_end(c["resolved_on"]) for c in complaints)

    surveys = [s for s in register("surveys") if inside(s["to_on"])]
    answered = sum(s[k] for s in surveys for k in ("very_satisfied", "satisfied", "neutral", "dissatisfied"))
    satisfied = sum(s["very_satisfied"] + s["satisfied"] for s in surveys)
    assert (f["satisfaction_surveys"], f["satisfaction_answered"]) == (len(surveys), answered)
    assert f["satisfaction_percent"] == pytest.approx(100 * satisfied / answered, abs=0.05)

    audits = [a for y in (Y - 1, Y) for a in services.audits.audits(y) if start <= a.end_on <= end]
    inspections = [i for y in (Y - 1, Y) for i in services.inspections.inspections(y) if start <= i.on <= end]
    assert (f["audits_held"], f["inspections"]) == (len(audits), len(inspections)) == (1, 1)
    findings = [x for x in register("findings") if inside(x["found_on"])]
    by_type: dict[str, int] = {}
    for x in findings:
        by_type[x["type"]] = by_type.get(x["type"], 0) + 1
    assert f["findings_by_type"] == by_type and f["ofi_findings"] == by_type["ofi"]

    evaluations = [e for r in register("risks") for e in r["evaluations"] if inside(e["on"])]
    assert f["risk_evaluations"] == len(evaluations) > 0
    assert f["risk_evaluations_effective"] == sum(bool(e["effective"]) for e in evaluations)

    sessions = [t for t in register("training") if inside(t["on"])]
    assert (f["training_sessions"], f["training_attendees"]) == (
        len(sessions),
        sum(t["attendees"] for t in sessions),
    )

    rows = [t for t in register("tthc-results") if day(t["from_on"]) >= start and day(t["to_on"]) <= end]  # type: ignore[operator]
    rows = [t for t in rows if not t["field"]] or rows
    on_time = sum(t["early"] + t["on_time"] for t in rows)
    assert (f["tthc_received"], f["tthc_on_time"], f["tthc_late"]) == (
        sum(t["received"] for t in rows),
        on_time,
        sum(t["late"] for t in rows),
    )
    assert f["tthc_on_time_percent"] == pytest.approx(100 * on_time / (on_time + f["tthc_late"]), abs=0.05)

    statuses = [o.status.value for o in services.objectives.list_objectives(Y, on=end)]
    for name in ("met", "not_met", "at_risk", "on_track", "not_measured"):
        assert f[f"objectives_{name}"] == statuses.count(name), name
    legal = [x for x in services.legal.list_legal() if x.effective_on and start <= x.effective_on <= end]
    assert f["legal_effective"] == len(legal)
