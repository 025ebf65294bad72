"""Risks and opportunities (§6.1): scores and bands, residual scores, reviews, the heat map, the
year's register and its exports."""

from __future__ import annotations

import json
from datetime import date

import pytest
from pypdf import PdfReader

from app import models as m
from app.services.corrective_actions import CaFields
from app.services.deadlines import DueState
from app.services.errors import DomainError, ValidationError
from app.services.exports.pdf import render
from app.services.risks import (
    RiskActionFields,
    RiskEvaluationFields,
    RiskFields,
    RiskFilter,
    risk_band,
    risk_score,
)
from app.services.vocabulary import to_json

Y = 2026
TODAY = date(Y, 10, 1)
K = m.RiskKind


@pytest.fixture
def risks(agency, services):  # type: ignore[no-untyped-def]
    services.clock.pin(TODAY)
    return services.risks


def _risk(risks, title="Văn bản pháp luật thay đổi chưa cập nhật vào quy trình", **kw) -> int:  # type: ignore[no-untyped-def]
    values = {"kind": K.RISK, "title": title, "likelihood": 3, "impact": 4, "identified_on": date(Y, 2, 10)}
    values.update(kw)
    return risks.create(RiskFields(**values))


def _evaluate(risks, risk_id, on, likelihood, impact, **kw) -> int:  # type: ignore[no-untyped-def]
    return risks.add_evaluation(
        risk_id,
        RiskEvaluationFields(on=on, residual_likelihood=likelihood, residual_impact=impact, **kw),
    )


# ---- scores and bands ---------------------------------------------------------------------------
def test_score_is_likelihood_times_impact_and_the_band_changes_at_5_and_15():
    assert risk_score(2, 2) == 4 and risk_score(1, 5) == 5 and risk_score(3, 5) == 15
    assert [risk_band(s) for s in (1, 4, 5, 14, 15, 25)] == [
        "thap",
        "thap",
        "trung_binh",
        "trung_binh",
        "cao",
        "cao",
    ]
    assert [risk_band(s, 6, 12) for s in (5, 6, 11, 12)] == ["thap", "trung_binh", "trung_binh", "cao"]


def test_bands_on_records_follow_the_agencys_settings(risks):
    four = _risk(risks, "Bốn điểm", likelihood=2, impact=2)
    five = _risk(risks, "Năm điểm", likelihood=1, impact=5)
    ten = _risk(risks, "Mười điểm", likelihood=2, impact=5)
    fifteen = _risk(risks, "Mười lăm điểm", likelihood=3, impact=5)
    assert risks.settings().medium_from == 5 and risks.settings().high_from == 15
    bands = {
        risks.get(i).row.title: (risks.get(i).row.score, risks.get(i).row.band) for i in (four, five, fifteen)
    }
    assert bands == {
        "Bốn điểm": (4, "thap"),
        "Năm điểm": (5, "trung_binh"),
        "Mười lăm điểm": (15, "cao"),
    }
    assert risks.get(ten).row.band == "trung_binh"
    risks.save_settings(6, 10)
    assert [risks.get(i).row.band for i in (four, five, ten, fifteen)] == ["thap", "thap", "cao", "cao"]


def test_band_settings_must_be_ordered_and_between_1_and_25(risks):
    with pytest.raises(ValidationError) as caught:
        risks.save_settings(15, 15)
    assert caught.value.errors[0].code == "risk.band_order"
    with pytest.raises(ValidationError) as caught:
        risks.save_settings(0, 26)
    assert {e.field for e in caught.value.errors} == {"medium_from", "high_from"}
    assert risks.settings().medium_from == 5


def test_an_opportunity_has_a_score_but_no_band(risks):
    chance = _risk(
        risks, "Ứng dụng dịch vụ công trực tuyến toàn trình", kind=K.OPPORTUNITY, likelihood=5, impact=4
    )
    row = risks.get(chance).row
    assert (row.score, row.band, row.residual_band) == (20, None, None)


