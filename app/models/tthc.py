"""Danh mục thủ tục hành chính (TTHC catalogue)."""

from __future__ import annotations

from sqlalchemy import Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Tthc(Base):
    """Thủ tục hành chính, identified by its national code (e.g. 1.001193)."""

    __tablename__ = "tthc"
    __table_args__ = (
        # The catalogue in its order (by field, then code) with every column its filters read:
        # a search is one scan of this index (tens of thousands of TTHC in a provincial list).
        Index("ix_tthc_register", "field", "code", "id", "search_text", "in_jurisdiction"),
        Index("ix_tthc_name_key", "name_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(Text)
    # The name as text that sorts in Vietnamese order byte by byte, kept by the change hook.
    name_key: Mapped[str] = mapped_column(String(400), default="", server_default="")
    field: Mapped[str] = mapped_column(String(200), default="", index=True)
    level: Mapped[str] = mapped_column(String(120), default="")
    # Thuộc thẩm quyền giải quyết của cơ quan.
    in_jurisdiction: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
