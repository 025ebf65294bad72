"""The annual QMS plan (Kế hoạch duy trì, cải tiến HTQLCL năm N), its tasks, and starting a new year
from the previous one."""

from __future__ import annotations

import calendar
import dataclasses
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto
from app.services._mapping import get_or_raise as _get
from app.services.clock import Clock
from app.services.deadlines import due_state, warning_window
from app.services.errors import DomainError, NotFound
from app.services.objectives import checked_meta, ensure_year_free
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline

Q = m.TimeframeKind.QUARTER
CONT = m.TimeframeKind.CONTINUOUS

# The default task list follows the yearly cycle of an agency's QMS (see shared/domain.md); the user
# edits it. (content, responsible, timeframe, quarter)
DEFAULT_TASKS: list[tuple[str, str, m.TimeframeKind, int | None]] = [
    ("Ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng năm {year}", "Thư ký ISO", Q, 1),
    ("Kiện toàn Ban chỉ đạo ISO khi có thay đổi nhân sự", "Văn phòng", Q, 1),
    (
        "Xây dựng, ban hành Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu chất lượng năm {year}",
        "Ban chỉ đạo ISO",
        Q,
        1,
    ),
    (
        "Rà soát, cập nhật Chính sách chất lượng và phạm vi áp dụng Hệ thống quản lý chất lượng",
        "Ban chỉ đạo ISO",
        Q,
        1,
    ),
    ("Nhận diện, đánh giá rủi ro và cơ hội; lập kế hoạch hành động giải quyết", "Các bộ phận", Q, 1),
    (
        "Cập nhật quy trình khi văn bản quy phạm pháp luật, danh mục thủ tục hành chính thay đổi",
        "Thư ký ISO, các bộ phận",
        CONT,
        None,
    ),
    (
        "Theo dõi, thống kê kết quả giải quyết thủ tục hành chính; sự hài lòng của người dân",
        "Bộ phận Một cửa",
        CONT,
        None,
    ),
    (
        "Báo cáo tình hình áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng 6 tháng đầu năm",
        "Thư ký ISO",
        Q,
        2,
    ),
    ("Đào tạo, tập huấn nhận thức về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015", "Văn phòng", Q, 2),
    ("Tổ chức đánh giá nội bộ Hệ thống quản lý chất lượng", "Đoàn đánh giá nội bộ", Q, 3),
    ("Thực hiện hành động khắc phục sau đánh giá nội bộ và kiểm tra của cấp trên", "Các bộ phận", Q, 4),
    ("Họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng", "Lãnh đạo cơ quan", Q, 4),
    ("Đánh giá mức độ đạt mục tiêu chất lượng năm {year}", "Thư ký ISO", Q, 4),
    (
        "Báo cáo tình hình áp dụng, duy trì, cải tiến Hệ thống quản lý chất lượng năm {year}",
        "Thư ký ISO",
        Q,
        4,
    ),
    (
        "Công bố lại Hệ thống quản lý chất lượng khi có thay đổi phạm vi áp dụng",
        "Ban chỉ đạo ISO",
        CONT,
        None,
    ),
]

DEFAULT_PURPOSE = (
    "Duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 trong hoạt động "
    "của cơ quan, bảo đảm tính hiệu lực, hiệu quả, góp phần nâng cao chất lượng giải quyết thủ tục hành chính "
    "và sự hài lòng của tổ chức, cá nhân."
)
DEFAULT_REQUIREMENTS = (
    "Các bộ phận, cán bộ, công chức thực hiện đúng các quy trình đã ban hành; kịp thời cập nhật quy trình khi "
    "văn bản pháp luật thay đổi; lưu giữ đầy đủ hồ sơ theo yêu cầu của Hệ thống quản lý chất lượng."
)


def task_deadline(year: int, task: dto.TaskFields | m.PlanTask) -> date | None:
    """End of the task's quarter, its date, or None when it is done continuously."""
    if task.timeframe is m.TimeframeKind.QUARTER and task.quarter:
        month = task.quarter * 3
        return date(year, month, calendar.monthrange(year, month)[1])
    if task.timeframe is m.TimeframeKind.DATE:
        return task.due_on
    return None


def shift_year(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    year = day.year + years
    return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))


