"""Text and date helpers shared by services and front ends."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import date


def fold(text: str) -> str:
    """Lower-case without Vietnamese diacritics (đ → d): "Quy trình chứng thực" → "quy trinh chung thuc"."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return " ".join("".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").split())


def slug(text: str) -> str:
    """A file-name piece: folded words joined by hyphens ("Tài liệu nội bộ" → "tai-lieu-noi-bo")."""
    return "-".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later, clamped to the month's end (31/01 + 1 → 28/02 or 29/02)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def like_pattern(needle: str) -> str:
    """A LIKE pattern matching ``needle`` anywhere (with % and _ escaped by backslash)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
