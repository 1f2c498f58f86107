"""Tests of kg.readers and kg.encoding: decoding, every input format, every input error."""
from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.demo import corpus_files, demo_dir, write_demo_corpus
from kg.encoding import decode_bytes
from kg.errors import ArticleError
from kg.model import Article
from kg.readers import iter_articles, read_article

DEMO_IDS = {
    "ledger-water-notice", "northgate-illness-count", "valley-water-logs", "valley-mill-fire",
    "ledger-mill-exits", "northgate-harbour-trial", "ledger-council-vote",
}


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def read_all(*paths, **options) -> list:
    return list(iter_articles([str(p) for p in paths], **options))


def only_error(path: Path, names: str | None = None, **options) -> ArticleError:
    """The one error reading ``path`` gives; its message names ``names`` (default: the file)."""
    items = read_all(path, **options)
    assert len(items) == 1, items
    assert isinstance(items[0], ArticleError), items[0]
    assert (names or path.name) in str(items[0])
    return items[0]


def only_error_of(items: list) -> ArticleError:
    """The one ArticleError among ``items``."""
    errors = [item for item in items if isinstance(item, ArticleError)]
    assert len(errors) == 1, items
    return errors[0]


def only_article(path: Path, **options) -> Article:
    items = read_all(path, **options)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def code(error: ArticleError) -> str:
    return re.match(r"\[(E\d{3})\]", str(error)).group(1)


# -- decoding ------------------------------------------------------------------------------


def test_empty_file(tmp_path):
    error = only_error(write(tmp_path / "empty.txt", b""))
    assert code(error) == "E002" and "empty" in str(error)


def test_whitespace_only_file_says_what_it_holds(tmp_path):
    error = only_error(write(tmp_path / "blank.txt", b"  \n\t\r\n  "))
    assert code(error) == "E019" and "blank.txt" in str(error)
    assert "only whitespace (8 bytes)" in str(error) and "empty" not in str(error)


