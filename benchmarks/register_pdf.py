"""How long the document register takes to print as a PDF, by its number of rows (issue 9: at most
30 s for 30,000 rows, and time that grows linearly with the rows).

    python benchmarks/register_pdf.py                       # 5,000, 13,000 and 30,000 rows
    python benchmarks/register_pdf.py --rows 1000 30000
    python benchmarks/register_pdf.py --data-dir DIR        # the real export of a data folder

Without ``--data-dir`` the rows are made in memory (codes, long titles, departments, dates, some
upcoming issues, four document types) and drawn by the same builder and renderer as
``export documents --format pdf``: what is timed is the building of the register and the PDF.
With ``--data-dir`` (e.g. a folder filled by ``demo --scale 113``), the real command is run and timed
as a whole process.

Prints one JSON line per size: ``rows``, ``pages``, ``seconds``, ``ms_per_row``.
Run on demand; never part of the tests.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 22)


def synthetic_rows(count: int) -> list:
    from app import models as m
    from app.services import dto

    types = list(m.DocumentType)
    departments = ["Văn phòng HĐND và UBND", "Phòng Văn hóa - Xã hội", "Phòng Kinh tế", "Bộ phận Một cửa"]
    fields = ["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Tư pháp"]
    rows = []
    for i in range(1, count + 1):
        upcoming = i % 17 == 0
        rows.append(
            dto.DocumentRow(
                id=i,
                code=f"QT-{i % 97:02d} {i}/TA-HCTP",
                title=(
                    f"Quy trình giải quyết thủ tục hành chính số {i} thuộc lĩnh vực {fields[i % 5].lower()} "
                    "tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân xã"
                ),
                doc_type=types[i % len(types)],
                field=fields[i % 5],
                department_name=departments[i % 4],
                status=m.DocumentStatus.IN_FORCE,
                current_issue=1 + i % 3,
                current_effective_on=TODAY - timedelta(days=i % 700),
                upcoming_issue=2 + i % 3 if upcoming else None,
                upcoming_effective_on=TODAY + timedelta(days=30) if upcoming else None,
                revision_count=1 + i % 3,
            )
        )
    return rows


def time_synthetic(count: int, out_dir: Path) -> dict[str, object]:
    from pypdf import PdfReader

    from app.services import dto
    from app.services.exports import pdf, registers

    profile = dto.AgencyProfile(
        id=1,
        full_name="Ủy ban nhân dân xã Tùng Ảnh",
        parent_body="Ủy ban nhân dân tỉnh Hà Tĩnh",
        place_name="Tùng Ảnh",
        code_abbreviation="UBND",
    )
    rows = synthetic_rows(count)
    issued = {(r.id, r.current_issue): r.current_effective_on for r in rows}
    out = out_dir / f"register-{count}.pdf"
    started = time.perf_counter()
    document = registers.internal_register(rows, issued, profile, TODAY)
    pdf.render(document, out)
    seconds = time.perf_counter() - started
    pages = len(PdfReader(str(out)).pages)
    return {
        "rows": count,
        "pages": pages,
        "seconds": round(seconds, 2),
        "ms_per_row": round(seconds * 1000 / count, 3),
    }


def time_data_dir(data: Path, out_dir: Path) -> dict[str, object]:
    from pypdf import PdfReader

    out = out_dir / "register.pdf"
    command = [sys.executable, "-m", "app", "--data-dir", str(data), "export", "documents"]
    command += ["--format", "pdf", "--out", str(out)]
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=dict(os.environ))
    seconds = time.perf_counter() - started
    pages = len(PdfReader(str(out)).pages)
    return {"rows": None, "pages": pages, "seconds": round(seconds, 2), "ms_per_row": None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[5_000, 13_000, 30_000])
    parser.add_argument("--data-dir", type=Path, help="time the real export of this data folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="thuky-iso-register-") as tmp:
        if args.data_dir is not None:
            print(json.dumps(time_data_dir(args.data_dir, Path(tmp))), flush=True)
            return
        for count in args.rows:
            print(json.dumps(time_synthetic(count, Path(tmp))), flush=True)


if __name__ == "__main__":
    main()
