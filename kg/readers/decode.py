"""Turn bytes into text: BOMs, UTF-8, UTF-16 without BOM, GB18030/GBK and Big5.

Offsets everywhere in govkg refer to the text this module returns (BOM removed, nothing else
changed), so it must never "clean" the text.
"""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

from ..text import HAN, is_han


class DecodeError(ValueError):
    """The bytes are not text we can read (binary, or no encoding fits)."""


_BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be")]

_BINARY_MAGIC = {b"\x89PNG": "PNG image", b"PK\x03\x04": "zip archive", b"%PDF": "PDF file",
                 b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image", b"\x1f\x8b": "gzip archive",
                 b"\x7fELF": "executable", b"SQLite format": "SQLite database"}


@lru_cache(maxsize=None)
def _common(script: str) -> frozenset[str]:
    """The most frequent characters of one script (`simplified`, `traditional`), from
    `kg/resources/lexicon/common_chars.tsv`: used to tell GB18030 from Big5, since both decode
    most byte strings without error."""
    from ..lexicon import load_table
    return frozenset("".join(r["chars"] for r in load_table("common_chars") if r["script"] == script))


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _score(text: str, common: frozenset[str]) -> float:
    han = [c for c in text[:20000] if is_han(c)]
    if not han:
        return 0.0
    return sum(c in common for c in han) / len(han)


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
    # ASCII-heavy UTF-16 has NULs in every other byte
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


# what pages declare vs. the codec that reads them (GB18030 is a superset of GB2312 and GBK)
_DECLARED = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
             "gb18030": "gb18030", "big5": "big5", "big5-hkscs": "big5hkscs", "cp950": "cp950",
             "cp936": "gb18030", "windows-936": "gb18030"}


def decode(data: bytes, declared: str | None = None, forced: str | None = None
           ) -> tuple[str, str]:
    """Return (text, encoding name) or raise DecodeError with a human reason.

    `declared` is the charset the file itself names (an HTML `<meta charset>`); it is used when
    the bytes are not UTF-8 and decode cleanly with it, before any guessing.  `forced` (the
    user's `--encoding`) skips every guess.  A guess from a short text is marked
    "(guessed)" in the encoding name, for the reader to report; a guess that reads as garbage
    is an error, never text."""
    if forced:
        return _forced(data, forced)
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc), enc + " (BOM)"
            except UnicodeDecodeError as e:
                raise DecodeError(f"starts with a {enc} byte-order mark but is not valid {enc}: {e}")
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise DecodeError(f"binary file ({what}), not text")
    guess16 = _looks_utf16(data)
    if guess16:
        try:
            return data.decode(guess16), guess16
        except UnicodeDecodeError:
            pass
    try:
        text, enc = data.decode("utf-8"), "utf-8"
        if "\x00" in text:  # anywhere: a NUL after the first 64 KiB is as binary as one before
            raise DecodeError("binary file (contains NUL bytes), not text")
    except UnicodeDecodeError:
        declared_text = _try_declared(data, declared)
        if declared_text is not None:
            return declared_text
        damaged = _damaged_utf8(data)
        if damaged is not None:
            return damaged
        text, enc = _guess_legacy(data)
    if text and len(_CONTROL.findall(text[:65536])) > 0.05 * min(len(text), 65536):
        raise DecodeError("binary file (too many control characters), not text")
    return text, enc


def _forced(data: bytes, encoding: str) -> tuple[str, str]:
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r} (--encoding)") from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise DecodeError(f"not valid {encoding} (--encoding): byte {e.start}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise DecodeError("binary file (contains NUL bytes), not text")
    return text, f"{encoding} (--encoding)"


# Han ideographs, CJK punctuation and full-width forms: what a Chinese legacy decode should give
_CJK = re.compile(rf"[\u3000-\u303f\u3400-\u4dbf{HAN}\uff00-\uffef]")
# private-use, Hangul, kana and half-width forms: what a wrong legacy decode gives
_IMPLAUSIBLE = re.compile(r"[\ue000-\uf8ff\uac00-\ud7af\u3040-\u30ff\u1100-\u11ff"
                          r"\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SHORT = 20  # fewer Han characters than this: the common-character score says little


def _guess_legacy(data: bytes) -> tuple[str, str]:
    """GB18030, Big5 or BOM-less UTF-16: the reading whose characters are Chinese text.

    All of them decode many byte strings, so a reading must look like Chinese (no private-use,
    Hangul or kana characters; mostly Han among the non-ASCII), and of those the one whose Han
    characters are the most common ones wins.  A long text whose best reading is still made
    of rare characters is Japanese, Korean, Latin-1 or binary: an error, not garbage."""
    candidates = []
    best_any = None
    encodings = ("gb18030", "big5") + (("utf-16-le", "utf-16-be") if len(data) % 2 == 0 else ())
    for rank, enc in enumerate(encodings):
        try:
            t = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in t:
            continue
        best_any = best_any or enc
        sample = t[:20000]
        non_ascii = sum(1 for c in sample if c > "\x7f" and not c.isspace())
        if _IMPLAUSIBLE.search(sample) or len(_CJK.findall(sample)) < 0.8 * non_ascii:
            continue
        quality = max(_score(t, _common("simplified")), _score(t, _common("traditional")))
        candidates.append((quality, -rank, enc, t))
    if not candidates:
        if b"\x00" in data:
            raise DecodeError("binary file (contains NUL bytes), not text")
        hint = f" (read as {best_any} it is not Chinese text)" if best_any else ""
        raise DecodeError(f"not valid UTF-8, and no Chinese encoding fits{hint}; "
                          f"give the encoding with --encoding")
    candidates.sort(reverse=True)
    quality, _, enc, text = candidates[0]
    han = sum(1 for c in text[:20000] if is_han(c))
    if han >= _SHORT and quality < 0.2:
        raise DecodeError(f"not valid UTF-8, and the best guess ({enc}) gives rare characters "
                          f"only (Japanese, Korean or another encoding?); give the encoding "
                          f"with --encoding")
    if han < _SHORT and (len(candidates) > 1 or quality < 0.2):
        return text, f"{enc} (guessed)"
    return text, enc


def _try_declared(data: bytes, declared: str | None) -> tuple[str, str] | None:
    if not declared:
        return None
    enc = _DECLARED.get(declared.lower())
    if enc is None:  # only the Chinese legacy encodings: UTF-8/16 are recognised on their own
        return None
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        return None
    if "\x00" in text[:65536]:
        return None
    return text, enc + " (declared)"


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes (a file cut mid-character, a stray Latin-1 byte) is UTF-8:
    the bad bytes become U+FFFD instead of the whole file being read as GB18030 mojibake or
    rejected.  "A few" is at most one per twenty valid multi-byte characters, which GBK or
    Big5 text (almost every byte pair invalid as UTF-8) never is."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    if bad <= 0 or multibyte < 20 * bad or "\x00" in text[:65536]:
        return None
    return text, f"utf-8 ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced)"
