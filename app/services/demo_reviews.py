"""Demo data, the management review: one review a year, held three weeks after the internal audit
(which ends on 17 September), its inputs taken from the demo's records by the service.

- previous year: review 01 on 08/10, signed the next day, four decisions: two done during the
  current year, two still open (one overdue) — they appear in input (a) of the current year's review;
- current year (when ``today`` is past 08/10): review 01, its minutes signed two days later (when
  that is not after ``today``), three decisions.

Written through ``services.reviews`` only; nothing is dated after ``ctx.today``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from app import models as m
from app.services.areas import DemoCount
from app.services.reviews import DecisionFields, ReviewFields

if TYPE_CHECKING:
    from app.services.demo import DemoContext

_ATTENDEES = (
    "Các Phó Chủ tịch Ủy ban nhân dân xã",
    "Thành viên Ban chỉ đạo ISO",
    "Lãnh đạo Văn phòng HĐND và UBND, các phòng chuyên môn",
    "Công chức Trung tâm Phục vụ hành chính công",
)
_ISSUES = (
    "Thực hiện mô hình chính quyền địa phương hai cấp, xã tiếp nhận thêm thủ tục hành chính từ cấp huyện; "
    "cần rà soát lại phạm vi áp dụng và các quy trình liên quan."
)
_PROVIDERS = (
    "Nhà cung cấp phần mềm một cửa điện tử bảo đảm vận hành ổn định; dịch vụ bưu chính công ích "
    "chuyển phát hồ sơ, kết quả đúng thời gian cam kết."
)
_RESOURCES = (
    "Trang thiết bị tại Trung tâm Phục vụ hành chính công cơ bản đáp ứng; máy scan đã xuống cấp, cần bổ sung."
)


def _decisions(year: int, current: bool) -> tuple[tuple[m.DecisionKind, str, str, date, date | None], ...]:
    """(kind, text, owner, due, done) of a year's review; ``done`` None: still open."""
    if current:
        return (
            (
                m.DecisionKind.QMS_CHANGE,
                "Rà soát, cập nhật phạm vi áp dụng HTQLCL theo danh mục TTHC cấp xã mới",
                "Thư ký ISO",
                date(year, 12, 31),
                None,
            ),
            (
                m.DecisionKind.IMPROVEMENT,
                "Niêm yết công khai kết quả giải quyết TTHC hằng tháng tại Trung tâm",
                "Trung tâm Phục vụ hành chính công",
                date(year, 11, 30),
                None,
            ),
            (
                m.DecisionKind.RESOURCE,
                "Bố trí thêm 01 công chức tiếp nhận hồ sơ lĩnh vực đất đai",
                "Văn phòng HĐND và UBND",
                date(year + 1, 3, 31),
                None,
            ),
        )
    return (
        (
            m.DecisionKind.RESOURCE,
            "Trang bị 02 máy scan tốc độ cao cho Trung tâm Phục vụ hành chính công",
            "Văn phòng HĐND và UBND",
            date(year + 1, 3, 31),
            date(year + 1, 3, 20),
        ),
        (
            m.DecisionKind.QMS_CHANGE,
            "Cập nhật quy trình giải quyết TTHC lĩnh vực đất đai theo quy định mới",
            "Phòng Kinh tế",
            date(year + 1, 6, 30),
            None,
        ),
        (
            m.DecisionKind.IMPROVEMENT,
            "Khảo sát sự hài lòng bằng thiết bị điện tử tại quầy tiếp nhận",
            "Trung tâm Phục vụ hành chính công",
            date(year + 1, 5, 31),
            date(year + 1, 5, 15),
        ),
        (
            m.DecisionKind.IMPROVEMENT,
            "Tổ chức đào tạo nhận thức về ISO 9001:2015 cho công chức mới",
            "Văn phòng HĐND và UBND",
            date(year + 1, 12, 15),
            None,
        ),
    )


def fill_reviews(ctx: DemoContext) -> Sequence[DemoCount]:
    s = ctx.services.reviews
    today = ctx.today
    reviews = decisions = 0
    for year in (today.year - 1, today.year):
        held = date(year, 10, 8)
        if held > today:
            continue
        review_id = s.create(
            ReviewFields(
                held_on=held,
                time_from="08:00",
                time_to="11:00",
                place="Hội trường Ủy ban nhân dân xã",
                chair=f"{ctx.chair} — Chủ tịch UBND xã, Trưởng Ban chỉ đạo ISO",
                secretary=f"{ctx.secretary} — Thư ký ISO",
                attendees="\n".join(_ATTENDEES),
                absentees="Chỉ huy trưởng Ban Chỉ huy quân sự xã (đi công tác)",
                input_issues=_ISSUES,
                input_providers=_PROVIDERS,
                input_resources=_RESOURCES,
                discussion=(
                    "Các thành viên thống nhất đánh giá hệ thống quản lý chất lượng được duy trì, áp dụng "
                    "có hiệu lực; tỷ lệ hồ sơ giải quyết đúng hạn cao, còn một số hồ sơ trễ hạn ở lĩnh vực "
                    "đất đai; một số hành động khắc phục chưa hoàn thành đúng thời hạn."
                ),
                conclusions=(
                    "Chủ trì kết luận: hệ thống quản lý chất lượng phù hợp, thỏa đáng và có hiệu lực; "
                    "giao các bộ phận thực hiện các nội dung sau:"
                ),
            )
        )
        reviews += 1
        ids = []
        for kind, text, owner, due, _ in _decisions(year, year == today.year):
            ids.append(
                s.add_decision(review_id, DecisionFields(text=text, kind=kind, owner=owner, due_on=due))
            )
            decisions += 1
        signed = held + timedelta(days=1 if year < today.year else 2)
        if signed <= today:
            s.sign(review_id, signed)
        for decision_id, (kind, text, owner, due, done) in zip(
            ids, _decisions(year, year == today.year), strict=True
        ):
            if done is not None and done <= today:
                s.update_decision(
                    decision_id,
                    DecisionFields(
                        text=text,
                        kind=kind,
                        owner=owner,
                        due_on=due,
                        status=m.DecisionStatus.DONE,
                        done_on=done,
                    ),
                )
    return [
        DemoCount("reviews", "Cuộc họp xem xét của lãnh đạo", reviews),
        DemoCount("review_decisions", "Quyết định sau xem xét", decisions),
    ]
