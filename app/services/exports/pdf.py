"""The PDF renderer of the neutral document (``exports.model``): the Decree 30 page of ``nd30``.

``render(document, out)`` lays the frame of the document's variant around its body, its closing and
its annexes, and writes ``out`` atomically. Tables of any length cost time in proportion to their
rows: a long table is cut into page-sized reportlab tables as the pages fill (``_RowsTable``), each
with the header row, never ending a page on a group heading; reportlab's own table would recompute
its spans and no-split ranges over every remaining row at every page break.

reportlab is imported inside the functions: importing this module stays cheap.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.exports import model, nd30
from app.services.exports.nd30 import MM, Flowable, PageStyle

CELL_PADDING = (3.0, 3.0, 2.0, 4.0)  # left, right, top, bottom (pt)
HEADER_PADDING = 2.0  # extra top and bottom padding of a table's header row
TABLE_START_MM = 40.0  # room a heading needs under it before a table (the header row and a row)
NBSP = "\u00a0"


# ---- the document -------------------------------------------------------------------------------
def render(document: model.Document, out: Path) -> Path:
    """Write ``document`` as a PDF to ``out`` (atomically) and return the path."""
    from reportlab.platypus import KeepTogether, Spacer

    portrait = PageStyle.portrait(body_size=document.body_size)
    landscape = PageStyle.landscape(body_size=document.body_size)
    first = landscape if document.orientation == "landscape" else portrait
    pages = {"portrait": portrait, "landscape": landscape}
    layout = _Layout(pages, first)
    frame = document.frame

    story: list[Flowable] = [*opening(frame, first)]
    body = layout.blocks(document.body)
    ending = closing(frame, layout.current)
    # The last paragraph (the closing sentence, "./.") goes with the signature: the signature is
    # never alone on a page.
    tail: list[Flowable] = []
    if ending is not None and body and getattr(body[-1], "_keep_with_closing", False):
        tail.append(body.pop())  # the closing sentence or the totals line
    if ending is not None:
        # A table that ends the body (or comes just before the closing line) sends its last row
        # over to the signature's page when need be: never a page of totals and signatures alone.
        last = next((f for f in reversed(body) if not isinstance(f, Spacer)), None)
        if last is not None and hasattr(last, "keep_last_row_with"):
            width, height = layout.current.frame_width, layout.current.frame_height
            following = sum(f.wrap(width, height)[1] for f in tail) + ending.wrap(width, height)[1]
            last.keep_last_row_with(following + 12 * MM)  # with the spacers and paragraph spacing
    story += body
    if ending is not None:
        story.append(KeepTogether([*tail, Spacer(1, 3 * MM), ending]))
    for annex in document.annexes:
        story += layout.annex(annex)
    other = landscape if first is portrait else portrait
    return nd30.build_pdf(
        out,
        story,
        first,
        title=document.title,
        author=document.author,
        subject=frame.subject,
        on_page=_no_page_number if frame.variant == "form" else None,
        landscape=other if layout.used(other) else None,
    )


def _no_page_number(_canvas: Any, _doc: Any) -> None:
    """A form's pages carry no number: each copy is a sheet of its own."""


