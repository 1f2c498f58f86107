"""The first pipeline stage: reading articles from .txt, .html/.htm and .jsonl files.

:func:`iter_articles` yields an :class:`~kg.model.Article` per article and an
:class:`~kg.errors.ArticleError` *value* (never raised) per bad file or bad jsonl line, so a
caller can report it and carry on. :func:`read_article` is the strict variant.

Offsets: every character offset later stages report is into ``Article.text`` exactly as
built here, i.e. after decoding and newline normalisation (``\\r\\n`` and ``\\r`` become
``\\n``; see :mod:`kg.encoding`). For HTML that is the *extracted* text, whose blocks
(paragraphs, headings, list items) are separated by blank lines.

Metadata precedence, highest first: the ``<stem>.meta.json`` sidecar; what the file itself
says (HTML metadata, jsonl fields); the nearest folder-level ``kg.meta.json`` (publisher and
published only); the ``publisher``/``published`` options, which only fill what is missing.
"""
from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from kg.encoding import check_encoding_name, decode_bytes, normalize_newlines, sniff_html_charset
from kg.errors import ArticleError, Errors
from kg.model import Article

__all__ = ["iter_articles", "read_article", "decode_bytes", "SUFFIXES", "iso_date"]

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")
SIDECAR_SUFFIX = ".meta.json"
FOLDER_META = "kg.meta.json"
META_KEYS = ("title", "url", "publisher", "published")
_MAX_META_BYTES = 1_000_000
_CLOSERS = (".", "!", "?", '"', "'", "\u201d", "\u2019", "\u00bb")
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ].+)?")


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` for an ISO date or datetime string (the date part is kept), else None."""
    value = value.strip()
    if not _ISO.fullmatch(value):
        return None
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return None


def _kind(value: object) -> str:
    """How a JSON value is named in E007 messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "an empty string" if not value.strip() else "a string"
    return type(value).__name__


def _is_valid_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates from \ud800-style JSON escapes
        return False
    return True


class _Reader:
    """One iter_articles run: options, and caches of folder metadata."""

    def __init__(self, encoding, publisher, published, max_bytes):
        if encoding is not None and not check_encoding_name(encoding):
            raise ArticleError(Errors.E014.format(option="--encoding", expected="a known text encoding",
                                                  value=encoding))
        if published is not None and iso_date(str(published)) is None:
            raise ArticleError(Errors.E014.format(option="--published", expected="an ISO date (YYYY-MM-DD)",
                                                  value=published))
        self.encoding = encoding
        self.publisher = publisher
        self.published = iso_date(str(published)) if published is not None else None
        self.max_bytes = max_bytes
        self.folder_meta: dict[Path, dict | ArticleError] = {}
        self.reported: set[str | None] = set()
        self.seen: set[str] = set()
        self.ids: dict[str, str] = {}  # document id -> where it was read first, in this run

    # -- walking -----------------------------------------------------------------------

    def run(self, paths: Iterable) -> Iterator[Article | ArticleError]:
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        for raw in paths:
            path = Path(raw)
            try:
                if not str(raw):  # Path("") would silently mean the current folder
                    raise FileNotFoundError
                info = path.stat()
            except (FileNotFoundError, NotADirectoryError):
                yield ArticleError(Errors.E001.format(path=path), str(path))
                continue
            except (OSError, ValueError) as exc:
                yield ArticleError(Errors.E009.format(path=path, reason=_reason(exc)), str(path))
                continue
            if stat.S_ISDIR(info.st_mode):
                skipped = {"files": 0, "loops": 0}
                found = False
                for item in self._walk(path, set(), skipped):
                    found = True
                    if isinstance(item, ArticleError):
                        yield item
                    else:
                        yield from self._read(item, root=path)
                if not found:  # "0 articles" from a folder of nothing is a mistake worth a line
                    yield ArticleError(Errors.E018.format(path=path, what=_nothing(skipped)), str(path))
            elif not path.name.lower().endswith(SUFFIXES):
                yield ArticleError(Errors.E010.format(path=path, suffix=path.suffix or "(none)"), str(path))
            else:
                yield from self._read(path, root=path.parent)

    def _walk(self, folder: Path, seen: set[str], skipped: dict | None = None) -> Iterator[Path | ArticleError]:
        """Readable files under ``folder`` in sorted order; E009 for folders that cannot be listed.

        `skipped` counts what was passed over (other files, symlink loops) for the E018 message.
        """
        skipped = skipped if skipped is not None else {"files": 0, "loops": 0}
        try:
            real = os.path.realpath(folder)
            if real in seen:  # a symlink loop
                skipped["loops"] += 1
                return
            seen.add(real)
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield ArticleError(Errors.E009.format(path=folder, reason=_reason(exc)), str(folder))
            return
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                skipped["files"] += 1
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                yield from self._walk(Path(entry.path), seen, skipped)
            elif name.lower().endswith(SUFFIXES) and not name.lower().endswith(SIDECAR_SUFFIX):
                yield Path(entry.path)
            else:
                skipped["files"] += 1

    # -- one file ----------------------------------------------------------------------

    def _read(self, path: Path, root: Path) -> Iterator[Article | ArticleError]:
        real = os.path.realpath(path)
        if real in self.seen:
            return
        self.seen.add(real)
        try:
            data = self._bytes(path, self.max_bytes)
            folder = self._folder_defaults(path.parent, root)
            if isinstance(folder, ArticleError):
                if folder.path not in self.reported:  # report a broken kg.meta.json once
                    self.reported.add(folder.path)
                    yield folder
                folder = {}
            suffix = path.suffix.lower()
            if suffix == ".jsonl":
                yield from self._jsonl(path, data, folder)
            elif suffix == ".txt":
                yield self._claim(self._txt(path, data, folder), str(path))
            else:
                yield self._claim(self._html(path, data, folder), str(path))
        except ArticleError as exc:
            yield exc
        except (OSError, UnicodeError, ValueError, RecursionError) as exc:  # safety net: no tracebacks
            yield ArticleError(Errors.E009.format(path=path, reason=_reason(exc)), str(path))

    def _bytes(self, path: Path, limit: int) -> bytes:
        """The file's bytes; E011 past ``limit`` (checked before reading), E009 when unreadable."""
        try:
            info = path.stat()
            if not stat.S_ISREG(info.st_mode):
                raise ArticleError(Errors.E009.format(path=path, reason="not a regular file"), str(path))
            if info.st_size > limit:
                raise ArticleError(Errors.E011.format(path=path, size=info.st_size, limit=limit), str(path))
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
        except FileNotFoundError:
            raise ArticleError(Errors.E001.format(path=path), str(path)) from None
        except OSError as exc:
            raise ArticleError(Errors.E009.format(path=path, reason=_reason(exc)), str(path)) from None
        if len(data) > limit:  # the file grew after stat()
            raise ArticleError(Errors.E011.format(path=path, size=f"at least {limit + 1}", limit=limit), str(path))
        return data

    # -- metadata ----------------------------------------------------------------------

    def _load_meta(self, path: Path, keys: tuple[str, ...]) -> dict:
        """The string fields ``keys`` of a JSON metadata file, validated (E005/E007)."""
        text = decode_bytes(self._bytes(path, _MAX_META_BYTES), str(path))
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ArticleError(Errors.E005.format(path=path, line=exc.lineno, reason=exc.msg), str(path),
                               exc.lineno) from None
        if not isinstance(record, dict):
            raise ArticleError(Errors.E007.format(path=path, line=1, field="(whole file)",
                                                  expected="a JSON object", actual=_kind(record)), str(path), 1)
        found = text.find  # line of a key, for the message

        def line_of(key: str) -> int:
            index = found(f'"{key}"')
            return text.count("\n", 0, index) + 1 if index >= 0 else 1

        return _fields(record, keys, str(path), line_of)

    def _folder_defaults(self, folder: Path, root: Path) -> dict | ArticleError:
        """Merged ``kg.meta.json`` defaults from ``root`` down to ``folder`` (nearest wins)."""
        if folder in self.folder_meta:
            return self.folder_meta[folder]
        merged: dict | ArticleError = {}
        parent = folder.parent
        if folder != root and parent != folder and _is_under(parent, root):
            merged = self._folder_defaults(parent, root)  # a broken parent file stays the answer
            if isinstance(merged, ArticleError):
                self.folder_meta[folder] = merged
                return merged
        meta_path = folder / FOLDER_META
        if meta_path.is_file():
            try:
                merged = {**merged, **self._load_meta(meta_path, ("publisher", "published"))}
            except ArticleError as exc:
                merged = exc
        self.folder_meta[folder] = merged
        return merged

    def _sidecar(self, path: Path) -> dict:
        sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
        return self._load_meta(sidecar, META_KEYS) if sidecar.is_file() else {}

    def _fill(self, article: Article, *layers: dict) -> Article:
        """Fill metadata fields left empty from the layers, then the options."""
        for layer in (*layers, {"publisher": self.publisher, "published": self.published}):
            for key in META_KEYS:
                if getattr(article, key) is None and layer.get(key):
                    setattr(article, key, layer[key])
        return article

    # -- formats -----------------------------------------------------------------------

    def _txt(self, path: Path, data: bytes, folder: dict) -> Article:
        text = decode_bytes(data, str(path), self.encoding)
        sidecar = self._sidecar(path)
        headline, body_start = _headline(text)
        article = Article(doc_id=path.stem, text=text, path=str(path), body_start=body_start)
        return self._fill(article, sidecar, {"title": headline}, folder)

    def _html(self, path: Path, data: bytes, folder: dict) -> Article:
        html = decode_bytes(data, str(path), self.encoding, declared=sniff_html_charset(data))
        sidecar = self._sidecar(path)
        try:
            import trafilatura
        except ImportError:
            raise ArticleError(Errors.E022.format(
                package="trafilatura", purpose=f"reading the HTML page {path}",
                install="trafilatura lxml_html_clean"), str(path)) from None
        try:  # extraction from a string never touches the network
            doc = trafilatura.bare_extraction(
                html, include_comments=False, include_tables=False, favor_precision=True,
                with_metadata=True, date_extraction_params={"extensive_search": False, "original_date": True})
        except Exception:  # noqa: BLE001 - a parser failure on hostile HTML is "no body"
            doc = None
        blocks = [" ".join(line.split()) for line in (getattr(doc, "text", None) or "").split("\n")]
        blocks = [block for block in blocks if block]
        if not any(len(block.split()) >= 5 for block in blocks):
            raise ArticleError(Errors.E008.format(path=path), str(path))
        title = getattr(doc, "title", None) or None
        body_start = 0
        if title and len(blocks) > 1 and blocks[0] == " ".join(title.split()):
            body_start = len(blocks[0]) + 2  # the <h1> headline heads the text
        page = {"title": title, "url": getattr(doc, "url", None),
                "publisher": _declared_publisher(html) or getattr(doc, "sitename", None),
                "published": iso_date(getattr(doc, "date", None) or "")}
        article = Article(doc_id=path.stem, text="\n\n".join(blocks), path=str(path), body_start=body_start)
        return self._fill(article, sidecar, page, folder)

    def _jsonl(self, path: Path, data: bytes, folder: dict) -> Iterator[Article | ArticleError]:
        text = decode_bytes(data, str(path), self.encoding)
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                yield self._claim(self._record(path, number, line, folder), f"{path}, line {number}", number)
            except ArticleError as exc:
                yield exc

    def _claim(self, article: Article, where: str, line: int | None = None) -> Article | ArticleError:
        """The article, if its id is still free in this run; else E017 naming both places.

        Ids are file stems and jsonl ids, so two files of one name in different folders, a
        jsonl id used twice, or a .txt and an .html copy of one article would otherwise
        silently overwrite each other's graph.
        """
        first = self.ids.setdefault(article.doc_id, where)
        if first == where:
            return article
        return ArticleError(Errors.E017.format(path=where, doc_id=article.doc_id, other=first),
                            article.path, line)

    def _record(self, path: Path, number: int, line: str, folder: dict) -> Article:
        where = {"path": path, "line": number}
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ArticleError(Errors.E005.format(**where, reason=f"{exc.msg} at column {exc.colno}"),
                               str(path), number) from None
        except RecursionError:
            raise ArticleError(Errors.E005.format(**where, reason="nested too deeply"), str(path), number) from None
        if not isinstance(record, dict):
            raise ArticleError(Errors.E007.format(**where, field="(whole line)", expected="a JSON object",
                                                  actual=_kind(record)), str(path), number)
        body = record.get("text")
        if body is None:
            raise ArticleError(Errors.E006.format(**where), str(path), number)
        if not isinstance(body, str) or not body.strip() or not _is_valid_unicode(body):
            actual = "a string with invalid \\u escapes" if isinstance(body, str) and body.strip() else _kind(body)
            raise ArticleError(Errors.E007.format(**where, field="text", expected="a non-empty string",
                                                  actual=actual), str(path), number)
        doc_id = record.get("id")
        if isinstance(doc_id, int) and not isinstance(doc_id, bool):
            doc_id = str(doc_id)
        if doc_id is not None and (not isinstance(doc_id, str) or not _is_valid_unicode(doc_id)):
            raise ArticleError(Errors.E007.format(**where, field="id", expected="a string",
                                                  actual=_kind(doc_id)), str(path), number)
        fields = _fields(record, META_KEYS, str(path), lambda key: number)
        body = normalize_newlines(body)
        title = fields.get("title")
        body_start = 0
        if title and body.startswith(title) and body[len(title):len(title) + 1] == "\n":
            body_start = len(body) - len(body[len(title):].lstrip())
        article = Article(doc_id=(doc_id or "").strip() or f"{path.stem}-{number}", text=body,
                          path=str(path), body_start=body_start)
        return self._fill(article, fields, folder)


def _fields(record: dict, keys: tuple[str, ...], path: str, line_of) -> dict:
    """Validated optional string fields of a JSON object: E007 for wrong types and bad dates."""
    out = {}
    for key in keys:
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str) or not _is_valid_unicode(value):
            actual = "a string with invalid \\u escapes" if isinstance(value, str) else _kind(value)
            raise ArticleError(Errors.E007.format(path=path, line=line_of(key), field=key, expected="a string",
                                                  actual=actual), path, line_of(key))
        value = " ".join(value.split())
        if key == "published" and value:
            normalized = iso_date(value)
            if normalized is None:
                raise ArticleError(Errors.E007.format(path=path, line=line_of(key), field=key,
                                                      expected="an ISO date (YYYY-MM-DD)", actual=repr(value)),
                                   path, line_of(key))
            value = normalized
        if value:
            out[key] = value
    return out


def _headline(text: str) -> tuple[str | None, int]:
    """The first non-empty line as a title, and where the body after it starts.

    A line counts as a headline when it is shorter than 200 characters, does not end like a
    sentence (``.``, ``!``, ``?``, a closing quote) and more text follows it.
    """
    stripped = text.lstrip()
    first = stripped.split("\n", 1)[0].strip()
    if not first or len(first) >= 200 or first.endswith(_CLOSERS):
        return None, 0
    end = text.index(first) + len(first)
    rest = text[end:]
    if not rest.strip():
        return None, 0
    return first, end + (len(rest) - len(rest.lstrip()))


def _nothing(skipped: dict) -> str:
    """What a folder without article files held, for E018."""
    parts = []
    if skipped["files"]:
        parts.append(f"{skipped['files']} file(s) of other kinds")
    if skipped["loops"]:
        parts.append("a symlink loop")
    return ", ".join(parts) if parts else "it is empty"


def _is_under(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__


_PUBLISHER_META = ("og:site_name", "publisher", "author")


def _declared_publisher(html: str) -> str | None:
    """The publisher a page declares in its <meta> tags (og:site_name, then publisher, then
    author), before any guess from the <title> prefix, which is often the section or the story."""
    from html.parser import HTMLParser

    found: dict[str, str] = {}

    class Metas(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag != "meta":
                return
            attrs = {k.lower(): (v or "") for k, v in attrs}
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            content = " ".join(attrs.get("content", "").split())
            if key in _PUBLISHER_META and content and key not in found:
                found[key] = content

    parser = Metas()
    try:
        parser.feed(html[:200_000])  # the head; a page's body declares nothing about its publisher
    except Exception:  # noqa: BLE001 - malformed markup declares nothing
        return None
    return next((found[key] for key in _PUBLISHER_META if key in found), None)


def iter_articles(paths, *, encoding: str | None = None, publisher: str | None = None,
                  published: str | None = None, max_bytes: int = 50_000_000) -> Iterator[Article | ArticleError]:
    """Yield an Article per article under ``paths`` and an ArticleError value per bad file or line.

    Folders are walked recursively in sorted order, picking .txt, .html, .htm and .jsonl files
    and skipping hidden files, ``*.meta.json`` sidecars and other suffixes. Bad input never
    raises; only invalid ``encoding``/``published`` options raise ArticleError (E014).
    """
    yield from _Reader(encoding, publisher, published, max_bytes).run(paths)


def read_article(path, *, encoding: str | None = None, publisher: str | None = None,
                 published: str | None = None, max_bytes: int = 50_000_000) -> list[Article]:
    """Every article in ``path`` (a file or folder); raise the first ArticleError met (``--strict``)."""
    articles = []
    for item in iter_articles([path], encoding=encoding, publisher=publisher, published=published,
                              max_bytes=max_bytes):
        if isinstance(item, ArticleError):
            raise item
        articles.append(item)
    return articles
