"""The printed page of Decree 30/2020/NĐ-CP (Appendix I), shared by every PDF the app produces.

What lives here, from the paper up:

- ``PageStyle``: A4 portrait or landscape with the Decree 30 margins (top 20 mm, bottom 20 mm,
  left 30 mm, right 15 mm; a landscape page is the portrait page turned so that its binding edge
  is at the top) and the font sizes of one document (sizes must be consistent within a document).
- ``register_fonts``: Liberation Serif (metric-compatible with Times New Roman) registered once
  from ``resources/fonts`` as the family ``FONT`` with bold / italic mapping, so ``<b>`` and
  ``<i>`` work in paragraphs and the TrueType files are embedded (subset) in every PDF.
- ``Styles`` / ``styles``: paragraph styles — body (justified, first-line indent 1 cm, ≥ 6 pt
  after), headings, table cells, and the styles of the signed-document elements (Quốc hiệu, Tiêu
  ngữ, date line, type name, subject, "Nơi nhận", signature) the next documents use.
- ``line_block``: a borderless block of centred lines with an optional drawn rule under a line (the
  building block of every Decree 30 header); ``agency_header`` is the left-hand issuer block that
  registers print (parent body upper case, issuing body upper case bold, short rule).
- ``build_pdf``: the document template; draws the page number centred in the top margin on every
  page but the first, sets the metadata, writes atomically (``write_atomically``).
- ``document_number`` ("Số: 05/KH-UBND"); the date texts (``date_words`` "ngày 05 tháng 01 năm
  2026", ``place_date_line``, ``table_date`` 05/01/2026) come from ``app.services.vocabulary``.

- ``SignedDocument``: the texts around a signed document's body (number and date lines, signing
  lines, recipients) from the agency's profile; ``break_name``: where a long agency name breaks.

The document itself — frames, headers, signatures, tables — is drawn by ``exports.pdf`` from the
neutral model of ``exports.model``; this module is the page and the type it is drawn on.

reportlab is imported inside the functions only: importing this module (and ``app.bootstrap``)
stays cheap, and the GUI pays for reportlab the first time it prints.
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal
from xml.sax.saxutils import escape

from app import APP_NAME
from app.services.errors import DomainError
from app.services.files import atomic_output
from app.services.vocabulary import BLANK, place_date_line
from app.services.vocabulary import date_words as date_words  # re-exported

if TYPE_CHECKING:
    from app.services.dto import AgencyProfile

MM = 72.0 / 25.4  # points per millimetre
NBSP = "\u00a0"
A4_MM = (210.0, 297.0)

FONT = "LiberationSerif"  # the registered family (regular face); Times New Roman metrics
FONT_BOLD = "LiberationSerif-Bold"
FONT_ITALIC = "LiberationSerif-Italic"
FONT_BOLD_ITALIC = "LiberationSerif-BoldItalic"
_FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

Flowable = Any  # a reportlab flowable; reportlab ships no type information


# ---- text, dates and numbers ---------------------------------------------------------------------
def nfc(text: object) -> str:
    """Text as it must reach the PDF: NFC (one code point per Vietnamese letter), never None."""
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def upper(text: str) -> str:
    """Vietnamese upper case ("Ủy ban nhân dân xã Đông" → "ỦY BAN NHÂN DÂN XÃ ĐÔNG")."""
    return nfc(text).upper()


def markup(text: object) -> str:
    """Plain text made safe for a reportlab Paragraph (escaped, NFC, line breaks kept)."""
    return escape(nfc(text)).replace("\n", "<br/>")


def document_number(number: int | str | None, type_code: str, issuer_code: str) -> str:
    """ "Số: 05/KH-UBND"; a number not yet given (None or "") prints as blanks ("Số: ␣␣␣ /KH-UBND").

    ``type_code`` is the abbreviation of the document type (BC, KH, QĐ, BB, TB; empty for a công
    văn, whose ký hiệu is the issuer's and the drafting unit's), ``issuer_code`` the agency's.
    Numbers below 10 take a leading zero ("5" → "05"); other text is printed as typed.
    """
    symbol = "-".join(part for part in (nfc(type_code).strip(), nfc(issuer_code).strip()) if part)
    if isinstance(number, str):
        number = nfc(number).strip()
        shown = f"{int(number):02d}" if number.isdigit() else (number or BLANK)
    else:
        shown = f"{number:02d}" if number is not None else BLANK
    return f"Số: {shown}/{symbol}"


# ---- page ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PageStyle:
    """One document's paper, margins (mm) and font sizes (pt).

    ``portrait()`` is the Decree 30 page. ``landscape()`` is the same sheet turned for a wide
    table: the 30 mm binding margin goes to the top, the 15 mm one to the bottom, and the 20 mm top
    and bottom margins of the portrait page become left and right.
    """

    orientation: Literal["portrait", "landscape"] = "portrait"
    margin_top: float = 20.0
    margin_bottom: float = 20.0
    margin_left: float = 30.0
    margin_right: float = 15.0
    body_size: float = 13.0  # 13–14
    header_size: float = 13.0  # Quốc hiệu, issuer block: 12–13
    title_size: float = 14.0  # type name (BÁO CÁO…), register titles: 13–14
    table_size: float = 12.0  # table cells
    page_number_size: float = 13.0  # 13–14
    leading_ratio: float = 1.2  # single spacing; Decree 30 allows up to 1.5 lines

    @classmethod
    def portrait(cls, **overrides: Any) -> PageStyle:
        return cls(**overrides)

    @classmethod
    def landscape(cls, **overrides: Any) -> PageStyle:
        values: dict[str, Any] = {
            "orientation": "landscape",
            "margin_top": 30.0,
            "margin_bottom": 15.0,
            "margin_left": 20.0,
            "margin_right": 20.0,
        }
        values.update(overrides)
        return cls(**values)

    def with_(self, **changes: Any) -> PageStyle:
        return replace(self, **changes)

    @property
    def landscape_page(self) -> bool:
        return self.orientation == "landscape"

    @property
    def page_size(self) -> tuple[float, float]:
        """(width, height) in points: 595.3 × 841.9 portrait, the other way round landscape."""
        w, h = A4_MM[0] * MM, A4_MM[1] * MM
        return (h, w) if self.landscape_page else (w, h)

    @property
    def frame_width(self) -> float:
        return self.page_size[0] - (self.margin_left + self.margin_right) * MM

    @property
    def frame_height(self) -> float:
        return self.page_size[1] - (self.margin_top + self.margin_bottom) * MM

    def leading(self, size: float) -> float:
        return round(size * self.leading_ratio + 0.5, 1)


# ---- fonts --------------------------------------------------------------------------------------
_font_lock = threading.Lock()
_fonts_registered = False


def register_fonts() -> str:
    """Register Liberation Serif once (thread-safe: the GUI prints off its main thread).

    Returns the family name to use as ``fontName``; ``<b>``, ``<i>`` and ``<b><i>`` map to the
    bold, italic and bold-italic files.
    """
    global _fonts_registered
    if _fonts_registered:
        return FONT
    with _font_lock:
        if _fonts_registered:
            return FONT
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        from app.paths import resource

        for name, filename in _FONT_FILES.items():
            path = resource("fonts", filename)
            try:
                pdfmetrics.registerFont(TTFont(name, str(path)))
            except Exception as exc:  # a missing or damaged font file: nothing can be printed
                raise DomainError("export.font_missing", path=str(path), detail=str(exc)) from exc
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        for bold, italic, name in (
            (0, 0, FONT),
            (1, 0, FONT_BOLD),
            (0, 1, FONT_ITALIC),
            (1, 1, FONT_BOLD_ITALIC),
        ):
            addMapping(FONT, bold, italic, name)
        _fonts_registered = True
    return FONT


def font_name(*, bold: bool = False, italic: bool = False) -> str:
    if bold and italic:
        return FONT_BOLD_ITALIC
    if bold:
        return FONT_BOLD
    return FONT_ITALIC if italic else FONT


def text_width(text: str, *, size: float, bold: bool = False, italic: bool = False) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    return float(stringWidth(nfc(text), font_name(bold=bold, italic=italic), size))


# ---- paragraph styles ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document (all in Liberation Serif, sizes from its PageStyle)."""

    body: Any  # justified, first-line indent 1 cm, 6 pt after
    body_plain: Any  # justified, no indent (lists, "Căn cứ …" lines use body)
    heading: Any  # "I. MỤC TIÊU…", bold, left
    title: Any  # type name or register title: bold, upper case, centred
    subject: Any  # trích yếu under the title: bold, centred
    note: Any  # italic, centred ("Ngày in: …", "(Kèm theo …)")
    cell: Any  # table cell, left
    cell_center: Any
    cell_right: Any
    cell_header: Any  # bold, centred
    cell_group: Any  # bold group row ("I. QUY TRÌNH …")
    cell_empty: Any  # italic, centred ("(Chưa có tài liệu nào)")
    header_line: Any  # lines of a header block (issuer, Quốc hiệu), centred
    date_line: Any  # "Tùng Ảnh, ngày … tháng … năm …", italic, centred
    recipients_heading: Any  # "Nơi nhận:", bold italic 12 pt
    recipient_line: Any  # "- Như trên;", 11 pt
    signature_title: Any  # "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", bold, centred
    signer_name: Any  # bold, centred


