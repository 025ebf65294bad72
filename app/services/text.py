"""Text and date helpers shared by services and front ends."""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from datetime import date


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return " ".join("".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").split())


def _fold_table() -> dict[int, str]:
    """Each precomposed letter that folds to plain ASCII (every Vietnamese letter), mapped to it."""
    table = {}
    for code in range(0x80, 0x2000):
        char = chr(code)
        folded = "".join(
            c
            for c in unicodedata.normalize("NFD", char.replace("đ", "d").replace("Đ", "d"))
            if unicodedata.category(c) != "Mn"
        )
        if folded != char and folded.isascii():
            table[code] = folded
    return table


def _unchanged_table() -> dict[int, None]:
    """Characters folding leaves as they are (ASCII, dashes, quotes, CJK…), to delete when
    checking whether anything is left for the slow path."""
    return {
        code: None
        for code in range(0x3000)
        if not 0xD800 <= code < 0xE000
        and unicodedata.normalize("NFD", chr(code)) == chr(code)
        and unicodedata.category(chr(code)) != "Mn"
        and chr(code) not in "đĐ"
        and chr(code).lower() == chr(code)
    }


@functools.cache
def _tables() -> tuple[dict[int, str], dict[int, None]]:
    """(letters to fold, characters folding leaves alone), built on the first fold (~15 ms:
    not at start-up)."""
    return _fold_table(), _unchanged_table()


def fold_key(text: str) -> str:
    """A cheap key that compares like ``fold(text)`` for sorting (case and Vietnamese diacritics
    ignored; spacing kept): one C-level translation, for sorting tens of thousands of rows."""
    return text.lower().translate(_tables()[0])


def fold(text: str) -> str:
    """Lower-case without Vietnamese diacritics (đ → d): "Quy trình chứng thực" → "quy trinh chung thuc".

    Folded on every keystroke of a search over thousands of rows: a translation table does the
    Vietnamese letters at C speed; the Unicode decomposition runs only for what is left (combining
    marks typed separately, other scripts), with the same result."""
    letters, unchanged = _tables()
    quick = text.lower().translate(letters)
    if quick.isascii() or not quick.translate(unchanged):
        return " ".join(quick.split())
    return _slow_fold(quick)


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
