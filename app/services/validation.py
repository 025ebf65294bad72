"""Small helpers the services use to normalise and check input before any write."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from typing import Any

from app.services.errors import FieldError, ValidationError
from app.services.sanitize import strip_controls


def clean(value: str | None) -> str:
    """NFC-normalise, drop invisible control characters (``sanitize``), trim, and fold inner runs
    of spaces (line breaks included) on a single-line text."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", strip_controls(str(value))).strip()
    return " ".join(text.split())


def clean_multiline(value: str | None) -> str:
    """NFC-normalise, drop invisible control characters (``sanitize``; CR becomes LF), trim each
    line; drop blank lines at both ends."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", strip_controls(str(value)))
    lines = [line.strip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


# The largest magnitude a typed or imported number may have (a target, a measured value): beyond it
# a number is a typing slip or a hostile file ("1e308", "inf"), and "≥ inf" would print.
MAX_MAGNITUDE = 1e12
MAX_MAGNITUDE_TEXT = "1.000.000.000.000"


def finite_number(value: object, limit: float = MAX_MAGNITUDE) -> bool:
    """Whether ``value`` is an int or float (not a bool), not NaN, not infinite, |value| ≤ ``limit``."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    try:
        return math.isfinite(value) and abs(value) <= limit
    except OverflowError:  # an int too large for a float
        return False


# ---- quoting cells in messages -------------------------------------------------------------------
EXCERPT_CHARS = 80


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """Text from a file (a cell, a CSV field) as a message may quote it: one line, at most ``limit``
    characters, a cut marked with "…". Every import message quotes cells through this."""
    if value is None:
        return ""
    text = clean(str(value)[: limit * 4])  # never normalise a megabyte to show 80 characters
    if len(text) <= limit and len(str(value)) <= limit * 4:
        return text
    return text[: limit - 1].rstrip() + "…"


# ---- TTHC codes ----------------------------------------------------------------------------------
TTHC_CODE = re.compile(r"[0-9]\.[0-9]{6}")  # fullmatch: one ASCII digit, a dot, six ASCII digits
# Full-width forms (U+FF01–U+FF5E: "１．００１１９３", typed with an East Asian input method or pasted
# from a PDF) are their ASCII characters (NFKC); the ideographic space is a space.
_FULL_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold_full_width(text: str) -> str:
    return text.translate(_FULL_WIDTH)


def foreign_digits(text: str) -> bool:
    """Whether ``text`` holds a digit other than 0–9 (Arabic-Indic ٠١٢, Devanagari, superscripts…)
    once full-width digits are folded: such a code looks right and matches nothing."""
    return any(c.isdigit() and not ("0" <= c <= "9") for c in fold_full_width(text))


def tthc_code_form(text: str | None) -> tuple[str, bool]:
    """(the code text cleaned and with full-width characters folded, whether folding changed it)."""
    cleaned = clean(text)
    folded = clean(fold_full_width(cleaned))
    return folded, folded != cleaned


def is_tthc_code(text: str) -> bool:
    return TTHC_CODE.fullmatch(text) is not None


class Checker:
    """Collects field errors so the user sees every problem at once, then raises them together."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def add(self, field: str, code: str, **params: Any) -> None:
        if not any(e.field == field for e in self.errors):
            self.errors.append(FieldError(field, code, params))

    def required(self, field: str, value: object) -> bool:
        if value is None or (isinstance(value, str) and not value.strip()):
            self.add(field, "field.required")
            return False
        return True

    def max_length(self, field: str, value: str, limit: int) -> None:
        if len(value) > limit:
            self.add(field, "field.too_long", limit=limit)

    def text(self, field: str, value: str, limit: int, *, required: bool = False) -> None:
        if required and not self.required(field, value):
            return
        self.max_length(field, value, limit)

    def number(self, field: str, value: object, code: str) -> bool:
        """A finite number of sensible magnitude; ``code`` is the field's own message for what is
        not a number at all (NaN included)."""
        if isinstance(value, bool) or not isinstance(value, int | float) or value != value:
            self.add(field, code)
            return False
        if not finite_number(value):
            self.add(field, "number.too_large", limit=MAX_MAGNITUDE_TEXT)
            return False
        return True

    def date_range(self, field: str, value: date | None, *, required: bool = False) -> None:
        if value is None:
            if required:
                self.add(field, "field.required")
            return
        if not (1945 <= value.year <= 2100):
            self.add(field, "date.out_of_range")

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(list(self.errors))
