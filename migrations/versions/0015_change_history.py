"""change history

A new table only: the append-only log of every write (when, who on which computer, which record,
what changed), with two triggers that refuse an UPDATE or a DELETE of its rows. Existing data is
untouched and has no history before this revision.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-03 18:37:36.677690
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The migration keeps its own copy of the triggers (app.models.history declares the same).
_TRIGGERS = (
    "CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log"
    " BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
    "CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log"
    " BEGIN SELECT RAISE(ABORT, 'change_log is append-only'); END",
)


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("computer", sa.String(length=100), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("changes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index("ix_change_log_at", ["at"], unique=False)
        batch_op.create_index("ix_change_log_record", ["record_type", "record_id", "at"], unique=False)
        batch_op.create_index("ix_change_log_type_at", ["record_type", "at"], unique=False)
        batch_op.create_index("ix_change_log_user_at", ["user", "at"], unique=False)
    for trigger in _TRIGGERS:
        op.execute(trigger)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS change_log_no_delete")
    op.execute("DROP TRIGGER IF EXISTS change_log_no_update")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_user_at")
        batch_op.drop_index("ix_change_log_type_at")
        batch_op.drop_index("ix_change_log_record")
        batch_op.drop_index("ix_change_log_at")
    op.drop_table("change_log")