def styles(page: PageStyle) -> Styles:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()

    def style(name: str, size: float, **kw: Any) -> Any:
        kw.setdefault("fontName", FONT)
        kw.setdefault("leading", page.leading(size))
        return ParagraphStyle(name, fontSize=size, **kw)

    body_size, table = page.body_size, page.table_size
    cell = style("cell", table, alignment=TA_LEFT)
    return Styles(
        body=style("body", body_size, alignment=TA_JUSTIFY, firstLineIndent=10 * MM, spaceAfter=6),
        body_plain=style("body_plain", body_size, alignment=TA_JUSTIFY, spaceAfter=6),
        heading=style("heading", body_size, fontName=FONT_BOLD, spaceBefore=6, spaceAfter=6),
        title=style("title", page.title_size, fontName=FONT_BOLD, alignment=TA_CENTER),
        subject=style("subject", body_size, fontName=FONT_BOLD, alignment=TA_CENTER),
        note=style("note", body_size, fontName=FONT_ITALIC, alignment=TA_CENTER),
        cell=cell,
        cell_center=style("cell_center", table, alignment=TA_CENTER),
        cell_right=style("cell_right", table, alignment=TA_RIGHT),
        cell_header=style("cell_header", table, fontName=FONT_BOLD, alignment=TA_CENTER),
        cell_group=style("cell_group", table, fontName=FONT_BOLD, alignment=TA_LEFT),
        cell_empty=style("cell_empty", table, fontName=FONT_ITALIC, alignment=TA_CENTER),
        header_line=style("header_line", page.header_size, alignment=TA_CENTER),
        date_line=style("date_line", body_size, fontName=FONT_ITALIC, alignment=TA_CENTER),
        recipients_heading=style("recipients_heading", 12, fontName=FONT_BOLD_ITALIC, alignment=TA_LEFT),
        recipient_line=style("recipient_line", 11, alignment=TA_LEFT),
        signature_title=style("signature_title", body_size, fontName=FONT_BOLD, alignment=TA_CENTER),
        signer_name=style("signer_name", body_size, fontName=FONT_BOLD, alignment=TA_CENTER),
    )