def test_scores_are_1_to_5_and_a_title_and_identification_day_are_needed(risks):
    with pytest.raises(ValidationError) as caught:
        risks.create(RiskFields(title=" ", likelihood=0, impact=6, identified_on=None))
    assert {e.field: e.code for e in caught.value.errors} == {
        "title": "field.required",
        "likelihood": "risk.bad_scale",
        "impact": "risk.bad_scale",
        "identified_on": "field.required",
    }
    with pytest.raises(ValidationError) as caught:
        _risk(risks, identified_on=date(Y, 10, 2))
    assert caught.value.errors[0].code == "risk.date_in_future"


# ---- residual, actions, evaluations -------------------------------------------------------------
def test_residual_score_is_the_latest_evaluations_else_the_initial_one(risks):
    risk_id = _risk(risks, likelihood=4, impact=4)
    row = risks.get(risk_id).row
    assert (row.residual_score, row.residual_band, row.last_evaluated_on) == (16, "cao", None)
    _evaluate(risks, risk_id, date(Y, 6, 30), 2, 3, effective=True)
    _evaluate(risks, risk_id, date(Y, 3, 31), 3, 4, effective=False)  # typed in later, dated earlier
    detail = risks.get(risk_id)
    assert (detail.row.residual_score, detail.row.residual_band) == (6, "trung_binh")
    assert [e.on for e in detail.evaluations] == [date(Y, 3, 31), date(Y, 6, 30)]
    assert detail.row.score == 16  # the initial score stays


def test_an_evaluation_is_not_dated_after_today_nor_before_identification(risks):
    risk_id = _risk(risks)
    with pytest.raises(ValidationError) as caught:
        _evaluate(risks, risk_id, date(Y, 10, 2), 2, 2)
    assert caught.value.errors[0].code == "risk.date_in_future"
    with pytest.raises(ValidationError) as caught:
        _evaluate(risks, risk_id, date(Y, 1, 5), 2, 2)
    assert caught.value.errors[0].code == "risk.before_identified"


def test_an_evaluation_can_set_the_next_review_which_is_due_soon_then_late(risks, services):
    risk_id = _risk(risks, review_on=date(Y, 9, 1))
    assert risks.get(risk_id).row.review_state is DueState.LATE
    assert [r.id for r in risks.risks(RiskFilter(review_wanted=True))] == [risk_id]
    _evaluate(risks, risk_id, date(Y, 9, 28), 2, 4, next_review_on=date(Y, 10, 10))
    row = risks.get(risk_id).row
    assert (row.review_on, row.review_state) == (date(Y, 10, 10), DueState.DUE_SOON)
    assert risks.review_counts() == (1, 0)
    risks.update(risk_id, RiskFields(**{**risks.get(risk_id).fields().__dict__, "review_on": date(Y, 12, 1)}))
    assert risks.risks(RiskFilter(review_wanted=True)) == []


def test_actions_have_an_owner_a_due_date_and_a_completion(risks):
    risk_id = _risk(risks)
    late = risks.add_action(
        risk_id, RiskActionFields("Rà soát văn bản mới hằng tháng", "Công chức Tư pháp", date(Y, 9, 30))
    )
    risks.add_action(
        risk_id, RiskActionFields("Cập nhật quy trình", "Văn phòng", date(Y, 8, 1), date(Y, 7, 20))
    )
    detail = risks.get(risk_id)
    assert [(a.description, a.state) for a in detail.actions] == [
        ("Rà soát văn bản mới hằng tháng", DueState.LATE),
        ("Cập nhật quy trình", DueState.DONE),
    ]
    assert detail.row.open_actions == 1
    with pytest.raises(ValidationError) as caught:
        risks.update_action(late, RiskActionFields("x", completed_on=date(Y, 12, 1)))
    assert caught.value.errors[0].code == "risk.date_in_future"
    risks.delete_action(late)
    assert len(risks.get(risk_id).actions) == 1


def test_close_with_a_date_then_reopen(risks):
    risk_id = _risk(risks)
    with pytest.raises(ValidationError):
        risks.close(risk_id, None)
    with pytest.raises(ValidationError):
        risks.close(risk_id, date(Y, 1, 1))
    risks.close(risk_id, date(Y, 9, 15))
    row = risks.get(risk_id).row
    assert (row.status, row.closed_on, row.review_state) == (
        m.RiskStatus.CLOSED,
        date(Y, 9, 15),
        DueState.NOT_APPLICABLE,
    )
    with pytest.raises(DomainError) as error:
        _evaluate(risks, risk_id, date(Y, 9, 20), 1, 1)
    assert error.value.code == "risk.closed_read_only"
    assert [r.id for r in risks.risks(RiskFilter(status=m.RiskStatus.OPEN))] == []
    risks.reopen(risk_id)
    assert (risks.get(risk_id).row.status, risks.get(risk_id).row.closed_on) == (m.RiskStatus.OPEN, None)