class _Layout:
    """The body's flowables, following the orientation of the page they are on."""

    def __init__(self, pages: dict[str, PageStyle], first: PageStyle) -> None:
        self.pages = pages
        self.current = first
        self._used: set[str] = {first.orientation}

    def used(self, page: PageStyle) -> bool:
        return page.orientation in self._used

    def switch(self, orientation: str) -> list[Flowable]:
        self.current = self.pages[orientation]
        self._used.add(orientation)
        return nd30.switch_page("landscape" if orientation == "landscape" else "portrait")

    def blocks(self, blocks: Sequence[model.Block]) -> list[Flowable]:
        from reportlab.platypus import CondPageBreak, Spacer

        out: list[Flowable] = []
        for i, block in enumerate(blocks):
            page = self.current
            if isinstance(block, model.Heading):
                before_table = i + 1 < len(blocks) and isinstance(blocks[i + 1], model.Table)
                if before_table:
                    # A heading never ends a page: it goes on with the table's first rows
                    # (keepWithNext would move a whole short table).
                    out.append(CondPageBreak(TABLE_START_MM * MM))
                out.append(heading(block, page, keep=not before_table))
            elif isinstance(block, model.Paragraph):
                out.append(paragraph(block, page))
            elif isinstance(block, model.Bullets):
                out += bullets(block, page)
            elif isinstance(block, model.Table):
                out.append(table(block, page))
                # No space before a page break: at the foot of a page it would spill onto an
                # otherwise empty page.
                if i + 1 < len(blocks) and not isinstance(blocks[i + 1], model.PageBreak):
                    out.append(Spacer(1, 4 * MM))
            elif isinstance(block, model.PageBreak):
                out += self.switch(block.orientation)
                if block.frame is not None:
                    out += opening(block.frame, self.current)
        return out

    def annex(self, annex: model.Annex) -> list[Flowable]:
        from reportlab.platypus import Spacer

        out = self.switch(annex.orientation)
        page = self.current
        st = nd30.styles(page)
        out.append(
            nd30.line_block(
                [
                    nd30.BlockLine(annex.label, bold=True, upper=True, size=page.title_size),
                    nd30.BlockLine(annex.subject, bold=True, size=page.body_size),
                ],
                page,
                width=page.frame_width * 0.9,
                align="CENTER",
            )
        )
        if annex.attached_to:
            out.append(nd30.paragraph(annex.attached_to, st.note))
        out.append(Spacer(1, 5 * MM))
        out += self.blocks(annex.blocks)
        return out


# ---- frame: opening -----------------------------------------------------------------------------
def opening(frame: model.Frame, page: PageStyle) -> list[Flowable]:
    """What comes before the body: the variant's header and title (see ``exports.model``)."""
    from reportlab.platypus import Spacer

    st = nd30.styles(page)
    out: list[Flowable] = []
    if frame.variant == "form":
        out += [form_header(frame, page), Spacer(1, 6 * MM)]
    elif frame.variant == "register":
        out += [nd30.line_block(nd30.issuer_lines(frame.parent_body, frame.issuer), page), Spacer(1, 6 * MM)]
        out.append(title_block(frame.type_name, frame.subject, page, width=page.frame_width))
        out.append(Spacer(1, 2 * MM))
    else:
        out += [
            national_header(frame, page),
            Spacer(1, 8 * MM),
            title_block(frame.type_name, frame.subject, page),
        ]
        out.append(Spacer(1, 5 * MM))
    # The note lines belong to the title ("(Số liệu tính từ … đến …)"); "Kính gửi" follows them.
    for line in frame.note_lines:
        out.append(nd30.paragraph(line, st.note))
    if frame.note_lines:
        out.append(Spacer(1, 4 * MM))
    if frame.addressee:
        out += [nd30.paragraph(frame.addressee, _centred(page, "addressee")), Spacer(1, 3 * MM)]
    if frame.variant == "decision":
        if frame.authority:
            out += [nd30.paragraph(nd30.upper(frame.authority), st.subject), Spacer(1, 4 * MM)]
        out += [nd30.paragraph(line, _basis_style(page)) for line in frame.bases]
        out += [Spacer(1, 2 * MM), nd30.paragraph("QUYẾT ĐỊNH:", st.subject), Spacer(1, 4 * MM)]
    return out


def national_header(frame: model.Frame, page: PageStyle) -> Flowable:
    """The borderless two-column header: issuer block beside Quốc hiệu / Tiêu ngữ, "Số: …" beside
    the date line on one baseline (Decree 30, elements 1–4)."""
    from reportlab.platypus import Table, TableStyle

    size, left, right = nd30.header_layout(frame.issuer, page)
    motto_size = min(14.0, size + 1)
    issuer_block = nd30.line_block(
        [_sized(x, size) for x in nd30.issuer_lines(frame.parent_body, frame.issuer)],
        page,
        width=left,
        align="CENTER",
    )
    national_block = nd30.line_block(
        [
            nd30.BlockLine(nd30.QUOC_HIEU, bold=True, upper=True, size=size),
            nd30.BlockLine(nd30.TIEU_NGU, bold=True, size=motto_size, rule=1.0),
        ],
        page,
        width=right,
        align="CENTER",
    )
    number = _centred(page, "number_line", size=size)
    date_style = _centred(page, "date_line", size=motto_size, font=nd30.FONT_ITALIC)
    return Table(
        [
            [issuer_block, national_block],
            [nd30.paragraph(frame.number_line, number), nd30.paragraph(frame.date_line, date_style)],
        ],
        colWidths=[left, right],
        hAlign="LEFT",
        style=TableStyle(
            [
                *_NO_PADDING,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 1), (-1, 1), "BOTTOM"),
                ("TOPPADDING", (0, 1), (-1, 1), 4),
            ]
        ),
    )


