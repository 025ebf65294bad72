"""plan tasks linked to the yearly cycle; the name and the posting of a publication decision

A plan task may carry out an item of the yearly cycle (the home page's checklist takes its due date
from it): the tasks of the default list are linked by their text, as the app wrote it for the plan's
year; others stay unlinked. A publication decision records the agency's name it was made under
(empty for existing ones: "cần xác nhận") and the day it was posted (niêm yết).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-03 17:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The default tasks' opening words as the app writes them (a migration keeps its own copy), and the
# cycle item each carries out.
_STARTS = (
    ("Ban hành Kế hoạch duy trì, cải tiến", "plan"),
    ("Rà soát, kiện toàn Ban chỉ đạo ISO", "steering"),
    ("Xây dựng, ban hành Mục tiêu chất lượng", "objectives"),
    ("Nhận diện, đánh giá rủi ro và cơ hội", "risks"),
    ("Báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng 6 tháng", "report_h1"),
    ("Tổ chức ít nhất 01 cuộc đánh giá nội bộ", "audit"),
    ("Tổ chức họp xem xét của lãnh đạo", "review"),
    ("Báo cáo tình hình áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng năm", "report_year"),
    ("Công bố lại Hệ thống quản lý chất lượng", "publication"),
)


def upgrade() -> None:
    op.add_column(
        "plan_task", sa.Column("cycle_key", sa.String(length=30), server_default="", nullable=False)
    )
    op.add_column(
        "publication_decision",
        sa.Column("agency_name", sa.String(length=255), server_default="", nullable=False),
    )
    op.add_column("publication_decision", sa.Column("posted_on", sa.Date(), nullable=True))
    conn = op.get_bind()
    for start, key in _STARTS:
        conn.execute(
            sa.text("UPDATE plan_task SET cycle_key = :key WHERE cycle_key = '' AND content LIKE :start"),
            {"key": key, "start": start + "%"},
        )


def downgrade() -> None:
    op.drop_column("publication_decision", "posted_on")
    op.drop_column("publication_decision", "agency_name")
    op.drop_column("plan_task", "cycle_key")
