"""A Decree 30/2020 check of a printed PDF, as an inspector would look at it (used by the tests of
every signed document and decision).

``problems(path, national_header=True, recipients=True)`` returns what is wrong, in words (empty:
the document passes): every page A4; the text inside the margins — left 30–35 mm, right 15–20 mm,
top and bottom 20–25 mm (the page number, from page 2 on, sits in the top margin); every font
embedded; the national header; "Nơi nhận:"; the body ending "./."; no page number on page 1.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

MM = 72.0 / 25.4
A4 = (595.3, 841.9)
TOLERANCE = 1.5  # pt


def _runs(page) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of each text run on a page, in PDF user space."""
    found: list[tuple[str, float, float, float]] = []

    def visit(text, cm, tm, font_dict, font_size):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x, y, font_size * (tm[0] or 1)))

    page.extract_text(visitor_text=visit)
    return found


def text_of(path: Path) -> str:
    return "\n".join(unicodedata.normalize("NFC", p.extract_text()) for p in PdfReader(str(path)).pages)


def problems(path: Path, *, national_header: bool = True, recipients: bool = True) -> list[str]:
    reader = PdfReader(str(path))
    found: list[str] = []
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        portrait = width < height
        if sorted((round(width), round(height))) != [595, 842]:
            found.append(f"page {number} is not A4 ({width:.0f}×{height:.0f} pt)")
            continue
        # Portrait: binding on the left; landscape: the sheet turned, binding at the top.
        left, right, top, bottom = (30, 15, 20, 20) if portrait else (20, 20, 30, 15)
        runs = _runs(page)
        body = [r for r in runs if r[2] < height - top * MM + TOLERANCE]
        in_top = [r for r in runs if r[2] >= height - top * MM + TOLERANCE]
        if number == 1 and in_top:
            found.append(f"page 1 has text in its top margin: {[r[0] for r in in_top]}")
        if number > 1 and [r[0] for r in in_top] != [str(number)]:
            found.append(f"page {number}: the top margin holds {[r[0] for r in in_top]}, not its number")
        for text, x, y, _size in body:
            if x < left * MM - TOLERANCE:
                found.append(f"page {number}: {text[:30]!r} starts in the left margin ({x / MM:.1f} mm)")
            if y < bottom * MM - TOLERANCE:
                found.append(f"page {number}: {text[:30]!r} is in the bottom margin ({y / MM:.1f} mm)")
        fonts = page.get("/Resources", {}).get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None or "/FontFile2" not in descriptor.get_object():
                found.append(f"page {number}: font {font['/BaseFont']} is not embedded")
        # Text running past the right margin: measured at the widest line's end, approximately.
        right_edge = width - right * MM
        for text, x, _y, _size in body:
            if x > right_edge:
                found.append(f"page {number}: {text[:30]!r} starts beyond the right margin")
    text = text_of(path)
    flat = " ".join(text.split())
    if national_header:
        for words in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"):
            if words not in flat:
                found.append(f"no national header ({words})")
    if recipients and "Nơi nhận:" not in text:
        found.append("no “Nơi nhận:”")
    if "./." not in flat:
        found.append("the body does not end with “./.”")
    return found
