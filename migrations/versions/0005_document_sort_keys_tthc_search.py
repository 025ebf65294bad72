"""document and TTHC sort keys and list indexes, TTHC codes in the document search text

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 07:10:00

The document register (tens of thousands of rows) is filtered and sorted in SQL:

- ``document.title_key``: the title as text that sorts in Vietnamese order byte by byte, kept by
  the app's change hook from now on and filled here for existing rows (a frozen copy of
  ``app.services.vocabulary.sort_text``);
- indexes on ``document.code_key`` and ``document.title_key`` for the sort by code and by name,
  ``ix_document_register`` (the default order with every filtered column: a search is one scan
  of it) and ``revision (document_id, effective_on, issue_number)`` for the issue in effect;
  ``document.status`` and ``document.doc_type`` lose their own indexes (a handful of values
  each; the planner preferred them to the register's index);
- ``document.search_text`` now also holds the document's TTHC codes ("1.001193" finds the
  procedure that carries it), rebuilt here with the app's folding;
- the TTHC catalogue likewise: ``tthc.name_key`` (filled here), ``ix_tthc_register`` (field, code
  and the filtered columns) and an index on ``name_key``; ``tthc.in_jurisdiction`` loses its own
  index (two values).
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# ---- frozen copies: a migration must not change when the app does -------------------------------
def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return " ".join("".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").split())


_RANK = {letter: rank for rank, letter in enumerate("aăâbcdđeêfghijklmnoôơpqrstuưvwxyz")}
_SHAPED = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_TONES = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
_LENGTH = 80


def _sort_text(text: str) -> str:
    chars = unicodedata.normalize("NFD", unicodedata.normalize("NFC", text).casefold().strip())
    parts: list[str] = []
    tones: list[int] = []
    last_space = True
    i, n = 0, len(chars)
    while i < n:
        ch = chars[i]
        i += 1
        if ch.isdecimal():
            start = i - 1
            while i < n and chars[i].isdecimal():
                i += 1
            digits = str(int(chars[start:i]))
            parts.append(f"\x04{chr(0x21 + len(digits))}{digits}")
            last_space = False
            continue
        marks = ""
        while i < n and unicodedata.combining(chars[i]):
            marks += chars[i]
            i += 1
        if ch.isspace():
            if parts and not last_space:
                parts.append("\x02 ")
                last_space = True
        elif ch.isalpha():
            letter, tone = "đ" if ch == "ð" else ch, 0
            for mark in marks:
                if (letter, mark) in _SHAPED:
                    letter = _SHAPED[letter, mark]
                elif mark in _TONES:
                    tone = _TONES[mark]
            rank = _RANK.get(letter)
            parts.append(
                "\x05" + chr(0x21 + rank) if rank is not None else "\x06" + chr(max(ord(letter), 0x20))
            )
            tones.append(tone)
            last_space = False
        elif not unicodedata.combining(ch):
            parts.append("\x03" + chr(max(ord(ch), 0x20)))
            last_space = False
    return "".join(parts[:_LENGTH]) + "\x01" + "".join(chr(0x30 + t) for t in tones[:_LENGTH])


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("title_key", sa.String(length=400), server_default="", nullable=False))
    conn = op.get_bind()
    codes: dict[int, list[str]] = {}
    for document_id, code in conn.execute(
        sa.text("SELECT document_id, tthc_code FROM document_tthc ORDER BY tthc_code")
    ):
        codes.setdefault(document_id, []).append(code)
    rows = conn.execute(sa.text("SELECT id, code, title, field FROM document")).fetchall()
    if rows:
        _update(conn, rows, codes)
    with op.batch_alter_table("document", schema=None) as batch_op:
        # A handful of values each: the planner would use them for "status = in force" (nine
        # rows in ten) instead of the register's index below.
        batch_op.drop_index("ix_document_status")
        batch_op.drop_index("ix_document_doc_type")
        batch_op.create_index("ix_document_code_key", ["code_key"], unique=False)
        batch_op.create_index("ix_document_title_key", ["title_key"], unique=False)
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.create_index(
            "ix_revision_document_effective", ["document_id", "effective_on", "issue_number"], unique=False
        )
    with op.batch_alter_table("tthc", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.String(length=400), server_default="", nullable=False))
    names = conn.execute(sa.text("SELECT id, name FROM tthc")).fetchall()
    if names:
        conn.execute(
            sa.text("UPDATE tthc SET name_key = :k WHERE id = :i"),
            [{"i": row[0], "k": _sort_text(row[1] or "")} for row in names],
        )
    with op.batch_alter_table("tthc", schema=None) as batch_op:
        batch_op.drop_index("ix_tthc_in_jurisdiction")
        batch_op.create_index("ix_tthc_name_key", ["name_key"], unique=False)
        batch_op.create_index(
            "ix_tthc_register", ["field", "code", "id", "search_text", "in_jurisdiction"], unique=False
        )
    # The register's default order (procedures, internal procedures, forms, guides, other) and
    # every column its filters read, so a search is one index scan with no sort.
    op.create_index(
        "ix_document_register",
        "document",
        [
            sa.text(
                "CASE doc_type WHEN 'tthc_procedure' THEN 0 WHEN 'internal_procedure' THEN 1 "
                "WHEN 'form' THEN 2 WHEN 'guide' THEN 3 WHEN 'policy_plan' THEN 4 ELSE 99 END"
            ),
            "code_key",
            "id",
            "search_text",
            "status",
            "doc_type",
            "field",
            "department_id",
        ],
    )


def _update(conn: sa.Connection, rows: Sequence[sa.Row], codes: dict[int, list[str]]) -> None:
    conn.execute(
        sa.text("UPDATE document SET title_key = :k, search_text = :s WHERE id = :i"),
        [
            {
                "i": row[0],
                "k": _sort_text(row[2] or ""),
                "s": _fold(
                    " ".join(str(v) for v in (row[1], row[2], row[3], " ".join(codes.get(row[0], []))) if v)
                ),
            }
            for row in rows
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("tthc", schema=None) as batch_op:
        batch_op.drop_index("ix_tthc_register")
        batch_op.drop_index("ix_tthc_name_key")
        batch_op.create_index("ix_tthc_in_jurisdiction", ["in_jurisdiction"], unique=False)
        batch_op.drop_column("name_key")
    op.drop_index("ix_document_register", table_name="document")
    with op.batch_alter_table("revision", schema=None) as batch_op:
        batch_op.drop_index("ix_revision_document_effective")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_title_key")
        batch_op.drop_index("ix_document_code_key")
        batch_op.drop_column("title_key")
        batch_op.create_index("ix_document_doc_type", ["doc_type"], unique=False)
        batch_op.create_index("ix_document_status", ["status"], unique=False)
