"""clean control characters out of the stored text

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 12:00:00

Text typed or pasted before the service layer cleaned its input may hold invisible characters
that break the exports (one ``\\x01`` in a title made every Excel register fail) or reorder what
is shown (bidi overrides). Every TEXT/VARCHAR column of every table loses them here, as the app's
change hook removes them from every write from now on (a frozen copy of
``app.services.sanitize.strip_controls``): C0 controls except tab and newline, DEL, the bidi
embeddings/overrides/isolates U+202A–U+202E and U+2066–U+2069, the zero-width characters U+200B,
U+200C, U+200D, U+2060 and U+FEFF; CR LF and a lone CR become LF.

Only rows that change are written. The sort keys (``document.title_key``, ``tthc.name_key``) hold
control characters on purpose: they are not cleaned but rebuilt from the cleaned title or name of
the rows whose title or name changed. The search text is cleaned like any other text (it is the
folded text of cleaned fields but for the removed characters). Nothing to undo on downgrade.
"""

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# ---- frozen copies: a migration must not change when the app does -------------------------------
_UNWANTED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
# What a value must hold to need cleaning: the above and CR.
_FOUND = re.compile("[\x00-\x08\x0b-\x1f\x7f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def _strip_controls(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNWANTED.sub("", text)


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


# The sort keys and the column each is made from (``sort_text`` of it).
_SORT_KEYS = {("document", "title_key"): "title", ("tthc", "name_key"): "name"}
_TEXT_TYPES = ("TEXT", "VARCHAR", "CHAR", "CLOB", "NVARCHAR", "NCHAR", "STRING")


def _text_columns(conn: sa.Connection, table: str) -> list[str]:
    columns = []
    for _cid, name, declared, *_rest in conn.exec_driver_sql(f'PRAGMA table_info("{table}")'):
        if (declared or "").upper().startswith(_TEXT_TYPES):
            columns.append(name)
    return columns


def _clean_table(conn: sa.Connection, table: str) -> None:
    columns = [c for c in _text_columns(conn, table) if (table, c) not in _SORT_KEYS]
    if not columns:
        return
    keys = {key: source for (t, key), source in _SORT_KEYS.items() if t == table and source in columns}
    selected = ", ".join(f'"{c}"' for c in columns)
    updates: list[dict[str, object]] = []
    for row in conn.exec_driver_sql(f'SELECT rowid, {selected} FROM "{table}"'):
        changed: dict[str, object] = {}
        for name, value in zip(columns, row[1:], strict=True):
            if isinstance(value, str) and _FOUND.search(value):
                cleaned = _strip_controls(value)
                if cleaned != value:
                    changed[name] = cleaned
        if not changed:
            continue
        for key, source in keys.items():
            if source in changed:
                changed[key] = _sort_text(str(changed[source]))
        changed["_rowid"] = row[0]
        updates.append(changed)
    # One statement per set of changed columns (most rows change in one column).
    by_columns: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for values in updates:
        names = tuple(sorted(k for k in values if k != "_rowid"))
        params = {"_rowid": values["_rowid"], **{f"v{i}": values[n] for i, n in enumerate(names)}}
        by_columns.setdefault(names, []).append(params)
    for names, params in by_columns.items():
        assignments = ", ".join(f'"{n}" = :v{i}' for i, n in enumerate(names))
        conn.execute(sa.text(f'UPDATE "{table}" SET {assignments} WHERE rowid = :_rowid'), params)


def upgrade() -> None:
    conn = op.get_bind()
    tables = [
        row[0]
        for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
        )
    ]
    for table in tables:
        _clean_table(conn, table)


def downgrade() -> None:
    # Removed characters cannot be put back, and nothing needs them.
    pass
