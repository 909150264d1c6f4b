"""Bytes to text: byte-order marks, declared and detected charsets."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP archive",
    b"\x1f\x8b": "gzip data",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


_SUPERSETS = {"euc_kr": "cp949", "iso8859_1": "cp1252", "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030"}


class DecodeError(ValueError):
    """The bytes are not text in any charset we can trust."""


def sniff_binary(data: bytes) -> str | None:
    """Name the kind of binary file `data` starts with, or None."""
    for magic, name in _MAGIC.items():
        if data.startswith(magic):
            return name
    head = data[:4096]
    if b"\x00" in head and not any(head.startswith(bom) for bom, _ in _BOMS):
        return "binary data (NUL bytes)"
    return None


def _mostly_utf8(data: bytes) -> bool:
    """True when valid multi-byte UTF-8 characters outnumber the stray bytes:
    UTF-8 with a few broken bytes, not text in another charset."""
    decoded = data.decode("utf-8", "surrogateescape")
    stray = sum(1 for ch in decoded if "\udc80" <= ch <= "\udcff")
    valid = sum(1 for ch in decoded if ord(ch) > 0x7F and not "\udc80" <= ch <= "\udcff")
    return 0 < stray <= valid


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB, if Python knows it."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, encoding: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """Decode `data` and return (text, charset used).

    Order: an explicit `encoding`, a byte-order mark, strict UTF-8, the
    charset `declared` by the transport (HTTP) or else by the page's own
    meta tag, then statistical detection. Bytes that are
    mostly UTF-8 but broken are refused rather than guessed at.
    """
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeError(f"cannot decode as {encoding}: {exc}") from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {name} after its byte-order mark at byte {exc.start}") from exc
    binary = sniff_binary(data)
    if binary:
        raise DecodeError(f"not text: {binary}")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_error = exc
    for candidate in (declared, declared_charset(data)):
        if not candidate or candidate.lower().replace("_", "-") in ("utf-8", "utf8"):
            continue
        try:
            candidate = _SUPERSETS.get(codecs.lookup(candidate).name, candidate)
            return data.decode(candidate), candidate
        except (UnicodeDecodeError, LookupError):
            continue
    if _mostly_utf8(data):
        raise DecodeError(
            f"invalid UTF-8 at byte {first_error.start} "
            f"(0x{data[first_error.start]:02x}); pass --encoding if it is another charset"
        )
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodeError("unknown charset: no encoding decodes it as text")
    return str(best), best.encoding
