"""Bytes to text: byte-order marks, UTF-8, declared charsets and detection (charset-normalizer).

Every function raises `InputError` (without a source; the reader adds it) for bytes that are
not text: empty, binary, truncated inside a character, or undecodable.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from bilat.errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# C0/C1 controls other than tab and line breaks, surrogates and private-use characters.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")
MAX_CONTROL_SHARE = 0.01
_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode the bytes of a text document, or raise `InputError` saying why they are not text."""
    if not data.strip():
        raise InputError("empty file")
    encoding = _bom_encoding(data) or _utf16_without_bom(data)
    if encoding:
        text = _decode_with(data, encoding)
    elif b"\x00" in data:
        raise InputError("binary file (contains NUL bytes)")
    else:
        text = _decode_unmarked(data, declared)
    _check_is_text(text)
    return text


def _bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a byte-order mark: mostly-ASCII text has NUL in every other byte."""
    if len(data) < 8 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    share_even, share_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if share_odd > 0.6 and share_even == 0:
        return "utf-16-le"
    if share_even > 0.6 and share_odd == 0:
        return "utf-16-be"
    return None


def _decode_with(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"cannot decode as {encoding} ({exc.reason} at byte {exc.start})") from exc
    return text[1:] if text.startswith("\ufeff") and encoding != "utf-8" else text


def _decode_unmarked(data: bytes, declared: str | None) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            raise InputError("truncated: the text ends inside a UTF-8 character") from exc
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    if declared:
        try:
            return data.decode(_known_codec(declared))
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError("cannot detect the text encoding (binary or undecodable)")
    return str(best)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray bytes (a pasted legacy character): decoded, strays as U+FFFD.

    Only when valid multi-byte characters clearly outnumber the stray bytes; a text in a legacy
    encoding has no valid multi-byte UTF-8 at all and goes to detection instead.
    """
    text = data.decode("utf-8", errors="replace")
    strays = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_NON_ASCII.findall(text))
    return text if strays and valid >= 2 * strays else None


def _known_codec(name: str) -> str:
    return codecs.lookup(name.strip().strip("'\"").lower()).name


def _check_is_text(text: str) -> None:
    if not text.strip():
        raise InputError("empty file (only whitespace)")
    odd = sum(1 for _ in _NOT_TEXT.finditer(text))
    if odd > max(2, MAX_CONTROL_SHARE * len(text)):
        raise InputError("binary file (too many control characters)")