def title_block(type_name: str, subject: str, page: PageStyle, *, width: float | None = None) -> Flowable:
    """Type name (bold, upper case) and subject (bold, a rule of 1/3 its length), centred."""
    return nd30.line_block(
        [
            nd30.BlockLine(type_name, bold=True, upper=True, size=page.title_size),
            nd30.BlockLine(subject, bold=True, size=page.body_size, rule=0.35),
        ],
        page,
        width=width if width is not None else page.frame_width * 0.85,
        align="CENTER",
    )


FORM_CODE_BLANK = "…………"


def form_header(frame: model.Frame, page: PageStyle) -> Flowable:
    """A QMS form's boxed header: issuer | form title | code and issue (blank code: dots)."""
    from reportlab.platypus import Table, TableStyle

    st = nd30.styles(page)
    small = _centred(page, "form_cell", size=page.table_size)
    bold = _centred(page, "form_title", size=page.title_size, font=nd30.FONT_BOLD)
    width = page.frame_width
    issuer = [
        nd30.paragraph(nd30.upper(frame.issuer), _centred(page, "form_issuer", size=11, font=nd30.FONT_BOLD))
    ]
    title = [nd30.paragraph(nd30.upper(frame.type_name), bold)]
    if frame.subject:
        title.append(nd30.paragraph(frame.subject, st.subject))
    # The code never breaks inside ("BM 01/QT-NB 04"): on a line of its own under "Mã hiệu:" when
    # the two do not fit on one.
    code = (frame.form_code or FORM_CODE_BLANK).replace(" ", NBSP)
    codes = [nd30.paragraph(f"Mã hiệu: {code}", small)]
    codes.append(nd30.paragraph(frame.form_issue or f"Lần ban hành: {FORM_CODE_BLANK}", small))
    return Table(
        [[issuer, title, codes]],
        colWidths=[width * 0.3, width * 0.45, width * 0.25],
        style=TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("FONTNAME", (0, 0), (-1, -1), nd30.FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
    )


# ---- frame: closing -----------------------------------------------------------------------------
SIGNATURE_SPACE_MM = nd30.SIGNATURE_SPACE_MM


def closing(frame: model.Frame, page: PageStyle) -> Flowable | None:
    """ "Nơi nhận" beside the signature (signed, decision), or the signatures side by side."""
    if frame.variant in ("signed", "decision"):
        signature = frame.signatures[0] if frame.signatures else model.Signature(())
        return recipients_and_signature(frame.recipients, signature, page)
    if frame.signatures:
        return signatures_row(frame.signatures, page)
    return None


def signature_cell(signature: model.Signature, page: PageStyle) -> list[Flowable]:
    from reportlab.platypus import Spacer

    st = nd30.styles(page)
    cell: list[Flowable] = [nd30.paragraph(nd30.upper(x), st.signature_title) for x in signature.lines]
    if signature.hint:
        cell.append(nd30.paragraph(signature.hint, _centred(page, "hint", font=nd30.FONT_ITALIC)))
    cell.append(Spacer(1, SIGNATURE_SPACE_MM * MM))
    cell.append(nd30.paragraph(signature.name, st.signer_name))
    return cell


def recipients_and_signature(
    recipients: Sequence[str], signature: model.Signature, page: PageStyle
) -> Flowable:
    """ "Nơi nhận" (left) beside the signature block (right), tops aligned; never split."""
    from reportlab.platypus import Table, TableStyle

    st = nd30.styles(page)
    longest = max(
        (nd30.text_width(nd30.upper(x), size=page.body_size, bold=True) for x in signature.lines),
        default=0.0,
    )
    right = min(page.frame_width * 0.6, max(nd30.SIGNATURE_MIN_WIDTH_MM * MM, longest + 8))
    left = page.frame_width - right
    received: list[Flowable] = []
    if recipients:
        received.append(nd30.paragraph(nd30.RECIPIENTS_HEADING, st.recipients_heading))
        received += [nd30.paragraph(line, st.recipient_line) for line in recipients]
    return Table(
        [[received or "", signature_cell(signature, page)]],
        colWidths=[left, right],
        hAlign="LEFT",
        style=TableStyle(
            [*_NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (0, 0), (0, 0), 6)]
        ),
    )