def paragraph(text: object, style: Any) -> Flowable:
    """A Paragraph of plain text (escaped and NFC-normalised; use ``Paragraph`` for markup)."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup(text), style)


# ---- header blocks ------------------------------------------------------------------------------
@dataclass(frozen=True)
class BlockLine:
    """One centred line of a header block.

    ``rule`` draws a solid line under it as long as that fraction of the text (Decree 30: 1/3–1/2
    under the issuer's name and the subject, 1.0 under the Tiêu ngữ); 0 = no rule.
    """

    text: str
    bold: bool = False
    italic: bool = False
    upper: bool = False
    size: float | None = None
    rule: float = 0.0


def line_block(
    lines: Sequence[BlockLine],
    page: PageStyle,
    *,
    max_width: float | None = None,
    width: float | None = None,
    align: Literal["LEFT", "CENTER", "RIGHT"] = "LEFT",
) -> Flowable:
    """A borderless one-column table of centred lines, as wide as its longest line (at most
    ``max_width``, default half the text width; longer lines wrap) or exactly ``width``."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import HRFlowable, Paragraph, Table, TableStyle

    register_fonts()
    shown = [(line, upper(line.text) if line.upper else nfc(line.text)) for line in lines if line.text]
    limit = max_width if max_width is not None else page.frame_width / 2
    natural = max(
        (
            text_width(t, size=line.size or page.header_size, bold=line.bold, italic=line.italic)
            for line, t in shown
        ),
        default=0.0,
    )
    col = width if width is not None else min(limit, natural + 4)
    rows: list[list[Any]] = []
    rule_rows: list[int] = []
    for i, (line, text) in enumerate(shown):
        size = line.size or page.header_size
        text = break_name(text, col, size=size, bold=line.bold, italic=line.italic)
        font = font_name(bold=line.bold, italic=line.italic)
        style = ParagraphStyle(f"block{i}", fontName=font, fontSize=size, leading=page.leading(size))
        style.alignment = TA_CENTER
        rows.append([Paragraph(markup(text), style)])
        if line.rule > 0:
            longest = max(
                text_width(x, size=size, bold=line.bold, italic=line.italic) for x in text.split("\n")
            )
            length = min(longest, col) * line.rule
            rows.append([HRFlowable(width=length, thickness=0.6, color="black", hAlign="CENTER")])
            rule_rows.append(len(rows) - 1)
    if not rows:
        rows = [[""]]
    commands: list[tuple[Any, ...]] = [
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # blank cells too: no font the PDF does not carry
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),  # places the rules; the text centres itself
    ]
    for r in rule_rows:
        commands += [("TOPPADDING", (0, r), (0, r), 3), ("BOTTOMPADDING", (0, r), (0, r), 3)]
    table = Table(rows, colWidths=[col], hAlign=align, style=TableStyle(commands))
    return table


