"""A small plan in the neutral document model, shared by the tests of the three renderers."""

from __future__ import annotations

from datetime import date

from app.services.exports import model as M

ISSUER = "Ủy ban nhân dân xã Tùng Ảnh"
PARENT = "Ủy ban nhân dân tỉnh Hà Tĩnh"
COLUMNS = (
    M.Column("STT", 11, 6, "center"),
    M.Column("Nội dung công việc", None, 48),
    M.Column("Thực hiện", 32, 20),
    M.Column("Thời gian", 22, 14, "center"),
    M.Column("Sản phẩm", 36, 22),
)


def frame(variant: str = "signed", **changes: object) -> M.Frame:
    """A commune's plan frame (number, date, recipients, the chairman's signature); ``changes``
    replace any field."""
    values: dict[str, object] = dict(
        variant=variant,
        issuer=ISSUER,
        parent_body=PARENT,
        type_name="Kế hoạch",
        subject="Duy trì, cải tiến Hệ thống quản lý chất lượng năm 2026",
        number_line="Số: 05/KH-UBND",
        date_line="Tùng Ảnh, ngày 05 tháng 01 năm 2026",
        recipients=("- Sở Khoa học và Công nghệ (để báo cáo);", "- Lưu: VT, VP."),
        signatures=(M.Signature(("TM. Ủy ban nhân dân", "Chủ tịch"), "Nguyễn Văn An"),),
    )
    values.update(changes)
    return M.Frame(**values)  # type: ignore[arg-type]


def rows(count: int, start: int = 1, *, content: str = "Công việc số {i}") -> tuple[M.Row, ...]:
    """``count`` task rows numbered from ``start``."""
    return tuple(
        M.Row((i, content.format(i=i), "Văn phòng", date(2026, 3, 1 + i % 28), "Báo cáo"))
        for i in range(start, start + count)
    )
