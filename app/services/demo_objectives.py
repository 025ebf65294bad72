"""Demo data, part three: the quality objectives and the annual QMS plan of the previous and the
current year.

Called by ``app.services.demo.fill_demo`` once the commune's departments, people, steering decisions
and quality policy exist. A commune has one set of objectives a year, so ``scale`` plays no part.
Everything goes through the public services (``objectives``, ``plans``), as the user's forms would.

The story:

- previous year: the objectives document and the plan are numbered and dated (January); every
  period is measured; the satisfaction rate dips below target in the second quarter but the year's
  average holds; one well-founded complaint in September leaves "no complaint" not met. Every plan
  task is done with its completion date and evidence, except the corrective actions after the
  internal audit, still in progress (overdue);
- current year: documents not yet numbered (the secretary fills them in by hand); each period that
  has begun by ``today`` is measured, except the year's last period (measured once the year is over),
  so the on-time rate and the procedure updates are at risk, the others on track, the yearly one not
  yet measured. Plan tasks whose usual date has passed are done, one lags (overdue once its quarter
  ends), the drafts of this year's plan and objectives are in progress (overdue after March), the
  evaluation of the objectives waits for the year's end, later tasks are not started.

No date lies after ``today``.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from app.models import Aggregation, Comparison, Frequency, TaskStatus, TimeframeKind
from app.services import dto
from app.services.areas import DemoCount
from app.services.objectives import PERIODS, period_bounds
from app.services.plans import DEFAULT_TASKS, task_deadline
from app.services.vocabulary import citation_date

if TYPE_CHECKING:
    from app.bootstrap import Services
    from app.services.demo import DemoContext


@dataclass(frozen=True)
class ObjectiveDemoSetting:
    """What the objectives part of the demo needs from the rest of it."""

    today: date
    department_ids: Mapping[str, int]  # unit code -> department id
    person_ids: Mapping[str, int]  # full name -> person id
    seed: int


@dataclass(frozen=True)
class ObjectiveDemoCounts:
    objectives: int
    measurements: int
    plan_tasks: int


# ---- the objectives ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Objective:
    statement: str
    indicator: str
    unit: str
    comparison: Comparison
    target: float
    aggregation: Aggregation
    frequency: Frequency
    department: str  # unit code
    owner: str  # full name
    plan_lines: tuple[tuple[str, str, str, str, str], ...]  # action, resources, responsible, due, evaluation
    previous: tuple[float, ...]  # a value for every period of the previous year
    current: tuple[float, ...]  # a value for every period of the current year (only begun ones are kept)
    # period -> note, for the previous / current year; other periods get ``note``
    previous_notes: Mapping[int, str]
    current_notes: Mapping[int, str]
    note: str


_ONE_STOP = "Trung tâm Phục vụ hành chính công"
_SECRETARY = "Dương Thị Ngọc Ánh"

_OBJECTIVES: tuple[_Objective, ...] = (
    _Objective(
        statement="Tối thiểu 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn hoặc trước hạn",
        indicator=(
            "Tỷ lệ hồ sơ giải quyết đúng hạn, trước hạn trên tổng số hồ sơ đã giải quyết, "
            "lũy kế từ đầu năm (Hệ thống thông tin giải quyết thủ tục hành chính tỉnh)"
        ),
        unit="%",
        comparison=Comparison.GE,
        target=98,
        aggregation=Aggregation.LAST,
        frequency=Frequency.QUARTER,
        department="TTPVHCC",
        owner="Võ Minh Tuấn",
        plan_lines=(
            (
                "Theo dõi hằng ngày tiến độ giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC; "
                "nhắc việc các hồ sơ sắp đến hạn",
                "Phần mềm một cửa điện tử; 03 viên chức Trung tâm",
                _ONE_STOP,
                "Thường xuyên",
                "Thống kê tỷ lệ đúng hạn hằng quý",
            ),
            (
                "Thực hiện xin lỗi bằng văn bản và gia hạn đúng quy định đối với hồ sơ quá hạn",
                "Mẫu phiếu xin lỗi và hẹn lại ngày trả kết quả",
                "Các bộ phận giải quyết TTHC",
                "Thường xuyên",
                "Số hồ sơ quá hạn có phiếu xin lỗi / tổng số hồ sơ quá hạn",
            ),
            (
                "Báo cáo Chủ tịch UBND xã các hồ sơ quá hạn và nguyên nhân",
                "Báo cáo thống kê từ phần mềm",
                _ONE_STOP,
                "Hằng quý, trước ngày 20 tháng cuối quý/{year}",
                "Báo cáo quý đúng hạn",
            ),
        ),
        previous=(98.6, 98.9, 99.1, 99.2),
        current=(97.8, 98.3, 98.6, 98.9),
        previous_notes={},
        current_notes={
            1: "Giảm do lượng hồ sơ đất đai tăng, 06 hồ sơ chuyển thông tin địa chính chậm; đã nhắc bộ phận Địa chính - Xây dựng",
        },
        note="Số liệu lũy kế từ đầu năm trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh",
    ),
    _Objective(
        statement="Tỷ lệ hài lòng của người dân, tổ chức đối với việc giải quyết thủ tục hành chính đạt từ 95% trở lên",
        indicator=(
            "Số phiếu đánh giá \u201chài lòng\u201d, \u201crất hài lòng\u201d trên tổng số phiếu đánh giá "
            "(thiết bị đánh giá tại Trung tâm và Cổng dịch vụ công), bình quân các quý"
        ),
        unit="%",
        comparison=Comparison.GE,
        target=95,
        aggregation=Aggregation.AVERAGE,
        frequency=Frequency.QUARTER,
        department="TTPVHCC",
        owner="Võ Minh Tuấn",
        plan_lines=(
            (
                "Bố trí thiết bị đánh giá tại quầy; hướng dẫn người dân đánh giá sau khi nhận kết quả",
                "Thiết bị đánh giá điện tử tại Trung tâm",
                _ONE_STOP,
                "Quý I/{year}",
                "Tỷ lệ hồ sơ có phiếu đánh giá",
            ),
            (
                "Tổng hợp, phân tích ý kiến không hài lòng; đề xuất biện pháp khắc phục",
                "Sổ góp ý; kết quả đánh giá trên Cổng dịch vụ công",
                _SECRETARY,
                "Hằng quý/{year}",
                "Báo cáo kết quả khảo sát hằng quý",
            ),
            (
                "Nhắc nhở, chấn chỉnh thái độ, tác phong của cán bộ tiếp nhận và trả kết quả",
                "Họp giao ban hằng tháng",
                "Lãnh đạo UBND xã",
                "Thường xuyên",
                "Không có ý kiến phản ánh về thái độ phục vụ",
            ),
        ),
        previous=(96.2, 93.8, 95.9, 96.7),
        current=(96.4, 95.1, 95.8, 96.9),
        previous_notes={
            2: (
                "Giảm do phần mềm một cửa gián đoạn sau khi chuyển đổi hệ thống, người dân phản ánh chờ lâu; "
                "đã bổ sung 01 máy lấy số thứ tự"
            ),
        },
        current_notes={},
        note="Tổng hợp từ thiết bị đánh giá và Cổng dịch vụ công",
    ),
    _Objective(
        statement="100% quy trình được cập nhật kịp thời khi văn bản quy phạm pháp luật, thủ tục hành chính thay đổi",
        indicator="Số quy trình đã cập nhật trên tổng số quy trình chịu tác động của văn bản mới trong kỳ",
        unit="%",
        comparison=Comparison.EQ,
        target=100,
        aggregation=Aggregation.AVERAGE,
        frequency=Frequency.HALF,
        department="VP",
        owner=_SECRETARY,
        plan_lines=(
            (
                "Theo dõi văn bản quy phạm pháp luật, quyết định công bố TTHC của UBND tỉnh; lập danh sách quy trình chịu tác động",
                "Cơ sở dữ liệu quốc gia về văn bản pháp luật; Cổng dịch vụ công",
                _SECRETARY,
                "Thường xuyên",
                "Sổ theo dõi văn bản pháp luật",
            ),
            (
                "Các bộ phận dự thảo sửa đổi quy trình; Thư ký ISO rà soát, trình Chủ tịch ban hành",
                "Cán bộ, công chức các bộ phận",
                "Các bộ phận chuyên môn",
                "Trong 30 ngày kể từ ngày văn bản có hiệu lực",
                "Số quy trình cập nhật đúng thời hạn",
            ),
        ),
        previous=(100, 100),
        current=(85.7, 100),
        previous_notes={},
        current_notes={1: "Đã cập nhật 6/7 quy trình; 01 quy trình lĩnh vực đất đai đang chờ trình ký"},
        note="Đã cập nhật đầy đủ các quy trình chịu tác động",
    ),
    _Objective(
        statement="100% cán bộ, công chức được phổ biến, tập huấn về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
        indicator="Số cán bộ, công chức được phổ biến, tập huấn trên tổng số cán bộ, công chức",
        unit="%",
        comparison=Comparison.EQ,
        target=100,
        aggregation=Aggregation.LAST,
        frequency=Frequency.YEAR,
        department="VP",
        owner="Nguyễn Thị Mai Hương",
        plan_lines=(
            (
                "Tổ chức tập huấn nhận thức về Hệ thống quản lý chất lượng cho cán bộ, công chức",
                "Kinh phí duy trì HTQLCL; báo cáo viên",
                "Văn phòng HĐND và UBND",
                "Quý II/{year}",
                "Danh sách tham dự; bài kiểm tra nhận thức",
            ),
            (
                "Phổ biến cho cán bộ, công chức mới tiếp nhận, điều động",
                "Tài liệu HTQLCL",
                _SECRETARY,
                "Trong 15 ngày kể từ ngày nhận công tác",
                "Biên bản phổ biến",
            ),
        ),
        previous=(100,),
        current=(100,),
        previous_notes={1: "Tập huấn nhận thức HTQLCL: 38/38 cán bộ, công chức tham dự"},
        current_notes={},
        note="",
    ),
    _Objective(
        statement="Không có phản ánh, kiến nghị có căn cứ về việc giải quyết thủ tục hành chính",
        indicator="Số phản ánh, kiến nghị được xác định có căn cứ (cộng dồn trong năm)",
        unit="vụ",
        comparison=Comparison.LE,
        target=0,
        aggregation=Aggregation.SUM,
        frequency=Frequency.MONTH,
        department="TTPVHCC",
        owner="Võ Minh Tuấn",
        plan_lines=(
            (
                "Công khai số điện thoại đường dây nóng, hộp thư góp ý tại Trung tâm",
                "Bảng niêm yết; hộp thư góp ý",
                _ONE_STOP,
                "Quý I/{year}",
                "Niêm yết đầy đủ",
            ),
            (
                "Tiếp nhận, xác minh, trả lời phản ánh, kiến nghị theo quy định",
                "Sổ theo dõi phản ánh, kiến nghị",
                "Văn phòng HĐND và UBND",
                "Thường xuyên",
                "100% phản ánh được trả lời đúng hạn",
            ),
            (
                "Phân tích nguyên nhân, thực hiện hành động khắc phục khi có phản ánh có căn cứ",
                "Phiếu yêu cầu hành động khắc phục",
                "Bộ phận liên quan",
                "Thường xuyên",
                "Không tái diễn",
            ),
        ),
        previous=(0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0),
        current=(0,) * 12,
        previous_notes={
            9: (
                "01 phản ánh có căn cứ: trả kết quả chứng thực chậm 01 ngày so với phiếu hẹn; "
                "đã xin lỗi công dân, lập phiếu hành động khắc phục"
            )
        },
        current_notes={},
        note="Không phát sinh phản ánh, kiến nghị có căn cứ",
    ),
    _Objective(
        statement="Tỷ lệ giấy tờ hộ tịch, chứng thực phải cấp lại, đính chính do sai sót của cán bộ dưới 1%",
        indicator="Số giấy tờ phải cấp lại, đính chính do lỗi của cán bộ trên tổng số giấy tờ đã cấp, bình quân các quý",
        unit="%",
        comparison=Comparison.LT,
        target=1,
        aggregation=Aggregation.AVERAGE,
        frequency=Frequency.QUARTER,
        department="TPHT",
        owner="Bùi Thị Hồng Nhung",
        plan_lines=(
            (
                "Kiểm tra chéo thông tin trước khi trình ký giấy tờ hộ tịch, chứng thực",
                "Phần mềm đăng ký, quản lý hộ tịch điện tử dùng chung",
                "Tư pháp - Hộ tịch",
                "Thường xuyên",
                "Số giấy tờ phải đính chính hằng quý",
            ),
            (
                "Tự học, cập nhật văn bản hướng dẫn mới về hộ tịch, chứng thực",
                "Tài liệu của Sở Tư pháp",
                "Tư pháp - Hộ tịch",
                "Quý II/{year}",
                "Không lặp lại lỗi đã gặp",
            ),
        ),
        previous=(0.6, 0.4, 0.8, 0.5),
        current=(0.7, 0.5, 0.6, 0.4),
        previous_notes={
            3: "04 trích lục khai sinh sai ngày tháng năm sinh do nhập liệu; đã cấp lại trong ngày"
        },
        current_notes={},
        note="Theo Sổ theo dõi cấp lại, đính chính giấy tờ",
    ),
    _Objective(
        statement="Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt trên 50%",
        indicator="Số hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp nhận, lũy kế từ đầu năm",
        unit="%",
        comparison=Comparison.GT,
        target=50,
        aggregation=Aggregation.LAST,
        frequency=Frequency.HALF,
        department="TTPVHCC",
        owner="Phạm Thị Yến",
        plan_lines=(
            (
                "Hướng dẫn người dân tạo tài khoản, nộp hồ sơ trên Cổng dịch vụ công quốc gia",
                "Tổ công nghệ số cộng đồng; máy tính tại khu vực hướng dẫn",
                _ONE_STOP,
                "Thường xuyên",
                "Số hồ sơ nộp trực tuyến hằng tháng",
            ),
            (
                "Tuyên truyền lợi ích của dịch vụ công trực tuyến trên hệ thống truyền thanh xã",
                "Đài truyền thanh xã",
                "Phòng Văn hóa - Xã hội",
                "Quý II/{year}",
                "Số buổi tuyên truyền",
            ),
        ),
        previous=(47.5, 53.2),
        current=(51.8, 56.0),
        previous_notes={1: "Chưa đạt do nhiều người cao tuổi nộp hồ sơ trực tiếp; tăng cường hướng dẫn"},
        current_notes={},
        note="Số liệu lũy kế từ Cổng dịch vụ công",
    ),
)


# ---- the plan's tasks ----------------------------------------------------------------------------
#
# For each default task (``plans.DEFAULT_TASKS``, by key): the usual completion day (month, day)
# and the evidence kept for tracking; {plan}, {objectives}, {steering}, {met}, {year} are filled in.
_TASK_DONE: dict[str, tuple[tuple[int, int], str]] = {
    "plan": ((1, 10), "Kế hoạch số {plan}"),
    "steering": ((1, 15), "{steering}"),
    "objectives": ((1, 20), "Kế hoạch thực hiện mục tiêu chất lượng số {objectives}"),
    "policy_scope": ((3, 12), "Biên bản rà soát: chính sách chất lượng, phạm vi áp dụng còn phù hợp"),
    "risks": ((3, 26), "Sổ theo dõi rủi ro và cơ hội năm {year}; 14 rủi ro, 3 cơ hội có kế hoạch hành động"),
    "posting": ((2, 5), "Niêm yết tại Trung tâm Phục vụ hành chính công; đăng trang thông tin điện tử xã"),
    "communication": ((12, 28), "Tin bài trên trang thông tin điện tử xã; phổ biến tại giao ban hằng tháng"),
    "legal_updates": ((12, 28), "Sổ theo dõi văn bản pháp luật và tình trạng cập nhật quy trình"),
    "eiso": ((12, 28), "Tài liệu, hồ sơ cập nhật trên phần mềm ISO điện tử của tỉnh"),
    "results": ((12, 28), "Thống kê kết quả giải quyết TTHC và khảo sát sự hài lòng hằng quý"),
    "internal_procedures": ((6, 20), "Danh mục 12 hoạt động nội bộ; 04 quy trình nội bộ đã ban hành"),
    "training": ((5, 22), "Tập huấn nhận thức HTQLCL cho cán bộ, công chức; danh sách tham dự"),
    "six_month_report": ((6, 8), "Báo cáo 6 tháng đầu năm {year} gửi Sở Khoa học và Công nghệ"),
    "internal_audit": ((9, 17), "Báo cáo đánh giá nội bộ; 04 điểm không phù hợp, 06 khuyến nghị"),
    "corrective_actions": ((11, 20), "Phiếu hành động khắc phục đã đóng"),
    "management_review": ((12, 8), "Biên bản họp xem xét của lãnh đạo"),
    "objectives_evaluation": ((12, 3), "Báo cáo đánh giá mục tiêu chất lượng năm {year}: đạt {met}"),
    "commendation": ((12, 18), "Tờ trình khen thưởng 02 tập thể, 03 cá nhân"),
    "annual_report": ((12, 10), "Báo cáo tình hình áp dụng, duy trì, cải tiến HTQLCL năm {year}"),
    "republication": ((12, 28), "Đã rà soát; công bố lại khi phạm vi áp dụng thay đổi"),
}
# Corrective actions after the internal audit: still open last year, overdue.
_PREVIOUS_OPEN = "corrective_actions"
_PREVIOUS_OPEN_EVIDENCE = (
    "Đã khắc phục 3/4 điểm không phù hợp; 01 điểm chờ cập nhật quy trình lĩnh vực đất đai"
)
_CURRENT_LAGGING = "risks"  # risks and opportunities: late this year
_CURRENT_LAGGING_EVIDENCE = "Đang tổng hợp rủi ro, cơ hội do các bộ phận gửi; còn 3 bộ phận chưa gửi"
# Evaluating the year's objectives needs the whole year: this year's stays in progress.
_EVALUATION = "objectives_evaluation"
_EVALUATION_OPEN = "Đang tổng hợp số liệu thực hiện mục tiêu chất lượng đến hết năm"
_CURRENT_DRAFTS = {
    "plan": "Dự thảo đã trình Chủ tịch UBND xã",
    "objectives": "Dự thảo đang lấy ý kiến các bộ phận",
}


def fill_objectives(ctx: DemoContext) -> list[DemoCount]:
    """Write the objectives and plans of the previous and the current year."""
    setting = ObjectiveDemoSetting(
        today=ctx.today, department_ids=ctx.department_ids, person_ids=ctx.person_ids, seed=ctx.seed * 37
    )
    counts = _ObjectiveWriter(ctx.services, setting).run()
    return [
        DemoCount("objectives", "Mục tiêu chất lượng (năm trước và năm nay)", counts.objectives),
        DemoCount("measurements", "Kết quả đo mục tiêu", counts.measurements),
        DemoCount("plan_tasks", "Nhiệm vụ trong kế hoạch duy trì HTQLCL", counts.plan_tasks),
    ]


class _ObjectiveWriter:
    def __init__(self, services: Services, setting: ObjectiveDemoSetting) -> None:
        self.s = services
        self.setting = setting
        self.today = setting.today
        self.rng = random.Random(setting.seed)
        self.objectives = self.measurements = self.tasks = 0

    def run(self) -> ObjectiveDemoCounts:
        current = self.today.year
        previous = current - 1
        plan_number = self.rng.randint(3, 8)
        objectives_number = plan_number + self.rng.randint(2, 6)
        plan_on = date(previous, 1, self.rng.randint(6, 12))
        objectives_on = date(previous, 1, self.rng.randint(14, 24))
        for year in (previous, current):
            done = year < current
            met = self._objectives(year, on=objectives_on if done else self.today, complete=done)
            if done:
                self.s.objectives.save_meta(
                    year, dto.DocumentMeta(number=f"{objectives_number:02d}", signed_on=objectives_on)
                )
            self._plan(
                year,
                number=f"{plan_number:02d}" if done else "",
                signed_on=plan_on if done else None,
                objectives=f"{objectives_number:02d}/KH-UBND ngày {citation_date(objectives_on)}",
                objectives_on=objectives_on,
                met=met,
            )
        return ObjectiveDemoCounts(
            objectives=self.objectives, measurements=self.measurements, plan_tasks=self.tasks
        )

    # ---- objectives ---------------------------------------------------------------------------
    def _measured(self, year: int, frequency: Frequency, complete: bool) -> list[int]:
        """Periods measured: all of a finished year; otherwise those begun by today except the
        year's last one (its value is taken once the year is over)."""
        count = PERIODS[frequency]
        if complete:
            return list(range(1, count + 1))
        return [p for p in range(1, count) if period_bounds(year, frequency, p)[0] <= self.today]

    def _objectives(self, year: int, *, on: date, complete: bool) -> str:
        """Write the year's objectives; returns "met / total" as of the end of the year."""
        policy = self.s.qms.current_policy(on)
        ids = self.setting.department_ids
        people = self.setting.person_ids
        met = 0
        for spec in _OBJECTIVES:
            saved = self.s.objectives.save_objective(
                dto.ObjectiveFields(
                    year=year,
                    statement=spec.statement,
                    indicator=spec.indicator,
                    unit=spec.unit,
                    comparison=spec.comparison,
                    target=spec.target,
                    aggregation=spec.aggregation,
                    frequency=spec.frequency,
                    department_id=ids.get(spec.department),
                    owner_person_id=people.get(spec.owner),
                    policy_version_id=policy.id if policy else None,
                    plan_lines=tuple(
                        dto.PlanLineFields(
                            action=action,
                            resources=resources,
                            responsible=who,
                            due=due.format(year=year),
                            evaluation=evaluation,
                        )
                        for action, resources, who, due, evaluation in spec.plan_lines
                    ),
                )
            )
            self.objectives += 1
            values: Sequence[float] = spec.previous if complete else spec.current
            notes = spec.previous_notes if complete else spec.current_notes
            info = saved
            for period in self._measured(year, spec.frequency, complete):
                info = self.s.objectives.record_measurement(
                    saved.id,
                    dto.MeasurementFields(
                        period=period, value=values[period - 1], note=notes.get(period, spec.note)
                    ),
                )
                self.measurements += 1
            if complete:
                status = self.s.objectives.get_objective(info.id, on=date(year + 1, 1, 1)).status
                met += status is dto.ObjectiveStatus.MET
        return f"{met}/{len(_OBJECTIVES)} mục tiêu"

    # ---- the annual plan ----------------------------------------------------------------------
    def _steering(self, year: int) -> tuple[date | None, str]:
        decisions = [
            d for d in self.s.qms.list_steering_decisions() if d.signed_on and d.signed_on.year == year
        ]
        if not decisions:
            return None, ""
        first = min(decisions, key=lambda d: d.signed_on or date.max)
        assert first.signed_on is not None
        return first.signed_on, f"Quyết định số {first.number} ngày {citation_date(first.signed_on)}"

    def _plan(
        self,
        year: int,
        *,
        number: str,
        signed_on: date | None,
        objectives: str,
        objectives_on: date,
        met: str,
    ) -> None:
        plans = self.s.plans
        info = plans.create_plan(year)
        plans.save_plan(
            year,
            dto.PlanFields(
                number=number,
                signed_on=signed_on,
                purpose=info.purpose,
                requirements=info.requirements,
            ),
        )
        complete = year < self.today.year
        steering_on, steering = self._steering(year)
        plan_text = f"{number}/KH-UBND ngày {citation_date(signed_on)}" if signed_on else ""
        for i, task in enumerate(info.tasks):
            key = DEFAULT_TASKS[i].key if i < len(DEFAULT_TASKS) else ""
            (month, day), evidence = _TASK_DONE.get(key, ((12, 28), ""))
            done_on = date(year, month, day)
            if key == "plan" and signed_on:
                done_on = signed_on
            if key == "steering" and steering_on:
                done_on = steering_on
            if key == "objectives" and complete:
                done_on = objectives_on
            deadline = task_deadline(year, task)
            if deadline is not None and done_on > deadline and task.timeframe is TimeframeKind.DATE:
                done_on = deadline
            begun = deadline is None or date(year, (deadline.month - 1) // 3 * 3 + 1, 1) <= self.today
            text = evidence.format(
                plan=plan_text, objectives=objectives, steering=steering, met=met, year=year
            )
            if complete:
                if key == _PREVIOUS_OPEN:
                    status, completed_on, text = TaskStatus.IN_PROGRESS, None, _PREVIOUS_OPEN_EVIDENCE
                else:
                    status, completed_on = TaskStatus.DONE, done_on
            elif key in _CURRENT_DRAFTS:
                status, completed_on, text = TaskStatus.IN_PROGRESS, None, _CURRENT_DRAFTS[key]
            elif key == _EVALUATION and begun:
                status, completed_on, text = TaskStatus.IN_PROGRESS, None, _EVALUATION_OPEN
            elif key == _CURRENT_LAGGING and begun:
                status, completed_on, text = TaskStatus.IN_PROGRESS, None, _CURRENT_LAGGING_EVIDENCE
            elif task.timeframe is TimeframeKind.CONTINUOUS:
                status, completed_on, text = TaskStatus.IN_PROGRESS, None, ""
            elif done_on <= self.today and (key != "steering" or steering_on):
                status, completed_on = TaskStatus.DONE, done_on
            elif begun:
                status, completed_on, text = TaskStatus.IN_PROGRESS, None, ""
            else:
                status, completed_on, text = TaskStatus.NOT_STARTED, None, ""
            plans.save_task(
                year,
                dto.TaskFields(
                    content=task.content,
                    responsible=task.responsible,
                    timeframe=task.timeframe,
                    quarter=task.quarter,
                    due_on=task.due_on,
                    status=status,
                    completed_on=completed_on,
                    evidence=text,
                    output=task.output,
                ),
                task.id,
            )
            self.tasks += 1