# Where a long agency or place name breaks when it does not fit its column: before the unit word
# ("ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH", "ỦY BAN NHÂN DÂN / XÃ TÙNG ẢNH"), never inside a name.
UNIT_WORDS = (
    "thành phố",
    "thị xã",
    "thị trấn",
    "tỉnh",
    "huyện",
    "quận",
    "xã",
    "phường",
    "đặc khu",
    "sở",
    "phòng",
    "trường",
)


def break_name(text: str, width: float, *, size: float, bold: bool = False, italic: bool = False) -> str:
    """``text`` with a line break where it must break to fit ``width`` pt: before a unit word
    (``UNIT_WORDS``) when both lines then fit, otherwise at the space that balances the two lines
    best; a name with no room even so is left to wrap. Text that fits, or already holds line
    breaks, is returned as it is."""
    if "\n" in text or text_width(text, size=size, bold=bold, italic=italic) <= width - 2:
        return text
    words = text.split(" ")

    def fits(part: list[str]) -> float:
        return text_width(" ".join(part), size=size, bold=bold, italic=italic)

    folded = [w.casefold() for w in words]
    for i in range(len(words) - 1, 0, -1):
        starts_unit = any(folded[i : i + len(unit.split())] == unit.split() for unit in UNIT_WORDS)
        if starts_unit and fits(words[:i]) <= width - 2 and fits(words[i:]) <= width - 2:
            return " ".join(words[:i]) + "\n" + " ".join(words[i:])
    best = min(range(1, len(words)), key=lambda i: max(fits(words[:i]), fits(words[i:])), default=0)
    if best and max(fits(words[:best]), fits(words[best:])) <= width - 2:
        return " ".join(words[:best]) + "\n" + " ".join(words[best:])
    return text


