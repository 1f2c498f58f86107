"""Turning the bytes of an input file into text, or into a clear :class:`ArticleError`.

The order of the checks is: empty file (E002), whitespace only (E019); known binary formats by their magic
numbers (E003); byte-order marks (UTF-8, UTF-16, UTF-32); NUL bytes that no BOM explains
(E003); strict UTF-8; a charset the caller found declared in the file (an HTML
``<meta charset>``); Windows-1252/Latin-1 when the result reads like Western text;
charset_normalizer when it is confident; otherwise E004, which asks for ``--encoding``.
With an explicit encoding only that encoding is tried (E013 when it fails).

Newlines are normalised to ``\\n`` (``\\r\\n`` and lone ``\\r`` both become ``\\n``) and a
leading BOM is dropped, so every character offset kg reports is an offset into the text
as returned here, not into the bytes on disk.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from kg.errors import ArticleError, Errors

__all__ = ["decode_bytes", "sniff_html_charset", "normalize_newlines", "check_encoding_name"]

_MAGIC: list[tuple[bytes, str]] = [
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive, or a .docx/.odt/.epub file"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"PK\x07\x08", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Microsoft Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
    (b"\xcf\xfa\xed\xfe", "Mach-O executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
]
_BOMS: list[tuple[bytes, str]] = [  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
# Encodings charset_normalizer sometimes "finds" in plain bytes but which real articles
# without a BOM practically never use: accepting them turns garbage into fluent-looking CJK.
_IMPLAUSIBLE = re.compile(r"^(utf_?16|utf_?32|cp037|cp273|cp424|cp500|cp875|cp1026|cp1140|"
                          r"cp1006|mac_|hz|ptcp154|kz1048|cp65001|cp1125|cp856)")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def normalize_newlines(text: str) -> str:
    """Return ``text`` with ``\\r\\n`` and lone ``\\r`` turned into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def check_encoding_name(encoding: str) -> str | None:
    """The canonical codec name for ``encoding``, or None when Python knows no such codec."""
    try:
        return codecs.lookup(encoding).name
    except (LookupError, TypeError, ValueError):
        return None


def sniff_html_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its top, if any."""
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace")
    return name if check_encoding_name(name) else None


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media file"
    return None


def _printable_ratio(text: str) -> float:
    """Share of characters that are not control, format, unassigned or private-use ones."""
    if not text:
        return 1.0
    bad = sum(1 for ch in text if ch not in "\t\n\r\f\v" and unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn"))
    return 1.0 - bad / len(text)


def _looks_western(text: str) -> bool:
    """True when Windows-1252 decoding reads like Western-European text, not like mojibake."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return False
    high = [ch for ch in letters if ord(ch) > 127]
    if len(high) > 0.3 * len(letters):  # Cyrillic, Greek... decoded as cp1252: mostly high letters
        return False
    # Mojibake shows as an accented capital straight after a lower-case letter ("cafÃ").
    odd = sum(1 for a, b in zip(text, text[1:]) if a.islower() and b.isupper() and ord(b) > 127)
    return odd <= max(1, len(high) // 10)


def _normalizer_guess(data: bytes) -> str | None:
    """charset_normalizer's decoding, only when it is confident and yields printable text."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure just means "no confident guess"
        return None
    if best is None or best.encoding is None or _IMPLAUSIBLE.match(best.encoding):
        return None
    if best.chaos > 0.1:
        return None
    try:
        text = str(best)
    except Exception:  # noqa: BLE001
        return None
    if _printable_ratio(text) < 0.98:
        return None
    return text


def decode_bytes(data: bytes, path: str, encoding: str | None = None, *, declared: str | None = None) -> str:
    """Decode a file's bytes to text with newlines normalised to ``\\n``, or raise ArticleError.

    ``encoding`` forces a codec (a failure is E013); ``declared`` is a charset the file itself
    names (an HTML ``<meta charset>``), tried after strict UTF-8. Offsets kg reports later are
    into the returned string.
    """
    path = str(path)
    if not data:
        raise ArticleError(Errors.E002.format(path=path), path)
    if not data.strip():
        raise ArticleError(Errors.E019.format(path=path, size=len(data)), path)
    kind = _binary_kind(data)
    if kind:
        raise ArticleError(Errors.E003.format(path=path, kind=kind), path)
    bom_codec = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
    if encoding:
        codec = check_encoding_name(encoding) or encoding
        if b"\x00" in data and bom_codec is None and not codec.startswith(("utf-16", "utf-32")):
            raise ArticleError(Errors.E003.format(path=path, kind="contains NUL bytes"), path)
        try:
            text = data.decode(codec)
        except (UnicodeError, LookupError, ValueError) as exc:
            reason = str(exc) if not isinstance(exc, LookupError) else "unknown encoding"
            raise ArticleError(Errors.E013.format(path=path, encoding=encoding, reason=reason), path) from None
    elif bom_codec:
        try:
            text = data.decode(bom_codec)
        except UnicodeError:
            raise ArticleError(Errors.E004.format(path=path), path) from None
    elif b"\x00" in data:
        raise ArticleError(Errors.E003.format(path=path, kind="contains NUL bytes"), path)
    else:
        text = _guess(data, declared)
        if text is None:
            raise ArticleError(Errors.E004.format(path=path), path)
    text = normalize_newlines(text.lstrip("\ufeff"))
    if "\x00" in text or _printable_ratio(text) < 0.95:
        raise ArticleError(Errors.E003.format(path=path, kind="mostly control characters"), path)
    if not text.strip():  # whitespace in UTF-16, or a byte-order mark alone
        raise ArticleError(Errors.E019.format(path=path, size=len(data)), path)
    return text


def _guess(data: bytes, declared: str | None) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and check_encoding_name(declared) not in (None, "utf-8"):
        try:
            return data.decode(declared)
        except (UnicodeError, LookupError, ValueError):
            pass
    utf8_bytes = sum(len(m) for m in _UTF8_MULTIBYTE.findall(data))
    if utf8_bytes and utf8_bytes >= 0.5 * sum(1 for b in data if b > 127):
        # Mostly valid UTF-8 sequences around invalid bytes: a file of mixed encodings. Any
        # single guess would garble part of it, so refuse and let the user say what it is.
        return None
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_western(text):
        return text
    return _normalizer_guess(data)