def test_png_bytes(tmp_path):
    error = only_error(write(tmp_path / "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40)))
    assert code(error) == "E003" and "PNG image" in str(error)


def test_zip_archive(tmp_path):
    path = tmp_path / "bundle.txt"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("article.txt", "The governor said the fire was out.")
    error = only_error(path)
    assert code(error) == "E003" and "ZIP archive" in str(error)


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip archive"),
    (b"\x7fELF\x02\x01\x01", "ELF executable"),
    (b"GIF89a\x01\x00\x01\x00", "GIF image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
])
def test_magic_numbers(tmp_path, data, kind):
    error = only_error(write(tmp_path / "file.txt", data))
    assert code(error) == "E003" and kind in str(error)


def test_nul_laden_binary(tmp_path):
    error = only_error(write(tmp_path / "blob.txt", b"abc\x00\x00\x01\x02def\x00" * 20))
    assert code(error) == "E003" and "NUL" in str(error)


def test_latin1_text_with_accents(tmp_path):
    text = "Le café de la gare était fermé, a déclaré le maire.\n"
    article = only_article(write(tmp_path / "cafe.txt", text.encode("latin-1")))
    assert article.text == text
    assert "é" in article.text and "caf\u00e9" in article.text


def test_cp1252_smart_quotes(tmp_path):
    text = "\u201cThe fire is out,\u201d the chief said \u2014 it\u2019s over.\n"
    article = only_article(write(tmp_path / "quotes.txt", text.encode("cp1252")))
    assert article.text == text


def test_utf16_with_bom(tmp_path):
    text = "Zürich fire\n\nThe governor said the fire was out.\n"
    article = only_article(write(tmp_path / "wide.txt", text.encode("utf-16")))
    assert article.text == text and article.title == "Zürich fire"


def test_utf8_with_bom_drops_bom(tmp_path):
    article = only_article(write(tmp_path / "bom.txt", b"\xef\xbb\xbfThe mayor said no.\n"))
    assert article.text == "The mayor said no.\n"
    assert "\ufeff" not in article.text


def test_newlines_normalised(tmp_path):
    article = only_article(write(tmp_path / "crlf.txt", b"Head\r\n\r\nOne.\rTwo.\r\n"))
    assert article.text == "Head\n\nOne.\nTwo.\n"
    assert article.body_start == article.text.index("One.")


def test_mixed_undecodable_bytes(tmp_path):
    data = "Le café ".encode("utf-8") + "et le thé ".encode("latin-1") + "résumé".encode("utf-8")
    error = only_error(write(tmp_path / "mixed.txt", data))
    assert code(error) == "E004"
    assert "mixed.txt" in str(error) and "--encoding" in str(error)


def test_explicit_encoding_used(tmp_path):
    path = write(tmp_path / "cyr.txt", "Губернатор сказал.".encode("cp1251"))
    assert only_article(path, encoding="cp1251").text == "Губернатор сказал."


def test_explicit_encoding_wrong(tmp_path):
    path = write(tmp_path / "latin.txt", "Le café était fermé.".encode("latin-1"))
    error = only_error(path, encoding="utf-8")
    assert code(error) == "E013" and "utf-8" in str(error)


def test_unknown_encoding_option_raises():
    with pytest.raises(ArticleError, match=r"E014.*--encoding"):
        list(iter_articles(["whatever.txt"], encoding="no-such-codec"))


def test_decode_bytes_direct():
    assert decode_bytes("naïve\r\n".encode("utf-8"), "x.txt") == "naïve\n"
    with pytest.raises(ArticleError, match=r"E002.*x\.txt"):
        decode_bytes(b"", "x.txt")


def test_html_declared_charset(tmp_path):
    body = "<p>" + "Le maire a déclaré que la situation était calme et que les pompiers restaient. " * 3 + "</p>"
    page = f'<html><head><meta charset="iso-8859-1"><title>T</title></head><body><article>{body}</article></body></html>'
    article = only_article(write(tmp_path / "fr.html", page.encode("latin-1")))
    assert "déclaré" in article.text


# -- sizes, paths, permissions ---------------------------------------------------------------


def test_file_over_max_bytes(tmp_path):
    path = write(tmp_path / "big.txt", b"The fire is out. " * 100)
    error = only_error(path, max_bytes=100)
    assert code(error) == "E011" and "1700" in str(error) and "100" in str(error)
    assert isinstance(only_article(path, max_bytes=1700), Article)


def test_nonexistent_path(tmp_path):
    error = only_error(tmp_path / "missing.txt")
    assert code(error) == "E001" and "no such file" in str(error)
    assert [code(e) for e in iter_articles([""])] == ["E001"]


def test_explicit_unsupported_suffix(tmp_path):
    error = only_error(write(tmp_path / "notes.docx", b"hello"))
    assert code(error) == "E010" and "'.docx'" in str(error)


def test_unreadable_file_in_directory(tmp_path):
    write(tmp_path / "a.txt", "The mayor said yes.\n")
    locked = write(tmp_path / "b.txt", "The mayor said no.\n")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("running with privileges that read a chmod 000 file")
        items = read_all(tmp_path)
        assert isinstance(items[0], Article) and items[0].doc_id == "a"
        assert isinstance(items[1], ArticleError) and code(items[1]) == "E009"
        assert "b.txt" in str(items[1])
    finally:
        locked.chmod(0o644)


def test_open_failure_is_e009(tmp_path, monkeypatch):
    """Like the chmod test, but also runs as root: open() itself fails."""
    path = write(tmp_path / "locked.txt", "The mayor said no.\n")
    real_open = open

    def fake_open(file, *args, **kwargs):
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", fake_open)
    error = only_error(path)
    assert code(error) == "E009" and "Permission denied" in str(error)


def test_unlistable_subfolder_is_e009(tmp_path, monkeypatch):
    write(tmp_path / "a.txt", "The mayor said yes.\n")
    write(tmp_path / "locked" / "b.txt", "The mayor said no.\n")
    write(tmp_path / "z.txt", "The mayor said maybe.\n")
    real_scandir = os.scandir

    def fake_scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr("kg.readers.os.scandir", fake_scandir)
    items = read_all(tmp_path)
    assert [i.doc_id if isinstance(i, Article) else code(i) for i in items] == ["a", "E009", "z"]
    assert "locked" in str(items[1])


def test_folder_recursion_order_and_filtering(tmp_path):
    write(tmp_path / "b.txt", "Second said yes.\n")
    write(tmp_path / "a.txt", "First said yes.\n")
    write(tmp_path / "c" / "d.htm", "<html><body><article><p>The chief said the fire had been put out by the crews.</p></article></body></html>")
    write(tmp_path / "c" / "f.txt", "Nested said yes.\n")
    write(tmp_path / "c" / "e.jsonl", '{"text": "The council said so."}\n')
    write(tmp_path / "c" / "f.meta.json", '{"title": "Nested"}')
    write(tmp_path / ".hidden.txt", "Hidden.\n")
    write(tmp_path / ".git" / "x.txt", "Hidden folder.\n")
    write(tmp_path / "notes.md", "# not an article")
    write(tmp_path / "image.png", b"\x89PNG\r\n\x1a\n")
    write(tmp_path / "kg.meta.json", '{"publisher": "P"}')
    items = read_all(tmp_path)
    assert all(isinstance(item, Article) for item in items), items
    assert [Path(item.path).relative_to(tmp_path).as_posix() for item in items] == [
        "a.txt", "b.txt", "c/d.htm", "c/e.jsonl", "c/f.txt"]
    assert [item.doc_id for item in items] == ["a", "b", "d", "e-1", "f"]
    assert items[4].title == "Nested"


def test_two_files_with_one_id_are_refused_naming_both(tmp_path):
    write(tmp_path / "a" / "story.txt", "The mayor said the bridge would open.\n")
    write(tmp_path / "b" / "story.txt", "The minister said the bridge was unsafe.\n")
    write(tmp_path / "b" / "story.html", "<html><body><article><p>The minister said the bridge was unsafe, "
                                         "officials confirmed.</p></article></body></html>")
    items = read_all(tmp_path)
    articles = [item for item in items if isinstance(item, Article)]
    errors = [item for item in items if isinstance(item, ArticleError)]
    assert [Path(a.path).relative_to(tmp_path).as_posix() for a in articles] == ["a/story.txt"]
    assert [code(e) for e in errors] == ["E017", "E017"]
    first = str(tmp_path / "a" / "story.txt")
    assert all(first in str(e) and "'story'" in str(e) for e in errors)
    assert {Path(e.path).name for e in errors} == {"story.html", "story.txt"}


def test_a_jsonl_id_used_twice_is_an_error_naming_the_line(tmp_path):
    feed = write(tmp_path / "feed.jsonl", '{"id": "n1", "text": "The mayor said yes."}\n'
                                          '{"id": "n2", "text": "The chief said no."}\n'
                                          '{"id": "n1", "text": "The clerk said maybe."}\n')
    items = read_all(feed)
    assert [item.doc_id for item in items if isinstance(item, Article)] == ["n1", "n2"]
    error = only_error_of(items)
    assert code(error) == "E017" and error.line == 3
    assert f"{feed}, line 3" in str(error) and f"{feed}, line 1" in str(error)


@pytest.mark.parametrize("layout", ["empty", "other files", "symlink loop"])
def test_a_folder_without_articles_is_an_error(tmp_path, layout):
    folder = tmp_path / "in"
    folder.mkdir()
    if layout == "other files":
        write(folder / "notes.md", "# notes")
        write(folder / "x.meta.json", "{}")
    elif layout == "symlink loop":
        (folder / "loop").symlink_to(folder, target_is_directory=True)
    error = only_error_of(read_all(folder))
    assert code(error) == "E018" and str(folder) in str(error)
    assert {"empty": "it is empty", "other files": "2 file(s) of other kinds",
            "symlink loop": "a symlink loop"}[layout] in str(error)


def test_same_file_twice_is_read_once(tmp_path):
    path = write(tmp_path / "a.txt", "The mayor said yes.\n")
    assert len(read_all(path, tmp_path)) == 1


# -- .txt and metadata -------------------------------------------------------------------------


def test_txt_title_and_body(tmp_path):
    article = only_article(write(tmp_path / "story.txt", "\nFire at the depot\n\nThe governor said it was out.\n"))
    assert article.doc_id == "story" and article.path == str(tmp_path / "story.txt")
    assert article.title == "Fire at the depot"
    assert article.text == "\nFire at the depot\n\nThe governor said it was out.\n"
    assert article.text[article.body_start:].startswith("The governor")


@pytest.mark.parametrize("first", ["The governor said the fire was out.", '"It is out," she said."', "x" * 200])
def test_txt_no_title_for_sentences(tmp_path, first):
    article = only_article(write(tmp_path / "s.txt", first + "\n\nMore text here.\n"))
    assert article.title is None and article.body_start == 0


def test_sidecar_metadata(tmp_path):
    path = write(tmp_path / "story.txt", "Headline here\n\nThe mayor said yes.\n")
    write(tmp_path / "story.meta.json", json.dumps({
        "title": "Sidecar title", "url": "https://example.org/a", "publisher": "Side Press",
        "published": "2025-03-14T09:30:00+01:00"}))
    article = only_article(path, publisher="Option Press", published="2020-01-01")
    assert (article.title, article.url, article.publisher, article.published) == (
        "Sidecar title", "https://example.org/a", "Side Press", "2025-03-14")


def test_folder_meta_and_options_fill_gaps(tmp_path):
    write(tmp_path / "kg.meta.json", json.dumps({"publisher": "Folder Press"}))
    write(tmp_path / "sub" / "kg.meta.json", json.dumps({"published": "2025-01-02"}))
    path = write(tmp_path / "sub" / "story.txt", "The mayor said yes.\n")
    write(tmp_path / "sub" / "story.meta.json", json.dumps({"url": "https://example.org/s"}))
    items = read_all(tmp_path, publisher="Option Press", published="2020-01-01")
    assert len(items) == 1
    article = items[0]
    assert (article.publisher, article.published, article.url) == ("Folder Press", "2025-01-02", "https://example.org/s")
    direct = only_article(path, publisher="Option Press")
    assert direct.publisher == "Option Press" and direct.published == "2025-01-02"


def test_bad_published_in_sidecar(tmp_path):
    path = write(tmp_path / "story.txt", "The mayor said yes.\n")
    write(tmp_path / "story.meta.json", '{\n  "title": "T",\n  "published": "14 March 2025"\n}')
    error = only_error(path, names="story.meta.json")
    assert code(error) == "E007" and "story.meta.json" in str(error)
    assert "line 3" in str(error) and "published" in str(error) and "14 March 2025" in str(error)


def test_wrong_type_in_sidecar(tmp_path):
    path = write(tmp_path / "story.txt", "The mayor said yes.\n")
    write(tmp_path / "story.meta.json", '{"title": 42}')
    error = only_error(path, names="story.meta.json")
    assert code(error) == "E007" and "story.meta.json" in str(error) and '"title"' in str(error)
    assert "a number" in str(error)


def test_malformed_sidecar(tmp_path):
    path = write(tmp_path / "story.txt", "The mayor said yes.\n")
    write(tmp_path / "story.meta.json", '{"title": ')
    error = only_error(path, names="story.meta.json")
    assert code(error) == "E005" and "story.meta.json" in str(error)


def test_bad_folder_meta_reported_once(tmp_path):
    write(tmp_path / "kg.meta.json", '["not", "an", "object"]')
    write(tmp_path / "a.txt", "The mayor said yes.\n")
    write(tmp_path / "b.txt", "The mayor said no.\n")
    items = read_all(tmp_path)
    errors = [item for item in items if isinstance(item, ArticleError)]
    assert len(errors) == 1 and code(errors[0]) == "E007" and "kg.meta.json" in str(errors[0])
    assert [item.doc_id for item in items if isinstance(item, Article)] == ["a", "b"]


def test_bad_published_option_raises():
    with pytest.raises(ArticleError, match=r"E014.*--published"):
        list(iter_articles(["x.txt"], published="yesterday"))


def test_published_option_keeps_date_of_datetime(tmp_path):
    article = only_article(write(tmp_path / "a.txt", "The mayor said yes.\n"), published="2025-03-14T10:00:00Z")
    assert article.published == "2025-03-14"


# -- .html ---------------------------------------------------------------------------------------


def test_html_without_body(tmp_path):
    page = ("<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
            "<div class='cookie'>We use cookies. Accept all</div><footer>Copyright 2025</footer></body></html>")
    error = only_error(write(tmp_path / "empty.html", page))
    assert code(error) == "E008"


def test_demo_html_page_is_cleaned(monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("reading HTML must not touch the network")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    article = only_article(demo_dir() / "ledger-mill-exits.html")
    text = article.text
    assert article.doc_id == "ledger-mill-exits"
    assert article.title == "Inspectors find chained exit at burned Dunmere mill"
    assert text.startswith(article.title + "\n\n") and text[article.body_start:].startswith("Fire inspectors found")
    assert "Ivo Marsh of the Textile Workers\u2019 Union: \u201cWe told them about the chains" in text
    assert "\u201cIt was wrapped around the handles twice,\u201d Aske said." in text
    assert "Eleven of the 12 injured workers had gone home by Sunday, according to Dunmere General Hospital." in text
    assert "\n\nRuth Aske" in text  # paragraphs separated by blank lines
    for chrome in ("Subscribe", "cookies", "Accept all", "Advertisement", "ferry deals", "insured",
                   "Share on", "Copy link", "Read more", "Comments", "The company is lying",
                   "millwatcher", "Thank you to the firefighters", "All rights reserved",
                   "Privacy policy", "Westmark Mutual", "Nils Okada"):
        assert chrome not in text, chrome
    assert article.publisher == "The Harbour Ledger"
    assert article.published == "2025-03-16"
    assert article.url == "https://example.org/harbour-ledger/2025/03/16/inspectors-find-chained-exit-at-dunmere-mill"


def test_html_sidecar_overrides_page_metadata(tmp_path):
    page = ("<html><head><title>Page title</title><meta property='og:site_name' content='Site'></head><body><article>"
            "<p>The governor said that the fire at the depot was out and that crews were leaving.</p>"
            "</article></body></html>")
    path = write(tmp_path / "p.html", page)
    write(tmp_path / "p.meta.json", json.dumps({"publisher": "Sidecar Press"}))
    article = only_article(path)
    assert article.publisher == "Sidecar Press" and article.title == "Page title"


def test_missing_trafilatura_is_e022(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "trafilatura":
            raise ImportError("no trafilatura")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    error = only_error(write(tmp_path / "page.html", "<html><body><p>Text said.</p></body></html>"))
    assert code(error) == "E022" and "trafilatura" in str(error)


# -- .jsonl ----------------------------------------------------------------------------------------


def test_jsonl_errors_and_good_lines(tmp_path):
    lines = [
        json.dumps({"id": "first", "text": "The mayor said yes.", "title": "T1", "url": "https://example.org/1",
                    "publisher": "P1", "published": "2025-03-14"}),
        "",
        '{"text": "broken",',
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "The council said no.\r\nSecond line."}),
        json.dumps({"id": "bad-date", "text": "x", "published": "March"}),
        json.dumps({"id": 7, "text": "Numbered id said."}),
        "   ",
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = read_all(path, publisher="Default Press")
    summary = [(code(i), i.line) if isinstance(i, ArticleError) else i.doc_id for i in items]
    assert summary == ["first", ("E005", 3), ("E006", 4), ("E007", 5), ("E007", 6), "feed-7", ("E007", 8), "7"]
    first, seventh = items[0], items[5]
    assert (first.title, first.url, first.publisher, first.published, first.path) == (
        "T1", "https://example.org/1", "P1", "2025-03-14", str(path))
    assert seventh.text == "The council said no.\nSecond line." and seventh.publisher == "Default Press"
    for error in items:
        if isinstance(error, ArticleError):
            assert f"feed.jsonl, line {error.line}:" in str(error)
    assert "not valid JSON" in str(items[1])
    assert '"text"' in str(items[3]) and "a number" in str(items[3])
    assert "a list" in str(items[4])


def test_read_article_strict_raises_first_error(tmp_path):
    path = write(tmp_path / "feed.jsonl", '{"text": "Good said."}\n{"text": 1}\n{"bad"\n')
    with pytest.raises(ArticleError) as info:
        read_article(path)
    assert info.value.line == 2 and code(info.value) == "E007"
    good = write(tmp_path / "ok.txt", "The mayor said yes.\n")
    assert [a.doc_id for a in read_article(good)] == ["ok"]


def test_every_error_names_its_file(tmp_path):
    cases = {
        "e.txt": b"", "b.txt": b"\x00\x01\x02" * 10, "m.txt": "caf\u00e9 ".encode() + b"caf\xe9 \x81\x8d",
        "j.jsonl": b'{"x": 1}\nnot json\n', "h.html": b"<html><body></body></html>", "big.txt": b"x" * 500,
    }
    for name, data in cases.items():
        write(tmp_path / name, data)
    errors = [i for i in read_all(tmp_path, max_bytes=400) if isinstance(i, ArticleError)]
    assert len(errors) == 7
    for error in errors:
        assert Path(error.path).name in str(error)


# -- robustness ------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_decode_bytes_never_raises_other_errors(data):
    try:
        text = decode_bytes(data, "any.txt")
    except ArticleError as error:
        assert "any.txt" in str(error)
    else:
        assert isinstance(text, str) and text.strip() and "\r" not in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300), suffix=st.sampled_from([".txt", ".jsonl", ".html"]))