class PlanService:
    def __init__(self, uow: UowFactory, clock: Clock) -> None:
        self._clock = clock
        self._uow = uow

    def _info(self, row: m.AnnualPlan, today: date, window: int) -> dto.PlanInfo:
        tasks = []
        for t in row.tasks:
            deadline = task_deadline(row.year, t)
            done = t.status is m.TaskStatus.DONE
            tasks.append(
                dto.TaskInfo(
                    id=t.id,
                    sort_order=t.sort_order,
                    content=t.content,
                    responsible=t.responsible,
                    timeframe=t.timeframe,
                    quarter=t.quarter,
                    due_on=t.due_on,
                    status=t.status,
                    completed_on=t.completed_on,
                    evidence=t.evidence,
                    deadline=deadline,
                    overdue=deadline is not None and deadline < today and not done,
                    due_state=due_state(deadline, today, window, done=done, done_on=t.completed_on),
                )
            )
        return dto.PlanInfo(
            id=row.id,
            year=row.year,
            number=row.number,
            signed_on=row.signed_on,
            signing_lines=row.signing_lines,
            signer_name=row.signer_name,
            recipients=row.recipients,
            purpose=row.purpose,
            requirements=row.requirements,
            implementation=row.implementation,
            tasks=tuple(tasks),
        )

    def _plan(self, uow: UnitOfWork, year: int) -> m.AnnualPlan | None:
        return uow.session.scalars(
            select(m.AnnualPlan).where(m.AnnualPlan.year == year).options(selectinload(m.AnnualPlan.tasks))
        ).first()

    def get_plan(self, year: int, *, today: date | None = None) -> dto.PlanInfo | None:
        with self._uow() as uow:
            row = self._plan(uow, year)
            return self._info(row, today or self._clock.today(), warning_window(uow)) if row else None

    def year_of_task(self, task_id: int) -> int | None:
        """The year of the plan a task belongs to (None when the task is gone)."""
        with self._uow() as uow:
            return uow.session.scalar(
                select(m.AnnualPlan.year)
                .join(m.PlanTask, m.PlanTask.plan_id == m.AnnualPlan.id)
                .where(m.PlanTask.id == task_id)
            )

    def create_plan(self, year: int, *, with_default_tasks: bool = True) -> dto.PlanInfo:
        """Start year ``year``'s plan, optionally from the default task list of the yearly cycle."""
        if not (2000 <= year <= 2100):
            raise DomainError("date.out_of_range")
        with self._uow() as uow:
            if self._plan(uow, year) is not None:
                raise DomainError("plan.exists", year=year)
            row = m.AnnualPlan(year=year, purpose=DEFAULT_PURPOSE, requirements=DEFAULT_REQUIREMENTS)
            if with_default_tasks:
                row.tasks = [
                    m.PlanTask(
                        sort_order=i,
                        content=content.format(year=year),
                        responsible=who,
                        timeframe=kind,
                        quarter=quarter,
                        status=m.TaskStatus.NOT_STARTED,
                    )
                    for i, (content, who, kind, quarter) in enumerate(DEFAULT_TASKS)
                ]
            uow.session.add(row)
            uow.commit()
        info = self.get_plan(year)
        assert info is not None
        return info

    def save_plan(self, year: int, fields: dto.PlanFields) -> dto.PlanInfo:
        meta = checked_meta(fields)
        f = dataclasses.replace(
            fields,
            number=meta.number,
            signing_lines=meta.signing_lines,
            signer_name=meta.signer_name,
            recipients=meta.recipients,
            purpose=clean_multiline(fields.purpose),
            requirements=clean_multiline(fields.requirements),
            implementation=clean_multiline(fields.implementation),
        )
        with self._uow() as uow:
            row = self._plan(uow, year)
            if row is None:
                raise DomainError("plan.missing", year=year)
            for name in (
                "number",
                "signed_on",
                "signing_lines",
                "signer_name",
                "recipients",
                "purpose",
                "requirements",
                "implementation",
            ):
                setattr(row, name, getattr(f, name))
            uow.commit()
        info = self.get_plan(year)
        assert info is not None
        return info

    @staticmethod
    def _checked_task(fields: dto.TaskFields, year: int) -> dto.TaskFields:
        f = dataclasses.replace(
            fields,
            content=clean_multiline(fields.content),
            responsible=clean(fields.responsible),
            evidence=clean_multiline(fields.evidence),
        )
        c = Checker()
        c.text("content", f.content, 2000, required=True)
        c.text("responsible", f.responsible, 200)
        if f.timeframe is m.TimeframeKind.QUARTER and f.quarter not in (1, 2, 3, 4):
            c.add("quarter", "plan.bad_quarter")
        if f.timeframe is m.TimeframeKind.DATE:
            c.date_range("due_on", f.due_on, required=True)
        if f.status is m.TaskStatus.DONE:
            c.date_range("completed_on", f.completed_on, required=True)
        elif f.completed_on is not None:
            c.add("completed_on", "plan.completed_but_open")
        c.raise_if_any()
        if f.timeframe is not m.TimeframeKind.QUARTER:
            f = dataclasses.replace(f, quarter=None)
        if f.timeframe is not m.TimeframeKind.DATE:
            f = dataclasses.replace(f, due_on=None)
        return f

    def save_task(self, year: int, fields: dto.TaskFields, task_id: int | None = None) -> dto.PlanInfo:
        f = self._checked_task(fields, year)
        with self._uow() as uow:
            plan = self._plan(uow, year)
            if plan is None:
                raise DomainError("plan.missing", year=year)
            if task_id is not None:
                row = _get(uow, m.PlanTask, task_id)
                if row.plan_id != plan.id:
                    raise NotFound("PlanTask", task_id)
            else:
                row = m.PlanTask(sort_order=max((t.sort_order for t in plan.tasks), default=-1) + 1)
            for name in (
                "content",
                "responsible",
                "timeframe",
                "quarter",
                "due_on",
                "status",
                "completed_on",
                "evidence",
            ):
                setattr(row, name, getattr(f, name))
            if task_id is None:
                plan.tasks.append(row)
            uow.commit()
        info = self.get_plan(year)
        assert info is not None
        return info

    def delete_task(self, task_id: int) -> None:
        with self._uow() as uow:
            uow.session.delete(_get(uow, m.PlanTask, task_id))
            uow.commit()

    def move_task(self, task_id: int, step: int) -> None:
        with self._uow() as uow:
            task = _get(uow, m.PlanTask, task_id)
            tasks = list(task.plan.tasks)
            i = tasks.index(task)
            j = i + step
            if 0 <= j < len(tasks):
                tasks[i], tasks[j] = tasks[j], tasks[i]
                for order, t in enumerate(tasks):
                    t.sort_order = order
                uow.commit()

    # ---- year rollover -------------------------------------------------------------------------
    def start_next_year(self, year: int) -> int:
        """Copy year ``year``'s objectives (without measurements) and plan tasks (status reset, dated
        time frames one year on, number and date cleared) into year + 1; nothing of ``year`` changes.
        Refused when year + 1 already has objectives or a plan."""
        new_year = year + 1
        with self._uow() as uow:
            ensure_year_free(uow, new_year)
            objectives = uow.session.scalars(
                select(m.Objective)
                .where(m.Objective.year == year)
                .options(selectinload(m.Objective.plan_lines))
                .order_by(m.Objective.sort_order, m.Objective.id)
            ).all()
            plan = self._plan(uow, year)
            if not objectives and plan is None:
                raise DomainError("rollover.nothing_to_copy", year=year)
            for o in objectives:
                uow.session.add(
                    m.Objective(
                        year=new_year,
                        sort_order=o.sort_order,
                        statement=o.statement,
                        indicator=o.indicator,
                        unit=o.unit,
                        comparison=o.comparison,
                        target=o.target,
                        aggregation=o.aggregation,
                        frequency=o.frequency,
                        department_id=o.department_id,
                        owner_person_id=o.owner_person_id,
                        policy_version_id=o.policy_version_id,
                        plan_lines=[
                            m.ObjectivePlanLine(
                                sort_order=p.sort_order,
                                action=p.action,
                                resources=p.resources,
                                responsible=p.responsible,
                                due=p.due.replace(str(year), str(new_year)),
                                evaluation=p.evaluation,
                            )
                            for p in o.plan_lines
                        ],
                    )
                )
            if plan is not None:
                uow.session.add(
                    m.AnnualPlan(
                        year=new_year,
                        purpose=plan.purpose,
                        requirements=plan.requirements,
                        implementation=plan.implementation,
                        signing_lines=plan.signing_lines,
                        signer_name=plan.signer_name,
                        recipients=plan.recipients,
                        tasks=[
                            m.PlanTask(
                                sort_order=t.sort_order,
                                content=t.content.replace(f"năm {year}", f"năm {new_year}"),
                                responsible=t.responsible,
                                timeframe=t.timeframe,
                                quarter=t.quarter,
                                due_on=shift_year(t.due_on, 1),
                                status=m.TaskStatus.NOT_STARTED,
                            )
                            for t in plan.tasks
                        ],
                    )
                )
            uow.commit()
        return new_year
