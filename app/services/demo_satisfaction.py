"""Demo data, citizen satisfaction and complaints, for the previous and the current year.

Written through the public services (``satisfaction``, ``corrective_actions``) as the user's forms
would, after the objectives and the audits (whose stories it follows):

- one survey per quarter that has ended by ``today`` (the electronic rating devices at the one-stop
  centre and the public service portal), with counts whose % satisfied is exactly what the
  satisfaction objective's measurements say (``demo_objectives``): last year's second quarter dips
  below the 95 % target (the one-stop software outage), the other quarters hold;
- complaints: last year an unfounded one in April and one in November, and the well-founded one of
  September the objectives count ("trả kết quả chứng thực chậm 01 ngày so với phiếu hẹn"), which
  raised a corrective action (closed in November); this year an unfounded one in February and,
  three days before ``today``, the hotline complaint from which the audits demo raised request 07:
  still being verified (no ruling yet, so this month's "no well-founded complaint" measurement
  stays 0), and linked to that request.

Nothing is dated after ``today``.
"""

from __future__ import annotations

import dataclasses
import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from app import models as m
from app.services import vocabulary
from app.services.areas import DemoCount
from app.services.corrective_actions import ActionFields, CaFilter, VerificationFields
from app.services.objectives import period_bounds
from app.services.satisfaction import ComplaintFields, SurveyFields

if TYPE_CHECKING:
    from app.services.demo import DemoContext

# % satisfied per quarter, as the satisfaction objective's measurements (demo_objectives) record it.
PREVIOUS_RATES = (96.2, 93.8, 95.9, 96.7)
CURRENT_RATES = (96.4, 95.1, 95.8, 96.9)
METHOD = "Thiết bị đánh giá điện tử tại Trung tâm và Cổng dịch vụ công"
_NOTES = {
    (1, 2): "Giảm do phần mềm một cửa gián đoạn sau khi chuyển đổi hệ thống, người dân phản ánh chờ lâu",
}
_SECRETARY = "Dương Thị Ngọc Ánh"
_HOTLINE_STARTS = "Người dân phản ánh qua đường dây nóng"


def quarter_counts(rate: float, rng: random.Random) -> tuple[int, int, int, int, int]:
    """(forms, very satisfied, satisfied, neutral, dissatisfied): a few hundred answers whose %
    satisfied, as the app rounds it, is ``rate``."""
    base = rng.randint(420, 620)
    for answered in range(base, base + 400):
        good = round(rate * answered / 100)
        if vocabulary.percent_value(good, answered) == rate:
            break
    else:  # pragma: no cover - some N in 400 always rounds right at one decimal
        raise AssertionError(rate)
    very = round(good * rng.uniform(0.32, 0.42))
    bad = answered - good
    dissatisfied = max(1, round(bad * rng.uniform(0.2, 0.35))) if bad else 0
    forms = answered + rng.randint(2, 9)  # a few blank or spoilt forms
    return forms, very, good - very, bad - dissatisfied, dissatisfied


def fill_satisfaction(ctx: DemoContext) -> list[DemoCount]:
    writer = _Writer(ctx)  # (fill_demo pins the services' clock to the demo's day)
    writer.run()
    return [
        DemoCount("surveys", "Đợt khảo sát sự hài lòng", writer.surveys),
        DemoCount("complaints", "Phản ánh, kiến nghị", writer.complaints),
    ]