def test_iter_articles_never_raises(data, suffix):
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / f"doc{suffix}", data)
        for item in iter_articles([path]):
            assert isinstance(item, (Article, ArticleError))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=40), st.dictionaries(
    st.sampled_from(["id", "text", "title", "url", "publisher", "published"]),
    st.one_of(st.none(), st.integers(), st.text(max_size=20), st.lists(st.integers(), max_size=2))),
    st.builds(json.dumps, st.dictionaries(st.text(max_size=5), st.integers()))), max_size=6))
def test_jsonl_lines_never_raise(lines):
    rendered = [json.dumps(line) if isinstance(line, dict) else line for line in lines]
    with tempfile.TemporaryDirectory() as folder:
        path = write(Path(folder) / "feed.jsonl", "\n".join(rendered))
        for item in iter_articles([path]):
            assert isinstance(item, (Article, ArticleError))


# -- the demo corpus -------------------------------------------------------------------------------


def test_demo_corpus_reads_without_error():
    items = read_all(demo_dir())
    assert all(isinstance(item, Article) for item in items), [str(i) for i in items if isinstance(i, ArticleError)]
    assert {item.doc_id for item in items} == DEMO_IDS
    for article in items:
        assert article.title and article.publisher in {"The Harbour Ledger", "Northgate Daily", "Valley Wire"}
        assert re.fullmatch(r"2025-03-1[456]", article.published)
        assert article.url.startswith("https://example.org/")
        words = len(article.text.split())
        assert 150 <= words <= 350, (article.doc_id, words)


