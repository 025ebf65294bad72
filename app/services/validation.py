"""Small helpers the services use to normalise and check input before any write."""

from __future__ import annotations

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