class _Writer:
    def __init__(self, ctx: DemoContext) -> None:
        self.ctx = ctx
        self.s: Any = ctx.services
        self.today = ctx.today
        self.rng = random.Random(ctx.seed * 53)
        self.surveys = self.complaints = 0

    def unit(self, code: str) -> int | None:
        return self.ctx.department_ids.get(code)

    def run(self) -> None:
        current = self.today.year
        for index, (year, rates) in enumerate(((current - 1, PREVIOUS_RATES), (current, CURRENT_RATES))):
            for quarter, rate in enumerate(rates, start=1):
                start, end = period_bounds(year, m.Frequency.QUARTER, quarter)
                if end > self.today:
                    continue
                forms, very, ok, neutral, bad = quarter_counts(rate, self.rng)
                self.s.satisfaction.create_survey(
                    SurveyFields(
                        from_on=start,
                        to_on=end,
                        method=METHOD,
                        forms=forms,
                        very_satisfied=very,
                        satisfied=ok,
                        neutral=neutral,
                        dissatisfied=bad,
                        note=_NOTES.get((index + 1, quarter), ""),
                    )
                )
                self.surveys += 1
        self._previous(current - 1)
        self._current(current)

    def _complaint(self, fields: ComplaintFields) -> int | None:
        assert fields.received_on is not None
        if fields.received_on > self.today or (fields.resolved_on or fields.received_on) > self.today:
            return None
        self.complaints += 1
        return int(self.s.satisfaction.create_complaint(fields))

    def _previous(self, y: int) -> None:
        R = m.ComplaintRuling
        self._complaint(
            ComplaintFields(
                received_on=date(y, 4, 12),
                channel="Đường dây nóng",
                sender="Bà Lê Thị Hoa, thôn Trung Thành",
                content="Phản ánh bộ phận một cửa không tiếp nhận hồ sơ đăng ký kết hôn của con gái.",
                department_id=self.unit("TPHT"),
                handling="Kiểm tra hồ sơ: thiếu giấy xác nhận tình trạng hôn nhân của bên nam (thường trú tỉnh khác).",
                result="Đã giải thích, hướng dẫn bổ sung một lần bằng phiếu hướng dẫn; công dân đồng ý.",
                resolved_on=date(y, 4, 16),
                ruling=R.UNFOUNDED,
            )
        )
        founded = self._complaint(
            ComplaintFields(
                received_on=date(y, 9, 23),
                channel="Trực tiếp",
                sender="Ông Nguyễn Văn Hùng, thôn Đông Hà",
                content="Trả kết quả chứng thực chậm 01 ngày so với phiếu hẹn.",
                department_id=self.unit("TPHT"),
                handling="Kiểm tra sổ theo dõi: hồ sơ hẹn trả ngày 22/9, trả ngày 23/9 do công chức đi tập huấn.",
                result="Đã xin lỗi công dân bằng văn bản; lập phiếu yêu cầu hành động khắc phục.",
                resolved_on=date(y, 9, 24),
                ruling=R.FOUNDED,
            )
        )
        if founded is not None:
            self._corrective_action(founded, y)
        self._complaint(
            ComplaintFields(
                received_on=date(y, 11, 6),
                channel="Hòm thư góp ý",
                content="Phản ánh thu phí chứng thực bản sao cao hơn quy định.",
                department_id=self.unit("TPHT"),
                handling="Đối chiếu biên lai với mức phí theo quy định hiện hành.",
                result="Thu đúng mức phí quy định; đã niêm yết lại bảng phí, lệ phí tại quầy.",
                resolved_on=date(y, 11, 12),
                ruling=R.UNFOUNDED,
            )
        )

    def _corrective_action(self, complaint_id: int, y: int) -> None:
        """The request the September complaint raised, carried out and closed in the autumn."""
        cas = self.s.corrective_actions
        ca_id = self.s.satisfaction.raise_corrective_action(
            complaint_id, raised_on=date(y, 9, 25), found_by="Võ Minh Tuấn"
        )
        detail = cas.get(ca_id)
        cas.update(
            ca_id,
            dataclasses.replace(
                detail.fields(),
                correction="Trả kết quả cho công dân ngày 23/9; xin lỗi công dân bằng văn bản.",
                due_on=date(y, 10, 31),
                approver="Lê Đình Quang",
            ),
        )
        cas.move(ca_id, "analyse", on=date(y, 9, 26))
        cas.update(
            ca_id,
            dataclasses.replace(
                cas.get(ca_id).fields(),
                root_cause="Công chức tư pháp vắng mặt không bàn giao hồ sơ đến hạn trả cho người thay thế.",
            ),
        )
        action = cas.add_action(
            ca_id,
            ActionFields(
                "Lập danh sách hồ sơ chứng thực đến hạn trả hằng ngày; bàn giao khi vắng mặt",
                "Bùi Thị Hồng Nhung",
                date(y, 10, 31),
            ),
        )
        cas.move(ca_id, "implement", on=date(y, 9, 29))
        cas.set_action_completed(action, date(y, 10, 20))
        cas.verify(
            ca_id,
            VerificationFields(
                by=_SECRETARY,
                on=date(y, 11, 20),
                effective=True,
                comment="Tháng 10, 11 không có hồ sơ chứng thực trả chậm.",
            ),
        )

    def _current(self, y: int) -> None:
        R = m.ComplaintRuling
        self._complaint(
            ComplaintFields(
                received_on=date(y, 2, 24),
                channel="Zalo/Facebook của cơ quan",
                content="Phản ánh không gọi được số điện thoại đường dây nóng niêm yết tại Trung tâm.",
                department_id=self.unit("TTPVHCC"),
                handling="Gọi thử nhiều lần trong giờ hành chính: số máy hoạt động bình thường.",
                result="Đã trả lời trên trang của cơ quan, đề nghị người dân gọi lại trong giờ hành chính.",
                resolved_on=date(y, 2, 26),
                ruling=R.UNFOUNDED,
            )
        )
        received = self.today - timedelta(days=3)
        if received.year != y:
            return
        complaint_id = self._complaint(
            ComplaintFields(
                received_on=received,
                channel="Đường dây nóng",
                sender="Ông Phan Văn Lợi, thôn Tân Phúc",
                content=(
                    f"{_HOTLINE_STARTS}: phải đi lại nhiều lần vì được hướng dẫn bổ sung hồ sơ không một lần."
                ),
                department_id=self.unit("TTPVHCC"),
                handling="Đang xác minh với viên chức tiếp nhận hồ sơ và kiểm tra phiếu hướng dẫn đã giao.",
            )
        )
        if complaint_id is not None:
            self._link_request(complaint_id, received)

    def _link_request(self, complaint_id: int, received: date) -> None:
        """The audits demo raised request 07 from this complaint before it existed: name it as the
        request's source."""
        cas = self.s.corrective_actions
        for ca_id in cas.ca_ids(CaFilter(source=m.CaSource.COMPLAINT, year=received.year)):
            detail = cas.get(ca_id)
            if detail.raised_on == received and not detail.source_type and detail.locked is None:
                cas.update(
                    ca_id,
                    dataclasses.replace(detail.fields(), source_type="complaint", source_id=complaint_id),
                )
                return
