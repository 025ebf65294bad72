"""Tài liệu nội bộ: the document register (procedures, forms, guides…) and their revisions."""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    func,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.attachment import Attachment
from app.models.base import Base
from app.models.organization import Department


class DocumentType(enum.Enum):
    """Loại tài liệu."""

    TTHC_PROCEDURE = "tthc_procedure"  # Quy trình giải quyết TTHC
    INTERNAL_PROCEDURE = "internal_procedure"  # Quy trình nội bộ
    FORM = "form"  # Biểu mẫu
    GUIDE = "guide"  # Hướng dẫn
    POLICY_PLAN = "policy_plan"  # Chính sách, kế hoạch, văn bản HTQLCL khác


class DocumentStatus(enum.Enum):
    DRAFT = "draft"  # Dự thảo
    IN_FORCE = "in_force"  # Đang hiệu lực
    OBSOLETE = "obsolete"  # Hết hiệu lực


# The register lists procedures first, then forms, guides and other documents: its default order,
# written as SQL text (literals, no bound parameters) so that the query and the index below match.
DOCUMENT_TYPE_ORDER_SQL = (
    "CASE doc_type "
    + " ".join(f"WHEN '{t.value}' THEN {i}" for i, t in enumerate(DocumentType))
    + " ELSE 99 END"
)


class Document(Base):
    """Tài liệu (mã hiệu unique among documents that are not obsolete)."""

    __tablename__ = "document"
    __table_args__ = (
        # Expression indexes would depend on the connection's lower(); a stored key does not.
        Index(
            "uq_document_code_key_live", "code_key", unique=True, sqlite_where=text("status != 'obsolete'")
        ),
        # The register sorts on these in SQL (tens of thousands of rows).
        Index("ix_document_code_key", "code_key"),
        Index("ix_document_title_key", "title_key"),
        # The register in its default order with every column its filters read: a search or a
        # filter is one scan of this index, with no table lookups and no sort (~10 ms at 30,000).
        Index(
            "ix_document_register",
            text(DOCUMENT_TYPE_ORDER_SQL),
            "code_key",
            "id",
            "search_text",
            "status",
            "doc_type",
            "field",
            "department_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80))
    # The code folded for comparison (case, spacing), kept by the service.
    code_key: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(500))
    # The title as text that sorts in Vietnamese order byte by byte (vocabulary.sort_text), kept
    # by the change hook, so the register sorts by name in SQL.
    title_key: Mapped[str] = mapped_column(String(400), default="", server_default="")
    # doc_type and status (a handful of values each) have no index of their own: the planner
    # would pick it for "status = in force" (nine rows in ten) over the register's index.
    doc_type: Mapped[DocumentType] = mapped_column()
    field: Mapped[str] = mapped_column(String(200), default="", index=True)
    department_id: Mapped[int | None] = mapped_column(
        ForeignKey("department.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[DocumentStatus] = mapped_column()
    # The day it was made obsolete (recorded from migration 0012 on; empty for earlier ones).
    obsoleted_on: Mapped[date | None] = mapped_column(Date)
    # A form (biểu mẫu) can belong to a procedure.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="SET NULL"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    # Lower-case, diacritic-free code + title + field + TTHC codes, kept by the change hook.
    search_text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    department: Mapped[Department | None] = relationship()
    parent: Mapped[Document | None] = relationship(remote_side=[id])
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Revision.issue_number"
    )
    tthc_links: Mapped[list[DocumentTthc]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentTthc.tthc_code"
    )


class DocumentTthc(Base):
    """A TTHC (by national code) that a procedure covers."""

    __tablename__ = "document_tthc"
    __table_args__ = (UniqueConstraint("document_id", "tthc_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    tthc_code: Mapped[str] = mapped_column(String(20), index=True)

    document: Mapped[Document] = relationship(back_populates="tthc_links")


class Revision(Base):
    """Lần ban hành of a document."""

    __tablename__ = "revision"
    __table_args__ = (
        UniqueConstraint("document_id", "issue_number"),
        # Each document's issue in effect on a day, read from the index alone (the register
        # sorts by it in SQL over every revision).
        Index("ix_revision_document_effective", "document_id", "effective_on", "issue_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    issue_number: Mapped[int] = mapped_column(Integer)
    issued_on: Mapped[date | None] = mapped_column(Date)
    effective_on: Mapped[date] = mapped_column(Date, index=True)
    change_summary: Mapped[str] = mapped_column(Text, default="")
    prepared_by: Mapped[str] = mapped_column(String(120), default="")
    reviewed_by: Mapped[str] = mapped_column(String(120), default="")
    approved_by: Mapped[str] = mapped_column(String(120), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())

    document: Mapped[Document] = relationship(back_populates="revisions")
    files: Mapped[list[RevisionFile]] = relationship(
        back_populates="revision", cascade="all, delete-orphan", order_by="RevisionFile.id"
    )


class RevisionFile(Base):
    """A file (Word/PDF) of one issue of a document."""

    __tablename__ = "revision_file"
    __table_args__ = (UniqueConstraint("revision_id", "attachment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(ForeignKey("revision.id", ondelete="CASCADE"), index=True)
    attachment_id: Mapped[int] = mapped_column(ForeignKey("attachment.id", ondelete="RESTRICT"), index=True)

    revision: Mapped[Revision] = relationship(back_populates="files")
    attachment: Mapped[Attachment] = relationship()
