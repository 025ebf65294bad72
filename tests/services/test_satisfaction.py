"""Citizen satisfaction and complaints: % satisfied on known counts (none answered included), the
counts pooled over a period by the surveys' end dates, the checks on surveys and complaints, rulings,
the one corrective action a well-founded complaint raises, and the year's registers (JSON, PDF, xlsx)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from app import models as m
from app.messages import message
from app.services import dto
from app.services.areas import ExportRequest, export_kind
from app.services.corrective_actions import CaFilter
from app.services.errors import DomainError, ValidationError
from app.services.exports.catalogue import render
from app.services.satisfaction import (
    ComplaintFields,
    SurveyFields,
    percent_satisfied,
    pooled,
)

Y = 2026
TODAY = date(Y, 10, 20)
R = m.ComplaintRuling


@pytest.fixture
def sat(services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    return services.satisfaction


@pytest.fixture
def desk(services) -> int:  # type: ignore[no-untyped-def]
    return services.organization.save_department(
        dto.DepartmentFields(name="Trung tâm Phục vụ hành chính công")
    ).id


def survey(
    start: date, end: date, very: int, ok: int, neutral: int, bad: int, forms: int | None = None
) -> SurveyFields:
    return SurveyFields(
        from_on=start,
        to_on=end,
        method="Thiết bị đánh giá điện tử",
        forms=very + ok + neutral + bad if forms is None else forms,
        very_satisfied=very,
        satisfied=ok,
        neutral=neutral,
        dissatisfied=bad,
    )


def complaint(ruling: R = R.PENDING, **changes: object) -> ComplaintFields:
    values: dict[str, object] = {
        "received_on": date(Y, 9, 8),
        "channel": "Đường dây nóng",
        "sender": "Ông Trần Văn Bình",
        "content": "Trả kết quả chứng thực chậm 01 ngày so với phiếu hẹn.",
        "ruling": ruling,
    }
    values.update(changes)
    return ComplaintFields(**values)  # type: ignore[arg-type]


# ---- % satisfied -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((120, 360, 15, 5), 96.0),
        ((0, 0, 0, 0), None),  # nobody answered: no value, never 0 or NaN
        ((10, 0, 0, 0), 100.0),
        ((0, 0, 3, 1), 0.0),
        ((1, 1, 1, 0), 66.7),
        ((999, 0, 0, 1), 99.9),  # not rounded up to 100
    ],
)
def test_percent_satisfied_on_known_counts(counts, expected):  # type: ignore[no-untyped-def]
    assert percent_satisfied(*counts) == expected


def test_pooling_adds_the_counts_not_the_percentages():
    a = survey(date(Y, 1, 1), date(Y, 3, 31), 0, 90, 0, 10)  # 90 %
    b = survey(date(Y, 4, 1), date(Y, 6, 30), 0, 10, 0, 0)  # 100 %
    figures = pooled([a, b])
    assert (figures.surveys, figures.answered, figures.satisfied) == (2, 110, 100)
    assert figures.percent_satisfied == 90.9  # 100/110, not the mean 95
    empty = pooled([])
    assert empty.percent_satisfied is None and empty.percent_text == "—"


def test_a_period_pools_the_surveys_ending_in_it(sat):  # type: ignore[no-untyped-def]
    sat.create_survey(survey(date(Y, 1, 2), date(Y, 3, 31), 50, 140, 8, 2))  # Q1
    sat.create_survey(survey(date(Y, 3, 20), date(Y, 6, 30), 40, 150, 6, 4))  # begins in Q1, ends in Q2
    sat.create_survey(survey(date(Y, 6, 1), date(Y, 7, 1), 1, 0, 0, 9))  # ends the day after Q2
    q1 = sat.period_figures(date(Y, 1, 1), date(Y, 3, 31))
    q2 = sat.period_figures(date(Y, 4, 1), date(Y, 6, 30))
    half = sat.period_figures(date(Y, 1, 1), date(Y, 6, 30))
    assert (q1.surveys, q1.percent_satisfied) == (1, 95.0)
    assert (q2.surveys, q2.answered, q2.percent_satisfied) == (1, 200, 95.0)
    assert (half.surveys, half.answered, half.very_satisfied) == (2, 400, 90)
    assert half.percent_satisfied == 95.0
    assert (half.first_on, half.last_on) == (date(Y, 1, 2), date(Y, 6, 30))
    nothing = sat.period_figures(date(Y, 8, 1), date(Y, 8, 31))
    assert nothing.surveys == 0 and nothing.percent_satisfied is None


def test_survey_checks(sat):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        sat.create_survey(SurveyFields(from_on=date(Y, 3, 31), to_on=date(Y, 1, 1), neutral=-1))
    errors = {e.field: e.code for e in caught.value.errors}
    assert errors == {"to_on": "survey.ends_before_start", "neutral": "survey.count_negative"}
    with pytest.raises(ValidationError) as caught:
        sat.create_survey(survey(date(Y, 1, 1), date(Y, 3, 31), 10, 20, 0, 0, forms=25))
    problem = caught.value.for_field("forms")
    assert problem is not None and "30" in message(caught.value)
    # More forms than answers is fine (blank or spoilt forms); a survey of nobody too.
    sat.create_survey(survey(date(Y, 1, 1), date(Y, 3, 31), 10, 20, 0, 0, forms=35))
    empty_id = sat.create_survey(SurveyFields(from_on=date(Y, 4, 1), to_on=date(Y, 4, 1)))
    assert sat.get_survey(empty_id).percent_text == "—"


def test_survey_update_and_delete(sat):  # type: ignore[no-untyped-def]
    survey_id = sat.create_survey(survey(date(Y, 1, 1), date(Y, 3, 31), 10, 20, 0, 0))
    sat.update_survey(survey_id, survey(date(Y, 1, 1), date(Y, 3, 31), 10, 20, 10, 0))
    assert sat.get_survey(survey_id).percent_satisfied == 75.0
    assert [r.id for r in sat.surveys(Y)] == [survey_id] and sat.surveys(Y - 1) == []
    sat.delete_survey(survey_id)
    assert sat.surveys() == []


# ---- complaints ----------------------------------------------------------------------------------
def test_complaint_checks(sat):  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        sat.create_complaint(complaint(content=" ", received_on=date(Y, 10, 21)))
    assert {e.field: e.code for e in caught.value.errors} == {
        "received_on": "complaint.received_in_future",
        "content": "field.required",
    }
    with pytest.raises(ValidationError) as caught:
        sat.create_complaint(complaint(resolved_on=date(Y, 9, 7)))
    assert caught.value.errors[0].code == "complaint.resolved_before_received"
    with pytest.raises(ValidationError) as caught:
        sat.create_complaint(complaint(resolved_on=date(Y, 10, 21)))
    assert caught.value.errors[0].code == "complaint.resolved_in_future"
    same_day = sat.create_complaint(complaint(resolved_on=date(Y, 9, 8)))
    assert sat.get_complaint(same_day).resolved_on == date(Y, 9, 8)


@pytest.mark.parametrize(
    ("ruling", "well_founded"),
    [(R.FOUNDED, True), (R.PARTLY_FOUNDED, True), (R.UNFOUNDED, False), (R.PENDING, False)],
)
def test_rulings_that_are_well_founded(sat, ruling, well_founded):  # type: ignore[no-untyped-def]
    complaint_id = sat.create_complaint(complaint(ruling))
    row = sat.get_complaint(complaint_id)
    assert row.well_founded is well_founded and row.can_raise is well_founded
    if not well_founded:
        with pytest.raises(DomainError) as caught:
            sat.raise_corrective_action(complaint_id)
        assert caught.value.code == "complaint.not_well_founded"


def test_a_well_founded_complaint_raises_one_live_request(services, sat, desk):  # type: ignore[no-untyped-def]
    complaint_id = sat.create_complaint(complaint(R.PARTLY_FOUNDED, department_id=desk))
    ca_id = sat.raise_corrective_action(complaint_id, raised_on=date(Y, 9, 10))
    request = services.corrective_actions.get(ca_id)
    assert (request.source, request.source_type, request.source_id) == (
        m.CaSource.COMPLAINT,
        "complaint",
        complaint_id,
    )
    assert request.department_id == desk and request.found_on == date(Y, 9, 8)
    assert request.description.startswith("Trả kết quả chứng thực chậm")
    row = sat.get_complaint(complaint_id)
    assert (row.corrective_action_id, row.corrective_action_number) == (ca_id, request.number)
    assert not row.can_raise
    # A second one is refused while the first is live…
    with pytest.raises(DomainError) as caught:
        sat.raise_corrective_action(complaint_id)
    assert caught.value.code == "complaint.has_request" and request.number in message(caught.value)
    # …and the complaint cannot be deleted from under its request.
    with pytest.raises(DomainError):
        sat.delete_complaint(complaint_id)
    # Cancelled, it no longer counts: a new request may be raised.
    services.corrective_actions.move(ca_id, "cancel", on=date(Y, 9, 11), reason="Lập nhầm")
    assert sat.get_complaint(complaint_id).corrective_action_id is None
    again = sat.raise_corrective_action(complaint_id)
    assert again != ca_id and sat.get_complaint(complaint_id).corrective_action_id == again
    assert services.corrective_actions.get(again).raised_on == TODAY
    with pytest.raises(DomainError) as caught:
        sat.raise_corrective_action(sat.create_complaint(complaint(R.FOUNDED)), raised_on=date(Y, 9, 1))
    assert caught.value.code == "complaint.raised_before_received"
    assert len(services.corrective_actions.ca_ids(CaFilter())) == 2


def test_complaints_of_a_year_newest_first(sat):  # type: ignore[no-untyped-def]
    old = sat.create_complaint(complaint(received_on=date(Y - 1, 12, 30)))
    a = sat.create_complaint(complaint(received_on=date(Y, 2, 1)))
    b = sat.create_complaint(complaint(received_on=date(Y, 5, 1)))
    assert [r.id for r in sat.complaints(Y)] == [b, a]
    assert [r.id for r in sat.complaints(Y - 1)] == [old]
    assert sat.years() == [Y, Y - 1]
    sat.delete_complaint(old)
    assert sat.complaints(Y - 1) == []


# ---- registers -----------------------------------------------------------------------------------
def _fill(sat, desk):  # type: ignore[no-untyped-def]
    sat.create_survey(survey(date(Y, 1, 2), date(Y, 3, 31), 50, 140, 8, 2))
    sat.create_survey(SurveyFields(from_on=date(Y, 4, 1), to_on=date(Y, 6, 30), method="Phiếu giấy"))
    sat.create_survey(survey(date(Y - 1, 10, 1), date(Y - 1, 12, 31), 1, 1, 0, 0))
    founded = sat.create_complaint(complaint(R.FOUNDED, department_id=desk, resolved_on=date(Y, 9, 15)))
    number = sat.get_complaint(founded).id
    ca_id = sat.raise_corrective_action(founded, raised_on=date(Y, 9, 16))
    sat.create_complaint(complaint(R.UNFOUNDED, received_on=date(Y, 4, 2), channel="Hòm thư góp ý"))
    return number, ca_id


def test_register_json(services, sat, desk):  # type: ignore[no-untyped-def]
    founded, ca_id = _fill(sat, desk)
    surveys = sat.register_json("surveys", Y, today=TODAY)
    assert [s["to_on"] for s in surveys] == ["2026-03-31", "2026-06-30"]
    assert surveys[0]["percent_satisfied"] == 95.0 and surveys[1]["percent_satisfied"] is None
    assert set(surveys[0]) >= {
        "id", "from_on", "to_on", "forms", "very_satisfied", "satisfied", "neutral", "dissatisfied",
        "percent_satisfied",
    }  # fmt: skip
    complaints = sat.register_json("complaints", Y, today=TODAY)
    assert [c["ruling"] for c in complaints] == ["sai", "dung"]
    unfounded, well = complaints
    assert unfounded["well_founded"] is False and unfounded["corrective_action"] is None
    assert unfounded["department"] is None and unfounded["resolved_on"] is None
    assert well["well_founded"] is True and well["id"] == founded
    assert well["corrective_action"] == services.corrective_actions.get(ca_id).number
    assert well["received_on"] == "2026-09-08" and well["resolved_on"] == "2026-09-15"
    assert well["department"] == "Trung tâm Phục vụ hành chính công"


def test_registers_through_the_export_kinds(services, sat, desk, agency, tmp_path):  # type: ignore[no-untyped-def]
    _fill(sat, desk)
    out = tmp_path / "surveys.json"
    export_kind("surveys").run(services, ExportRequest("json", out, year=Y, today=TODAY))  # type: ignore[misc]
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 2
    document = export_kind("complaints").build(
        services, ExportRequest("pdf", tmp_path / "c.pdf", year=Y, today=TODAY)
    )  # type: ignore[misc]
    pdf = render(document, "pdf", tmp_path / "c.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "SỔ THEO DÕI PHẢN ÁNH" in text.upper() and "Hòm thư góp ý" in text
    assert "01/2026" in text  # the request raised from the well-founded one
    surveys = sat.register_document("surveys", Y, today=TODAY)
    book = load_workbook(render(surveys, "xlsx", tmp_path / "s.xlsx"))
    cells = [
        str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None
    ]
    assert any("95" in c and "%" in c for c in cells)  # Q1: 190/200
    assert "—" in cells  # the survey nobody answered: no rate, never "0 %"
    assert any("chưa có số liệu" in c or "95" in c for c in cells)
    empty = sat.register_document("complaints", Y - 1, today=TODAY)
    assert "(Chưa có phản ánh, kiến nghị nào)" in list(empty.texts())
    with pytest.raises(ValueError):
        sat.register_json("risks", Y)


# ---- demo ----------------------------------------------------------------------------------------
def test_demo_surveys_reproduce_the_satisfaction_objective():
    import random

    from app.services import demo_objectives, demo_satisfaction

    objective = next(o for o in demo_objectives._OBJECTIVES if "hài lòng" in o.statement)
    assert tuple(objective.previous) == demo_satisfaction.PREVIOUS_RATES
    assert tuple(objective.current) == demo_satisfaction.CURRENT_RATES
    rng = random.Random(7)
    for rate in (*objective.previous, *objective.current):
        forms, very, ok, neutral, bad = demo_satisfaction.quarter_counts(rate, rng)
        assert percent_satisfied(very, ok, neutral, bad) == rate
        assert forms >= very + ok + neutral + bad and min(very, ok, neutral, bad) >= 0
