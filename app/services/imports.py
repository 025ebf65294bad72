"""Import of the TTHC catalogue and of the document register from .xlsx/.csv (being written)."""

from __future__ import annotations

from pathlib import Path

from app.services.agency import AgencyService
from app.services.documents import DocumentService
from app.services.tthc import TthcService
from app.services.unit_of_work import UowFactory


class ImportService:
    def __init__(
        self, uow: UowFactory, agency: AgencyService, documents: DocumentService, tthc: TthcService
    ) -> None:
        self._uow = uow
        self._agency = agency
        self._documents = documents
        self._tthc = tthc

    def preview(self, kind: str, path: Path) -> object:
        raise NotImplementedError

    def apply(self, preview: object) -> object:
        raise NotImplementedError

    def write_template(self, kind: str, path: Path) -> Path:
        raise NotImplementedError