def test_a_risk_named_by_a_corrective_action_is_not_deleted(risks, services):
    risk_id = _risk(risks)
    services.corrective_actions.create(
        CaFields(
            raised_on=date(Y, 9, 1),
            source=m.CaSource.RISK,
            source_type="risk",
            source_id=risk_id,
            description="Quy trình chưa cập nhật",
        )
    )
    with pytest.raises(DomainError) as error:
        risks.delete(risk_id)
    assert error.value.code == "risk.has_request"
    other = _risk(risks, "Khác")
    risks.delete(other)
    assert [r.id for r in risks.risks()] == [risk_id]


# ---- reviewed in year ---------------------------------------------------------------------------
def test_reviewed_in_year_needs_a_risk_and_every_open_one_assessed_in_q1(risks):
    assert risks.reviewed_in_year(Y) is False  # none at all
    old = _risk(risks, "Hồ sơ trễ hạn", identified_on=date(Y - 1, 2, 1))
    assert risks.reviewed_in_year(Y - 1) is True  # identified (assessed) in Q1
    assert risks.reviewed_in_year(Y) is False  # open on 31/03, not assessed in Q1
    _evaluate(risks, old, date(Y, 4, 2), 2, 2)
    assert risks.reviewed_in_year(Y) is False  # evaluated, but after Q1
    _evaluate(risks, old, date(Y, 3, 20), 2, 3)
    assert risks.reviewed_in_year(Y) is True
    _risk(risks, "Nhận diện trong quý I", identified_on=date(Y, 3, 31))
    assert risks.reviewed_in_year(Y) is True
    not_reviewed = _risk(risks, "Nhận diện năm trước", identified_on=date(Y - 1, 11, 5))
    assert risks.reviewed_in_year(Y) is False
    risks.close(not_reviewed, date(Y, 3, 31))  # closed by 31/03: not open that day
    assert risks.reviewed_in_year(Y) is True
    _risk(risks, "Cơ hội cũ", kind=K.OPPORTUNITY, identified_on=date(Y - 1, 6, 1))
    _risk(risks, "Nhận diện sau quý I", identified_on=date(Y, 5, 1))
    assert risks.reviewed_in_year(Y) is True  # opportunities and later risks do not count


# ---- heat map -----------------------------------------------------------------------------------
def test_heat_map_counts_open_risks_at_their_residual_cell(risks):
    a = _risk(risks, "A", likelihood=4, impact=5)
    b = _risk(risks, "B", likelihood=4, impact=5)
    _evaluate(risks, b, date(Y, 6, 1), 2, 3)
    _risk(risks, "C", likelihood=4, impact=5, kind=K.OPPORTUNITY)
    closed = _risk(risks, "D", likelihood=1, impact=1)
    risks.close(closed, date(Y, 8, 1))
    cells = risks.heat_map(TODAY)
    assert len(cells) == 5 and all(len(line) == 5 for line in cells)
    assert cells[3][4] == 1 and cells[1][2] == 1 and sum(map(sum, cells)) == 2
    assert [r.id for r in risks.risks_in_cell(4, 5)] == [a]
    assert [r.id for r in risks.risks_in_cell(2, 3)] == [b]
    before = risks.heat_map(date(Y, 5, 1))  # b not yet evaluated, d still open
    assert before[3][4] == 2 and before[0][0] == 1
    assert risks.heat_map(date(Y, 1, 1)) == tuple((0,) * 5 for _ in range(5))


