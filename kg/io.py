"""Readers: paths (.txt, .md, .html, .jsonl, folders, ``-`` for stdin) -> Articles.

Offsets downstream are into ``Article.text``: the decoded file for .txt/.md,
the visible text for .html, the ``text`` field for .jsonl.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.model import Article

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
MAX_BYTES = 50 * 1024 * 1024
_DATELINE = re.compile(
    r"""[ \t]*(?:
        (?P<source>[A-Z][A-Za-z0-9]*\.(?:COM|CO\.ID|ID|NET|com|co\.id|id|net)),[ \t]*(?P<place>[A-Z][A-Za-z. ]{1,40}?)
      | (?P<place2>[A-Z][A-Za-z. ]{1,40}?),[ \t]*(?P<source2>[A-Z][A-Za-z0-9]*\.(?:COM|CO\.ID|ID|NET|com|co\.id|id|net))
      | (?P<place3>[A-Z][A-Za-z]+(?:[ ][A-Z][A-Za-z]+)?)
    )[ \t]*[\u2013\u2014-][ \t]+""",
    re.VERBOSE,
)


def read_articles(paths: Iterable[str], stdin: BinaryIO | None = None) -> list[Article]:
    """Read every article under ``paths``; ids must be unique."""
    articles: list[Article] = []
    seen: dict[str, str] = {}
    for raw in paths:
        for article in _read_one(raw, stdin):
            if article.id in seen:
                raise InputError(
                    f"article id {article.id!r} appears twice ({seen[article.id]} and {article.path})",
                    "give each article a unique id or file name",
                )
            seen[article.id] = article.path
            articles.append(article)
    return articles


def _read_one(raw: str, stdin: BinaryIO | None) -> Iterator[Article]:
    if raw == "-":
        data = (stdin or sys.stdin.buffer).read()
        text = decode(data, "<stdin>")
        if text.lstrip().startswith("{"):
            yield from parse_jsonl(text, "<stdin>")
        else:
            yield make_article("stdin", text, "<stdin>")
        return
    path = Path(raw)
    if not path.exists():
        raise InputError(f"no such file or folder: {raw}", "check the path")
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        if not files:
            raise InputError(f"no article files in folder {raw}", f"use {', '.join(SUFFIXES)}")
        for file in files:
            yield from read_file(file, file.relative_to(path).with_suffix("").as_posix())
    else:
        yield from read_file(path, path.stem)


def read_file(path: Path, article_id: str) -> Iterator[Article]:
    suffix = path.suffix.lower()
    text = decode(read_bytes(path), str(path))
    if suffix == ".jsonl":
        yield from parse_jsonl(text, str(path))
    elif suffix in (".html", ".htm"):
        title, visible = html_to_text(text)
        yield make_article(article_id, visible, str(path), title=title)
    else:
        yield make_article(article_id, text, str(path), markdown=suffix == ".md")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{path} is {size // (1024 * 1024)} MB, over the {MAX_BYTES // (1024 * 1024)} MB limit",
                "split it into smaller files or JSONL lines",
            )
        return path.read_bytes()
    except PermissionError as exc:
        raise InputError(f"cannot read {path}: permission denied", "check its permissions") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}", "check the file") from exc


def decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(f"{where} is a binary file, not text", "pass .txt, .md, .html or .jsonl")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where} is not valid UTF-8 (bad byte at offset {exc.start})",
            "re-encode it, e.g. iconv -f latin1 -t utf-8",
        ) from exc


def parse_jsonl(text: str, where: str) -> Iterator[Article]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where} line {number} is not JSON: {exc.msg}", "one object per line") from exc
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f'{where} line {number} has no "text" string', 'write {"id", "text"}')
        if "id" not in record:
            raise InputError(f'{where} line {number} has no "id"', 'write {"id", "text"}')
        meta = {k: str(record.get(k) or "") for k in ("title", "date", "url", "lang")}
        yield make_article(str(record["id"]), record["text"], f"{where}:{number}", **meta)


def make_article(article_id: str, text: str, where: str, markdown: bool = False, **meta: str) -> Article:
    if not text.strip():
        raise InputError(f"article {article_id!r} ({where}) is empty", "remove it or give it text")
    title = meta.pop("title", "")
    body_start = 0
    if not title:
        title, body_start = split_title(text, markdown)
    source, place, body_start = find_dateline(text, body_start)
    return Article(
        id=article_id,
        text=text,
        title=title,
        source=source,
        place=place,
        body_start=body_start,
        path=where,
        **meta,
    )


def split_title(text: str, markdown: bool = False) -> tuple[str, int]:
    """A short first line followed by a blank line is a title."""
    first, sep, rest = text.partition("\n")
    line = first.strip().lstrip("#").strip() if markdown else first.strip()
    looks_like_title = 0 < len(line) <= 200 and not line.endswith((".", "?", "!"))
    if sep and looks_like_title and rest.lstrip(" \t\r").startswith("\n"):
        return line, len(first) + 1
    return "", 0


def find_dateline(text: str, start: int) -> tuple[str, str, int]:
    rest = text[start:]
    body = start + len(rest) - len(rest.lstrip())
    match = _DATELINE.match(text, body)
    if not match:
        return "", "", start
    source = match.group("source") or match.group("source2") or ""
    place = match.group("place") or match.group("place2") or match.group("place3") or ""
    return source, place.strip().title(), match.end()


class _Visible(HTMLParser):
    SKIP = {"script", "style", "noscript", "template", "head", "svg"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag not in ("br", "img", "meta", "link", "input", "hr"):
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            while self.stack and self.stack.pop() != tag:
                pass
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if "title" in self.stack:
            self.title.append(data)
        elif not self.SKIP.intersection(self.stack):
            self.parts.append(data)


def html_to_text(html: str) -> tuple[str, str]:
    parser = _Visible()
    parser.feed(html)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    text = "\n\n".join(line for line in lines if line)
    return " ".join("".join(parser.title).split()), text