def signatures_row(signatures: Sequence[model.Signature], page: PageStyle) -> Flowable:
    """Signatures side by side, equal columns (minutes: THƯ KÝ left, CHỦ TRÌ right)."""
    from reportlab.platypus import Table, TableStyle

    width = page.frame_width / len(signatures)
    return Table(
        [[signature_cell(s, page) for s in signatures]],
        colWidths=[width] * len(signatures),
        hAlign="LEFT",
        style=TableStyle([*_NO_PADDING, ("VALIGN", (0, 0), (-1, -1), "TOP")]),
    )


# ---- body ---------------------------------------------------------------------------------------
def heading(block: model.Heading, page: PageStyle, *, keep: bool = True) -> Flowable:
    st = nd30.styles(page)
    style = st.heading
    if block.level >= 3:
        style = _derived(st.heading, "heading3", fontName=nd30.FONT_BOLD_ITALIC)
    flowable = nd30.paragraph(block.text, style)
    flowable.keepWithNext = keep
    return flowable


def paragraph(block: model.Paragraph, page: PageStyle) -> Flowable:
    from reportlab.platypus import Paragraph

    st = nd30.styles(page)
    styles = {
        "body": st.body,
        "plain": st.body_plain,
        "basis": _basis_style(page),
        "centered": st.subject,
        "note": st.note,
        "closing": st.body,
    }
    text = nd30.markup(block.text)
    if block.lead:
        text = f"<b>{nd30.markup(block.lead)}</b> {text}"
    flowable = Paragraph(text, styles[block.style])
    # The document's last sentence ("./.") or a register's totals: on the signature's page.
    flowable._keep_with_closing = block.style in ("closing", "plain")
    return flowable


def bullets(block: model.Bullets, page: PageStyle) -> list[Flowable]:
    st = nd30.styles(page)
    return [nd30.paragraph(f"{block.marker} {item.strip()}", st.body) for item in block.items if item.strip()]


# ---- tables -------------------------------------------------------------------------------------
def column_widths(columns: Sequence[model.Column], frame_width: float) -> list[float]:
    """Page widths (pt) of the columns: fixed ones as given, the others share the rest."""
    fixed = sum(c.width_mm * MM for c in columns if c.width_mm is not None)
    flexible = [c for c in columns if c.width_mm is None]
    rest = max(0.0, frame_width - fixed) / max(1, len(flexible))
    return [c.width_mm * MM if c.width_mm is not None else rest for c in columns]


def table(block: model.Table, page: PageStyle) -> Flowable:
    return _RowsTable(_TableParts.of(block, page), 0)


