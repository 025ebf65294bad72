"""The yearly cycle as a checklist (issue 15, first part): each item's due date (a linked plan task,
otherwise the defaults), its state at the boundaries (due today, due at the warning window's end,
the day after, done late), a review before the audit not counting, the 6-month report not asked for,
and the steering committee and publication judged only done or late."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from app import models as m
from app.services import dto
from app.services.audits import AuditFields
from app.services.reviews import ReviewFields
from app.services.status import CycleState, state_of

Y = 2026
S = CycleState


def _item(services, key: str, today: date):  # type: ignore[no-untyped-def]
    return next(x for x in services.status.cycle(Y, today) if x.key == key)


@pytest.mark.parametrize(
    ("days_to_due", "state"),
    [(-1, S.LATE), (0, S.DUE_SOON), (14, S.DUE_SOON), (15, S.UPCOMING)],
)
def test_a_pending_item_at_the_boundaries_of_the_window(days_to_due, state) -> None:  # type: ignore[no-untyped-def]
    today = date(Y, 5, 10)
    assert state_of(today + timedelta(days=days_to_due), None, today, 14) is state


def test_done_on_the_due_day_is_done_the_day_after_is_done_late() -> None:
    due = date(Y, 1, 31)
    assert state_of(due, due, date(Y, 6, 1), 14) is S.DONE
    assert state_of(due, due + timedelta(days=1), date(Y, 6, 1), 14) is S.DONE_LATE


def test_the_plan_is_due_by_its_linked_task_or_on_31_01(services, agency) -> None:  # type: ignore[no-untyped-def]
    # No plan at all: due 31/01; on 31/01 it is due soon, on 01/02 late.
    assert _item(services, "plan", date(Y, 1, 31)).state is S.DUE_SOON
    assert _item(services, "plan", date(Y, 2, 1)).state is S.LATE
    # The default plan links its first task (a Q1 task): due 31/03; signed on 05/02 is done in time.
    services.plans.create_plan(Y)
    item = _item(services, "plan", date(Y, 2, 1))
    assert (item.due_on, item.state) == (date(Y, 3, 31), S.UPCOMING)
    plan = services.plans.get_plan(Y)
    fields = dto.PlanFields(**{f.name: getattr(plan, f.name) for f in dataclasses.fields(dto.PlanFields)})
    services.plans.save_plan(Y, dataclasses.replace(fields, number="06", signed_on=date(Y, 2, 5)))
    item = _item(services, "plan", date(Y, 6, 1))
    assert (item.state, item.done_on, item.record) == (S.DONE, date(Y, 2, 5), ("plan", Y))
    # Signed after its due date: done late.
    services.plans.save_plan(Y, dataclasses.replace(fields, number="06", signed_on=date(Y, 4, 2)))
    assert _item(services, "plan", date(Y, 6, 1)).state is S.DONE_LATE


def test_the_objectives_are_due_at_the_end_of_february(services, agency) -> None:  # type: ignore[no-untyped-def]
    item = _item(services, "objectives", date(Y, 2, 28))
    assert (item.due_on, item.state) == (date(Y, 2, 28), S.DUE_SOON)
    services.objectives.save_meta(Y, dto.DocumentMeta(number="12", signed_on=date(Y, 2, 20)))
    assert _item(services, "objectives", date(Y, 3, 1)).state is S.DONE


def test_a_review_before_the_audit_leaves_the_review_not_done(services, agency) -> None:  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 12, 1))
    services.reviews.create(ReviewFields(held_on=date(Y, 8, 20)))
    services.audits.create_audit(AuditFields(start_on=date(Y, 9, 15), end_on=date(Y, 9, 17)))
    audit = _item(services, "audit", date(Y, 12, 1))
    assert (audit.state, audit.done_on, audit.record[0]) == (S.DONE, date(Y, 9, 17), "audit")
    review = _item(services, "review", date(Y, 12, 1))
    assert (review.state, review.done_on, review.due_on) == (S.DUE_SOON, None, date(Y, 12, 15))
    review_id = services.reviews.create(ReviewFields(held_on=date(Y, 10, 8)))
    review = _item(services, "review", date(Y, 12, 1))
    assert (review.state, review.done_on, review.record) == (S.DONE, date(Y, 10, 8), ("review", review_id))


def test_the_six_month_report_is_not_applicable_when_not_asked_for(services, agency) -> None:  # type: ignore[no-untyped-def]
    item = _item(services, "report_h1", date(Y, 6, 20))
    assert item.state is S.LATE  # the deadline 15/6 passed and nothing was sent
    settings = services.agency.get_reporting()
    services.agency.update_reporting(dataclasses.replace(settings, six_month_report=False))
    assert _item(services, "report_h1", date(Y, 6, 20)).state is S.NOT_APPLICABLE


def test_a_sent_report_is_done(services, agency) -> None:  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 6, 20))
    report_id = services.reports.compose("h1", Y)
    services.reports.sign(report_id, "12/BC-UBND", date(Y, 6, 12))
    assert _item(services, "report_h1", date(Y, 6, 20)).state is S.LATE  # signed is not sent
    services.reports.send(report_id, date(Y, 6, 16))
    item = _item(services, "report_h1", date(Y, 6, 20))
    assert (item.state, item.done_on) == (S.DONE_LATE, date(Y, 6, 16))  # sent the day after 15/6


def test_publication_is_done_only_under_the_agencys_name_and_scope(services, agency) -> None:  # type: ignore[no-untyped-def]
    today = date(Y, 6, 1)
    item = _item(services, "publication", today)
    assert (item.state, item.note) == (S.LATE, "chưa công bố")
    fields = dto.PublicationFields(
        kind=m.PublicationKind.INITIAL, number="150/QĐ-UBND", signed_on=date(Y - 1, 11, 20)
    )
    saved = services.qms.save_publication(fields)
    item = _item(services, "publication", today)
    assert item.state is S.LATE and item.note.startswith("cần xác nhận")  # no name recorded
    services.qms.save_publication(
        dataclasses.replace(fields, agency_name="Ủy ban nhân dân xã Tùng Ảnh"), saved.id
    )
    assert _item(services, "publication", today).state is S.DONE
    # A scope that took effect after the decision needs a re-publication.
    services.qms.save_scope_version(dto.TextVersionFields(effective_on=date(Y, 3, 1), text="Phạm vi mới"))
    item = _item(services, "publication", today)
    assert item.state is S.LATE and "công bố lại" in item.note
    assert _item(services, "publication", date(Y, 2, 28)).state is S.DONE  # judged on that day


def test_steering_is_late_when_its_decision_names_someone_who_left(services, agency) -> None:  # type: ignore[no-untyped-def]
    assert _item(services, "steering", date(Y, 6, 1)).state is S.LATE  # no decision
    person = services.organization.save_person(dto.PersonFields(full_name="Lê Văn Bình"))
    decision = services.qms.save_steering_decision(
        dto.SteeringDecisionFields(number="28/QĐ-UBND", signed_on=date(Y, 1, 21)),
        [dto.SteeringMemberFields(person_id=person.id, role=m.SteeringRole.HEAD)],
    )
    item = _item(services, "steering", date(Y, 6, 1))
    assert (item.state, item.record) == (S.DONE, ("steering", decision.id))
    services.organization.save_person(dto.PersonFields(full_name="Lê Văn Bình", active=False), person.id)
    item = _item(services, "steering", date(Y, 6, 1))
    assert item.state is S.LATE and item.note == "01 thành viên đã nghỉ, cần kiện toàn"


# ---- late and due soon, inspection readiness, ``status`` ------------------------------------------
def _request(services, raised: date, due: date) -> int:  # type: ignore[no-untyped-def]
    from app.services.corrective_actions import CaFields

    return services.corrective_actions.create(
        CaFields(raised_on=raised, source=m.CaSource.SELF, description="Hồ sơ trễ hạn", due_on=due)
    )


def test_late_and_due_soon_at_the_boundaries(services, agency) -> None:  # type: ignore[no-untyped-def]
    today = date(Y, 5, 10)
    services.clock.pin(today)
    window = services.indicators.warning_days()
    ids = {
        "yesterday": _request(services, date(Y, 4, 1), today - timedelta(days=1)),
        "today": _request(services, date(Y, 4, 1), today),
        "window_end": _request(services, date(Y, 4, 1), today + timedelta(days=window)),
        "after": _request(services, date(Y, 4, 1), today + timedelta(days=window + 1)),
    }
    late, soon = services.status.late_and_due_soon(today)
    late_ids = {x.id for x in late if x.type == "corrective_action"}
    soon_ids = {x.id for x in soon if x.type == "corrective_action"}
    assert late_ids == {ids["yesterday"]}
    assert soon_ids == {ids["today"], ids["window_end"]}
    assert [x.due_on for x in soon] == sorted(x.due_on for x in soon)


def test_an_objectives_measurement_is_due_15_days_after_its_period(services, agency) -> None:  # type: ignore[no-untyped-def]
    services.objectives.save_objective(
        dto.ObjectiveFields(
            year=Y, statement="Tối thiểu 98% hồ sơ đúng hạn", target=98, frequency=m.Frequency.QUARTER
        )
    )

    def measurement(today: date) -> tuple[bool, bool]:
        late, soon = services.status.late_and_due_soon(today)
        q1 = [x for x in (*late, *soon) if x.type == "objective" and x.title.startswith("Đo kết quả kỳ 1/")]
        return any(x in late for x in q1), any(x in soon for x in q1)

    assert measurement(date(Y, 4, 15)) == (False, True)  # Q1 ends 31/03: due 15/04
    assert measurement(date(Y, 4, 16)) == (True, False)


def test_readiness_lists_what_is_missing(services, agency) -> None:  # type: ignore[no-untyped-def]
    today = date(Y, 5, 10)
    services.clock.pin(today)
    criteria = {c.key: c for c in services.status.readiness(today)}
    assert list(criteria) == [
        "tthc_coverage",
        "publication_posted",
        "audit_12_months",
        "nc_with_action",
        "complaints_resolved",
        "legal_updates_on_time",
        "objectives_measured",
        "ca_on_time",
        "steering_current",
        "plan_objectives_issued",
    ]
    assert not criteria["audit_12_months"].passed and criteria["ca_on_time"].passed
    assert criteria["plan_objectives_issued"].gap == "Chưa ban hành kế hoạch và mục tiêu chất lượng năm 2026"
    # 12 months: an audit that ended 365 days ago no longer counts, one that ended 364 days ago does.
    services.audits.create_audit(AuditFields(start_on=date(Y - 1, 5, 8), end_on=date(Y - 1, 5, 10)))
    assert not {c.key: c for c in services.status.readiness(today)}["audit_12_months"].passed
    services.audits.create_audit(AuditFields(start_on=date(Y - 1, 5, 11), end_on=date(Y - 1, 5, 11)))
    assert {c.key: c for c in services.status.readiness(today)}["audit_12_months"].passed
    _request(services, date(Y, 4, 1), today - timedelta(days=1))
    criteria = {c.key: c for c in services.status.readiness(today)}
    assert not criteria["ca_on_time"].passed and criteria["ca_on_time"].gap == "01 phiếu HĐKP quá hạn"


def test_status_on_the_command_line(services, agency, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    import json

    from app.services.status import status_json

    data = json.loads(json.dumps(status_json(services.status, Y, date(Y, 6, 20))))
    assert [x["key"] for x in data["cycle"]] == [
        "plan",
        "objectives",
        "steering",
        "risks",
        "report_h1",
        "audit",
        "review",
        "report_year",
        "publication",
    ]
    assert set(data["cycle"][0]) >= {"key", "state", "due_on", "done_on", "record"}
    assert set(data["readiness"]) == {"passed", "total", "criteria"} and data["readiness"]["total"] == 10
    assert isinstance(data["late"], list) and isinstance(data["due_soon"], list)


def _kinds(services, today: date) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    late, soon = services.status.late_and_due_soon(today)
    return {f"{x.type}:{x.due_on:%d/%m}" for x in late}, {f"{x.type}:{x.due_on:%d/%m}" for x in soon}


def test_every_late_rule_at_its_due_day(services, agency) -> None:  # type: ignore[no-untyped-def]
    """A plan task, a procedure update, a review decision and a risk review, each due on 20/05:
    due soon on 20/05, late on 21/05; done or closed, gone."""
    from app.services.reviews import DecisionFields
    from app.services.risks import RiskFields

    services.clock.pin(date(Y, 5, 1))
    due = date(Y, 5, 20)
    services.plans.create_plan(Y, with_default_tasks=False)
    plan = services.plans.save_task(
        Y, dto.TaskFields(content="Rà soát quy trình", timeframe=m.TimeframeKind.DATE, due_on=due)
    )
    task_id = plan.tasks[-1].id
    review_id = services.reviews.create(ReviewFields(held_on=date(Y, 4, 20)))
    services.reviews.add_decision(review_id, DecisionFields(text="Bổ sung máy quét", due_on=due))
    services.risks.create(
        RiskFields(
            title="Hồ sơ thất lạc", likelihood=3, impact=3, identified_on=date(Y, 1, 10), review_on=due
        )
    )
    expected = {"plan_task:20/05", "review:20/05", "risk:20/05"}
    late, soon = _kinds(services, due)
    assert expected <= soon and not expected & late
    late, soon = _kinds(services, due + timedelta(days=1))
    assert expected <= late and not expected & soon
    # Done: gone from both lists.
    services.plans.save_task(
        Y,
        dto.TaskFields(
            content="Rà soát quy trình",
            timeframe=m.TimeframeKind.DATE,
            due_on=due,
            status=m.TaskStatus.DONE,
            completed_on=date(Y, 5, 19),
        ),
        task_id,
    )
    late, _soon = _kinds(services, due + timedelta(days=1))
    assert "plan_task:20/05" not in late


def test_an_unsent_report_is_late_the_day_after_its_deadline(services, agency) -> None:  # type: ignore[no-untyped-def]
    deadline = services.agency.report_calendar(Y).six_month_deadline
    titles = lambda items: {x.title for x in items if x.type == "report"}  # noqa: E731
    late, soon = services.status.late_and_due_soon(deadline)
    assert f"Gửi báo cáo 6 tháng {Y}" in titles(soon) and f"Gửi báo cáo 6 tháng {Y}" not in titles(late)
    late, soon = services.status.late_and_due_soon(deadline + timedelta(days=1))
    assert f"Gửi báo cáo 6 tháng {Y}" in titles(late)
    # Nothing drafted: the item opens the reports page (id 0); once drafted, it opens the draft.
    h1 = lambda items: [x.id for x in items if x.title == f"Gửi báo cáo 6 tháng {Y}"]  # noqa: E731
    assert h1(late) == [0]
    services.clock.pin(deadline)
    report_id = services.reports.compose("h1", Y)
    late, _soon = services.status.late_and_due_soon(deadline + timedelta(days=1))
    assert h1(late) == [report_id]


def test_a_procedure_update_is_late_after_its_deadline(services, agency) -> None:  # type: ignore[no-untyped-def]
    services.clock.pin(date(Y, 3, 1))
    doc = services.documents.save_document(
        dto.DocumentFields(code="QT 01/CX-HT", title="Quy trình đăng ký khai sinh", field="Hộ tịch")
    )
    legal = services.legal.save_legal(
        dto.LegalFields(
            number="12/2026/NĐ-CP",
            title="Nghị định sửa đổi",
            issued_on=date(Y, 1, 5),
            effective_on=date(Y, 2, 1),
        )
    )
    services.legal.link_documents(legal.id, [doc.id])
    (impact,) = services.legal.list_impacts(today=date(Y, 3, 1))
    due = impact.due_on
    assert due is not None
    late, soon = services.status.late_and_due_soon(due)
    assert [x.id for x in soon if x.type == "legal_update"] == [impact.id] and not [
        x for x in late if x.type == "legal_update"
    ]
    late, _soon = services.status.late_and_due_soon(due + timedelta(days=1))
    assert [x.id for x in late if x.type == "legal_update"] == [impact.id]
