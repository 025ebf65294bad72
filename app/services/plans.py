"""The annual QMS plan (Kế hoạch duy trì, cải tiến HTQLCL năm N), its tasks, and starting a new year
from the previous one."""

from __future__ import annotations

import calendar
import dataclasses
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from app import models as m
from app.services import dto
from app.services._mapping import get_or_raise as _get
from app.services.agency import AgencyService
from app.services.clock import Clock
from app.services.deadlines import due_state, warning_window
from app.services.errors import DomainError, NotFound
from app.services.objectives import checked_meta, ensure_year_free
from app.services.unit_of_work import UnitOfWork, UowFactory
from app.services.validation import Checker, clean, clean_multiline

Q = m.TimeframeKind.QUARTER
CONT = m.TimeframeKind.CONTINUOUS
DATE = m.TimeframeKind.DATE


@dataclass(frozen=True)
class DefaultTask:
    """A task of the default list: ``content`` and ``output`` (Sản phẩm) may hold {year} and
    {months} (the agency's deadline for updating procedures); a dated task is due on the agency's
    deadline of the report it names (``report``: "six_month" | "annual")."""

    key: str
    content: str
    responsible: str
    timeframe: m.TimeframeKind
    quarter: int | None = None
    output: str = ""
    report: str = ""


# The default tasks that carry out an item of the yearly cycle (the home page's checklist), by key.
CYCLE_KEYS = {
    "plan": "plan",
    "objectives": "objectives",
    "steering": "steering",
    "risks": "risks",
    "six_month_report": "report_h1",
    "internal_audit": "audit",
    "management_review": "review",
    "annual_report": "report_year",
    "republication": "publication",
}

