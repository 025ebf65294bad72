"""Văn bản bên ngoài: legal documents (VBQPPL, TTHC announcement decisions…) and the procedures they
require to be updated."""

from __future__ import annotations

import enum
from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base
from app.models.document import Document, Revision


class LegalKind(enum.Enum):
    LAW = "law"  # Văn bản quy phạm pháp luật
    TTHC_DECISION = "tthc_decision"  # Quyết định công bố danh mục TTHC
    OTHER = "other"  # Tài liệu bên ngoài khác (tiêu chuẩn, hướng dẫn…)


class ImpactStatus(enum.Enum):
    OPEN = "open"  # chưa cập nhật
    UPDATED = "updated"  # đã cập nhật bằng một lần ban hành
    NO_CHANGE = "no_change"  # không cần sửa đổi


class LegalDocument(Base):
    """Văn bản pháp lý / tài liệu bên ngoài."""

    __tablename__ = "legal_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[LegalKind] = mapped_column(index=True)
    number: Mapped[str] = mapped_column(String(80))  # số, ký hiệu
    title: Mapped[str] = mapped_column(Text)
    issuer: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[date | None] = mapped_column(Date)
    effective_on: Mapped[date | None] = mapped_column(Date, index=True)
    replaced_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("legal_document.id", ondelete="SET NULL"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")

    replaced_by: Mapped[LegalDocument | None] = relationship(remote_side=[id])
    impacts: Mapped[list[LegalImpact]] = relationship(
        back_populates="legal_document", cascade="all, delete-orphan"
    )


class LegalImpact(Base):
    """A procedure that a legal document requires to be reviewed and updated by a deadline."""

    __tablename__ = "legal_impact"
    __table_args__ = (UniqueConstraint("legal_document_id", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    legal_document_id: Mapped[int] = mapped_column(
        ForeignKey("legal_document.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    status: Mapped[ImpactStatus] = mapped_column(default=ImpactStatus.OPEN, index=True)
    revision_id: Mapped[int | None] = mapped_column(
        ForeignKey("revision.id", ondelete="SET NULL"), index=True
    )
    no_change_reason: Mapped[str] = mapped_column(Text, default="")
    closed_on: Mapped[date | None] = mapped_column(Date)

    legal_document: Mapped[LegalDocument] = relationship(back_populates="impacts")
    document: Mapped[Document] = relationship()
    revision: Mapped[Revision | None] = relationship()
