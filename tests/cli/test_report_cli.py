"""``thuky-iso report compose|sign|send`` and ``export report --kind K --year N --format json``: the round
trip on a small data folder, ``--today`` as the day the cut-off and the date checks follow, the exit
codes and the Vietnamese error line when a step comes too early."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from app.cli import main
from tests.cli.commune_folder import commune_folder

Y = 2026


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with the agency set up and one corrective action request raised on 02/3/2026."""
    from app import models as m
    from app.services.corrective_actions import CaFields

    return commune_folder(
        tmp_path,
        date(Y, 3, 5),
        lambda s: s.corrective_actions.create(
            CaFields(raised_on=date(Y, 3, 2), source=m.CaSource.SELF, description="Hồ sơ trễ hạn")
        ),
    )


def run(root: Path, today: str, command: str) -> int:
    """``thuky-iso --data-dir ROOT --today TODAY COMMAND`` (COMMAND split at spaces)."""
    return main(["--data-dir", str(root), "--today", today, *command.split()])


def exported(root: Path, today: str, out: Path, kind: str = "h1") -> dict:  # type: ignore[type-arg]
    args = f"export report --kind {kind} --year {Y} --format json --out".split()
    assert main(["--data-dir", str(root), "--today", today, *args, str(out)]) == 0
    return json.loads(out.read_text("utf-8"))  # type: ignore[no-any-return]


def stored_reports(root: Path) -> list[tuple[str, str]]:
    from app.bootstrap import open_data_dir

    ctx = open_data_dir(root, writer=False, program="kiểm thử")
    try:
        return [(r.kind.value, r.status.value) for r in ctx.services.reports.list_reports()]
    finally:
        ctx.close()


def test_compose_sign_send_and_export(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bao-cao.json"
    # None stored: the export composes in memory, up to --today, and saves nothing.
    preview = exported(data, "2026-03-01", out)
    assert (preview["status"], preview["stored"], preview["cutoff"]) == ("draft", False, "2026-03-01")
    assert preview["figures"]["ca_opened"] == 0  # raised on 02/3, after the cut-off
    assert stored_reports(data) == []
    capsys.readouterr()

    assert run(data, "2026-03-10", "report compose --kind h1 --year 2026") == 0
    assert capsys.readouterr().out.strip() == (
        "Đã lập Báo cáo 6 tháng đầu năm 2026 (dự thảo): số liệu từ 15/12/2025 đến 10/03/2026."
    )
    draft = exported(data, "2026-03-10", out)
    assert (draft["status"], draft["stored"], draft["cutoff"], draft["number"]) == (
        "draft",
        True,
        "2026-03-10",
        None,
    )
    assert draft["figures"]["ca_opened"] == 1

    # Composing again on a later day refreshes the one draft: the cut-off follows --today.
    assert run(data, "2026-04-02", "report compose --kind h1 --year 2026") == 0
    assert exported(data, "2026-04-02", out)["cutoff"] == "2026-04-02"
    assert stored_reports(data) == [("h1", "draft")]

    assert (
        run(data, "2026-04-02", "report sign --kind h1 --year 2026 --number 25/BC-UBND --date 2026-04-01")
        == 0
    )
    assert "số 25/BC-UBND, ngày 01/04/2026" in capsys.readouterr().out
    assert run(data, "2026-04-05", "report send --kind h1 --year 2026 --date 2026-04-03") == 0
    assert "ngày 03/04/2026" in capsys.readouterr().out

    sent = exported(data, "2026-05-01", out)
    assert {k: sent[k] for k in ("kind", "year", "period_start", "period_end", "cutoff", "status")} == {
        "kind": "h1",
        "year": Y,
        "period_start": "2025-12-15",
        "period_end": "2026-06-14",
        "cutoff": "2026-04-01",  # the report's date, earlier than the period's end
        "status": "sent",
    }
    assert (sent["number"], sent["signed_on"], sent["sent_on"]) == ("25/BC-UBND", "2026-04-01", "2026-04-03")
    assert stored_reports(data) == [("h1", "sent")]


def test_signing_without_a_draft_and_sending_before_signing_are_refused(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sign = "report sign --kind year --year 2026 --number 26/BC-UBND --date 2026-03-09"
    assert run(data, "2026-03-10", sign) == 1
    assert capsys.readouterr().err.strip() == (
        "Lỗi: Chưa có Báo cáo năm 2026. Lập báo cáo trước (nút “Lập báo cáo” hoặc lệnh report compose)."
    )
    send = "report send --kind year --year 2026 --date 2026-03-10"
    assert run(data, "2026-03-10", send) == 1
    assert capsys.readouterr().err.strip().startswith("Lỗi: Chưa có Báo cáo năm 2026.")
    assert stored_reports(data) == []

    assert run(data, "2026-03-10", "report compose --kind year --year 2026") == 0
    capsys.readouterr()
    assert run(data, "2026-03-10", send) == 1
    assert capsys.readouterr().err.strip() == "Lỗi: Báo cáo phải được ký trước khi gửi."
    # A signing date after --today is refused the same way, and nothing changes.
    assert run(data, "2026-03-10", sign.replace("2026-03-09", "2026-03-11")) == 1
    assert capsys.readouterr().err.strip() == "Lỗi: Ngày ký không được sau hôm nay."
    assert stored_reports(data) == [("year", "draft")]


def test_usage_errors_exit_2(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        run(data, "2026-03-10", "report compose --kind q3 --year 2026")
    assert caught.value.code == 2
    capsys.readouterr()
    assert run(data, "2026-03-10", "export report --year 2026 --format json --out x.json") == 2
    assert "export report cần --kind h1 hoặc --kind year" in capsys.readouterr().err