def issuer_lines(parent_body: str, issuer: str) -> list[BlockLine]:
    """Decree 30 element (2): parent body upper case, issuing body upper case bold, short rule."""
    lines = [BlockLine(parent_body, upper=True)] if parent_body.strip() else []
    lines.append(BlockLine(issuer, bold=True, upper=True, rule=0.4))
    return lines


def agency_header(profile: AgencyProfile, page: PageStyle) -> Flowable:
    """The left-aligned issuer block registers print at the top of page 1."""
    return line_block(issuer_lines(profile.parent_body, profile.full_name), page)


HEADER_LEFT_SHARE = 0.4  # the right column then holds the 13 pt bold Quốc hiệu on one line


def header_column_widths(page: PageStyle, left_share: float = HEADER_LEFT_SHARE) -> tuple[float, float]:
    """Widths of the two header columns; give them to ``line_block(max_width=...)``."""
    return page.frame_width * left_share, page.frame_width * (1 - left_share)


def header_columns(
    left: Any, right: Any, page: PageStyle, *, left_share: float = HEADER_LEFT_SHARE
) -> Flowable:
    """Two borderless columns across the text width (the Decree 30 header; recipients beside the
    signature). ``left``/``right`` are a flowable or a list of flowables."""
    from reportlab.platypus import Table, TableStyle

    widths = list(header_column_widths(page, left_share))
    return Table(
        [[left, right]],
        colWidths=widths,
        hAlign="LEFT",
        style=TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        ),
    )


# ---- signed documents: national header, title, recipients, signature ---------------------------
QUOC_HIEU = "Cộng hòa xã hội chủ nghĩa Việt Nam"
TIEU_NGU = "Độc lập - Tự do - Hạnh phúc"
RECIPIENTS_HEADING = "Nơi nhận:"
SIGNATURE_SPACE_MM = 25.0  # room to sign and stamp between the authority lines and the name
SIGNATURE_MIN_WIDTH_MM = 90.0  # the signature column; the recipients take the rest of the width
_COLUMN_GAP = 4.0  # pt of air each header column keeps beside its longest line


def header_layout(issuer: str, page: PageStyle) -> tuple[float, float, float]:
    """(font size, left width, right width) of the national header for ``issuer``.

    The right column is as narrow as the bold Quốc hiệu allows; the largest size of 13 / 12 pt at
    which the issuing body still fits on one line in the left column wins (a commune's "ỦY BAN NHÂN
    DÂN XÃ …" fits at 12 pt on a portrait page); a longer name wraps at 12 pt.
    """
    frame = page.frame_width
    sizes = sorted({min(13.0, max(12.0, page.header_size)), 12.0}, reverse=True)
    for size in sizes:
        right = text_width(upper(QUOC_HIEU), size=size, bold=True) + 2 * _COLUMN_GAP
        left = frame - right
        if text_width(upper(issuer), size=size, bold=True) + 2 * _COLUMN_GAP <= left:
            return size, left, right
    size = sizes[-1]
    right = text_width(upper(QUOC_HIEU), size=size, bold=True) + 2 * _COLUMN_GAP
    return size, frame - right, right


def recipient_lines(
    override: str = "", defaults: Sequence[tuple[str, str]] = (), *, archive: str = "VT"
) -> tuple[str, ...]:
    """The "Nơi nhận" lines as printed: "- Sở Khoa học và Công nghệ (để báo cáo);" … "- Lưu: VT.".

    ``override`` (one recipient a line, typed by the user) replaces ``defaults`` ((name, note) pairs,
    the note shown in brackets). Dashes and final punctuation are normalised; a "Lưu: …" line is
    added when missing and always comes last.
    """
    raw: list[str] = []
    if override.strip():
        raw = [line for line in nfc(override).split("\n") if line.strip()]
    else:
        for name, note in defaults:
            name, note = nfc(name).strip(), nfc(note).strip().strip("()").strip()
            # "(để báo cáo)": the purpose reads as part of the line, lower case.
            note = note[:1].lower() + note[1:]
            if name:
                # The purpose never breaks inside: "(để báo cáo)" stays on one line.
                raw.append(f"{name} ({note.replace(' ', NBSP)})" if note else name)
    cleaned = [line.strip().lstrip("-–•+").strip().rstrip(";.,").strip() for line in raw]
    cleaned = [line for line in cleaned if line]
    keep = [line for line in cleaned if not line.casefold().startswith("lưu")]
    stored = [line for line in cleaned if line.casefold().startswith("lưu")]
    lines = [*keep, stored[-1] if stored else f"Lưu: {archive}"]
    return (*(f"- {line};" for line in lines[:-1]), f"- {lines[-1]}.")


