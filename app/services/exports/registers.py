"""Printed registers: danh mục tài liệu nội bộ / bên ngoài as .xlsx and .pdf (being written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services.agency import AgencyService
from app.services.documents import DocumentService
from app.services.legal import LegalService


class RegisterExporter:
    def __init__(self, agency: AgencyService, documents: DocumentService, legal: LegalService) -> None:
        self._agency = agency
        self._documents = documents
        self._legal = legal

    def export(self, which: str, fmt: str, out: Path, *, today: date | None = None) -> Path:
        raise NotImplementedError