@dataclass
class _TableParts:
    """A table's cells, their row heights measured once, and its style.

    Body cells are plain text broken into lines here (``simpleSplit``: string widths only) and
    drawn by the table as lines of text, with the row heights given: no paragraph is parsed,
    wrapped or measured twice for them, which keeps a 30,000-row register linear and fast. Header
    and group cells are bold paragraphs."""

    widths: list[float]
    aligns: list[str]
    header: list[Any]
    rows: list[list[Any]]
    groups: list[bool]
    heights: list[float]
    header_height: float
    empty: bool
    size: float
    leading: float
    frame_height: float

    @classmethod
    def of(cls, block: model.Table, page: PageStyle) -> _TableParts:
        st = nd30.styles(page)
        widths = column_widths(block.columns, page.frame_width)
        inner = [w - CELL_PADDING[0] - CELL_PADDING[1] for w in widths]
        size, leading = page.table_size, page.leading(page.table_size)
        ncols = len(block.columns)
        header = [nd30.paragraph(c.header, st.cell_header) for c in block.columns]
        header_height = max(h.wrap(w, 10_000)[1] for h, w in zip(header, inner, strict=True))
        header_height += CELL_PADDING[2] + CELL_PADDING[3] + 2 * HEADER_PADDING
        # A row never breaks across pages; one taller than half a page (a title of a thousand
        # characters) is shortened so that it fits under a page's header row.
        max_lines = max(
            1, int((min(page.frame_height - header_height - 40, page.frame_height / 2)) // leading)
        )
        padding = CELL_PADDING[2] + CELL_PADDING[3]
        keep = [c.keep_together for c in block.columns]
        rows: list[list[Any]] = []
        groups: list[bool] = []
        heights: list[float] = []
        for row in block.rows:
            if row.group:
                cells = [
                    nd30.paragraph(model.cell_text(row.cells[0]), st.cell_header),
                    nd30.paragraph(
                        model.cell_text(row.cells[1]) if len(row.cells) > 1 else "", st.cell_group
                    ),
                ]
                group_width = sum(widths[1:]) - CELL_PADDING[0] - CELL_PADDING[1]
                height = max(cells[0].wrap(inner[0], 10_000)[1], cells[1].wrap(group_width, 10_000)[1])
                rows.append(cells + [""] * (ncols - 2))
                groups.append(True)
                heights.append(height + padding)
                continue
            texts: list[str] = []
            lines = 1
            for value, width, together in zip(row.cells, inner, keep, strict=True):
                broken = cell_lines(model.cell_text(value), width, size, keep_together=together)
                if len(broken) > max_lines:
                    broken = [*broken[: max_lines - 1], broken[max_lines - 1].rstrip() + " …"]
                lines = max(lines, len(broken))
                texts.append("\n".join(broken))
            rows.append(texts)
            groups.append(False)
            heights.append(lines * leading + padding)
        empty = not block.rows
        if empty:
            cell = nd30.paragraph(block.empty_text, st.cell_empty)
            rows.append([cell] + [""] * (ncols - 1))
            groups.append(False)
            heights.append(cell.wrap(sum(widths) - 6, 10_000)[1] + 14)
        aligns = [c.align.upper() for c in block.columns]
        return cls(
            widths,
            aligns,
            header,
            rows,
            groups,
            heights,
            header_height,
            empty,
            size,
            leading,
            page.frame_height,
        )

    def table(self, start: int, end: int) -> Any:
        from reportlab.platypus import Table, TableStyle

        left, right, top, bottom = CELL_PADDING
        commands: list[tuple[Any, ...]] = [
            ("GRID", (0, 0), (-1, -1), 0.5, "black"),
            ("FONTNAME", (0, 0), (-1, -1), nd30.FONT),  # blank cells too: no font the PDF does not carry
            ("FONTSIZE", (0, 0), (-1, -1), self.size),
            ("LEADING", (0, 0), (-1, -1), self.leading),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), left),
            ("RIGHTPADDING", (0, 0), (-1, -1), right),
            ("TOPPADDING", (0, 0), (-1, -1), top),
            ("BOTTOMPADDING", (0, 0), (-1, -1), bottom),
            ("TOPPADDING", (0, 0), (-1, 0), top + HEADER_PADDING),
            ("BOTTOMPADDING", (0, 0), (-1, 0), bottom + HEADER_PADDING),
        ]
        commands += [("ALIGN", (c, 1), (c, -1), align) for c, align in enumerate(self.aligns)]
        for r, group in enumerate(self.groups[start:end], start=1):
            if group:
                commands.append(("SPAN", (1, r), (-1, r)))
        if self.empty:
            commands += [("SPAN", (0, 1), (-1, 1)), ("TOPPADDING", (0, 1), (-1, 1), 6)]
            commands.append(("BOTTOMPADDING", (0, 1), (-1, 1), 8))
        data = [self.header, *self.rows[start:end]]
        heights = [self.header_height, *self.heights[start:end]]
        return Table(
            data, colWidths=self.widths, rowHeights=heights, hAlign="CENTER", style=TableStyle(commands)
        )


def cell_lines(text: str, width: float, size: float, *, keep_together: bool = False) -> list[str]:
    """A cell's text broken into the lines that fit ``width`` (pt) at ``size`` pt, at spaces only;
    ``keep_together``: a code whose spaces do not break (it overflows rather than splits)."""
    from reportlab.lib.utils import simpleSplit

    text = nd30.nfc(text)
    if not text:
        return [""]
    if keep_together:
        return [line.replace(" ", NBSP) for line in text.split("\n")]
    lines = simpleSplit(text, nd30.FONT, size, width) or [""]
    if all(nd30.text_width(line, size=size) <= width for line in lines):
        return lines
    return [part for line in lines for part in _hard_break(line, width, size)]