@dataclass(frozen=True)
class SignedDocument:
    """The texts that surround the body of a signed Decree 30 document (plan, report, decision, …),
    from the agency's profile and the document's own fields; ``plan_documents.signed_frame`` turns
    them into the model's ``Frame``, which the renderers draw (``exports.pdf``, ``docx``,
    ``workbook``). An empty ``number`` or a ``signed_on`` of None prints blanks to fill by hand; the
    year of a blank date is ``year``.
    """

    type_code: str  # KH, BC, QĐ, BB, TB
    type_name: str  # "Kế hoạch" (printed upper case)
    subject: str  # trích yếu, printed bold under the type name
    year: int
    issuer: str  # full name of the issuing body
    parent_body: str = ""
    issuer_code: str = ""  # UBND
    place: str = ""
    number: str = ""
    signed_on: date | None = None
    signing_lines: tuple[str, ...] = ()  # "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
    signer_name: str = ""
    recipients: tuple[str, ...] = ("- Lưu: VT.",)  # printed lines, see ``recipient_lines``

    @classmethod
    def for_agency(
        cls,
        profile: AgencyProfile,
        *,
        type_code: str,
        type_name: str,
        subject: str,
        year: int,
        number: str = "",
        signed_on: date | None = None,
        signing_lines: str = "",
        signer_name: str = "",
        recipients: str = "",
        default_recipients: Sequence[tuple[str, str]] = (),
        archive: str = "VT",
    ) -> SignedDocument:
        """The document of ``profile``; empty signing lines / signer / recipients fall back to the
        agency's defaults (``default_recipients``: its upstream recipients as (name, note))."""
        lines_text = signing_lines if signing_lines.strip() else profile.signing_lines
        return cls(
            type_code=type_code,
            type_name=type_name,
            subject=subject,
            year=year,
            issuer=profile.full_name,
            parent_body=profile.parent_body,
            issuer_code=profile.code_abbreviation,
            place=profile.place_name,
            number=number,
            signed_on=signed_on,
            signing_lines=tuple(nfc(x).strip() for x in lines_text.split("\n") if x.strip()),
            signer_name=nfc(signer_name).strip() or nfc(profile.signer_name).strip(),
            recipients=recipient_lines(recipients, default_recipients, archive=archive),
        )

    # -- texts (also what a spreadsheet version prints) --
    @property
    def number_line(self) -> str:
        return document_number(self.number, self.type_code, self.issuer_code)

    @property
    def date_line(self) -> str:
        return place_date_line(self.place, self.signed_on, year=self.year)


LANDSCAPE_TEMPLATE = "nd30-landscape"
PORTRAIT_TEMPLATE = "nd30"


def switch_page(orientation: Literal["portrait", "landscape"]) -> list[Flowable]:
    """Flowables that continue the story on a new page of ``orientation`` (``build_pdf`` needs a
    ``landscape`` page style for the landscape one)."""
    from reportlab.platypus import NextPageTemplate, PageBreak

    name = LANDSCAPE_TEMPLATE if orientation == "landscape" else PORTRAIT_TEMPLATE
    return [NextPageTemplate(name), PageBreak()]


# ---- page decoration and the document -----------------------------------------------------------
PageCallback = Callable[[Any, Any], None]  # (canvas, doc)


