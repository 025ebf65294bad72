"""Danh mục thủ tục hành chính (TTHC catalogue)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Tthc(Base):
    """Thủ tục hành chính, identified by its national code (e.g. 1.001193)."""

    __tablename__ = "tthc"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(Text)
    field: Mapped[str] = mapped_column(String(200), default="", index=True)
    level: Mapped[str] = mapped_column(String(120), default="")
    # Thuộc thẩm quyền giải quyết của cơ quan.
    in_jurisdiction: Mapped[bool] = mapped_column(default=False, index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
