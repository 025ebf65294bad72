"""The declarative state machine, and the legal update's close / reopen following it."""

from __future__ import annotations

from datetime import date

import pytest

from app.models import DocumentStatus, DocumentType, LegalKind
from app.services import dto
from app.services.errors import DomainError
from app.services.workflow import Refusal, StateMachine, TransitionSpec


def _machine() -> StateMachine:
    def needs_files(ctx: object) -> Refusal | None:
        return None if ctx else Refusal("demo.no_files", {"what": "biên bản"})

    return StateMachine(
        "corrective_action",
        states=("open", "done", "verified"),
        transitions=(
            TransitionSpec("finish", ("open",), "done", wrong_state="ca.not_open", guard=needs_files),
            TransitionSpec("verify", ("done",), "verified", wrong_state="ca.not_done", needs_reason=True),
            TransitionSpec("reopen", ("done", "verified"), "open", wrong_state="ca.not_closed"),
        ),
    )


def test_a_transition_from_another_state_is_refused_with_its_code():
    machine = _machine()
    assert machine.refusal("verified", "finish", True) == Refusal("ca.not_open")
    assert machine.refusal("open", "verify") == Refusal("ca.not_done")
    assert machine.refusal("open", "reopen") == Refusal("ca.not_closed")


def test_a_guard_refuses_with_its_own_code_and_parameters():
    machine = _machine()
    assert machine.refusal("open", "finish", False) == Refusal("demo.no_files", {"what": "biên bản"})
    assert machine.refusal("open", "finish", True) is None


def test_a_transition_that_needs_a_reason_refuses_an_empty_one():
    machine = _machine()
    assert machine.refusal("done", "verify", reason="  ") == Refusal("workflow.reason_required")
    assert machine.refusal("done", "verify", reason="Đã kiểm tra hồ sơ") is None


def test_refusals_list_every_action_for_the_buttons():
    refusals = _machine().refusals("done", True)
    assert refusals == {"finish": Refusal("ca.not_open"), "verify": None, "reopen": None}


def test_a_machine_with_an_unknown_state_is_a_programming_error():
    with pytest.raises(ValueError):
        StateMachine("x", ("a",), (TransitionSpec("go", ("a",), "b", wrong_state="x"),))


# ---- the legal update ---------------------------------------------------------------------------------
@pytest.fixture
def update(services, agency):  # type: ignore[no-untyped-def]
    services.clock.pin(date(2026, 3, 1))
    doc = services.documents.save_document(
        dto.DocumentFields(
            code="QT 01/CX-HT",
            title="Quy trình đăng ký khai sinh",
            doc_type=DocumentType.TTHC_PROCEDURE,
            status=DocumentStatus.IN_FORCE,
        )
    )
    legal = services.legal.save_legal(
        dto.LegalFields(
            kind=LegalKind.TTHC_DECISION,
            number="1735/QĐ-UBND",
            title="Quyết định công bố danh mục thủ tục hành chính",
            effective_on=date(2026, 2, 1),
        )
    )
    detail = services.legal.link_documents(legal.id, [doc.id])
    return doc, detail.impact_rows[0]


def test_an_open_update_offers_no_change_and_refuses_reopen_and_a_missing_issue(services, update):
    _doc, row = update
    assert row.refusals["close_no_change"] is None
    assert row.refusals["reopen"] == Refusal("impact.not_closed")
    refusal = row.refusals["close_with_revision"]
    assert refusal is not None and refusal.code == "impact.no_revision_yet"
    assert refusal.params["doc_code"] == "QT 01/CX-HT"


def test_close_and_reopen_follow_the_workflow_and_keep_their_history(services, update):
    doc, row = update
    closed = services.legal.close_no_change(row.id, "Không thay đổi thành phần hồ sơ", date(2026, 3, 2))
    assert closed.refusals["close_no_change"] == Refusal("impact.already_closed")
    assert closed.refusals["reopen"] is None
    with pytest.raises(DomainError) as caught:
        services.legal.close_no_change(row.id, "Lần hai")
    assert caught.value.code == "impact.already_closed"

    services.clock.pin(date(2026, 3, 10))
    reopened = services.legal.reopen(row.id, "Nhầm thủ tục")
    assert reopened.status.value == "open" and reopened.no_change_reason == ""
    with pytest.raises(DomainError) as caught:
        services.legal.reopen(row.id)
    assert caught.value.code == "impact.not_closed"

    issue = services.documents.issue_revision(
        doc.id,
        dto.RevisionFields(issue_number=2, issued_on=date(2026, 3, 12), effective_on=date(2026, 3, 15)),
    )
    services.clock.pin(date(2026, 3, 16))
    assert services.legal.list_impacts()[0].refusals["close_with_revision"] is None
    services.legal.close_with_revision(row.id, issue.id)
    services.documents.delete_revision(issue.id)

    history = [
        (h.action, h.from_state, h.to_state, h.on, h.reason) for h in services.legal.update_history(row.id)
    ]
    assert history == [
        ("close_no_change", "open", "no_change", date(2026, 3, 2), "Không thay đổi thành phần hồ sơ"),
        ("reopen", "no_change", "open", date(2026, 3, 10), "Nhầm thủ tục"),
        ("close_with_revision", "open", "updated", date(2026, 3, 16), ""),
        ("issue_deleted", "updated", "open", date(2026, 3, 16), "Lần 2"),
    ]
    assert services.legal.list_impacts()[0].status.value == "open"


def test_no_change_needs_a_reason(services, update):
    _doc, row = update
    with pytest.raises(DomainError) as caught:
        services.legal.close_no_change(row.id, "   ")
    assert caught.value.code == "validation"
    assert services.legal.update_history(row.id) == []