def page_number_callback(page: PageStyle) -> PageCallback:
    """Draws the page number centred in the top margin, upright, ``page_number_size`` pt; nothing on
    page 1 (Decree 30, element 11)."""

    def draw(canvas: Any, doc: Any) -> None:
        number = canvas.getPageNumber()
        if number <= 1:
            return
        width, height = page.page_size
        x = (page.margin_left * MM + width - page.margin_right * MM) / 2
        # Baseline a little above the middle of the top margin.
        y = height - page.margin_top * MM / 2 - page.page_number_size / 3
        canvas.saveState()
        canvas.setFont(FONT, page.page_number_size)
        canvas.drawCentredString(x, y, str(number))
        canvas.restoreState()

    return draw


def build_pdf(
    out: Path,
    story: list[Flowable],
    page: PageStyle,
    *,
    title: str,
    author: str = "",
    subject: str = "",
    on_page: PageCallback | None = None,
    landscape: PageStyle | None = None,
) -> Path:
    """Lay ``story`` out on ``page`` and write ``out`` atomically (see ``write_atomically``).

    ``on_page`` replaces the default decoration (page numbers from page 2 on). With ``landscape``
    (e.g. ``PageStyle.landscape()``) the document also has a landscape page template, entered and
    left with ``switch_page``; each template numbers its pages in its own top margin.
    """
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()

    def template(name: str, style: PageStyle) -> Any:
        width, height = style.page_size
        frame = Frame(
            style.margin_left * MM,
            style.margin_bottom * MM,
            width - (style.margin_left + style.margin_right) * MM,
            height - (style.margin_top + style.margin_bottom) * MM,
            id=f"body-{name}",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        decorate = on_page or page_number_callback(style)
        return PageTemplate(id=name, frames=[frame], onPage=decorate, pagesize=style.page_size)

    def write(target: Path) -> None:
        doc = BaseDocTemplate(
            str(target),
            pagesize=page.page_size,
            leftMargin=page.margin_left * MM,
            rightMargin=page.margin_right * MM,
            topMargin=page.margin_top * MM,
            bottomMargin=page.margin_bottom * MM,
            title=nfc(title),
            author=nfc(author),
            subject=nfc(subject),
            creator=APP_NAME,
            producer=APP_NAME,
            lang="vi-VN",
            # Otherwise every page names Helvetica, a font the PDF does not carry.
            initialFontName=FONT,
            initialFontSize=page.body_size,
            # Reproducible files: no time stamp, a fixed file ID — the same document written
            # twice gives the same bytes (a signed report re-exported is the same file).
            invariant=1,
        )
        first = LANDSCAPE_TEMPLATE if page.landscape_page else PORTRAIT_TEMPLATE
        templates = [template(first, page)]
        if landscape is not None:
            other = PORTRAIT_TEMPLATE if page.landscape_page else LANDSCAPE_TEMPLATE
            templates.append(template(other, landscape))
        doc.addPageTemplates(templates)
        doc.build(list(story))

    return write_atomically(out, write)


# ---- output -------------------------------------------------------------------------------------
def write_atomically(out: Path, write: Callable[[Path], None]) -> Path:
    """Run ``write(temp)`` on a temporary file next to ``out``, then move it over ``out``.

    A failure leaves no partial file and an existing ``out`` untouched. Errors of the file system
    become ``DomainError("export.write_failed")``; others (a bug) propagate after the clean-up.
    """
    out = Path(out)
    try:
        with atomic_output(out) as temp:
            write(temp)
    except OSError as exc:
        raise DomainError("export.write_failed", path=str(out), detail=os_error_text(exc)) from exc
    return out


def os_error_text(exc: OSError) -> str:
    """A short Vietnamese reason for a failed write."""
    import errno

    reasons = {
        errno.EACCES: "không có quyền ghi (tệp có thể đang mở trong chương trình khác)",
        errno.EPERM: "không có quyền ghi (tệp có thể đang mở trong chương trình khác)",
        errno.ENOENT: "thư mục không tồn tại",
        errno.ENOSPC: "ổ đĩa đã đầy",
        errno.EROFS: "ổ đĩa chỉ cho đọc",
        errno.EISDIR: "đây là một thư mục",
    }
    if exc.errno in reasons:
        return reasons[exc.errno]
    return exc.strerror or str(exc) or exc.__class__.__name__
