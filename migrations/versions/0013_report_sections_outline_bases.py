"""report sections, the agency's report outline, the report's legal bases

The report's edited outline and text (empty: the generated default), the agency's saved outline
(empty: the app's default), and the legal bases a report's opening cites ("Thực hiện Quyết định số
19/2014/QĐ-TTg …; Thông tư số 26/2014/TT-BKHCN …"), added for an agency that has none yet.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 16:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The defaults of ``agency.default_legal_bases("report")`` as they were written (a migration keeps
# its own copy: later changes to the defaults must not change what it did).
_BASES = (
    (
        "Thực hiện",
        "Quyết định",
        "19/2014/QĐ-TTg",
        "2014-03-05",
        "Thủ tướng Chính phủ",
        "về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt "
        "động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
    ),
    (
        "Thực hiện",
        "Thông tư",
        "26/2014/TT-BKHCN",
        "2014-10-10",
        "Bộ Khoa học và Công nghệ",
        "quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
    ),
)


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy), as 0012.
    op.add_column("qms_report", sa.Column("sections", sa.Text(), server_default="", nullable=False))
    op.add_column("agency", sa.Column("report_outline", sa.Text(), server_default="", nullable=False))
    conn = op.get_bind()
    has_agency = conn.execute(sa.text("SELECT COUNT(*) FROM agency")).scalar()
    has_bases = conn.execute(sa.text("SELECT COUNT(*) FROM legal_basis WHERE kind = 'report'")).scalar()
    if has_agency and not has_bases:
        for order, (lead, doc_type, number, issued_on, issuer, subject) in enumerate(_BASES):
            conn.execute(
                sa.text(
                    "INSERT INTO legal_basis (kind, lead, doc_type, number, issued_on, issuer, subject, sort_order)"
                    " VALUES ('report', :lead, :doc_type, :number, :issued_on, :issuer, :subject, :sort_order)"
                ),
                {
                    "lead": lead,
                    "doc_type": doc_type,
                    "number": number,
                    "issued_on": issued_on,
                    "issuer": issuer,
                    "subject": subject,
                    "sort_order": order,
                },
            )


def downgrade() -> None:
    op.execute("DELETE FROM legal_basis WHERE kind = 'report'")
    op.drop_column("agency", "report_outline")
    op.drop_column("qms_report", "sections")
