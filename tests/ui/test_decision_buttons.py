"""“In quyết định…” on the Ban chỉ đạo ISO and Công bố HTQLCL pages: the selected decision saved
through the export dialog (the catalogue's steering-decision / publication kinds)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.models import PublicationKind, SteeringRole
from app.services import dto
from app.ui.pages.publications import PublicationsPage
from app.ui.pages.steering import SteeringPage
from tests import decree30


@pytest.fixture
def decisions(agency, services):  # type: ignore[no-untyped-def]
    person = services.organization.save_person(
        dto.PersonFields(full_name="Nguyễn Văn An", position="Chủ tịch Ủy ban nhân dân xã")
    )
    for number, signed_on in (("05/QĐ-UBND", date(2025, 1, 10)), ("12/QĐ-UBND", date(2026, 1, 15))):
        services.qms.save_steering_decision(
            dto.SteeringDecisionFields(
                number=number, signed_on=signed_on, subject="Về việc kiện toàn Ban chỉ đạo ISO"
            ),
            [dto.SteeringMemberFields(person_id=person.id, role=SteeringRole.HEAD)],
        )
    services.qms.save_publication(
        dto.PublicationFields(
            kind=PublicationKind.INITIAL,
            number="208/QĐ-UBND",
            signed_on=date(2021, 11, 18),
            scope="Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết của Ủy ban nhân dân xã.",
        )
    )


def save_as(monkeypatch, target: Path, chosen: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the save dialog with ``target`` and filter ``chosen``; returns the names it suggested."""
    suggested: list[str] = []

    def pick(_parent, _title, name, _filters, *_a, **_k):  # type: ignore[no-untyped-def]
        suggested.append(Path(name).name)
        return str(target), chosen

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    return suggested


def saved_messages(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def test_the_selected_steering_decision_prints_as_pdf(
    decisions, services, show, qtbot, tmp_path, monkeypatch
):
    page = show(SteeringPage(services))
    page.refresh()
    page.decisions.select_where(lambda r: r.number == "05/QĐ-UBND")
    assert page.print_button.text() == "In quyết định…"
    assert page.print_button.isEnabled()
    target = tmp_path / "quyết định"
    suggested = save_as(monkeypatch, target, "PDF để in (*.pdf)")
    shown = saved_messages(monkeypatch)

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    pdf = target.with_suffix(".pdf")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert str(pdf) in shown[0]
    assert suggested == ["QD-05-kien-toan-BCD-ISO-2025-UBND-xa-Tung-Anh.pdf"]
    words = " ".join(decree30.text_of(pdf).split())
    assert "Số: 05/QĐ-UBND" in words  # the selected one, not the one in force
    assert "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÙNG ẢNH" in words
    assert "Nơi nhận: - Như Điều 4;" in words


def test_the_button_waits_for_a_selection(agency, services, show):
    page = show(SteeringPage(services))
    page.refresh()
    assert page.decisions.current() is None
    assert not page.print_button.isEnabled()
    publications = show(PublicationsPage(services))
    publications.refresh()
    assert not publications.print_button.isEnabled()


def test_the_publication_prints_as_a_word_file(decisions, services, show, qtbot, tmp_path, monkeypatch):
    from docx import Document

    page = show(PublicationsPage(services))
    page.refresh()
    assert page.list.current().number == "208/QĐ-UBND"
    target = tmp_path / "công bố.docx"
    suggested = save_as(monkeypatch, target, "Văn bản Word (*.docx)")
    shown = saved_messages(monkeypatch)

    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert str(target) in shown[0]
    assert suggested == ["QD-208-cong-bo-HTQLCL-2021-UBND-xa-Tung-Anh.pdf"]
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Điều 1." in text
    assert "Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết" in text