# ---- register -----------------------------------------------------------------------------------
def test_register_of_a_year_holds_what_was_open_in_it(risks):
    closed_before = _risk(risks, "Đóng năm trước", identified_on=date(Y - 2, 3, 1))
    risks.close(closed_before, date(Y - 1, 12, 31))
    closed_in = _risk(risks, "Đóng đầu năm", identified_on=date(Y - 1, 3, 1))
    risks.close(closed_in, date(Y, 1, 1))
    carried = _risk(risks, "Năm trước còn theo dõi", identified_on=date(Y - 1, 5, 1), likelihood=5, impact=5)
    new = _risk(risks, "Mới", identified_on=date(Y, 9, 1))
    chance = _risk(risks, "Cơ hội", kind=K.OPPORTUNITY, identified_on=date(Y, 2, 1), likelihood=5, impact=5)
    assert [d.id for d in risks.register(Y)] == [carried, closed_in, new, chance]
    assert [d.id for d in risks.register(Y - 1)] == [carried, closed_before, closed_in]
    assert [d.id for d in risks.register(Y + 1)] == [carried, new, chance]


def test_register_json_and_document(risks, services, tmp_path):
    risk_id = _risk(risks, likelihood=3, impact=5, review_on=date(Y, 12, 1), process="Tư pháp - hộ tịch")
    risks.add_action(risk_id, RiskActionFields("Rà soát văn bản mới", "Tư pháp", date(Y, 11, 30)))
    _evaluate(risks, risk_id, date(Y, 6, 1), 2, 4, effective=True)
    _risk(risks, "Cơ hội số hóa", kind=K.OPPORTUNITY, likelihood=4, impact=4)
    rows = json.loads(to_json(risks.register_json("risks", Y, today=TODAY)))
    first = rows[0]
    assert {
        k: first[k]
        for k in (
            "id",
            "kind",
            "likelihood",
            "impact",
            "score",
            "band",
            "residual_score",
            "status",
            "review_on",
        )
    } == {
        "id": risk_id,
        "kind": "rui_ro",
        "likelihood": 3,
        "impact": 5,
        "score": 15,
        "band": "cao",
        "residual_score": 8,
        "status": "dang_theo_doi",
        "review_on": "2026-12-01",
    }
    assert first["title"].startswith("Văn bản pháp luật")
    assert (rows[1]["kind"], rows[1]["band"], rows[1]["closed_on"]) == ("co_hoi", None, None)
    document = risks.register_document("risks", Y, today=TODAY)
    texts = " ".join(document.texts())
    assert "Sổ theo dõi rủi ro và cơ hội" in texts and "3×5 = 15" in texts and "Cao" in texts
    assert "01 rủi ro (01 mức cao), 01 cơ hội" in texts
    pdf = render(document, tmp_path / "so-rui-ro.pdf")
    text = "".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    assert "SỔ THEO DÕI RỦI RO" in text.upper() and "Rà soát văn bản mới" in text


# ---- demo ---------------------------------------------------------------------------------------
def _demo(services, today):  # type: ignore[no-untyped-def]
    from app.services.demo import DemoContext
    from app.services.demo_risks import fill_risks

    services.clock.pin(today)
    ctx = DemoContext(
        services=services,
        scale=1,
        today=today,
        first_year=today.year - 1,
        reform_on=date(today.year - 1, 7, 1),
        chair="Nguyễn Văn An",
        deputies=("Lê Văn Bình", "Trần Thị Cúc"),
        secretary="Dương Thị Ngọc Ánh",
    )
    return {c.key: c.value for c in fill_risks(ctx)}


@pytest.mark.parametrize("today", [date(Y, 10, 5), date(Y, 2, 10)])
def test_demo_risks_reviewed_last_year_but_lagging_this_year(agency, services, today):
    counts = _demo(services, today)
    risks = services.risks
    assert counts["opportunities"] == 3 and counts["risks"] >= 14
    assert risks.reviewed_in_year(today.year - 1) is True
    assert risks.reviewed_in_year(today.year) is False
    register = risks.register(today.year)
    assert [d.row.status for d in risks.register(today.year - 1)].count(m.RiskStatus.CLOSED) == 1
    assert all(d.row.identified_on <= today for d in register)
    assert all(e.on <= today for d in register for e in d.evaluations)
    assert all(a.completed_on is None or a.completed_on <= today for d in register for a in d.actions)
    assert sum(map(sum, risks.heat_map(today))) == sum(
        1 for d in register if d.row.kind is K.RISK and d.row.status is m.RiskStatus.OPEN
    )
    if today.month > 3:
        assert len(risks.risks(RiskFilter(review_wanted=True))) == 2
