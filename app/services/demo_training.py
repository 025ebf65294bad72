"""Demo training sessions (đào tạo, tập huấn) for the previous and the current year, through the
training service: the awareness session of the whole staff on the day the plan's training task
was done (``demo_objectives._TASK_DONE["training"]``), the internal auditor course of the audit
team (``demo_audits``) before the September audit, and professional courses. Nothing is dated
after ``ctx.today``; the attendees are the demo's persons."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.models import TrainingType
from app.services.areas import DemoCount
from app.services.demo import DemoContext
from app.services.demo_objectives import _TASK_DONE
from app.services.training import TrainingFields

# The internal audit team of demo_audits (its leader first).
AUDIT_TEAM = (
    "Lê Đình Quang",
    "Dương Thị Ngọc Ánh",
    "Nguyễn Thị Mai Hương",
    "Lý Văn Tài",
    "Hồ Thị Thanh Tâm",
)
EVERYONE = ()  # attendees: every person on the staff that day


@dataclass(frozen=True)
class _Session:
    month: int
    day: int
    title: str
    organiser: str
    type: TrainingType
    hours: float
    attendees: tuple[str, ...]  # EVERYONE: the whole staff
    note: str = ""


def _sessions(year: int, current: bool) -> tuple[_Session, ...]:
    (month, day), _evidence = _TASK_DONE["training"]
    awareness = _Session(
        month,
        day,
        f"Tập huấn nhận thức về Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 năm {year}",
        "Ủy ban nhân dân xã (Thư ký ISO trình bày)",
        TrainingType.AWARENESS,
        4,
        EVERYONE,
        note="Chính sách, mục tiêu chất lượng năm; quy trình nội bộ mới ban hành; kết quả đánh giá nội bộ năm trước.",
    )
    if not current:
        return (
            awareness,
            _Session(
                8,
                12,
                "Đào tạo chuyên gia đánh giá nội bộ Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
                "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
                TrainingType.INTERNAL_AUDITOR,
                16,
                AUDIT_TEAM,
                note="02 ngày; học viên đạt yêu cầu được cấp giấy chứng nhận.",
            ),
            _Session(
                10,
                14,
                "Bồi dưỡng nghiệp vụ tiếp nhận, giải quyết TTHC trên Hệ thống thông tin giải quyết TTHC của tỉnh",
                "Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh",
                TrainingType.PROFESSIONAL,
                8,
                ("Võ Minh Tuấn", "Phạm Thị Yến", "Nguyễn Đức Mạnh", "Bùi Thị Hồng Nhung"),
            ),
        )
    return (
        _Session(
            3,
            18,
            "Tập huấn Luật Đất đai và các văn bản hướng dẫn thi hành",
            "Sở Nông nghiệp và Môi trường tỉnh Hà Tĩnh",
            TrainingType.PROFESSIONAL,
            8,
            ("Đỗ Văn Thắng", "Trần Quốc Khánh", "Ngô Quang Vinh"),
        ),
        awareness,
        _Session(
            8,
            26,
            "Cập nhật kiến thức, kỹ năng đánh giá nội bộ trước đợt đánh giá nội bộ năm " + str(year),
            "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh",
            TrainingType.INTERNAL_AUDITOR,
            8,
            AUDIT_TEAM,
        ),
    )


def fill_training(ctx: DemoContext) -> list[DemoCount]:
    s: Any = ctx.services
    active = {p.id for p in s.organization.list_persons(active_only=True)}
    sessions = attendances = 0
    for year in (ctx.today.year - 1, ctx.today.year):
        current = year == ctx.today.year
        for spec in _sessions(year, current):
            on = date(year, spec.month, spec.day)
            if on > ctx.today:
                continue
            if spec.attendees:
                ids = [ctx.person_ids[name] for name in spec.attendees if name in ctx.person_ids]
            else:
                # The whole staff: this year's active persons; last year's also those who left since.
                ids = [i for i in ctx.person_ids.values() if not current or i in active]
            s.training.create(
                TrainingFields(
                    on=on,
                    title=spec.title,
                    organiser=spec.organiser,
                    type=spec.type,
                    hours=spec.hours,
                    note=spec.note,
                ),
                ids,
            )
            sessions += 1
            attendances += len(ids)
    return [
        DemoCount("training", "Lớp đào tạo, tập huấn", sessions),
        DemoCount("training_attendances", "Lượt người tham dự đào tạo", attendances),
    ]
