"""workflow transitions, search text of objectives and plan tasks, warning window default 14

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 18:21:36.035454

- ``transition``: the history of a record's workflow moves (legal update closed / reopened…);
- ``objective.search_text`` and ``plan_task.search_text``, filled here for existing rows with the
  same folding the app's change hook uses (statement + indicator; content + responsible + evidence);
- ``agency.due_soon_days`` ("Cảnh báo trước (ngày)"): a new agency gets 14; a stored value stays.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _fold(text: str) -> str:
    # A frozen copy of app.services.text.fold: a migration must not change when the app does.
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return " ".join("".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").split())


def _backfill(table: str, columns: Sequence[str]) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {', '.join(columns)} FROM {table}")).fetchall()
    for row in rows:
        text = _fold(" ".join(str(v) for v in row[1:] if v))
        conn.execute(sa.text(f"UPDATE {table} SET search_text = :t WHERE id = :i"), {"t": text, "i": row[0]})


def upgrade() -> None:
    op.create_table(
        "transition",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("from_state", sa.String(length=40), nullable=False),
        sa.Column("to_state", sa.String(length=40), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transition")),
    )
    with op.batch_alter_table("transition", schema=None) as batch_op:
        batch_op.create_index("ix_transition_record", ["record_type", "record_id"], unique=False)

    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.add_column(sa.Column("search_text", sa.Text(), server_default="", nullable=False))
    _backfill("objective", ("statement", "indicator"))
    _backfill("plan_task", ("content", "responsible", "evidence"))

    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.alter_column(
            "due_soon_days", existing_type=sa.Integer(), server_default="14", existing_nullable=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agency", schema=None) as batch_op:
        batch_op.alter_column(
            "due_soon_days", existing_type=sa.Integer(), server_default="30", existing_nullable=False
        )
    with op.batch_alter_table("plan_task", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    with op.batch_alter_table("objective", schema=None) as batch_op:
        batch_op.drop_column("search_text")
    with op.batch_alter_table("transition", schema=None) as batch_op:
        batch_op.drop_index("ix_transition_record")
    op.drop_table("transition")