# The default task list follows the yearly cycle of an agency's QMS (shared/domain.md) and what
# real plans hold (seeds 000–004); the user edits it. Quarter tasks are in quarter order.
DEFAULT_TASKS: tuple[DefaultTask, ...] = (
    DefaultTask(
        "plan",
        "Ban hành Kế hoạch duy trì, cải tiến Hệ thống quản lý chất lượng năm {year}",
        "Thư ký ISO",
        Q,
        1,
        "Kế hoạch được ban hành",
    ),
    DefaultTask(
        "steering",
        "Rà soát, kiện toàn Ban chỉ đạo ISO khi có thay đổi nhân sự",
        "Văn phòng",
        Q,
        1,
        "Quyết định kiện toàn Ban chỉ đạo ISO (nếu có)",
    ),
    DefaultTask(
        "objectives",
        "Xây dựng, ban hành Mục tiêu chất lượng và Kế hoạch thực hiện mục tiêu chất lượng năm {year}",
        "Ban chỉ đạo ISO; Thư ký ISO",
        Q,
        1,
        "Mục tiêu chất lượng, Kế hoạch thực hiện mục tiêu chất lượng năm {year}",
    ),
    DefaultTask(
        "policy_scope",
        "Rà soát Chính sách chất lượng, phạm vi áp dụng Hệ thống quản lý chất lượng",
        "Ban chỉ đạo ISO",
        Q,
        1,
        "Kết quả rà soát; Chính sách chất lượng, phạm vi áp dụng được cập nhật (nếu có)",
    ),
    DefaultTask(
        "risks",
        "Nhận diện, đánh giá rủi ro và cơ hội; lập kế hoạch hành động giải quyết rủi ro, cơ hội",
        "Các bộ phận; Thư ký ISO",
        Q,
        1,
        "Sổ theo dõi rủi ro, cơ hội và kế hoạch hành động",
    ),
    DefaultTask(
        "posting",
        "Niêm yết Quyết định công bố Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO "
        "9001:2015 và Chính sách chất lượng tại trụ sở, đăng tải trên trang thông tin điện tử của cơ quan",
        "Văn phòng",
        Q,
        1,
        "Quyết định công bố, Chính sách chất lượng được niêm yết, đăng tải",
    ),
    DefaultTask(
        "communication",
        "Tuyên truyền, phổ biến về Hệ thống quản lý chất lượng, Chính sách chất lượng, Mục tiêu chất lượng "
        "đến cán bộ, công chức, người lao động",
        "Văn phòng; Thư ký ISO",
        CONT,
        output="Tin, bài trên trang thông tin điện tử; nội dung phổ biến tại các cuộc họp",
    ),
    DefaultTask(
        "legal_updates",
        "Cập nhật quy trình khi văn bản quy phạm pháp luật, danh mục thủ tục hành chính thay đổi, chậm nhất "
        "{months} tháng kể từ ngày văn bản có hiệu lực",
        "Các bộ phận; Thư ký ISO",
        CONT,
        output="Quy trình được sửa đổi, ban hành lại",
    ),
    DefaultTask(
        "eiso",
        "Ứng dụng công nghệ thông tin, phần mềm ISO điện tử trong quản lý tài liệu, hồ sơ của Hệ thống quản "
        "lý chất lượng",
        "Thư ký ISO; Văn phòng",
        CONT,
        output="Tài liệu, hồ sơ được cập nhật trên phần mềm",
    ),
    DefaultTask(
        "results",
        "Theo dõi, thống kê kết quả giải quyết thủ tục hành chính; khảo sát sự hài lòng của người dân, tổ chức",
        "Bộ phận Một cửa",
        CONT,
        output="Số liệu thống kê, kết quả khảo sát hằng quý",
    ),
    DefaultTask(
        "internal_procedures",
        "Rà soát các hoạt động nội bộ không liên quan đến giải quyết thủ tục hành chính để xây dựng quy "
        "trình nội bộ",
        "Các bộ phận; Thư ký ISO",
        Q,
        2,
        "Danh mục hoạt động nội bộ; quy trình nội bộ được ban hành",
    ),
    DefaultTask(
        "training",
        "Đào tạo, tập huấn nhận thức về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; cử cán bộ tham "
        "gia các lớp tập huấn do cấp trên tổ chức",
        "Văn phòng",
        Q,
        2,
        "Danh sách tham dự, tài liệu tập huấn",
    ),
    DefaultTask(
        "six_month_report",
        "Báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng 6 tháng đầu năm {year}",
        "Thư ký ISO",
        DATE,
        output="Báo cáo 6 tháng gửi cơ quan cấp trên",
        report="six_month",
    ),
    DefaultTask(
        "internal_audit",
        "Tổ chức ít nhất 01 cuộc đánh giá nội bộ Hệ thống quản lý chất lượng",
        "Ban chỉ đạo ISO; Đoàn đánh giá nội bộ",
        Q,
        3,
        "Kế hoạch, báo cáo đánh giá nội bộ",
    ),
    DefaultTask(
        "corrective_actions",
        "Thực hiện hành động khắc phục các điểm không phù hợp sau đánh giá nội bộ và kiểm tra của cấp trên",
        "Các bộ phận",
        Q,
        4,
        "Phiếu yêu cầu hành động khắc phục đã kiểm tra hiệu lực",
    ),
    DefaultTask(
        "management_review",
        "Tổ chức họp xem xét của lãnh đạo về Hệ thống quản lý chất lượng sau khi đánh giá nội bộ",
        "Lãnh đạo cơ quan; Thư ký ISO",
        Q,
        4,
        "Biên bản họp xem xét của lãnh đạo",
    ),
    DefaultTask(
        "objectives_evaluation",
        "Đánh giá mức độ đạt Mục tiêu chất lượng năm {year}",
        "Thư ký ISO; các bộ phận",
        Q,
        4,
        "Báo cáo kết quả thực hiện Mục tiêu chất lượng",
    ),
    DefaultTask(
        "commendation",
        "Đề xuất khen thưởng tập thể, cá nhân có thành tích trong áp dụng, duy trì, cải tiến Hệ thống quản "
        "lý chất lượng",
        "Ban chỉ đạo ISO; Văn phòng",
        Q,
        4,
        "Tờ trình khen thưởng (nếu có)",
    ),
    DefaultTask(
        "annual_report",
        "Báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng năm {year}",
        "Thư ký ISO",
        DATE,
        output="Báo cáo năm gửi cơ quan cấp trên",
        report="annual",
    ),
    DefaultTask(
        "republication",
        "Công bố lại Hệ thống quản lý chất lượng khi có sự điều chỉnh, mở rộng, thu hẹp phạm vi áp dụng",
        "Ban chỉ đạo ISO",
        CONT,
        output="Quyết định công bố lại (nếu có), gửi cơ quan cấp trên và niêm yết",
    ),
)