def _hard_break(line: str, width: float, size: float) -> list[str]:
    """A line with a word wider than the cell (a file number "000.15.20.H27-260312-0004") broken
    inside the word, after a "-", ".", "/" or "_" when one fits, else at the last character that
    fits: the text stays inside its cell."""
    parts: list[str] = []
    while nd30.text_width(line, size=size) > width and len(line) > 1:
        fit = 1
        while fit < len(line) and nd30.text_width(line[: fit + 1], size=size) <= width:
            fit += 1
        cut = max((line.rfind(mark, 0, fit) + 1 for mark in " -./_"), default=0)
        cut = cut if cut > 0 else fit
        parts.append(line[:cut].rstrip())
        line = line[cut:].lstrip()
    return [*parts, line] if line else parts


def _RowsTable(parts: _TableParts, start: int) -> Flowable:
    """Rows ``start``… of a table as one flowable that splits in time proportional to the rows it
    places: each page gets a reportlab table of the rows that fit, with the header row."""
    return _rows_table_class()(parts, start)


@functools.cache
def _rows_table_class() -> type:
    from reportlab.platypus import Flowable as ReportlabFlowable

    class RowsTable(ReportlabFlowable):
        def __init__(self, parts: _TableParts, start: int) -> None:
            super().__init__()
            self.parts = parts
            self.start = start
            self.hAlign = "CENTER"
            self._whole: Any = None
            self.tail = 0.0  # the height of what must follow the last row on its page

        def keep_last_row_with(self, height: float) -> None:
            self.tail = height

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            height = self.parts.header_height + sum(self.parts.heights[self.start :])
            # The last row alone, on a fresh page, stays there whatever follows it (nothing better).
            last_alone = (
                len(self.parts.rows) - self.start <= 1 and avail_height >= self.parts.frame_height - 1
            )
            if height <= avail_height and (height + self.tail <= avail_height or last_alone):
                self._whole = self.parts.table(self.start, len(self.parts.rows))
                width, height = self._whole.wrap(avail_width, avail_height)
            else:
                self._whole = None
                width = sum(self.parts.widths)
                if height <= avail_height:
                    height += self.tail  # fits, but not with what must follow it: split
            self.width, self.height = width, height
            return width, height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            room = avail_height - self.parts.header_height
            end = self.start
            heights = self.parts.heights
            while end < len(heights) and heights[end] <= room:
                room -= heights[end]
                end += 1
            if end == len(heights) and self.tail:
                end -= 1  # the last row goes on with the signature that follows
            if end == len(heights) - 1 and end - self.start > 2:
                end -= 1  # never one row alone at the top of the next page: two go over
            while end > self.start and self.parts.groups[end - 1]:
                end -= 1  # a group heading goes on with its first row
            if end == self.start:
                return []  # not one row fits: the frame goes on on the next page
            if end == len(heights):
                return [self.parts.table(self.start, end)]
            rest = RowsTable(self.parts, end)
            rest.tail = self.tail
            return [self.parts.table(self.start, end), rest]

        def draw(self) -> None:
            whole = self._whole
            if whole is None:
                whole = self.parts.table(self.start, len(self.parts.rows))
                whole.wrapOn(self.canv, sum(self.parts.widths), 10_000_000)
            whole.drawOn(self.canv, 0, 0)

    return RowsTable


# ---- helpers ------------------------------------------------------------------------------------
_NO_PADDING: list[tuple[Any, ...]] = [
    ("FONTNAME", (0, 0), (-1, -1), nd30.FONT),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _sized(line: nd30.BlockLine, size: float) -> nd30.BlockLine:
    from dataclasses import replace

    return replace(line, size=size)


def _derived(style: Any, name: str, **changes: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(name, parent=style, **changes)


def _centred(page: PageStyle, name: str, *, size: float | None = None, font: str | None = None) -> Any:
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    size = size or page.body_size
    return ParagraphStyle(
        name, fontName=font or nd30.FONT, fontSize=size, leading=page.leading(size), alignment=TA_CENTER
    )


def _basis_style(page: PageStyle) -> Any:
    """ "Căn cứ …;" lines of a decision: italic, indented like body text."""
    return _derived(nd30.styles(page).body, "basis", fontName=nd30.FONT_ITALIC, spaceAfter=3)
