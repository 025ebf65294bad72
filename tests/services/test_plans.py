"""The annual QMS plan, its tasks, and starting the next year from this one."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import Aggregation, Comparison, Frequency, TaskStatus, TimeframeKind
from app.services import dto
from app.services.errors import DomainError, ValidationError
from app.services.plans import DEFAULT_TASKS

Y = 2026
QUARTER, DATE, CONTINUOUS = TimeframeKind.QUARTER, TimeframeKind.DATE, TimeframeKind.CONTINUOUS
ON = date(Y, 6, 1)  # a fixed "today" for the computed parts of what is compared


def _task(task: dto.TaskInfo, **changes) -> dto.TaskFields:  # type: ignore[no-untyped-def]
    values = {
        "content": task.content,
        "responsible": task.responsible,
        "timeframe": task.timeframe,
        "quarter": task.quarter,
        "due_on": task.due_on,
        "status": task.status,
        "completed_on": task.completed_on,
        "evidence": task.evidence,
        "output": task.output,
    }
    values.update(changes)
    return dto.TaskFields(**values)  # type: ignore[arg-type]


def test_create_plan_starts_from_the_default_tasks_of_the_yearly_cycle(services):
    plan = services.plans.create_plan(Y)

    assert plan.year == Y and plan.number == "" and plan.signed_on is None
    assert plan.purpose and plan.requirements
    assert len(plan.tasks) == len(DEFAULT_TASKS) == 20
    assert len({t.key for t in DEFAULT_TASKS}) == len(DEFAULT_TASKS)
    assert all("{" not in t.content and "{" not in t.output for t in plan.tasks)
    assert plan.tasks[0].content == f"Ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng năm {Y}"
    assert sum(f"năm {Y}" in t.content for t in plan.tasks) == 5
    assert all(t.status is TaskStatus.NOT_STARTED and t.evidence == "" for t in plan.tasks)
    # Every task says what it is to produce (Sản phẩm, printed in the plan).
    assert all(t.output for t in plan.tasks)
    assert {t.timeframe for t in plan.tasks} == {QUARTER, CONTINUOUS, DATE}
    assert [t.quarter for t in plan.tasks if t.timeframe is QUARTER] == sorted(
        t.quarter for t in plan.tasks if t.timeframe is QUARTER
    )
    # The reports are due on the agency's deadlines (by default 15/6 and 15/12).
    assert [t.due_on for t in plan.tasks if t.timeframe is DATE] == [date(Y, 6, 15), date(Y, 12, 15)]
    assert services.plans.get_plan(Y, today=ON) == services.plans.get_plan(Y, today=ON)
    assert services.plans.get_plan(Y + 1) is None
    assert services.objectives.years() == [Y]

    empty = services.plans.create_plan(Y + 1, with_default_tasks=False)
    assert empty.tasks == ()


def test_a_second_plan_for_the_same_year_is_refused(services):
    services.plans.create_plan(Y)
    with pytest.raises(DomainError) as info:
        services.plans.create_plan(Y)
    assert info.value.code == "plan.exists"
    assert len(services.plans.get_plan(Y).tasks) == len(DEFAULT_TASKS)


def test_save_plan_number_date_and_texts(services):
    plan = services.plans.create_plan(Y)
    saved = services.plans.save_plan(
        Y,
        dto.PlanFields(
            number="05",
            signed_on=date(Y, 1, 8),
            purpose=plan.purpose,
            implementation="Giao Văn phòng",
            funding=" Ngân sách xã  \n",
            legal_bases=" Quyết định số 19/2014/QĐ-TTg \n\n Thông tư số 26/2014/TT-BKHCN ",
        ),
    )
    assert (saved.number, saved.signed_on, saved.implementation, saved.funding) == (
        "05",
        date(Y, 1, 8),
        "Giao Văn phòng",
        "Ngân sách xã",
    )
    assert saved.legal_bases == "Quyết định số 19/2014/QĐ-TTg\nThông tư số 26/2014/TT-BKHCN"
    with pytest.raises(ValidationError) as info:
        services.plans.save_plan(Y, dto.PlanFields(number="05/KH-UBND"))
    assert info.value.for_field("number").code == "document_meta.number_only"
    with pytest.raises(DomainError) as missing:
        services.plans.save_plan(Y + 1, dto.PlanFields())
    assert missing.value.code == "plan.missing"


@pytest.mark.parametrize(
    ("changes", "field", "code"),
    [
        ({"timeframe": QUARTER, "quarter": None}, "quarter", "plan.bad_quarter"),
        ({"timeframe": QUARTER, "quarter": 5}, "quarter", "plan.bad_quarter"),
        ({"timeframe": DATE, "due_on": None}, "due_on", "field.required"),
        ({"status": TaskStatus.DONE, "completed_on": None}, "completed_on", "field.required"),
        (
            {"status": TaskStatus.IN_PROGRESS, "completed_on": date(Y, 2, 1)},
            "completed_on",
            "plan.completed_but_open",
        ),
        ({"content": "  "}, "content", "field.required"),
    ],
)
def test_an_invalid_task_is_refused(services, changes, field, code):
    plan = services.plans.create_plan(Y)
    task = plan.tasks[0]

    with pytest.raises(ValidationError) as info:
        services.plans.save_task(Y, _task(task, **changes), task.id)

    error = info.value.for_field(field)
    assert error is not None and error.code == code
    assert services.plans.get_plan(Y).tasks == plan.tasks  # nothing written


def test_saving_a_task_keeps_only_its_time_frames_fields(services):
    plan = services.plans.create_plan(Y)
    task = plan.tasks[0]

    saved = services.plans.save_task(
        Y,
        _task(task, timeframe=DATE, quarter=2, due_on=date(Y, 2, 15), evidence="  Kế hoạch số 05 "),
        task.id,
    )
    first = saved.tasks[0]
    assert (first.timeframe, first.quarter, first.due_on, first.deadline) == (
        DATE,
        None,
        date(Y, 2, 15),
        date(Y, 2, 15),
    )
    assert first.evidence == "Kế hoạch số 05"

    saved = services.plans.save_task(Y, _task(first, timeframe=CONTINUOUS), task.id)
    assert (saved.tasks[0].quarter, saved.tasks[0].due_on, saved.tasks[0].deadline) == (None, None, None)

    added = services.plans.save_task(
        Y, dto.TaskFields(content="Nhiệm vụ bổ sung", timeframe=QUARTER, quarter=3)
    )
    assert len(added.tasks) == len(DEFAULT_TASKS) + 1 and added.tasks[-1].content == "Nhiệm vụ bổ sung"
    services.plans.delete_task(added.tasks[-1].id)
    assert len(services.plans.get_plan(Y).tasks) == len(DEFAULT_TASKS)


def test_a_task_is_overdue_once_its_deadline_passed_and_it_is_not_done(services):
    plan = services.plans.create_plan(Y)
    q1 = plan.tasks[0]  # Quý I
    continuous = next(t for t in plan.tasks if t.timeframe is CONTINUOUS)
    assert q1.deadline == date(Y, 3, 31)

    def seen(task_id: int, today: date) -> dto.TaskInfo:
        info = services.plans.get_plan(Y, today=today)
        return next(t for t in info.tasks if t.id == task_id)

    # The last day of the quarter is still in time; the next day it is overdue (in progress or not).
    assert not seen(q1.id, date(Y, 3, 31)).overdue
    assert seen(q1.id, date(Y, 4, 1)).overdue
    services.plans.save_task(Y, _task(q1, status=TaskStatus.IN_PROGRESS), q1.id)
    assert seen(q1.id, date(Y, 4, 1)).overdue
    # Done late is done: no longer overdue.
    services.plans.save_task(Y, _task(q1, status=TaskStatus.DONE, completed_on=date(Y, 4, 10)), q1.id)
    assert not seen(q1.id, date(Y + 1, 1, 1)).overdue

    # "Thường xuyên" is never overdue, even years later.
    assert continuous.deadline is None
    assert not seen(continuous.id, date(Y + 3, 1, 1)).overdue

    # A dated task is overdue the day after its date.
    dated = services.plans.save_task(
        Y,
        _task(q1, timeframe=DATE, due_on=date(Y, 5, 20), status=TaskStatus.NOT_STARTED, completed_on=None),
        q1.id,
    )
    assert dated.tasks[0].deadline == date(Y, 5, 20)
    assert not seen(q1.id, date(Y, 5, 20)).overdue
    assert seen(q1.id, date(Y, 5, 21)).overdue


def test_move_task_changes_the_order(services):
    plan = services.plans.create_plan(Y)
    ids = [t.id for t in plan.tasks]

    services.plans.move_task(ids[0], 1)
    after = [t.id for t in services.plans.get_plan(Y).tasks]
    assert after[:2] == [ids[1], ids[0]] and after[2:] == ids[2:]

    services.plans.move_task(ids[0], -1)
    assert [t.id for t in services.plans.get_plan(Y).tasks] == ids
    # Past either end: nothing moves.
    services.plans.move_task(ids[0], -1)
    services.plans.move_task(ids[-1], 1)
    assert [t.id for t in services.plans.get_plan(Y).tasks] == ids


# ---- rollover ------------------------------------------------------------------------------------


def _snapshot(services, year: int):  # type: ignore[no-untyped-def]
    """Everything the user sees of ``year``, with the computed parts taken as of a fixed day."""
    return (
        services.objectives.list_objectives(year, on=ON),
        services.objectives.get_meta(year),
        services.plans.get_plan(year, today=ON),
    )


def _year_with_everything(services) -> None:  # type: ignore[no-untyped-def]
    dept = services.organization.save_department(
        dto.DepartmentFields(name="Trung tâm Phục vụ hành chính công")
    )
    objective = services.objectives.save_objective(
        dto.ObjectiveFields(
            year=Y,
            statement="Tỷ lệ hài lòng của người dân ≥ 95%",
            indicator="Phiếu hài lòng / tổng số phiếu",
            unit="%",
            comparison=Comparison.GE,
            target=95,
            aggregation=Aggregation.AVERAGE,
            frequency=Frequency.QUARTER,
            department_id=dept.id,
            plan_lines=(
                dto.PlanLineFields(
                    action="Bố trí thiết bị đánh giá", due="Quý I/2026", responsible="Một cửa"
                ),
                dto.PlanLineFields(action="Tổng hợp ý kiến", due="Thường xuyên", evaluation="Báo cáo quý"),
            ),
        )
    )
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=1, value=96.1))
    services.objectives.record_measurement(objective.id, dto.MeasurementFields(period=2, value=93.0))
    services.objectives.save_objective(
        dto.ObjectiveFields(
            year=Y,
            statement="Không có phản ánh có căn cứ",
            unit="vụ",
            comparison=Comparison.LE,
            target=0,
            aggregation=Aggregation.SUM,
            frequency=Frequency.MONTH,
        )
    )
    services.objectives.save_meta(Y, dto.DocumentMeta(number="08", signed_on=date(Y, 1, 15)))
    plan = services.plans.create_plan(Y)
    services.plans.save_plan(
        Y,
        dto.PlanFields(
            number="05",
            signed_on=date(Y, 1, 8),
            purpose=plan.purpose,
            requirements=plan.requirements,
            implementation="Giao Văn phòng theo dõi",
            funding="Ngân sách xã năm 2026",
            legal_bases="Căn cứ Kế hoạch số 310/KH-UBND ngày 09/8/2022 của UBND tỉnh",
            signer_name="Trần Thị Thu Hà",
        ),
    )
    first, second = plan.tasks[0], plan.tasks[1]
    services.plans.save_task(
        Y,
        _task(first, status=TaskStatus.DONE, completed_on=date(Y, 1, 8), evidence="Kế hoạch số 05"),
        first.id,
    )
    services.plans.save_task(
        Y,
        _task(
            second, timeframe=DATE, due_on=date(Y, 2, 20), status=TaskStatus.IN_PROGRESS, evidence="Đang làm"
        ),
        second.id,
    )


def test_start_next_year_copies_objectives_and_tasks_without_this_years_results(services):
    _year_with_everything(services)
    before = _snapshot(services, Y)

    assert services.plans.start_next_year(Y) == Y + 1

    assert _snapshot(services, Y) == before  # year N unchanged
    old_objectives, _meta, old_plan = before
    objectives = services.objectives.list_objectives(Y + 1, on=date(Y + 1, 6, 1))
    assert [o.statement for o in objectives] == [o.statement for o in old_objectives]
    for new, old in zip(objectives, old_objectives, strict=True):
        assert new.id != old.id and new.year == Y + 1
        assert (new.comparison, new.target, new.aggregation, new.frequency, new.unit, new.department_id) == (
            old.comparison,
            old.target,
            old.aggregation,
            old.frequency,
            old.unit,
            old.department_id,
        )
        assert new.measurements == () and new.status is dto.ObjectiveStatus.NOT_MEASURED
    lines = objectives[0].plan_lines
    assert [(p.action, p.due) for p in lines] == [
        ("Bố trí thiết bị đánh giá", "Quý I/2027"),
        ("Tổng hợp ý kiến", "Thường xuyên"),
    ]
    assert lines[0].responsible == "Một cửa" and lines[1].evaluation == "Báo cáo quý"
    # The objectives document of the new year is to be numbered and dated afresh.
    assert services.objectives.get_meta(Y + 1) == dto.DocumentMeta()

    plan = services.plans.get_plan(Y + 1, today=date(Y + 1, 1, 1))
    assert plan is not None and old_plan is not None
    assert (plan.number, plan.signed_on) == ("", None)
    assert (plan.purpose, plan.implementation, plan.signer_name, plan.funding, plan.legal_bases) == (
        old_plan.purpose,
        old_plan.implementation,
        old_plan.signer_name,
        old_plan.funding,
        old_plan.legal_bases,
    )
    # What each task is to produce goes on (its year moved on); what was done does not.
    assert [t.output for t in plan.tasks] == [
        t.output.replace(f"năm {Y}", f"năm {Y + 1}") for t in old_plan.tasks
    ]
    assert len(plan.tasks) == len(old_plan.tasks)
    assert (
        plan.tasks[0].content
        == f"Ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng năm {Y + 1}"
    )
    assert all(str(Y) not in t.content for t in plan.tasks)
    assert all(
        (t.status, t.completed_on, t.evidence, t.overdue) == (TaskStatus.NOT_STARTED, None, "", False)
        for t in plan.tasks
    )
    assert (plan.tasks[1].timeframe, plan.tasks[1].due_on) == (DATE, date(Y + 1, 2, 20))
    assert [(t.timeframe, t.quarter) for t in plan.tasks[2:]] == [
        (t.timeframe, t.quarter) for t in old_plan.tasks[2:]
    ]
    assert services.objectives.years() == [Y + 1, Y]


def test_start_next_year_moves_29_february_to_28_february(services):
    plan = services.plans.create_plan(2024, with_default_tasks=False)
    assert plan.tasks == ()
    services.plans.save_task(
        2024, dto.TaskFields(content="Báo cáo quý I", timeframe=DATE, due_on=date(2024, 2, 29))
    )

    services.plans.start_next_year(2024)

    assert [t.due_on for t in services.plans.get_plan(2025).tasks] == [date(2025, 2, 28)]
    assert services.objectives.list_objectives(2025) == []


def test_a_second_rollover_is_refused_and_writes_nothing(services):
    _year_with_everything(services)
    services.plans.start_next_year(Y)
    # The user edits the new year, then tries again.
    services.plans.save_plan(Y + 1, dto.PlanFields(number="03", signed_on=date(Y + 1, 1, 6)))
    before = (_snapshot(services, Y), _snapshot(services, Y + 1))

    with pytest.raises(DomainError) as info:
        services.plans.start_next_year(Y)

    assert info.value.code == "rollover.year_not_empty"
    assert info.value.params["year"] == Y + 1
    assert (_snapshot(services, Y), _snapshot(services, Y + 1)) == before


def test_rollover_into_a_year_that_has_only_a_plan_or_only_objectives_is_refused(services):
    _year_with_everything(services)
    services.plans.create_plan(Y + 1, with_default_tasks=False)
    with pytest.raises(DomainError) as info:
        services.plans.start_next_year(Y)
    assert info.value.code == "rollover.year_not_empty"
    assert services.objectives.list_objectives(Y + 1) == []

    # Only objectives typed in advance for Y + 2: rolling Y + 1 over is refused too.
    services.objectives.save_objective(
        dto.ObjectiveFields(year=Y + 2, statement="Một mục tiêu đã nhập trước")
    )
    with pytest.raises(DomainError) as info:
        services.plans.start_next_year(Y + 1)
    assert info.value.code == "rollover.year_not_empty"
    assert services.plans.get_plan(Y + 2) is None


def test_rollover_from_an_empty_year_is_refused(services):
    with pytest.raises(DomainError) as info:
        services.plans.start_next_year(Y)
    assert info.value.code == "rollover.nothing_to_copy"
    assert services.objectives.years() == []


def test_rollover_copies_a_year_with_objectives_but_no_plan(services):
    services.objectives.save_objective(
        dto.ObjectiveFields(year=Y, statement="100% cán bộ được phổ biến về HTQLCL", target=100)
    )
    services.plans.start_next_year(Y)
    assert [o.statement for o in services.objectives.list_objectives(Y + 1)] == [
        "100% cán bộ được phổ biến về HTQLCL"
    ]
    assert services.plans.get_plan(Y + 1) is None


def test_task_fields_round_trip(services):
    plan = services.plans.create_plan(Y)
    task = plan.tasks[3]
    fields = _task(
        task,
        status=TaskStatus.DONE,
        completed_on=date(Y, 3, 12),
        evidence="Biên bản rà soát",
        output="Kết quả rà soát",
    )
    saved = services.plans.save_task(Y, fields, task.id).tasks[3]
    assert _task(saved) == fields
