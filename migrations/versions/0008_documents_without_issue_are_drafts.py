"""documents without an issue are drafts

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 10:15:00

A document is in force only once it has an issue (``DocumentService`` stores a document without one
as a draft, and coverage counts only procedures with an issue in effect). Databases written before
held documents marked "in force" with no issue at all: they counted nowhere and read back from a
register as a status change. They become drafts here, as the app would have stored them. Obsolete
documents and documents with an issue are left as they are; nothing to undo on downgrade.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE document SET status = 'draft' WHERE status = 'in_force'"
        " AND NOT EXISTS (SELECT 1 FROM revision WHERE revision.document_id = document.id)"
    )


def downgrade() -> None:
    pass