DEFAULT_PURPOSE = "\n".join(
    (
        "- Duy trì, cải tiến có hiệu lực, hiệu quả Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN "
        "ISO 9001:2015 trong hoạt động của cơ quan;",
        "- Bảo đảm 100% thủ tục hành chính thuộc thẩm quyền giải quyết và các hoạt động nội bộ được thực hiện "
        "theo quy trình của Hệ thống quản lý chất lượng;",
        "- Tăng cường kiểm tra, giám sát quá trình giải quyết công việc, góp phần nâng cao hiệu quả cải cách "
        "hành chính, sự hài lòng của người dân, tổ chức.",
    )
)
DEFAULT_REQUIREMENTS = "\n".join(
    (
        "- Bảo đảm sự tham gia của lãnh đạo, các bộ phận và cán bộ, công chức có liên quan trong quá trình áp "
        "dụng, duy trì và cải tiến Hệ thống quản lý chất lượng;",
        "- Các bộ phận, cán bộ, công chức thực hiện đúng các quy trình đã ban hành; lưu giữ đầy đủ hồ sơ theo "
        "yêu cầu của Hệ thống quản lý chất lượng;",
        "- Thường xuyên rà soát, cập nhật kịp thời quy trình khi văn bản quy phạm pháp luật, thủ tục hành chính "
        "thay đổi;",
        "- Thực hiện đúng các quy định của pháp luật về bảo vệ bí mật nhà nước trong quá trình áp dụng Hệ "
        "thống quản lý chất lượng.",
    )
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
                    output=t.output,
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
            legal_bases=row.legal_bases,
            purpose=row.purpose,
            requirements=row.requirements,
            implementation=row.implementation,
            funding=row.funding,
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
        calendar_ = AgencyService(self._uow).report_calendar(year)
        due = {"six_month": calendar_.six_month_deadline, "annual": calendar_.annual_deadline}
        with self._uow() as uow:
            if self._plan(uow, year) is not None:
                raise DomainError("plan.exists", year=year)
            months = uow.session.scalar(select(m.Agency.update_deadline_months).order_by(m.Agency.id)) or 3
            row = m.AnnualPlan(year=year, purpose=DEFAULT_PURPOSE, requirements=DEFAULT_REQUIREMENTS)
            if with_default_tasks:
                row.tasks = [
                    m.PlanTask(
                        sort_order=i,
                        content=t.content.format(year=year, months=f"{months:02d}"),
                        responsible=t.responsible,
                        timeframe=t.timeframe,
                        quarter=t.quarter,
                        due_on=due.get(t.report),
                        status=m.TaskStatus.NOT_STARTED,
                        output=t.output.format(year=year, months=f"{months:02d}"),
                        cycle_key=CYCLE_KEYS.get(t.key, ""),
                    )
                    for i, t in enumerate(DEFAULT_TASKS)
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
            legal_bases=meta.legal_bases,
            purpose=clean_multiline(fields.purpose),
            requirements=clean_multiline(fields.requirements),
            implementation=clean_multiline(fields.implementation),
            funding=clean_multiline(fields.funding),
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
                "legal_bases",
                "purpose",
                "requirements",
                "implementation",
                "funding",
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
            output=clean_multiline(fields.output),
        )
        c = Checker()
        c.text("content", f.content, 2000, required=True)
        c.text("responsible", f.responsible, 200)
        c.text("output", f.output, 1000)
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
                "output",
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
                        funding=plan.funding,
                        legal_bases=plan.legal_bases,
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
                                output=t.output.replace(f"năm {year}", f"năm {new_year}"),
                                cycle_key=t.cycle_key,
                            )
                            for t in plan.tasks
                        ],
                    )
                )
            uow.commit()
        return new_year
