"""Invisible characters that have no place in a record's text, removed on every write.

Pasted text (from a PDF, a web page, another program) may carry characters the user never sees:
C0 and C1 control characters, DEL, bidi embeddings/overrides/isolates/marks that reorder what is
shown, and zero-width characters that make two equal-looking codes differ. They break the exports
(an XML file may not hold ``\\x01``: one such character in a title made every Excel register fail) and
the search, so the change hook (``app.services.changes``) strips them from every String/Text
column of every row written, and ``validation.clean`` from every field a service checks.
Tab and newline stay; CR LF and a lone CR become LF. Migration 0006 holds a frozen copy.
"""

from __future__ import annotations

import re
import unicodedata

# C0 except tab, LF (and CR, turned into LF first); DEL; C1 (U+0080–U+009F); bidi U+202A–U+202E,
# U+2066–U+2069 and the marks U+200E, U+200F, U+061C; zero-width space/non-joiner/joiner, word
# joiner, BOM (zero-width no-break space).
UNWANTED_CHARACTERS = (
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u061c\u2060\ufeff\u202a-\u202e\u2066-\u2069"
)
_UNWANTED = re.compile(f"[{UNWANTED_CHARACTERS}]")
_FOUND = re.compile(f"[{UNWANTED_CHARACTERS}\r]")


def needs_cleaning(text: str) -> bool:
    """Whether ``strip_controls`` would change ``text`` (one C-level scan; no copy)."""
    return _FOUND.search(text) is not None


def strip_format_characters(text: str) -> str:
    """``text`` without any control or format character (Unicode categories Cc, Cf, Cs), line
    breaks and tabs included: for a file's display name, where an invisible bidi mark, a tag
    character or a line break has no business (an RLO makes "tệp‮fdp.exe" show as "tệpexe.pdf")."""
    return "".join(c for c in text if unicodedata.category(c) not in ("Cc", "Cf", "Cs"))


def strip_controls(text: str) -> str:
    """``text`` without the unwanted invisible characters; line breaks as LF only."""
    if _FOUND.search(text) is None:
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNWANTED.sub("", text)
