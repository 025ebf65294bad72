"""Default names of exported files: the document and the agency, readable on any computer.

``Ke-hoach-ISO-2026-UBND-xa-Tung-Anh.pdf``: the words as typed without Vietnamese diacritics
(đ → d, case kept), joined by hyphens; only ASCII letters and digits, so the name survives a
Windows folder, a zip, an e-mail attachment and a USB stick formatted FAT32, and is short enough
(``MAX_LENGTH``) for a deep folder.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

from app.services.files import extension

MAX_LENGTH = 100  # characters of the whole name, extension included
FALLBACK = "Thu-ky-ISO"
# Names Windows keeps for devices, whatever the extension ("CON.pdf" cannot be created).
_RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in range(1, 10)}
)
_NOT_WORD = re.compile(r"[^0-9A-Za-z]+")


def ascii_words(text: str) -> list[str]:
    """The words of ``text`` in ASCII: diacritics dropped (đ → d, Đ → D), case kept, anything
    that is not a letter or digit (spaces, punctuation, characters Windows forbids) a separator."""
    decomposed = unicodedata.normalize("NFD", (text or "").replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return [word for word in _NOT_WORD.split(plain) if word]


def file_part(text: str) -> str:
    """``text`` as one piece of a file name: "UBND xã Tùng Ảnh" → "UBND-xa-Tung-Anh"."""
    return "-".join(ascii_words(text))


def _shorten(words: list[str], room: int) -> list[str]:
    """The first of ``words`` that fit in ``room`` characters joined by hyphens (at least the
    first word, cut to ``room``)."""
    kept: list[str] = []
    used = -1
    for word in words:
        if used + 1 + len(word) > room:
            break
        kept.append(word)
        used += 1 + len(word)
    if not kept and words and room > 0:
        kept = [words[0][:room]]
    return kept


def default_file_name(
    title_words: str,
    agency_short: str,
    fmt: str,
    year: int | None = None,
    *,
    on: date | None = None,
) -> str:
    """The suggested name of an exported file: title words, the year, the agency, the day.

    ``default_file_name("Kế hoạch ISO", "UBND xã Tùng Ảnh", "pdf", 2026)`` is
    ``"Ke-hoach-ISO-2026-UBND-xa-Tung-Anh.pdf"``; ``on`` adds the day as YYYYMMDD at the end
    (a register printed on a given day). ``fmt`` gives the extension (``backup`` → ``.zip``).
    Too long a name loses the title's last words first, then the agency's: the year, the day
    and the extension stay. Always a valid Windows file name, at most ``MAX_LENGTH`` characters.
    """
    suffix = extension(fmt)
    title = ascii_words(title_words)
    agency = ascii_words(agency_short)
    tail = ([str(year)] if year is not None else []) + ([f"{on:%Y%m%d}"] if on is not None else [])
    room = MAX_LENGTH - len(suffix)

    def length(*groups: list[str]) -> int:
        words = [w for g in groups for w in g]
        return sum(len(w) for w in words) + max(len(words) - 1, 0)

    if length(title, tail, agency) > room:
        # The agency keeps at least its first words (up to a third of the room).
        agency = _shorten(agency, min(length(agency), room // 3))
        title = _shorten(title, room - length(tail, agency) - (1 if tail or agency else 0))
    if length(title, tail, agency) > room:
        agency = _shorten(agency, room - length(title, tail) - 1)
    # The year follows the title ("Ke-hoach-ISO-2026"), the day ends the name.
    year_part = [str(year)] if year is not None else []
    day_part = [f"{on:%Y%m%d}"] if on is not None else []
    stem = "-".join(title + year_part + agency + day_part)[:room].strip("-") or FALLBACK
    if stem.upper() in _RESERVED:
        stem = f"{stem}-{FALLBACK}"
    return stem + suffix


def agency_file_part(profile: Any) -> str:
    """The agency in a file name, from its profile (``dto.AgencyProfile``; None gives ""): the short
    name ("UBND xã Tùng Ảnh" → "UBND-xa-Tung-Anh"); without one, the abbreviation and the place
    ("UBND" + "Tùng Ảnh"), else the full name."""
    if profile is None:
        return ""
    short = str(getattr(profile, "short_name", "") or "").strip()
    if short:
        return file_part(short)
    abbreviation = str(getattr(profile, "code_abbreviation", "") or "").strip()
    place = str(getattr(profile, "place_name", "") or "").strip()
    if abbreviation and place:
        return file_part(f"{abbreviation} {place}")
    return file_part(str(getattr(profile, "full_name", "") or ""))
