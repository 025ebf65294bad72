"""plan outputs, recipients' purposes, legal bases as data

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 15:00:00

What the signed plans print becomes data:

- ``plan_task.output`` (Sản phẩm): what a task is to produce, printed in the plan instead of the
  evidence kept for tracking;
- ``annual_plan.funding`` (Kinh phí thực hiện) and ``annual_plan.legal_bases`` /
  ``objective_set.legal_bases`` (the document's own "Căn cứ …" lines; empty: the agency's list);
- ``recipient.purpose`` (printed after the name under "Nơi nhận": "để báo cáo"), ``on_plans`` and
  ``on_reports`` (which documents list the recipient); ``recipient.note`` stays the secretary's
  own note, never printed. A note that was a purpose ("Để báo cáo", "(để biết)") — what the plans
  printed so far — becomes the purpose and the note is emptied;
- ``agency.drafting_unit`` ("VP": "- Lưu: VT, VP.");
- ``legal_basis``: the "Căn cứ …" lines of each kind of document, filled here with the defaults
  (a frozen copy of ``app.services.agency.default_legal_bases``) when the agency exists.
"""

import re
import unicodedata
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# ---- frozen copies: a migration must not change when the app does -------------------------------
_PURPOSES = {
    "để báo cáo": "để báo cáo",
    "để b/c": "để báo cáo",
    "b/c": "để báo cáo",
    "báo cáo": "để báo cáo",
    "để biết": "để biết",
    "để thực hiện": "để thực hiện",
    "thực hiện": "để thực hiện",
    "để phối hợp": "để phối hợp",
    "phối hợp": "để phối hợp",
    "để chỉ đạo": "để chỉ đạo",
    "để theo dõi": "để theo dõi",
    "để t/h": "để thực hiện",
}

_QD19 = (
    "Căn cứ",
    "Quyết định",
    "19/2014/QĐ-TTg",
    date(2014, 3, 5),
    "Thủ tướng Chính phủ",
    "về việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động "
    "của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
)
_TT26 = (
    "Căn cứ",
    "Thông tư",
    "26/2014/TT-BKHCN",
    date(2014, 10, 10),
    "Bộ Khoa học và Công nghệ",
    "quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ",
)
_TT116 = (
    "Căn cứ",
    "Thông tư",
    "116/2015/TT-BTC",
    date(2015, 8, 11),
    "Bộ Tài chính",
    "quy định công tác quản lý tài chính đối với việc tư vấn, xây dựng, áp dụng, duy trì và cải tiến Hệ "
    "thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2008 vào hoạt động của các cơ quan, "
    "tổ chức thuộc hệ thống hành chính nhà nước",
)
_QD4109 = (
    "Căn cứ",
    "Quyết định",
    "4109/QĐ-BKHCN",
    date(2015, 12, 31),
    "Bộ Khoa học và Công nghệ",
    "về việc công bố Tiêu chuẩn quốc gia TCVN ISO 9001:2015",
)
_QD101 = (
    "Căn cứ",
    "Quyết định",
    "101/QĐ-BKHCN",
    date(2019, 1, 21),
    "Bộ Khoa học và Công nghệ",
    "về việc công bố Mô hình khung Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 "
    "cho các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước tại địa phương",
)


def _defaults(parent_body: str) -> dict[str, list[tuple[str, str, str, date | None, str, str]]]:
    upper = (
        "Thực hiện",
        "Kế hoạch",
        "",
        None,
        parent_body.strip() or "Ủy ban nhân dân tỉnh",
        "về việc duy trì, cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 "
        "trong hoạt động của các cơ quan hành chính nhà nước",
    )
    return {
        "plan": [_QD19, _TT26, _TT116, _QD4109, _QD101, upper],
        "objectives": [_QD19, _TT26, _QD101],
    }


def _purpose(note: str) -> str | None:
    """The purpose a note states, or None when the note is something else."""
    text = unicodedata.normalize("NFC", note).strip().strip("()").strip().rstrip(";.,").strip()
    return _PURPOSES.get(re.sub(r"\s+", " ", text).casefold())


def upgrade() -> None:
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("output", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("annual_plan", schema=None) as batch_op:
        batch_op.add_column(sa.Column("funding", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("legal_bases", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("objective_set", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_bases", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("drafting_unit", sa.String(length=30), server_default="", nullable=False)
        )
    with op.batch_alter_table("recipient", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purpose", sa.String(length=60), server_default="", nullable=False))
        batch_op.add_column(sa.Column("on_plans", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("on_reports", sa.Boolean(), server_default="1", nullable=False))
    legal_basis = op.create_table(
        "legal_basis",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("lead", sa.String(length=20), nullable=False),
        sa.Column("doc_type", sa.String(length=60), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(length=255), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_legal_basis")),
    )
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_legal_basis_kind"), ["kind"], unique=False)

    conn = op.get_bind()
    recipient = sa.table("recipient", sa.column("id", sa.Integer), sa.column("note"), sa.column("purpose"))
    for rid, note in conn.execute(sa.select(recipient.c.id, recipient.c.note)).all():
        purpose = _purpose(note or "")
        if purpose is not None:
            conn.execute(recipient.update().where(recipient.c.id == rid).values(purpose=purpose, note=""))
    agency = conn.execute(sa.text("SELECT parent_body FROM agency ORDER BY id LIMIT 1")).first()
    if agency is not None:
        rows = [
            {
                "kind": kind,
                "sort_order": order,
                "lead": lead,
                "doc_type": doc_type,
                "number": number,
                "issued_on": issued_on,
                "issuer": issuer,
                "subject": subject,
            }
            for kind, bases in _defaults(agency[0] or "").items()
            for order, (lead, doc_type, number, issued_on, issuer, subject) in enumerate(bases)
        ]
        op.bulk_insert(legal_basis, rows)


def downgrade() -> None:
    with op.batch_alter_table("legal_basis", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_legal_basis_kind"))
    op.drop_table("legal_basis")
    # The purpose goes back to the note, where the plans printed it before.
    op.execute("UPDATE recipient SET note = purpose WHERE note = '' AND purpose != ''")
    with op.batch_alter_table("recipient", schema=None) as batch_op:
        batch_op.drop_column("on_reports")
        batch_op.drop_column("on_plans")
        batch_op.drop_column("purpose")
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.drop_column("drafting_unit")
    with op.batch_alter_table("objective_set", schema=None) as batch_op:
        batch_op.drop_column("legal_bases")
    with op.batch_alter_table("annual_plan", schema=None) as batch_op:
        batch_op.drop_column("legal_bases")
        batch_op.drop_column("funding")
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.drop_column("output")
