"""Signed documents of the yearly cycle: the annual QMS plan and the quality-objectives plan (being written)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.services.agency import AgencyService
from app.services.objectives import ObjectiveService
from app.services.plans import PlanService


class PlanDocumentExporter:
    def __init__(self, agency: AgencyService, objectives: ObjectiveService, plans: PlanService) -> None:
        self._agency = agency
        self._objectives = objectives
        self._plans = plans

    def export(self, which: str, year: int, fmt: str, out: Path, *, today: date | None = None) -> Path:
        raise NotImplementedError
