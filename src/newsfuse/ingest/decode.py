"""Bytes to text: UTF-8 (with or without BOM), UTF-16/32 by BOM, else the encoding
charset-normalizer detects; binary and undecodable bytes become typed rejections."""

from __future__ import annotations

import codecs

import charset_normalizer

from newsfuse.model import InputRejected, Rejection

SNIFF_BYTES = 8192  # how much of the head decides "binary"

# Control bytes other than \t \n \f \r ESC: a text file has (almost) none. More than
# this share of the head marks a binary file even without a NUL byte. Calibrated by
# hand on PNG/ZIP/PDF heads (far above) and the dev articles (zero).
MAX_CONTROL_SHARE = 0.05
# NUL bytes: any binary format has many; a text file, at most a stray one. Each NUL left
# in a text becomes a space when decoded (one character for one: spans hold).
MAX_NUL_SHARE = 0.01

# A non-UTF-8 file whose detected encoding finds no language (charset-normalizer
# "coherence" 0) is accepted only if it is mostly ASCII: a few stray legacy bytes in
# English text. Random high bytes decode "cleanly" as cp1251 with coherence 0 and are
# refused. Multi-byte encodings (Shift-JIS, GB18030, ...) validate their own structure,
# so they need no language. Calibrated on the tests' Latin-1/cp1252/cp1251/Shift-JIS
# samples and random bytes.
MAX_NON_ASCII_SHARE_WITHOUT_LANGUAGE = 0.3
_MULTIBYTE = ("cp932", "shift_jis", "euc_jp", "iso2022_jp", "gb2312", "gbk", "gb18030", "big5", "euc_kr", "cp949")

# charset-normalizer ranks single-byte Latin encodings almost at random on Western
# text: it picked cp775 ("prķsident") and cp1250 ("naďve") for French cp1252 bytes, by
# a language "coherence" 0.03-0.11 above cp1252's. So cp1252, what "Latin-1" means on
# the web (WHATWG), wins whenever it is offered as clean (same "chaos") as the best
# guess. Checked on the samples of tests/ingest/test_decode.py: French/German text in
# cp1252/Latin-1 gets it; Polish/Czech cp1250, Greek cp1253, Cyrillic cp1251 and
# Shift-JIS bytes are never offered cp1252, so they keep their own encoding.
PREFERRED = "cp1252"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE_BOMS = tuple(bom for bom, encoding in _BOMS if encoding in ("utf-16", "utf-32"))
_CONTROL = frozenset(range(0, 32)) - {9, 10, 12, 13, 27}


def looks_binary(head: bytes) -> bool:
    """Many NUL or other control bytes, in a head with no Unicode BOM that is no UTF-16
    text either. A stray NUL in a scraped text file does not make it binary."""
    if any(head.startswith(bom) for bom, _ in _BOMS) or utf16_without_bom(head):
        return False
    if not head:
        return False
    if head.count(b"\x00") > MAX_NUL_SHARE * len(head):
        return True
    controls = sum(1 for b in head if b in _CONTROL)
    return controls / len(head) > MAX_CONTROL_SHARE


def is_wide(head: bytes) -> bool:
    """UTF-16 or UTF-32 (by BOM, or UTF-16 by where its NULs fall): text whose lines are
    no b"\\n"-split bytes."""
    return head.startswith(_WIDE_BOMS) or utf16_without_bom(head) is not None


def utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a BOM, from where its NUL bytes
    fall: Latin-script UTF-16 has a NUL in (nearly) every other byte, on one side only."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 16 or len(odd) == 0:
        return None
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd >= 0.5 and nul_even < 0.05 and _mostly_ascii_text(even):
        return "utf-16-le"
    if nul_even >= 0.5 and nul_odd < 0.05 and _mostly_ascii_text(odd):
        return "utf-16-be"
    return None


def _mostly_ascii_text(low_bytes: bytes) -> bool:
    """The low bytes of Latin-script UTF-16 are mostly printable ASCII ("\x00\xff" * 50 is
    no text)."""
    return sum(1 for b in low_bytes if 32 <= b < 127 or b in (9, 10, 13)) >= 0.7 * len(low_bytes)


def decode(raw: bytes, origin: str) -> tuple[str, str]:
    """``(text, encoding)``; raises InputRejected for empty, binary or undecodable bytes."""
    if not raw.strip():
        raise InputRejected(Rejection(origin, "empty"))
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise InputRejected(Rejection(origin, "decode", f"bad {encoding}: {exc.reason}")) from None
            text = text.replace("\x00", " ")  # as below: a NUL is a space
            if not text.strip():
                raise InputRejected(Rejection(origin, "empty", "only a byte-order mark"))
            return text, encoding
    if looks_binary(raw[:SNIFF_BYTES]):
        raise InputRejected(Rejection(origin, "binary", "not a text file"))
    wide = utf16_without_bom(raw[:SNIFF_BYTES])
    try:
        text, encoding = (raw.decode(wide), wide) if wide else (raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        if wide:
            raise InputRejected(Rejection(origin, "decode", f"bad {wide}")) from None
        text, encoding = _detected(raw, origin)
    text = text.replace("\x00", " ")
    if not text.strip():
        raise InputRejected(Rejection(origin, "empty"))
    return text, encoding


def as_text_mode(text: str, encoding: str) -> str:
    """A plain-text file's decoded text as Python's ``open(path)`` reads it, so that spans
    into it index ``open(path).read()`` too: universal newlines ("\\r\\n" and a lone
    "\\r" become "\\n"), and a UTF-8 byte-order mark keeps its one character (``open()``
    reads it as U+FEFF; here it is a space, read as such by the cleaning)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return " " + text if encoding == "utf-8-sig" else text


def _detected(raw: bytes, origin: str) -> tuple[str, str]:
    matches = charset_normalizer.from_bytes(raw)
    best = matches.best()
    if best is None:
        raise InputRejected(Rejection(origin, "decode", "not UTF-8 and no encoding fits"))
    encoding = best.encoding
    for match in matches:
        if match.chaos <= best.chaos and PREFERRED in match.could_be_from_charset:
            encoding = PREFERRED
            break
    non_ascii = sum(1 for b in raw if b > 127) / len(raw)
    if best.coherence == 0 and encoding not in _MULTIBYTE and non_ascii > MAX_NON_ASCII_SHARE_WITHOUT_LANGUAGE:
        raise InputRejected(Rejection(origin, "decode", f"not UTF-8; as {encoding} it is no language"))
    try:
        return raw.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return str(best), best.encoding