def test_write_demo_corpus(tmp_path):
    written = write_demo_corpus(tmp_path / "demo")
    names = sorted(p.name for p in written)
    assert names == sorted(p.name for p in corpus_files())
    assert "wire-feed.jsonl" in names and "ledger-mill-exits.html" in names
    assert sum(name.endswith(".txt") for name in names) == 4
    assert sum(name.endswith(".meta.json") for name in names) == 4
    assert "ANNOTATION.md" not in names and "__init__.py" not in names
    for path in written:
        assert path.read_bytes() == (demo_dir() / path.name).read_bytes()
    assert {a.doc_id for a in read_all(tmp_path / "demo")} == DEMO_IDS


def _annotation_rows():
    """(doc_id, row) for every attribution row of kg/demo/ANNOTATION.md."""
    doc, rows = None, []
    for line in (demo_dir() / "ANNOTATION.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            doc = line[3:].strip()
        elif doc in DEMO_IDS and re.match(r"\| \d+ \|", line):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            rows.append((doc, dict(zip(
                ["n", "source", "mention", "stance", "certainty", "cue", "content", "channel", "level"], cells))))
    return rows


def test_annotation_matches_demo_texts():
    texts = {a.doc_id: a.text for a in read_all(demo_dir())}
    rows = _annotation_rows()
    assert {doc for doc, _ in rows} == DEMO_IDS and len(rows) > 70
    stances = {"asserts", "denies", "confirms", "does_not_confirm", "cannot_verify"}
    for doc, row in rows:
        assert row["stance"] in stances and row["certainty"] in {"certain", "probable", "possible"}
        assert row["level"] in {"core", "hard"}
        for column in ("mention", "cue", "content"):
            for piece in row[column].split(" … "):
                assert piece in texts[doc], (doc, row["n"], column, piece)


def test_html_publisher_is_the_declared_one_not_the_title_prefix(tmp_path):
    """<meta name="author"> (or og:site_name) names the publisher; the <title> prefix is a guess."""
    page = tmp_path / "story.html"
    page.write_text(
        '<html><head><title>Weather - Floods close the coastal road</title>'
        '<meta name="author" content="The Harbour Ledger"></head><body><article>'
        '<h1>Floods close the coastal road</h1><p>The coastal road was closed on Monday after two days '
        'of heavy rain, the county council said in a statement.</p><p>Engineers said the road would '
        'stay closed until the water had receded and the surface had been inspected.</p>'
        '</article></body></html>', encoding="utf-8")
    from kg.readers import read_article

    (article,) = read_article(page)
    assert article.publisher == "The Harbour Ledger"
